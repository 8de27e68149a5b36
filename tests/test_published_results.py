"""Every published result (real polls as printed in the press), rebuilt from ballots through the
CLI: the counts, the percentages the press printed, and the band, the legal outcome.

The data is the committed copy, ``tests/fixtures/published-results.csv`` (one row per official:
regime, the 100 % base D and its size, counts, the published percentages, the source page). The
bands are decided here, on integers, from the regime's rule as docs/domain.md §3-§4 states it,
and compared with what the app reports."""

import csv
import json
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import pytest

from tinnhiem_desktop.cli import main

DATA = Path(__file__).parent / "fixtures" / "published-results.csv"


def _poll_band(low: int, d: int) -> str:
    """Party QĐ 96 and state NQ 96/2023: low count L over the base D."""
    if 3 * low >= 2 * d:
        return "two_thirds"
    if 2 * low > d and 3 * low < 2 * d:
        return "over_half"
    return "none"


def _nq85_band(low: int, total_delegates: int) -> str:
    """NQ 85/2014: L over the total number of delegates; from 2/3 up is the higher band."""
    if 3 * low >= 2 * total_delegates:
        return "two_thirds"
    if 2 * low > total_delegates:
        return "over_half"
    return "none"


def _vote_band(no_confidence: int, d: int) -> str:
    """A confidence vote: more than half of D said no confidence."""
    return "over_half" if 2 * no_confidence > d else "none"


BAND_RULE = {
    "party-qd96-2023": lambda row, d: _poll_band(int(row["low"]), d),
    "state-nq96-2023": lambda row, d: _poll_band(int(row["low"]), d),
    "state-nq85-2014": lambda row, d: _nq85_band(int(row["low"]), d),
    "state-vote-nq96-2023": lambda row, d: _vote_band(int(row["no_confidence"]), d),
    "party-vote": lambda row, d: _vote_band(int(row["no_confidence"]), d),
}


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

    # The legal outcome: the band, decided here on integers from the regime's rule.
    base = int(first["base_count"])
    rule = BAND_RULE[first["regime"]]
    for row, cand in zip(rows, bt["candidates"], strict=True):
        assert cand["band"] == rule(row, base), (row["name"], row["low"], base)


def test_the_published_results_reach_a_band() -> None:
    """The data is not all 'no band': at least one official crosses a threshold."""
    bands = {BAND_RULE[r["regime"]](r, int(r["base_count"]))
             for rows in POLLS.values() for r in rows}
    assert "over_half" in bands
