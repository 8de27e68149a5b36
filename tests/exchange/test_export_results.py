"""Exports of the results: CSV (BOM, neutralised cells), XLSX and JSON, all equal to
``results --json``."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.reports.builders import NAMES, make_session, small_session
from tinnhiem_desktop.cli import main
from tinnhiem_desktop.exchange.results_export import (
    export_results,
    neutralise,
    results_csv,
    results_xlsx,
)
from tinnhiem_desktop.exchange.results_json import results_to_dict
from tinnhiem_desktop.services.session import Session

PARTY_HEADER = [
    "Loại phiếu", "Cơ sở tính tỷ lệ", "Mẫu số", "Phiếu phát ra", "Phiếu hỏng/đổi",
    "Phiếu thu về", "Phiếu đã kiểm", "Phiếu không hợp lệ (toàn phiếu)",
    "TT", "Họ và tên", "Chức vụ", "Hợp lệ", "Không hợp lệ",
    "Tín nhiệm cao (số phiếu)", "Tín nhiệm cao (%)", "Tín nhiệm (số phiếu)", "Tín nhiệm (%)",
    "Tín nhiệm thấp (số phiếu)", "Tín nhiệm thấp (%)", "Ngưỡng (mã)", "Ngưỡng",
]
"""The column titles of a party-qd96-2023 results table, as a reader of the CSV sees them."""


def cli_json(path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    assert main(["results", str(path), "--json"]) == 0
    return capsys.readouterr().out


def expected_table(session: Session) -> list[dict[str, object]]:
    """Per official: the JSON figures the CSV/XLSX must hold."""
    data = results_to_dict(session.results())
    out = []
    for bt in data["ballot_types"]:
        for c in bt["candidates"]:
            out.append({"bt": bt, "c": c})
    return out


def test_csv_has_bom_and_the_json_figures(tmp_path: Path) -> None:
    s = small_session(tmp_path)
    data = results_csv(s.results())
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data[3:].decode("utf-8"))))
    assert rows[0] == PARTY_HEADER
    levels = s.regime.levels
    body = rows[1:]
    expected = expected_table(s)
    assert len(body) == len(expected) == 6
    for row, item in zip(body, expected, strict=True):
        bt, c = item["bt"], item["c"]
        assert isinstance(bt, dict) and isinstance(c, dict)
        assert row[0] == bt["name"]
        assert row[2:8] == [str(bt["denominator"]["value"]), str(bt["issued"]),
                            str(bt["spoiled"]), str(bt["collected"]), str(bt["recorded"]),
                            str(bt["whole_invalid"])]
        assert row[8:13] == [str(c["order"]), c["name"], c["position"], str(c["valid"]),
                             str(c["invalid"])]
        for i, level in enumerate(levels):
            assert row[13 + 2 * i] == str(c["counts"][level.id])
            assert row[14 + 2 * i] == (c["percent"][level.id] or "")
        assert row[13 + 2 * len(levels)] == c["band"]


def test_csv_neutralises_formula_cells(tmp_path: Path) -> None:
    s = make_session(tmp_path, types=("=HYPERLINK(\"http://x\")",))
    bt = s.ballot_type()
    s.set_candidates(bt.id, [("=1+2", "+Chủ tịch"), ("-Lê Quang Hưng", "@Thư ký"),
                             ("Phạm Ngọc Ẩn", "Phó Chủ tịch")])
    s.set_accounting(bt.id, issued=1, collected=1)
    s.record_ballot(bt.id, "123")
    text = results_csv(s.results())[3:].decode("utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[1][0] == "'=HYPERLINK(\"http://x\")"
    assert rows[1][9:11] == ["'=1+2", "'+Chủ tịch"]
    assert rows[2][9:11] == ["'-Lê Quang Hưng", "'@Thư ký"]
    assert rows[3][9:11] == ["Phạm Ngọc Ẩn", "Phó Chủ tịch"]
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@")), cell
    assert neutralise("\tx") == "'\tx"


def test_xlsx_reads_back_equal_to_json(tmp_path: Path) -> None:
    s = make_session(tmp_path, types=("Phiếu A", "Phiếu B"))
    a, b = s.ballot_types()
    s.set_candidates(a.id, [("=SUM(A1:A9)", "Chủ tịch")] + NAMES[:3])
    s.set_candidates(b.id, NAMES[3:])
    s.set_accounting(a.id, issued=7, collected=7)  # B has D = 0
    for marks in ("1233", "2331", "3312", "0x13", "1111", "3333", "2223"):
        s.record_ballot(a.id, marks)
    wb = load_workbook(io.BytesIO(results_xlsx(s.results())))
    assert wb.sheetnames == ["Kết quả", "Phiên", "Kiểm tra"]
    ws = wb["Kết quả"]
    rows = list(ws.iter_rows(min_row=2))
    expected = expected_table(s)
    assert len(rows) == len(expected) == 7
    levels = s.regime.levels
    for row, item in zip(rows, expected, strict=True):
        bt, c = item["bt"], item["c"]
        assert isinstance(bt, dict) and isinstance(c, dict)
        values = [cell.value for cell in row]
        assert values[0] == bt["name"]
        assert values[2] == bt["denominator"]["value"]
        assert values[8:13] == [c["order"], c["name"], c["position"], c["valid"], c["invalid"]]
        for i, level in enumerate(levels):
            assert values[13 + 2 * i] == c["counts"][level.id]
            pct = row[14 + 2 * i]
            if c["percent"][level.id] is None:
                assert pct.value is None
            else:
                assert Decimal(str(pct.value)) == Decimal(c["percent"][level.id])
                assert pct.number_format == "0.00"
        assert values[13 + 2 * len(levels)] == c["band"]
    first = rows[0][9]
    assert first.value == "=SUM(A1:A9)" and first.data_type == "s"  # text, never a formula
    session_sheet = {r[0].value: r[1].value for r in wb["Phiên"].iter_rows(min_row=2)}
    assert session_sheet["Dấu vân tay"] == s.fingerprint()
    assert session_sheet["Số người vắng mặt"] == 2
    assert ws.column_dimensions["J"].width == 32


def test_json_export_is_exactly_results_json(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    s = small_session(tmp_path)
    path = s.path
    s.close()
    out = tmp_path / "ket-qua.json"
    assert main(["export", str(path), "-o", str(out)]) == 0
    assert out.read_text("utf-8") == cli_json(path, capsys)
    assert json.loads(out.read_text("utf-8"))["session"]["absent"] == 2


def test_cli_export_every_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    s = small_session(tmp_path)
    results = s.results()
    path = s.path
    s.close()
    for ext in ("csv", "xlsx", "CSV"):
        out = tmp_path / f"ket-qua.{ext}"
        assert main(["export", str(path), "-o", str(out)]) == 0
        assert out.stat().st_size > 0
    assert (tmp_path / "ket-qua.csv").read_bytes() == results_csv(results)
    assert main(["export", str(path), "-o", str(tmp_path / "ket-qua.pdf")]) == 2
    assert ".csv, .xlsx hoặc .json" in capsys.readouterr().err
    junk = tmp_path / "rac.tinnhiem"
    junk.write_bytes(b"\0" * 4096)
    assert main(["export", str(junk), "-o", str(tmp_path / "z.csv")]) == 3


def test_export_results_refuses_unknown_extension(tmp_path: Path) -> None:
    from tinnhiem_desktop.domain.errors import InvalidInput

    s = small_session(tmp_path)
    with pytest.raises(InvalidInput):
        export_results(s.results(), tmp_path / "x.ods")
