"""A small base for the read-mostly table models: fixed columns, rows of domain objects."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole
ALIGN = Qt.ItemDataRole.TextAlignmentRole
BACKGROUND = Qt.ItemDataRole.BackgroundRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
FONT = Qt.ItemDataRole.FontRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
CENTER = int(Qt.AlignmentFlag.AlignCenter)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class RowsModel(QAbstractTableModel, Generic[R]):
    """Rows of ``R`` shown in fixed columns; subclasses give headers and :meth:`cell`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []

    def headers(self) -> list[str]:
        """Column titles (translated by the subclass)."""
        raise NotImplementedError

    def cell(self, row: R, column: int, role: int) -> Any:
        """What to show for ``row`` in ``column`` under ``role`` (None = nothing)."""
        raise NotImplementedError

    @property
    def rows(self) -> list[R]:
        """The rows shown (do not change in place: use :meth:`set_rows`)."""
        return self._rows

    def set_rows(self, rows: list[R]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def update_rows(self, rows: list[R]) -> None:
        """Replace every row; same count = in place (safe while an editor commits)."""
        if len(rows) != len(self._rows) or not rows:
            self.set_rows(rows)
            return
        self._rows = list(rows)
        self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.columnCount() - 1))

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self.cell(self._rows[index.row()], index.column(), role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = DISPLAY
    ) -> Any:
        return header_data(self.headers(), section, orientation, role)


def header_data(headers: list[str], section: int, orientation: Qt.Orientation,
                role: int) -> Any:
    """``headerData`` of a table with column titles ``headers`` and its rows numbered from 1."""
    if role != DISPLAY:
        return None
    if orientation == Qt.Orientation.Horizontal:
        return headers[section] if 0 <= section < len(headers) else None
    return section + 1
