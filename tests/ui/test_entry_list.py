"""The ballot list (F6) by keyboard: it opens on the most recent ballot, every movement key moves
the highlighted row, and Delete asks about exactly that ballot — by number, time and marks — and
voids that one and no other."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tinnhiem_desktop.domain.model import Ballot
from tinnhiem_desktop.ui.main_window import MainWindow
from tinnhiem_desktop.ui.screens.entry_screen import EntryScreen
from tinnhiem_desktop.ui.time_text import time_of
from tinnhiem_desktop.ui.workspace import ENTRY

from .conftest import Dialogs
from .entry_sessions import entry_session


def _open(window: MainWindow, path: Path) -> EntryScreen:
    assert window.open_path(path)
    assert window.workspace is not None
    window.show_screen(ENTRY)
    return window.workspace.entry_screen


def _highlighted(entry: EntryScreen) -> Ballot:
    """The row the recorder sees highlighted: current and selected, and the only one selected."""
    current = entry.list_view.currentIndex()
    assert current.isValid()
    selected = entry.list_view.selectionModel().selectedRows()
    assert [i.row() for i in selected] == [current.row()]
    rect = entry.list_view.visualRect(entry.ballot_list.index(current.row(), 0))
    assert entry.list_view.viewport().rect().contains(rect), "highlighted row out of sight"
    return entry.ballot_list.ballot_at(current.row())


def test_f6_up_up_delete_voids_the_highlighted_ballot(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    entry = _open(window, entry_session(tmp_path, officials=5, recorded=8))
    qtbot.keyClick(entry.paper_view, Qt.Key.Key_F6)
    assert entry.list_view.hasFocus()
    assert _highlighted(entry).number == 8  # the most recent ballot
    qtbot.keyClick(entry.list_view, Qt.Key.Key_Up)
    qtbot.keyClick(entry.list_view, Qt.Key.Key_Up)
    six = _highlighted(entry)
    assert six.number == 6
    dialogs.questions.append(True)
    dialogs.texts.append("Đọc nhầm mức của người thứ hai")
    qtbot.keyClick(entry.list_view, Qt.Key.Key_Delete)
    question = dialogs.asked[0]
    assert "phiếu số 6" in question and time_of(six.recorded_at) in question
    assert " ".join(six.marks) in question  # the marks, as the list shows them
    assert window.controller is not None
    voids = window.controller.session.voids()
    assert list(voids) == [six.id]
    assert entry.paper_view.hasFocus() and entry.paper.marks() == list(six.marks)
    window.close_session()  # the ballot being typed again is left unfinished on purpose


def test_home_end_and_pages_move_the_highlight(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    entry = _open(window, entry_session(tmp_path, officials=5, recorded=40))
    qtbot.keyClick(entry.paper_view, Qt.Key.Key_F6)
    assert _highlighted(entry).number == 40
    qtbot.keyClick(entry.list_view, Qt.Key.Key_Home)
    assert _highlighted(entry).number == 1
    qtbot.keyClick(entry.list_view, Qt.Key.Key_PageDown)
    down = _highlighted(entry).number
    assert down > 2
    qtbot.keyClick(entry.list_view, Qt.Key.Key_PageUp)
    assert _highlighted(entry).number == 1
    qtbot.keyClick(entry.list_view, Qt.Key.Key_End)
    assert _highlighted(entry).number == 40
    qtbot.keyClick(entry.list_view, Qt.Key.Key_Down)
    assert _highlighted(entry).number == 40
    # Esc goes back to the ballot; F6 again opens on the most recent ballot, not where it was.
    qtbot.keyClick(entry.list_view, Qt.Key.Key_Home)
    qtbot.keyClick(entry.list_view, Qt.Key.Key_Escape)
    assert entry.paper_view.hasFocus()
    qtbot.keyClick(entry.paper_view, Qt.Key.Key_F6)
    assert _highlighted(entry).number == 40
    # Delete, answered No: nothing is voided.
    dialogs.questions.append(False)
    qtbot.keyClick(entry.list_view, Qt.Key.Key_Delete)
    assert "phiếu số 40" in dialogs.asked[-1]
    assert window.controller is not None and window.controller.session.voids() == {}


def test_one_confirmation_never_voids_another_ballot(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Whatever happens to the list while the question is open, the ballot voided is the one
    the question named."""
    entry = _open(window, entry_session(tmp_path, officials=5, recorded=12))
    qtbot.keyClick(entry.paper_view, Qt.Key.Key_F6)
    for _ in range(3):
        qtbot.keyClick(entry.list_view, Qt.Key.Key_Up)
    named = _highlighted(entry)
    assert named.number == 9

    def question(parent: object, title: str, text: str, *args: object) -> object:
        dialogs.asked.append(text)
        entry.list_view.setCurrentIndex(entry.ballot_list.index(0, 0))  # the list moved
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    dialogs.texts.append("Nhập sai")
    qtbot.keyClick(entry.list_view, Qt.Key.Key_Delete)
    assert "phiếu số 9" in dialogs.asked[0]
    assert window.controller is not None
    assert list(window.controller.session.voids()) == [named.id]
    window.close_session()  # the ballot being typed again is left unfinished on purpose


