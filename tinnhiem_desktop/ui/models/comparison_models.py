"""The comparison screen's two tables: the differences between passes, and one difference's
readings side by side (one column per file, one row per official, the level in words)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from tinnhiem_desktop.domain.errors import InvalidInput
from tinnhiem_desktop.domain.groups import Difference, Reading
from tinnhiem_desktop.domain.model import Candidate
from tinnhiem_desktop.domain.regimes import Regime
from tinnhiem_desktop.ui.core_texts import level_label, reason_text
from tinnhiem_desktop.ui.models.table_model import (
    ALIGN,
    BACKGROUND,
    CENTER,
    DISPLAY,
    FONT,
    TOOLTIP,
    RowsModel,
)

DIFFERS = QBrush(QColor("#fde2c8"))
DECIDED = QBrush(QColor("#e3f1e3"))


class ReadingTexts(QObject):
    """A reading in words, in the window's language."""

    def __init__(self, regime: Regime, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._regime = regime

    def mark_word(self, code: str) -> str:
        """One official's mark in words: the level ("Tín nhiệm cao"), no mark, several marks."""
        if code == "0":
            return self.tr("không đánh dấu")
        if code == "x":
            return self.tr("đánh nhiều ô")
        try:
            return level_label(self._regime.level_by_code(code))
        except InvalidInput:  # cannot come from a verified file; show it as stored
            return code

    def summary(self, reading: Reading | None) -> str:
        """A reading in one line: the marks as stored, the whole-invalid reason, or absent."""
        if reading is None:
            return self.tr("không có phiếu này")
        if reading.invalid_reason is not None:
            return self.tr("cả phiếu không hợp lệ: %1").replace(
                "%1", reason_text(reading.invalid_reason))
        return " ".join(reading.marks)

    def whole_status(self, reading: Reading | None) -> str:
        """The ballot as a whole: entered and valid, wholly invalid (why), or not in the file."""
        if reading is None:
            return self.tr("không có phiếu này")
        if reading.invalid_reason is not None:
            return self.tr("không hợp lệ: %1").replace("%1", reason_text(reading.invalid_reason))
        return self.tr("có phiếu")


def official_marks(reading: Reading | None, order: int) -> str | None:
    """The code ``reading`` holds for the official at ``order`` (1-based), None when it holds
    none (absent ballot, wholly invalid ballot)."""
    if reading is None or reading.invalid_reason is not None:
        return None
    marks = reading.marks
    return marks[order - 1] if 0 < order <= len(marks) else None


@dataclass
class DifferenceRow:
    """A difference and what the committee decided about it (None = not yet)."""

    difference: Difference
    decision: str | None = None
    where: str = ""
    """What differs, in words (filled once by the model: a header sized to its contents asks
    for every row's text several times)."""


class DifferencesModel(RowsModel[DifferenceRow]):
    """Every difference of a comparison, with its decision once made."""

    def __init__(self, candidates_of: Mapping[int, Sequence[Candidate]],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._counts = {type_id: len(c) for type_id, c in candidates_of.items()}

    def headers(self) -> list[str]:
        return [self.tr("Loại phiếu"), self.tr("Số phiếu"), self.tr("Khác ở"),
                self.tr("Quyết định")]

    def where(self, difference: Difference) -> str:
        """What differs: a ballot missing from a file, the whole ballot, or some officials."""
        readings = difference.readings
        if any(r is None for r in readings):
            return self.tr("có trong một số tệp")
        if len({r.invalid_reason for r in readings if r is not None}) > 1:
            return self.tr("cả phiếu")
        count = self._counts.get(difference.type_id, 0)
        differing = sum(1 for order in range(1, count + 1)
                        if len({official_marks(r, order) for r in readings}) > 1)
        return self.tr("dấu của %n người", "", differing)

    def set_rows(self, rows: list[DifferenceRow]) -> None:
        for row in rows:
            row.where = self.where(row.difference)
        super().set_rows(rows)

    def cell(self, row: DifferenceRow, column: int, role: int) -> Any:
        d = row.difference
        if role == DISPLAY:
            return (d.ballot_type, str(d.number), row.where,
                    row.decision or self.tr("chưa quyết định"))[column]
        if role == ALIGN and column == 1:
            return CENTER
        if role == BACKGROUND and row.decision is not None:
            return DECIDED
        return None

    def decide(self, row: int, decision: str) -> None:
        """Record what was decided for the difference at ``row`` (shown in its last column)."""
        self._rows[row].decision = decision
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def next_undecided(self, after: int) -> int | None:
        """The first undecided row after ``after`` (wrapping round), or None when all are."""
        n = len(self._rows)
        for step in range(1, n + 1):
            row = (after + step) % n
            if self._rows[row].decision is None:
                return row
        return None


@dataclass(frozen=True)
class ReadingLine:
    """One line of the side-by-side table: the whole ballot (``order`` 0) or one official."""

    order: int
    name: str
    title: str
    values: tuple[str, ...]
    differs: bool


class ReadingsModel(RowsModel[ReadingLine]):
    """One difference: a column per file, a row per official (plus the whole ballot first)."""

    def __init__(self, regime: Regime, file_names: Sequence[str],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._texts = ReadingTexts(regime, self)
        self._files = list(file_names)

    def headers(self) -> list[str]:
        # "Tệp 1 (gốc)", "Tệp 2": the names (long) are listed above the table, numbered.
        return [self.tr("STT"), self.tr("Họ và tên"), *(
            (self.tr("Tệp %1 (gốc)") if i == 0 else self.tr("Tệp %1")).replace("%1", str(i + 1))
            for i in range(len(self._files)))]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY
                   ) -> Any:
        if (role == TOOLTIP and orientation == Qt.Orientation.Horizontal
                and 2 <= section < 2 + len(self._files)):
            return self._files[section - 2]
        return super().headerData(section, orientation, role)

    def show(self, difference: Difference | None, candidates: Sequence[Candidate]) -> None:
        """Show ``difference`` (nothing when None) for the officials of its ballot type."""
        if difference is None:
            self.set_rows([])
            return
        readings = difference.readings
        whole = tuple(self._texts.whole_status(r) for r in readings)
        lines = [ReadingLine(0, self.tr("Cả phiếu"), "", whole, len(set(whole)) > 1)]
        for c in candidates:
            codes = [official_marks(r, c.order) for r in readings]
            values = tuple("—" if code is None else self._texts.mark_word(code)
                           for code in codes)
            lines.append(ReadingLine(c.order, c.name, c.title, values, len(set(codes)) > 1))
        self.set_rows(lines)

    def cell(self, row: ReadingLine, column: int, role: int) -> Any:
        if role == DISPLAY:
            if column == 0:
                return str(row.order) if row.order else ""
            if column == 1:
                return row.name
            return row.values[column - 2]
        if role == BACKGROUND and row.differs:
            return DIFFERS
        if role == FONT and row.differs:
            font = QFont()
            font.setBold(True)
            return font
        if role == TOOLTIP and column == 1 and row.title:
            return row.title
        if role == ALIGN and column == 0:
            return CENTER
        return None
