"""One writer per session file: an OS-level lock on a ``FILE.lock`` sidecar.

SQLite's own locks only last for one transaction; two copies of the app could still take turns
writing ballots into the same file, each with its own idea of the next number. The sidecar is
locked with ``flock`` (POSIX) or ``msvcrt.locking`` (Windows) for as long as the file is open for
writing, and holds who has it (host, PID, since when) so the second instance can say so.

The OS drops the lock when the holding process dies, however it dies: a sidecar left behind by a
crash or a power cut is stale by construction and is simply taken over.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import json
import os
import sys
import weakref
from pathlib import Path

from tinnhiem_desktop.domain.errors import FileInUse, FileNotWritable

LOCK_SUFFIX = ".lock"
# Windows locks byte ranges mandatorily: lock a byte far past the text so others can read it.
_WIN_LOCK_OFFSET = 1 << 20


def lock_path(path: Path) -> Path:
    """The sidecar of a session file: ``phien.tinnhiem.lock`` beside it."""
    return path.with_name(path.name + LOCK_SUFFIX)


def _try_lock(fd: int) -> bool:
    """Take the OS lock without waiting; False when another open file holds it."""
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        # flock, not lockf: its locks belong to the open file, so a second open in the same
        # process conflicts too (lockf locks are per process and would let it through).
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


def _close_quietly(fd: int) -> None:
    with contextlib.suppress(OSError):
        os.close(fd)


def _holder_text(sidecar: Path) -> str:
    """Who holds the lock, as a Vietnamese phrase (best effort: the sidecar may be half-written)."""
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
        host, pid, since = str(data["host"]), int(data["pid"]), str(data["since"])
    except (OSError, ValueError, KeyError, TypeError):
        return "một cửa sổ Tín Nhiệm khác (không rõ máy và tiến trình)"
    try:
        when = _dt.datetime.fromisoformat(since).strftime("%H:%M:%S ngày %d/%m/%Y")
    except ValueError:
        when = since
    return f"Tín Nhiệm trên máy “{host}” (tiến trình số {pid}), mở từ {when}"


def _host_name() -> str:
    """This computer's name, as ``socket.gethostname()`` gives it (on Unix both read uname);
    without importing ``socket`` (~6 ms on the way to a usable window) where uname exists."""
    uname = getattr(os, "uname", None)
    if uname is not None:
        return str(uname().nodename)
    import socket

    return socket.gethostname()


class FileLock:
    """The writer's lock on one session file. Take with :meth:`acquire`, give back with
    :meth:`release` (also on close of the session file).

    Held through a raw descriptor: like an unclosed SQLite connection, a forgotten session gives
    its lock back when it is garbage-collected (the OS closes the descriptor, the lock goes).
    """

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self.sidecar = lock_path(path)
        self._fd: int | None = fd
        self._finalizer = weakref.finalize(self, _close_quietly, fd)

    @classmethod
    def acquire(cls, path: Path) -> FileLock:
        """Lock ``path`` for writing or raise :class:`FileInUse` naming the holder."""
        sidecar = lock_path(Path(path))
        for _ in range(5):
            try:
                fd = os.open(sidecar, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
            except OSError as exc:
                raise FileNotWritable(
                    f"Không tạo được tệp khóa {sidecar.name} ({exc.strerror}): thư mục chứa tệp "
                    "phiên phải cho phép ghi."
                ) from exc
            try:
                if not _try_lock(fd):
                    holder = _holder_text(sidecar)
                    raise FileInUse(
                        f"Tệp {Path(path).name} đang được mở để nhập phiếu bởi {holder}. "
                        "Chỉ một cửa sổ được ghi vào một tệp phiên: hãy dùng cửa sổ đó, hoặc "
                        "đóng nó rồi mở lại. Tệp không bị thay đổi."
                    )
                # The previous holder may have removed the sidecar between our open and our
                # lock: then we hold a lock on a file nobody else will see. Start again.
                try:
                    same = os.path.samestat(os.fstat(fd), os.stat(sidecar))
                except FileNotFoundError:
                    same = False
                if not same:
                    _unlock(fd)
                    os.close(fd)
                    continue
            except BaseException:
                _close_quietly(fd)
                raise
            lock = cls(Path(path), fd)
            lock._write_holder()
            return lock
        raise FileInUse(  # pragma: no cover - needs a pathological race
            f"Không khóa được tệp {Path(path).name}: tệp khóa liên tục bị thay đổi."
        )

    def _write_holder(self) -> None:
        """Write who we are; a stale holder's text (a crashed process) is simply replaced."""
        assert self._fd is not None
        holder = {
            "host": _host_name(),
            "pid": os.getpid(),
            "since": _dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        }
        data = json.dumps(holder, ensure_ascii=False).encode("utf-8")
        try:
            os.ftruncate(self._fd, 0)
            os.lseek(self._fd, 0, os.SEEK_SET)
            os.write(self._fd, data)
        except OSError:
            # The lock itself is what matters; the text only makes the other message friendlier.
            pass

    @property
    def held(self) -> bool:
        """True until released."""
        return self._fd is not None

    def release(self) -> None:
        """Remove the sidecar and give the lock back (idempotent)."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        self._finalizer.detach()
        # Unlink while still holding the lock: whoever opened the old sidecar meanwhile sees it
        # gone after locking it (see acquire) and starts again with a fresh one.
        removed = True
        try:
            self.sidecar.unlink()
        except OSError:
            removed = False  # Windows cannot remove a file that is still open
        with contextlib.suppress(OSError):
            _unlock(fd)
        _close_quietly(fd)
        if not removed:
            with contextlib.suppress(OSError):
                self.sidecar.unlink()
