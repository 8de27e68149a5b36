"""A ruled table drawn directly on the page: fast, long text wraps inside its cell, and the
heading is drawn again at the top of every page the table continues on.

fpdf2's ``table()`` lays every cell out twice through ``multi_cell``; for 60 officials on three
ballot types that alone took most of a second, so the minutes draw their grid here instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from fpdf.enums import Align

from tinnhiem_desktop.reports.document import FONT, ReportPdf

PT_TO_MM = 25.4 / 72


def wrap(pdf: ReportPdf, text: str, width: float) -> list[str]:
    """Greedy word wrap in the current font; a word wider than ``width`` is cut between letters.

    Measuring whole words is far cheaper than fpdf2's letter-by-letter line breaker.
    """
    if pdf.get_string_width(text) <= width:
        return [text]
    space = pdf.get_string_width(" ")
    lines: list[str] = []
    line, line_w = "", 0.0
    for word in text.split():
        word_w = pdf.get_string_width(word)
        if word_w > width:
            if line:
                lines.append(line)
            line = ""
            for ch in word:
                if line and pdf.get_string_width(line + ch) > width:
                    lines.append(line)
                    line = ch
                else:
                    line += ch
            line_w = pdf.get_string_width(line)
        elif not line:
            line, line_w = word, word_w
        elif line_w + space + word_w <= width:
            line, line_w = f"{line} {word}", line_w + space + word_w
        else:
            lines.append(line)
            line, line_w = word, word_w
    lines.append(line)
    return lines


@dataclass(frozen=True)
class HeadCell:
    """One heading cell at (row, col), spanning ``colspan`` columns and ``rowspan`` rows."""

    text: str
    row: int
    col: int
    colspan: int = 1
    rowspan: int = 1


class Grid:
    """Columns of fixed widths; text columns wrap, the others are one line, centred."""

    def __init__(self, pdf: ReportPdf, widths: Sequence[float], aligns: Sequence[Align],
                 heading: Sequence[HeadCell], size: float = 10, head_size: float = 9,
                 line_h: float = 4.4, pad: float = 1.2) -> None:
        self.pdf = pdf
        self.widths = list(widths)
        self.aligns = list(aligns)
        self.heading = list(heading)
        self.size = size
        self.head_size = head_size
        self.line_h = line_h
        self.pad = pad
        self.x0 = pdf.l_margin
        self.lefts = [self.x0 + sum(self.widths[:i]) for i in range(len(self.widths))]
        self.head_rows = 1 + max((c.row + c.rowspan - 1 for c in heading), default=0)
        self.head_heights = self._head_heights()

    # ------------------------------------------------------------ measuring

    def _span_width(self, col: int, colspan: int) -> float:
        return sum(self.widths[col:col + colspan])

    def lines(self, text: str, width: float, style: str = "") -> list[str]:
        """``text`` broken into the lines that fit ``width`` (inner width, padding removed)."""
        pdf = self.pdf
        pdf.set_font(FONT, style, self.size if style == "" else self.head_size)
        return wrap(pdf, text, width - 2 * self.pad)

    def _head_heights(self) -> list[float]:
        heights = [0.0] * self.head_rows
        for cell in (c for c in self.heading if c.rowspan == 1):
            n = len(self.lines(cell.text, self._span_width(cell.col, cell.colspan), "B"))
            heights[cell.row] = max(heights[cell.row], n * self.line_h + 2 * self.pad)
        for cell in (c for c in self.heading if c.rowspan > 1):
            n = len(self.lines(cell.text, self._span_width(cell.col, cell.colspan), "B"))
            need = n * self.line_h + 2 * self.pad
            have = sum(heights[cell.row:cell.row + cell.rowspan])
            if need > have:
                heights[cell.row] += need - have
        return heights

    # ------------------------------------------------------------ drawing

    def _text_block(self, lines: Sequence[str], x: float, y: float, w: float, h: float,
                    align: Align) -> None:
        pdf = self.pdf
        block = len(lines) * self.line_h
        top = y + (h - block) / 2
        ascent = pdf.font_size_pt * PT_TO_MM * 0.35
        for i, line in enumerate(lines):
            base = top + i * self.line_h + self.line_h / 2 + ascent
            left = align is Align.L
            tx = x + self.pad if left else x + (w - pdf.get_string_width(line)) / 2
            pdf.text(tx, base, line)

    def draw_heading(self) -> None:
        """The heading rows at the cursor, shaded, bold."""
        pdf = self.pdf
        y0 = pdf.y
        pdf.set_fill_color(235, 235, 235)
        pdf.set_line_width(0.2)
        for cell in self.heading:
            x = self.lefts[cell.col]
            w = self._span_width(cell.col, cell.colspan)
            y = y0 + sum(self.head_heights[:cell.row])
            h = sum(self.head_heights[cell.row:cell.row + cell.rowspan])
            pdf.rect(x, y, w, h, style="DF")
            lines = self.lines(cell.text, w, "B")
            pdf.set_font(FONT, "B", self.head_size)
            self._text_block(lines, x, y, w, h, Align.C)
        pdf.set_y(y0 + sum(self.head_heights))

    def start(self, min_rows_height: float = 12) -> None:
        """Start the table here, or on a new page when the heading and a row would not fit."""
        self.pdf.ensure_space(sum(self.head_heights) + min_rows_height)
        self.draw_heading()

    def row(self, texts: Sequence[str]) -> None:
        """One body row; a row never splits: it moves whole to the next page, under the heading."""
        pdf = self.pdf
        cells = [
            self.lines(text, w) if align is Align.L else [text]
            for text, w, align in zip(texts, self.widths, self.aligns, strict=True)
        ]
        h = max(len(c) for c in cells) * self.line_h + 2 * self.pad
        if pdf.y + h > pdf.page_break_trigger:
            pdf.add_page()
            self.draw_heading()
        y = pdf.y
        pdf.set_font(FONT, "", self.size)
        pdf.set_line_width(0.2)
        for lines, x, w, align in zip(cells, self.lefts, self.widths, self.aligns, strict=True):
            pdf.rect(x, y, w, h)
            if align is not Align.L:
                self._fit(lines[0], w)
            self._text_block(lines, x, y, w, h, align)
            pdf.set_font_size(self.size)
        pdf.set_y(y + h)

    def _fit(self, text: str, width: float) -> None:
        """Shrink the font until a one-line cell (a figure) fits: figures never overflow."""
        pdf = self.pdf
        size = self.size
        while size > 5 and pdf.get_string_width(text) > width - 2 * self.pad:
            size -= 0.5
            pdf.set_font_size(size)
