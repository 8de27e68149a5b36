"""What a forger can do with nothing but Python's ``sqlite3``, ``json`` and ``hashlib``.

Deliberately written without the app's own code: the chain hash is rebuilt here from its
definition (SHA-256 over ``[prev, seq, at, action]`` as compact sorted JSON, a newline, then the
payload), so these attacks are what anyone who read the file format could do.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

AT = "2026-11-27T11:30:00+07:00"


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def chain(prev: str, seq: int, at: str, action: str, payload_json: str) -> str:
    material = canonical([prev, seq, at, action]) + "\n" + payload_json
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


@contextmanager
def forging(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection with the append-only triggers out of the way; they are put back exactly as
    they were afterwards, so the file's structure looks untouched."""
    conn = sqlite3.connect(path)
    triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    for name, _ in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    try:
        yield conn
        for _, sql in triggers:
            conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


def append_event(conn: sqlite3.Connection, action: str, payload: dict[str, Any],
                 at: str = AT) -> str:
    """Append one event to the log with a valid hash chain; returns the new fingerprint."""
    seq, prev = conn.execute("SELECT seq, hash FROM log ORDER BY seq DESC LIMIT 1").fetchone()
    payload_json = canonical(payload)
    digest = chain(prev, seq + 1, at, action, payload_json)
    conn.execute("INSERT INTO log (seq, at, action, payload, hash) VALUES (?, ?, ?, ?, ?)",
                 (seq + 1, at, action, payload_json, digest))
    return digest


def rehash(conn: sqlite3.Connection, start: int = 1) -> str:
    """Recompute the chain from entry ``start`` on, as a forger who knows the algorithm does;
    returns the new fingerprint."""
    row = conn.execute("SELECT hash FROM log WHERE seq = ?", (start - 1,)).fetchone()
    prev = row[0] if row else "0" * 64
    for seq, at, action, payload in conn.execute(
        "SELECT seq, at, action, payload FROM log WHERE seq >= ? ORDER BY seq", (start,)
    ).fetchall():
        prev = chain(prev, seq, at, action, payload)
        conn.execute("UPDATE log SET hash = ? WHERE seq = ?", (prev, seq))
    return prev


def record(conn: sqlite3.Connection, type_id: int, number: int, marks: str,
           reason: str | None = None) -> str:
    """A ballot appended to the table *and* the log, as the app would have written it."""
    (bid,) = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM ballots").fetchone()
    conn.execute("INSERT INTO ballots VALUES (?, ?, ?, ?, ?, ?)",
                 (bid, type_id, number, marks, reason, AT))
    return append_event(conn, "ballot_recorded", {
        "id": bid, "ballot_type_id": type_id, "number": number, "marks": marks,
        "invalid_reason": reason, "at": AT})


def void(conn: sqlite3.Connection, type_id: int, number: int, reason: str = "Đọc nhầm") -> str:
    (bid,) = conn.execute(
        "SELECT id FROM ballots WHERE ballot_type_id = ? AND number = ? "
        "AND id NOT IN (SELECT ballot_id FROM voids)", (type_id, number)).fetchone()
    conn.execute("INSERT INTO voids VALUES (?, ?, ?)", (bid, reason, AT))
    return append_event(conn, "ballot_voided", {"ballot_id": bid, "reason": reason, "at": AT})


def swap_officials(conn: sqlite3.Connection, type_id: int) -> str:
    before = [{"name": n, "position": t} for n, t in conn.execute(
        "SELECT name, title FROM candidates WHERE ballot_type_id = ? ORDER BY position",
        (type_id,))]
    after = [before[1], before[0], *before[2:]]
    conn.execute("DELETE FROM candidates WHERE ballot_type_id = ?", (type_id,))
    conn.executemany("INSERT INTO candidates VALUES (?, ?, ?, ?)",
                     [(type_id, i, c["name"], c["position"]) for i, c in enumerate(after, 1)])
    return append_event(conn, "candidates_set",
                        {"ballot_type_id": type_id, "before": before, "after": after})


def change_info(conn: sqlite3.Connection, **changes: Any) -> str:
    before = json.loads(conn.execute("SELECT data FROM session_info").fetchone()[0])
    after = {**before, **changes}
    conn.execute("UPDATE session_info SET data = ?", (canonical(after),))
    return append_event(conn, "info_updated", {"before": before, "after": after})


def plant_ballots_view(conn: sqlite3.Connection, marks: str) -> None:
    """``ballots`` renamed; a view of the same name shows other marks, and an INSTEAD OF trigger
    passes new ballots through to the real table, so the app keeps working on top of it."""
    conn.execute("ALTER TABLE ballots RENAME TO ballots_real")
    conn.execute(
        "CREATE VIEW ballots AS SELECT id, ballot_type_id, number, "
        f"CASE WHEN marks = '' THEN '' ELSE '{marks}' END AS marks, invalid_reason, recorded_at "
        "FROM ballots_real")
    conn.execute(
        "CREATE TRIGGER ballots_insert INSTEAD OF INSERT ON ballots BEGIN "
        "INSERT INTO ballots_real VALUES (NEW.id, NEW.ballot_type_id, NEW.number, NEW.marks, "
        "NEW.invalid_reason, NEW.recorded_at); END")


Attack = Callable[[sqlite3.Connection], object]


def not_utf8(conn: sqlite3.Connection, table: str, column: str, where: str) -> None:
    """The third byte of ``column``'s text in the row ``where`` made 0xFF, a byte UTF-8 never
    has: what a bad disk or an edit outside the app leaves. SQLite stores it as text unchecked."""
    (value,) = conn.execute(f"SELECT CAST({column} AS BLOB) FROM {table} WHERE {where}"
                            ).fetchone()
    conn.execute(f"UPDATE {table} SET {column} = CAST(? AS TEXT) WHERE {where}",
                 (value[:2] + b"\xff" + value[3:],))


def break_schema_text(path: Path) -> None:
    """A byte of the schema's own text made 0xFF (``CREATE TA\\xffLE voids``): SQLite's
    message about the syntax error quotes the byte."""
    data = bytearray(path.read_bytes())
    data[data.index(b"CREATE TABLE voids") + len(b"CREATE TA")] = 0xFF
    path.write_bytes(bytes(data))
