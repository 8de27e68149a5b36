"""The test deck on paper: the pre-marked ballots and the sheet of the expected result, and the
certificate of a trial entry (pass, or every figure that differed).

A deck paper is the blank ballot paper (``ballot_paper``) with its boxes marked as a voter would
mark them — one X per row, none on the no-mark row, two on the several-marks row — under a red
"PHIẾU THỬ — số N" on every page, and a large pale "PHIẾU THỬ" across it: no deck paper can pass
for a real ballot.
"""

from __future__ import annotations

from pathlib import Path

from fpdf.enums import Align

from tinnhiem_desktop.atomic_write import write_atomic
from tinnhiem_desktop.domain.deck import Deck, DeckBallot, DeckCheck, DeckForm, difference_words
from tinnhiem_desktop.domain.fingerprint import group_hex
from tinnhiem_desktop.domain.model import SessionInfo
from tinnhiem_desktop.domain.regimes import MULTI_MARK, NO_MARK, Regime
from tinnhiem_desktop.domain.results import SessionResults
from tinnhiem_desktop.domain.wording import subtitle
from tinnhiem_desktop.reports.ballot_paper import (
    INSTRUCTION,
    MARGINS,
    ONE_PAGE,
    TITLES,
    _fitting_grid,
    _instruction_size,
    _spacing,
)
from tinnhiem_desktop.reports.document import FONT, LINE_H, ReportPdf, draw_header
from tinnhiem_desktop.reports.results_table import draw_results_table
from tinnhiem_desktop.reports.vn_text import timestamp_words

DECK_MARK = "PHIẾU THỬ"
DECK_TITLE = "BỘ PHIẾU THỬ"
EXPECTED_TITLE = "KẾT QUẢ ĐÚNG CỦA BỘ PHIẾU THỬ"
CERTIFICATE_TITLE = "GIẤY CHỨNG NHẬN KIỂM TRA PHẦN MỀM BẰNG BỘ PHIẾU THỬ"
MARK = "X"


class DeckPdf(ReportPdf):
    """A document whose every page says it is a test: a pale diagonal "PHIẾU THỬ" and, at the
    top, a red tag with what the page is (``tag``, set before each page)."""

    def __init__(self, title: str, fingerprint: str | None = None) -> None:
        super().__init__(fingerprint=fingerprint, trial=False, title=title)
        self.tag = DECK_MARK

    def header(self) -> None:
        saved = (self.x, self.y)
        self.set_font(FONT, "B", 96)
        self.set_text_color(240, 200, 200)
        width = self.get_string_width(DECK_MARK)
        cx, cy = self.w / 2, self.h / 2
        with self.rotation(50, cx, cy):
            self.text(cx - width / 2, cy + 12, DECK_MARK)
        self.set_font(FONT, "B", 13)
        self.set_text_color(200, 0, 0)
        self.set_draw_color(200, 0, 0)
        self.set_xy(self.l_margin, 4)
        self.cell(self.epw, 7, self.tag, border=1, align=Align.C)
        self.set_draw_color(0, 0, 0)
        self.set_text_color(0, 0, 0)
        self.set_font(FONT, "", 13)
        self.set_xy(*saved)


def _paper_row(form: DeckForm, regime: Regime, index: int, ballot: DeckBallot) -> list[str]:
    candidate = form.candidates[index]
    boxes = [""] * len(regime.levels)
    code = ballot.marks[index] if ballot.invalid_reason is None else NO_MARK
    if code == MULTI_MARK:
        boxes[0] = boxes[1] = MARK
    elif code != NO_MARK:
        boxes[regime.codes.index(code)] = MARK
    return [str(candidate.order), candidate.name, candidate.title, *boxes]


def _deck_paper(pdf: DeckPdf, regime: Regime, info: SessionInfo, deck: Deck, form: DeckForm,
                ballot: DeckBallot) -> None:
    named = len(deck.forms) > 1
    where = f" — {form.ballot_type}" if named else ""
    pdf.tag = f"{DECK_MARK} — số {ballot.number}/{form.size}{where} — không phải phiếu thật"
    pdf.add_page()
    pdf.set_y(14)
    draw_header(pdf, regime, info, smaller=1)
    title = TITLES[regime.kind]
    pdf.para(title, "B", 15, Align.C, h=7)
    pdf.para(subtitle(regime, info), "B", 12.5, Align.C, h=5.6)
    if named:
        pdf.para(f"({form.ballot_type})", "I", 12, Align.C, h=5.6)
    pdf.set_text_color(200, 0, 0)
    pdf.para(f"{DECK_MARK} SỐ {ballot.number}", "B", 16, Align.C, h=8)
    if ballot.invalid_reason is not None:
        pdf.para(f"Phiếu không hợp lệ toàn phiếu: {ballot.invalid_reason}. Người ghi nhập phiếu "
                 "này bằng phím F8 và chọn lý do trên.", "B", 12, Align.C, h=5.6)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)
    grid = _fitting_grid(pdf, regime, form.candidates, f"{title} (tiếp theo){where}")
    size = _instruction_size(grid.size)
    pdf.para(INSTRUCTION, "I", size, h=_spacing(size)[0] + 0.4)
    pdf.ln(2)
    grid.start(min_rows_height=0)
    for i in range(len(form.candidates)):
        if i and i % ONE_PAGE == 0:
            grid.new_page()
        grid.row(_paper_row(form, regime, i, ballot))


