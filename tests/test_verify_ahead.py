"""Verifying the file named on the command line in a second process while the window starts
(``verify_ahead.py``): its report is the one ``verify_file`` gives, and it is used only
for the file exactly as the window has it open — anything else gives no report, and the window
verifies the file itself."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tinnhiem_desktop import verify_ahead
from tinnhiem_desktop.bench.figures import build_big_session
from tinnhiem_desktop.services.session import Session, verify_file

from .helpers import ROOT
from .robustness.forgery import forging


@pytest.fixture(autouse=True)
def _child_finds_the_package(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The child is ``python -m tinnhiem_desktop``: this checkout's package, whatever the
    directory the tests run from; no child outlives a test."""
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    yield
    verify_ahead.stop()


def _file(tmp_path: Path, ballots: int = 30) -> Path:
    path = tmp_path / "phien.tinnhiem"
    build_big_session(path, 3, ballots).close()
    return path


def _ahead(path: Path) -> verify_ahead.Ahead:
    verify_ahead.start(path)
    ahead = verify_ahead.take(path)
    assert ahead is not None
    return ahead


def test_the_childs_report_is_verify_files_own(tmp_path: Path) -> None:
    path = _file(tmp_path)
    seen: list[tuple[int, int]] = []
    report = _ahead(path).report(lambda done, total: seen.append((done, total)))
    assert report is not None
    expected = verify_file(path)
    assert (report.ok, report.fingerprint, report.entries, report.problems) == (
        True, expected.fingerprint, expected.entries, [])
    assert seen[-1] == (expected.entries, expected.entries)  # its progress reached the caller


def test_a_forged_files_report_names_the_same_problems(tmp_path: Path) -> None:
    path = _file(tmp_path)
    with forging(path) as conn:
        conn.execute("UPDATE ballots SET marks = '333' WHERE id = 2")
    report = _ahead(path).report()
    assert report is not None and not report.ok
    assert report.problems == verify_file(path).problems


@pytest.mark.parametrize("change", ["a ballot recorded", "a ballot forged", "another file put in "
                                    "its place", "its bytes edited, times and counter put back"])
def test_a_file_changed_after_the_child_verified_it_gets_no_report(
    tmp_path: Path, change: str
) -> None:
    path = _file(tmp_path)
    copy = tmp_path / "copy.tinnhiem"
    shutil.copyfile(path, copy)
    ahead = _ahead(path)
    ahead._process.wait()  # the child is done: it verified the file as it was  # noqa: SLF001
    if change == "a ballot recorded":
        with Session.open(path) as s:
            s.record_ballot(s.ballot_type().id, "111")
    elif change == "a ballot forged":
        with forging(path) as conn:
            conn.execute("UPDATE ballots SET marks = '333' WHERE id = 2")
    elif change == "another file put in its place":
        os.replace(copy, path)  # the same bytes, but not the file verified
    else:
        before = os.stat(path)
        data = bytearray(path.read_bytes())
        at = data.find(b'"marks":"') + 9
        data[at] = ord("2") if data[at] == ord("1") else ord("1")  # the header untouched
        path.write_bytes(bytes(data))
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert ahead.report() is None
    assert verify_file(path).ok == (change in ("a ballot recorded",
                                               "another file put in its place"))


def test_a_commit_kept_in_a_write_ahead_log_gets_no_report(tmp_path: Path) -> None:
    """A file switched to WAL mode takes its commits in ``<file>-wal``: its own bytes, times
    and change counter stay as they were until a checkpoint, yet SQLite reads the commit."""
    path = _file(tmp_path)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        assert conn.execute("PRAGMA journal_mode = WAL").fetchone() == ("wal",)
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        ahead = _ahead(path)
        ahead._process.wait()  # noqa: SLF001
        before = os.stat(path)
        for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute("UPDATE ballots SET marks = '333' WHERE id = 2")
        after = os.stat(path)
        assert (after.st_size, after.st_mtime_ns, after.st_ctime_ns) == (
            before.st_size, before.st_mtime_ns, before.st_ctime_ns)  # only the log changed
        assert ahead.report() is None
    finally:
        conn.close()


def test_no_report_from_a_child_that_fails_or_for_another_file(tmp_path: Path) -> None:
    path = _file(tmp_path)
    junk = tmp_path / "junk.tinnhiem"
    junk.write_bytes(b"not a session file at all" * 10)
    assert _ahead(junk).report() is None
    verify_ahead.start(path)
    assert verify_ahead.take(tmp_path / "other.tinnhiem") is None  # and the child is stopped
    assert verify_ahead.take(path) is None  # handed out once, or never


def test_a_silent_child_is_stopped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(verify_ahead, "SILENCE_S", 0.5)
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"],
                             stdout=subprocess.PIPE, text=True)
    ahead = verify_ahead.Ahead(_file(tmp_path), child)
    start = time.monotonic()
    assert ahead.report() is None
    assert time.monotonic() - start < 10
    assert child.poll() is not None


def test_malformed_output_gives_no_report(tmp_path: Path) -> None:
    path = _file(tmp_path)
    said = verify_ahead.identity(path)
    for lines in (['before [1]', 'after [1]', 'report {"fingerprint": 1}'],
                  [f"before {list(said)}", f"after {list(said)}", "report not json"],
                  [f"before {list(said)}", f"after {list(said)}",
                   'report {"fingerprint": "ab", "entries": 1, "problems": [3], '
                   '"finalised_hash": null, "finalised_seq": null}']):
        code = "import sys; sys.stdout.write(sys.argv[1])"
        child = subprocess.Popen([sys.executable, "-c", code, "\n".join(lines) + "\n"],
                                 stdout=subprocess.PIPE, text=True)
        assert verify_ahead.Ahead(path, child).report() is None, lines


def test_cancelling_stops_the_child(tmp_path: Path) -> None:
    path = _file(tmp_path, ballots=5000)

    class Cancelled(Exception):
        pass

    def progress(done: int, total: int) -> None:
        raise Cancelled

    ahead = _ahead(path)
    with pytest.raises(Cancelled):
        ahead.report(progress)
    assert ahead._process.poll() is not None  # noqa: SLF001


@pytest.mark.skipif(not hasattr(os, "getpriority"), reason="POSIX process priorities")
def test_the_child_runs_at_a_lower_priority_than_the_window(tmp_path: Path) -> None:
    """Where the window and the child meet on one processor the window's start comes first
    (``CHILD_NICENESS``); the child's report is the same."""
    path = _file(tmp_path, ballots=5000)
    ahead = _ahead(path)
    pid = ahead._process.pid  # type: ignore[attr-defined]  # noqa: SLF001
    ours = os.getpriority(os.PRIO_PROCESS, 0)
    assert os.getpriority(os.PRIO_PROCESS, pid) == min(ours + verify_ahead.CHILD_NICENESS, 19)
    report = ahead.report(None)
    assert report is not None and report.ok
