"""Opening a session file from the window: for writing with rolling copies, else for viewing.

Every refusal is the service's Vietnamese message; only a file that cannot be written (read-only
file or folder) is offered again for viewing, which needs no write access and no lock.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from tinnhiem_desktop.domain.errors import FileNotWritable, UserFacingError
from tinnhiem_desktop.services.session import Session
from tinnhiem_desktop.ui.dialogs.prompts import Prompter


def same_file(a: Path, b: Path) -> bool:
    """Both paths name one file."""
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return False


class SessionOpener(QObject):
    """Opens a file as the app does; returns ``None`` after telling the user why not."""

    def __init__(self, prompter: Prompter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._prompter = prompter

    def open(self, parent: QWidget | None, path: Path) -> Session | None:
        """For writing (rolling copies on); if the file cannot be written, offer viewing."""
        try:
            return Session.open(Path(path), rolling_backup=True)
        except FileNotWritable as exc:
            question = exc.message + "\n\n" + self.tr(
                "Mở tệp ở chế độ chỉ xem? Xem kết quả và in biên bản được; không nhập phiếu, "
                "không sửa được gì.")
            if not self._prompter.confirm(parent, self.tr("Mở ở chế độ chỉ xem"), question):
                return None
            return self._prompter.attempt(parent, lambda: Session.open_to_view(Path(path)))
        except UserFacingError as exc:
            self._prompter.error(parent, exc.message)
            return None
