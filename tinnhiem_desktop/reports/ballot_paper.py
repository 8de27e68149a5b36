"""Blank ballot papers, one form per ballot type, from the same list the recorder uses."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from fpdf.enums import Align

from tinnhiem_desktop.atomic_write import write_atomic
from tinnhiem_desktop.domain.errors import InvalidInput
from tinnhiem_desktop.domain.messages import render
from tinnhiem_desktop.domain.model import BallotType, Candidate, SessionInfo, subtitle
from tinnhiem_desktop.domain.regimes import Kind, Regime
from tinnhiem_desktop.reports.document import BODY_SIZE, ReportPdf, draw_header
from tinnhiem_desktop.reports.grid import Grid, HeadCell

TITLES = {Kind.POLL: "PHIẾU LẤY PHIẾU TÍN NHIỆM", Kind.VOTE: "PHIẾU BỎ PHIẾU TÍN NHIỆM"}
INSTRUCTION = (
    "Ghi chú: Đối với mỗi người, chỉ đánh dấu (X) vào một ô tương ứng với mức tín nhiệm "
    "của mình. Phiếu không đánh dấu hoặc đánh dấu vào từ hai ô trở lên ở một người thì "
    "không hợp lệ đối với người đó."
)


def ballot_grid(pdf: ReportPdf, regime: Regime) -> Grid:
    """No. | full name | position | one empty box column per level, in ballot order."""
    box = 22.0 if len(regime.levels) == 3 else 28.0
    rest = pdf.epw - 10 - box * len(regime.levels)
    widths = [10.0, rest * 0.5, rest * 0.5] + [box] * len(regime.levels)
    heading = [HeadCell("TT", 0, 0), HeadCell("Họ và tên", 0, 1), HeadCell("Chức vụ", 0, 2)]
    heading += [HeadCell(level.label, 0, 3 + i) for i, level in enumerate(regime.levels)]
    aligns = [Align.C, Align.L, Align.L] + [Align.C] * len(regime.levels)
    return Grid(pdf, widths, aligns, heading, size=12, head_size=11, line_h=5.6, pad=2.4)


def render_ballot_papers(
    regime: Regime,
    info: SessionInfo,
    forms: Sequence[tuple[BallotType, Sequence[Candidate]]],
    path: Path | str | None = None,
) -> bytes:
    """One blank ballot per ballot type (each starts a page); also written to ``path``."""
    if not forms:
        raise InvalidInput("Không có loại phiếu nào để in.")
    empty = [bt.name for bt, candidates in forms if not candidates]
    if empty:
        person = render(f"kind.{regime.kind.value}.person")
        raise InvalidInput(
            f"Loại phiếu “{empty[0]}” chưa có {person}: nhập danh sách trước khi in."
        )
    pdf = ReportPdf(fingerprint=None, trial=info.trial, title=TITLES[regime.kind])
    for ballot_type, candidates in forms:
        pdf.add_page()
        draw_header(pdf, regime, info)
        pdf.para(TITLES[regime.kind], "B", 15, Align.C, h=7.5)
        pdf.para(subtitle(regime, info), "B", 13, Align.C)
        if len(forms) > 1:
            pdf.para(f"({ballot_type.name})", "I", BODY_SIZE, Align.C)
        if info.title:
            pdf.para(info.title, "", BODY_SIZE, Align.C)
        pdf.ln(3)
        grid = ballot_grid(pdf, regime)
        grid.start()
        for candidate in candidates:
            grid.row([str(candidate.order), candidate.name, candidate.title]
                     + [""] * len(regime.levels))
        pdf.ln(3)
        pdf.para(INSTRUCTION, "I", 11, h=5.2)
    data = bytes(pdf.output())
    if path is not None:
        write_atomic(path, data)
    return data
