"""The signature block: TM. BAN KIỂM PHIẾU / TRƯỞNG BAN, and each member with a line."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from fpdf.enums import Align, XPos, YPos

from tinnhiem_desktop.domain.model import ROLE_LABELS, CommitteeMember, Role
from tinnhiem_desktop.reports.document import FONT, ReportPdf

SIGN_SPACE = 22.0
TITLE_H = 6.0
NOTE_H = 5.0
NAME_H = 6.0
ROW_GAP = 6.0
UNKNOWN_NAME = "……………………"


@dataclass(frozen=True)
class Signer:
    """One signature: its title lines and the name printed under the line."""

    titles: tuple[str, ...]
    name: str


def signers(committee: Sequence[CommitteeMember]) -> list[Signer]:
    """The chair first, signing for the committee (TM.), then every other member in order."""
    chair = next((m for m in committee if m.role is Role.CHAIR), None)
    out = [Signer(("TM. BAN KIỂM PHIẾU", "TRƯỞNG BAN"), chair.name if chair else UNKNOWN_NAME)]
    out += [Signer((ROLE_LABELS[m.role].upper(),), m.name) for m in committee if m is not chair]
    return out


def signature_rows(committee: Sequence[CommitteeMember]) -> list[list[Signer | None]]:
    """Two per row: the chair on the right of the first row, as is customary."""
    found = signers(committee)
    rows: list[list[Signer | None]] = [[found[1] if len(found) > 1 else None, found[0]]]
    rest = found[2:]
    for i in range(0, len(rest), 2):
        pair: list[Signer | None] = list(rest[i:i + 2])
        rows.append(pair + [None] * (2 - len(pair)))
    return rows


def row_height(row: Sequence[Signer | None]) -> float:
    """Height of one row of signatures, names of one line assumed."""
    titles = max(len(s.titles) for s in row if s is not None)
    return titles * TITLE_H + NOTE_H + SIGN_SPACE + NAME_H + ROW_GAP


def draw_signatures(pdf: ReportPdf, committee: Sequence[CommitteeMember]) -> None:
    """Every row is kept whole on one page; the lines of a row are level."""
    col_w = pdf.epw / 2
    for row in signature_rows(committee):
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
