"""Every published result in the shared test data, rebuilt from ballots through the CLI."""

import csv
import json
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import pytest

from tinnhiem_desktop.cli import main

HERE = Path(__file__).parent
SHARED = HERE.parent.parent / "shared" / "testdata" / "published-results.csv"
DATA = SHARED if SHARED.exists() else HERE / "fixtures" / "published-results.csv"


def _polls() -> dict[str, list[dict[str, str]]]:
    polls: dict[str, list[dict[str, str]]] = defaultdict(list)
    with DATA.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            polls[row["poll"]].append(row)
    return dict(polls)


POLLS = _polls()


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


@pytest.mark.parametrize("poll", sorted(POLLS))
def test_published_poll_reproduces(
    poll: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = POLLS[poll]
    first = rows[0]
    collected = int(first["collected"])
    session = tmp_path / f"{poll}.tinnhiem"
    extra = []
    if first["base"] == "total_delegates":
        extra = ["--total-delegates", first["base_count"]]
    _cli(capsys, "new", session, "--regime", first["regime"], "--title", poll, *extra)

    officials = tmp_path / "officials.csv"
    with officials.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["ho_ten", "chuc_vu"])
        w.writerows([r["name"], ""] for r in rows)
    _cli(capsys, "candidates", "import", session, officials)
    _cli(capsys, "accounting", session, "--issued", collected, "--collected", collected)

    ballots = tmp_path / "ballots.csv"
    with ballots.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["so_phieu", *(r["name"] for r in rows)])
        for i in range(collected):
            marks = []
            for r in rows:
                high, medium, low = int(r["high"]), int(r["medium"]), int(r["low"])
                marks.append(
                    "1" if i < high else "2" if i < high + medium
                    else "3" if i < high + medium + low else ""
                )
            w.writerow([i + 1, *marks])
    _cli(capsys, "ballots", "import", session, ballots)

    result = json.loads(_cli(capsys, "results", session, "--json"))
    (bt,) = result["ballot_types"]
    assert bt["denominator"] == {"basis": first["base"], "value": int(first["base_count"])}
    assert bt["recorded"] == collected
    for row, cand in zip(rows, bt["candidates"], strict=True):
        assert cand["name"] == row["name"]
        for level in ("high", "medium", "low"):
            assert cand["counts"][level] == int(row[level])
            published = row[f"published_{level}_pct"]
            if published:
                # the press drops trailing zeros: compare numerically at two decimals
                assert Decimal(cand["percent"][level]) == Decimal(published.replace(",", ".")), (
                    row["name"], level
                )
    assert _cli(capsys, "verify", session).startswith("Tệp nguyên vẹn")
