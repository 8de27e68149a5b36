"""Builders for the several-files tests: a source session and its copies, made through the CLI
as a committee would, ballots imported from CSV."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from tests.helpers import NAMES, run_cli

OFFICIALS = NAMES[:3]


def make_source(folder: Path, capsys: pytest.CaptureFixture[str], collected: int = 30,
                name: str = "phien.tinnhiem") -> Path:
    """A session set up through the CLI: three officials, a committee, accounting."""
    path = folder / name
    (folder / "ds.csv").write_text(
        "ho_ten,chuc_vu\n" + "".join(f"{n},{p}\n" for n, p in OFFICIALS), encoding="utf-8")
    for args in (
        ("new", path, "--regime", "party-qd96-2023", "--title", "Hội nghị Ban Chấp hành",
         "--body", "Đảng ủy xã Tân Lập"),
        ("candidates", "import", path, folder / "ds.csv"),
        ("accounting", path, "--issued", str(collected), "--collected", str(collected)),
        ("committee", path, "--member", "Nguyễn Văn Hiền:Trưởng ban",
         "--member", "Vũ Thị Ngọc Ánh:Thư ký"),
    ):
        code, _, err = run_cli(capsys, *args)
        assert code == 0, (args, err)
    return path


def import_ballots(path: Path, rows: Sequence[tuple[int, str]],
                   capsys: pytest.CaptureFixture[str]) -> None:
    """Import ``(number, marks)`` rows through ``ballots import``; marks ``"!"`` = a whole
    ballot invalid (reason "Phiếu rách")."""
    header = "so_phieu," + ",".join(n for n, _ in OFFICIALS) + ",khong_hop_le"
    lines = []
    for number, marks in rows:
        if marks == "!":
            lines.append(f"{number}," + "," * len(OFFICIALS) + "Phiếu rách")
        else:
            cells = ["" if m == "0" else m for m in marks]
            lines.append(f"{number}," + ",".join(cells) + ",")
    csv = path.with_suffix(".csv")
    csv.write_text(header + "\n" + "\n".join(lines) + "\n", encoding="utf-8")
    code, _, err = run_cli(capsys, "ballots", "import", path, csv)
    assert code == 0, err


def copy(source: Path, new: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> Path:
    """``copy-setup SOURCE NEW [extra…]`` through the CLI."""
    code, _, err = run_cli(capsys, "copy-setup", source, new, *extra)
    assert code == 0, err
    return new
