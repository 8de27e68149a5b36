"""Fixtures for the window tests: a private settings file, scripted dialogs, a session file."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tinnhiem_desktop.services.session import Session
from tinnhiem_desktop.ui.controller import SessionController
from tinnhiem_desktop.ui.dialogs.prompts import Prompter
from tinnhiem_desktop.ui.i18n import load_ui_font, ui_font
from tinnhiem_desktop.ui.main_window import MainWindow
from tinnhiem_desktop.ui.settings import AppSettings

NAMES = [
    ("Nguyễn Thị Việt Dung", "Bí thư Đảng ủy"),
    ("Trần Thị Ánh Tuyết", "Phó Bí thư Thường trực"),
    ("Phạm Ngọc Ẩn", "Chủ tịch Hội đồng nhân dân"),
    ("Ưng Hoàng Phúc", "Trưởng Ban Tổ chức"),
    ("Đặng Thị Ngọc Thịnh", "Chủ nhiệm Ủy ban Kiểm tra"),
]


# The offscreen platform plugin prints this whenever a shown top-level window's size constraints
# change (a Qt platform limitation, not our code); every other Qt warning still fails a test.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@dataclass
class Dialogs:
    """Scripted answers for the static Qt dialogs, and a record of what was shown."""

    questions: list[bool] = field(default_factory=list)
    texts: list[str | None] = field(default_factory=list)
    items: list[str | None] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    infos: list[str] = field(default_factory=list)
    asked: list[str] = field(default_factory=list)


@pytest.fixture(scope="session")
def font_family(qapp: QApplication) -> str:
    family = load_ui_font()
    qapp.setFont(ui_font(family, 11.0))
    return family


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    d = Dialogs()
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No

    def question(parent: object, title: str, text: str, *args: object) -> object:
        d.asked.append(text)
        return yes if d.questions.pop(0) else no

    def warning(parent: object, title: str, text: str, *args: object) -> object:
        d.warnings.append(text)
        return QMessageBox.StandardButton.Ok

    def information(parent: object, title: str, text: str, *args: object) -> object:
        d.infos.append(text)
        return QMessageBox.StandardButton.Ok

    def get_text(parent: object, title: str, label: str, **kw: object) -> tuple[str, bool]:
        d.asked.append(label)
        value = d.texts.pop(0)
        return (value or "", value is not None)

    def get_item(parent: object, title: str, label: str, items: list[str], *a: object,
                 **kw: object) -> tuple[str, bool]:
        d.asked.append(label)
        value = d.items.pop(0)
        return (value or "", value is not None)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(information))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))
    return d


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    qs = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return AppSettings(qs, tmp_path / "data")


@pytest.fixture
def session_path(tmp_path: Path) -> Path:
    """A new party-regime session with one ballot type and nothing else."""
    path = tmp_path / "phien.tinnhiem"
    Session.create(path, "party-qd96-2023", title="Hội nghị thử").close()
    return path


@pytest.fixture
def window(
    qtbot: QtBot, settings: AppSettings, dialogs: Dialogs, font_family: str
) -> Iterator[MainWindow]:
    win = MainWindow(settings, Prompter(), font_family)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitActive(win)
    yield win
    win.close_session()


@pytest.fixture
def controller(qtbot: QtBot, session_path: Path) -> Iterator[SessionController]:
    ctrl = SessionController(Session.open(session_path))
    yield ctrl
    ctrl.close()
