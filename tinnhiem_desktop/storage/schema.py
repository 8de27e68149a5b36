"""The session file's schema, identity and upgrades."""

from __future__ import annotations

import sqlite3
from functools import cache

APPLICATION_ID = 0x544E4844  # "TNHD": marks the file as a Tín Nhiệm Desktop session
SCHEMA_VERSION = 1
EXTENSION = ".tinnhiem"

SCHEMA_V1 = """
CREATE TABLE session_info (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    data TEXT NOT NULL
);
CREATE TABLE committee (
    position INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    role TEXT NOT NULL
);
CREATE TABLE ballot_types (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    issued INTEGER NOT NULL DEFAULT 0,
    spoiled INTEGER NOT NULL DEFAULT 0,
    collected INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE candidates (
    ballot_type_id INTEGER NOT NULL REFERENCES ballot_types(id),
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    title TEXT NOT NULL,
    PRIMARY KEY (ballot_type_id, position)
);
CREATE TABLE ballots (
    id INTEGER PRIMARY KEY,
    ballot_type_id INTEGER NOT NULL REFERENCES ballot_types(id),
    number INTEGER NOT NULL,
    marks TEXT NOT NULL,
    invalid_reason TEXT,
    recorded_at TEXT NOT NULL
);
CREATE INDEX ballots_by_type ON ballots (ballot_type_id, number);
CREATE TABLE voids (
    ballot_id INTEGER PRIMARY KEY REFERENCES ballots(id),
    reason TEXT NOT NULL,
    voided_at TEXT NOT NULL
);
CREATE TABLE finalisation (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    by TEXT NOT NULL,
    at TEXT NOT NULL,
    accepted TEXT NOT NULL
);
CREATE TABLE addenda (
    number INTEGER PRIMARY KEY,
    text TEXT NOT NULL,
    by TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE TABLE log (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    action TEXT NOT NULL,
    payload TEXT NOT NULL,
    hash TEXT NOT NULL
);
-- Recorded ballots, voids and the log are append-only: a bug of ours that tried to change them
-- fails loudly. (Another tool can drop these triggers; verify catches what it then changes.)
CREATE TRIGGER log_no_update BEFORE UPDATE ON log
    BEGIN SELECT RAISE(ABORT, 'log is append-only'); END;
CREATE TRIGGER log_no_delete BEFORE DELETE ON log
    BEGIN SELECT RAISE(ABORT, 'log is append-only'); END;
CREATE TRIGGER ballots_no_update BEFORE UPDATE ON ballots
    BEGIN SELECT RAISE(ABORT, 'ballots are append-only'); END;
CREATE TRIGGER ballots_no_delete BEFORE DELETE ON ballots
    BEGIN SELECT RAISE(ABORT, 'ballots are append-only'); END;
CREATE TRIGGER voids_no_update BEFORE UPDATE ON voids
    BEGIN SELECT RAISE(ABORT, 'voids are append-only'); END;
CREATE TRIGGER voids_no_delete BEFORE DELETE ON voids
    BEGIN SELECT RAISE(ABORT, 'voids are append-only'); END;
"""

SCHEMAS: dict[int, str] = {1: SCHEMA_V1}
"""The SQL each schema version creates. Only version 1 exists: a file is ours only if its
``sqlite_master`` holds exactly what this SQL creates (see :func:`expected_objects`). A future
version adds its SQL here, an upgrade path that copies the old file aside first, and a committed
fixture of the old version in ``tests/fixtures/`` with a test."""

SchemaObject = tuple[str, str, str, "str | None"]


@cache
def expected_objects(version: int) -> frozenset[SchemaObject]:
    """(type, name, table, SQL) of every table, index, view and trigger of a genuine file."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.executescript(SCHEMAS[version])
        return frozenset(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))
    finally:
        conn.close()
