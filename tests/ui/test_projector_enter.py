"""The projector view on the Enter path: what it costs a ballot, by counts of work.

With the view open an Enter must ask the session nothing more than without it (the running
results, hidden, are never computed; shown, once per burst of ballots, a moment later), repaint
only the level cells whose level changed, and still leave on the room's screen exactly the board
drawn afresh, after every kind of change (a partial repaint that missed a cell would leave a
stale level in front of the committee).
"""

from __future__ import annotations

import inspect
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QPaintEvent, QRegion
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import NAMES, Dialogs
from tests.ui.test_projector import make_session, open_entry, open_projector
from tinnhiem_desktop.domain.wording import NOT_ISSUED_REASON
from tinnhiem_desktop.services.session import Session
from tinnhiem_desktop.ui.main_window import MainWindow
from tinnhiem_desktop.ui.screens.entry_screen import LIST_CATCH_UP_MS
from tinnhiem_desktop.ui.screens.projector_window import RESULTS_CATCH_UP_MS, ProjectorWindow
from tinnhiem_desktop.ui.workspace import ENTRY

TWELVE = [(f"Người Thứ {i:02d}", "Ủy viên") for i in range(12)]
SETTLE_MS = max(RESULTS_CATCH_UP_MS, LIST_CATCH_UP_MS) + 150
"""Long enough after an Enter for everything it starts (the list's catch-up, the results')."""


class SessionSpy:
    """Counts every call made through the session class — each method and each property, the
    private ones too — on one real session, and calls through to it (nothing is stubbed)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, session: Session) -> None:
        self.calls: Counter[str] = Counter()
        self.counting = False
        self._session = session
        cls = type(session)
        names = {name for klass in cls.__mro__ if klass is not object for name in vars(klass)}
        for name in sorted(n for n in names if not n.startswith("__")):
            static = inspect.getattr_static(cls, name)
            if isinstance(static, property) and static.fget is not None:
                monkeypatch.setattr(cls, name, property(self._counted(name, static.fget),
                                                        static.fset))
            elif inspect.isfunction(static):
                monkeypatch.setattr(cls, name, self._counted(name, static))

    def _counted(self, name: str, real: Callable[..., Any]) -> Callable[..., Any]:
        def call(this: Any, *args: Any, **kwargs: Any) -> Any:
            if self.counting and this is self._session:
                self.calls[name] += 1
            return real(this, *args, **kwargs)
        return call

    def count(self, work: Callable[[], None]) -> Counter[str]:
        """The calls made on the session while ``work`` runs."""
        self.calls = Counter()
        self.counting = True
        try:
            work()
        finally:
            self.counting = False
        return self.calls


def _entry_with_spy(window: MainWindow, tmp_path: Path,
                    monkeypatch: pytest.MonkeyPatch) -> tuple[QWidget, SessionSpy]:
    """The entry screen of a session of ``NAMES`` with one ballot, and a spy on its session."""
    view = open_entry(window, make_session(tmp_path / "phien.tinnhiem", NAMES, ["12312"]))
    assert window.controller is not None
    return view, SessionSpy(monkeypatch, window.controller.session)


def _type_ballots(qtbot: QtBot, view: QWidget, ballots: list[str]) -> None:
    for marks in ballots:
        qtbot.keyClicks(view, marks)
        qtbot.keyClick(view, Qt.Key.Key_Return)
        qtbot.wait(SETTLE_MS)


def test_with_the_results_hidden_the_view_asks_the_session_nothing_per_ballot(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view, spy = _entry_with_spy(window, tmp_path, monkeypatch)
    _type_ballots(qtbot, view, ["11111"])  # the first Enter of the screen fills its caches
    ballots = ["12312", "33333", "x0x0x", "21321"]
    without = spy.count(lambda: _type_ballots(qtbot, view, ballots))
    assert without["record_ballot"] == 4  # the spy sees the calls
    board = open_projector(qtbot, window, view).board
    with_view = spy.count(lambda: _type_ballots(qtbot, view, ballots))
    assert board.heading_text() == "PHIẾU SỐ 10"
    assert with_view == without
    assert with_view["results"] == 0


def test_shown_results_are_computed_once_for_ballots_typed_in_a_burst_and_count_them_all(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view, spy = _entry_with_spy(window, tmp_path, monkeypatch)
    board = open_projector(qtbot, window, view).board
    window.projector_results_action.trigger()
    assert board.results_lines()[1] == (
        "1. Nguyễn Thị Việt Dung | 1 (2,50 %) | 0 (0,00 %) | 0 (0,00 %) | —")

    def burst() -> None:
        # Two Enters before the results' moment comes: none computed on the Enter path.
        for marks in ("11111", "11111"):
            qtbot.keyClicks(view, marks)
            qtbot.keyClick(view, Qt.Key.Key_Return)
        assert board.heading_text() == "PHIẾU SỐ 3"
        assert spy.calls["results"] == 0
        qtbot.waitUntil(lambda: spy.calls["results"] > 0, timeout=3000)
        qtbot.wait(SETTLE_MS)

    calls = spy.count(burst)
    assert calls["results"] == 1
    assert board.results_lines()[1] == (
        "1. Nguyễn Thị Việt Dung | 3 (7,50 %) | 0 (0,00 %) | 0 (0,00 %) | —")


class _BoardPaints(QObject):
    """The board's paint events: how many, and the region of the last one."""

    def __init__(self, board: QWidget) -> None:
        super().__init__()
        self.count = 0
        self.region = QRegion()
        board.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            assert isinstance(event, QPaintEvent)
            self.count += 1
            self.region = QRegion(event.region())
        return False


