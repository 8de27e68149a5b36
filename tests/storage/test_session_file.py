"""The session file: identity, refusal of foreign and newer files, the log, verify."""

import sqlite3
from pathlib import Path

import pytest

from tests.helpers import make_session, raw_connection, sha256_of
from tinnhiem_desktop.domain.errors import (
    DamagedFile,
    InvalidInput,
    NewerVersion,
    NotFound,
    NotOurFile,
)
from tinnhiem_desktop.domain.events import Action
from tinnhiem_desktop.services.session import Session, verify_file
from tinnhiem_desktop.storage import schema
from tinnhiem_desktop.storage.session_file import SessionFile

FIXTURES = Path(__file__).parents[1] / "fixtures"




def test_file_declares_application_id_and_version(tmp_path: Path) -> None:
    make_session(tmp_path).close()
    conn = sqlite3.connect(tmp_path / "phien.tinnhiem")
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        conn.close()
    # complete on its own: no sidecar file once closed
    assert sorted(p.name for p in tmp_path.iterdir()) == ["phien.tinnhiem"]


def test_create_never_overwrites(tmp_path: Path) -> None:
    (tmp_path / "x.tinnhiem").write_bytes(b"keep")
    with pytest.raises(InvalidInput, match="đã tồn tại"):
        Session.create(tmp_path / "x.tinnhiem", "party-vote")
    assert (tmp_path / "x.tinnhiem").read_bytes() == b"keep"


def _foreign_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (a)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.commit()
    conn.close()


