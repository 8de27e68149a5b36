"""The CSV formats of the CLI: officials (``ho_ten,chuc_vu``) and ballots (``so_phieu,…``)."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass

from tinnhiem_desktop.domain.model import Ballot, Candidate
from tinnhiem_desktop.domain.regimes import MULTI_MARK, NO_MARK, Regime
from tinnhiem_desktop.domain.text import (
    ascii_digits,
    clean,
    clean_multiline,
    fold_key,
    plain_key,
)
from tinnhiem_desktop.exchange.cells import neutralise, restore
from tinnhiem_desktop.exchange.csv_text import CsvTable, ErrorList
from tinnhiem_desktop.exchange.officials_paste import (
    MAX_OFFICIALS,
    NAME_HEADINGS,
    POSITION_HEADINGS,
    too_many_officials,
)

NAME_HEADERS = NAME_HEADINGS
"""Headings of the name column, compared without accents or case (``plain_key``)."""
POSITION_HEADERS = POSITION_HEADINGS
NUMBER_HEADER = "so_phieu"
INVALID_HEADER = "khong_hop_le"


@dataclass(frozen=True)
class ParsedBallot:
    """One CSV row as a ballot to record, with its line for messages."""

    line: int
    number: int
    marks: str
    invalid_reason: str | None


def parse_candidates(table: CsvTable) -> list[tuple[str, str]]:
    """Rows of (name, position) in ballot order; errors name the line. More than
    :data:`MAX_OFFICIALS` rows are refused before any is read."""
    if len(table.rows) > MAX_OFFICIALS:
        raise too_many_officials("Tệp")
    keys = [plain_key(h).rstrip(":").strip() for h in table.header]
    errors = ErrorList()
    try:
        name_col = next(i for i, k in enumerate(keys) if k in NAME_HEADERS)
    except StopIteration:
        errors.add(1, "thiếu cột “ho_ten” (họ tên) trong dòng tiêu đề.")
        errors.raise_if_any("danh sách")
        raise AssertionError("unreachable") from None
    pos_col = next((i for i, k in enumerate(keys) if k in POSITION_HEADERS), None)
    for line in table.blank_lines_between_rows():
        errors.add(line, "dòng trống giữa danh sách: xóa dòng này hoặc điền họ tên.")
    rows = []
    for line, cells in table.rows:
        if len(cells) > len(table.header):
            errors.add(line, f"có {len(cells)} cột, tiêu đề chỉ có {len(table.header)} cột.")
            continue
        name = clean(cells[name_col]) if name_col < len(cells) else ""
        position = clean(cells[pos_col]) if pos_col is not None and pos_col < len(cells) else ""
        if not name:
            errors.add(line, "thiếu họ tên.")
            continue
        rows.append((line, name, position))
    seen: dict[str, int] = {}
    for line, name, position in rows:
        key = fold_key(name) + "\n" + fold_key(position)
        if key in seen:
            errors.add(line, f"“{name}” trùng với dòng {seen[key]}.")
        seen.setdefault(key, line)
    if not rows and not errors.items:
        errors.add(2, "tệp không có người nào.")
    errors.raise_if_any("danh sách")
    return [(name, position) for _, name, position in rows]


def parse_ballots(
    table: CsvTable, regime: Regime, candidates: Sequence[Candidate]
) -> list[ParsedBallot]:
    """Rows of ballots; every error is collected with its line and nothing is returned on error."""
    errors = ErrorList()
    header = [fold_key(restore(h)) for h in table.header]
    has_reason = header[-1:] == [INVALID_HEADER]
    names = header[1:-1] if has_reason else header[1:]
    expected = [fold_key(c.name) for c in candidates]
    if not header or header[0] != NUMBER_HEADER:
        errors.add(1, "cột đầu tiên phải là “so_phieu”.")
    elif names != expected:
        errors.add(
            1,
            f"tiêu đề phải là so_phieu rồi {len(expected)} họ tên đúng thứ tự trên phiếu "
            f"({', '.join(c.name for c in candidates)})"
            + (", và có thể thêm cột khong_hop_le." if expected else "."),
        )
    errors.raise_if_any("phiếu")
    width = len(table.header)
    allowed = set(regime.codes)
    code_list = ", ".join(regime.codes)
    parsed: list[ParsedBallot] = []
    last_number = 0
    seen_numbers: dict[int, int] = {}
    for line in table.blank_lines_between_rows():
        # A row with no number and no mark may be a paper ballot someone forgot to type.
        errors.add(line, "dòng trống giữa các phiếu: xóa dòng này hoặc điền đủ số phiếu và dấu.")
    for line, cells in table.rows:
        if len(cells) != width and not (has_reason and len(cells) == width - 1):
            errors.add(line, f"có {len(cells)} cột, cần {width} cột.")
            continue
        raw_number = cells[0].strip()
        if not ascii_digits(raw_number) or int(raw_number) < 1:
            errors.add(line, f"số phiếu “{raw_number}” phải là số nguyên dương.")
            continue
        number = int(raw_number)
        if number in seen_numbers:
            errors.add(line, f"số phiếu {number} lặp lại (đã có ở dòng {seen_numbers[number]}).")
            continue
        if number < last_number:
            errors.add(line, f"số phiếu {number} không theo thứ tự (sau số {last_number}).")
            continue
        seen_numbers[number] = line
        last_number = number
        # A reason may hold line breaks (as typed in the window): kept, as export wrote them.
        reason = (clean_multiline(restore(cells[width - 1].strip()))
                  if has_reason and len(cells) == width else "")
        mark_cells = [c.strip() for c in cells[1 : 1 + len(candidates)]]
        if reason:
            if any(mark_cells):
                errors.add(line, "phiếu không hợp lệ toàn bộ thì để trống các ô đánh dấu.")
                continue
            parsed.append(ParsedBallot(line, number, "", reason))
            continue
        marks = []
        for cand, cell in zip(candidates, mark_cells, strict=True):
            if cell == "":
                marks.append(NO_MARK)
            elif cell.lower() == "x":
                marks.append(MULTI_MARK)
            elif cell in allowed:
                marks.append(cell)
            else:
                errors.add(
                    line,
                    f"ô của “{cand.name}” có mã “{cell}”: chỉ dùng {code_list}, "
                    "x (nhiều dấu) hoặc để trống (không đánh dấu).",
                )
                break
        else:
            parsed.append(ParsedBallot(line, number, "".join(marks), None))
    errors.raise_if_any("phiếu")
    return parsed


def write_ballots(candidates: Sequence[Candidate], ballots: Sequence[Ballot]) -> str:
    """Active ballots in the import format: export then import round-trips.

    Names and reasons are text cells, neutralised so a spreadsheet never runs them as formulas
    (:func:`parse_ballots` restores them); numbers and marks never start like a formula.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([NUMBER_HEADER, *(neutralise(c.name) for c in candidates), INVALID_HEADER])
    for ballot in sorted(ballots, key=lambda b: b.number):
        if ballot.invalid_reason is not None:
            reason = neutralise(ballot.invalid_reason)
            writer.writerow([ballot.number, *([""] * len(candidates)), reason])
        else:
            cells = ["" if m == NO_MARK else m for m in ballot.marks]
            writer.writerow([ballot.number, *cells, ""])
    return out.getvalue()
