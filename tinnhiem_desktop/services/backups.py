"""Copies of a session file: the checked single-file copy, and rolling copies made while counting.

A rolling copy is made every ``every`` (:data:`ROLLING_EVERY`) recorded ballots into
``<name>.saoluu/`` beside the session file, as ``<name>-<YYYYMMDD-HHMMSS>-<ballots>.tinnhiem``;
the newest ``keep`` (:data:`ROLLING_KEEP`) are kept. A copy that fails is *reported*
(``last_error``, the ``on_error`` callback, the log), never raised: the ballot it follows is
already safely recorded and must not be shown as failed.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import errno
import logging
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from tinnhiem_desktop.atomic_write import sync_folder
from tinnhiem_desktop.domain.errors import (
    FileNotWritable,
    InvalidInput,
    TamperedFile,
    choosing,
    unusable_name,
)
from tinnhiem_desktop.domain.integrity import VerifyReport
from tinnhiem_desktop.services.regimes import shipped_regimes
from tinnhiem_desktop.storage.schema import EXTENSION
from tinnhiem_desktop.storage.session_file import SessionFile, snapshot_to

log = logging.getLogger(__name__)
T = TypeVar("T")

BACKUP_FOLDER_SUFFIX = ".saoluu"
PARTIAL_SUFFIX = ".dang-ghi"
ROLLING_EVERY = 25
"""A rolling copy after every this many recorded ballots (the app's default)."""
ROLLING_KEEP = 10
"""The newest this many rolling copies are kept."""
ROLLING_QUIET = 0.25
"""A worker's copy, read into memory, is written to disk once the recorder has not pressed Enter
for this many seconds (a ballot takes seconds to type: right after the Enter that made it due):
its sync then never meets a ballot's commit."""
ROLLING_QUIET_AT_MOST = 3.0
"""…or after this many seconds of ballots recorded without a pause."""
COUNT_MARK = "{ballots}"
"""In a rolling copy's name until it is made: the number of ballots it holds."""


def checked_copy(file: SessionFile, dest: Path, full: bool = True) -> VerifyReport:
    """Copy ``file`` to ``dest`` (which must not exist) through SQLite's backup API and verify it.

    The copy is written under a temporary name and only renamed to ``dest`` once it verifies, so a
    copy that failed half-way never carries the name the user asked for. ``full=False`` (rolling
    copies, made while counting) checks the copy with SQLite's quick check and its fingerprint
    against the open file's instead of replaying its whole log: the open file was verified when
    it was opened, and this keeps a copy of a 10,000-ballot file to a few tens of milliseconds.
    """

    def check(copy: SessionFile, _: None) -> VerifyReport:
        return copy.verify(shipped_regimes()) if full else _quick_report(copy, file.fingerprint())

    return _named_copy(file.path, Path(dest), file.backup_to, check)


def copy_file(source: Path, dest: Path,
              progress: Callable[[int, int], None] | None = None) -> VerifyReport:
    """"Lưu bản sao" made on a worker thread, away from the window's connection: the session
    file at ``source`` is read through a connection of the calling thread's own
    (:func:`snapshot_to`), the copy is verified in full (``progress(done, total)``: its log
    entries replayed so far), its fingerprint must be the one ``source`` had at the copy's log
    length (the copy is a state the file really went through), and only then does it get the
    name ``dest`` (which must not exist). A ``progress`` that raises stops it: nothing is left.
    """
    source = Path(source)

    def write(partial: Path) -> str:
        return snapshot_to(source, partial)[1]  # the hash the source had at the copy's end

    def check(copy: SessionFile, had: str) -> VerifyReport:
        report = copy.verify(shipped_regimes(), progress=progress)
        if report.ok and report.fingerprint != had:
            report.problems.append("Dấu vân tay của bản sao khác tệp đang mở.")
        return report

    return _named_copy(source, Path(dest), write, check)


def _named_copy(source: Path, dest: Path, write: Callable[[Path], T],
                check: Callable[[SessionFile, T], VerifyReport]) -> VerifyReport:
    """``write(partial)`` the copy under a temporary name beside ``dest``, ``check`` it (with
    what ``write`` returned), and give it the name ``dest`` only if it passes; whatever
    happens, no partial copy is left."""
    check_new_file(dest, "ban-sao")
    partial = dest.with_name(dest.name + PARTIAL_SUFFIX)
    try:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
        # Created here, so a folder that cannot be written is an OSError with its reason, before
        # SQLite (which would only say "unable to open database file") is asked to write there.
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        written = write(partial)
        with SessionFile.open(partial, readonly=True) as copy:
            report = check(copy, written)
        if not report.ok:
            raise TamperedFile(
                f"Bản sao {dest.name} không qua được kiểm tra nên không được lưu: "
                + " ".join(report.problems)
                + f" Tệp {source.name} có thể không nguyên vẹn: hãy kiểm tra bằng lệnh verify."
            )
        check_new_file(dest, "ban-sao")  # something appeared there meanwhile: never overwrite it
        partial.replace(dest)
        sync_folder(dest.parent)
    except OSError as exc:
        if exc.errno == errno.ENAMETOOLONG:  # the name fits; with the partial copy's end, not
            raise unusable_name(dest, exc) from exc
        raise FileNotWritable(
            f"Không ghi được bản sao {dest}: {exc.strerror or exc}. Chọn thư mục có quyền ghi "
            "và còn chỗ trống (ví dụ một thư mục trong Tài liệu hoặc một USB)."
        ) from exc
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()
    return report


def snapshot_copy(source: Path, dest: Path, at_least: int, step_pages: int | None = None,
                  pause: float = 0.0, quiet: float = 0.0, quiet_at_most: float = 0.0) -> Path:
    """A rolling copy made away from the file's writer (a worker thread): ``source`` is read
    through a connection of the caller's own (:func:`snapshot_to`) while ballots may still be
    recorded, then checked as :func:`checked_copy` checks a rolling copy — SQLite's quick check,
    and its fingerprint, which must be the one the source had at the copy's last entry (the copy
    is a state the file really went through). It must hold at least ``at_least`` ballots (the
    count that made it due). It is named after the ballots it holds; returns its path.
    """
    source, dest = Path(source), Path(dest)
    partial = dest.with_name(dest.name + PARTIAL_SUFFIX)
    try:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        options = {} if step_pages is None else {"step_pages": step_pages}
        _, expected = snapshot_to(source, partial, pause=pause, quiet=quiet,
                                  quiet_at_most=quiet_at_most, **options)
        with SessionFile.open(partial, readonly=True) as copy:
            report = _quick_report(copy, expected)
            held = copy.count_all_ballots()
        if held < at_least:
            report.problems.append(f"Bản sao chỉ có {held} phiếu, ít hơn {at_least}.")
        if not report.ok:
            raise TamperedFile(
                "Bản sao lưu tự động không qua được kiểm tra nên không được lưu: "
                + " ".join(report.problems)
                + f" Tệp {source.name} có thể không nguyên vẹn: hãy kiểm tra bằng lệnh verify."
            )
        final = dest.with_name(dest.name.replace(COUNT_MARK, f"{held:05d}"))
        check_new_file(final, "ban-sao")
        partial.replace(final)
        sync_folder(final.parent)
    except OSError as exc:
        raise FileNotWritable(
            f"Không ghi được bản sao {dest.parent}: {exc.strerror or exc}."
        ) from exc
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()
    return final


def check_new_file(path: Path, example: str = "ten-tep-moi") -> None:
    """A new file the user named (a copy, a group's file, a merged file) that must be chosen
    again: :class:`InvalidInput`, nothing written — a folder (the message suggests
    ``<folder>/<example>.tinnhiem``), a file already there (never overwritten), a missing
    folder, or a name the system will not look at (:func:`choosing`)."""
    with choosing(path):
        if path.is_dir():
            raise InvalidInput(f"{path} là một thư mục: hãy ghi cả tên tệp mới, ví dụ "
                               f"{path / (example + EXTENSION)}.")
        if path.exists() or path.is_symlink():
            raise InvalidInput(f"Tệp {path} đã tồn tại: chọn tên khác (không ghi đè tệp nào).")
        if not path.parent.is_dir():
            raise InvalidInput(f"Thư mục {path.parent} không tồn tại: chọn thư mục khác hoặc tạo "
                               "thư mục đó trước.")


def _quick_report(copy: SessionFile, expected: str) -> VerifyReport:
    report = VerifyReport(fingerprint=copy.fingerprint(), entries=copy.log_length())
    check = copy.quick_check()
    if check != "ok":
        report.problems.append(f"SQLite báo bản sao hỏng: {check}")
    if report.fingerprint != expected:
        report.problems.append("Dấu vân tay của bản sao khác tệp đang mở.")
    return report


def _yield_to_the_window() -> None:
    """Give the calling (worker) thread a lower CPU priority where the system allows one per
    thread (Linux): on a busy two-core laptop the window's thread comes first."""
    setpriority = getattr(os, "setpriority", None)
    if setpriority is None or not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError):
        setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)