def _newer(path: Path) -> None:
    make_session(path.parent, name=path.name).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("make", "error", "message"),
    [
        (lambda p: p.write_bytes(b""), NotOurFile, "rỗng"),
        (lambda p: p.write_bytes(b"PK\x03\x04 not a session" * 20), NotOurFile, "không phải"),
        (lambda p: p.write_text("ho_ten,chuc_vu\n" * 20, "utf-8"), NotOurFile, "không phải"),
        (_foreign_sqlite, NotOurFile, "chương trình khác"),
        (_newer, NewerVersion, "phiên bản mới hơn"),
    ],
)
@pytest.mark.parametrize("readonly", [False, True])
def test_foreign_and_newer_files_are_refused_unchanged(
    tmp_path: Path, make, error, message, readonly: bool
) -> None:
    path = tmp_path / "f.tinnhiem"
    make(path)
    before = sha256_of(path)
    with pytest.raises(error, match=message) as info:
        Session.open(path, readonly=readonly)
    assert info.value.exit_code == 3
    assert sha256_of(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f.tinnhiem"]


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(NotFound):
        Session.open(tmp_path / "none.tinnhiem")


def test_truncated_file_is_damaged(tmp_path: Path) -> None:
    s = make_session(tmp_path, collected=5)
    for _ in range(5):
        s.record_ballot(s.ballot_type().id, "123")
    s.close()
    path = tmp_path / "phien.tinnhiem"
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises((DamagedFile, NotOurFile)), Session.open(path, readonly=True) as s2:
        s2.results()


def test_every_change_is_logged_and_chained(tmp_path: Path) -> None:
    s = make_session(tmp_path, collected=3)
    t = s.ballot_type().id
    b = s.record_ballot(t, "123")
    s.void_ballot(b.id, "nhầm")
    s.set_committee([("Nguyễn Thị Việt Dung", "truong_ban")])
    entries = s.log()
    assert [e.action for e in entries] == [
        Action.SESSION_CREATED, Action.BALLOT_TYPE_ADDED, Action.CANDIDATES_SET,
        Action.ACCOUNTING_SET, Action.BALLOT_RECORDED, Action.BALLOT_VOIDED,
        Action.COMMITTEE_SET,
    ]
    assert entries[3].payload["before"] == {"issued": 0, "spoiled": 0, "collected": 0}
    assert entries[3].payload["after"]["collected"] == 3
    assert [e.seq for e in entries] == list(range(1, 8))
    assert len({e.hash for e in entries}) == 7
    assert s.fingerprint() == entries[-1].hash
    report = s.verify()
    assert report.ok and report.fingerprint == s.fingerprint() and report.entries == 7


def test_append_only_tables_refuse_our_own_mistakes(tmp_path: Path) -> None:
    s = make_session(tmp_path, collected=3)
    s.record_ballot(s.ballot_type().id, "123")
    for sql in ["UPDATE ballots SET marks = '111'", "DELETE FROM ballots", "DELETE FROM log",
                "UPDATE log SET at = 'x'"]:
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            raw_connection(s).execute(sql)


def _tamper(path: Path, *sql: str) -> None:
    """Alter the file as a careful forger would: drop the append-only triggers, change, and put
    the triggers back so that the file's structure looks untouched."""
    conn = sqlite3.connect(path)
    triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    for name, _ in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    for statement in sql:
        conn.execute(statement)
    for _, create in triggers:
        conn.execute(create)
    conn.commit()
    conn.close()


def test_dropped_triggers_alone_make_the_file_not_intact(tmp_path: Path) -> None:
    s = make_session(tmp_path, collected=3)
    s.record_ballot(s.ballot_type().id, "123")
    s.close()
    path = tmp_path / "phien.tinnhiem"
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER ballots_no_update")
    conn.commit()
    conn.close()
    report = verify_file(path)
    assert not report.ok
    assert report.problems == [
        "Cấu trúc tệp đã bị sửa ngoài phần mềm: thiếu trigger “ballots_no_update”."
    ]


@pytest.mark.parametrize(
    ("sql", "found"),
    [
        (["UPDATE ballots SET marks = '333' WHERE id = 1"], "phiếu đã nhập"),
        (["DELETE FROM ballots WHERE id = 2"], "phiếu đã nhập"),
        (["UPDATE candidates SET name = 'Người Khác' WHERE position = 1"], "danh sách"),
        (["UPDATE ballot_types SET collected = 9"], "thu về"),
        (["DELETE FROM voids"], "phiếu đã hủy"),
        (["UPDATE log SET payload = replace(payload, '\"123\"', '\"333\"') WHERE seq = 5"],
         "đã bị sửa"),
        (["DELETE FROM log WHERE seq = 6"], "thiếu hoặc thừa"),
        (["UPDATE session_info SET data = replace(data, 'Hội nghị', 'Hội thảo')"],
         "thông tin phiên"),
    ],
)
def test_verify_names_what_was_altered(tmp_path: Path, sql: list[str], found: str) -> None:
    s = make_session(tmp_path, collected=3, title="Hội nghị")
    t = s.ballot_type().id
    s.record_ballot(t, "123")
    s.record_ballot(t, "312")
    s.void_ballot(2, "nhầm")
    s.close()
    path = tmp_path / "phien.tinnhiem"
    _tamper(path, *sql)
    with Session.open(path, readonly=True) as again:
        report = again.verify()
    assert not report.ok
    assert any(found in p for p in report.problems), report.problems


def test_backup_is_a_complete_verified_copy(tmp_path: Path) -> None:
    s = make_session(tmp_path, collected=3)
    s.record_ballot(s.ballot_type().id, "123")
    report = s.backup(tmp_path / "copy.tinnhiem")
    assert report.ok and report.fingerprint == s.fingerprint()
    with pytest.raises(InvalidInput):
        s.backup(tmp_path / "copy.tinnhiem")


def test_v1_fixture_opens_and_verifies() -> None:
    """One committed file per schema version: this build must open each (and upgrade older)."""
    path = FIXTURES / "session-v1.tinnhiem"
    assert verify_file(path).ok
    with SessionFile.open(path, readonly=True) as f:
        assert len(f.ballots()) > 0


def test_a_batch_that_fails_half_way_writes_nothing(tmp_path: Path) -> None:
    """``storage.writes.atomic`` (our own, not sqlite-utils'): a batch is one transaction, each
    ballot in it a savepoint; a refusal half-way leaves the file as it was."""
    from tinnhiem_desktop.services.session import BallotRow

    with make_session(tmp_path, collected=10) as s:
        t = s.ballot_type().id
        s.record_ballot(t, "123")
        before = sha256_of(s.path)
        with pytest.raises(InvalidInput):
            s.record_ballots(t, [BallotRow(None, "111"), BallotRow(None, "222"),
                                 BallotRow(None, "9")])
        assert s.recorded_count(t) == 1
        assert not raw_connection(s).in_transaction
    assert sha256_of(s.path) == before
    assert verify_file(s.path).ok


def test_sqlite_utils_is_there_on_first_use(tmp_path: Path) -> None:
    with make_session(tmp_path) as s:
        path = s.path
    with SessionFile.open(path, readonly=True) as file:
        assert "ballots" in file.db.table_names()
        assert file.db["log"].count == 4
