"""Officials pasted from Excel or Word: one official per line, cells separated by tabs.

What a committee copies is rarely just the names: the table's heading row comes along ("STT |
Họ và tên | Chức vụ", in any case, with or without accents) and so does the column of row
numbers. Both are recognised and dropped, and what was dropped is reported for the preview.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tinnhiem_desktop.domain.errors import InvalidInput
from tinnhiem_desktop.domain.text import clean, plain_key

NUMBER_HEADINGS = frozenset({"stt", "tt", "so tt", "so thu tu", "thu tu", "no", "no.", "#"})
NAME_HEADINGS = frozenset({"ho va ten", "ho ten", "ho_ten", "ten", "name", "full name",
                           "ho va ten nguoi duoc lay phieu", "ho va ten nguoi duoc bo phieu"})
POSITION_HEADINGS = frozenset({"chuc vu", "chuc_vu", "chuc danh", "chuc vu hien tai",
                               "chuc vu, chuc danh", "position", "title", "don vi"})
HEADINGS = NUMBER_HEADINGS | NAME_HEADINGS | POSITION_HEADINGS
_ROW_NUMBER = re.compile(r"\d{1,4}[.)]?", re.ASCII)

MAX_OFFICIALS = 2000
"""The most rows an officials list (a file, or lines pasted) may have. A ballot names tens of
people; a list far longer is another file chosen by mistake (the ballots exported, a payroll), and
reading it through would hold the window for seconds (200,000 rows: 8 s) to show a preview no one
wants. It is refused before its rows are read one by one."""


def too_many_officials(source: str) -> InvalidInput:
    """The refusal of a list longer than :data:`MAX_OFFICIALS` rows, from ``source``."""
    return InvalidInput(
        f"{source} có hơn {MAX_OFFICIALS:,} dòng".replace(",", ".")
        + ", dài hơn mọi danh sách người được lấy phiếu: có lẽ đã chọn nhầm. Hãy chọn đúng tệp "
        "(hoặc vùng trong bảng tính) chỉ gồm họ tên và chức vụ. Danh sách hiện có không thay đổi."
    )


@dataclass(frozen=True)
class PastedOfficials:
    """The (name, position) rows found, and what was left out on the way."""

    rows: list[tuple[str, str]]
    heading: list[str] = field(default_factory=list)
    """The heading row dropped (as pasted), or empty."""
    numbers_dropped: bool = False
    """A column of row numbers was dropped."""


def _heading_key(cell: str) -> str:
    return plain_key(cell).rstrip(":").strip()


def is_heading_row(cells: list[str]) -> bool:
    """Every filled cell is a known column heading, and one of them names the officials."""
    keys = [_heading_key(c) for c in cells if c]
    return bool(keys) and all(k in HEADINGS for k in keys) and any(
        k in NAME_HEADINGS for k in keys)


def is_row_number(cell: str) -> bool:
    """``1``, ``12.``, ``3)``: what a numbered list or an STT column holds."""
    return bool(_ROW_NUMBER.fullmatch(cell))


def pasted_officials(text: str) -> PastedOfficials:
    """Read pasted lines: the heading row (if the first line is one) and a column of row numbers
    (every line's first cell a number or empty) are dropped. With a heading, its name and
    position columns are used; without, the first cell is the name and the rest the position."""
    raw = [line for line in text.splitlines() if line.strip()]
    if len(raw) > MAX_OFFICIALS + 1:  # a heading row may come with them
        raise too_many_officials("Phần đã sao chép")
    lines = [[clean(c) for c in line.split("\t")] for line in raw]
    lines = [cells for cells in lines if any(cells)]
    heading = lines.pop(0) if lines and is_heading_row(lines[0]) else []
    numbered = bool(lines) and all(
        len(cells) > 1 and (not cells[0] or is_row_number(cells[0])) for cells in lines
    ) and any(cells[0] for cells in lines)
    keys = [_heading_key(c) for c in heading]
    # A heading with no STT cell over a numbered column: the numbers are an extra first cell.
    shift = numbered and not any(k in NUMBER_HEADINGS for k in keys) and all(
        len(cells) > len(heading) for cells in lines)
    name_col = next((i for i, k in enumerate(keys) if k in NAME_HEADINGS), 0)
    position_cols = [i for i, k in enumerate(keys) if k in POSITION_HEADINGS]
    rows = []
    for cells in lines:
        if shift or (numbered and not heading):
            cells = cells[1:]
        if heading:
            name = cells[name_col] if name_col < len(cells) else ""
            position = " ".join(cells[i] for i in position_cols if i < len(cells) and cells[i])
        else:
            name, position = cells[0], " ".join(c for c in cells[1:] if c)
        rows.append((name, position))
    unused_first = bool(heading) and 0 not in {name_col, *position_cols}
    dropped = numbered and (shift or not heading or unused_first)
    if len(rows) > MAX_OFFICIALS:  # a heading was counted above: none came
        raise too_many_officials("Phần đã sao chép")
    return PastedOfficials(rows, heading, dropped or any(k in NUMBER_HEADINGS for k in keys))