def backup_folder(session_path: Path) -> Path:
    """``phien.saoluu`` beside ``phien.tinnhiem``."""
    return session_path.with_name(session_path.stem + BACKUP_FOLDER_SUFFIX)


class RollingBackup:
    """Keeps the newest ``keep`` copies, one every ``every`` recorded ballots.

    The service calls :meth:`after_record` once each recording transaction has committed.
    """

    def __init__(
        self,
        every: int = ROLLING_EVERY,
        keep: int = ROLLING_KEEP,
        on_error: Callable[[str], None] | None = None,
        now: Callable[[], _dt.datetime] = _dt.datetime.now,
    ) -> None:
        if every < 1 or keep < 1:
            raise ValueError("every and keep must be positive")
        self.every = every
        self.keep = keep
        self.on_error = on_error
        self._now = now
        self._done_at: int | None = None
        self.last_copy: Path | None = None
        self.last_error: str | None = None
        self.defer = False
        self._pending: int | None = None
        self.background = False
        """Deferred copies are made by a worker thread (:meth:`start_pending`); the window."""
        self.on_done: Callable[[], None] | None = None
        """Called from the worker thread when its copy is over: the owner then calls
        :meth:`finish` on its own thread."""
        self.step_pages: int | None = None
        self.step_pause = 0.0
        self.quiet = ROLLING_QUIET
        self.quiet_at_most = ROLLING_QUIET_AT_MOST
        """A worker's copy is written to disk once no ballot has been recorded for ``quiet``
        seconds, or after ``quiet_at_most`` (:func:`snapshot_copy`)."""
        """How the worker reads (tests slow it down to record ballots during a copy)."""
        self._worker: threading.Thread | None = None
        self._outcome: Path | BaseException | None = None

    def start(self, total: int, session_path: Path | None = None) -> None:
        """The number of ballots in the file when it was opened (no copy is due for those).

        With ``session_path``, half-written copies left by a crash are cleared (the writer's
        lock is held, so nobody else is writing one).
        """
        self._done_at = total
        if session_path is not None:
            self._clear_leftovers(backup_folder(session_path), session_path.stem)

    def after_record(self, file: SessionFile, total: int) -> Path | None:
        """Make a copy when ``total`` (ballots ever recorded) crossed a multiple of ``every``.

        Returns the copy made, if any. Never raises for a failed copy: it is reported. With
        ``defer`` set (the window sets it), a due copy only becomes pending: the window makes it
        with :meth:`run_pending` once the screen shows the ballot, so a copy (and its verify, some
        tenths of a second at 10,000 ballots) never delays the recorder's Enter.
        """
        if self._done_at is None:
            self._done_at = total - 1
        due = total // self.every > self._done_at // self.every
        if not due:
            return None
        self._done_at = total
        if self.defer:
            self._pending = total
            return None
        return self._copy_reporting(file, total)

    @property
    def pending(self) -> bool:
        """A deferred copy is due, or a worker is making one that is not yet reported."""
        return self._pending is not None or self._worker is not None

    @property
    def running(self) -> bool:
        """A worker thread is making a copy right now."""
        return self._worker is not None and self._outcome is None

    def run_pending(self, file: SessionFile) -> Path | None:
        """Make the deferred copy, if one is due (reported, never raised)."""
        total, self._pending = self._pending, None
        return None if total is None else self._copy_reporting(file, total)

    def start_pending(self, session_path: Path) -> bool:
        """Background mode: a worker thread makes the deferred copy from its own read-only
        connection to ``session_path`` (:func:`snapshot_copy`), while the file's writer goes on
        recording. Nothing waits for it; when it is over, :attr:`on_done` is called from the
        worker, and :meth:`finish` (on the owner's thread) reports it. False when no copy is due
        or one is already being made (the due one then waits for it to finish)."""
        if self._pending is None or self._worker is not None:
            return False
        total, self._pending = self._pending, None
        self._outcome = None
        self._worker = threading.Thread(
            target=self._work, args=(Path(session_path), total), name="rolling-copy",
        )
        self._worker.start()
        return True

    def _work(self, session_path: Path, total: int) -> None:
        _yield_to_the_window()
        try:
            outcome: Path | BaseException = self._snapshot(session_path, total)
        except Exception as exc:  # noqa: BLE001 - reported by finish(), never raised here
            outcome = exc
        self._outcome = outcome
        if self.on_done is not None:
            with contextlib.suppress(Exception):
                self.on_done()

    def finish(self) -> Path | None:
        """Report a worker's copy once it is over (on the owner's thread, as a copy made there
        would be): the copy made, or None (still running, nothing started, or it failed — then
        :attr:`last_error` and :attr:`on_error` say why)."""
        worker = self._worker
        if worker is None or self._outcome is None:  # set by the worker before on_done
            return None
        worker.join()  # its last step is calling on_done: at most a moment more
        self._worker = None
        outcome, self._outcome = self._outcome, None
        if isinstance(outcome, Path):
            self.last_copy, self.last_error = outcome, None
            return outcome
        self._report_failure(outcome if outcome is not None else RuntimeError("no outcome"))
        return None

    def wait(self) -> Path | None:
        """Wait for a running worker to end, then report it (closing the session does this)."""
        if self._worker is not None:
            self._worker.join()
        return self.finish()

    def _snapshot(self, session_path: Path, total: int) -> Path:
        folder = backup_folder(session_path)
        folder.mkdir(exist_ok=True)
        stamp = self._now().strftime("%Y%m%d-%H%M%S")
        dest = folder / f"{session_path.stem}-{stamp}-{COUNT_MARK}{EXTENSION}"
        made = snapshot_copy(session_path, dest, total, self.step_pages, self.step_pause,
                             self.quiet, self.quiet_at_most)
        self._prune(folder, session_path.stem)
        return made

    def _copy_reporting(self, file: SessionFile, total: int) -> Path | None:
        try:
            return self._copy(file, total)
        except Exception as exc:  # noqa: BLE001 - a copy must never fail the ballot it follows
            self._report_failure(exc)
            return None

    def _report_failure(self, exc: BaseException) -> None:
        message = getattr(exc, "message", None) or f"{type(exc).__name__}: {exc}"
        self.last_error = f"Không tạo được bản sao lưu tự động: {message}"
        log.error("rolling backup failed", exc_info=exc)
        if self.on_error is not None:
            with contextlib.suppress(Exception):
                self.on_error(self.last_error)

    def _copy(self, file: SessionFile, total: int) -> Path:
        folder = backup_folder(file.path)
        folder.mkdir(exist_ok=True)
        stamp = self._now().strftime("%Y%m%d-%H%M%S")
        dest = folder / f"{file.path.stem}-{stamp}-{total:05d}{EXTENSION}"
        checked_copy(file, dest, full=False)
        self.last_copy, self.last_error = dest, None
        self._prune(folder, file.path.stem)
        return dest

    def _prune(self, folder: Path, stem: str) -> None:
        copies = sorted(_named(folder, f"{stem}-", EXTENSION))
        for old in copies[: -self.keep]:
            with contextlib.suppress(OSError):
                old.unlink()
        self._clear_leftovers(folder, stem)

    @staticmethod
    def _clear_leftovers(folder: Path, stem: str) -> None:
        # Half-written copies left by a crash never carry the final name.
        for partial in _named(folder, f"{stem}-", EXTENSION + PARTIAL_SUFFIX):
            with contextlib.suppress(OSError):
                partial.unlink()


def _named(folder: Path, prefix: str, suffix: str) -> list[Path]:
    """Files in ``folder`` named ``prefix…suffix``, compared as plain text: a session name may
    hold ``[``, ``]``, ``*`` or ``?``, which a glob pattern would read as wildcards."""
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    return [folder / n for n in names
            if n.startswith(prefix) and n.endswith(suffix) and len(n) > len(prefix + suffix)]
