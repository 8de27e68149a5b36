"""The large read-back strip: the ballot just recorded, for the checker to compare with paper."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from tinnhiem_desktop.domain.model import Ballot, Candidate
from tinnhiem_desktop.domain.regimes import MULTI_MARK, NO_MARK, Level

FULL_NAMES_UP_TO = 12
"""Up to this many officials the strip names each one; beyond, it shows row: key code."""


class ReadbackStrip(QFrame):
    """Shows one recorded ballot in large type: its number and every official's mark."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readback")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#readback { background: #eef4fb; border: 2px solid #5b7fa8; }")
        self._title = QLabel(self)
        self._body = QLabel(self)
        self._body.setWordWrap(True)
        self._body.setTextFormat(Qt.TextFormat.RichText)
        self._title.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self._body)
        self.set_zoom(11.0)
        self.clear()

    def set_zoom(self, base_points: float) -> None:
        """Scale the strip's large type from the window's base size."""
        for label, factor, bold in ((self._title, 1.6, True), (self._body, 1.35, False)):
            font = label.font()
            font.setPointSizeF(base_points * factor)
            font.setBold(bold)
            label.setFont(font)

    def title_text(self) -> str:
        """The strip's headline (for tests and accessibility)."""
        return self._title.text()

    def body_text(self) -> str:
        """The strip's body as shown (rich text)."""
        return self._body.text()

    def clear(self) -> None:
        """Nothing recorded yet."""
        self._title.setText(self.tr("Chưa có phiếu nào được ghi."))
        self._body.setText("")

    def show_ballot(
        self,
        ballot: Ballot,
        candidates: Sequence[Candidate],
        levels: Sequence[Level],
        heading: str,
    ) -> None:
        """Show ``ballot`` under ``heading`` (e.g. "ĐÃ GHI")."""
        self._title.setText(
            self.tr("%1 — phiếu số %2").replace("%1", heading).replace("%2", str(ballot.number))
        )
        if ballot.invalid_reason is not None:
            self._body.setText(
                "<b>" + html.escape(self.tr("KHÔNG HỢP LỆ TOÀN BỘ")) + "</b>: "
                + html.escape(ballot.invalid_reason)
            )
            return
        labels = {lv.code: lv.label for lv in levels}
        labels[NO_MARK] = self.tr("không đánh dấu (không hợp lệ)")
        labels[MULTI_MARK] = self.tr("nhiều dấu (không hợp lệ)")
        if len(candidates) <= FULL_NAMES_UP_TO:
            cells = [
                f"{c.order}. {html.escape(c.name)}: <b>{html.escape(labels.get(m, m))}</b>"
                for c, m in zip(candidates, ballot.marks, strict=False)
            ]
            half = (len(cells) + 1) // 2 if len(cells) > 6 else len(cells)
            rows = []
            for i in range(half):
                right = cells[i + half] if i + half < len(cells) else ""
                rows.append(
                    f"<tr><td style='padding-right:32px'>{cells[i]}</td><td>{right}</td></tr>"
                )
            self._body.setText("<table>" + "".join(rows) + "</table>")
            return
        legend = " · ".join(f"{code} = {html.escape(text)}" for code, text in labels.items())
        tokens = " &nbsp; ".join(
            f"{c.order}:<b>{html.escape(m)}</b>"
            for c, m in zip(candidates, ballot.marks, strict=False)
        )
        self._body.setText(f"{tokens}<br><small>{legend}</small>")
