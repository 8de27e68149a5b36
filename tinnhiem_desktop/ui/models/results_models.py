"""Table models of the results screen: one ballot type's figures, the checks, the addenda."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QBrush, QColor

from tinnhiem_desktop.domain.checks import Check, CheckKind
from tinnhiem_desktop.domain.model import Addendum
from tinnhiem_desktop.domain.regimes import Level
from tinnhiem_desktop.domain.tally import BallotTypeResult, CandidateResult, format_percent_vi
from tinnhiem_desktop.ui.core_texts import (
    band_basis,
    band_label,
    band_wording,
    check_text,
    level_label,
)
from tinnhiem_desktop.ui.models.table_model import (
    ALIGN,
    BACKGROUND,
    CENTER,
    DISPLAY,
    FOREGROUND,
    RIGHT,
    TOOLTIP,
    RowsModel,
)
from tinnhiem_desktop.ui.time_text import when_text

BAND_COLOURS = {
    "two_thirds": (QColor("#f4c7c3"), QColor("#7a0d0d")),
    "over_half": (QColor("#fde3b5"), QColor("#6b4200")),
}
BLOCKING_COLOURS = (QColor("#f4c7c3"), QColor("#7a0d0d"))
WARNING_COLOURS = (QColor("#fde3b5"), QColor("#6b4200"))


class ResultsModel(RowsModel[CandidateResult]):
    """Officials of one ballot type: valid, invalid, each level's count and %, the band.

    Every figure is read from the :class:`BallotTypeResult` built by the core; nothing is computed
    here but the text of a figure.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._levels: list[Level] = []
        self._headers: list[str] | None = None

    def set_result(self, result: BallotTypeResult | None, levels: list[Level]) -> None:
        """Show ``result`` (``None`` = empty)."""
        rows = list(result.candidates) if result is not None else []
        if levels == self._levels and len(rows) == len(self._rows):
            self.update_rows(rows)  # figures changed, shape did not: no reset, no re-layout
            return
        self.beginResetModel()
        self._levels = list(levels)
        self._headers = None
        self._rows = rows
        self.endResetModel()

    def headers(self) -> list[str]:
        # Asked on every columnCount (hundreds of times per refresh): built once per shape.
        if self._headers is None:
            self._headers = self._build_headers()
        return self._headers

    def _build_headers(self) -> list[str]:
        out = [self.tr("TT"), self.tr("Họ và tên"), self.tr("Chức vụ"),
               self.tr("Hợp lệ"), self.tr("Không\nhợp lệ")]
        for level in self._levels:
            out += [level_label(level), "%"]
        out.append(self.tr("Ngưỡng"))
        return out

    def cell(self, row: CandidateResult, column: int, role: int) -> Any:
        n_fixed = 5
        band_col = n_fixed + 2 * len(self._levels)
        if role == DISPLAY:
            if column == 0:
                return str(row.candidate.order)
            if column == 1:
                return row.candidate.name
            if column == 2:
                return row.candidate.title
            if column == 3:
                return str(row.valid)
            if column == 4:
                return str(row.invalid)
            if column < band_col:
                level = self._levels[(column - n_fixed) // 2]
                if (column - n_fixed) % 2 == 0:
                    return str(row.counts[level.id])
                return f"{format_percent_vi(row.percents[level.id])} %"
            return band_label(row.band) if row.band is not None else "—"
        if role == ALIGN:
            if column == 0 or column == band_col:
                return CENTER
            if column >= 3:
                return RIGHT
        if column == band_col and row.band is not None:
            colours = BAND_COLOURS.get(row.band.id)
            if colours and role == BACKGROUND:
                return QBrush(colours[0])
            if colours and role == FOREGROUND:
                return QBrush(colours[1])
            if role == TOOLTIP:
                return f"{band_wording(row.band)}\n({band_basis(row.band)})"
        if column == 4 and role == TOOLTIP:
            return self.tr("Không đánh dấu: %1 · Nhiều dấu: %2 · Cả phiếu không hợp lệ: %3") \
                .replace("%1", str(row.no_mark)).replace("%2", str(row.multi_mark)) \
                .replace("%3", str(row.whole_invalid))
        return None


class ChecksModel(RowsModel[Check]):
    """The checks that stand: blocking ones first, then warnings; once finalised, a third
    column gives the explanation each accepted warning was finalised with."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._explanations: dict[str, str] = {}

    def headers(self) -> list[str]:
        out = [self.tr("Loại"), self.tr("Nội dung")]
        return [*out, self.tr("Giải trình khi chốt")] if self._explanations else out

    def set_checks(
        self, checks: tuple[Check, ...], explanations: dict[str, str] | None = None
    ) -> None:
        """Show ``checks`` (blocking first), with the accepted explanations by code."""
        self.beginResetModel()
        self._explanations = dict(explanations or {})
        self._rows = sorted(checks, key=lambda c: c.kind is not CheckKind.BLOCKING)
        self.endResetModel()

    def cell(self, row: Check, column: int, role: int) -> Any:
        blocking = row.kind is CheckKind.BLOCKING
        if role == DISPLAY:
            if column == 0:
                if row.code.value in self._explanations:
                    return self.tr("Đã chấp nhận")
                return self.tr("CHẶN chốt") if blocking else self.tr("Cảnh báo")
            if column == 2:
                return self._explanations.get(row.code.value, "")
            return check_text(row)
        if column == 0:
            colours = BLOCKING_COLOURS if blocking else WARNING_COLOURS
            if role == BACKGROUND:
                return QBrush(colours[0])
            if role == FOREGROUND:
                return QBrush(colours[1])
        return None


class AddendaModel(RowsModel[Addendum]):
    """The addenda (đính chính) recorded after finalising, in number order."""

    def headers(self) -> list[str]:
        return [self.tr("Số"), self.tr("Nội dung"), self.tr("Người lập"), self.tr("Lúc")]

    def cell(self, row: Addendum, column: int, role: int) -> Any:
        if role == DISPLAY:
            return (str(row.number), row.text, row.by, when_text(row.at))[column]
        if role == ALIGN and column == 0:
            return CENTER
        if role == TOOLTIP and column == 1:
            return row.text
        return None
