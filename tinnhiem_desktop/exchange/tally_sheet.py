"""A counting group's tally sheet (bảng tổng hợp kiểm phiếu bằng tay) read from CSV.

One row per official in ballot order: ``ho_ten``, then one column per mark as typed on the
keyboard — the level codes (``1`` ``2`` ``3``, or ``1`` ``2`` for a vote), ``0`` (no mark) and
``x`` (several marks) — each holding how many valid ballots carry it for that official. A column
left out counts 0. Ballots invalid as a whole are given apart (they have no row).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from tinnhiem_desktop.domain.errors import InvalidInput
from tinnhiem_desktop.domain.text import ascii_digits, clean, fold_key
from tinnhiem_desktop.exchange.csv_text import ErrorList, read_csv


def read_tally_sheet(path: Path, symbols: Sequence[str],
                     officials: Sequence[str]) -> list[dict[str, int]]:
    """Per official in ``officials``' order, the count of each of ``symbols``; all or nothing,
    every wrong line named at once."""
    table = read_csv(path)
    header = [fold_key(h) for h in table.header]
    if not header or header[0] not in ("ho_ten", "họ và tên", "họ tên", "ho va ten"):
        raise InvalidInput(f"Tệp {Path(path).name}: cột đầu phải là ho_ten, tiếp theo là các "
                           f"cột {', '.join(symbols)}.")
    columns = header[1:]
    unknown = [c for c in columns if c not in symbols]
    if unknown or len(set(columns)) != len(columns):
        raise InvalidInput(f"Tệp {Path(path).name}: các cột sau ho_ten phải là các mức "
                           f"{', '.join(symbols)} (mỗi mức một lần; có: {', '.join(columns)}).")
    if len(table.rows) != len(officials):
        raise InvalidInput(f"Tệp {Path(path).name} có {len(table.rows)} dòng, cần đúng "
                           f"{len(officials)} dòng: mỗi người một dòng theo thứ tự trên phiếu.")
    errors = ErrorList()
    sheet: list[dict[str, int]] = []
    for (line, cells), name in zip(table.rows, officials, strict=True):
        if fold_key(cells[0] if cells else "") != fold_key(name):
            errors.add(line, f"“{clean(cells[0]) if cells else ''}” khác người thứ "
                             f"{len(sheet) + 1} trên phiếu ({name}).")
        row = {code: 0 for code in symbols}
        for code, cell in zip(columns, cells[1:], strict=False):
            text = cell.strip()
            if text and not ascii_digits(text):
                errors.add(line, f"“{clean(cell)}” ở cột {code} không phải số (chữ số 0–9).")
            elif text:
                row[code] = int(text)
        sheet.append(row)
    errors.raise_if_any(f"bảng tổng hợp {Path(path).name}")
    return sheet