def _expected_sheet(pdf: DeckPdf, expected: SessionResults, deck: Deck) -> None:
    regime = expected.regime
    pdf.tag = f"{DECK_MARK} — kết quả đúng, dành cho Ban kiểm phiếu"
    pdf.add_page()
    pdf.set_y(14)
    pdf.para(EXPECTED_TITLE, "B", 15, Align.C, h=7.5)
    pdf.para(subtitle(regime, expected.info), "B", 12.5, Align.C, h=5.6)
    pdf.ln(2)
    pdf.para(
        f"Bộ phiếu thử gồm {deck.size} phiếu đánh số, lập từ danh sách của phiên; cùng danh sách "
        "thì luôn ra cùng bộ phiếu. Người ghi nhập các phiếu thử vào bản thử của phiên (không "
        "phải tệp phiên thật); kết quả nhập phải đúng như bảng dưới đây. Mỗi người nhận đủ mọi "
        "mức, số phiếu mỗi mức khác nhau; mỗi người có một dòng không đánh dấu và một dòng đánh "
        "dấu nhiều ô; có phiếu không hợp lệ toàn phiếu.", size=12)
    pdf.para(f"Mã bộ phiếu thử: {group_hex(deck.fingerprint)}", "I", 10)
    for bt, form in zip(expected.ballot_types, deck.forms, strict=True):
        pdf.ln(2)
        invalid = ", ".join(str(b.number) for b in form.ballots if b.invalid_reason is not None)
        pdf.para(f"{bt.ballot_type.name}: {form.size} phiếu (số 1–{form.size}), phát ra và thu "
                 f"về {form.size}; không hợp lệ toàn phiếu: phiếu số {invalid}.", "B", 12)
        pdf.ln(1)
        base = bt.base_sentence()
        draw_results_table(pdf, regime, bt, keep_with_last=1 + pdf.para_height(base, "I"))
        pdf.ln(1)
        pdf.para(base, "I", 12)


def render_deck(regime: Regime, info: SessionInfo, deck: Deck, expected: SessionResults,
                path: Path | str | None = None) -> bytes:
    """The deck's papers (one page each, in number order, ballot type by ballot type) and the
    sheet of the expected result; also written to ``path``."""
    pdf = DeckPdf(DECK_TITLE, fingerprint=None)
    pdf.set_margins(*MARGINS)
    for form in deck.forms:
        for ballot in form.ballots:
            _deck_paper(pdf, regime, info, deck, form, ballot)
    _expected_sheet(pdf, expected, deck)
    data = bytes(pdf.output())
    if path is not None:
        write_atomic(path, data)
    return data


def render_certificate(regime: Regime, info: SessionInfo, check: DeckCheck, session_name: str,
                       named_types: bool, path: Path | str | None = None) -> bytes:
    """The certificate of a trial entry of the deck: pass, or every figure that differed
    (official, level, entered, expected)."""
    pdf = DeckPdf(CERTIFICATE_TITLE, fingerprint=None)
    pdf.tag = f"{DECK_MARK} — giấy chứng nhận kiểm tra"
    pdf.add_page()
    pdf.set_y(14)
    draw_header(pdf, regime, info)
    pdf.para(CERTIFICATE_TITLE, "B", 14, Align.C, h=7)
    pdf.para(subtitle(regime, info), "B", 12.5, Align.C, h=5.6)
    if info.title:
        pdf.para(info.title, "", 12, Align.C, h=5.6)
    pdf.ln(3)
    pdf.para(f"Phiên: {session_name}. Bản thử đã nhập: {check.trial_name} (dấu vân tay "
             f"{group_hex(check.trial_fingerprint)[:39]}…).")
    pdf.para(f"Mã bộ phiếu thử: {group_hex(check.deck)[:39]}…. Kiểm tra lúc "
             f"{timestamp_words(check.at)} (lần thứ {check.id}).")
    pdf.ln(3)
    if check.passed:
        pdf.set_text_color(0, 110, 0)
        pdf.para("KẾT QUẢ: ĐẠT", "B", 20, Align.C, h=10)
        pdf.set_text_color(0, 0, 0)
        pdf.para("Kết quả nhập bộ phiếu thử đúng hoàn toàn với kết quả đúng của bộ phiếu thử: "
                 "số phiếu, từng mức của từng người và số phiếu không hợp lệ.")
    else:
        pdf.set_text_color(200, 0, 0)
        pdf.para("KẾT QUẢ: KHÔNG ĐẠT", "B", 20, Align.C, h=10)
        pdf.set_text_color(0, 0, 0)
        pdf.para(f"Kết quả nhập khác kết quả đúng ở {len(check.differences)} chỗ (nhập / đúng "
                 "là):")
        for d in check.differences:
            pdf.para("- " + difference_words(regime, d, named_types) + ".", indent=5)
        pdf.para("Tìm phiếu thử nhập sai, kiểm tra bàn phím và cách nhập, rồi nhập lại bộ phiếu "
                 "thử vào một bản thử mới và kiểm tra lại.", "I")
    pdf.ln(2)
    pdf.para("Việc kiểm tra và kết quả này đã được ghi vào nhật ký của tệp phiên và được nêu "
             "trong biên bản kiểm phiếu.", "I")
    pdf.ln(LINE_H)
    pdf.para("TRƯỞNG BAN KIỂM PHIẾU                              NGƯỜI GHI PHIẾU", "B", 12,
             Align.C)
    data = bytes(pdf.output())
    if path is not None:
        write_atomic(path, data)
    return data
