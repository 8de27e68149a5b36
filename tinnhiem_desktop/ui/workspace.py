"""The four screens of an open session as tabs: session, officials, entry, results."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QTabWidget, QWidget

from tinnhiem_desktop.domain.regimes import Kind
from tinnhiem_desktop.ui.controller import SessionController
from tinnhiem_desktop.ui.dialogs.prompts import Prompter
from tinnhiem_desktop.ui.flows.closing import ClosingFlow
from tinnhiem_desktop.ui.flows.copies import CopiesFlow
from tinnhiem_desktop.ui.flows.decisions import DecisionsFlow
from tinnhiem_desktop.ui.flows.exports import ExportFlow
from tinnhiem_desktop.ui.screens.entry_screen import EntryScreen
from tinnhiem_desktop.ui.screens.officials_screen import OfficialsScreen
from tinnhiem_desktop.ui.screens.results_screen import ResultsScreen
from tinnhiem_desktop.ui.screens.session_screen import SessionScreen

SESSION, OFFICIALS, ENTRY, RESULTS = range(4)


class Workspace(QTabWidget):
    """Holds the screens of one session; built anew for each session opened."""

    def __init__(
        self, controller: SessionController, prompter: Prompter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.closing = ClosingFlow(controller, prompter, self)
        self.exports = ExportFlow(controller, prompter, self)
        self.copies = CopiesFlow(controller, prompter, self)
        self.decisions = DecisionsFlow(controller, prompter, self)
        self.session_screen = SessionScreen(controller, prompter, self)
        self.officials_screen = OfficialsScreen(controller, prompter, self.exports, self)
        self.entry_screen = EntryScreen(controller, prompter, self)
        self.results_screen = ResultsScreen(controller, self.closing, self.exports, self,
                                            decisions=self.decisions)
        self.addTab(self.session_screen, self.tr("1 · Phiên"))
        self.addTab(self.officials_screen, self.tr("2 · Người được lấy phiếu")
                    if controller.session.regime.kind is Kind.POLL
                    else self.tr("2 · Người được bỏ phiếu tín nhiệm"))
        self.addTab(self.entry_screen, self.tr("3 · Nhập phiếu"))
        self.addTab(self.results_screen, self.tr("4 · Kết quả"))
        self.currentChanged.connect(self._on_self_current_changed)

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
        return self.entry_screen.confirm_leave()

    def set_zoom(self, points: float) -> None:
        """Scale the screens' large type."""
        self.entry_screen.set_zoom(points)
        self.results_screen.set_zoom(points)

    @Slot(int)
    def _on_self_current_changed(self, index: int) -> None:
        self._focus_first(index)
