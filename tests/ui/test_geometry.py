"""Windows and dialogs open inside the available screen and come back where they were left.

The screen is made small by replacing ``geometry.available_area`` (what every window asks), the
window is driven by keys, and the settings live in tmp_path.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, QSize, Qt
from PySide6.QtWidgets import QDialog, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from tinnhiem_desktop.ui import geometry
from tinnhiem_desktop.ui.dialogs.prompts import Prompter
from tinnhiem_desktop.ui.geometry import GeometryMemory, centred, fit_rect
from tinnhiem_desktop.ui.main_window import MainWindow
from tinnhiem_desktop.ui.settings import AppSettings

from .builders import ModalAnswer, counted_session
from .conftest import Dialogs

SMALL_SCREENS = [QRect(0, 0, 1024, 768), QRect(0, 0, 1366, 768)]
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def small_screen(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> QRect:
    area: QRect = getattr(request, "param", SMALL_SCREENS[0])
    monkeypatch.setattr(geometry, "available_area", lambda widget=None: QRect(area))
    return area


def _settings(tmp_path: Path) -> AppSettings:
    qs = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return AppSettings(qs, tmp_path / "data")


def _window(qtbot: QtBot, settings: AppSettings, font_family: str) -> MainWindow:
    win = MainWindow(settings, Prompter(None, GeometryMemory(settings)), font_family)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    win.on_screen()  # as ui/app.py does once the first frame is on screen
    return win


def _inside(inner: QRect, outer: QRect) -> bool:
    return outer.contains(inner.topLeft()) and outer.contains(inner.bottomRight())


def _global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def test_fit_rect_shrinks_then_moves_inside() -> None:
    area = QRect(0, 0, 1024, 768)
    assert fit_rect(QRect(300, 200, 1280, 800), area) == QRect(0, 0, 1024, 768)
    assert fit_rect(QRect(900, 700, 400, 300), area) == QRect(624, 468, 400, 300)
    assert fit_rect(QRect(-50, -20, 400, 300), QRect(0, 30, 1366, 738)) == QRect(0, 30, 400, 300)
    assert centred(QSize(900, 1000), QRect(0, 0, 1366, 768)) == QRect(233, 0, 900, 768)


@pytest.mark.parametrize("small_screen", SMALL_SCREENS, indirect=True,
                         ids=["1024x768", "1366x768"])
def test_every_screen_of_the_window_fits_a_small_screen(
    qtbot: QtBot, small_screen: QRect, tmp_path: Path, dialogs: Dialogs, font_family: str
) -> None:
    window = _window(qtbot, _settings(tmp_path), font_family)
    assert _inside(window.frameGeometry(), small_screen), window.frameGeometry()
    assert window.open_path(counted_session(tmp_path))
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4):
        qtbot.keyClick(window, key, CTRL)
        qtbot.wait(10)
        assert _inside(window.frameGeometry(), small_screen), (key, window.frameGeometry())
        # The status bar (and so everything above it) is on the screen.
        assert _inside(_global_rect(window.status), small_screen), key
        assert window.minimumSizeHint().width() <= small_screen.width()
        assert window.minimumSizeHint().height() <= small_screen.height()
    window.close_session()


def test_the_window_comes_back_where_it_was_and_maximised(
    qtbot: QtBot, small_screen: QRect, tmp_path: Path, dialogs: Dialogs, font_family: str
) -> None:
    settings = _settings(tmp_path)
    first = _window(qtbot, settings, font_family)
    first.setGeometry(QRect(40, 30, 900, 640))
    qtbot.keyClick(first, Qt.Key.Key_Q, CTRL)  # Tệp → Thoát
    assert not first.isVisible()

    second = _window(qtbot, settings, font_family)
    assert second.geometry() == QRect(40, 30, 900, 640)
    assert not second.isMaximized()
    second.showMaximized()
    qtbot.waitUntil(second.isMaximized)
    qtbot.keyClick(second, Qt.Key.Key_Q, CTRL)

    third = _window(qtbot, settings, font_family)
    assert third.isMaximized()
    assert third.normalGeometry() == QRect(40, 30, 900, 640)
    third.close()


def test_a_window_saved_on_a_bigger_screen_is_brought_inside(
    qtbot: QtBot, small_screen: QRect, tmp_path: Path, dialogs: Dialogs, font_family: str
) -> None:
    settings = _settings(tmp_path)
    settings.set_window_geometry("main", QRect(1500, 900, 1800, 1000), False)
    window = _window(qtbot, settings, font_family)
    assert window.frameGeometry() == small_screen
    window.close()


@pytest.mark.parametrize("small_screen", SMALL_SCREENS, indirect=True,
                         ids=["1024x768", "1366x768"])
def test_minutes_preview_keeps_its_buttons_on_screen_and_remembers(
    qtbot: QtBot, small_screen: QRect, tmp_path: Path, dialogs: Dialogs, font_family: str
) -> None:
    settings = _settings(tmp_path)
    window = _window(qtbot, settings, font_family)
    assert window.open_path(counted_session(tmp_path))
    seen: list[tuple[QRect, list[QRect]]] = []

    def look_and_close(dialog: QDialog) -> None:
        buttons = [dialog.print_button, dialog.save_button, dialog.open_button,  # type: ignore[attr-defined]
                   dialog.close_button]  # type: ignore[attr-defined]
        seen.append((dialog.frameGeometry(), [_global_rect(b) for b in buttons]))
        dialog.setGeometry(QRect(60, 20, 700, 600))
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    answer = ModalAnswer(look_and_close)
    qtbot.keyClick(window, Qt.Key.Key_P, CTRL)
    answer.check()
    frame, buttons = seen[0]
    assert _inside(frame, small_screen), frame
    assert all(_inside(b, small_screen) and _inside(b, frame) for b in buttons), buttons

    again: list[QRect] = []
    answer = ModalAnswer(lambda d: (again.append(d.geometry()), d.reject()))
    window.activateWindow()  # the window manager's job when a dialog closes
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_P, CTRL)
    answer.check()
    assert again == [QRect(60, 20, 700, 600)]
    window.close_session()


def test_finalise_dialog_scrolls_its_warnings_not_its_buttons(
    qtbot: QtBot, small_screen: QRect, tmp_path: Path, dialogs: Dialogs, font_family: str
) -> None:
    window = _window(qtbot, _settings(tmp_path), font_family)
    assert window.open_path(counted_session(tmp_path))  # three warnings to explain
    for _ in range(6):  # large type: the warnings no longer fit a 768-pixel screen
        qtbot.keyClick(window, Qt.Key.Key_Plus, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)
    assert window.workspace is not None
    button = window.workspace.results_screen.finalise_button
    seen: list[tuple[QRect, list[QRect], bool]] = []

    def look(dialog: QDialog) -> None:
        buttons = [dialog.ok_button, dialog.cancel_button]  # type: ignore[attr-defined]
        scroll = dialog.findChild(QScrollArea)
        assert scroll is not None
        seen.append((dialog.frameGeometry(), [_global_rect(b) for b in buttons],
                     scroll.verticalScrollBar().maximum() > 0))
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    answer = ModalAnswer(look)
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    answer.check()
    frame, buttons, scrolls = seen[0]
    assert _inside(frame, small_screen), frame
    assert all(_inside(b, frame) for b in buttons), (frame, buttons)
    assert scrolls  # the warnings scroll, the buttons stay
    window.apply_zoom(11.0)
    window.close_session()


def test_the_window_is_kept_inside_from_its_first_frame_on(
    qtbot: QtBot, small_screen: QRect, tmp_path: Path, dialogs: Dialogs, font_family: str
) -> None:
    """The main window watches its Show events only once its first frame is on screen
    (``on_screen``, called by ``ui/app.py``): a Python event filter before it would make PySide
    build QEvent's enums. From then on it is brought inside whenever it is shown again, and at
    once if it already pokes out."""
    window = _window(qtbot, _settings(tmp_path), font_family)
    window.move(700, 500)  # dragged half off the screen, as a window manager lets one
    assert not _inside(window.frameGeometry(), small_screen)
    window.on_screen()
    assert _inside(window.frameGeometry(), small_screen), window.frameGeometry()
    window.hide()
    window.move(800, 600)
    window.show()
    assert _inside(window.frameGeometry(), small_screen), window.frameGeometry()
    window.close()


def test_a_placed_dialog_is_kept_inside_whenever_it_is_shown(
    qtbot: QtBot, small_screen: QRect, tmp_path: Path
) -> None:
    """A dialog placed by the geometry memory (as the prompter places every dialog) is brought
    inside the screen each time it is shown, not only when first placed."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    GeometryMemory(_settings(tmp_path)).place_dialog(dialog, "thu", QSize(400, 300))
    dialog.show()
    assert _inside(dialog.frameGeometry(), small_screen), dialog.frameGeometry()
    dialog.hide()
    dialog.move(900, 700)  # left half off the screen
    dialog.show()
    assert _inside(dialog.frameGeometry(), small_screen), dialog.frameGeometry()
    dialog.close()
