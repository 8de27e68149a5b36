"""One SQLite file per session, through sqlite-utils.

Every change is one transaction that writes its effect to the tables *and* appends one event to the
hash-chained log; with ``synchronous=EXTRA`` and a rollback journal the change is on disk, in the
one file, when the call returns (docs/ARCHITECTURE.md, "Durable means durable"). Reads hand back
domain objects, never rows. This module holds the life cycle (create, open, close), verify and
copies; the queries are in ``reads``, the changes in ``writes``.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from tinnhiem_desktop.domain.clock import Clock, now_iso
from tinnhiem_desktop.domain.errors import (
    DamagedFile,
    FileNotWritable,
    InvalidInput,
    SessionLocked,
    TamperedFile,
    choosing,
)
from tinnhiem_desktop.domain.events import LOG_FORMAT, Action
from tinnhiem_desktop.domain.fingerprint import canonical_json
from tinnhiem_desktop.domain.integrity import VerifyReport
from tinnhiem_desktop.domain.model import SessionInfo
from tinnhiem_desktop.domain.regimes import Regime
from tinnhiem_desktop.storage import schema
from tinnhiem_desktop.storage.errors import sql_errors
from tinnhiem_desktop.storage.gate import gate_for
from tinnhiem_desktop.storage.identity import check_identity
from tinnhiem_desktop.storage.lock import FileLock
from tinnhiem_desktop.storage.writes import NOT_VERIFIED_MESSAGE, SessionWrites

if TYPE_CHECKING:
    import sqlite_utils


def configure(conn: sqlite3.Connection) -> None:
    """Settings every connection to a session file gets (and every copy being written).

    ``synchronous = EXTRA``: with a rollback journal, FULL syncs the file and the journal but not
    the folder once the journal is deleted, so after a power cut the journal could reappear and
    roll back the last ballot the screen had shown as recorded; EXTRA syncs the folder too (see
    docs/ARCHITECTURE.md, "Durable means durable"). ``trusted_schema = OFF``: nothing in a file's
    schema may call a function with side effects (the structure check refuses such a file anyway).
    """
    conn.execute("PRAGMA synchronous = EXTRA")
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA foreign_keys = ON")


def _connect(path: Path, readonly: bool) -> sqlite3.Connection:
    mode = "ro" if readonly else "rw"
    conn = sqlite3.connect(
        f"{path.resolve().as_uri()}?mode={mode}", uri=True, isolation_level=None, timeout=0.5
    )
    try:
        configure(conn)
    except BaseException:
        conn.close()
        raise
    return conn


SNAPSHOT_STEP_PAGES = 256
"""Pages copied per step of a snapshot: the source is locked for reading only that long."""
SNAPSHOT_RESTARTS = 8
"""A snapshot restarted this often (the file kept changing under it) takes the rest in one step."""


class _Restarted(Exception):
    """The source changed too often during a step-by-step snapshot."""


def snapshot_to(source: Path, dest: Path, step_pages: int = SNAPSHOT_STEP_PAGES,
                pause: float = 0.0, quiet: float = 0.0,
                quiet_at_most: float = 0.0) -> tuple[int, str]:
    """Copy the session file at ``source`` into ``dest`` (a new file) without its writer's help.

    For a worker thread while the window keeps writing: the copy is read through a read-only
    connection of the calling thread's own (a connection serves one thread), ``step_pages`` at a
    time into memory; between two steps it gives way to the writer through the file's
    :class:`~tinnhiem_desktop.storage.gate.WriteGate`, so a ballot committed meanwhile waits at
    most for one step (never for SQLite's busy sleeps); a commit between two steps makes SQLite
    start the copy again, so the copy is always one consistent state of the file.
    Only then is it written to ``dest`` (synced, as every copy), with no lock on the source;
    with ``quiet``, once no write has ended for that many seconds (or ``quiet_at_most`` have
    passed): syncing a copy of megabytes makes the commits that meet it wait for the disk
    (measured at 10,000 ballots: the Enters typed while a copy was written took 8–15 ms more;
    none did when the copies went to a RAM disk), and a recorder pauses between two Enters.

    Returns ``(entries, fingerprint)``: the copy's log length and the hash the *source's* log
    holds at that length — so the caller can check that the copy is a state the source really
    had (its fingerprint must be that hash) even when the source has moved on since.
    """
    gate = gate_for(source)
    with sql_errors(source), gate.reading():  # connecting reads the schema: the file's turn too
        reader = _connect(source, readonly=True)
    try:
        memory = sqlite3.connect(":memory:", isolation_level=None)
        try:
            configure(memory)
            restarts = [0, -1]

            def progress(status: int, remaining: int, total: int) -> None:
                if restarts[1] != -1 and remaining > restarts[1]:
                    restarts[0] += 1
                    if restarts[0] > SNAPSHOT_RESTARTS:
                        raise _Restarted
                restarts[1] = remaining
                give_way(pause if status == sqlite3.SQLITE_OK else 0.0)

            with sql_errors(source):
                try:
                    with gate.reading() as give_way:
                        reader.backup(memory, pages=max(step_pages, 1), progress=progress,
                                      sleep=0.005)
                        entries, found = _snapshot_head(memory, reader)
                except _Restarted:
                    # The file kept changing under the copy (ballots entered faster than it
                    # could be read between two): the rest in one step; a ballot entered
                    # meanwhile waits for it (7 ms at 10,000 ballots) on the gate.
                    with gate.reading():
                        reader.backup(memory)
                        entries, found = _snapshot_head(memory, reader)
            if quiet > 0:
                gate.wait_quiet(quiet, quiet_at_most)
            with sql_errors(dest):
                target = sqlite3.connect(dest)
                try:
                    configure(target)
                    memory.backup(target)
                    target.execute("PRAGMA journal_mode = DELETE")
                finally:
                    target.close()
        finally:
            memory.close()
    finally:
        reader.close()
    return entries, found


def _snapshot_head(memory: sqlite3.Connection, reader: sqlite3.Connection) -> tuple[int, str]:
    """The copy's log length, and the hash the source's log holds at that length."""
    row = memory.execute("SELECT seq FROM log ORDER BY seq DESC LIMIT 1").fetchone()
    entries = int(row[0]) if row else 0
    found = reader.execute("SELECT hash FROM log WHERE seq = ?", (entries,)).fetchone()
    return entries, str(found[0]) if found else ""


def _connect_recovering(path: Path, readonly: bool) -> sqlite3.Connection:
    """Connect; a read-only open of a file left mid-commit first has the unfinished write undone.

    A writer killed inside a commit (crash, power cut, task manager) leaves a "hot" journal. A
    read-write connection rolls it back on its own; a read-only one cannot and SQLite says "attempt
    to write a readonly database" — which would tell the user after a crash that ``verify`` or the
    results cannot read the file. Undoing the unfinished write only returns the file to its last
    committed state, the one every reader sees anyway.
    """
    try:
        return _connect(path, readonly)
    except sqlite3.OperationalError as exc:
        journal = path.with_name(path.name + "-journal")
        if not (readonly and "readonly" in str(exc).lower() and journal.exists()):
            raise
    if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        raise FileNotWritable(
            f"Tệp {path.name} còn dở một lần ghi (phần mềm bị tắt đột ngột khi đang ghi) và nằm ở "
            "nơi chỉ cho phép đọc, nên không hoàn tác được phần ghi dở. Hãy chép cả tệp "
            f"{path.name} và tệp {journal.name} sang thư mục có quyền ghi rồi mở lại."
        )
    writer = _connect(path, readonly=False)
    try:
        writer.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        writer.close()
    return _connect(path, readonly)


def _sync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class SessionFile(SessionWrites):
    """An open session file. Create with :meth:`create`, open with :meth:`open`."""

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        clock: Clock,
        readonly: bool,
        lock: FileLock | None = None,
    ):
        self.path = path
        self.readonly = readonly
        self._conn = conn
        self._clock = clock
        self.closed = False
        self._lock = lock
        self._gate = gate_for(path)
        with sql_errors(path):
            self._data_version = int(conn.execute("PRAGMA data_version").fetchone()[0])
            self.version = int(conn.execute("PRAGMA user_version").fetchone()[0])

    @functools.cached_property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils over this connection, for what it does well (schema changes with
        ``table.transform``, bulk inserts, introspection); made, and sqlite-utils imported, on
        first use: a window that opens a file and records ballots never needs it."""
        import sqlite_utils

        # No sqlite-utils plugins: whatever else is installed must not hook our connection (and
        # looking them up scans every installed package's metadata: 20 ms).
        return sqlite_utils.Database(self._conn, execute_plugins=False)

    # ---------------------------------------------------------------- life cycle

    @classmethod
    def create(
        cls,
        path: Path,
        info: SessionInfo,
        ballot_type_names: Sequence[str],
        clock: Clock = now_iso,
    ) -> SessionFile:
        """Create a new session file; refuses to overwrite an existing file."""
        path = Path(path)
        tmp = path.with_name(path.name + ".creating")
        with choosing(path):  # a name too long (or too long once ".creating" is added)
            if path.exists():
                raise InvalidInput(f"Tệp {path} đã tồn tại: chọn tên khác (không ghi đè).")
            if not path.parent.is_dir():
                raise InvalidInput(f"Thư mục {path.parent} không tồn tại.")
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
        # Built under a temporary name and renamed: a half-made file never carries the real name.
        try:
            # Made by us first: a folder that cannot take a new file says so plainly here.
            tmp.open("xb").close()
            with sql_errors(path):
                conn = sqlite3.connect(tmp, isolation_level=None)
            try:
                with sql_errors(path):
                    conn.execute("PRAGMA journal_mode = DELETE")
                    configure(conn)
                    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
                    conn.executescript(schema.SCHEMAS[schema.SCHEMA_VERSION])
                    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
                    sf = cls(tmp, conn, clock, readonly=False)
                    with sf.transaction():
                        at = clock()
                        conn.execute("INSERT INTO session_info (id, data) VALUES (1, ?)",
                                     (canonical_json(info.to_dict()),))
                        sf._append_log(Action.SESSION_CREATED,
                                       {"info": info.to_dict(), "log_format": LOG_FORMAT}, at)
                        for name in ballot_type_names:
                            sf.add_ballot_type(name)
            finally:
                conn.close()
            os.replace(tmp, path)
            _sync_folder(path.parent)
        except OSError as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()
            if isinstance(exc, PermissionError) or exc.errno == errno.EROFS:
                raise FileNotWritable(
                    f"Không ghi được vào thư mục {path.parent}: thư mục chỉ cho phép đọc. "
                    "Hãy chọn thư mục khác để lưu tệp phiên."
                ) from exc
            raise FileNotWritable(
                f"Không tạo được tệp {path}: {exc.strerror or exc}. Hãy chọn thư mục khác."
            ) from exc
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
        return cls.open(path, clock)

    @classmethod
    def open(
        cls, path: Path, clock: Clock = now_iso, readonly: bool = False, to_verify: bool = False
    ) -> SessionFile:
        """Open an existing session file, refusing foreign, newer, damaged or restructured files
        unchanged. ``to_verify`` (read-only only): open a restructured or damaged file too,
        for :meth:`verify` (the only use of such a connection) to name what is wrong before it
        reads anything else."""
        path = Path(path)
        check_identity(path)
        if not readonly and not (
            os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
        ):
            raise FileNotWritable(
                f"Tệp {path.name} hoặc thư mục chứa nó chỉ cho phép đọc: không thể nhập phiếu. "
                "Hãy chép tệp sang thư mục có quyền ghi, hoặc mở ở chế độ chỉ xem."
            )
        # One writer per file (another window, another process): the second is told who has it.
        lock = None if readonly else FileLock.acquire(path)
        try:
            with sql_errors(path):
                conn = _connect_recovering(path, readonly)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        with sql_errors(path):
            try:
                only_to_verify = to_verify and readonly
                # Opened only to be verified, the file's first read is verify's integrity_check,
                # which checks everything quick_check does and more: not twice (at 100,000
                # ballots quick_check reads the whole file, a tenth of verify's time).
                check = "ok" if only_to_verify else \
                    conn.execute("PRAGMA quick_check").fetchone()[0]
                if check != "ok":
                    raise DamagedFile(f"Tệp {path.name} bị hỏng: {check}.")
                # Before any read: through a view planted in place of a table, every read
                # would say what the forger wants.
                wrong = [] if only_to_verify else schema.structure_problems(conn)
                if wrong:
                    raise TamperedFile(
                        f"Tệp {path.name} không nguyên vẹn, không dùng được:\n"
                        + "\n".join(f"- {p}" for p in wrong)
                        + "\nTệp không bị thay đổi. Hãy dùng bản sao lưu hoặc bản lưu trữ gốc."
                    )
            except BaseException:
                conn.close()
                if lock is not None:
                    lock.release()
                raise
        return cls(path, conn, clock, readonly, lock)

    def close(self) -> None:
        """Close the connection (nothing is pending: every change was committed) and unlock."""
        self.closed = True
        try:
            self._conn.close()
        finally:
            if self._lock is not None:
                self._lock.release()

    def __enter__(self) -> SessionFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---------------------------------------------------------------- checks

    def verify(self, regimes: Mapping[str, Regime], expect: str | None = None,
               progress: Callable[[int, int], None] | None = None) -> VerifyReport:
        """SQLite's integrity check, the structure, the hash chain, and the log replayed (and
        validated) against the tables; ``expect``: a printed fingerprint to find in the history;
        ``progress(done, total)``: log entries replayed so far."""
        # Imported here: a window shows a file the child process verified (verify_ahead)
        # without loading the replay; it costs 1 ms of opening when it does.
        from tinnhiem_desktop.storage.verify import verify_connection

        with sql_errors(self.path):
            return verify_connection(self._conn, lambda: self.snapshot(ballots=False), regimes,
                                     expect, progress, path=self.path)

    @property
    def needs_upgrade(self) -> bool:
        """True for a file of an older schema version (it opens; writing first upgrades it)."""
        return self.version < schema.SCHEMA_VERSION

    def upgrade(self) -> Path | None:
        """Bring a file of an older schema to this version, after putting a copy of it aside
        (``<name>.truoc-nang-cap-v<N>.tinnhiem`` beside it); returns the copy, or None when the
        file was already current. Each step is one transaction: all of it or none.

        The upgrade adds tables; it changes nothing already in the file and no log entry (the
        log records what the committee did, not how the file is laid out), so every fingerprint
        printed from the file before the upgrade still matches.
        """
        if self.readonly:
            raise FileNotWritable(f"Tệp {self.path.name} đang mở ở chế độ chỉ xem.")
        if self.writes_held:
            raise SessionLocked(NOT_VERIFIED_MESSAGE)
        if not self.needs_upgrade:
            return None
        aside = self.path.with_name(
            f"{self.path.stem}.truoc-nang-cap-v{self.version}{schema.EXTENSION}")
        n = 1
        while aside.exists():
            n += 1
            aside = self.path.with_name(
                f"{self.path.stem}.truoc-nang-cap-v{self.version}-{n}{schema.EXTENSION}")
        self.backup_to(aside)
        _sync_folder(self.path.parent)
        with sql_errors(self.path):
            self.require_unchanged()
            while self.version < schema.SCHEMA_VERSION:
                step = schema.UPGRADES[self.version]
                try:
                    self._conn.executescript(
                        f"BEGIN IMMEDIATE;\n{step}\nPRAGMA user_version = {self.version + 1};"
                        "\nCOMMIT;")
                except BaseException:
                    if self._conn.in_transaction:
                        self._conn.execute("ROLLBACK")
                    raise
                self.version += 1
        return aside

    def backup_to(self, dest: Path) -> None:
        """A consistent single-file copy through SQLite's backup API."""
        dest = Path(dest)
        with sql_errors(dest):
            target = sqlite3.connect(dest)
        try:
            with sql_errors(dest):
                configure(target)
                self._conn.backup(target)
                target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
