"""The session file's schema, identity and upgrades."""

from __future__ import annotations

import sqlite3
from functools import cache

APPLICATION_ID = 0x544E4844  # "TNHD": marks the file as a Tín Nhiệm Desktop session
SCHEMA_VERSION = 3
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

V2_ADDITIONS = """
CREATE TABLE set_aside (
    id INTEGER PRIMARY KEY,
    ballot_type_id INTEGER NOT NULL REFERENCES ballot_types(id),
    number INTEGER NOT NULL,
    note TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE TABLE set_aside_decisions (
    set_aside_id INTEGER PRIMARY KEY REFERENCES set_aside(id),
    ballot_id INTEGER NOT NULL UNIQUE REFERENCES ballots(id),
    at TEXT NOT NULL
);
CREATE TABLE spot_checks (
    id INTEGER PRIMARY KEY,
    ballot_type_id INTEGER NOT NULL REFERENCES ballot_types(id),
    seed TEXT NOT NULL,
    numbers TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE TABLE spot_check_results (
    spot_check_id INTEGER NOT NULL REFERENCES spot_checks(id),
    number INTEGER NOT NULL,
    matches INTEGER NOT NULL,
    note TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (spot_check_id, number)
);
CREATE TRIGGER set_aside_no_update BEFORE UPDATE ON set_aside
    BEGIN SELECT RAISE(ABORT, 'set_aside is append-only'); END;
CREATE TRIGGER set_aside_no_delete BEFORE DELETE ON set_aside
    BEGIN SELECT RAISE(ABORT, 'set_aside is append-only'); END;
CREATE TRIGGER set_aside_decisions_no_update BEFORE UPDATE ON set_aside_decisions
    BEGIN SELECT RAISE(ABORT, 'set_aside_decisions are append-only'); END;
CREATE TRIGGER set_aside_decisions_no_delete BEFORE DELETE ON set_aside_decisions
    BEGIN SELECT RAISE(ABORT, 'set_aside_decisions are append-only'); END;
CREATE TRIGGER spot_checks_no_update BEFORE UPDATE ON spot_checks
    BEGIN SELECT RAISE(ABORT, 'spot_checks are append-only'); END;
CREATE TRIGGER spot_checks_no_delete BEFORE DELETE ON spot_checks
    BEGIN SELECT RAISE(ABORT, 'spot_checks are append-only'); END;
CREATE TRIGGER spot_check_results_no_update BEFORE UPDATE ON spot_check_results
    BEGIN SELECT RAISE(ABORT, 'spot_check_results are append-only'); END;
CREATE TRIGGER spot_check_results_no_delete BEFORE DELETE ON spot_check_results
    BEGIN SELECT RAISE(ABORT, 'spot_check_results are append-only'); END;
"""
"""Version 2 (0.2): ballots set aside for the committee to decide (phiếu cần Ban kiểm phiếu xem
xét) with their decisions, and random spot-checks with what the committee found."""

V3_GROUPS = """
CREATE TABLE merged_groups (
    seq INTEGER PRIMARY KEY,
    label TEXT NOT NULL,
    hand_counted INTEGER NOT NULL,
    ballots_handed INTEGER,
    source_name TEXT NOT NULL,
    source_fingerprint TEXT NOT NULL,
    source_setup_fingerprint TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE TABLE merged_ballots (
    ballot_id INTEGER PRIMARY KEY REFERENCES ballots(id),
    group_seq INTEGER NOT NULL REFERENCES merged_groups(seq),
    group_number INTEGER NOT NULL
);
CREATE TABLE hand_counts (
    group_seq INTEGER NOT NULL,
    ballot_type_id INTEGER NOT NULL REFERENCES ballot_types(id),
    counts TEXT NOT NULL,
    whole_invalid INTEGER NOT NULL,
    PRIMARY KEY (group_seq, ballot_type_id)
);
CREATE TRIGGER merged_groups_no_update BEFORE UPDATE ON merged_groups
    BEGIN SELECT RAISE(ABORT, 'merged_groups are append-only'); END;
CREATE TRIGGER merged_groups_no_delete BEFORE DELETE ON merged_groups
    BEGIN SELECT RAISE(ABORT, 'merged_groups are append-only'); END;
CREATE TRIGGER merged_ballots_no_update BEFORE UPDATE ON merged_ballots
    BEGIN SELECT RAISE(ABORT, 'merged_ballots are append-only'); END;
CREATE TRIGGER merged_ballots_no_delete BEFORE DELETE ON merged_ballots
    BEGIN SELECT RAISE(ABORT, 'merged_ballots are append-only'); END;
CREATE TRIGGER hand_counts_no_update BEFORE UPDATE ON hand_counts
    BEGIN SELECT RAISE(ABORT, 'hand_counts are append-only'); END;
CREATE TRIGGER hand_counts_no_delete BEFORE DELETE ON hand_counts
    BEGIN SELECT RAISE(ABORT, 'hand_counts are append-only'); END;
"""
"""Version 3 (issue 13, counting groups): the groups merged into a session (label, source file's
name and fingerprints, hand-counted or not), each merged ballot's group and number within it,
and the totals of the groups that counted on paper (``counts``: JSON, per official in ballot
order, the count of each level code, ``0`` and ``x``; ``group_seq`` 0: the tally sheet entered
in this file itself, a group that counted by hand). Other version-3 additions keep their own
block beside this one."""

