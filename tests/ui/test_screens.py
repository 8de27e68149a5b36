"""Each screen drawn offscreen (not blank), the start page, the sample, and the minutes action."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from tinnhiem_desktop.resources import resource
from tinnhiem_desktop.ui.main_window import MainWindow
from tinnhiem_desktop.ui.settings import AppSettings
from tinnhiem_desktop.ui.workspace import ENTRY, OFFICIALS, RESULTS, SESSION

from .conftest import Dialogs


def distinct_colours(image: QImage) -> int:
    colours = set()
    step = 7
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            colours.add(image.pixel(x, y))
    return len(colours)


def test_screenshots_of_every_screen(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.resize(1366, 768)
    shots = {"start": window.grab()}
    assert window.open_sample()
    for name, index in (("session", SESSION), ("officials", OFFICIALS), ("entry", ENTRY),
                        ("results", RESULTS)):
        window.show_screen(index)
        qtbot.wait(10)
        shots[name] = window.grab()
    for name, pixmap in shots.items():
        target = tmp_path / f"{name}.png"
        assert pixmap.save(str(target))
        image = QImage(str(target))
        assert image.width() >= 800
        assert distinct_colours(image) >= 8, name


def test_sample_is_copied_never_changed(
    window: MainWindow, settings: AppSettings
) -> None:
    shipped = resource("samples", "mau.tinnhiem")
    before = hashlib.sha256(shipped.read_bytes()).hexdigest()
    assert window.open_sample()
    assert window.controller is not None
    opened = window.controller.path
    assert opened.parent == settings.data_dir
    assert window.controller.session.recorded_count(1) == 30
    window.controller.update_info(title="Đổi tên để thử")
    window.close_session()
    assert hashlib.sha256(shipped.read_bytes()).hexdigest() == before
    assert settings.recent_files()[0] == opened.resolve()
    window.start_page.set_recent(settings.recent_files())
    assert window.start_page.recent_list.count() == 1


def test_open_refuses_a_foreign_file_politely(
    window: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    bogus = tmp_path / "khong-phai.tinnhiem"
    bogus.write_text("không phải tệp phiên", encoding="utf-8")
    assert not window.open_path(bogus)
    assert dialogs.warnings and window.controller is None


def test_print_minutes_with_a_broken_install_names_what_is_missing(
    window: MainWindow, dialogs: Dialogs, session_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every build ships the preview: failing to load it is an error naming the module, never
    a polite "not in this build"."""
    assert window.open_path(session_path)
    monkeypatch.setitem(sys.modules, "tinnhiem_desktop.ui.dialogs.minutes_dialog", None)
    window._on_print_minutes()
    assert dialogs.infos == []
    assert dialogs.warnings and "tinnhiem_desktop.ui.dialogs.minutes_dialog" in dialogs.warnings[-1]
    assert "cài đặt lại" in dialogs.warnings[-1]


def test_zoom_keys_change_the_font(qtbot: QtBot, window: MainWindow, settings: AppSettings) -> None:
    before = settings.points
    window.zoom(1.0)
    window.zoom(1.0)
    assert settings.points == before + 2
    window.zoom(-2.0)
    assert settings.points == before


def test_opening_the_window_writes_no_setting_it_did_not_change(
    qtbot: QtBot, tmp_path: Path, font_family: str, session_path: Path
) -> None:
    """The window applies the stored type size as it opens: that is no reason to write the
    settings file (a synced write on the way to the first frame); reopening the file that is
    already first in the recent list neither."""
    from PySide6.QtCore import QSettings

    from tinnhiem_desktop.ui.dialogs.prompts import Prompter

    ini = tmp_path / "settings.ini"
    settings = AppSettings(QSettings(str(ini), QSettings.Format.IniFormat), tmp_path / "data")
    first = MainWindow(settings, Prompter(), font_family)
    qtbot.addWidget(first)
    assert not ini.exists()  # nothing changed: nothing written
    settings.points = 13.0
    assert first.open_path(session_path)
    first.close_session()
    written = ini.read_bytes()
    stamp = ini.stat().st_mtime_ns
    again = MainWindow(settings, Prompter(), font_family)
    qtbot.addWidget(again)
    assert settings.points == 13.0
    assert again.open_path(session_path)
    again.close_session()
    assert ini.read_bytes() == written and ini.stat().st_mtime_ns == stamp
    assert settings.recent_files() == [session_path.resolve()]


def test_english_translation_loads(qapp: object, font_family: str) -> None:
    from PySide6.QtCore import QCoreApplication

    from tinnhiem_desktop.ui.i18n import install_translators
    from tinnhiem_desktop.ui.screens.start_page import StartPage

    translators = install_translators(QCoreApplication.instance(), "en")  # type: ignore[arg-type]
    try:
        assert translators
        page = StartPage()
        assert page.open_button.text().startswith("Open session file")
        page.deleteLater()
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
    assert StartPage().open_button.text().startswith("Mở tệp phiên")
