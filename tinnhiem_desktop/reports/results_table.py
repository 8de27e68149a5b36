"""The officials table of one ballot type, as printed on the minutes.

A name is never split across lines: the name column is as wide as the longest name needs, and
the position column (chức vụ) takes what is left and wraps. When a name is too long for a
portrait page even in a smaller type, the minutes print their results section, and what
follows it, on landscape pages (:func:`needs_landscape`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from fpdf.enums import Align

from tinnhiem_desktop.domain.regimes import Band, Regime
from tinnhiem_desktop.domain.tally import BallotTypeResult, format_percent_vi
from tinnhiem_desktop.reports.document import FONT, ReportPdf
from tinnhiem_desktop.reports.grid import Grid, HeadCell

NO_BAND = "–"
"""The band cell of an official under every band: never blank, so nothing can be added by hand."""
SIZE = 10.0
MIN_NAME_SIZE = 8.0
PAD = 1.2
MIN_TITLE_W = 24.0
"""The narrowest position column: below it a position would wrap into too many lines."""


def band_short(band: Band | None) -> str:
    """``Từ 2/3`` / ``Trên 1/2``: the band in the table's narrow column; ``–`` for none."""
    if band is None:
        return NO_BAND
    word = "Từ" if band.inclusive else "Trên"
    return f"{word} {band.numerator}/{band.denominator}"


@dataclass(frozen=True)
class Layout:
    """Column widths, and the type size of the name column (every name on one line)."""

    widths: list[float]
    name_size: float


def _fixed(regime: Regime) -> list[float]:
    """TT, name, position, valid, invalid, (count, %) per level, band; name and position 0."""
    fixed = [7.0, 0.0, 0.0, 11.0, 11.0]
    for _ in regime.levels:
        fixed += [10.0, 12.0]
    fixed.append(14.0)
    return fixed


def column_widths(regime: Regime, width: float) -> list[float]:
    """The columns with the name and position sharing the rest (no names to measure)."""
    fixed = _fixed(regime)
    rest = width - sum(fixed)
    fixed[1], fixed[2] = rest * 0.5, rest * 0.5
    return fixed


def layout(pdf: ReportPdf, regime: Regime, names: Sequence[str], width: float) -> Layout | None:
    """Widths for ``width`` that keep every name on one line, in the table's type or, for
    long names, down to ``MIN_NAME_SIZE``; None when no such layout exists at this width."""
    widths = _fixed(regime)
    rest = width - sum(widths)
    pdf.set_font(FONT, "", SIZE)
    longest = max((pdf.get_string_width(n) for n in names), default=0.0)
    room = rest - MIN_TITLE_W - 2 * PAD
    size = SIZE
    if longest > room:
        size = int(2 * SIZE * room / longest) / 2  # half points, rounded down
        if size < MIN_NAME_SIZE:
            return None
    name_w = max(longest * size / SIZE + 2 * PAD + 0.5, rest * 0.4)
    name_w = min(name_w, rest - MIN_TITLE_W)
    widths[1], widths[2] = name_w, rest - name_w
    return Layout(widths, size)


def results_grid(pdf: ReportPdf, regime: Regime, lay: Layout | None = None) -> Grid:
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
    widths = lay.widths if lay is not None else column_widths(regime, pdf.epw)
    one_line = [False] * len(widths)
    one_line[1] = True
    sizes: list[float | None] = [None] * len(widths)
    sizes[1] = lay.name_size if lay is not None else None
    return Grid(pdf, widths, aligns, heading, size=SIZE, pad=PAD, one_line=one_line,
                sizes=sizes)


def needs_landscape(pdf: ReportPdf, regime: Regime, names: Sequence[str]) -> bool:
    """True when some name cannot stay on one line in a table across a portrait page."""
    portrait_epw = min(pdf.w, pdf.h) - pdf.l_margin - pdf.r_margin
    return layout(pdf, regime, names, portrait_epw) is None


def draw_results_table(pdf: ReportPdf, regime: Regime, result: BallotTypeResult,
                       keep_with_last: float = 0) -> None:
    """The table in ballot order; its heading repeats on every page it spans, and a row never
    splits. The last row moves to the next page unless ``keep_with_last`` mm (the sentence
    naming the base) fit under it: a table never ends on one page with its sentence alone on
    the next."""
    names = [cr.candidate.name for cr in result.candidates]
    # None: a name longer than a whole line even in landscape; it alone breaks between words.
    lay = layout(pdf, regime, names, pdf.epw) or layout_at_minimum(pdf, regime)
    grid = results_grid(pdf, regime, lay)
    grid.start()
    last = len(result.candidates) - 1
    for i, cr in enumerate(result.candidates):
        cells = [str(cr.candidate.order), cr.candidate.name, cr.candidate.title,
                 str(cr.valid), str(cr.invalid)]
        for level in regime.levels:
            cells += [str(cr.counts[level.id]), format_percent_vi(cr.percents[level.id])]
        cells.append(band_short(cr.band))
        grid.row(cells, keep_with_next=keep_with_last if i == last else 0)


def layout_at_minimum(pdf: ReportPdf, regime: Regime) -> Layout:
    """The widest name column the page allows, in the smallest name type."""
    widths = _fixed(regime)
    rest = pdf.epw - sum(widths)
    widths[1], widths[2] = rest - MIN_TITLE_W, MIN_TITLE_W
    return Layout(widths, MIN_NAME_SIZE)
