"""The entry screen's ballot list reads the ballots a page at a time, as it shows them: a big
session opens without reading them all (3 s at 100,000 ballots on the window's thread, beside
the file's verification), and a row far from the pages read still names, and voids, its own
ballot."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tinnhiem_desktop.bench.figures import build_big_session
from tinnhiem_desktop.domain.model import Ballot, Void
from tinnhiem_desktop.services.ballots import BallotRow
from tinnhiem_desktop.services.session import Session
from tinnhiem_desktop.ui.main_window import MainWindow
from tinnhiem_desktop.ui.models.entry_models import PAGE_ROWS, BallotListModel
from tinnhiem_desktop.ui.workspace import ENTRY

from .conftest import Dialogs


def _ballot(k: int) -> Ballot:
    return Ballot(k, 1, k, "12", None, f"2026-11-30T09:{k // 60 % 60:02d}:{k % 60:02d}")


class _Source:
    """``n`` ballots (ids and numbers 1…n), counting the pages read."""

    def __init__(self, n: int) -> None:
        self.ballots = [_ballot(k) for k in range(1, n + 1)]
        self.reads: list[tuple[int, int]] = []

    def read(self, start: int, size: int) -> list[Ballot]:
        self.reads.append((start, size))
        return self.ballots[start:start + size]


def test_the_model_reads_only_the_pages_it_is_asked_for(qtbot: QtBot) -> None:
    n = 3 * PAGE_ROWS + 10
    source = _Source(n)
    model = BallotListModel()
    model.set_source(n, source.read, {})
    assert model.rowCount() == n and source.reads == []
    assert model.last() == source.ballots[-1]
    assert source.reads == [(3 * PAGE_ROWS, PAGE_ROWS)]
    assert model.ballot_at(0) == source.ballots[0]
    assert model.ballot_at(PAGE_ROWS - 1) == source.ballots[PAGE_ROWS - 1]
    assert model.index(5, 0).data() == "6"
    assert source.reads == [(3 * PAGE_ROWS, PAGE_ROWS), (0, PAGE_ROWS)]
    with pytest.raises(IndexError):
        model.ballot_at(n)

    # A ballot recorded joins the last page read: nothing is read again.
    new = _ballot(n + 1)
    source.ballots.append(new)
    with qtbot.waitSignal(model.rowsInserted):
        model.append(new)
    assert model.rowCount() == n + 1 and model.ballot_at(n) == new and len(source.reads) == 2

    # Voiding: a row read is repainted; the last active ballot is looked for backwards, page
    # by page, past every voided one.
    changed: list[int] = []
    model.dataChanged.connect(lambda top, bottom: changed.append(top.row()))
    for ballot in source.ballots[2 * PAGE_ROWS - 3:]:  # the end of page 1 onwards
        model.mark_voided(ballot, Void(ballot.id, "Nhập sai", "2026-11-30T10:00:00"))
    assert changed == list(range(3 * PAGE_ROWS, n + 1))  # page 3 was read; pages 1, 2 not
    assert model.last_active() == source.ballots[2 * PAGE_ROWS - 4]
    assert model.is_voided(source.ballots[2 * PAGE_ROWS - 3])
    assert model.index(2 * PAGE_ROWS - 3, 2).data() == "ĐÃ HỦY"
    assert model.index(2 * PAGE_ROWS - 4, 2).data() == "Có hiệu lực"

    # Loading another type forgets every page read.
    model.set_source(2, source.read, {})
    assert model.ballot_at(1) == source.ballots[1] and source.reads[-1] == (0, PAGE_ROWS)


def test_a_page_read_before_its_ballot_was_announced_is_not_doubled() -> None:
    """The file may hold a ballot the list has not been told of yet (its signal is on the
    way): the page read has it already, and the append finds it there."""
    source = _Source(5)
    model = BallotListModel()
    model.set_source(4, source.read, {})
    assert model.ballot_at(3) == source.ballots[3]  # the page read holds all five
    model.append(source.ballots[4])
    assert [model.ballot_at(r) for r in range(5)] == source.ballots
    assert len(source.reads) == 1


def _two_types(path: Path, each: int) -> tuple[int, int]:
    """A session whose two ballot types' ballots are recorded in turns, numbers out of order,
    some voided."""
    with Session.create(path, "party-qd96-2023", title="Hai loại phiếu") as s:
        first = s.ballot_type().id
        second = s.add_ballot_type("Phiếu ủy viên")
        for t in (first, second):
            s.set_candidates(t, [("Nguyễn Văn An", "Bí thư"), ("Trần Thị Bình", "Phó Bí thư")])
            s.set_accounting(t, issued=each, collected=each)
        for batch in range(each // 50):  # numbers out of order: a page is by recording order
            for t in (first, second):
                s.record_ballots(t, [BallotRow(batch * 50 + 50 - k, "12") for k in range(50)])
        for number in (1, 60, each):
            s.void_ballot_number(first, number, "Nhập sai")
    return first, second


@pytest.mark.parametrize(("start", "size"), [(0, 7), (3, 50), (95, 10), (99, 5), (100, 5),
                                              (0, 0), (40, 256)])
def test_a_page_of_ballots_is_the_same_slice_of_all_of_them(
        tmp_path: Path, start: int, size: int) -> None:
    first, second = _two_types(tmp_path / "hai.tinnhiem", 100)
    with Session.open(tmp_path / "hai.tinnhiem") as s:
        for t in (first, second):
            every = s.ballots(t)
            assert s.ballot_count(t) == len(every) == 100
            assert s.ballot_page(t, start, size) == every[start:start + size]


def _big_file(tmp_path: Path, ballots: int) -> Path:
    """A session of 3 officials and ``ballots`` ballots, recorded in one batch."""
    path = tmp_path / "lon.tinnhiem"
    build_big_session(path, 3, ballots).close()
    return path


def test_a_big_session_opens_reading_one_page_and_voids_the_ballot_far_up(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    n = PAGE_ROWS + 44
    path = _big_file(tmp_path, n)
    pages: list[tuple[int, int]] = []
    real_page = Session.ballot_page

    def ballot_page(self: Session, type_id: int, start: int, size: int) -> list[Ballot]:
        pages.append((start, size))
        return real_page(self, type_id, start, size)

    def every_ballot(self: Session, type_id: int) -> list[Ballot]:
        raise AssertionError("the entry screen read every ballot")

    monkeypatch.setattr(Session, "ballot_page", ballot_page)
    monkeypatch.setattr(Session, "ballots", every_ballot)
    assert window.open_path(path)
    assert window.workspace is not None
    window.show_screen(ENTRY)
    entry = window.workspace.entry_screen
    assert pages == [(PAGE_ROWS, PAGE_ROWS)]  # the last page: the one the list opens on
    assert entry.ballot_list.rowCount() == n
    assert entry.readback.title_text() == f"PHIẾU GHI GẦN NHẤT — phiếu số {n}"

    qtbot.keyClick(entry.paper_view, Qt.Key.Key_F6)
    assert entry.ballot_list.ballot_at(entry.list_view.currentIndex().row()).number == n
    qtbot.keyClick(entry.list_view, Qt.Key.Key_Home)
    assert entry.list_view.currentIndex().row() == 0
    dialogs.questions.append(True)
    dialogs.texts.append("Nhập sai")
    qtbot.keyClick(entry.list_view, Qt.Key.Key_Delete)
    assert "Hủy phiếu số 1 (ghi lúc" in dialogs.asked[0]
    assert pages == [(PAGE_ROWS, PAGE_ROWS), (0, PAGE_ROWS)]  # the first page, once shown
    assert window.controller is not None
    voided = window.controller.session.voids()
    assert len(voided) == 1
    (ballot_id,) = voided
    assert ballot_id == 1  # ballot number 1, recorded first: the one named and highlighted
    assert entry.ballot_list.is_voided(entry.ballot_list.ballot_at(0))
    window.close_session()  # the ballot being typed again is left unfinished on purpose


def test_a_page_that_cannot_be_read_is_drawn_as_unread_and_read_again_later() -> None:
    from tinnhiem_desktop.domain.errors import DamagedFile
    from tinnhiem_desktop.ui.models.entry_models import UNREAD_TEXT

    source = _Source(10)
    broken = [True]

    def read(start: int, size: int) -> list[Ballot]:
        if broken[0]:
            raise DamagedFile("Tệp không đọc được.")
        return source.read(start, size)

    model = BallotListModel()
    model.set_source(10, read, {})
    assert model.look(3, 0).text == UNREAD_TEXT and model.look(3, 3).text == UNREAD_TEXT
    assert model.index(3, 1).data() == UNREAD_TEXT
    with pytest.raises(DamagedFile):
        model.ballot_at(3)  # for the recorder's actions: said, never guessed
    broken[0] = False
    assert model.look(3, 0).text == "4" and model.index(3, 1).data() == "09:00:04"


def test_delete_on_a_row_that_cannot_be_read_says_so_and_voids_nothing(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tinnhiem_desktop.domain.errors import DamagedFile

    assert window.open_path(_big_file(tmp_path, PAGE_ROWS + 10))
    assert window.workspace is not None and window.controller is not None
    window.show_screen(ENTRY)
    entry = window.workspace.entry_screen
    qtbot.keyClick(entry.paper_view, Qt.Key.Key_F6)

    def unreadable(self: Session, type_id: int, start: int, size: int) -> list[Ballot]:
        raise DamagedFile("Tệp lon.tinnhiem không đọc được: ổ đĩa đã bị rút ra?")

    monkeypatch.setattr(Session, "ballot_page", unreadable)
    qtbot.keyClick(entry.list_view, Qt.Key.Key_Home)  # a page never read
    qtbot.keyClick(entry.list_view, Qt.Key.Key_Delete)
    assert dialogs.warnings == ["Tệp lon.tinnhiem không đọc được: ổ đĩa đã bị rút ra?"]
    assert dialogs.asked == [] and window.controller.session.voids() == {}
    window.close_session()
