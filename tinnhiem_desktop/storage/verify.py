"""Verify a session file: integrity check, structure, hash chain, and replay of the log.

Four layers, each catching what the one before cannot:

1. SQLite's ``integrity_check``: the pages are sound.
2. The structure: ``sqlite_master`` holds exactly the tables, indexes and triggers this version
   creates, nothing more (a view planted in place of a table, a trigger that rewrites inserts),
   nothing less, nothing different.
3. The hash chain: every entry hashes the one before it, so an edited entry shows.
4. The replay: every event must be one the use cases could have written, in the life cycle's
   order (:mod:`tinnhiem_desktop.domain.replay`), and the replayed session must equal what the
   tables hold, so a table edited behind the log's back shows.

The chain has no secret: a forger who rewrites the log *and* recomputes every hash passes 1–4. The
fingerprint printed on paper catches that (``expect``).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from tinnhiem_desktop.domain.errors import UserFacingError
from tinnhiem_desktop.domain.events import Action
from tinnhiem_desktop.domain.fingerprint import (
    BALLOT_ACTION,
    GENESIS,
    chain_hash,
    is_ballot_entry,
    read_canonical,
)
from tinnhiem_desktop.domain.integrity import PaperMatch, VerifyReport
from tinnhiem_desktop.domain.model import Snapshot
from tinnhiem_desktop.domain.regimes import Regime
from tinnhiem_desktop.domain.replay import BallotRow, Replayer, ReplayError
from tinnhiem_desktop.storage import schema
from tinnhiem_desktop.storage.schema import structure_problems


class _PagesCheck:
    """SQLite's ``integrity_check`` of the file at ``path``, on a thread of its own with a
    read-only connection of its own, while the caller checks the contents: SQLite releases the
    interpreter lock while it checks, so the two run on two cores (at 100,000 ballots the check
    is an eighth of verify's time)."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._conn: sqlite3.Connection | None = None
        self._opened = threading.Event()
        self._closing = threading.Lock()
        self._result: list[str] = []
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="tinnhiem-pages", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            conn = sqlite3.connect(f"{self._path.resolve().as_uri()}?mode=ro", uri=True,
                                   isolation_level=None, timeout=5, check_same_thread=False)
        except BaseException as exc:  # noqa: BLE001 - reported by problems(), on the caller
            self._error = exc
            self._opened.set()
            return
        self._conn = conn
        self._opened.set()
        try:
            conn.execute("PRAGMA trusted_schema = OFF")
            self._result = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
        except BaseException as exc:  # noqa: BLE001
            self._error = exc
        finally:
            with self._closing:  # never closed while stop() interrupts it
                self._conn = None
                conn.close()

    def problems(self) -> list[str]:
        """Wait for the check: what SQLite found wrong (none: the pages are sound). An error
        that stopped it (not a finding) is raised here."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        return [] if self._result == ["ok"] else self._result

    def stop(self) -> None:
        """The caller gave up (cancelled, or failed): interrupt the check and wait for it."""
        self._opened.wait()
        with self._closing:
            if self._conn is not None:
                self._conn.interrupt()
        self._thread.join()


def _damaged(expect: str | None, found: list[str]) -> VerifyReport:
    report = VerifyReport(fingerprint=GENESIS, entries=0, expected=expect)
    report.problems.append("SQLite báo tệp hỏng: " + "; ".join(found[:5]))
    return report


def verify_connection(
    conn: sqlite3.Connection,
    tables_snapshot: Callable[[], Snapshot],
    regimes: Mapping[str, Regime],
    expect: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    *,
    path: Path,
) -> VerifyReport:
    """Check an open session file; ``tables_snapshot`` reads what its tables hold except the
    ballots (read here a row at a time, alongside the log: see :func:`_replay_log`).

    ``path``: the file ``conn`` reads; SQLite's integrity check of it runs beside the rest
    (:class:`_PagesCheck`), and its verdict comes first: a file whose pages are damaged is
    reported as that alone, whatever reading it found (or failed on).

    ``expect``: a fingerprint (or its first 16+ hex digits) printed on paper; every log entry
    after which the file had it is reported in ``matches``, with what came after.
    ``progress(done, total)``: called every :data:`PROGRESS_EVERY` log entries (and at the end),
    for a window showing how far it is.

    The log and the ballots table are read as streams, never held whole, and the replay keeps
    4 bytes per ballot and a bitmap of the numbers in use: memory hardly grows with the log
    (0.09 MB allocated at 10,000 × 50, 0.51 MB at 100,000 × 100; it was 4.5 and 52 MB).
    """
    pages = _PagesCheck(path)
    try:
        report = _verify_contents(conn, tables_snapshot, regimes, expect, progress)
    except sqlite3.DatabaseError:
        found = pages.problems()
        if found:
            return _damaged(expect, found)
        raise
    except BaseException:
        pages.stop()
        raise
    found = pages.problems()
    return _damaged(expect, found) if found else report


def _verify_contents(
    conn: sqlite3.Connection,
    tables_snapshot: Callable[[], Snapshot],
    regimes: Mapping[str, Regime],
    expect: str | None,
    progress: Callable[[int, int], None] | None,
) -> VerifyReport:
    """Everything but the pages: the structure, the chain, the replay against the tables."""
    report = VerifyReport(fingerprint=GENESIS, entries=0, expected=expect)
    app_id = conn.execute("PRAGMA main.application_id").fetchone()[0]
    if app_id != schema.APPLICATION_ID:
        report.problems.append("Mã ứng dụng của tệp đã bị thay đổi.")
    report.problems.extend(structure_problems(conn))
    if report.problems:
        # Reading through a planted view or a missing table would read whatever the forger
        # wants, or fail: stop at the structure.
        return report
    try:
        tables = tables_snapshot()
    except (ValueError, KeyError, TypeError, UserFacingError) as exc:
        # InvalidInput: e.g. session info with a field this app never writes.
        report.problems.append(f"Nội dung các bảng trong tệp không đọc được ({exc!r}).")
        return report
    total, low, high = conn.execute(
        "SELECT count(*), min(seq), max(seq) FROM main.log").fetchone()
    # seq is the rowid: unique integers, so these three say whether they are exactly 1..total
    # (then the k-th entry's seq is k, and it need not be read with each entry).
    gap = 0 if total == 0 or (low, high) == (1, total) else _first_gap(conn)
    replayed: list[BallotRow] = []
    replayer = Replayer(regimes, on_ballot=replayed.append)
    same_ballots = _replay_log(conn, replayer, replayed, report, expect, progress, total, gap)
    report.entries = total
    if report.problems:
        report.matches.clear()
        return report
    try:
        snapshot = replayer.snapshot()
    except ReplayError as exc:
        report.problems.append(str(exc))
        return report
    report.problems.extend(_differences(snapshot, tables, same_ballots))
    if report.problems:
        report.matches.clear()
    return report


PROGRESS_EVERY = 2000
"""Log entries between two calls of ``verify``'s ``progress``."""

_UNREAD: Any = object()
"""The ballots table's next row, not fetched yet."""


def _replay_log(
    conn: sqlite3.Connection,
    replayer: Replayer,
    replayed: list[BallotRow],
    report: VerifyReport,
    expect: str | None,
    progress: Callable[[int, int], None] | None,
    total: int,
    gap: int,
) -> bool:
    """Check the chain and replay every entry, a row at a time, up to the first problem (which
    goes into ``report``). Leaves the last good hash in ``report.fingerprint``. Returns whether
    the ballots table holds exactly the ballots replayed: its k-th row (by id) is compared with
    the k-th ballot as it is recorded (``replayed`` receives the ballots an event records).
    ``gap``: the first position whose entry does not have it as its ``seq`` (0: none), where
    the log has an entry missing or too many.

    A ballot's event (nearly every entry) takes a short path: the ballots table's next row is
    what it most likely records, so ``is_ballot_entry`` compares the entry with that row's
    canonical spelling and checks its hash, and ``Replayer.record_canonical`` records it if it
    is the usual case. An entry either of them does not accept takes the general path below,
    which names what is wrong. Both paths give the same verdict and message for any entry
    (tests/storage/test_verify_paths.py).
    """
    prev = GENESIS
    known = {a.value: a for a in Action}
    usual = is_ballot_entry
    record = replayer.record_canonical
    matches = report.matches
    same = True
    rows = conn.execute("SELECT at, action, payload, hash FROM main.log ORDER BY seq")
    table = conn.execute(
        "SELECT id, ballot_type_id, number, marks, invalid_reason, recorded_at "
        "FROM main.ballots ORDER BY id")
    row: Any = _UNREAD
    try:
        for seq, (at, action_name, payload_json, digest) in enumerate(rows, 1):
            if progress is not None and seq % PROGRESS_EVERY == 0:
                progress(seq, total)
            if seq == gap:
                report.problems.append(f"Nhật ký thiếu hoặc thừa mục ở vị trí {seq}.")
                break
            if action_name == BALLOT_ACTION:
                if row is _UNREAD:
                    row = next(table, None)
                if (row is not None and usual(prev, seq, at, payload_json, digest, row)
                        and record(row[0], row[1], row[2], row[3])):
                    row = _UNREAD
                    prev = digest
                    if matches or expect is not None:
                        _note_match(report, expect, seq, Action.BALLOT_RECORDED, at, digest)
                    continue
            if not (isinstance(at, str) and isinstance(action_name, str)
                    and isinstance(payload_json, str) and isinstance(digest, str)):
                report.problems.append(f"Mục nhật ký số {seq} có giá trị sai kiểu.")
                break
            if chain_hash(prev, seq, at, action_name, payload_json) != digest:
                report.problems.append(f"Mục nhật ký số {seq} ({action_name}) đã bị sửa.")
                break
            prev = digest
            action = known.get(action_name)
            try:
                if action is None:
                    raise ReplayError(f"loại sự kiện lạ “{action_name}”")
                try:
                    payload = read_canonical(payload_json)
                except ValueError:
                    raise ReplayError("nội dung không ở dạng chuẩn") from None
                replayer.apply(action, payload)
            except (ValueError, ReplayError) as exc:
                report.problems.append(f"Mục nhật ký số {seq} không hợp lệ: {exc}")
                break
            for ballot in replayed:
                if row is _UNREAD:
                    row = next(table, None)
                same = same and row == ballot
                row = _UNREAD
            replayed.clear()
            if action is Action.FINALISED:
                report.finalised_hash, report.finalised_seq = digest, seq
            _note_match(report, expect, seq, action, at, digest)
        if row is _UNREAD:
            row = next(table, None)
        same = same and row is None  # no row left over
    finally:
        rows.close()
        table.close()
    report.fingerprint = prev
    if progress is not None:
        progress(total, total)
    return same


def _first_gap(conn: sqlite3.Connection) -> int:
    """The first position k whose entry (in ``seq`` order) has not ``seq`` k."""
    rows = conn.execute("SELECT seq FROM main.log ORDER BY seq")
    try:
        return next(k for k, (seq,) in enumerate(rows, 1) if seq != k)
    finally:
        rows.close()


def _note_match(report: VerifyReport, expect: str | None, seq: int, action: Action, at: str,
                digest: str) -> None:
    """Count the entry after every match so far; a match itself when its hash is ``expect``."""
    for match in report.matches:
        match.later[action] = match.later.get(action, 0) + 1
    if expect is not None and digest.startswith(expect):
        report.matches.append(PaperMatch(seq, action, at, digest))


_SECTIONS = {
    "info": "thông tin phiên",
    "committee": "Ban kiểm phiếu",
    "ballot_types": "loại phiếu hoặc số liệu phát ra/thu về",
    "candidates": "danh sách người được lấy phiếu",
    "ballots": "phiếu đã nhập",
    "voids": "phiếu đã hủy",
    "finalisation": "thông tin chốt kết quả",
    "addenda": "đính chính",
    "set_aside": "phiếu để riêng chờ Ban kiểm phiếu xem xét",
    "decisions": "quyết định của Ban kiểm phiếu về phiếu để riêng",
    "spot_checks": "bốc thăm kiểm tra",
    "spot_check_results": "kết quả đối chiếu phiếu bốc thăm",
    "merged_groups": "các tổ kiểm phiếu đã gộp",
    "hand_counts": "bảng tổng hợp kiểm phiếu bằng tay",
    "deck_checks": "kiểm tra phần mềm bằng bộ phiếu thử",
}


def _differences(replayed: Snapshot, tables: Snapshot, same_ballots: bool) -> list[str]:
    """Each section that differs; the ballots were compared with the table as they were
    replayed (neither snapshot holds any)."""
    return [
        f"Nội dung “{label}” trong tệp khác với nhật ký: tệp đã bị sửa ngoài phần mềm."
        for name, label in _SECTIONS.items()
        if (not same_ballots if name == "ballots"
            else getattr(replayed, name) != getattr(tables, name))
    ]
