"""The counter, the heading and the read-back say what is true: a voided ballot is never shown as
recorded, a full stack offers no next number, and a half-typed ballot is never dropped silently
(closing, quitting, closing the session or opening another file asks first)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tinnhiem_desktop.ui.main_window import MainWindow
from tinnhiem_desktop.ui.screens.entry_screen import EntryScreen
from tinnhiem_desktop.ui.workspace import ENTRY

from .conftest import Dialogs
from .entry_sessions import entry_session

CTRL = Qt.KeyboardModifier.ControlModifier


def _open(window: MainWindow, path: Path) -> EntryScreen:
    assert window.open_path(path)
    assert window.workspace is not None
    window.show_screen(ENTRY)
    return window.workspace.entry_screen


def _type(qtbot: QtBot, entry: EntryScreen, marks: str, enter: bool = True) -> None:
    qtbot.keyClicks(entry.paper_view, marks)
    if enter:
        qtbot.keyClick(entry.paper_view, Qt.Key.Key_Return)


def _recorded(window: MainWindow) -> int:
    assert window.controller is not None
    session = window.controller.session
    return session.recorded_count(session.ballot_type().id)


def test_ctrl_z_read_back_says_voided_not_recorded(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    entry = _open(window, entry_session(tmp_path, officials=5, recorded=5))
    _type(qtbot, entry, "12312")
    assert entry.readback.title_text() == "ĐÃ GHI — phiếu số 6"
    dialogs.questions.append(True)
    dialogs.texts.append("Đọc nhầm")
    qtbot.keyClick(entry.paper_view, Qt.Key.Key_Z, CTRL)
    title = entry.readback.title_text()
    assert title == "phiếu số 6 đã hủy — đang nhập lại"
    assert "ĐÃ GHI" not in title
    assert "PHIẾU SỐ 6" in entry.number_label.text()
    # Esc gives up the re-entry: still not shown as recorded.
    qtbot.keyClick(entry.paper_view, Qt.Key.Key_Escape)
    assert "ĐÃ GHI" not in entry.readback.title_text()
    assert "phiếu số 6 đã hủy" in entry.readback.title_text()
    # Typed again: recorded, and the strip says so.
    _type(qtbot, entry, "11111")
    assert entry.readback.title_text() == "ĐÃ GHI — phiếu số 6"
    # The counts kept after each ballot and void are the file's.
    assert window.controller is not None
    shown = [row.recorded for row in window.controller.type_progress()]
    assert shown == [_recorded(window)] == [6]
    assert "Đã nhập 6 / thu về 40" in entry.progress_label.text()


def test_a_full_stack_offers_no_next_number_and_takes_no_mark(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    entry = _open(window, entry_session(tmp_path, officials=5, collected=8, recorded=7))
    assert "PHIẾU SỐ 8" in entry.number_label.text()
    _type(qtbot, entry, "33333")
    assert _recorded(window) == 8
    assert "PHIẾU SỐ" not in entry.number_label.text()
    assert entry.number_label.text() == "Đã nhập đủ 8/8 phiếu thu về"
    qtbot.keyClick(entry.paper_view, "1")
    assert entry.paper.is_blank()  # the key took no mark
    assert "8/8" in entry.message_label.text() or "đủ" in entry.message_label.text()
    qtbot.keyClick(entry.paper_view, Qt.Key.Key_F8)
    assert dialogs.warnings == [] and dialogs.items == []  # nothing asked, nothing refused late
    assert _recorded(window) == 8
    # Ctrl+Z still works: ballot 8 is voided and typed again with its number.
    dialogs.questions.append(True)
    dialogs.texts.append("Đọc nhầm")
    qtbot.keyClick(entry.paper_view, Qt.Key.Key_Z, CTRL)
    assert "PHIẾU SỐ 8" in entry.number_label.text()
    assert entry.paper.marks() == list("33333")
    qtbot.keyClick(entry.paper_view, Qt.Key.Key_Return)  # recorded again as loaded
    assert _recorded(window) == 8
    assert entry.number_label.text() == "Đã nhập đủ 8/8 phiếu thu về"


def test_closing_the_window_with_a_half_typed_ballot_asks(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    entry = _open(window, entry_session(tmp_path, officials=5, recorded=3))
    _type(qtbot, entry, "12", enter=False)
    dialogs.questions.append(False)
    qtbot.keyClick(window, Qt.Key.Key_Q, CTRL)  # Tệp → Thoát
    assert "phiếu số 4" in dialogs.asked[-1].lower()
    assert window.isVisible() and window.controller is not None
    assert entry.paper.marks()[:2] == ["1", "2"]
    dialogs.questions.append(True)
    window.close()
    assert not window.isVisible() and window.controller is None
    assert dialogs.questions == []


def test_closing_the_session_or_opening_another_asks(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    entry = _open(window, entry_session(tmp_path, officials=5, recorded=3))
    other = entry_session(tmp_path, officials=3, recorded=0, name="khac.tinnhiem")
    _type(qtbot, entry, "123", enter=False)
    dialogs.questions.append(False)
    qtbot.keyClick(entry.paper_view, Qt.Key.Key_W, CTRL)  # Tệp → Đóng phiên
    assert len(dialogs.asked) == 1 and window.controller is not None
    dialogs.questions.append(False)
    assert not window.open_path(other)
    assert len(dialogs.asked) == 2 and window.controller is not None
    assert window.controller.path.name == "phien-nhap.tinnhiem"
    assert entry.paper.marks()[:3] == ["1", "2", "3"]
    # A voided ballot not yet typed again counts as unfinished too.
    for _ in range(3):
        qtbot.keyClick(entry.paper_view, Qt.Key.Key_Backspace)
    assert entry.paper.is_blank()
    dialogs.questions.append(True)
    dialogs.texts.append("Đọc nhầm")
    qtbot.keyClick(entry.paper_view, Qt.Key.Key_Z, CTRL)
    assert "PHIẾU SỐ 3" in entry.number_label.text()
    dialogs.questions.append(True)
    assert window.open_path(other)
    assert "phiếu số 3" in dialogs.asked[-1].lower()
    assert window.controller is not None and window.controller.path.name == "khac.tinnhiem"
    # Nothing half-typed: nothing asked.
    asked = len(dialogs.asked)
    qtbot.keyClick(window.workspace.entry_screen.paper_view,  # type: ignore[union-attr]
                   Qt.Key.Key_W, CTRL)
    assert window.controller is None and len(dialogs.asked) == asked
