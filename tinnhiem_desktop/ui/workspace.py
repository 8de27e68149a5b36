"""The four screens of an open session as tabs: session, officials, entry, results.

A screen is built when it is first shown or first asked for (``workspace.entry_screen``), not
with the workspace: opening a file builds the one screen it shows (entry for a session with
ballots) and imports only what that screen needs, so the file is usable sooner. The flows
(closing, exports, copies, decisions, the test deck) are made on first use likewise.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar, cast

from PySide6.QtCore import Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from tinnhiem_desktop.domain.regimes import Kind
from tinnhiem_desktop.ui.controller import SessionController
from tinnhiem_desktop.ui.dialogs.prompts import Prompter

if TYPE_CHECKING:
    from tinnhiem_desktop.ui.flows.closing import ClosingFlow
    from tinnhiem_desktop.ui.flows.copies import CopiesFlow
    from tinnhiem_desktop.ui.flows.decisions import DecisionsFlow
    from tinnhiem_desktop.ui.flows.deck import DeckFlow
    from tinnhiem_desktop.ui.flows.exports import ExportFlow
    from tinnhiem_desktop.ui.flows.flow import Flow
    from tinnhiem_desktop.ui.screens.entry_screen import EntryScreen
    from tinnhiem_desktop.ui.screens.officials_screen import OfficialsScreen
    from tinnhiem_desktop.ui.screens.results_screen import ResultsScreen
    from tinnhiem_desktop.ui.screens.session_screen import SessionScreen

SESSION, OFFICIALS, ENTRY, RESULTS = range(4)
W = TypeVar("W", bound=QWidget)
F = TypeVar("F", bound="Flow")


class _Page(QWidget):
    """A tab's page: its screen is built into it the first time the page is shown, or asked
    for (then before the page is shown: it is painted built)."""

    def __init__(self, build: Callable[[QWidget], QWidget], parent: QWidget) -> None:
        super().__init__(parent)
        self._build = build
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.content: QWidget | None = None

    def built(self) -> QWidget:
        """The page's screen, built now if it was not."""
        if self.content is None:
            self.content = self._build(self)
            self._layout.addWidget(self.content)
            # Given the page's size now, before it is shown (the layout would give it a turn
            # later): a screen sizes some parts when shown (the results' checks table fits its
            # rows to the columns' widths), and is painted, and takes keys and clicks, at its
            # size from the start.
            self.content.setGeometry(self.rect())
            if self.isVisible():
                self.content.show()  # a layout shows a new child only a turn later
        return self.content

    def showEvent(self, event: QShowEvent) -> None:
        self.built()
        super().showEvent(event)


