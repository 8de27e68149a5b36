"""The officials table of one ballot type, as printed on the minutes."""

from __future__ import annotations

from fpdf.enums import Align

from tinnhiem_desktop.domain.regimes import Band, Regime
from tinnhiem_desktop.domain.tally import BallotTypeResult, format_percent_vi
from tinnhiem_desktop.reports.document import ReportPdf
from tinnhiem_desktop.reports.grid import Grid, HeadCell


def band_short(band: Band | None) -> str:
    """``Từ 2/3`` / ``Trên 1/2``: the band in the table's narrow column; empty for none."""
    if band is None:
        return ""
    word = "Từ" if band.inclusive else "Trên"
    return f"{word} {band.numerator}/{band.denominator}"


def column_widths(regime: Regime, width: float) -> list[float]:
    """TT, name, position, valid, invalid, (count, %) per level, band: the rest to the names."""
    fixed = [7.0, 0.0, 0.0, 11.0, 11.0]
    for _ in regime.levels:
        fixed += [10.0, 12.0]
    fixed.append(14.0)
    rest = width - sum(fixed)
    fixed[1], fixed[2] = rest * 0.56, rest * 0.44
    return fixed


def results_grid(pdf: ReportPdf, regime: Regime) -> Grid:
    """The grid with its two heading rows: a level's label spans its count and % columns."""
    heading = [
        HeadCell(text, 0, col, rowspan=2)
        for col, text in enumerate(
            ("TT", "Họ và tên", "Chức vụ", "Phiếu hợp lệ", "Phiếu không hợp lệ")
        )
    ]
    col = 5
    for level in regime.levels:
        heading.append(HeadCell(level.label, 0, col, colspan=2))
        heading.append(HeadCell("Số phiếu", 1, col))
        heading.append(HeadCell("Tỷ lệ %", 1, col + 1))
        col += 2
    heading.append(HeadCell("Ngưỡng", 0, col, rowspan=2))
    aligns = [Align.C, Align.L, Align.L, Align.C, Align.C]
    aligns += [Align.C, Align.C] * len(regime.levels) + [Align.C]
    return Grid(pdf, column_widths(regime, pdf.epw), aligns, heading)


def draw_results_table(pdf: ReportPdf, regime: Regime, result: BallotTypeResult) -> None:
    """The table in ballot order; its heading repeats on every page it spans."""
    grid = results_grid(pdf, regime)
    grid.start()
    for cr in result.candidates:
        cells = [str(cr.candidate.order), cr.candidate.name, cr.candidate.title,
                 str(cr.valid), str(cr.invalid)]
        for level in regime.levels:
            cells += [str(cr.counts[level.id]), format_percent_vi(cr.percents[level.id])]
        cells.append(band_short(cr.band))
        grid.row(cells)
