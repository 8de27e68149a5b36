"""The projector view (F5, Xem → Màn hình chiếu): a read-only window for the room.

It shows what the controller says was recorded — never the entry grid, a half-typed ballot or
the ballot list — in the same turn of the event loop as the read-back strip, and after it: the
recorder's window draws its frame first, so the room's view adds nothing to the wait for the
read-back (:meth:`ProjectorWindow._after_the_screens`). Full screen on a screen other than
the primary one when there is one, else a normal window that can be dragged to the projector;
it follows screens plugged in and pulled out.
F5 or Esc closes it, F11 or a double click makes it full screen where it is (or a window again);
opening it leaves the keyboard with the entry screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, Qt, QTimer, Signal, SignalInstance, Slot
from PySide6.QtGui import (
    QCloseEvent,
    QGuiApplication,
    QKeyEvent,
    QMouseEvent,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import QWidget

from tinnhiem_desktop.domain.decisions import SetAside
from tinnhiem_desktop.domain.model import Ballot, Finalisation, Void
from tinnhiem_desktop.domain.tally import BallotTypeResult, format_percent_vi
from tinnhiem_desktop.ui.controller import SessionController
from tinnhiem_desktop.ui.core_texts import band_label, base_sentence
from tinnhiem_desktop.ui.models.results_models import BAND_COLOURS
from tinnhiem_desktop.ui.screens.projector_layout import (
    Placement,
    ScreenArea,
    place_projector,
)
from tinnhiem_desktop.ui.widgets.projector_board import ProjectorBoard, ResultRow

RESULTS_CATCH_UP_MS = 300
"""The running results follow a ballot this long after it is shown: the Enter path never
computes them, and ballots typed within that moment are counted in one pass."""


def current_screens() -> list[ScreenArea]:
    """The screens Qt knows now, the primary one marked."""
    primary = QGuiApplication.primaryScreen()
    return [ScreenArea(QRect(s.geometry()), s is primary, s) for s in QGuiApplication.screens()]


class ProjectorWindow(QWidget):
    """The room's view of the count; reads the controller, writes nothing."""

    closed = Signal()

    def __init__(
        self,
        controller: SessionController,
        parent: QWidget | None = None,
        screens: Callable[[], list[ScreenArea]] = current_screens,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setObjectName("projector")
        self._controller = controller
        self._screens = screens
        self.placement: Placement | None = None
        self._placed_on: object = None
        self._type_id = controller.ballot_type_ids()[0]
        self._progress_prefix = ""
        self._progress_template = self.tr("Đã nhập %1 / thu về %2")
        """The progress line's words, asked for at every Enter: translated once, the ballot
        type's name (when there are several) put before them when the type is loaded."""
        self.board = ProjectorBoard(self)
        self._waiting: list[Callable[[], None]] = []
        """A ballot's changes to the board, held until the screens have been told of it."""
        self._results_timer = QTimer(self)
        self._results_timer.setSingleShot(True)
        self._results_timer.setInterval(RESULTS_CATCH_UP_MS)
        self._results_timer.timeout.connect(self._on_results_timer_timeout)
        self._wire()
        last = controller.session.last_recorded()
        if last is not None:
            self._type_id = last.ballot_type_id
        self._load_frame()
        self._load_type()
        if last is not None:
            self.board.show_ballot(last)

    def _wire(self) -> None:
        c = self._controller
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        self._wiring: list[tuple[SignalInstance, Callable[..., None]]] = [
            (c.ballot_recorded, self._on_controller_ballot_recorded),
            (c.ballot_voided, self._on_controller_ballot_voided),
            (c.ballot_set_aside, self._on_controller_ballot_set_aside),
            (c.set_aside_decided, self._on_controller_set_aside_decided),
            (c.candidates_changed, self._on_controller_candidates_changed),
            (c.ballot_types_changed, self._on_controller_ballot_types_changed),
            (c.info_changed, self._on_controller_info_changed),
            (c.finalised, self._on_controller_finalised),
            (c.projector_results_changed, self._on_controller_projector_results_changed),
            (c.changed, self._on_controller_changed),
            (app.screenAdded, self._on_app_screen_added),
            (app.screenRemoved, self._on_app_screen_removed),
        ]
        for signal, slot in self._wiring:
            signal.connect(slot)

    def _unwire(self) -> None:
        """Closed, the view does no more work: it is deleted only when the event loop next
        runs, and until then every ballot would still reach it."""
        wiring, self._wiring = self._wiring, []
        for signal, slot in wiring:
            signal.disconnect(slot)
        self._waiting.clear()

    # ------------------------------------------------------------ what is shown

    @property
    def results_shown(self) -> bool:
        """The running results are on the board: the chair turned them on, or finalised."""
        c = self._controller
        return c.projector_results or c.finalisation is not None

    def _load_frame(self) -> None:
        info = self._controller.session.info
        title = info.title or info.body or self._controller.path.stem
        self.setWindowTitle(self.tr("Màn hình chiếu — %1").replace("%1", title))
        self.board.set_title(title)

    def _load_type(self) -> None:
        """The officials of the type shown, its progress, and the results' frame."""
        session = self._controller.session
        regime = session.regime
        row = self._controller.progress(self._type_id)
        several = len(self._controller.ballot_type_ids()) > 1
        self._progress_prefix = f"{row.ballot_type.name} · " if several else ""
        collected = row.ballot_type.accounting.collected
        # The largest number it may show, for the room its heading needs (two small queries:
        # the type's ballots are never all read here).
        widest = max(collected, session.next_number(self._type_id) - 1)
        digits = self.board.widest_digits(max(widest, 9))
        self.board.set_officials(session.candidates(self._type_id), regime.levels, widest,
                                 self._progress(digits, digits))
        self.board.set_results_frame(
            self.results_shown, [band_label(b) for b in regime.bands],
            self._cell(digits, "100,00"))
        self._show_progress()
        if self.results_shown:
            self._refresh_results()

    def _progress(self, recorded: str, collected: str) -> str:
        text = self._progress_template.replace("%1", recorded).replace("%2", collected)
        return self._progress_prefix + text

    def _show_progress(self) -> None:
        row = self._controller.progress(self._type_id)
        self.board.set_progress(self._progress(str(row.recorded),
                                               str(row.ballot_type.accounting.collected)))

    def _refresh_results(self) -> None:
        results = self._controller.results()
        result = next((r for r in results.ballot_types if r.ballot_type.id == self._type_id),
                      None)
        if result is None:
            return
        final = self._controller.finalisation is not None
        caption = (self.tr("KẾT QUẢ ĐÃ CHỐT") if final else self.tr("KẾT QUẢ TẠM THỜI")) \
            + " — " + base_sentence(result)
        self.board.set_results(caption, self._rows(result), final)

    @staticmethod
    def _cell(count: str, percent: str) -> str:
        return f"{count} ({percent} %)"

    def _rows(self, result: BallotTypeResult) -> list[ResultRow]:
        levels = self._controller.session.regime.levels
        rows = []
        for cr in result.candidates:
            cells = [self._cell(str(cr.counts[lv.id]), format_percent_vi(cr.percents[lv.id]))
                     for lv in levels]
            band = band_label(cr.band) if cr.band is not None else "—"
            colours = BAND_COLOURS.get(cr.band.id) if cr.band is not None else None
            rows.append(ResultRow(cells, band, None if colours is None else
                                  (colours[0], colours[1])))
        return rows

    # ------------------------------------------------------------ controller

    def _after_the_screens(self, change: Callable[[], None]) -> None:
        """Make a ballot's ``change`` to the board once every screen has been told of the
        ballot (the controller's ``changed``, which follows each change's own signal).

        Qt draws the windows that asked for a repaint in the order they first asked. Made at
        the ballot's own signal, the board's request came first whenever this view had been
        connected before the entry screen — F5 pressed on the set-up screen, before the entry
        screen was first shown — and the recorder's read-back then waited for the room's frame
        (0.7–0.8 ms a ballot here). Made now, the recorder's frame is asked for first; the
        room's follows it in the same turn of the event loop."""
        self._waiting.append(change)

    def _show(self, ballot: Ballot, voided: bool = False) -> None:
        self._follow_type(ballot.ballot_type_id)
        self.board.show_ballot(ballot, voided=voided)
        self._show_progress()

    def _show_set_aside(self, held: SetAside) -> None:
        self._follow_type(held.ballot_type_id)
        self.board.show_set_aside(held.number)
        self._show_progress()

    @Slot(object)
    def _on_controller_ballot_recorded(self, ballot: Ballot) -> None:
        self._after_the_screens(lambda: self._show(ballot))

    @Slot(object, object)
    def _on_controller_ballot_voided(self, ballot: Ballot, void: Void) -> None:
        self._after_the_screens(lambda: self._show(ballot, voided=True))

    @Slot(object)
    def _on_controller_ballot_set_aside(self, held: SetAside) -> None:
        self._after_the_screens(lambda: self._show_set_aside(held))

    @Slot(object, object)
    def _on_controller_set_aside_decided(self, held: SetAside, ballot: Ballot) -> None:
        self._after_the_screens(lambda: self._show(ballot))

    def _follow_type(self, type_id: int) -> None:
        if type_id != self._type_id:
            self._type_id = type_id
            self._load_type()  # another type's officials: laid out once, then texts only

    @Slot(int)
    def _on_controller_candidates_changed(self, type_id: int) -> None:
        if type_id == self._type_id:
            self._load_type()
            self.board.clear()

    @Slot()
    def _on_controller_ballot_types_changed(self) -> None:
        self._load_type()

    @Slot()
    def _on_controller_info_changed(self) -> None:
        self._load_frame()

    @Slot(object)
    def _on_controller_finalised(self, fin: Finalisation) -> None:
        self._load_type()

    @Slot(bool)
    def _on_controller_projector_results_changed(self, shown: bool) -> None:
        self._load_type()

    @Slot()
    def _on_controller_changed(self) -> None:
        waiting, self._waiting = self._waiting, []
        for change in waiting:
            change()
        if self.results_shown and not self._results_timer.isActive():
            self._results_timer.start()

    @Slot()
    def _on_results_timer_timeout(self) -> None:
        if self.results_shown and not self._controller.session.closed:
            self._refresh_results()

    # ------------------------------------------------------------ screens

    def open_on_screen(self) -> None:
        """Show the view where :func:`place_projector` says (the keyboard stays where it was)."""
        self.place(self._screens())

    def place(self, screens: list[ScreenArea]) -> None:
        """Full screen on the projector, or a normal window on the primary screen."""
        if not screens:
            return
        plan = place_projector(screens)
        area = screens[plan.index]
        self.placement = plan
        self._placed_on = area.screen if area.screen is not None else area
        if isinstance(area.screen, QScreen):
            self.setScreen(area.screen)
        if plan.full_screen:
            self.setGeometry(plan.rect)
            self.showFullScreen()
        else:
            if self.isFullScreen():
                self.showNormal()
            self.setGeometry(plan.rect)
            self.show()

    @Slot(QScreen)
    def _on_app_screen_added(self, screen: QScreen) -> None:
        if not self.isFullScreen():
            self.place(self._screens())

    @Slot(QScreen)
    def _on_app_screen_removed(self, screen: object) -> None:
        self.screen_removed(screen)

    def screen_removed(self, screen: object) -> None:
        """``screen`` went away: if the view was on it, back to a normal window on what is
        left (Qt moves the window, never closes it; this makes it a window again)."""
        if self._placed_on is not screen:
            return
        remaining = [a for a in self._screens() if a.screen is not screen and a is not screen]
        self.place(remaining)

    # ------------------------------------------------------------ window

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.board.setGeometry(self.rect())

    def toggle_full_screen(self) -> None:
        """F11 or a double click: full screen on the screen the window is on (after it was
        dragged to a projector that came without a second screen of its own), or back."""
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_F5, Qt.Key.Key_Escape):
            self.close()
            return
        if event.key() == Qt.Key.Key_F11:
            self.toggle_full_screen()
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.toggle_full_screen()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._results_timer.stop()
        self._unwire()
        super().closeEvent(event)
        self.closed.emit()