class Workspace(QTabWidget):
    """Holds the screens of one session; built anew for each session opened."""

    def __init__(
        self, controller: SessionController, prompter: Prompter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self._prompter = prompter
        self._zoom: float | None = None
        self._flows: dict[type[Flow], Flow] = {}
        self._pages = [_Page(build, self) for build in (
            self._build_session, self._build_officials, self._build_entry,
            self._build_results)]
        self.addTab(self._pages[SESSION], self.tr("1 · Phiên"))
        self.addTab(self._pages[OFFICIALS], self.tr("2 · Người được lấy phiếu")
                    if controller.session.regime.kind is Kind.POLL
                    else self.tr("2 · Người được bỏ phiếu tín nhiệm"))
        self.addTab(self._pages[ENTRY], self.tr("3 · Nhập phiếu"))
        self.addTab(self._pages[RESULTS], self.tr("4 · Kết quả"))
        self.currentChanged.connect(self._on_self_current_changed)

    def setVisible(self, visible: bool) -> None:
        """Shown the first time with the entry screen built (a file with ballots): the entry
        screen waits for its size before planning its layout. Qt shows the pages before the
        tab widget lays them out (in its own show), so the screen would be planned at a stale
        size, then again at its own."""
        built = self._pages[ENTRY].content if visible and not self.isVisible() else None
        if built is None:
            super().setVisible(visible)
            return
        entry = cast("EntryScreen", built)  # the entry page builds nothing else
        entry.hold_layout = True
        try:
            super().setVisible(visible)
        finally:
            entry.hold_layout = False
        if entry.isVisible():
            entry.relayout_if_due()

    # ------------------------------------------------------------ the screens, when first used

    def _screen(self, index: int, kind: type[W]) -> W:
        screen = self._pages[index].built()
        assert isinstance(screen, kind)
        return screen

    def is_built(self, index: int) -> bool:
        """Whether the screen ``index`` has been built (shown or asked for) yet."""
        return self._pages[index].content is not None

    @property
    def session_screen(self) -> SessionScreen:
        """Ctrl+1: the session's set-up."""
        from tinnhiem_desktop.ui.screens.session_screen import SessionScreen

        return self._screen(SESSION, SessionScreen)

    @property
    def officials_screen(self) -> OfficialsScreen:
        """Ctrl+2: the officials of each ballot type."""
        from tinnhiem_desktop.ui.screens.officials_screen import OfficialsScreen

        return self._screen(OFFICIALS, OfficialsScreen)

    @property
    def entry_screen(self) -> EntryScreen:
        """Ctrl+3: ballot entry."""
        from tinnhiem_desktop.ui.screens.entry_screen import EntryScreen

        return self._screen(ENTRY, EntryScreen)

    @property
    def results_screen(self) -> ResultsScreen:
        """Ctrl+4: the results."""
        from tinnhiem_desktop.ui.screens.results_screen import ResultsScreen

        return self._screen(RESULTS, ResultsScreen)

    def _build_session(self, parent: QWidget) -> QWidget:
        from tinnhiem_desktop.ui.screens.session_screen import SessionScreen

        return SessionScreen(self.controller, self._prompter, parent)

    def _build_officials(self, parent: QWidget) -> QWidget:
        from tinnhiem_desktop.ui.screens.officials_screen import OfficialsScreen

        return OfficialsScreen(self.controller, self._prompter, self.exports, parent)

    def _build_entry(self, parent: QWidget) -> QWidget:
        from tinnhiem_desktop.ui.screens.entry_screen import EntryScreen

        screen = EntryScreen(self.controller, self._prompter, parent)
        if self._zoom is not None:
            screen.set_zoom(self._zoom)
        return screen

    def _build_results(self, parent: QWidget) -> QWidget:
        from tinnhiem_desktop.ui.screens.results_screen import ResultsScreen

        screen = ResultsScreen(self.controller, self.closing, self.exports, parent,
                               decisions=self.decisions)
        if self._zoom is not None:
            screen.set_zoom(self._zoom)
        return screen

    # ------------------------------------------------------------ the flows, when first used

    def _flow(self, kind: type[F]) -> F:
        """The one flow of ``kind`` for this workspace, made when first asked for."""
        if kind not in self._flows:
            self._flows[kind] = kind(self.controller, self._prompter, self)
        return cast(F, self._flows[kind])

    @property
    def closing(self) -> ClosingFlow:
        """Finalising, addenda, checking the file."""
        from tinnhiem_desktop.ui.flows.closing import ClosingFlow

        return self._flow(ClosingFlow)

    @property
    def exports(self) -> ExportFlow:
        """Results and blank ballot papers to files."""
        from tinnhiem_desktop.ui.flows.exports import ExportFlow

        return self._flow(ExportFlow)

    @property
    def copies(self) -> CopiesFlow:
        """A checked copy of the file; the folder of rolling copies."""
        from tinnhiem_desktop.ui.flows.copies import CopiesFlow

        return self._flow(CopiesFlow)

    @property
    def decisions(self) -> DecisionsFlow:
        """The committee's decisions: set-aside ballots, spot-checks."""
        from tinnhiem_desktop.ui.flows.decisions import DecisionsFlow

        return self._flow(DecisionsFlow)

    @property
    def deck(self) -> DeckFlow:
        """The test deck."""
        from tinnhiem_desktop.ui.flows.deck import DeckFlow

        return self._flow(DeckFlow)

    # ------------------------------------------------------------ what the window asks

    def show_screen(self, index: int) -> None:
        """Switch to a screen and put the keyboard on its first field (the ballot for entry)."""
        self.setCurrentIndex(index)
        self._focus_first(index)

    def _focus_first(self, index: int) -> None:
        if index == ENTRY:
            self.entry_screen.focus_ballot()
        elif index == SESSION:
            self.session_screen.focus_first()
        elif index == OFFICIALS:
            self.officials_screen.focus_first()

    def may_leave(self) -> bool:
        """Nothing half-typed would be lost by closing the session now (the user is asked)."""
        return not self.is_built(ENTRY) or self.entry_screen.confirm_leave()

    def set_zoom(self, points: float) -> None:
        """Scale the screens' large type (a screen built later takes it when built)."""
        self._zoom = points
        if self.is_built(ENTRY):
            self.entry_screen.set_zoom(points)
        if self.is_built(RESULTS):
            self.results_screen.set_zoom(points)

    @Slot(int)
    def _on_self_current_changed(self, index: int) -> None:
        self._focus_first(index)
