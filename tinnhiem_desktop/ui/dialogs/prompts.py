"""Modal questions and messages, in one place so every screen asks the same way.

The static Qt dialogs are used on purpose: tests replace them with monkeypatch.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, QSize
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from tinnhiem_desktop.ui.geometry import GeometryMemory

if TYPE_CHECKING:  # the dialogs are imported when first shown, not at start-up
    from PySide6.QtWidgets import QDialog

    from tinnhiem_desktop.domain.results import SessionResults
    from tinnhiem_desktop.ui.dialogs.finalise_dialog import FinaliseAnswer

T = TypeVar("T")


class Prompter(QObject):
    """Shows messages and asks questions; returns ``None`` when the user cancels.

    Every dialog of ours opens through :meth:`place`: inside the screen, where it was last
    (``memory`` remembers; without one, dialogs still open on the screen).
    """

    def __init__(self, parent: QObject | None = None, memory: GeometryMemory | None = None
                 ) -> None:
        super().__init__(parent)
        self.memory = memory or GeometryMemory()

    def place(self, dialog: QDialog, key: str, preferred: QSize) -> None:
        """Size and position ``dialog`` for this screen; remember it when it closes."""
        self.memory.place_dialog(dialog, key, preferred)

    def error(self, parent: QWidget | None, message: str) -> None:
        """A polite refusal: what happened and what to do (the service's Vietnamese text)."""
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(parent, self.tr("Không thực hiện được"), message)

    def inform(self, parent: QWidget | None, title: str, message: str) -> None:
        """A plain message."""
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(parent, title, message)

    def confirm(self, parent: QWidget | None, title: str, question: str) -> bool:
        """Yes/No, with No as the default so a stray Enter never destroys anything."""
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            parent,
            title,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def text(self, parent: QWidget | None, title: str, label: str, default: str = "",
             allow_empty: bool = False) -> str | None:
        """One line of text; ``None`` when cancelled or (unless ``allow_empty``) left empty."""
        from PySide6.QtWidgets import QInputDialog

        value, ok = QInputDialog.getText(parent, title, label, text=default)
        value = value.strip()
        return value if ok and (value or allow_empty) else None

    def note(self, parent: QWidget | None, title: str, label: str) -> str | None:
        """A short note in a small box of its own: type, Enter; Esc cancels (``None``). What
        was typed is returned even when empty: the service says what is missing."""
        from PySide6.QtWidgets import QDialog, QInputDialog

        dialog = QInputDialog(parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        dialog.setObjectName("noteDialog")
        self.place(dialog, "note", QSize(560, 170))
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.textValue().strip()
        finally:
            dialog.deleteLater()

    def choice(
        self, parent: QWidget | None, title: str, label: str, items: Sequence[str],
        editable: bool = False,
    ) -> str | None:
        """One of ``items`` (or typed text when ``editable``); ``None`` when cancelled."""
        from PySide6.QtWidgets import QInputDialog

        value, ok = QInputDialog.getItem(parent, title, label, list(items), 0, editable)
        value = value.strip()
        return value if ok and value else None

    def finalise(
        self, parent: QWidget | None, results: SessionResults, default_by: str
    ) -> FinaliseAnswer | None:
        """The finalise dialog: refuses (``None``) while blocking checks stand, else the answers."""
        from PySide6.QtWidgets import QDialog

        from tinnhiem_desktop.ui.dialogs.finalise_dialog import FinaliseDialog

        dialog = FinaliseDialog(results, default_by, parent)
        self.place(dialog, "finalise", QSize(760, 560))
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.refused:
                return None
            return dialog.answer()
        finally:
            dialog.deleteLater()

    def addendum(
        self, parent: QWidget | None, number: int, finalised_text: str, default_by: str
    ) -> tuple[str, str] | None:
        """An addendum's (text, by); ``None`` when cancelled."""
        from PySide6.QtWidgets import QDialog

        from tinnhiem_desktop.ui.dialogs.finalise_dialog import AddendumDialog

        dialog = AddendumDialog(number, finalised_text, default_by, parent)
        self.place(dialog, "addendum", QSize(640, 380))
        try:
            return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def save_path(
        self, parent: QWidget | None, title: str, default: str, filters: Sequence[str]
    ) -> tuple[Path, str] | None:
        """Where to write a file, and the filter chosen; ``None`` when cancelled."""
        from PySide6.QtWidgets import QFileDialog

        path, chosen = QFileDialog.getSaveFileName(parent, title, default, ";;".join(filters))
        return (Path(path), chosen) if path else None

    def open_path(self, parent: QWidget | None, title: str, file_filter: str) -> Path | None:
        """An existing file to read; ``None`` when cancelled."""
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(parent, title, "", file_filter)
        return Path(path) if path else None

    def open_paths(
        self, parent: QWidget | None, title: str, filters: Sequence[str]
    ) -> list[Path]:
        """Existing files to read (several may be chosen); empty when cancelled."""
        from PySide6.QtWidgets import QFileDialog

        paths, _chosen = QFileDialog.getOpenFileNames(parent, title, "", ";;".join(filters))
        return [Path(p) for p in paths]

    def group_copy(
        self, parent: QWidget | None, source: Path, filters: Sequence[str]
    ) -> tuple[str, int | None, Path] | None:
        """A counting group's label, the ballots handed to it (optional) and its new file;
        ``None`` when cancelled."""

        def ask(dialog: QWidget, current: str) -> Path | None:
            answer = self.save_path(dialog, self.tr("Lưu tệp của tổ"), current, filters)
            return None if answer is None else answer[0]

        from PySide6.QtWidgets import QDialog

        from tinnhiem_desktop.ui.dialogs.group_copy import GroupCopyDialog

        dialog = GroupCopyDialog(source, ask, parent)
        self.place(dialog, "group_copy", QSize(640, 320))
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.path is None:
                return None
            return dialog.label, dialog.ballots, dialog.path
        finally:
            dialog.deleteLater()

    def show_folder(self, folder: Path) -> bool:
        """Open ``folder`` in the system's file manager."""
        from PySide6.QtCore import QUrl  # its enums are built when first named

        return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))

    def open_file(self, path: Path) -> bool:
        """Open ``path`` in the system's program for it; False when there is none."""
        from PySide6.QtCore import QUrl

        return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))

    def attempt(self, parent: QWidget | None, action: Callable[[], T]) -> T | None:
        """Run ``action``; a user-facing error is shown and ``None`` returned (nothing changed)."""
        # Here, not at the top: the window's first frame needs the prompter, not the core.
        from tinnhiem_desktop.domain.errors import UserFacingError
        from tinnhiem_desktop.ui.core_texts import error_text

        try:
            return action()
        except UserFacingError as exc:
            self.error(parent, error_text(exc))
            return None
