"""The committee's decisions on real session files: ballots set aside and decided, random
spot-checks, and the upgrade that brings a 0.1 file to the tables they need."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.helpers import make_session, run_cli, sha256_of
from tests.robustness import forgery
from tinnhiem_desktop.domain.checks import Code
from tinnhiem_desktop.domain.errors import InvalidInput, SessionLocked
from tinnhiem_desktop.services.session import Session, verify_file

FIXTURES = Path(__file__).parents[1] / "fixtures"


def codes(s: Session) -> set[str]:
    return {c.code.value for c in s.results().checks}


def test_a_ballot_set_aside_counts_nowhere_until_the_committee_decides(tmp_path: Path) -> None:
    s = make_session(tmp_path, n_candidates=3, collected=4)
    t = s.ballot_type().id
    s.record_ballot(t, "111")
    held = s.set_aside(t, "  Dấu ở dòng 2 không rõ\u200b ")
    assert (held.number, held.note) == (2, "Dấu ở dòng 2 không rõ")
    figures = s.results().ballot_types[0]
    assert figures.recorded == 1 and figures.candidates[0].counts["high"] == 1
    assert s.next_number(t) == 3
    with pytest.raises(InvalidInput, match="đang để riêng"):
        s.record_ballot(t, "222", number=2)
    s.record_ballot(t, "333")
    s.record_ballot(t, "x03")
    with pytest.raises(InvalidInput, match="Đã nhập đủ 4 phiếu"):
        s.record_ballot(t, "111")
    assert "set_aside_undecided" in codes(s)
    with pytest.raises(InvalidInput, match="phiếu để riêng chờ Ban kiểm phiếu quyết định"):
        s.finalise("Nguyễn Thị Việt Dung")
    with pytest.raises(InvalidInput, match="một trong hai"):
        s.decide_set_aside(held.id)
    ballot = s.decide_set_aside(held.id, marks="123")
    assert (ballot.number, ballot.marks) == (2, "123")
    with pytest.raises(InvalidInput, match="đã có quyết định"):
        s.decide_set_aside(held.id, invalid_reason="Phiếu gạch tên")
    figures = s.results().ballot_types[0]
    assert figures.recorded == 4
    assert [cr.counts["high"] for cr in figures.candidates] == [2, 1, 1]  # 111 and 123
    row = s.results().set_aside[0]
    assert row.decided is not None and row.decided.marks == "123"
    assert "set_aside_undecided" not in codes(s)
    s.finalise("Nguyễn Thị Việt Dung", {"many_invalid_rows": "Ban kiểm phiếu đã xem xét"})
    with pytest.raises(SessionLocked):
        s.set_aside(t, "muộn")
    s.close()
    assert verify_file(tmp_path / "phien.tinnhiem").ok


def test_a_ballot_decided_invalid_as_a_whole(tmp_path: Path) -> None:
    s = make_session(tmp_path, n_candidates=2, collected=2)
    t = s.ballot_type().id
    held = s.set_aside(t, "Có chữ ký lạ")
    ballot = s.decide_set_aside(held.id, invalid_reason="Phiếu không do Ban kiểm phiếu phát ra")
    assert ballot.marks == "" and ballot.invalid_reason is not None
    assert s.results().ballot_types[0].whole_invalid == 1
    s.close()
    assert verify_file(tmp_path / "phien.tinnhiem").ok


def _expected_draw(seed: str, numbers: list[int], k: int) -> list[int]:
    """The draw as anyone can redo it, written here from its definition."""
    ranked = sorted(numbers, key=lambda n: hashlib.sha256(f"{seed}:{n}".encode()).hexdigest())
    return sorted(ranked[:k])


def test_a_spot_check_is_reproducible_from_its_seed_and_its_findings_are_checks(
    tmp_path: Path,
) -> None:
    s = make_session(tmp_path, n_candidates=3, collected=10)
    t = s.ballot_type().id
    for _ in range(10):
        s.record_ballot(t, "123")
    s.void_ballot_number(t, 4, "Đọc nhầm")
    s.record_ballot(t, "321", number=4)
    check = s.draw_spot_check(t, 3, seed="20261127")
    assert list(check.numbers) == _expected_draw("20261127", list(range(1, 11)), 3)
    assert "spot_check_pending" in codes(s)
    first, second, third = check.numbers
    s.record_spot_check(check.id, first, matches=True)
    with pytest.raises(InvalidInput, match="không có trong lần bốc thăm"):
        s.record_spot_check(check.id, 99, matches=True)
    with pytest.raises(InvalidInput, match="lý do"):
        s.record_spot_check(check.id, second, matches=False)
    s.record_spot_check(check.id, second, matches=False, note="Dòng 3 trên giấy là 'x'")
    with pytest.raises(InvalidInput, match="Đã ghi kết quả"):
        s.record_spot_check(check.id, second, matches=True)
    assert {"spot_check_pending", "spot_check_difference"} <= codes(s)
    s.record_spot_check(check.id, third, matches=True)
    assert "spot_check_pending" not in codes(s)
    difference = next(c for c in s.results().checks if c.code is Code.SPOT_CHECK_DIFFERENCE)
    assert difference.kind.value == "warning" and f"phiếu số {second}" in difference.message
    with pytest.raises(InvalidInput, match="giải trình"):
        s.finalise("Nguyễn Thị Việt Dung")
    s.finalise("Nguyễn Thị Việt Dung",
               {"spot_check_difference": "Đã nhập lại lần hai: khớp với bản giấy."})
    s.close()
    assert verify_file(tmp_path / "phien.tinnhiem").ok


def test_a_draw_that_its_seed_does_not_give_is_refused_by_verify(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A forger who picks the papers to check (numbers not from the printed seed) is caught."""
    s = make_session(tmp_path, n_candidates=3, collected=6)
    t = s.ballot_type().id
    for _ in range(6):
        s.record_ballot(t, "123")
    s.close()
    path = tmp_path / "phien.tinnhiem"
    chosen = [1, 2]
    assert _expected_draw("777", list(range(1, 7)), 2) != chosen
    with forgery.forging(path) as conn:
        conn.execute("INSERT INTO spot_checks VALUES (1, 1, '777', '[1,2]', ?)", (forgery.AT,))
        forgery.append_event(conn, "spot_check_drawn", {
            "id": 1, "ballot_type_id": 1, "seed": "777", "numbers": chosen, "at": forgery.AT})
    code, _, err = run_cli(capsys, "verify", path)
    assert code == 3 and "không phải kết quả của mã bốc thăm" in err


