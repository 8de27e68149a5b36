"""The signature block, by the convention of the body: the chair signs for the committee on the
right ("T/M BAN KIỂM PHIẾU" in a Party body, "TM. BAN KIỂM PHIẾU" in a state body, over
"TRƯỞNG BAN"), the secretary who kept the minutes beside the chair, then every other member
(Phó Trưởng ban first) two to a row, each with a line and the name printed under it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from fpdf.enums import Align, XPos, YPos

from tinnhiem_desktop.domain.model import CommitteeMember, Role
from tinnhiem_desktop.domain.regimes import Sector
from tinnhiem_desktop.domain.wording import ROLE_LABELS
from tinnhiem_desktop.reports.document import FONT, ReportPdf

SIGN_SPACE = 22.0
TITLE_H = 6.0
NOTE_H = 5.0
NAME_H = 6.0
ROW_GAP = 6.0
UNKNOWN_NAME = "……………………"
FOR_COMMITTEE = {Sector.PARTY: "T/M BAN KIỂM PHIẾU", Sector.STATE: "TM. BAN KIỂM PHIẾU"}


@dataclass(frozen=True)
class Signer:
    """One signature: its title lines and the name printed under the line."""

    titles: tuple[str, ...]
    name: str


def signature_rows(committee: Sequence[CommitteeMember],
                   sector: Sector = Sector.STATE) -> list[list[Signer | None]]:
    """Two per row. The first row: the secretary (or, without one, the next member) on the
    left, the chair signing for the committee on the right; then the Phó Trưởng ban and the
    members in the committee's order."""
    chair = next((m for m in committee if m.role is Role.CHAIR), None)
    chair_signer = Signer((FOR_COMMITTEE[sector], "TRƯỞNG BAN"),
                          chair.name if chair else UNKNOWN_NAME)
    others = [m for m in committee if m is not chair]
    rank = {Role.SECRETARY: 0, Role.VICE_CHAIR: 1}
    others.sort(key=lambda m: rank.get(m.role, 2))  # stable: the committee's order otherwise
    found = [Signer((ROLE_LABELS[m.role].upper(),), m.name) for m in others]
    rows: list[list[Signer | None]] = [[found[0] if found else None, chair_signer]]
    rest = found[1:]
    for i in range(0, len(rest), 2):
        pair: list[Signer | None] = list(rest[i:i + 2])
        rows.append(pair + [None] * (2 - len(pair)))
    return rows


def row_height(row: Sequence[Signer | None]) -> float:
    """Height of one row of signatures, names of one line assumed."""
    titles = max(len(s.titles) for s in row if s is not None)
    return titles * TITLE_H + NOTE_H + SIGN_SPACE + NAME_H + ROW_GAP


def draw_signatures(pdf: ReportPdf, committee: Sequence[CommitteeMember],
                    sector: Sector = Sector.STATE) -> None:
    """Every row is kept whole on one page; the lines of a row are level."""
    col_w = pdf.epw / 2
    for row in signature_rows(committee, sector):
        pdf.ensure_space(row_height(row))
        top = pdf.y
        titles = max(len(s.titles) for s in row if s is not None)
        line_y = top + titles * TITLE_H + NOTE_H + SIGN_SPACE
        bottom = line_y
        for col, signer in enumerate(row):
            if signer is not None:
                x = pdf.l_margin + col * col_w
                bottom = max(bottom, _signer(pdf, signer, x, col_w, top, line_y))
        pdf.set_xy(pdf.l_margin, bottom + ROW_GAP)


def _signer(pdf: ReportPdf, signer: Signer, x: float, w: float, top: float,
            line_y: float) -> float:
    pdf.set_xy(x, top)
    pdf.set_font(FONT, "B", 13)
    for title in signer.titles:
        pdf.set_x(x)
        pdf.cell(w, TITLE_H, title, align=Align.C, new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_font(FONT, "I", 11)
    pdf.set_x(x)
    pdf.cell(w, NOTE_H, "(Ký, ghi rõ họ tên)", align=Align.C, new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_draw_color(120, 120, 120)
    pdf.set_line_width(0.2)
    pdf.line(x + w * 0.15, line_y, x + w * 0.85, line_y)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_xy(x, line_y + 1)
    pdf.set_font(FONT, "B", 13)
    pdf.multi_cell(w, NAME_H, signer.name, align=Align.C, new_x=XPos.LEFT, new_y=YPos.NEXT)
    return float(pdf.y)
