"""Every figure of ``python -m tinnhiem_desktop.bench``: a table and one final JSON line.

Figures, not pass/fail: these machines are noisy, so targets are checked by reading the output.
The GUI figures need Qt (offscreen is fine); the core figures need nothing but the disk.
``--officials``, ``--ballots`` and ``--samples`` shrink the run (the tests use a tiny one).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tinnhiem_desktop.services.session import BallotRow, Session, verify_file

N_CANDIDATES = 50
N_BALLOTS = 10_000
SAMPLES = 200


@dataclass(frozen=True)
class Size:
    """How big a run: the issue's figures are for the defaults."""

    officials: int = N_CANDIDATES
    ballots: int = N_BALLOTS
    samples: int = SAMPLES
    startup_runs: int = 5
    minutes_runs: int = 5
    verify_big_officials: int = 100
    verify_big_ballots: int = 100_000


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 3)


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


class CommitFloor:
    """One synced single-row commit at a time, same journal mode and sync as our files: the floor
    under any "recorded" a window can honestly show. The window's figures take one of these
    between ballots, so the floor and the app's own commits meet the same disk at the same
    moments (a noisy disk then moves both, and their ratio stays meaningful)."""

    def __init__(self, path: Path) -> None:
        self._conn = sqlite3.connect(path, isolation_level=None)
        self._conn.execute("PRAGMA journal_mode = DELETE")
        self._conn.execute("PRAGMA synchronous = EXTRA")  # as storage.session_file.configure
        self._conn.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, v TEXT)")
        self.times: list[float] = []

    def once(self) -> float:
        """Commit one row; its wall time in seconds (also kept in ``times``)."""
        start = time.perf_counter()
        self._conn.execute("BEGIN")
        self._conn.execute("INSERT INTO t (v) VALUES (?)", (str(len(self.times)),))
        self._conn.execute("COMMIT")
        elapsed = time.perf_counter() - start
        self.times.append(elapsed)
        return elapsed

    def close(self) -> None:
        """Close the floor's database."""
        self._conn.close()


def build_big_session(path: Path, n_candidates: int = N_CANDIDATES,
                      n_ballots: int = N_BALLOTS, headroom: int = 1000) -> Session:
    """A session with ``n_candidates`` officials and ``n_ballots`` random ballots recorded."""
    rng = random.Random(2026)
    s = Session.create(path, "party-qd96-2023", title="Benchmark", summoned=100, present=100)
    t = s.ballot_type().id
    s.set_candidates(t, [(f"Nguyễn Văn Người Thứ {i:02d}", "Ủy viên") for i in range(n_candidates)])
    s.set_accounting(t, issued=n_ballots + headroom, collected=n_ballots + headroom)
    codes = "1112223x0"
    rows = [BallotRow(None, "".join(rng.choice(codes) for _ in range(n_candidates)))
            for _ in range(n_ballots)]
    s.record_ballots(t, rows)
    return s


def time_calls(fn: Callable[[], object], samples: int) -> list[float]:
    """Wall time of each call, in seconds."""
    out = []
    for _ in range(samples):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def core_figures(folder: Path, size: Size = Size()) -> dict[str, Any]:
    """Recording through the service, results and verify on 10,000 × 50; ``sqlite_commit_ms``,
    the floor under a ballot recorded: a bare synced commit (:class:`CommitFloor`) timed between
    the service's ballots, so both meet the disk at the same moments. Timed on its own before
    them, in a folder just made, the floor was the disk's slowest moments: 3–4 ms a commit for
    the first dozen here, against 1 ms a few seconds later (the tests' tiny run took it from
    those alone and found a ballot recorded faster than half a bare commit)."""
    s = build_big_session(folder / "big.tinnhiem", size.officials, size.ballots)
    t = s.ballot_type().id
    rng = random.Random(1)
    floor = CommitFloor(folder / "floor.sqlite")
    record = []
    try:
        for _ in range(size.samples):
            marks = "".join(rng.choice("123") for _ in range(size.officials))
            start = time.perf_counter()
            s.record_ballot(t, marks)
            record.append(time.perf_counter() - start)
            floor.once()
    finally:
        floor.close()
    s.close()
    with Session.open(folder / "big.tinnhiem", readonly=True) as ro:
        results = time_calls(ro.results, 20)
        verify = time_calls(ro.verify, 3)
        assert ro.verify().ok
    return {
        "sqlite_commit_ms": _ms(statistics.median(floor.times)),
        "service_record_ms_p50": _ms(statistics.median(record)),
        "service_record_ms_p99": _ms(_percentile(record, 99)),
        "results_ms": _ms(statistics.median(results)),
        "verify_ms": _ms(statistics.median(verify)),
        "verify_peak_mb": verify_peak_mb(folder / "big.tinnhiem"),
        "file_mb": round((folder / "big.tinnhiem").stat().st_size / 1e6, 2),
    }


