"""Exports of the results: CSV, XLSX and the JSON of ``results --json``.

Every figure is taken from :func:`results_to_dict`, the JSON shape of ``results --json``, so the
three exports and the CLI cannot disagree.

Choices, documented for whoever reads the files:

- CSV is UTF-8 with a BOM (Excel then reads Vietnamese), comma-separated, one row per official.
  Percentages are the exact strings of the JSON (``38.88``, dot decimal, two places); a percentage
  with no base (D = 0) is an empty cell. A text cell starting with ``=``, ``+``, ``-``, ``@``, a tab
  or a carriage return is prefixed with ``'`` so a spreadsheet shows it and never runs it.
- XLSX holds the same table with counts as integers and percentages as **numbers** equal to the
  JSON strings (``Decimal("38.88")``), shown with two decimals (number format ``0.00``); D = 0
  gives an empty cell. Text cells are always stored as text, never as formulas. A second sheet
  holds the session, a third the checks.
- JSON is byte for byte what ``results --json`` prints.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from tinnhiem_desktop.domain.errors import InvalidInput
from tinnhiem_desktop.domain.results import SessionResults
from tinnhiem_desktop.exchange.results_json import results_to_dict

FORMATS = ("csv", "xlsx", "json")
DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r")
PERCENT_FORMAT = "0.00"


def neutralise(value: str) -> str:
    """A text cell a spreadsheet would take for a formula gets a leading ``'``."""
    return "'" + value if value.startswith(DANGEROUS_START) else value


def results_json_text(results: SessionResults) -> str:
    """Exactly the text ``results --json`` prints (with its final newline)."""
    return json.dumps(results_to_dict(results), ensure_ascii=False, indent=2) + "\n"


def header(results: SessionResults) -> list[str]:
    """The column titles of the results table (CSV and XLSX)."""
    cols = ["Loại phiếu", "Cơ sở tính tỷ lệ", "Mẫu số", "Phiếu phát ra", "Phiếu hỏng/đổi",
            "Phiếu thu về", "Phiếu đã kiểm", "Phiếu không hợp lệ (toàn phiếu)",
            "TT", "Họ và tên", "Chức vụ", "Hợp lệ", "Không hợp lệ"]
    for level in results.regime.levels:
        cols += [f"{level.label} (số phiếu)", f"{level.label} (%)"]
    return cols + ["Ngưỡng (mã)", "Ngưỡng"]


def table_rows(results: SessionResults) -> list[list[Any]]:
    """One row per official: ints for counts, the JSON strings (or None) for percentages."""
    data = results_to_dict(results)
    rows: list[list[Any]] = []
    for bt, bt_data in zip(results.ballot_types, data["ballot_types"], strict=True):
        for cr, cand in zip(bt.candidates, bt_data["candidates"], strict=True):
            row: list[Any] = [
                bt_data["name"], bt.basis_label, bt_data["denominator"]["value"],
                bt_data["issued"], bt_data["spoiled"], bt_data["collected"],
                bt_data["recorded"], bt_data["whole_invalid"],
                cand["order"], cand["name"], cand["position"], cand["valid"], cand["invalid"],
            ]
            for level in results.regime.levels:
                row += [cand["counts"][level.id], cand["percent"][level.id]]
            row += [cand["band"], "" if cr.band is None else cr.band.label]
            rows.append(row)
    return rows


