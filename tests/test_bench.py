"""The benchmark runs end to end on a tiny size and reports every figure, each one sane (no
timing target asserted: these machines are noisy; the figures are read from
``python -m tinnhiem_desktop.bench``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tinnhiem_desktop import __main__ as entry
from tinnhiem_desktop import cli
from tinnhiem_desktop.bench import figures as bench

TIMES_MS = (
    "bare_qt_startup_ms", "startup_ms", "startup_big_ms", "sqlite_commit_ms",
    "service_record_ms_p50", "service_record_ms_p99", "record_ballot_ms_p50",
    "record_ballot_ms_p99", "mark_key_ms_p50", "mark_key_ms_p99", "results_ms",
    "results_screen_ms", "verify_ms", "minutes_ms", "first_key_after_enter_ms",
    "backup_stall_ms", "merge_ms", "compare_ms", "record_ballot_projector_ms_p50",
    "record_ballot_projector_ms_p99", "first_paint_ms", "first_paint_big_ms", "minutes_first_ms",
    "verify_100k_ms", "sqlite_commit_ms_p99", "read_back_ms_p50", "read_back_projector_ms_p50",
    "projector_lag_ms_p50", "projector_lag_ms_p99", "full_collection_ms",
    "full_collection_unfrozen_ms",
)
DIFFERENCES_MS = ("projector_extra_ms", "projector_extra_low_ms", "projector_extra_high_ms")
RATIOS = ("record_ballot_vs_commit",)
SIZES_MB = ("file_mb", "peak_rss_mb", "verify_peak_mb", "verify_100k_peak_mb")
PERCENTILES = ("service_record_ms", "record_ballot_ms", "mark_key_ms",
               "record_ballot_projector_ms", "projector_lag_ms")


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_every_figure_is_measured_on_a_tiny_session(tmp_path: Path) -> None:
    size = bench.Size(officials=5, ballots=50, samples=4, startup_runs=1, minutes_runs=1,
                      verify_big_officials=3, verify_big_ballots=20)
    figures = bench.collect(tmp_path, size)
    assert sorted(figures) == sorted(TIMES_MS + DIFFERENCES_MS + SIZES_MB + RATIOS)
    assert all(isinstance(v, float) for v in figures.values()), figures
    # Every time is positive and under a minute (a child process has a minute to show).
    assert {k: figures[k] for k in TIMES_MS if not 0 < figures[k] < 60_000} == {}
    for name in PERCENTILES:
        assert figures[f"{name}_p99"] >= figures[f"{name}_p50"], name
    # A session file of 50 ballots is some kilobytes; the app's process holds Qt and a window.
    assert 0 < figures["file_mb"] < 5
    assert 30 < figures["peak_rss_mb"] < 4000
    # What verify allocates for a few dozen ballots: the tables' content, no more than a MB.
    assert 0 < figures["verify_peak_mb"] < 1
    assert 0 < figures["verify_100k_peak_mb"] < 1
    # Ratios that hold on any machine: our window does more than a bare one before its first
    # frame; recording a ballot (through the service, or typed into the window) includes at
    # least one durable commit, so it cannot be much faster than SQLite's bare commit (the
    # factor 2 leaves room for a noisy disk).
    assert figures["startup_ms"] > figures["bare_qt_startup_ms"]
    # The first frame comes before the window is usable; the first minutes of a fresh process
    # pay the PDF layer's imports that the warm runs do not.
    assert figures["first_paint_ms"] < figures["startup_ms"]
    assert figures["first_paint_big_ms"] < figures["startup_big_ms"]
    assert figures["minutes_first_ms"] > 0
    # With the open session frozen, a full collection scans a few thousand objects, not the
    # hundred thousand alive (the modules, Qt's wrappers, the window).
    assert figures["full_collection_ms"] < figures["full_collection_unfrozen_ms"]
    assert figures["service_record_ms_p50"] > figures["sqlite_commit_ms"] / 2
    assert figures["record_ballot_ms_p50"] > figures["sqlite_commit_ms"] / 2
    # The same, against the commits timed between the window's ballots.
    assert figures["record_ballot_vs_commit"] > 0.5
    # With the projector view open, each Enter's read-back is on screen before both windows
    # are done (the room's frame follows it); what the view adds lies inside its interval.
    assert figures["read_back_projector_ms_p50"] <= figures["record_ballot_projector_ms_p50"]
    assert figures["projector_extra_low_ms"] <= figures["projector_extra_ms"] \
        <= figures["projector_extra_high_ms"]
    assert all(abs(figures[k]) < 60_000 for k in DIFFERENCES_MS)


def test_the_window_entry_point_knows_every_cli_command() -> None:
    # __main__ spells the names out so that opening the window never imports the CLI.
    assert set(cli.COMMANDS) == entry.CLI_COMMANDS


UNIX_ONLY = frozenset({"resource", "fcntl", "termios", "pwd", "grp", "posix"})


def test_no_module_imports_a_unix_only_module_at_its_top() -> None:
    """The app and its benchmark run on Windows too: a Unix-only module is imported only inside
    the function that needs it, behind a platform check (lock.py, bench/memory.py)."""
    import ast

    root = Path(entry.__file__).parent
    found = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:  # the module's top level only
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            found += [f"{path.relative_to(root)}: {n}" for n in names
                      if n.split(".")[0] in UNIX_ONLY]
    assert found == []


def test_peak_memory_is_measured_portably() -> None:
    from tinnhiem_desktop.bench.memory import peak_rss_mb

    # This interpreter has pytest, Qt and the app loaded: tens of MB at least, not gigabytes.
    assert 20 < peak_rss_mb() < 4000
