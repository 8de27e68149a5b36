"""A ruled table drawn directly on the page: fast, long text wraps inside its cell, and the
heading is drawn again at the top of every page the table continues on.

fpdf2's ``table()`` lays every cell out twice through ``multi_cell``; for 60 officials on three
ballot types that alone took most of a second, so the minutes draw their grid here instead.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
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


def wrap_words(pdf: ReportPdf, text: str, width: float) -> list[str]:
    """Word wrap that never cuts a word (a word wider than ``width`` stands alone on its line)."""
    lines: list[str] = []
    for word in text.split():
        if lines and pdf.get_string_width(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]


@dataclass(frozen=True)
class HeadCell:
    """One heading cell at (row, col), spanning ``colspan`` columns and ``rowspan`` rows."""

    text: str
    row: int
    col: int
    colspan: int = 1
    rowspan: int = 1


class Grid:
    """Columns of fixed widths. Text columns (left-aligned) wrap between words, except those
    marked ``one_line`` (names: a name is never split across lines); the other columns are one
    line, centred, shrunk to fit. A row never splits across pages: it moves whole to the next
    page, under the heading drawn again there."""

    def __init__(self, pdf: ReportPdf, widths: Sequence[float], aligns: Sequence[Align],
                 heading: Sequence[HeadCell], size: float = 10, head_size: float = 9,
                 line_h: float = 4.4, pad: float = 1.2,
                 one_line: Sequence[bool] | None = None,
                 sizes: Sequence[float | None] | None = None,
                 on_new_page: Callable[[], None] | None = None) -> None:
        self.pdf = pdf
        self.widths = list(widths)
        self.aligns = list(aligns)
        self.heading = list(heading)
        self.size = size
        self.head_size = head_size
        self.line_h = line_h
        self.pad = pad
        self.one_line = list(one_line) if one_line is not None else [False] * len(self.widths)
        self.sizes = [size if x is None else x for x in (sizes or [None] * len(self.widths))]
        self.on_new_page = on_new_page
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

    @property
    def heading_height(self) -> float:
        """Height of the heading rows."""
        return sum(self.head_heights)

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

    def _cells(self, texts: Sequence[str]) -> list[list[str]]:
        pdf = self.pdf
        cells = []
        for i, (text, w, align) in enumerate(zip(texts, self.widths, self.aligns, strict=True)):
            if align is not Align.L:
                cells.append([text])
                continue
            pdf.set_font(FONT, "", self.sizes[i])
            inner = w - 2 * self.pad
            if self.one_line[i] and pdf.get_string_width(text) <= inner:
                cells.append([text])
            elif self.one_line[i]:
                # Only a name longer than any page can hold gets here: it breaks between words,
                # never inside one.
                cells.append(wrap_words(pdf, text, inner))
            else:
                cells.append(wrap(pdf, text, inner))
        return cells

    def row_height(self, texts: Sequence[str]) -> float:
        """Height of the row ``texts`` would make."""
        return max(len(c) for c in self._cells(texts)) * self.line_h + 2 * self.pad

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
        if self.pdf.space_left() < self.heading_height + min_rows_height:
            self._new_page()
        else:
            self.draw_heading()

    def new_page(self) -> None:
        """Continue the table on a new page, under its heading (and ``on_new_page``)."""
        self._new_page()

    def _new_page(self) -> None:
        # The same orientation as the page the table started on (a wide table may be landscape).
        self.pdf.add_page(same=True)
        if self.on_new_page is not None:
            self.on_new_page()
        self.draw_heading()

    def row(self, texts: Sequence[str], keep_with_next: float = 0) -> None:
        """One body row; a row never splits: it moves whole to the next page, under the heading.
        ``keep_with_next`` mm must also fit under it (the last row keeps the sentence that
        follows the table on its page)."""
        pdf = self.pdf
        cells = self._cells(texts)
        h = max(len(c) for c in cells) * self.line_h + 2 * self.pad
        if pdf.y + h + keep_with_next > pdf.page_break_trigger:
            self._new_page()
        y = pdf.y
        pdf.set_line_width(0.2)
        for i, (lines, x, w, align) in enumerate(
            zip(cells, self.lefts, self.widths, self.aligns, strict=True)
        ):
            pdf.set_font(FONT, "", self.sizes[i])
            pdf.rect(x, y, w, h)
            if align is not Align.L:
                self._fit(lines[0], w)
            self._text_block(lines, x, y, w, h, align)
        pdf.set_y(y + h)

    def _fit(self, text: str, width: float) -> None:
        """Shrink the font until a one-line cell (a figure) fits: figures never overflow."""
        pdf = self.pdf
        size = self.size
        while size > 5 and pdf.get_string_width(text) > width - 2 * self.pad:
            size -= 0.5
            pdf.set_font_size(size)