def _enter(qtbot: QtBot, view: QWidget, marks: str) -> None:
    qtbot.keyClicks(view, marks)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    QApplication.processEvents()


def test_an_enter_repaints_the_level_cells_that_changed_and_no_other(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = make_session(tmp_path / "phien.tinnhiem", TWELVE, [])
    view = open_entry(window, path)
    board = open_projector(qtbot, window, view).board
    QApplication.processEvents()
    paints = _BoardPaints(board)
    boxes = [board.mark_box(i) for i in range(12)]
    assert all(not box.isEmpty() for box in boxes) and board.mark_box(12).isEmpty()
    _enter(qtbot, view, "111111111111")
    _enter(qtbot, view, "111111111112")  # only the last official's level changes
    assert paints.count == 2
    assert [i for i, box in enumerate(boxes) if paints.region.intersects(box)] == [11]
    assert paints.region.contains(boxes[11])
    _enter(qtbot, view, "311111111113")  # the first changes, the last keeps its new level
    assert [i for i, box in enumerate(boxes) if paints.region.intersects(box)] == [0, 11]
    _enter(qtbot, view, "311111111113")  # nothing changes but the heading
    assert paints.count == 4
    assert [i for i, box in enumerate(boxes) if paints.region.intersects(box)] == []
    assert not paints.region.isEmpty()
    _enter(qtbot, view, "122222222221")  # every level changes: every cell, in one frame
    assert paints.count == 5
    assert all(paints.region.contains(box) for box in boxes)
    assert not paints.region.contains(QPoint(1, 1))  # still not the whole board
    assert board.body_lines()[0] == "1. Người Thứ 00: Tín nhiệm cao"
    assert board.body_lines()[1] == "2. Người Thứ 01: Tín nhiệm"


def _room_sees_the_board_drawn_afresh(projector: ProjectorWindow) -> bool:
    on_screen = projector.screen().grabWindow(projector.winId()).toImage()
    afresh = projector.grab().toImage()
    return bool(on_screen.convertToFormat(afresh.format()) == afresh)


def test_after_every_kind_of_change_the_room_sees_the_board_drawn_afresh(
    qtbot: QtBot, window: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    path = make_session(tmp_path / "phien.tinnhiem", TWELVE, ["123" * 4] * 8)
    view = open_entry(window, path)
    projector = open_projector(qtbot, window, view)
    controller = window.controller
    assert controller is not None
    type_id = controller.ballot_type_ids()[0]
    board = projector.board
    steps: list[tuple[str, bool]] = []

    def step(name: str, heading: str) -> None:
        QApplication.processEvents()
        assert board.heading_text() == heading, name
        steps.append((name, _room_sees_the_board_drawn_afresh(projector)))

    step("opened", "PHIẾU SỐ 8")
    _enter(qtbot, view, "111111111111")
    step("next ballot", "PHIẾU SỐ 9")
    _enter(qtbot, view, "111111111112")
    step("one level changed, a digit more", "PHIẾU SỐ 10")
    dialogs.questions.append(True)
    dialogs.texts.append("Đọc nhầm")
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    step("voided: the same levels, greyed", "phiếu số 10 đã hủy")
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    _enter(qtbot, view, "111111111112")
    step("the same levels again, not greyed", "PHIẾU SỐ 10")
    ten, nine = sorted(controller.session.active_ballots(type_id),
                       key=lambda b: b.number, reverse=True)[:2]
    controller.void_ballot(ten, "Đọc nhầm")
    step("voided", "phiếu số 10 đã hủy")
    controller.void_ballot(nine, "Đọc nhầm")
    step("another voided, a digit less", "phiếu số 9 đã hủy")
    _enter(qtbot, view, "222222222222")
    step("after a void", "PHIẾU SỐ 9")
    dialogs.items.append(NOT_ISSUED_REASON)
    qtbot.keyClick(view, Qt.Key.Key_F8)
    step("wholly invalid", "PHIẾU SỐ 10")
    _enter(qtbot, view, "x0x0x0x0x0x0")
    step("after an invalid one", "PHIẾU SỐ 11")
    held = controller.set_aside(type_id, "Không rõ")
    step("set aside", "phiếu số 12 để riêng")
    controller.decide_set_aside(held, "333333333333")
    step("decided", "PHIẾU SỐ 12")
    _enter(qtbot, view, "333333333331")
    step("after the decision", "PHIẾU SỐ 13")
    assert [name for name, same in steps if not same] == []


class _Frames(QObject):
    """The order in which windows draw their frames (``UpdateRequest``: a window paints its
    dirty widgets, then puts them on screen) and some of their widgets are painted."""

    def __init__(self, windows: list[QWidget], widgets: list[QWidget]) -> None:
        super().__init__()
        self.seen: list[str] = []
        self._kinds = {w: QEvent.Type.UpdateRequest for w in windows}
        self._kinds.update({w: QEvent.Type.Paint for w in widgets})
        for widget in self._kinds:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == self._kinds.get(watched):  # type: ignore[call-overload]
            self.seen.append(f"{watched.objectName()} {event.type().name}")
        return False


@pytest.mark.parametrize("opened", ["before the entry screen", "from the entry screen"])
def test_the_recorders_frame_is_drawn_before_the_rooms_in_the_same_turn(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, opened: str
) -> None:
    """The room's view never delays the recorder's read-back: whichever was opened first (a
    chair opens F5 on the set-up screen, before the entry screen is first built), the recorder's
    window draws its frame first, then the room's, in one turn of the event loop."""
    path = make_session(tmp_path / "phien.tinnhiem", NAMES, [])
    view: QWidget
    if opened == "before the entry screen":
        assert window.open_path(path)  # on the set-up screen
        assert window.workspace is not None and not window.workspace.is_built(ENTRY)
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F5)
        projector = window.projector
        assert projector is not None
        qtbot.waitUntil(projector.isVisible)
        window.show_screen(ENTRY)
        view = window.workspace.entry_screen.paper_view
    else:
        view = open_entry(window, path)
        projector = open_projector(qtbot, window, view)
    assert window.workspace is not None
    readback = window.workspace.entry_screen.readback
    window.setObjectName("recorder")
    readback.setObjectName("strip")
    projector.board.setObjectName("board")
    frames = _Frames([window, projector], [readback, projector.board])
    for k in range(3):
        qtbot.keyClicks(view, "12312")
        QApplication.processEvents()
        frames.seen.clear()
        qtbot.keyClick(view, Qt.Key.Key_Return)
        QApplication.processEvents()
        assert projector.board.heading_text() == f"PHIẾU SỐ {k + 1}"
        assert frames.seen == ["recorder UpdateRequest", "strip Paint",
                               "projector UpdateRequest", "board Paint"], k


def test_a_closed_view_does_no_more_work_per_ballot(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """Closed (F5), the view is deleted only when the event loop next runs; meanwhile ballots
    no longer reach it (a view reopened at once would otherwise have its ghost update too)."""
    view = open_entry(window, make_session(tmp_path / "phien.tinnhiem", NAMES, []))
    projector = open_projector(qtbot, window, view)
    _enter(qtbot, view, "12312")
    qtbot.keyClick(view, Qt.Key.Key_F5)
    assert window.projector is None and not projector.isVisible()
    again = open_projector(qtbot, window, view)  # the first not yet deleted
    ghost = _BoardPaints(projector.board)
    for marks in ("11111", "22222"):
        qtbot.keyClicks(view, marks)
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert projector.board.heading_text() == "PHIẾU SỐ 1"
    assert again.board.heading_text() == "PHIẾU SỐ 3"
    assert ghost.count == 0