def verify_peak_mb(path: Path) -> float:
    """The peak of what one ``verify_file(path)`` allocates, in MB (10⁶ bytes): Python's
    allocations, traced by ``tracemalloc`` from the call on (SQLite's own page cache, 2 MB at
    most by default, is not among them). It should hardly depend on the number of ballots:
    ``verify`` streams the log and the ballots table and keeps 4 bytes a ballot."""
    tracemalloc.start()
    try:
        report = verify_file(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert report.ok, report.problems
    return round(peak / 1e6, 3)


def gui_figures(folder: Path, size: Size = Size()) -> dict[str, Any]:
    """Figures that need the window (Qt; offscreen without a display)."""
    from tinnhiem_desktop.bench import window

    figures: dict[str, Any] = window.measure(
        folder, build_big_session, n_candidates=size.officials, n_ballots=size.ballots,
        samples=size.samples, startup_runs=size.startup_runs,
    )
    return figures


def verify_big_figure(folder: Path, size: Size = Size()) -> dict[str, Any]:
    """``verify`` of a 100,000 × 100 session (median of three), and the peak of what it
    allocates (:func:`verify_peak_mb`, a fourth run: tracing slows it down)."""
    path = folder / "verify-big.tinnhiem"
    build_big_session(path, size.verify_big_officials, size.verify_big_ballots,
                      headroom=10).close()
    times = []
    for _ in range(3):
        start = time.perf_counter()
        report = verify_file(path)
        times.append(time.perf_counter() - start)
        assert report.ok, report.problems
    peak = verify_peak_mb(path)
    path.unlink()
    return {"verify_100k_ms": _ms(statistics.median(times)), "verify_100k_peak_mb": peak}


FIRST_MINUTES = """
import time
start = time.perf_counter()
from tinnhiem_desktop.reports.minutes import render_minutes
imported = time.perf_counter() - start
from tinnhiem_desktop.bench.minutes import sample_results
results = sample_results()
start = time.perf_counter()
render_minutes(results)
print(imported + time.perf_counter() - start)
"""
"""The first minutes of a run, as the first Ctrl+P pays them: the PDF layer's imports (fpdf2
and its fonts) and one rendering, in a fresh interpreter; building the sample results is not
counted."""


def first_minutes_ms(runs: int = 3) -> float:
    """Median over ``runs`` fresh processes of :data:`FIRST_MINUTES`."""
    times = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", FIRST_MINUTES], capture_output=True,
                             text=True, check=True, timeout=120).stdout
        times.append(float(out.split()[-1]))
    return _ms(statistics.median(times))


def report_figures(size: Size = Size()) -> dict[str, Any]:
    """Minutes PDF for 60 officials on three ballot types: the slowest of a cold run and
    ``size.minutes_runs`` warm ones (the figure held against the 1 s target)."""
    from tinnhiem_desktop.bench.minutes import bench_minutes

    with contextlib.redirect_stdout(io.StringIO()):  # it prints its own line; the table says it
        slowest = bench_minutes(runs=size.minutes_runs)
    return {"minutes_ms": _ms(slowest),
            "minutes_first_ms": first_minutes_ms(max(1, min(3, size.minutes_runs)))}


def group_figures(folder: Path, size: Size = Size()) -> dict[str, Any]:
    """Merging 10 counting groups of a tenth of the ballots each, and comparing two passes of
    all of them (issue 13: 10 × 1,000 × 50 under 2 s, 2 × 10,000 under 1 s)."""
    from tinnhiem_desktop.bench import groups

    return {"merge_ms": round(groups.merge_ms(folder, size.officials, size.ballots), 3),
            "compare_ms": round(groups.compare_ms(folder, size.officials, size.ballots), 3)}


def collect(folder: Path, size: Size = Size()) -> dict[str, Any]:
    """Every figure, measured in ``folder``."""
    figures: dict[str, Any] = core_figures(folder, size)
    figures.update(group_figures(folder, size))
    figures.update(verify_big_figure(folder, size))
    figures.update(report_figures(size))
    figures.update(gui_figures(folder, size))  # peak_rss_mb: the app's process, not this one
    return figures


def main(argv: Sequence[str] | None = None) -> int:
    """Run every figure once and print them."""
    parser = argparse.ArgumentParser(prog="python -m tinnhiem_desktop.bench")
    parser.add_argument("--officials", type=int, default=N_CANDIDATES)
    parser.add_argument("--ballots", type=int, default=N_BALLOTS)
    parser.add_argument("--samples", type=int, default=SAMPLES)
    args = parser.parse_args(argv)
    size = Size(args.officials, args.ballots, args.samples)
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="tinnhiem-bench-") as tmp:
        figures = collect(Path(tmp), size)
    width = max(len(k) for k in figures)
    for key, value in figures.items():
        print(f"{key:<{width}}  {value}")
    print(json.dumps(figures, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