def results_csv(results: SessionResults) -> bytes:
    """The results table as CSV bytes (UTF-8 with BOM)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header(results))
    for row in table_rows(results):
        writer.writerow(
            ["" if v is None else neutralise(v) if isinstance(v, str) else v for v in row]
        )
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")


def _put(ws: Any, row: int, col: int, value: Any) -> Any:
    cell = ws.cell(row=row, column=col, value=value)
    if isinstance(value, str):
        cell.data_type = "s"  # never a formula, whatever the text starts with
    return cell


def _sheet(ws: Any, titles: Sequence[str], rows: Sequence[Sequence[Any]],
           widths: Sequence[float], percent_cols: Sequence[int] = ()) -> None:
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="E6E6E6")
    for col, title in enumerate(titles, start=1):
        cell = _put(ws, 1, col, title)
        cell.font, cell.fill = bold, fill
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            cell = _put(ws, r, c, value)
            if c in percent_cols and value is not None:
                cell.number_format = PERCENT_FORMAT
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = "A2"


def results_xlsx(results: SessionResults) -> bytes:
    """The results as an XLSX workbook: results, session, checks."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Kết quả"
    titles = header(results)
    first_level = 14
    percent_cols = [first_level + 1 + 2 * i for i in range(len(results.regime.levels))]
    rows = []
    for row in table_rows(results):
        rows.append([Decimal(v) if i + 1 in percent_cols and v is not None else v
                     for i, v in enumerate(row)])
    widths = [28, 22, 9, 10, 10, 10, 10, 14, 6, 32, 32, 9, 11]
    widths += [12, 10] * len(results.regime.levels) + [12, 40]
    _sheet(ws, titles, rows, widths, percent_cols)
    ws.auto_filter.ref = ws.dimensions
    _session_sheet(wb.create_sheet("Phiên"), results)
    checks = [[c["code"], c["kind"], c["message"]]
              for bt in results_to_dict(results)["ballot_types"] for c in bt["checks"]]
    _sheet(wb.create_sheet("Kiểm tra"), ["Mã", "Loại", "Nội dung"], _unique(checks),
           [26, 12, 90])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _unique(rows: list[list[Any]]) -> list[list[Any]]:
    # Session-wide checks are repeated under every ballot type in the JSON; list them once.
    seen: list[list[Any]] = []
    for row in rows:
        if row not in seen:
            seen.append(row)
    return seen


def _session_sheet(ws: Any, results: SessionResults) -> None:
    s = results_to_dict(results)["session"]
    fin = s["finalised"]
    rows = [
        ["Tên hội nghị", s["title"]], ["Cơ quan, tổ chức", s["body"]],
        ["Cơ quan cấp trên", s["parent_body"]], ["Nội dung", s["subject"]],
        ["Thể thức", s["regime"]], ["Tên thể thức", s["regime_name"]],
        ["Căn cứ", s["legal_basis"]], ["Địa danh", s["city"]], ["Ngày", s["date"]],
        ["Giờ", s["time"]], ["Địa điểm", s["place"]],
        ["Số người được triệu tập", s["summoned"]], ["Số người có mặt", s["present"]],
        ["Số người vắng mặt", s["absent"]], ["Tổng số đại biểu", s["total_delegates"]],
        ["Đủ 2/3 số người được triệu tập", {True: "có", False: "không"}.get(s["quorum_met"])],
        ["Thử nghiệm", "có" if s["trial"] else "không"],
        ["Đã chốt", "" if fin is None else f"{fin['at']} ({fin['by']})"],
        ["Dấu vân tay", s["fingerprint"]],
    ]
    rows += [[f"Ban kiểm phiếu {i}", f"{m['name']} ({m['role']})"]
             for i, m in enumerate(s["committee"], start=1)]
    rows += [[f"Đính chính số {a['number']}", f"{a['text']} ({a['by']}, {a['at']})"]
             for a in s["addenda"]]
    _sheet(ws, ["Mục", "Giá trị"], rows, [34, 90])


def export_results(results: SessionResults, path: Path) -> str:
    """Write the export chosen by ``path``'s extension; returns the format written."""
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise InvalidInput(
            f"Không xuất được “{path.name}”: tên tệp phải kết thúc bằng .csv, .xlsx hoặc .json."
        )
    if fmt == "csv":
        data = results_csv(results)
    elif fmt == "xlsx":
        data = results_xlsx(results)
    else:
        data = results_json_text(results).encode("utf-8")
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise InvalidInput(f"Không ghi được {path}: {exc.strerror or exc}.") from exc
    return fmt
