"""Schema 3 (counting groups): a file of version 2 opens for writing upgraded after a copy is put
aside, keeps its fingerprint and history, and can then be copied for groups and merged."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.helpers import run_cli, sha256_of
from tinnhiem_desktop.services.session import Session, copy_setup, merge_groups, verify_file
from tinnhiem_desktop.storage import schema

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def test_the_committed_fixture_is_a_version_2_file() -> None:
    assert _version(FIXTURES / "session-v2.tinnhiem") == 2
    assert schema.SCHEMA_VERSION == 3
    assert schema.expected_objects(3) > schema.expected_objects(2)
    names = {name for _, name, _, _ in schema.expected_objects(3) - schema.expected_objects(2)}
    assert {"merged_groups", "merged_ballots", "hand_counts"} <= names


def test_a_version_2_file_is_upgraded_after_a_copy_is_put_aside(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "cu.tinnhiem"
    shutil.copyfile(FIXTURES / "session-v2.tinnhiem", path)
    original = sha256_of(path)
    before = verify_file(path)
    assert before.ok
    assert run_cli(capsys, "results", path)[0] == 0 and sha256_of(path) == original
    with Session.open(path) as s:
        aside = s.upgraded_from
        assert aside is not None and aside.name == "cu.truoc-nang-cap-v2.tinnhiem"
        assert s.fingerprint() == before.fingerprint
        assert [h.note for h in s.set_aside_ballots()] == ["Dấu mờ"]
        assert s.merged_groups() == () and s.copy_origin is None
    assert _version(path) == 3 and _version(aside) == 2
    assert verify_file(path).ok and verify_file(path).fingerprint == before.fingerprint
    assert verify_file(aside).fingerprint == before.fingerprint


def test_an_upgraded_file_is_copied_for_a_group_and_merged(tmp_path: Path) -> None:
    path = tmp_path / "cu.tinnhiem"
    shutil.copyfile(FIXTURES / "session-v2.tinnhiem", path)
    group = copy_setup(path, tmp_path / "to-1.tinnhiem", group="Tổ 1")
    with Session.open(group) as g:
        g.record_ballot(g.ballot_type().id, "21")
    out = merge_groups(tmp_path / "gop.tinnhiem", [group])
    with Session.open_to_view(out) as s:
        assert [b.marks for b in s.ballots_of_merged()] == ["21"]
        assert [g.label for g in s.merged_groups()] == ["Tổ 1"]
