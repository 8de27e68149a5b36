"""Builders shared by the core tests: real session files in tmp_path, nothing mocked."""

from __future__ import annotations

import hashlib
import itertools
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tinnhiem_desktop.cli import main as cli_main
from tinnhiem_desktop.services.session import Session

NAMES = [
    ("Nguyễn Thị Việt Dung", "Chủ tịch"),
    ("Trần Thị Ánh Tuyết", "Phó Chủ tịch Thường trực"),
    ("Phạm Ngọc Ẩn", "Phó Chủ tịch"),
    ("Lê Quang Hưng", "Ủy viên Ban Thường vụ"),
    ("Đặng Thị Ngọc Thịnh", "Trưởng ban Tuyên giáo"),
    ("Ưng Hoàng Phúc", "Chánh Văn phòng"),
]


def fixed_clock() -> Iterator[str]:
    """Deterministic timestamps, one second apart."""
    for i in itertools.count():
        yield f"2026-11-27T08:{i // 60 % 60:02d}:{i % 60:02d}+07:00"


def make_session(
    tmp_path: Path,
    regime: str = "party-qd96-2023",
    n_candidates: int = 3,
    collected: int = 10,
    name: str = "phien.tinnhiem",
    **info: object,
) -> Session:
    """A session with officials and accounting set, ready for ballots."""
    clock = fixed_clock()
    s = Session.create(tmp_path / name, regime, clock=lambda: next(clock), **info)
    bt = s.ballot_type()
    s.set_candidates(bt.id, NAMES[:n_candidates])
    s.set_accounting(bt.id, issued=collected, collected=collected)
    return s


VIETNAMESE_ONLY = frozenset(
    "ăâđêôơưĂÂĐÊÔƠƯàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
    "ÀẢÃÁẠẰẲẴẮẶẦẨẪẤẬÈẺẼÉẸỀỂỄẾỆÌỈĨÍỊÒỎÕÓỌỒỔỖỐỘỜỞỠỚỢÙỦŨÚỤỪỬỮỨỰỲỶỸÝỴ"
)
"""Letters that occur in Vietnamese and not in English: a text holding one is not English."""


IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def make_readonly(path: Path, made: list[tuple[Path, int]]) -> None:
    """Make ``path`` read-only for real (the ``immutable`` fixture undoes it). As root, mode bits
    do not stop writes, so ``chattr +i`` is used. ``path`` is recorded before it is changed, so
    the fixture restores it whatever happens next."""
    if sys.platform == "win32" and path.is_dir():
        # Windows keeps a folder's read-only attribute but still lets files be created in it.
        pytest.skip("Windows cannot make a folder read-only with mode bits")
    mode = path.stat().st_mode & 0o7777
    if IS_ROOT:
        if shutil.which("chattr") is None:
            pytest.skip("running as root without chattr: cannot make a file read-only")
        made.append((path, mode))
        done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
        if done.returncode != 0:
            pytest.skip(f"chattr +i not possible here: {done.stderr!r}")
    else:
        made.append((path, mode))
        path.chmod(0o555 if path.is_dir() else 0o444)


def undo_readonly(made: list[tuple[Path, int]]) -> None:
    """Give back what :func:`make_readonly` took: every path is tried, and a path that could not
    be restored fails the test by name (an immutable file left in /tmp outlives the run)."""
    left = []
    for path, mode in reversed(made):
        try:
            if IS_ROOT:
                done = subprocess.run(["chattr", "-i", str(path)], capture_output=True,
                                      check=False)
                if done.returncode != 0:
                    left.append(f"{path}: chattr -i: {done.stderr!r}")
                    continue
            path.chmod(mode)
        except OSError as exc:
            left.append(f"{path}: {exc}")
    made.clear()
    if left:
        raise RuntimeError("could not restore write access:\n" + "\n".join(left))


def run_cli(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    """Run one CLI command in-process: (exit code, stdout, stderr); never a traceback."""
    code = cli_main([str(a) for a in args])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def sha256_of(path: Path) -> str:
    """The file's bytes, hashed: to show a refused operation left it byte-for-byte unchanged."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def raw_connection(session: Session) -> sqlite3.Connection:
    """The test-only door to an open session's SQLite connection, for simulations the app has
    no use case for (a full disk, an append-only trigger firing). Nothing in the product reaches
    past ``Session``."""
    return session._file._conn  # noqa: SLF001


ROOT = Path(__file__).resolve().parents[1]


def fresh_python(code: str, *args: str) -> str:
    """Run ``code`` in a fresh interpreter (this checkout's package, Qt offscreen) and return
    what it printed; its failure, with its error output, fails the test. For what only a new
    process shows: what importing or starting loads, and what it costs PySide."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", code, *args], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout
