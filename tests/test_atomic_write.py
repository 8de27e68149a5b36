"""Every output is written whole or not at all: a failure or a crash half-way through leaves the
old file byte for byte as it was (temporary name in the same folder, fsync, rename)."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reports.builders import small_session
from tinnhiem_desktop import atomic_write
from tinnhiem_desktop.atomic_write import TEMP_SUFFIX, write_atomic
from tinnhiem_desktop.domain.errors import FileNotWritable, InvalidInput

ROOT = Path(__file__).resolve().parents[1]
POSIX = pytest.mark.skipif(os.name != "posix", reason="RLIMIT_FSIZE and SIGXFSZ are POSIX")
OLD = "bản cũ, phải còn nguyên\n".encode() * 200


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_writes_and_replaces_whole(tmp_path: Path) -> None:
    out = tmp_path / "kq.json"
    write_atomic(out, b"first")
    out.chmod(0o640)
    write_atomic(out, b"second, longer")
    assert out.read_bytes() == b"second, longer"
    assert _names(tmp_path) == ["kq.json"]
    assert out.stat().st_mode & 0o777 == 0o640  # a replaced file keeps its permissions


def test_a_failed_sync_leaves_the_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "bien-ban.pdf"
    out.write_bytes(OLD)

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic_write.os, "fsync", disk_full)
    with pytest.raises(FileNotWritable, match="Không ghi được .*Tệp cũ .* không bị thay đổi"):
        write_atomic(out, b"%PDF-1.7 new" * 1000)
    assert out.read_bytes() == OLD
    assert _names(tmp_path) == ["bien-ban.pdf"]


def test_bad_destinations(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="đây là một thư mục"):
        write_atomic(tmp_path, b"x")
    with pytest.raises(InvalidInput, match="không tồn tại"):
        write_atomic(tmp_path / "khong-co" / "x.csv", b"x")
    (tmp_path / "tep").write_bytes(b"")
    with pytest.raises(InvalidInput, match="không tồn tại"):
        write_atomic(tmp_path / "tep" / "x.csv", b"x")
    locked = tmp_path / "chi-doc.pdf"
    locked.write_bytes(OLD)
    locked.chmod(0o444)
    with pytest.raises(FileNotWritable, match="chỉ cho phép đọc"):
        write_atomic(locked, b"new")
    assert locked.read_bytes() == OLD
    assert _names(tmp_path) == ["chi-doc.pdf", "tep"]


OUTPUTS = [
    ("minutes", "{f}", "-o", "{out}.pdf"),
    ("ballot-paper", "{f}", "-o", "{out}.pdf"),
    ("export", "{f}", "-o", "{out}.csv"),
    ("export", "{f}", "-o", "{out}.xlsx"),
    ("export", "{f}", "-o", "{out}.json"),
    ("ballots", "export", "{f}", "{out}.csv"),
]
OUTPUT_IDS = ["minutes", "ballot-paper", "csv", "xlsx", "json", "ballots-export"]
LIMIT = 200
"""Bytes a process may write to one file (RLIMIT_FSIZE): every output here is larger."""


@pytest.fixture(scope="module")
def session_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("phien")
    s = small_session(folder)
    s.close()
    return s.path


def _limited(code: str, args: list[str]) -> subprocess.CompletedProcess[str]:
    def limit() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_FSIZE, (LIMIT, LIMIT))

    return subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True,
                          text=True, encoding="utf-8", timeout=120, preexec_fn=limit,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


@POSIX
@pytest.mark.parametrize("command", OUTPUTS, ids=OUTPUT_IDS)
def test_a_write_failing_half_way_keeps_the_old_output(
    session_path: Path, tmp_path: Path, command: tuple[str, ...]
) -> None:
    """The disk refuses after LIMIT bytes (as a full disk does): exit 3, a message, the old file
    unchanged and no temporary file left."""
    out = tmp_path / "ra"
    args = [a.format(f=session_path, out=out) for a in command]
    target = Path(args[-1])
    target.write_bytes(OLD)
    code = "import sys; from tinnhiem_desktop.cli import main; sys.exit(main(sys.argv[1:]))"
    done = _limited(code, args)
    assert done.returncode == 3, done.stderr
    assert done.stderr.startswith("Lỗi: Không ghi được") and "Traceback" not in done.stderr
    assert target.read_bytes() == OLD
    assert _names(tmp_path) == [target.name]


@POSIX
@pytest.mark.parametrize("command", OUTPUTS[:1] + OUTPUTS[3:4], ids=["minutes", "xlsx"])
def test_a_crash_half_way_keeps_the_old_output(
    session_path: Path, tmp_path: Path, command: tuple[str, ...]
) -> None:
    """Killed in the middle of writing (SIGXFSZ, as a power cut or a kill would): the old file
    is intact; only a hidden temporary file may remain."""
    out = tmp_path / "ra"
    args = [a.format(f=session_path, out=out) for a in command]
    target = Path(args[-1])
    target.write_bytes(OLD)
    code = ("import signal, sys; signal.signal(signal.SIGXFSZ, signal.SIG_DFL); "
            "from tinnhiem_desktop.cli import main; sys.exit(main(sys.argv[1:]))")
    done = _limited(code, args)
    assert done.returncode == -signal.SIGXFSZ, done.stderr
    assert target.read_bytes() == OLD
    left = [n for n in _names(tmp_path) if n != target.name]
    assert all(n.startswith(f".{target.name}.") and n.endswith(TEMP_SUFFIX) for n in left), left
