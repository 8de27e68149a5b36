"""Verify the session file named on the command line in a second process, while the window
starts: the second core does it, instead of a thread that shares the interpreter lock with the
building of the window.

Opening a file from the command line (a double click on it) verifies it before anything may be
written. On a thread of the window's process the replay takes the interpreter lock turn about with
the window being built, so it adds to the time before the window is usable (10,000 ballots: the
window waited 115–130 ms for it). :func:`start`, called before the window's modules are
imported, runs the same :func:`~tinnhiem_desktop.services.session.verify_file` in a child process
(``tinnhiem-desktop --verify-ahead FILE``); the window takes its report through :func:`take`.

The report is used only for the very file the window has open: the child notes the file's
identity (:func:`identity`: device, inode, size, times, and SQLite's change counter, which every
commit bumps) before and after it verifies, and :meth:`Ahead.report` compares both with the
file as it is once the window has opened it (``Session.finish_opening`` then checks, as for any
verification, that nothing wrote to it since it was opened and that its fingerprint is the one
verified).
Anything else — no child, a child that failed or was stopped, a file that changed or was replaced
— gives no report, and the caller verifies the file itself, as it would have. So the child can
make opening faster, never more permissive.

This module imports nothing heavy at its top: :func:`start` runs before Qt is loaded.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from tinnhiem_desktop.domain.integrity import VerifyReport

CHILD_FLAG = "--verify-ahead"
"""The hidden first argument that makes ``tinnhiem-desktop`` the verifying child."""
SILENCE_S = 30.0
"""A child that says nothing for this long (it reports progress every 2,000 log entries) is
taken as stuck: it is stopped and the caller verifies the file itself."""

CHILD_NICENESS = 10
"""How much lower the child's CPU priority is than the window's (POSIX niceness; on Windows the
child is "below normal"). The child only saves the window work: where the two meet on one
processor (a busy laptop, a virtual machine's shared cores), the window's start comes first.
Measured by alternating launches (the report of issue 15), the gain is within this machine's
noise; no loss was seen."""

Identity = tuple[int, ...]


def identity(path: Path) -> Identity:
    """What changes when the file does: device and inode (another file renamed in its place),
    size, modification time, the inode's change time (on POSIX: any write sets it, and no
    program can set it back, unlike the modification time), SQLite's file change counter (the
    header's bytes 24–27, bumped by every commit) and journal mode (bytes 18–19); and the same
    of its write-ahead log, if there is one: a file switched to WAL mode takes its commits
    there, and its own bytes stay as they were until a checkpoint."""
    st = os.stat(path)
    with open(path, "rb") as file:
        header = file.read(28)
    counter = int.from_bytes(header[24:28], "big") if len(header) == 28 else -1
    mode = int.from_bytes(header[18:20], "big") if len(header) == 28 else -1
    try:
        wal = os.stat(f"{path}-wal")
        wal_id = (wal.st_ino, wal.st_size, wal.st_mtime_ns, wal.st_ctime_ns)
    except FileNotFoundError:
        wal_id = (-1, -1, -1, -1)
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns, counter, mode,
            *wal_id)


class Process(Protocol):
    """What :class:`Ahead` needs of its child: ``subprocess.Popen``'s, or :class:`_Spawned`'s."""

    @property
    def stdout(self) -> IO[str] | None: ...

    def poll(self) -> int | None: ...

    def wait(self) -> int: ...

    def kill(self) -> None: ...


class _Spawned:
    """A child started with ``os.posix_spawn``, its standard output a pipe to us, its input and
    errors going nowhere: ``subprocess`` costs 15 ms to import before the first frame (the
    ``signal`` module's enums), on the path this module is here to shorten."""

    def __init__(self, argv: list[str]) -> None:
        read, write = os.pipe()  # neither is inherited: the child gets copies as 1
        devnull = os.open(os.devnull, os.O_RDWR)
        try:
            self.pid = os.posix_spawn(argv[0], argv, os.environ, file_actions=[
                (os.POSIX_SPAWN_DUP2, devnull, 0), (os.POSIX_SPAWN_DUP2, write, 1),
                (os.POSIX_SPAWN_DUP2, devnull, 2)])
        except BaseException:
            os.close(read)
            raise
        finally:
            os.close(write)
            os.close(devnull)
        with contextlib.suppress(OSError):  # a lower priority helps; its absence harms nothing
            os.setpriority(os.PRIO_PROCESS, self.pid,
                           os.getpriority(os.PRIO_PROCESS, 0) + CHILD_NICENESS)
        self.stdout: IO[str] | None = open(read, encoding="ascii")  # noqa: SIM115 - closed by Ahead.stop
        self._code: int | None = None
        # The reader and the watchdog both ask: the child is reaped under this lock only, so a
        # kill can never reach another process given the same number after it.
        self._lock = threading.Lock()

    def poll(self) -> int | None:
        with self._lock:
            if self._code is None:
                pid, status = os.waitpid(self.pid, os.WNOHANG)
                if pid:
                    self._code = os.waitstatus_to_exitcode(status)
            return self._code

    def wait(self) -> int:
        """Called once its output has ended (it is leaving) or it was killed."""
        import time

        while (code := self.poll()) is None:
            time.sleep(0.001)
        return code

    def kill(self) -> None:
        import signal

        with self._lock:
            if self._code is None:
                os.kill(self.pid, signal.SIGKILL)


class Ahead:
    """A child process verifying ``path``."""

    def __init__(self, path: Path, process: Process) -> None:
        self.path = path
        self._process = process

    def report(self, progress: Callable[[int, int], None] | None = None) -> VerifyReport | None:
        """Wait for the child (relaying its progress): its report if it verified the file as
        it is now, else None (see the module). Asked once, by whoever :func:`take` handed the
        child to. ``progress`` may raise to stop waiting (the window cancelled): the child is
        stopped and the exception goes on."""
        try:
            return self._read(progress)
        finally:
            self.stop()

    def _read(self, progress: Callable[[int, int], None] | None) -> VerifyReport | None:
        import json
        import time

        out = self._process.stdout
        assert out is not None
        heard = [time.monotonic()]
        over = threading.Event()

        def watch() -> None:  # a child silent too long is stopped: its output then ends
            while not over.wait(0.5):
                if time.monotonic() - heard[0] > SILENCE_S:
                    self._process.kill()
                    return

        threading.Thread(target=watch, name="tinnhiem-verify-ahead", daemon=True).start()
        said: dict[str, object] = {}
        try:
            for line in out:
                heard[0] = time.monotonic()
                word, _, rest = line.rstrip("\n").partition(" ")
                if word == "progress":
                    done, total = (int(x) for x in rest.split())
                    if progress is not None:
                        progress(done, total)
                elif word in ("before", "after", "report"):
                    said[word] = json.loads(rest)
        except ValueError:  # not what the child writes: no report
            return None
        finally:
            over.set()
        if self._process.wait() != 0 or said.keys() != {"before", "after", "report"}:
            return None
        before, after = said["before"], said["after"]
        try:
            now = list(identity(self.path))
        except OSError:
            return None
        if not before == after == now:
            return None
        return _report_from(said["report"])

    def cancel(self) -> None:
        """Stop the child now, from any thread: :meth:`report` then gives no report at once
        instead of waiting for the child's next line."""
        self._process.kill()

    def stop(self) -> None:
        """Stop the child if it still runs (nothing is left behind: it only read the file)."""
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait()
        if self._process.stdout is not None:
            self._process.stdout.close()


def _report_from(data: object) -> VerifyReport | None:
    """The child's report, None if it is not one."""
    from tinnhiem_desktop.domain.integrity import VerifyReport

    if not isinstance(data, dict) or data.keys() != {
            "fingerprint", "entries", "problems", "finalised_hash", "finalised_seq"}:
        return None
    fingerprint, entries, problems = data["fingerprint"], data["entries"], data["problems"]
    finalised_hash, finalised_seq = data["finalised_hash"], data["finalised_seq"]
    if not (isinstance(fingerprint, str) and isinstance(entries, int)
            and isinstance(problems, list) and all(isinstance(p, str) for p in problems)
            and (finalised_hash is None or isinstance(finalised_hash, str))
            and (finalised_seq is None or isinstance(finalised_seq, int))):
        return None
    return VerifyReport(fingerprint=fingerprint, entries=entries, problems=list(problems),
                        finalised_hash=finalised_hash, finalised_seq=finalised_seq)


# ---------------------------------------------------------------- the window's side

_started: Ahead | None = None


def start(path: Path) -> None:
    """Start verifying ``path`` in a child process (at most one; a failure to start is silent:
    the window then verifies the file itself)."""
    global _started
    if _started is not None:
        return
    if getattr(sys, "frozen", False):
        # The bundle's console program beside the window's (a Windows GUI program has no
        # standard output to report on); started without a console window.
        exe = Path(sys.executable)
        cli = exe.with_name(f"tinnhiem-desktop-cli{exe.suffix}")
        argv = [str(cli if cli.exists() else exe), CHILD_FLAG, str(path)]
    else:
        argv = [sys.executable, "-m", "tinnhiem_desktop", CHILD_FLAG, str(path)]
    process: Process
    try:
        if hasattr(os, "posix_spawn"):
            process = _Spawned(argv)
        else:  # Windows: no console window for the child
            import subprocess

            flags = (getattr(subprocess, "CREATE_NO_WINDOW", 0)
                     | getattr(subprocess, "BELOW_NORMAL_PRIORITY_CLASS", 0))  # CHILD_NICENESS
            process = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                       stderr=subprocess.DEVNULL, text=True, encoding="ascii",
                                       creationflags=flags)
    except OSError:
        return
    _started = Ahead(Path(path), process)
    import atexit

    atexit.register(stop)  # the app left before opening the file: no child outlives it


