"""Schema 3 adds the table of test deck runs; a file of schema 2 (0.2, committed fixture) opens,
verifies, reads with no run, and opens for writing upgraded after a copy is put aside."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from tinnhiem_desktop.services.session import Session, make_trial_copy, verify_file

FIXTURE = Path(__file__).parents[1] / "fixtures" / "session-v2-three-ballots.tinnhiem"


def version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def test_the_v2_fixture_verifies_and_reads_with_no_deck_run() -> None:
    assert version(FIXTURE) == 2
    assert verify_file(FIXTURE).ok
    with Session.open_to_view(FIXTURE) as s:
        assert s.deck_checks() == ()
        assert [b.marks for b in s.active_ballots(s.ballot_type().id)] == ["123", "2x0", "311"]


def test_a_v2_file_opens_for_writing_upgraded_to_3_and_records_a_run(tmp_path: Path) -> None:
    path = tmp_path / "cu.tinnhiem"
    shutil.copyfile(FIXTURE, path)
    before = verify_file(path).fingerprint
    with Session.open(path) as s:
        assert s.upgraded_from is not None
        assert s.upgraded_from.name == "cu.truoc-nang-cap-v2.tinnhiem"
        assert s.fingerprint() == before
        assert s.deck_checks() == ()
        deck = s.test_deck()
    assert version(path) == 3 and verify_file(path).fingerprint == before
    aside = tmp_path / "cu.truoc-nang-cap-v2.tinnhiem"
    assert version(aside) == 2 and verify_file(aside).fingerprint == before
    # A trial of the same lists, entered exactly.
    (form,) = deck.forms
    with Session.open(make_trial_copy(path, tmp_path / "thu.tinnhiem")) as trial:
        t = trial.ballot_type().id
        for b in form.ballots:
            trial.record_ballot(t, b.marks, b.invalid_reason, b.number)
    with Session.open(path) as s:
        assert s.check_test_deck(tmp_path / "thu.tinnhiem").passed
    assert verify_file(path).ok
