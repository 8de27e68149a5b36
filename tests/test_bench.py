"""The benchmark runs end to end on a tiny size and reports every figure (no timing asserted:
these machines are noisy; the figures are read from ``python -m tinnhiem_desktop.bench``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tinnhiem_desktop import __main__ as entry
from tinnhiem_desktop import cli
from tinnhiem_desktop.bench import figures as bench

KEYS = (
    "bare_qt_startup_ms", "startup_ms", "startup_big_ms", "sqlite_commit_ms",
    "service_record_ms_p50", "service_record_ms_p99", "record_ballot_ms_p50",
    "record_ballot_ms_p99", "mark_key_ms_p50", "mark_key_ms_p99", "results_ms",
    "results_screen_ms", "verify_ms", "minutes_ms", "peak_rss_mb",
)


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_every_figure_is_measured_on_a_tiny_session(tmp_path: Path) -> None:
    size = bench.Size(officials=5, ballots=50, samples=4, startup_runs=1, minutes_runs=1)
    figures = bench.collect(tmp_path, size)
    missing = [k for k in KEYS if k not in figures]
    assert not missing
    not_positive = {k: v for k, v in figures.items() if not v > 0}
    assert not not_positive


def test_the_window_entry_point_knows_every_cli_command() -> None:
    # __main__ spells the names out so that opening the window never imports the CLI.
    assert set(cli.COMMANDS) == entry.CLI_COMMANDS
