"""Durable means durable: every connection that writes a session file (or a copy of one) syncs
the folder too (``synchronous = EXTRA``), so a ballot the screen called recorded survives a power
cut; see docs/ARCHITECTURE.md, "Durable means durable"."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import make_session

EXTRA = 3
WRITES = ("INSERT", "UPDATE", "DELETE", "CREATE", "DROP", "ALTER", "REPLACE", "COMMIT", "END",
          "RELEASE")


class Spy(sqlite3.Connection):
    """A real connection that checks its own ``synchronous`` before every write it is asked
    to make (the backup API counts as a write to the target)."""

    written: list[str]

    def _check(self, sql: str) -> None:
        head = sql.lstrip().split(None, 1)[0].upper() if sql.strip() else ""
        if head in WRITES or (head == "PRAGMA" and "=" in sql and "synchronous" not in sql
                              and "journal_mode" not in sql and "trusted_schema" not in sql
                              and "foreign_keys" not in sql):
            level = super().execute("PRAGMA synchronous").fetchone()[0]
            assert level == EXTRA, f"{sql!r} written with synchronous = {level}"
            Spy.written.append(sql)

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:  # type: ignore[override]
        self._check(sql)
        return super().execute(sql, *args)

    def executemany(self, sql: str, *args: Any) -> sqlite3.Cursor:  # type: ignore[override]
        self._check(sql)
        return super().executemany(sql, *args)

    def executescript(self, script: str) -> sqlite3.Cursor:  # type: ignore[override]
        for statement in script.split(";"):
            if statement.strip():
                self._check(statement)
        return super().executescript(script)

    def backup(self, target: sqlite3.Connection, **kwargs: Any) -> None:  # type: ignore[override]
        level = target.execute("PRAGMA synchronous").fetchone()[0]
        assert level == EXTRA, f"a copy written with synchronous = {level}"
        Spy.written.append("backup")
        super().backup(target, **kwargs)


def test_every_connection_that_writes_syncs_the_folder_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_connect = sqlite3.connect
    Spy.written = []

    def spying_connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        if args and args[0] == ":memory:":
            return real_connect(*args, **kwargs)
        return real_connect(*args, factory=Spy, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", spying_connect)
    s = make_session(tmp_path, collected=30)
    t = s.ballot_type().id
    for _ in range(3):
        s.record_ballot(t, "123")
    s.void_ballot_number(t, 2, "Đọc nhầm")
    s.update_info(place="Hội trường B")
    s.backup(tmp_path / "ban-sao.tinnhiem")
    s.close()
    monkeypatch.undo()
    # Create (schema, set-up), ballots, void, info, the copy: all were checked.
    assert len(Spy.written) > 20 and "backup" in Spy.written
