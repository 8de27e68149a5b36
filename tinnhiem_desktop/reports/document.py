"""The A4 document every printout shares: bundled serif fonts, margins, footer, trial mark."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from fpdf import FPDF
from fpdf.enums import Align, MethodReturnValue, XPos, YPos

from tinnhiem_desktop.domain.fingerprint import group_hex
from tinnhiem_desktop.domain.model import SessionInfo
from tinnhiem_desktop.domain.regimes import Regime, Sector
from tinnhiem_desktop.reports.vn_text import date_line
from tinnhiem_desktop.resources import resource

FONT = "LiberationSerif"
FONT_FILES = {
    "": "LiberationSerif-Regular.ttf",
    "B": "LiberationSerif-Bold.ttf",
    "I": "LiberationSerif-Italic.ttf",
    "BI": "LiberationSerif-BoldItalic.ttf",
}
BODY_SIZE = 13
LINE_H = 6.2
TRIAL_MARK = "THỬ NGHIỆM"
DRAFT_MARK = "KẾT QUẢ CHƯA CHỐT"
NB_ALIAS = "{nb}"

# Vietnamese administrative layout (Nghị định 30/2020): wider left margin for binding.
MARGIN_LEFT, MARGIN_TOP, MARGIN_RIGHT, MARGIN_BOTTOM = 25.0, 15.0, 15.0, 18.0


class ReportPdf(FPDF):
    """An A4 portrait document in the bundled serif, with ``Trang x/y`` and an optional
    fingerprint on every page, a ``THỬ NGHIỆM`` mark on every page of a trial session and a
    ``KẾT QUẢ CHƯA CHỐT`` mark on every page of minutes printed before finalising (``draft``):
    a page that goes astray from the stack still says what it is."""

    def __init__(self, *, fingerprint: str | None, trial: bool, title: str,
                 draft: bool = False) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.fingerprint = fingerprint
        self.trial = trial
        self.draft = draft
        for style, name in FONT_FILES.items():
            # Only the bundled font: a system font would change the look from one PC to the next.
            self.add_font(FONT, style, str(resource("fonts", name)))
        self.set_margins(MARGIN_LEFT, MARGIN_TOP, MARGIN_RIGHT)
        self.set_auto_page_break(True, margin=MARGIN_BOTTOM)
        self.alias_nb_pages(NB_ALIAS)
        self.set_title(title)
        self.set_lang("vi")
        self.set_creator("Tín Nhiệm Desktop")
        self.set_font(FONT, "", BODY_SIZE)

    # ------------------------------------------------------------ every page

    def header(self) -> None:
        """The marks above the top margin: ``KẾT QUẢ CHƯA CHỐT`` (boxed, left) for a draft; for a
        trial, a large pale diagonal text under the content and a red tag (right)."""
        if not (self.trial or self.draft):
            return
        saved = (self.x, self.y)
        if self.trial:
            self.set_font(FONT, "B", 80)
            self.set_text_color(238, 205, 205)
            width = self.get_string_width(TRIAL_MARK)
            cx, cy = self.w / 2, self.h / 2
            with self.rotation(45, cx, cy):
                self.text(cx - width / 2, cy + 10, TRIAL_MARK)
        self.set_font(FONT, "B", 10)
        self.set_text_color(200, 0, 0)
        if self.draft:
            self.set_draw_color(200, 0, 0)
            self.set_xy(self.l_margin, 6)
            self.cell(self.get_string_width(DRAFT_MARK) + 4, 6, DRAFT_MARK, border=1,
                      align=Align.C)
            self.set_draw_color(0, 0, 0)
        if self.trial:
            self.set_xy(self.l_margin, 6.5)
            self.cell(self.epw, 5, f"{TRIAL_MARK} — không có giá trị chính thức", align=Align.R)
        self.set_text_color(0, 0, 0)
        self.set_font(FONT, "", BODY_SIZE)
        self.set_xy(*saved)

    def footer(self) -> None:
        """``Trang x/y`` and, for the minutes, the session fingerprint in groups of four."""
        self.set_y(-13)
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.y, self.w - self.r_margin, self.y)
        self.set_draw_color(0, 0, 0)
        self.set_y(-12)
        self.set_font(FONT, "", 8)
        page = f"Trang {self.page_no()}/{NB_ALIAS}"
        if self.fingerprint:
            self.cell(self.epw - 22, 4, f"Dấu vân tay phiên: {group_hex(self.fingerprint)}")
            self.cell(22, 4, page, align=Align.R)
        else:
            self.cell(self.epw, 4, page, align=Align.R)

    # ------------------------------------------------------------ helpers

    def para(self, text: str, style: str = "", size: float = BODY_SIZE,
             align: Align | str = Align.J, h: float = LINE_H, indent: float = 0) -> None:
        """A wrapped paragraph across the text width, then the cursor on the next line.

        A paragraph is never split across pages: one that does not fit in what is left of the
        page starts the next one (a quotation or an explanation read half on one sheet and half
        on the next is easily misread). Only a paragraph taller than a whole page is split.
        """
        height = self.para_height(text, style, size, h, indent)
        if height <= self.page_break_trigger - self.t_margin:
            self.ensure_space(height)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.epw - indent, h, text, align=align,
                        new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def para_height(self, text: str, style: str = "", size: float = BODY_SIZE,
                    h: float = LINE_H, indent: float = 0) -> float:
        """The height :meth:`para` would take for ``text``."""
        self.set_font(FONT, style, size)
        lines = self.multi_cell(self.epw - indent, h, text, dry_run=True,
                                output=MethodReturnValue.LINES)
        assert isinstance(lines, list)
        return len(lines) * h

    def space_left(self) -> float:
        """Millimetres left above the bottom margin on this page."""
        return float(self.page_break_trigger - self.y)

    def ensure_space(self, height: float) -> None:
        """Start a new page (of the same orientation) unless ``height`` mm still fit on this
        one."""
        if self.space_left() < height:
            self.add_page(same=True)


@dataclass(frozen=True)
class HeaderLine:
    """One line of a header column."""

    text: str
    style: str = ""
    size: float = 13
    rule: str = ""
    """"text": a rule as wide as the text under it (the motto); "short": a third of the column."""


def header_columns(regime: Regime, info: SessionInfo) -> tuple[list[HeaderLine], list[HeaderLine]]:
    """The two header columns of a party or a state document (docs/domain.md §7, item 1)."""
    left: list[HeaderLine] = []
    if info.parent_body:
        left.append(HeaderLine(info.parent_body.upper(), "", 13))
    left.append(HeaderLine(info.body.upper() if info.body else "……………………", "B", 13))
    if regime.sector is Sector.PARTY:
        left.append(HeaderLine("*", "B", 13))
        right = [HeaderLine("ĐẢNG CỘNG SẢN VIỆT NAM", "B", 13, rule="text")]
    else:
        left[-1] = HeaderLine(left[-1].text, left[-1].style, left[-1].size, rule="short")
        right = [
            HeaderLine("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "B", 12),
            HeaderLine("Độc lập - Tự do - Hạnh phúc", "B", 13, rule="text"),
        ]
    right.append(HeaderLine(""))
    right.append(HeaderLine(date_line(info.city, info.date), "I", 13))
    return left, right


def draw_header(pdf: ReportPdf, regime: Regime, info: SessionInfo, smaller: float = 0) -> None:
    """Draw the two-column header at the top of the current page, its type ``smaller`` points
    smaller than the minutes' (a ballot paper spares room for its list)."""
    left, right = header_columns(regime, info)
    left_w = 72.0
    top = pdf.y
    bottom_left = _draw_column(pdf, left, pdf.l_margin, left_w, top, smaller)
    bottom_right = _draw_column(pdf, right, pdf.l_margin + left_w, pdf.epw - left_w, top,
                                smaller)
    pdf.set_xy(pdf.l_margin, max(bottom_left, bottom_right) + 4 - smaller)


def _draw_column(pdf: ReportPdf, lines: Sequence[HeaderLine], x: float, w: float,
                 y: float, smaller: float = 0) -> float:
    pdf.set_y(y)
    for line in lines:
        pdf.set_font(FONT, line.style, line.size - smaller)
        pdf.set_x(x)
        pdf.multi_cell(w, 5.8 - 0.4 * smaller, line.text, align=Align.C, new_x=XPos.LEFT,
                       new_y=YPos.NEXT)
        if line.rule and line.text:
            rule_w = min(pdf.get_string_width(line.text), w - 4) if line.rule == "text" else w / 3
            mid = x + w / 2
            pdf.set_line_width(0.3)
            pdf.line(mid - rule_w / 2, pdf.y + 0.6, mid + rule_w / 2, pdf.y + 0.6)
            pdf.set_y(pdf.y + 1.5)
    return float(pdf.y)
