"""One SQLite file per session, through sqlite-utils.

Every change is one transaction that writes its effect to the tables *and* appends one event to the
hash-chained log; with ``synchronous=FULL`` and a rollback journal the change is on disk, in the
one file, when the call returns. Reads hand back domain objects, never rows.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import json
import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import sqlite_utils

from tinnhiem_desktop.domain.errors import (
    DamagedFile,
    FileNotWritable,
    InvalidInput,
    NotFound,
    TamperedFile,
)
from tinnhiem_desktop.domain.events import (
    Action,
    LogEntry,
    accounting_to_json,
    ballot_to_json,
    candidates_to_json,
    committee_to_json,
)
from tinnhiem_desktop.domain.fingerprint import GENESIS, canonical_json, chain_hash
from tinnhiem_desktop.domain.model import (
    AcceptedWarning,
    Accounting,
    Addendum,
    Ballot,
    BallotType,
    Candidate,
    CommitteeMember,
    Finalisation,
    Role,
    SessionInfo,
    Snapshot,
    Void,
)
from tinnhiem_desktop.storage import schema
from tinnhiem_desktop.storage.errors import sql_errors
from tinnhiem_desktop.storage.identity import check_identity
from tinnhiem_desktop.storage.lock import FileLock
from tinnhiem_desktop.storage.verify import VerifyReport, verify_connection

Clock = Callable[[], str]
SQLITE_MAGIC = b"SQLite format 3\x00"


def now_iso() -> str:
    """Local time with its UTC offset, to the second."""
    return _dt.datetime.now().astimezone().isoformat(timespec="seconds")


def _connect(path: Path, readonly: bool) -> sqlite3.Connection:
    mode = "ro" if readonly else "rw"
    conn = sqlite3.connect(
        f"{path.resolve().as_uri()}?mode={mode}", uri=True, isolation_level=None, timeout=0.5
    )
    try:
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        conn.close()
        raise
    return conn


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


class SessionFile:
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
        # No sqlite-utils plugins: whatever else is installed must not hook our connection (and
        # looking them up scans every installed package's metadata: 20 ms of start-up).
        self._db = sqlite_utils.Database(conn, execute_plugins=False)
        self._clock = clock
        self.closed = False
        self._lock = lock

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
        if path.exists():
            raise InvalidInput(f"Tệp {path} đã tồn tại: chọn tên khác (không ghi đè).")
        if not path.parent.is_dir():
            raise InvalidInput(f"Thư mục {path.parent} không tồn tại.")
        tmp = path.with_name(path.name + ".creating")
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        # Built under a temporary name and renamed: a half-made file never carries the real name.
        try:
            conn = sqlite3.connect(tmp, isolation_level=None)
            try:
                with sql_errors(path):
                    conn.execute("PRAGMA journal_mode = DELETE")
                    conn.execute("PRAGMA synchronous = FULL")
                    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
                    conn.executescript(schema.SCHEMA_V1)
                    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
                    sf = cls(tmp, conn, clock, readonly=False)
                    with sf.transaction():
                        at = clock()
                        conn.execute("INSERT INTO session_info (id, data) VALUES (1, ?)",
                                     (canonical_json(info.to_dict()),))
                        sf._append_log(Action.SESSION_CREATED, {"info": info.to_dict()}, at)
                        for name in ballot_type_names:
                            sf.add_ballot_type(name)
            finally:
                conn.close()
            os.replace(tmp, path)
            _sync_folder(path.parent)
        except OSError as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise FileNotWritable(f"Không tạo được tệp {path}: {exc.strerror}.") from exc
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
        return cls.open(path, clock)

    @classmethod
    def open(cls, path: Path, clock: Clock = now_iso, readonly: bool = False) -> SessionFile:
        """Open an existing session file, refusing foreign, newer or damaged files unchanged."""
        path = Path(path)
        version = check_identity(path)
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
                check = conn.execute("PRAGMA quick_check").fetchone()[0]
                if check != "ok":
                    raise DamagedFile(f"Tệp {path.name} bị hỏng: {check}.")
                if version < schema.SCHEMA_VERSION:
                    if readonly:
                        raise InvalidInput(
                            f"Tệp {path.name} dùng lược đồ cũ {version}: mở ở chế độ ghi một "
                            "lần để nâng cấp."
                        )
                    raise DamagedFile(f"Không có cách nâng cấp lược đồ {version}.")
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

    @property
    def in_transaction(self) -> bool:
        """True inside :meth:`transaction` (nothing of it is on disk yet)."""
        return self._conn.in_transaction

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One all-or-nothing unit; nested calls become savepoints."""
        if self.readonly:
            raise FileNotWritable(f"Tệp {self.path.name} đang mở ở chế độ chỉ xem.")
        with sql_errors(self.path), self._db.atomic():
            yield

    # ---------------------------------------------------------------- the log

    def _append_log(self, action: Action, payload: dict[str, Any], at: str) -> str:
        row = self._conn.execute("SELECT seq, hash FROM log ORDER BY seq DESC LIMIT 1").fetchone()
        seq, prev = (row[0] + 1, row[1]) if row else (1, GENESIS)
        payload_json = canonical_json(payload)
        digest = chain_hash(prev, seq, at, action.value, payload_json)
        self._conn.execute(
            "INSERT INTO log (seq, at, action, payload, hash) VALUES (?, ?, ?, ?, ?)",
            (seq, at, action.value, payload_json, digest),
        )
        return digest

    def _write(self, action: Action, payload: dict[str, Any], effect: Callable[[], object]) -> None:
        with self.transaction():
            effect()
            self._append_log(action, payload, payload.get("at") or self._clock())

    def fingerprint(self) -> str:
        """The hash of the last log entry: changes with every change to the session."""
        row = self._conn.execute("SELECT hash FROM log ORDER BY seq DESC LIMIT 1").fetchone()
        return str(row[0]) if row else GENESIS

    def finalised_hash(self) -> str | None:
        """The hash of the finalisation entry (the fingerprint on the finalised minutes) or None."""
        row = self._conn.execute(
            "SELECT hash FROM log WHERE action = ? ORDER BY seq LIMIT 1", (Action.FINALISED.value,)
        ).fetchone()
        return str(row[0]) if row else None

    def log_length(self) -> int:
        """How many entries the log holds (seq is contiguous from 1)."""
        row = self._conn.execute("SELECT coalesce(max(seq), 0) FROM log").fetchone()
        return int(row[0])

    def quick_check(self) -> str:
        """SQLite's quick structural check: ``ok`` or what is wrong."""
        with sql_errors(self.path):
            return "; ".join(str(r[0]) for r in self._conn.execute("PRAGMA quick_check"))

    def log_entries(self, newest_first: bool = False, limit: int | None = None) -> list[LogEntry]:
        """Entries of the audit log."""
        order = "DESC" if newest_first else "ASC"
        sql = f"SELECT seq, at, action, payload, hash FROM log ORDER BY seq {order}"
        params: tuple[int, ...] = ()
        if limit is not None:
            sql += " LIMIT ?"
            params = (limit,)
        with sql_errors(self.path):
            return [
                LogEntry(seq, at, Action(action), json.loads(payload), digest)
                for seq, at, action, payload, digest in self._conn.execute(sql, params)
            ]

    # ---------------------------------------------------------------- reads

    def info(self) -> SessionInfo:
        """The session's set-up."""
        row = self._conn.execute("SELECT data FROM session_info WHERE id = 1").fetchone()
        try:
            return SessionInfo.from_dict(json.loads(row[0]))
        except (TypeError, ValueError, KeyError, InvalidInput) as exc:
            # Only an edit outside the app gets here: say so, never a traceback.
            raise TamperedFile(
                f"Thông tin phiên trong tệp {self.path.name} không đọc được: tệp đã bị sửa "
                "ngoài phần mềm hoặc bị hỏng. Tệp không bị thay đổi."
            ) from exc

    def committee(self) -> tuple[CommitteeMember, ...]:
        """The counting committee in order."""
        rows = self._conn.execute("SELECT name, role FROM committee ORDER BY position")
        return tuple(CommitteeMember(name, Role(role)) for name, role in rows)

    def ballot_types(self) -> tuple[BallotType, ...]:
        """Ballot types in the order they were added."""
        rows = self._conn.execute(
            "SELECT id, name, issued, spoiled, collected FROM ballot_types ORDER BY id"
        )
        return tuple(BallotType(i, n, Accounting(iss, sp, col)) for i, n, iss, sp, col in rows)

    def ballot_type(self, type_id: int) -> BallotType:
        """One ballot type."""
        for bt in self.ballot_types():
            if bt.id == type_id:
                return bt
        raise NotFound(f"Không có loại phiếu số {type_id}.")

    def candidates(self, type_id: int) -> tuple[Candidate, ...]:
        """The officials of a ballot type in ballot order."""
        rows = self._conn.execute(
            "SELECT position, name, title FROM candidates WHERE ballot_type_id = ? "
            "ORDER BY position",
            (type_id,),
        )
        return tuple(Candidate(pos, name, title) for pos, name, title in rows)

    def active_marks(self, type_id: int) -> tuple[list[str], list[str]]:
        """(marks of active valid ballots, reasons of active wholly-invalid ballots)."""
        rows = self._conn.execute(
            "SELECT marks, invalid_reason FROM ballots b WHERE ballot_type_id = ? "
            "AND NOT EXISTS (SELECT 1 FROM voids v WHERE v.ballot_id = b.id)",
            (type_id,),
        ).fetchall()
        marks = [m for m, reason in rows if reason is None]
        reasons = [reason for _, reason in rows if reason is not None]
        return marks, reasons

    def count_ballots(self, type_id: int, include_voided: bool = False) -> int:
        """How many ballots of a type are recorded (active only unless ``include_voided``)."""
        # Counted as all minus voided: the few voids are joined by key, the ballots counted on
        # the index, so this stays cheap at 10,000 ballots (it runs on every record).
        total = self._conn.execute(
            "SELECT count(*) FROM ballots WHERE ballot_type_id = ?", (type_id,)
        ).fetchone()[0]
        if include_voided:
            return int(total)
        # CROSS JOIN keeps voids as the outer loop (SQLite never reorders it): with a plain
        # JOIN the planner walked all 10,000 ballots of the type, 0.5 ms on every record.
        voided = self._conn.execute(
            "SELECT count(*) FROM voids v CROSS JOIN ballots b ON b.id = v.ballot_id "
            "WHERE b.ballot_type_id = ?",
            (type_id,),
        ).fetchone()[0]
        return int(total - voided)

    def count_all_ballots(self) -> int:
        """Ballots ever recorded, all types, voided ones too.

        Ids are handed out as max + 1 and ballots are append-only, so the highest id *is* the
        count: read from the end of the key, not by a scan (this runs after every ballot).
        """
        row = self._conn.execute("SELECT coalesce(max(id), 0) FROM ballots").fetchone()
        return int(row[0])

    def _ballots_where(self, where: str, params: tuple[Any, ...]) -> list[Ballot]:
        rows = self._conn.execute(
            "SELECT id, ballot_type_id, number, marks, invalid_reason, recorded_at "
            f"FROM ballots WHERE {where} ORDER BY id",
            params,
        )
        return [Ballot(*row) for row in rows]

    def ballots(self, type_id: int | None = None) -> list[Ballot]:
        """Every ballot ever recorded (voided ones too), in recording order."""
        if type_id is None:
            return self._ballots_where("1", ())
        return self._ballots_where("ballot_type_id = ?", (type_id,))

    def ballot(self, ballot_id: int) -> Ballot:
        """One ballot by id."""
        found = self._ballots_where("id = ?", (ballot_id,))
        if not found:
            raise NotFound(f"Không có phiếu mã {ballot_id}.")
        return found[0]

    def active_ballot_by_number(self, type_id: int, number: int) -> Ballot | None:
        """The active ballot with this number, if any."""
        found = self._ballots_where(
            "ballot_type_id = ? AND number = ? AND id NOT IN (SELECT ballot_id FROM voids)",
            (type_id, number),
        )
        return found[0] if found else None

    def max_active_number(self, type_id: int) -> int:
        """The highest number among active ballots of a type (0 when none)."""
        row = self._conn.execute(
            "SELECT number FROM ballots WHERE ballot_type_id = ? "
            "AND id NOT IN (SELECT ballot_id FROM voids) ORDER BY number DESC LIMIT 1",
            (type_id,),
        ).fetchone()
        return int(row[0]) if row else 0

    def voids(self) -> dict[int, Void]:
        """Every void, keyed by the voided ballot's id."""
        rows = self._conn.execute("SELECT ballot_id, reason, voided_at FROM voids")
        return {bid: Void(bid, reason, at) for bid, reason, at in rows}

    def finalisation(self) -> Finalisation | None:
        """Who finalised and when, or None."""
        row = self._conn.execute("SELECT by, at, accepted FROM finalisation").fetchone()
        if row is None:
            return None
        accepted = tuple(AcceptedWarning(a["code"], a["explanation"]) for a in json.loads(row[2]))
        return Finalisation(row[0], row[1], accepted)

    def addenda(self) -> tuple[Addendum, ...]:
        """Corrections recorded after finalising, in order."""
        rows = self._conn.execute("SELECT number, text, by, at FROM addenda ORDER BY number")
        return tuple(Addendum(*row) for row in rows)

    def snapshot(self) -> Snapshot:
        """Everything in the tables, as one value."""
        with sql_errors(self.path):
            types = self.ballot_types()
            return Snapshot(
                info=self.info(),
                committee=self.committee(),
                ballot_types=types,
                candidates={bt.id: self.candidates(bt.id) for bt in types},
                ballots=tuple(self.ballots()),
                voids=self.voids(),
                finalisation=self.finalisation(),
                addenda=self.addenda(),
            )

    # ---------------------------------------------------------------- writes

    def update_info(self, info: SessionInfo) -> None:
        """Replace the session's set-up (logged with before and after)."""
        before = self.info().to_dict()
        after = info.to_dict()
        self._write(
            Action.INFO_UPDATED,
            {"before": before, "after": after},
            lambda: self._conn.execute(
                "UPDATE session_info SET data = ? WHERE id = 1", (canonical_json(after),)
            ),
        )

    def set_committee(self, members: Sequence[CommitteeMember]) -> None:
        """Replace the committee list."""

        def effect() -> None:
            self._conn.execute("DELETE FROM committee")
            self._conn.executemany(
                "INSERT INTO committee (position, name, role) VALUES (?, ?, ?)",
                [(i, m.name, m.role.value) for i, m in enumerate(members, start=1)],
            )

        payload = {"before": committee_to_json(self.committee()),
                   "after": committee_to_json(members)}
        self._write(Action.COMMITTEE_SET, payload, effect)

    def add_ballot_type(self, name: str) -> int:
        """Add a ballot type; returns its id."""
        row = self._conn.execute("SELECT coalesce(max(id), 0) + 1 FROM ballot_types").fetchone()
        new_id = int(row[0])
        self._write(
            Action.BALLOT_TYPE_ADDED,
            {"id": new_id, "name": name},
            lambda: self._conn.execute(
                "INSERT INTO ballot_types (id, name) VALUES (?, ?)", (new_id, name)
            ),
        )
        return new_id

    def rename_ballot_type(self, type_id: int, name: str) -> None:
        """Rename a ballot type."""
        before = self.ballot_type(type_id).name
        self._write(
            Action.BALLOT_TYPE_RENAMED,
            {"id": type_id, "before": before, "after": name},
            lambda: self._conn.execute(
                "UPDATE ballot_types SET name = ? WHERE id = ?", (name, type_id)
            ),
        )

    def set_accounting(self, type_id: int, acc: Accounting) -> None:
        """Set issued, spoiled and collected of a ballot type."""
        before = self.ballot_type(type_id).accounting
        self._write(
            Action.ACCOUNTING_SET,
            {"id": type_id, "before": accounting_to_json(before),
             "after": accounting_to_json(acc)},
            lambda: self._conn.execute(
                "UPDATE ballot_types SET issued = ?, spoiled = ?, collected = ? WHERE id = ?",
                (acc.issued, acc.spoiled, acc.collected, type_id),
            ),
        )

    def set_candidates(self, type_id: int, candidates: Sequence[Candidate]) -> None:
        """Replace the list of officials of a ballot type (ballot order = list order)."""

        def effect() -> None:
            self._conn.execute("DELETE FROM candidates WHERE ballot_type_id = ?", (type_id,))
            self._conn.executemany(
                "INSERT INTO candidates (ballot_type_id, position, name, title) "
                "VALUES (?, ?, ?, ?)",
                [(type_id, i, c.name, c.position) for i, c in enumerate(candidates, start=1)],
            )

        payload = {
            "ballot_type_id": type_id,
            "before": candidates_to_json(self.candidates(type_id)),
            "after": candidates_to_json(candidates),
        }
        self._write(Action.CANDIDATES_SET, payload, effect)

    def record_ballot(
        self, type_id: int, number: int, marks: str, invalid_reason: str | None
    ) -> Ballot:
        """Append one ballot. Durable on disk when this returns."""
        row = self._conn.execute("SELECT coalesce(max(id), 0) + 1 FROM ballots").fetchone()
        ballot = Ballot(int(row[0]), type_id, number, marks, invalid_reason, self._clock())
        self._write(
            Action.BALLOT_RECORDED,
            ballot_to_json(ballot),
            lambda: self._conn.execute(
                "INSERT INTO ballots (id, ballot_type_id, number, marks, invalid_reason, "
                "recorded_at) VALUES (?, ?, ?, ?, ?, ?)",
                (ballot.id, type_id, number, marks, invalid_reason, ballot.recorded_at),
            ),
        )
        return ballot

    def void_ballot(self, ballot_id: int, reason: str) -> Void:
        """Void a recorded ballot; the ballot itself stays in the file."""
        void = Void(ballot_id, reason, self._clock())
        self._write(
            Action.BALLOT_VOIDED,
            {"ballot_id": ballot_id, "reason": reason, "at": void.voided_at},
            lambda: self._conn.execute(
                "INSERT INTO voids (ballot_id, reason, voided_at) VALUES (?, ?, ?)",
                (ballot_id, reason, void.voided_at),
            ),
        )
        return void

    def finalise(self, by: str, accepted: Sequence[AcceptedWarning]) -> Finalisation:
        """Record the finalisation."""
        fin = Finalisation(by, self._clock(), tuple(accepted))
        acc_json = [{"code": a.code, "explanation": a.explanation} for a in accepted]
        self._write(
            Action.FINALISED,
            {"by": by, "at": fin.at, "accepted": acc_json},
            lambda: self._conn.execute(
                "INSERT INTO finalisation (id, by, at, accepted) VALUES (1, ?, ?, ?)",
                (by, fin.at, canonical_json(acc_json)),
            ),
        )
        return fin

    def add_addendum(self, text: str, by: str) -> Addendum:
        """Record a numbered correction after finalising."""
        number = len(self.addenda()) + 1
        add = Addendum(number, text, by, self._clock())
        self._write(
            Action.ADDENDUM_ADDED,
            {"number": number, "text": text, "by": by, "at": add.at},
            lambda: self._conn.execute(
                "INSERT INTO addenda (number, text, by, at) VALUES (?, ?, ?, ?)",
                (number, text, by, add.at),
            ),
        )
        return add

    # ---------------------------------------------------------------- checks

    def verify(self) -> VerifyReport:
        """SQLite's integrity check, the hash chain, and the log replayed against the tables."""
        with sql_errors(self.path):
            return verify_connection(self._conn, self.snapshot)

    def backup_to(self, dest: Path) -> None:
        """A consistent single-file copy through SQLite's backup API."""
        dest = Path(dest)
        target = sqlite3.connect(dest)
        try:
            with sql_errors(dest):
                self._conn.backup(target)
                target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
