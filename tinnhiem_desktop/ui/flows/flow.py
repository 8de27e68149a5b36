"""Base of the menu-and-button flows (closing, exports): ask through the Prompter, act through
the controller, report; the menu action and the screen's button call the same flow."""

from __future__ import annotations

from PySide6.QtCore import QObject

from tinnhiem_desktop.ui.controller import SessionController
from tinnhiem_desktop.ui.dialogs.prompts import Prompter


class Flow(QObject):
    """Holds what every flow needs: the session controller and the prompter."""

    def __init__(
        self, controller: SessionController, prompter: Prompter, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._prompter = prompter
