"""A test deck run in the log is checked by ``verify`` like any event: the deck must be the one
the set-up gave at that time, the expected figures the deck's, "passed" must agree with the
differences, the table must say what the log says, and never after finalising."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import make_session
from tests.robustness import forgery
from tinnhiem_desktop.services.session import Session, make_trial_copy, verify_file


def session_with_a_failed_run(tmp_path: Path) -> tuple[Path, str]:
    """A real session whose log records a failed run (entered from a trial typed by hand)."""
    real = make_session(tmp_path, n_candidates=2, collected=0, name="that.tinnhiem")
    deck = real.test_deck()
    (form,) = deck.forms
    with Session.open(make_trial_copy(real.path, tmp_path / "thu.tinnhiem")) as trial:
        t = trial.ballot_type().id
        for b in form.ballots:
            wrong = "21" if b.number == 1 else b.marks  # ballot 1 is "11"
            trial.record_ballot(t, wrong, b.invalid_reason, b.number)
    check = real.check_test_deck(tmp_path / "thu.tinnhiem")
    assert [(d.order, d.what, d.entered, d.expected) for d in check.differences] == [
        (1, "high", 0, 1), (1, "medium", 3, 2)]
    real.close()
    assert verify_file(tmp_path / "that.tinnhiem").ok
    return tmp_path / "that.tinnhiem", deck.fingerprint


def rewrite_last(conn: object, change: dict[str, object]) -> None:
    """Rewrite the last log entry's payload (and the table row), then the chain from there."""
    import sqlite3

    assert isinstance(conn, sqlite3.Connection)
    seq, payload = conn.execute("SELECT seq, payload FROM log ORDER BY seq DESC LIMIT 1").fetchone()
    data = json.loads(payload)
    data.update(change)
    conn.execute("UPDATE log SET payload = ? WHERE seq = ?", (forgery.canonical(data), seq))
    conn.execute("UPDATE test_deck_checks SET differences = ?",
                 (forgery.canonical(data["differences"]),))
    forgery.rehash(conn, seq)


@pytest.mark.parametrize(("what", "change", "why"), [
    ("a failed run rewritten as passed, differences kept",
     {"passed": True}, "đạt/không đạt trái với các chênh lệch"),
    ("a deck of another list", {"deck": "0" * 64}, "không phải bộ lập từ danh sách"),
    ("an expected figure that is not the deck's",
     {"differences": [{"ballot_type": "Phiếu lấy phiếu tín nhiệm", "order": 1, "name":
                       "Nguyễn Thị Việt Dung", "what": "high", "entered": 0, "expected": 5}]},
     "chênh lệch ghi sai"),
    ("a difference that is none (entered equals expected)",
     {"differences": [{"ballot_type": "Phiếu lấy phiếu tín nhiệm", "order": 1, "name":
                       "Nguyễn Thị Việt Dung", "what": "high", "entered": 1, "expected": 1}]},
     "chênh lệch ghi sai"),
    ("another official's name", {"differences": [
        {"ballot_type": "Phiếu lấy phiếu tín nhiệm", "order": 1, "name": "Người khác",
         "what": "high", "entered": 0, "expected": 1}]}, "chênh lệch ghi sai"),
    ("a level that does not exist", {"differences": [
        {"ballot_type": "Phiếu lấy phiếu tín nhiệm", "order": 1, "name": "Nguyễn Thị Việt Dung",
         "what": "rat_cao", "entered": 0, "expected": 1}]}, "chênh lệch ghi sai"),
])
def test_a_forged_run_with_a_valid_chain_is_refused(
    tmp_path: Path, what: str, change: dict[str, object], why: str
) -> None:
    path, _ = session_with_a_failed_run(tmp_path)
    with forgery.forging(path) as conn:
        rewrite_last(conn, change)
    report = verify_file(path)
    assert not report.ok, what
    assert any(why in p for p in report.problems), report.problems


def test_the_table_edited_behind_the_log_is_refused(tmp_path: Path) -> None:
    path, _ = session_with_a_failed_run(tmp_path)
    with forgery.forging(path) as conn:
        conn.execute("UPDATE test_deck_checks SET differences = '[]'")
    report = verify_file(path)
    assert any("kiểm tra phần mềm bằng bộ phiếu thử" in p for p in report.problems)


def test_a_passing_run_appended_after_finalising_is_refused(tmp_path: Path) -> None:
    s = make_session(tmp_path, n_candidates=2, collected=1)
    s.record_ballot(s.ballot_type().id, "12")
    deck = s.test_deck().fingerprint
    s.finalise("Nguyễn Văn Hiền", {})
    path = s.path
    s.close()
    with forgery.forging(path) as conn:
        conn.execute("INSERT INTO test_deck_checks VALUES (1, ?, 'thu.tinnhiem', ?, '[]', ?)",
                     (deck, "a" * 64, forgery.AT))
        forgery.append_event(conn, "test_deck_checked", {
            "id": 1, "deck": deck, "trial_name": "thu.tinnhiem", "trial_fingerprint": "a" * 64,
            "passed": True, "differences": [], "at": forgery.AT})
    report = verify_file(path)
    assert any("không được phép ở giai đoạn “finalised”" in p for p in report.problems)


def test_a_run_recorded_before_the_first_ballot_and_during_entry_verifies(
    tmp_path: Path,
) -> None:
    path, deck = session_with_a_failed_run(tmp_path)
    with Session.open(path) as s:
        t = s.ballot_type().id
        s.set_accounting(t, issued=2, collected=2)
        s.record_ballot(t, "12")
        # A laptop swapped during the count is tested again: allowed while entering.
        check = s.check_test_deck(tmp_path / "thu.tinnhiem")
        assert check.id == 2 and check.deck == deck
        assert [c.passed for c in s.deck_checks()] == [False, False]
    assert verify_file(path).ok


@pytest.mark.parametrize("planted", ['[{"order": "1"}]', '{"a": 1}', '[1]', "không phải JSON"])
def test_a_table_of_runs_holding_what_the_app_never_writes_is_reported_not_a_crash(
    tmp_path: Path, planted: str
) -> None:
    path, _ = session_with_a_failed_run(tmp_path)
    with forgery.forging(path) as conn:
        conn.execute("UPDATE test_deck_checks SET differences = ?", (planted,))
    report = verify_file(path)
    assert not report.ok and any("không đọc được" in p for p in report.problems), report.problems


def test_a_trial_named_in_decomposed_unicode_is_recorded_cleaned(tmp_path: Path) -> None:
    import unicodedata

    real = make_session(tmp_path, n_candidates=1, collected=0, name="that.tinnhiem")
    form = real.test_deck().forms[0]
    trial_name = unicodedata.normalize("NFD", "bản thử.tinnhiem")
    with Session.open(make_trial_copy(real.path, tmp_path / trial_name)) as trial:
        for b in form.ballots:
            trial.record_ballot(trial.ballot_type().id, b.marks, b.invalid_reason, b.number)
    check = real.check_test_deck(tmp_path / trial_name)
    assert check.passed and check.trial_name == "bản thử.tinnhiem"
    real.close()
    assert verify_file(tmp_path / "that.tinnhiem").ok
