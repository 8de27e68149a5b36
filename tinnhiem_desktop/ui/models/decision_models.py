"""The two tables of the committee's decisions: ballots set aside and still undecided, and the
numbers of a spot-check with what the committee found for each."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QBrush, QColor

from tinnhiem_desktop.domain.decisions import SetAside, SpotCheckResult
from tinnhiem_desktop.domain.model import Ballot
from tinnhiem_desktop.ui.core_texts import reason_text
from tinnhiem_desktop.ui.models.table_model import ALIGN, CENTER, DISPLAY, FOREGROUND, RowsModel
from tinnhiem_desktop.ui.time_text import when_text

DIFFERENCE_TEXT = QColor("#a00000")


class HeldModel(RowsModel[SetAside]):
    """Ballots set aside for the committee and not decided yet, in order."""

    def __init__(self, type_names: dict[int, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names = type_names

    def headers(self) -> list[str]:
        return [self.tr("Số phiếu"), self.tr("Loại phiếu"), self.tr("Lúc để riêng"),
                self.tr("Ghi chú")]

    def cell(self, row: SetAside, column: int, role: int) -> Any:
        if role == DISPLAY:
            return (str(row.number), self._names.get(row.ballot_type_id, ""),
                    when_text(row.at), row.note)[column]
        if role == ALIGN and column == 0:
            return CENTER
        return None


@dataclass(frozen=True)
class DrawnRow:
    """One drawn number: the ballot recorded under it now, and what the committee found."""

    number: int
    ballot: Ballot | None
    result: SpotCheckResult | None


class DrawnModel(RowsModel[DrawnRow]):
    """The numbers of one draw, each with its record (to read against the paper) and finding."""

    def headers(self) -> list[str]:
        return [self.tr("Số phiếu"), self.tr("Bản ghi (các dấu)"), self.tr("Đối chiếu")]

    def finding(self, row: DrawnRow) -> str:
        """"khớp", the difference noted, or not compared yet."""
        if row.result is None:
            return self.tr("chưa đối chiếu")
        if row.result.matches:
            return self.tr("khớp")
        return self.tr("khác: %1").replace("%1", row.result.note)

    def cell(self, row: DrawnRow, column: int, role: int) -> Any:
        if role == DISPLAY:
            if column == 0:
                return str(row.number)
            if column == 1:
                if row.ballot is None:
                    return self.tr("(không còn phiếu có hiệu lực số này)")
                if row.ballot.invalid_reason is not None:
                    return self.tr("Không hợp lệ toàn bộ: %1").replace(
                        "%1", reason_text(row.ballot.invalid_reason))
                return " ".join(row.ballot.marks)
            return self.finding(row)
        if role == ALIGN and column == 0:
            return CENTER
        if role == FOREGROUND and column == 2 and row.result is not None \
                and not row.result.matches:
            return QBrush(DIFFERENCE_TEXT)
        return None