def test_a_file_of_0_1_opens_for_writing_upgraded_after_a_copy_is_put_aside(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "cu.tinnhiem"
    shutil.copyfile(FIXTURES / "session-v1.tinnhiem", path)
    original = sha256_of(path)
    before = verify_file(path)
    # Reading never upgrades.
    assert run_cli(capsys, "results", path)[0] == 0 and sha256_of(path) == original
    with Session.open(path) as s:
        aside = s.upgraded_from
        assert aside is not None and aside.name == "cu.truoc-nang-cap-v1.tinnhiem"
        assert s.fingerprint() == before.fingerprint  # the upgrade adds no log entry
        assert s.set_aside_ballots() == []
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
    conn.close()
    assert verify_file(path).ok and verify_file(path).fingerprint == before.fingerprint
    copy = verify_file(aside)
    assert copy.ok and copy.fingerprint == before.fingerprint
    conn = sqlite3.connect(aside)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()
    with Session.open(path) as s:  # already current: no second copy
        assert s.upgraded_from is None
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "cu.tinnhiem", "cu.truoc-nang-cap-v1.tinnhiem"]


def test_the_appendix_lists_voided_ballots_with_their_replacement_and_whole_invalid_ones(
    tmp_path: Path,
) -> None:
    s = make_session(tmp_path, n_candidates=2, collected=4)
    t = s.ballot_type().id
    s.record_ballot(t, "12")
    s.record_ballot(t, invalid_reason="Phiếu gạch tên người được lấy phiếu")
    s.record_ballot(t, "33")
    s.void_ballot_number(t, 3, "Đọc nhầm dòng 2")
    s.record_ballot(t, "31", number=3)
    s.void_ballot_number(t, 1, "Trùng phiếu")
    results = s.results()
    assert [(c.voided.number, c.voided.marks, c.void.reason,
             None if c.replacement is None else c.replacement.marks)
            for c in results.corrections] == [(1, "12", "Trùng phiếu", None),
                                              (3, "33", "Đọc nhầm dòng 2", "31")]
    assert [(w.ballot.number, w.ballot.invalid_reason) for w in results.whole_invalid] == [
        (2, "Phiếu gạch tên người được lấy phiếu")]
    s.close()
