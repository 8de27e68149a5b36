"""``ballots export`` writes no formula a spreadsheet would run, and what it writes comes back in
through ``ballots import`` exactly (names and reasons that start like a formula, multi-line
reasons)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from tests.helpers import run_cli
from tinnhiem_desktop.exchange.cells import neutralise, restore
from tinnhiem_desktop.services.session import Session

OFFICIALS = [
    ('=HYPERLINK("http://x.example","Bấm")', "Chủ tịch"),
    ("-Lê Quang Hưng", "Phó Chủ tịch"),
    ("'Phạm Ngọc Ẩn", "Ủy viên"),
    ("Nguyễn Thị Việt Dung", "@Thư ký"),
]
REASONS = ["- Phiếu rách\n+ thiếu chữ ký", "=1+1", "@x", "'=còn dấu nháy"]


def _session(path: Path) -> Session:
    s = Session.create(path, "party-qd96-2023")
    bt = s.ballot_type()
    s.set_candidates(bt.id, OFFICIALS)
    s.set_accounting(bt.id, issued=10, collected=10)
    return s


@pytest.mark.parametrize("value", ["=1", "+1", "-1", "@a", "\tx", "\rx", "'", "'=x", "''", "a",
                                   "", "a=b", "Ấn", "'a"])
def test_restore_undoes_neutralise(value: str) -> None:
    assert restore(neutralise(value)) == value
    assert not neutralise(value).startswith(("=", "+", "-", "@", "\t", "\r"))


def test_export_is_safe_and_imports_back_the_same(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with _session(tmp_path / "a.tinnhiem") as s:
        t = s.ballot_type().id
        for marks in ("1230", "x321"):
            s.record_ballot(t, marks)
        for reason in REASONS:
            s.record_ballot(t, "", invalid_reason=reason)
        s.void_ballot_number(t, 1, "Nhập nhầm")
        s.record_ballot(t, "3333", number=1)
        expected = [(b.number, b.marks, b.invalid_reason) for b in s.active_ballots(t)]
    assert len(expected) == 6 and expected[2][2] == REASONS[0]
    out = tmp_path / "phieu.csv"
    code, printed, err = run_cli(capsys, "ballots", "export", tmp_path / "a.tinnhiem", out)
    assert code == 0, err
    assert f"Đã xuất 6 phiếu ra {out}." in printed  # not the number of lines (a reason has two)
    rows = list(csv.reader(io.StringIO(out.read_text("utf-8"), newline="")))
    assert len(rows) == 7
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    assert rows[0][1:5] == ["'" + OFFICIALS[0][0], "'-Lê Quang Hưng", "''Phạm Ngọc Ẩn",
                            "Nguyễn Thị Việt Dung"]

    with _session(tmp_path / "b.tinnhiem"):
        pass
    code, printed, err = run_cli(capsys, "ballots", "import", tmp_path / "b.tinnhiem", out)
    assert code == 0 and "Đã nhập 6 phiếu" in printed, err
    with Session.open(tmp_path / "b.tinnhiem", readonly=True) as s:
        t = s.ballot_type().id
        assert [(b.number, b.marks, b.invalid_reason) for b in s.active_ballots(t)] == expected