def take(path: Path) -> Ahead | None:
    """The child verifying ``path``, handed over once (None: none was started for that file;
    a child verifying another file is stopped)."""
    global _started
    ahead, _started = _started, None
    if ahead is None:
        return None
    try:
        same = os.path.samefile(ahead.path, path)
    except OSError:
        same = False
    if not same:
        ahead.stop()
        return None
    return ahead


def stop() -> None:
    """Stop a child nobody took (the app leaves before opening the file)."""
    global _started
    ahead, _started = _started, None
    if ahead is not None:
        ahead.stop()


# ---------------------------------------------------------------- the child's side


def child_main(args: list[str]) -> int:
    """``tinnhiem-desktop --verify-ahead FILE``: verify FILE, saying on standard output its
    identity before and after, the progress, and the report (one line each, ASCII)."""
    if len(args) != 1 or sys.stdout is None:
        return 2
    path = Path(args[0])
    out = sys.stdout

    import json

    def say(word: str, value: object) -> None:
        out.write(f"{word} {value}\n")
        out.flush()

    from tinnhiem_desktop.services.session import verify_file

    try:
        say("before", json.dumps(list(identity(path))))
        report = verify_file(path, progress=lambda done, total: say("progress",
                                                                    f"{done} {total}"))
        say("report", json.dumps({
            "fingerprint": report.fingerprint, "entries": report.entries,
            "problems": report.problems, "finalised_hash": report.finalised_hash,
            "finalised_seq": report.finalised_seq}, ensure_ascii=True))
        say("after", json.dumps(list(identity(path))))
    except Exception:  # noqa: BLE001 - any failure: the window verifies the file itself
        return 1
    return 0
