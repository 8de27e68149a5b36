"""Crash safety, proven: a process recording ballots is killed with SIGKILL at random moments.

After every kill the file must open, pass SQLite's integrity check and ``verify``, and hold every
ballot the process had reported as recorded (it prints a number only after ``record_ballot``
returned). An import killed midway leaves all of its ballots or none.

What this proves and what it does not: SIGKILL ends the process at any instruction, including
inside a commit, so it proves the file is transactional and never half-written by *us*. The OS
page cache survives a killed process, so it does not prove durability against a power cut; that
rests on ``synchronous=FULL`` with the rollback journal (fsync before "recorded").
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers import make_session
from tinnhiem_desktop.services.session import Session, verify_file

ROOT = Path(__file__).resolve().parents[2]
HELPER = Path(__file__).with_name("crash_helper.py")

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _integrity(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("PRAGMA integrity_check")]
    finally:
        conn.close()


def _check_after_kill(path: Path) -> list[int]:
    """The file opens for writing (stale lock taken over), is intact; returns active numbers."""
    # First as an archivist would, read-only and before any writer rolled back a hot journal.
    assert verify_file(path).ok
    with Session.open(path) as s:  # rolls back a hot journal, takes over the stale lock
        t = s.ballot_type().id
        numbers = [b.number for b in s.active_ballots(t)]
    assert _integrity(path) == ["ok"]
    report = verify_file(path)
    assert report.ok, report.problems
    return numbers


def _kill_recorder(path: Path, seed: int, rnd: random.Random) -> list[int]:
    """Start the recorder, kill it at a random moment; return the numbers it reported."""
    errors = path.with_name("helper-stderr.txt")
    with errors.open("wb") as err:
        proc = subprocess.Popen(
            [sys.executable, str(HELPER), str(path), str(seed)],
            stdout=subprocess.PIPE, stderr=err, env=_env(), cwd=ROOT,
        )
    assert proc.stdout is not None
    with proc.stdout:
        try:
            if rnd.random() < 0.15:
                # Sometimes while it is still opening (lock, verify, hot-journal rollback).
                time.sleep(rnd.uniform(0, 0.3))
                first = b""
            else:
                first = proc.stdout.readline()
                assert first == b"ready\n", errors.read_text("utf-8", "replace")
                time.sleep(rnd.uniform(0.0, 0.25))
            proc.send_signal(signal.SIGKILL)
            # Read through the same buffered reader readline used (it may hold later lines).
            out = first + proc.stdout.read()
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, errors.read_text("utf-8", "replace")
    lines = [line for line in out.decode().split() if line != "ready"]
    return [int(line) for line in lines]


def _recorder_run(tmp_path: Path, kills: int, seed: int) -> None:
    make_session(tmp_path, n_candidates=6, collected=1_000_000).close()
    path = tmp_path / "phien.tinnhiem"
    rnd = random.Random(seed)
    reported: list[int] = []
    for i in range(kills):
        got = _kill_recorder(path, seed * 1000 + i, rnd)
        reported += got
        in_file = _check_after_kill(path)
        assert set(reported) <= set(in_file), "a ballot reported as recorded was lost"
        # Numbers run 1..N with no gap; at most one ballot committed but not yet printed.
        assert in_file == list(range(1, len(in_file) + 1))
        assert len(in_file) - len(reported) in (0, 1)
        reported = in_file  # the unprinted one, if any, is now known to be there
    assert len(reported) > kills, "the recorder hardly recorded anything: timings are off"
    for copy in (tmp_path / "phien.saoluu").glob("*.tinnhiem"):
        assert verify_file(copy).ok, copy
    # Only the copy the very last kill interrupted may be left half-written (cleared on next open).
    assert len(list((tmp_path / "phien.saoluu").glob("*.dang-ghi"))) <= 1, "leftovers pile up"


def test_recorder_killed_a_few_times(tmp_path: Path) -> None:
    _recorder_run(tmp_path, kills=5, seed=7)


@pytest.mark.slow
def test_recorder_killed_sixty_times(tmp_path: Path) -> None:
    _recorder_run(tmp_path, kills=60, seed=20261127)


# ------------------------------------------------------------------ import killed midway

N_IMPORT = 3000


def _import_fixture(tmp_path: Path) -> tuple[Path, Path, int]:
    s = make_session(tmp_path, n_candidates=6, collected=N_IMPORT + 5, name="goc.tinnhiem")
    t = s.ballot_type().id
    for _ in range(5):
        s.record_ballot(t, "123123")
    s.close()
    rnd = random.Random(5)
    with Session.open(tmp_path / "goc.tinnhiem", readonly=True) as s:
        header = ["so_phieu", *(c.name for c in s.candidates(t))]
    lines = [",".join(header)]
    for number in range(6, N_IMPORT + 6):
        lines.append(",".join([str(number), *(rnd.choice(["1", "2", "3", "", "x"])
                                              for _ in range(6))]))
    csv_path = tmp_path / "phieu.csv"
    csv_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path / "goc.tinnhiem", csv_path, 5


def _import_cmd(path: Path, csv_path: Path) -> list[str]:
    return [sys.executable, "-m", "tinnhiem_desktop", "ballots", "import", str(path), str(csv_path)]


def _import_run(tmp_path: Path, kills: int, seed: int) -> None:
    base, csv_path, before = _import_fixture(tmp_path)
    # How long a whole import takes here, so that kills land before, during and after it.
    timing = tmp_path / "timing.tinnhiem"
    shutil.copyfile(base, timing)
    start = time.perf_counter()
    subprocess.run(_import_cmd(timing, csv_path), check=True, env=_env(), cwd=ROOT,
                   capture_output=True)
    full = time.perf_counter() - start
    rnd = random.Random(seed)
    outcomes = {"none": 0, "all": 0}
    for i in range(kills):
        path = tmp_path / f"kill-{i}.tinnhiem"
        shutil.copyfile(base, path)
        proc = subprocess.Popen(_import_cmd(path, csv_path), env=_env(), cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rnd.uniform(0.1, full * 1.1))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        count = len(_check_after_kill(path))
        assert count in (before, before + N_IMPORT), f"import left {count - before} ballots"
        outcomes["none" if count == before else "all"] += 1
    print(f"\nimport killed {kills}x (full import {full:.2f}s): {outcomes}")
    assert outcomes["none"] > 0


def test_import_killed_midway_twice(tmp_path: Path) -> None:
    _import_run(tmp_path, kills=2, seed=3)


@pytest.mark.slow
def test_import_killed_midway_many_times(tmp_path: Path) -> None:
    _import_run(tmp_path, kills=15, seed=11)
