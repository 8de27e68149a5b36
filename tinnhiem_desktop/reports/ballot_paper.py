"""Blank ballot papers, one form per ballot type, from the same list the recorder uses.

The layout follows the ballot forms attached to Quy định 96-QĐ/TW and Nghị quyết 96/2023/QH15:
the header of the body, the title, how to mark, then the table STT | Họ và tên | Chức vụ | one
box per level. Up to ``ONE_PAGE`` officials fit one A4 page: the type shrinks, down to
``MIN_SIZE``, until they do. A longer list continues, ``ONE_PAGE`` officials a page, on the
next pages, each under the form's title "(tiếp theo)" and the table heading, repeated.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from fpdf.enums import Align

from tinnhiem_desktop.atomic_write import write_atomic
from tinnhiem_desktop.domain.errors import InvalidInput
from tinnhiem_desktop.domain.messages import render
from tinnhiem_desktop.domain.model import BallotType, Candidate, SessionInfo
from tinnhiem_desktop.domain.regimes import Kind, Regime
from tinnhiem_desktop.domain.wording import subtitle
from tinnhiem_desktop.reports.document import FONT, ReportPdf, draw_header
from tinnhiem_desktop.reports.grid import Grid, HeadCell

TITLES = {Kind.POLL: "PHIẾU LẤY PHIẾU TÍN NHIỆM", Kind.VOTE: "PHIẾU BỎ PHIẾU TÍN NHIỆM"}
INSTRUCTION = (
    "Ghi chú: Đối với mỗi người, chỉ đánh dấu (X) vào một ô tương ứng với mức tín nhiệm "
    "của mình. Phiếu không đánh dấu hoặc đánh dấu vào từ hai ô trở lên ở một người thì "
    "không hợp lệ đối với người đó."
)
ONE_PAGE = 20
"""A list of up to this many officials is printed on one page."""
SIZES = (12.0, 11.5, 11.0, 10.5, 10.0, 9.5, 9.0, 8.5, 8.0)
MIN_SIZE = SIZES[-1]
MIN_TITLE_W = 28.0
MARGINS = (18.0, 12.0, 15.0)
"""Left, top, right: a ballot is not bound, so it takes less of the left margin than the
minutes (the bottom margin, with the page number, is the document's)."""


def _box_width(regime: Regime, size: float) -> float:
    """A box column: wide enough to mark, narrower in a smaller type."""
    return round((1.75 if len(regime.levels) == 3 else 2.4) * size, 1)


def _stt_width(size: float) -> float:
    return round(1.15 * size, 1)


def _spacing(size: float) -> tuple[float, float]:
    """Line height and cell padding for a type ``size``: a row of one line is still tall enough
    to mark by hand."""
    return round(0.42 * size, 2), round(0.11 * size, 2)


def ballot_grid(pdf: ReportPdf, regime: Regime, names: Sequence[str] = (),
                size: float = 12.0, continued: str = "") -> Grid | None:
    """STT | full name | position | one empty box column per level, in ballot order, in type
    of ``size``; None when some name would not fit on one line at this size.

    ``continued`` is printed at the top of every further page the table runs onto.
    """
    box, stt_w = _box_width(regime, size), _stt_width(size)
    line_h, pad = _spacing(size)
    rest = pdf.epw - stt_w - box * len(regime.levels)
    pdf.set_font(FONT, "", size)
    longest = max((pdf.get_string_width(n) for n in names), default=0.0)
    name_w = max(longest + 2 * pad + 0.5, rest * 0.45)
    if name_w > rest - MIN_TITLE_W:
        if size > MIN_SIZE:
            return None
        name_w = rest - MIN_TITLE_W  # the smallest type: a name too long breaks between words
    widths = [stt_w, name_w, rest - name_w] + [box] * len(regime.levels)
    heading = [HeadCell("STT", 0, 0), HeadCell("Họ và tên", 0, 1), HeadCell("Chức vụ", 0, 2)]
    heading += [HeadCell(level.label, 0, 3 + i) for i, level in enumerate(regime.levels)]
    aligns = [Align.C, Align.L, Align.L] + [Align.C] * len(regime.levels)
    one_line = [False, True, False] + [False] * len(regime.levels)

    def continuation() -> None:
        pdf.para(continued, "B", size + 1, Align.C, h=line_h + 1.5)
        pdf.ln(1)

    return Grid(pdf, widths, aligns, heading, size=size, head_size=size - 1, line_h=line_h,
                pad=pad, one_line=one_line, on_new_page=continuation if continued else None)


def _row(candidate: Candidate, regime: Regime) -> list[str]:
    return [str(candidate.order), candidate.name, candidate.title] + [""] * len(regime.levels)


def _instruction_size(size: float) -> float:
    """How to mark stays readable when the list is set small."""
    return max(9.0, min(11.0, size))


def _fitting_grid(pdf: ReportPdf, regime: Regime, candidates: Sequence[Candidate],
                  continued: str) -> Grid:
    """The largest type in which the instructions, the heading and the first ``ONE_PAGE``
    rows fit in what is left of the page, every name on one line."""
    names = [c.name for c in candidates]
    first = [_row(c, regime) for c in candidates[:ONE_PAGE]]
    for size in SIZES:
        grid = ballot_grid(pdf, regime, names, size, continued)
        if grid is None:
            continue
        isize = _instruction_size(size)
        instruction = pdf.para_height(INSTRUCTION, "I", isize, h=_spacing(isize)[0] + 0.4)
        need = instruction + 2 + grid.heading_height + sum(grid.row_height(r) for r in first)
        if need <= pdf.space_left() or size == MIN_SIZE:
            return grid
    raise AssertionError("unreachable: the smallest type always gives a grid")


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
    title = TITLES[regime.kind]
    pdf = ReportPdf(fingerprint=None, trial=info.trial, title=title)
    pdf.set_margins(*MARGINS)
    for ballot_type, candidates in forms:
        pdf.add_page()
        draw_header(pdf, regime, info, smaller=1)
        pdf.para(title, "B", 15, Align.C, h=7)
        pdf.para(subtitle(regime, info), "B", 12.5, Align.C, h=5.6)
        if len(forms) > 1:
            pdf.para(f"({ballot_type.name})", "I", 12, Align.C, h=5.6)
        if info.title:
            pdf.para(info.title, "", 12, Align.C, h=5.6)
        pdf.ln(1.5)
        continued = f"{title} (tiếp theo)" + (f" — {ballot_type.name}" if len(forms) > 1 else "")
        grid = _fitting_grid(pdf, regime, candidates, continued)
        size = _instruction_size(grid.size)
        pdf.para(INSTRUCTION, "I", size, h=_spacing(size)[0] + 0.4)
        pdf.ln(2)
        grid.start(min_rows_height=0)
        for i, candidate in enumerate(candidates):
            if i and i % ONE_PAGE == 0:
                grid.new_page()  # at most ONE_PAGE officials a page, as the forms hold
            grid.row(_row(candidate, regime))
    data = bytes(pdf.output())
    if path is not None:
        write_atomic(path, data)
    return data
