"""A two-level vote with two ballot types, entered by keyboard: only 1 and 2 are marks, each type
keeps its own stack and numbering."""

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tinnhiem_desktop.services.session import Session
from tinnhiem_desktop.ui.main_window import MainWindow
from tinnhiem_desktop.ui.workspace import ENTRY

from .conftest import NAMES


def test_vote_with_two_ballot_types(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "bo-phieu.tinnhiem"
    with Session.create(path, "state-vote-nq96-2023",
                        ballot_types=["Chủ tịch UBND", "Phó Chủ tịch UBND"]) as s:
        first, second = s.ballot_types()
        s.set_candidates(first.id, NAMES[:1])
        s.set_candidates(second.id, NAMES[1:3])
        s.set_accounting(first.id, issued=3, collected=3)
        s.set_accounting(second.id, issued=3, collected=2)
    assert window.open_path(path)
    assert window.workspace is not None
    window.show_screen(ENTRY)
    screen = window.workspace.entry_screen
    view = screen.paper_view

    qtbot.keyClick(view, "3")  # not a mark in a vote: refused, nothing entered
    assert screen.paper.is_blank()
    assert "3" in screen.message_label.text()
    for marks in ("2", "2", "1"):
        qtbot.keyClicks(view, marks)
        qtbot.keyClick(view, Qt.Key.Key_Return)

    screen.type_combo.setCurrentIndex(1)  # the second form: its own list and numbering
    assert screen.paper.size == 2
    for marks in ("21", "x2"):
        qtbot.keyClicks(view, marks)
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert "phiếu số 2" in screen.readback.title_text()

    with Session.open_to_view(path) as s:
        one, two = s.results().ballot_types
    assert one.recorded == 3 and two.recorded == 2
    assert one.candidates[0].counts == {"confidence": 1, "no_confidence": 2}
    assert one.candidates[0].band is not None and one.candidates[0].band.id == "over_half"
    assert two.candidates[0].counts == {"confidence": 0, "no_confidence": 1}
    assert two.candidates[0].multi_mark == 1
    assert two.candidates[1].counts == {"confidence": 1, "no_confidence": 1}
    assert two.candidates[1].band is None  # exactly half is not "quá nửa"


def test_hidden_session_table_catches_up_when_shown(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """The ballot-type table is not refreshed after every ballot while hidden, but it is right
    as soon as it is shown."""
    from tinnhiem_desktop.ui.workspace import SESSION

    path = tmp_path / "p.tinnhiem"
    with Session.create(path, "party-qd96-2023") as s:
        t = s.ballot_type().id
        s.set_candidates(t, NAMES[:2])
        s.set_accounting(t, issued=5, collected=5)
    assert window.open_path(path)
    assert window.workspace is not None
    window.show_screen(ENTRY)
    for marks in ("12", "33"):
        qtbot.keyClicks(window.workspace.entry_screen.paper_view, marks)
        qtbot.keyClick(window.workspace.entry_screen.paper_view, Qt.Key.Key_Return)
    window.show_screen(SESSION)
    model = window.workspace.session_screen.types_box.model
    assert model.index(0, 4).data() == "2"
    assert "đã nhập 2 / thu về 5" in window.status.count_label.text()