V3_TEST_DECK = """
CREATE TABLE test_deck_checks (
    id INTEGER PRIMARY KEY,
    deck TEXT NOT NULL,
    trial_name TEXT NOT NULL,
    trial_fingerprint TEXT NOT NULL,
    differences TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE TRIGGER test_deck_checks_no_update BEFORE UPDATE ON test_deck_checks
    BEGIN SELECT RAISE(ABORT, 'test_deck_checks are append-only'); END;
CREATE TRIGGER test_deck_checks_no_delete BEFORE DELETE ON test_deck_checks
    BEGIN SELECT RAISE(ABORT, 'test_deck_checks are append-only'); END;
"""
"""Version 3 (unreleased), the test deck's part: each run of the test deck (bộ phiếu thử) and its
outcome. Self-contained, so other additions to version 3 are appended beside it."""

V3_ADDITIONS = V3_GROUPS + V3_TEST_DECK

SCHEMAS: dict[int, str] = {1: SCHEMA_V1, 2: SCHEMA_V1 + V2_ADDITIONS,
                           3: SCHEMA_V1 + V2_ADDITIONS + V3_ADDITIONS}
"""The SQL each schema version creates: a file is ours only if its ``sqlite_master`` holds exactly
what this SQL creates for its ``user_version`` (see :func:`expected_objects`)."""

UPGRADES: dict[int, str] = {1: V2_ADDITIONS, 2: V3_ADDITIONS}
"""version -> the SQL that brings a file of that version to version + 1. Run only on a file opened
for writing, after a copy of it was put aside (``session_file.upgrade``); each past version has a
committed fixture in ``tests/fixtures/`` and a test."""

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


_TYPE_WORDS = {"table": "bảng", "index": "chỉ mục", "view": "view", "trigger": "trigger"}


def structure_problems(conn: sqlite3.Connection) -> list[str]:
    """What differs between the file's ``sqlite_master`` and what this version creates."""
    version = conn.execute("PRAGMA main.user_version").fetchone()[0]
    if version not in SCHEMAS:
        return [f"Phiên bản lược đồ {version} không có trong bản phần mềm này."]
    found = frozenset(
        conn.execute("SELECT type, name, tbl_name, sql FROM main.sqlite_master")
    )
    expected = expected_objects(version)
    problems = []
    expected_names = {(t, n) for t, n, _, _ in expected}
    found_names = {(t, n) for t, n, _, _ in found}
    for kind, name, _, _ in sorted(found - expected, key=lambda o: (o[0], o[1])):
        what = f"{_TYPE_WORDS.get(kind, kind)} “{name}”"
        if (kind, name) in expected_names:
            problems.append(f"Cấu trúc tệp đã bị sửa ngoài phần mềm: {what} bị thay đổi.")
        else:
            problems.append(f"Cấu trúc tệp đã bị sửa ngoài phần mềm: có thêm {what}.")
    for kind, name, _, _ in sorted(expected - found, key=lambda o: (o[0], o[1])):
        if (kind, name) not in found_names:
            what = f"{_TYPE_WORDS.get(kind, kind)} “{name}”"
            problems.append(f"Cấu trúc tệp đã bị sửa ngoài phần mềm: thiếu {what}.")
    return problems
