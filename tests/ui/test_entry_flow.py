"""The whole job by keyboard: officials, twenty ballots with every kind of mark, a void and a
re-entry; then the file, opened read-only, says exactly what the ballots said."""

from __future__ import annotations

import unicodedata
from collections import Counter
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tinnhiem_desktop.domain.wording import NOT_ISSUED_REASON
from tinnhiem_desktop.services.session import Session
from tinnhiem_desktop.ui.main_window import MainWindow
from tinnhiem_desktop.ui.workspace import ENTRY, OFFICIALS, SESSION

from .conftest import NAMES, Dialogs
from .keys import type_text

# Twenty paper ballots as the reader calls them. " " and "0" = no mark, "x" = several marks,
# None = the whole ballot is invalid (F8).
BALLOTS: list[str | None] = [
    "11111", "12312", "33333", "2 213", "x1230", "12121", "32123", "11x11", "22222", "13131",
    None, "21 12", "11112", "33321", "12300", "31213", "2x2x2", "11221", "23232", "12123",
]


def type_ballot(qtbot: QtBot, win: MainWindow, marks: str) -> None:
    view = win.workspace.entry_screen.paper_view  # type: ignore[union-attr]
    qtbot.keyClicks(view, marks)
    qtbot.keyClick(view, Qt.Key.Key_Return)


def add_officials_by_keyboard(qtbot: QtBot, win: MainWindow) -> None:
    screen = win.workspace.officials_screen  # type: ignore[union-attr]
    win.show_screen(OFFICIALS)
    screen.view.setFocus()
    for name, position in NAMES:
        qtbot.keyClick(screen.view, Qt.Key.Key_Insert)
        assert screen.name_edit.hasFocus()
        # Typed decomposed (NFD), as Windows' keyboard and UniKey "tổ hợp" send it.
        type_text(qtbot, screen.name_edit, unicodedata.normalize("NFD", name))
        qtbot.keyClick(screen.name_edit, Qt.Key.Key_Tab)
        type_text(qtbot, screen.position_edit, position)
        qtbot.keyClick(screen.position_edit, Qt.Key.Key_Return)
    assert screen.model.pairs() == NAMES


def set_accounting_in_table(win: MainWindow, issued: int, collected: int) -> None:
    model = win.workspace.session_screen.types_box.model  # type: ignore[union-attr]
    assert model.setData(model.index(0, 1), str(issued))
    assert model.setData(model.index(0, 3), str(collected))


def test_twenty_ballots_by_keyboard(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, session_path: Path
) -> None:
    assert window.open_path(session_path)
    win = window
    assert win.workspace is not None
    win.show_screen(SESSION)
    set_accounting_in_table(win, issued=22, collected=20)
    add_officials_by_keyboard(qtbot, win)
    win.show_screen(ENTRY)
    entry = win.workspace.entry_screen
    view = entry.paper_view

    expected: dict[int, str | None] = {}
    for number, marks in enumerate(BALLOTS, start=1):
        if number == 4:
            # A slip, corrected with Backspace before Enter.
            qtbot.keyClicks(view, "33")
            qtbot.keyClick(view, Qt.Key.Key_Backspace)
            qtbot.keyClick(view, Qt.Key.Key_Backspace)
        if marks is None:
            dialogs.items.append(NOT_ISSUED_REASON)
            qtbot.keyClick(view, Qt.Key.Key_F8)
        else:
            type_ballot(qtbot, win, marks)
        expected[number] = marks
        assert entry.ballot_list.rowCount() == number + (1 if number > 9 else 0)  # + voided 9
        assert f"phiếu số {number}" in entry.readback.title_text()
        if number == 6:
            # Enter on an unfinished ballot records nothing and goes to the empty row.
            qtbot.keyClicks(view, "12")
            qtbot.keyClick(view, Qt.Key.Key_Return)
            assert entry.paper.current == 2
            assert "Dòng 3" in entry.message_label.text()
            assert entry.ballot_list.rowCount() == 6
            for _ in range(2):
                qtbot.keyClick(view, Qt.Key.Key_Backspace)
            assert entry.paper.is_blank()
        if number == 9:
            # Ctrl+Z: ballot 9 was misread; void it and type it again with the same number.
            dialogs.questions.append(True)
            dialogs.texts.append("Đọc nhầm, nhập lại")
            qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
            assert entry.paper.marks() == list("22222")
            assert "PHIẾU SỐ 9" in entry.number_label.text()
            type_ballot(qtbot, win, "21222")
            expected[9] = "21222"
            assert "phiếu số 9" in entry.readback.title_text()

    # The ballot list: void ballot 3 from the list (F6, Delete) and enter it again.
    qtbot.keyClick(view, Qt.Key.Key_F6)
    assert entry.list_view.hasFocus()
    row = next(i for i in range(entry.ballot_list.rowCount())
               if entry.ballot_list.ballot_at(i).number == 3)
    entry.list_view.setCurrentIndex(entry.ballot_list.index(row, 0))
    dialogs.questions.append(True)
    dialogs.texts.append("Kiểm tra lại thấy sai")
    qtbot.keyClick(entry.list_view, Qt.Key.Key_Delete)
    assert view.hasFocus()
    type_ballot(qtbot, win, "33133")
    expected[3] = "33133"

    # All 20 collected ballots are in: no 21st number is offered, and a 21st ballot is refused
    # at its first key, before anything is typed; nothing is recorded, no modal box.
    assert entry.number_label.text() == "Đã nhập đủ 20/20 phiếu thu về"
    type_ballot(qtbot, win, "11111")
    assert entry.paper.is_blank() and "20/20 phiếu thu về" in entry.message_label.text()
    assert dialogs.warnings == []
    assert "phiếu số 3" in entry.readback.title_text()
    assert dialogs.questions == [] and dialogs.texts == [] and dialogs.items == []
    win.close_session()

    with Session.open(session_path, readonly=True) as s:
        bt = s.ballot_types()[0]
        active = s.active_ballots(bt.id)
        results = s.results().ballot_types[0]
        voided = len(s.voids())
    assert voided == 2
    assert [b.number for b in active] == list(range(1, 21))
    assert {b.number: (b.marks if b.invalid_reason is None else None) for b in active} == {
        n: (m.replace(" ", "0") if m is not None else None) for n, m in expected.items()
    }
    # Count independently of the app: per official, each level, no mark, several marks.
    whole_invalid = sum(1 for m in expected.values() if m is None)
    assert results.recorded == 20 and results.whole_invalid == whole_invalid == 1
    assert results.denominator == 20
    for i, cr in enumerate(results.candidates):
        column = Counter(m[i] for m in expected.values() if m is not None)
        assert cr.candidate.name == NAMES[i][0]
        assert cr.counts == {"high": column["1"], "medium": column["2"], "low": column["3"]}
        assert cr.no_mark == column[" "] + column["0"]
        assert cr.multi_mark == column["x"]
        assert cr.whole_invalid == 1
        assert cr.valid + cr.invalid == 20
