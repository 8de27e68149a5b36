"""Exports of the results: CSV, XLSX and the JSON of ``results --json``.

Every figure is taken from :func:`results_to_dict`, the JSON shape of ``results --json``, so the
three exports and the CLI cannot disagree.

Choices, documented for whoever reads the files:

- CSV is UTF-8 with a BOM (Excel then reads Vietnamese), comma-separated, one row per official.
  Percentages are the exact strings of the JSON (``38.88``, dot decimal, two places); a percentage
  with no base (D = 0) is an empty cell. A text cell starting with ``=``, ``+``, ``-``, ``@``, a tab
  or a carriage return (or ``'``) is prefixed with ``'`` so a spreadsheet shows it and never runs it
  (:mod:`tinnhiem_desktop.exchange.cells`).
- XLSX holds the same table with counts as integers and percentages as **numbers** equal to the
  JSON strings (``Decimal("38.88")``), shown with two decimals (number format ``0.00``); D = 0
  gives an empty cell. Text cells are always stored as text, never as formulas; a control character
  a workbook cannot hold (only a file written before input was cleaned has one) is left out. A
  second sheet holds the session, a third the checks.
- JSON is byte for byte what ``results --json`` prints.

Every file is written whole or not at all (:func:`tinnhiem_desktop.atomic_write.write_atomic`).
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import json
import tempfile
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.writer.excel import ExcelWriter

from tinnhiem_desktop.atomic_write import write_atomic
from tinnhiem_desktop.domain.errors import FileNotWritable, InvalidInput
from tinnhiem_desktop.domain.results import SessionResults
from tinnhiem_desktop.exchange.cells import neutralise
from tinnhiem_desktop.exchange.results_json import results_to_dict

__all__ = ["FORMATS", "export_results", "header", "neutralise", "results_csv", "results_xlsx",
           "table_rows"]

FORMATS = ("csv", "xlsx", "json")
PERCENT_FORMAT = "0.00"


@dataclass(frozen=True)
class Column:
    """One column of the results table: its title, its XLSX width, and whether it is a %."""

    title: str
    width: float
    percent: bool = False


_BEFORE_LEVELS = (
    Column("Loại phiếu", 28), Column("Cơ sở tính tỷ lệ", 22), Column("Mẫu số", 9),
    Column("Phiếu phát ra", 10), Column("Phiếu hỏng/đổi", 10), Column("Phiếu thu về", 10),
    Column("Phiếu đã kiểm", 10), Column("Phiếu không hợp lệ (toàn phiếu)", 14), Column("TT", 6),
    Column("Họ và tên", 32), Column("Chức vụ", 32), Column("Hợp lệ", 9),
    Column("Không hợp lệ", 11),
)
_AFTER_LEVELS = (Column("Ngưỡng (mã)", 12), Column("Ngưỡng", 40))


def results_json_text(results: SessionResults) -> str:
    """Exactly the text ``results --json`` prints (with its final newline)."""
    return json.dumps(results_to_dict(results), ensure_ascii=False, indent=2) + "\n"


def columns(results: SessionResults) -> list[Column]:
    """The columns of the results table (CSV and XLSX), in the order of :func:`table_rows`."""
    cols = list(_BEFORE_LEVELS)
    for level in results.regime.levels:
        cols += [Column(f"{level.label} (số phiếu)", 12), Column(f"{level.label} (%)", 10, True)]
    return cols + list(_AFTER_LEVELS)


def header(results: SessionResults) -> list[str]:
    """The column titles of the results table (CSV and XLSX)."""
    return [c.title for c in columns(results)]


def table_rows(results: SessionResults) -> list[list[Any]]:
    """One row per official, cell for cell under :func:`columns`: ints for counts, the JSON
    strings (or None) for percentages."""
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
    width = len(_BEFORE_LEVELS) + 2 * len(results.regime.levels) + len(_AFTER_LEVELS)
    assert all(len(row) == width for row in rows), "a row does not match the header"
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
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
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
    cols = columns(results)
    percent_cols = [i for i, col in enumerate(cols, start=1) if col.percent]
    rows = []
    for row in table_rows(results):
        rows.append([Decimal(v) if i in percent_cols and v is not None else v
                     for i, v in enumerate(row, start=1)])
    _sheet(ws, [c.title for c in cols], rows, [c.width for c in cols], percent_cols)
    ws.auto_filter.ref = ws.dimensions
    _session_sheet(wb.create_sheet("Phiên"), results)
    checks = [[c["code"], c["kind"], c["message"]]
              for bt in results_to_dict(results)["ballot_types"] for c in bt["checks"]]
    _sheet(wb.create_sheet("Kiểm tra"), ["Mã", "Loại", "Nội dung"], _unique(checks),
           [26, 12, 90])
    return _workbook_bytes(wb)


def _workbook_bytes(wb: Workbook) -> bytes:
    """``wb.save`` into memory, with the archive closed even when saving fails (openpyxl writes
    each sheet to a temporary file first: a full disk fails there). ``wb.save`` would leave the
    archive open and Python would print a traceback about it when collecting it."""
    out = io.BytesIO()
    wb.properties.modified = _dt.datetime.now(tz=_dt.UTC).replace(tzinfo=None)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        ExcelWriter(wb, archive).save()
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
        try:
            data = results_xlsx(results)
        except OSError as exc:  # openpyxl builds each sheet in a temporary file first
            raise FileNotWritable(
                f"Không ghi được {path}: {exc.strerror or exc} khi tạo bảng tính trong thư mục "
                f"tạm {tempfile.gettempdir()}. Giải phóng chỗ trống trên ổ đĩa rồi thử lại."
            ) from exc
    else:
        data = results_json_text(results).encode("utf-8")
    write_atomic(path, data)
    return fmt
