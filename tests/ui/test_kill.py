"""The window never shows a ballot as recorded before it is on disk, proven with SIGKILL.

A child process runs the real window offscreen on a session file and types ballots into its own
entry screen; whenever the read-back strip shows a new ballot number it prints it (see
``kill_helper.py``). The parent kills it with SIGKILL at a random moment, then opens the file
read-only, verifies it, and checks that every number the window had shown is in the file. The
next child reopens the same file (taking over the dead one's lock) and carries on.

As in ``tests/robustness/test_crash.py``: SIGKILL proves the window reports a ballot only after
the transaction committed; durability against a power cut rests on ``synchronous=FULL``.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tinnhiem_desktop.services.session import Session

from .conftest import NAMES

ROOT = Path(__file__).resolve().parents[2]
HELPER = Path(__file__).with_name("kill_helper.py")

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _new_session(tmp_path: Path) -> Path:
    path = tmp_path / "dem-phieu.tinnhiem"
    with Session.create(path, "party-qd96-2023", title="Hội nghị thử tắt đột ngột") as s:
        t = s.ballot_type().id
        s.set_candidates(t, NAMES)
        s.set_accounting(t, issued=100_000, collected=100_000)
    return path


def _kill_window(path: Path, folder: Path, seed: int, rnd: random.Random) -> list[int]:
    """Start the window, kill it at a random moment; the numbers it showed as recorded."""
    errors = folder / f"stderr-{seed}.txt"
    with errors.open("wb") as err:
        proc = subprocess.Popen(
            [sys.executable, str(HELPER), str(path), str(folder), str(seed)],
            stdout=subprocess.PIPE, stderr=err, env=_env(), cwd=ROOT,
        )
    assert proc.stdout is not None
    with proc.stdout:
        try:
            if rnd.random() < 0.15:
                time.sleep(rnd.uniform(0, 0.4))  # sometimes while it is still opening
            else:
                first = proc.stdout.readline()
                assert first == b"ready\n", errors.read_text("utf-8", "replace")
                time.sleep(rnd.uniform(0.05, 0.7))
        finally:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
        out = proc.stdout.read()
    assert proc.returncode == -signal.SIGKILL, errors.read_text("utf-8", "replace")
    lines = out.split(b"\n")[:-1]  # a line without its newline was never fully printed
    return [int(line) for line in lines if line and line != b"ready"]


def _run(tmp_path: Path, kills: int, seed: int) -> tuple[int, int]:
    rnd = random.Random(seed)
    path = _new_session(tmp_path)
    folder = tmp_path / "tien-trinh"
    folder.mkdir()
    shown_total: set[int] = set()
    for k in range(kills):
        shown = _kill_window(path, folder, seed * 1000 + k, rnd)
        with Session.open(path, readonly=True) as s:
            report = s.verify()
            t = s.ballot_type().id
            in_file = {b.number for b in s.active_ballots(t)}
        assert report.ok, report.problems
        missing = sorted(set(shown) - in_file)
        assert not missing, f"kill {k}: shown as recorded but not in the file: {missing}"
        assert in_file == set(range(1, len(in_file) + 1))
        shown_total |= set(shown)
    return len(shown_total), len(in_file)


def test_window_killed_three_times_loses_nothing_it_showed(tmp_path: Path) -> None:
    start = time.monotonic()
    shown, in_file = _run(tmp_path, kills=3, seed=5)
    assert shown > 0, "the window never showed a ballot: nothing was proven"
    assert in_file >= shown
    assert time.monotonic() - start < 20


@pytest.mark.slow
def test_window_killed_many_times_loses_nothing_it_showed(tmp_path: Path) -> None:
    shown, in_file = _run(tmp_path, kills=25, seed=11)
    assert shown > 25 and in_file >= shown
