"""The officials of one ballot type, in ballot order (editable until the list is locked)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from tinnhiem_desktop.domain.errors import UserFacingError
from tinnhiem_desktop.domain.model import Candidate
from tinnhiem_desktop.ui.core_texts import error_text
from tinnhiem_desktop.ui.models.table_model import ALIGN, CENTER, DISPLAY, EDIT, Index, RowsModel

Saver = Callable[[list[tuple[str, str]]], None]


class OfficialsModel(RowsModel[Candidate]):
    """Order, name and position. Each edit replaces the whole list through ``saver``.

    With no ``saver`` the model is read-only (used for the import preview).
    """

    refused = Signal(str)

    def __init__(self, saver: Saver | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._saver = saver
        self.locked = False

    def headers(self) -> list[str]:
        return [self.tr("TT"), self.tr("Họ và tên"), self.tr("Chức vụ")]

    def pairs(self) -> list[tuple[str, str]]:
        """The list as (name, position) in order."""
        return [(c.name, c.title) for c in self._rows]

    def cell(self, row: Candidate, column: int, role: int) -> Any:
        if role in (DISPLAY, EDIT):
            return [str(row.order), row.name, row.title][column]
        if role == ALIGN and column == 0:
            return CENTER
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = super().flags(index)
        if self._saver is not None and not self.locked and index.column() > 0:
            return flags | Qt.ItemFlag.ItemIsEditable
        return flags

    def save(self, pairs: list[tuple[str, str]]) -> bool:
        """Replace the list; a refusal is emitted through ``refused`` and changes nothing."""
        if self._saver is None:
            return False
        try:
            self._saver(pairs)
        except UserFacingError as exc:
            self.refused.emit(error_text(exc))
            return False
        return True

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if role != EDIT or not index.isValid() or index.column() == 0:
            return False
        pairs = self.pairs()
        name, position = pairs[index.row()]
        pairs[index.row()] = (str(value), position) if index.column() == 1 else (name, str(value))
        return self.save(pairs)