def test_delete_on_a_voided_row_asks_nothing(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    entry = _open(window, entry_session(tmp_path, officials=5, recorded=4))
    qtbot.keyClick(entry.paper_view, Qt.Key.Key_F6)
    dialogs.questions.append(True)
    dialogs.texts.append("Nhập sai")
    qtbot.keyClick(entry.list_view, Qt.Key.Key_Delete)  # ballot 4 voided, loaded for re-entry
    qtbot.keyClick(entry.paper_view, Qt.Key.Key_F6)
    assert _highlighted(entry).number == 4  # the voided row is still the most recent one
    qtbot.keyClick(entry.list_view, Qt.Key.Key_Delete)
    assert len(dialogs.asked) == 2  # the first question and its reason, nothing more
    assert "đã bị hủy" in entry.message_label.text()
    window.close_session()  # the ballot being typed again is left unfinished on purpose


def test_the_list_shows_each_new_ballot_soon_after_the_read_back(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    window.resize(1366, 708)  # the list has its own room beside the grid
    entry = _open(window, entry_session(tmp_path, officials=5, recorded=30))
    assert entry.plan is not None and not entry.plan.list_stacked
    qtbot.keyClicks(entry.paper_view, "12312")
    qtbot.keyClick(entry.paper_view, Qt.Key.Key_Return)
    assert entry.ballot_list.ballot_at(30).number == 31  # the model at once

    def last_row_in_view() -> bool:
        rect = entry.list_view.visualRect(entry.ballot_list.index(30, 0))
        return entry.list_view.viewport().rect().contains(rect)

    qtbot.waitUntil(last_row_in_view, timeout=2000)
    qtbot.keyClick(entry.paper_view, Qt.Key.Key_F6)
    assert _highlighted(entry).number == 31


@pytest.mark.parametrize("officials", [5, 50])
def test_the_list_opens_showing_its_most_recent_ballot(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path, officials: int
) -> None:
    """Not being browsed, the list shows its end, whatever its rows' room turns out to be once
    the window has its size (with 50 officials a scroll bar for the marks appears under the
    rows, and once hid the two most recent ballots)."""
    window.resize(1366, 708)
    entry = _open(window, entry_session(tmp_path, officials=officials, collected=60,
                                        recorded=60))
    assert entry.plan is not None and not entry.plan.list_stacked

    def last_row_in_view() -> bool:
        rect = entry.list_view.visualRect(entry.ballot_list.index(59, 0))
        return rect.isValid() and entry.list_view.viewport().rect().contains(rect)

    qtbot.waitUntil(lambda: entry.list_view.isVisible())
    qtbot.wait(50)  # the window's layout settles: the rows' room changes once more, or not
    assert last_row_in_view()
    assert entry.list_view.horizontalScrollBar().isVisible() == (officials == 50)
