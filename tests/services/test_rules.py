"""Rules of docs/domain.md §5–§6 through the service, on a real session file."""

from pathlib import Path

import pytest

from tests.helpers import NAMES, make_session
from tinnhiem_desktop.domain.checks import Code
from tinnhiem_desktop.domain.errors import InvalidInput, NotFound, SessionLocked
from tinnhiem_desktop.domain.regimes import Basis
from tinnhiem_desktop.domain.wording import NOT_ISSUED_REASON
from tinnhiem_desktop.services.session import Session


def codes(s: Session) -> set[str]:
    return {c.code.value for c in s.results().checks}


def test_row_invalid_counts_in_d_but_not_in_valid(tmp_path: Path) -> None:
    s = make_session(tmp_path, collected=4)
    t = s.ballot_type().id
    s.record_ballot(t, "123")
    s.record_ballot(t, "0x3")
    s.record_ballot(t, "", invalid_reason=NOT_ISSUED_REASON)
    s.record_ballot(t, "113")
    r = s.results().ballot_types[0]
    assert r.denominator == 4 and r.recorded == 4 and r.whole_invalid == 1
    first, second, third = r.candidates
    assert first.counts == {"high": 2, "medium": 0, "low": 0}
    assert (first.no_mark, first.multi_mark, first.invalid, first.valid) == (1, 0, 2, 2)
    assert second.counts == {"high": 1, "medium": 1, "low": 0}
    assert (second.multi_mark, second.invalid) == (1, 2)
    assert third.counts == {"high": 0, "medium": 0, "low": 3}
    assert str(third.percents["low"]) == "75.00"
    assert third.band is not None and third.band.id == "two_thirds"
    # percentages of one official are not forced to 100 %
    assert sum(first.percents.values()) == 50


def test_whole_invalid_ballot_keeps_its_reason(tmp_path: Path) -> None:
    s = make_session(tmp_path, collected=2)
    t = s.ballot_type().id
    s.record_ballot(t, "123", invalid_reason="  Phiếu  gạch tên\u0300 ")
    b = s.active_ballots(t)[0]
    assert b.marks == "" and b.invalid_reason == "Phiếu gạch tên\u0300".replace(
        "n\u0300", "ǹ"
    )


def test_bad_marks_are_refused_and_nothing_written(tmp_path: Path) -> None:
    s = make_session(tmp_path)
    t = s.ballot_type().id
    before = s.fingerprint()
    for marks in ["12", "1234", "124", "1 3", ""]:
        with pytest.raises(InvalidInput):
            s.record_ballot(t, marks)
    assert s.fingerprint() == before
    assert s.recorded_count(t) == 0


def test_vote_accepts_only_two_levels(tmp_path: Path) -> None:
    s = make_session(tmp_path, regime="state-vote-nq96-2023", n_candidates=2)
    t = s.ballot_type().id
    s.record_ballot(t, "12")
    with pytest.raises(InvalidInput, match="mã “3”"):
        s.record_ballot(t, "13")
    r = s.results().ballot_types[0].candidates[1]
    assert r.counts == {"confidence": 0, "no_confidence": 1}


def test_more_ballots_than_collected_is_refused(tmp_path: Path) -> None:
    s = make_session(tmp_path, collected=2)
    t = s.ballot_type().id
    s.record_ballot(t, "111")
    s.record_ballot(t, "222")
    with pytest.raises(InvalidInput, match="đủ 2 phiếu thu về"):
        s.record_ballot(t, "333")
    assert s.recorded_count(t) == 2


def test_no_collected_figure_means_no_entry(tmp_path: Path) -> None:
    s = make_session(tmp_path, collected=0)
    with pytest.raises(InvalidInput, match="Chưa nhập số phiếu thu về"):
        s.record_ballot(s.ballot_type().id, "111")


def test_void_and_reenter_with_the_same_number(tmp_path: Path) -> None:
    s = make_session(tmp_path, collected=3)
    t = s.ballot_type().id
    s.record_ballot(t, "111")
    wrong = s.record_ballot(t, "222")
    s.void_ballot(wrong.id, "Nhập nhầm")
    again = s.record_ballot(t, "223")
    assert again.number == wrong.number == 2
    with pytest.raises(InvalidInput, match="đã bị hủy"):
        s.void_ballot(wrong.id, "lần nữa")
    with pytest.raises(InvalidInput, match="lý do"):
        s.void_ballot(again.id, "   ")
    with pytest.raises(InvalidInput, match="Phiếu số 1 đã được nhập"):
        s.record_ballot(t, "333", number=1)
    assert len(s.ballots(t)) == 3 and len(s.active_ballots(t)) == 2
    r = s.results().ballot_types[0].candidates[2]
    assert r.counts == {"high": 1, "medium": 0, "low": 1}
    assert s.void_ballot_number(t, 2, "lại nhầm").id == again.id
    with pytest.raises(NotFound):
        s.void_ballot_number(t, 9, "không có")


def test_candidate_list_locks_after_first_ballot(tmp_path: Path) -> None:
    s = make_session(tmp_path)
    t = s.ballot_type().id
    s.set_candidates(t, NAMES[:3])  # still allowed
    s.record_ballot(t, "111")
    with pytest.raises(SessionLocked, match="đã khóa"):
        s.set_candidates(t, NAMES[:2])
    assert s.list_locked(t)


def test_duplicate_and_empty_officials_are_refused(tmp_path: Path) -> None:
    s = make_session(tmp_path)
    t = s.ballot_type().id
    with pytest.raises(InvalidInput, match="Dòng 3: “lê quang hưng” trùng với dòng 1"):
        s.set_candidates(t, [("Lê Quang Hưng", "A"), ("X", "B"), ("lê  quang hưng", "a")])
    with pytest.raises(InvalidInput, match="Dòng 2: thiếu họ tên"):
        s.set_candidates(t, [("A", ""), (" ", "B")])
    assert [c.name for c in s.candidates(t)] == [n for n, _ in NAMES[:3]]


def test_accounting_rules(tmp_path: Path) -> None:
    s = make_session(tmp_path, collected=3)
    t = s.ballot_type().id
    with pytest.raises(InvalidInput, match="không thể lớn hơn số phiếu phát ra"):
        s.set_accounting(t, issued=2, collected=3)
    with pytest.raises(InvalidInput, match="số nguyên không âm"):
        s.set_accounting(t, issued=-1, collected=0)
    s.record_ballot(t, "111")
    s.record_ballot(t, "111")
    with pytest.raises(InvalidInput, match="không thể nhỏ hơn 2"):
        s.set_accounting(t, issued=3, collected=1)


def test_blocking_checks_and_finalise(tmp_path: Path) -> None:
    s = make_session(tmp_path, collected=2, summoned=10, present=2)
    t = s.ballot_type().id
    s.record_ballot(t, "111")
    assert Code.RECORDED_NE_COLLECTED.value in codes(s)
    with pytest.raises(InvalidInput, match="Chưa thể chốt"):
        s.finalise("Trưởng ban")
    s.record_ballot(t, "123")
    # QĐ 96: the poll may only be held with 2/3 of those summoned present. Below it the results
    # show, but no explanation makes them final.
    assert Code.QUORUM_NOT_MET.value in codes(s)
    with pytest.raises(InvalidInput, match=r"Chưa thể chốt kết quả:\n- Không đủ 2/3 số người "
                                           r"được triệu tập có mặt \(2/10\)"):
        s.finalise("Trưởng ban", {"quorum_not_met": "Theo chỉ đạo của cấp trên"})
    s.update_info(summoned=3, present=3)  # the attendance figures corrected
    assert Code.QUORUM_NOT_MET.value not in codes(s)
    with pytest.raises(InvalidInput, match="giải trình"):
        s.finalise("Trưởng ban")
    fin = s.finalise("Nguyễn Thị Việt Dung",
                     {"collected_lt_present": "Một người có mặt không nộp phiếu."})
    assert fin.accepted[0].code == "collected_lt_present"
    with pytest.raises(SessionLocked, match="đã chốt"):
        s.record_ballot(t, "111")
    with pytest.raises(SessionLocked):
        s.update_info(title="khác")
    add = s.add_addendum("Sửa tên chức vụ dòng 2", "Thư ký")
    assert add.number == 1
    assert s.results().addenda[0].text == "Sửa tên chức vụ dòng 2"
    assert s.verify().ok


def test_all_checks_have_codes(tmp_path: Path) -> None:
    s = make_session(tmp_path, collected=0, summoned=10, present=12)
    t = s.ballot_type().id
    s.set_accounting(t, issued=5, collected=4)
    s.record_ballot(t, "000")
    got = codes(s)
    assert {"present_gt_summoned", "many_invalid_rows", "collected_lt_present",
            "recorded_ne_collected"} <= got
    assert "quorum_not_met" not in got


def test_total_delegates_base(tmp_path: Path) -> None:
    s = make_session(tmp_path, regime="state-nq85-2014", collected=3)
    assert "total_delegates_missing" in codes(s)
    s.update_info(total_delegates=6)
    t = s.ballot_type().id
    s.record_ballot(t, "333")
    s.record_ballot(t, "313")
    s.record_ballot(t, "311")
    r = s.results().ballot_types[0]
    assert r.basis is Basis.TOTAL_DELEGATES and r.denominator == 6
    assert str(r.candidates[0].percents["low"]) == "50.00"
    assert r.candidates[0].band is None  # 3 of 6 delegates: exactly half is not "quá nửa"
    s.update_info(total_delegates=5)
    r = s.results().ballot_types[0]
    assert str(r.candidates[0].percents["low"]) == "60.00"
    assert r.candidates[0].band is not None and r.candidates[0].band.id == "over_half"
    assert r.candidates[2].band is None
    assert "5 đại biểu" in r.base_sentence()
    assert "total_delegates_missing" not in codes(s)


def test_denominator_setting_is_checked_against_the_regime(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="không cho phép mẫu số"):
        Session.create(tmp_path / "a.tinnhiem", "party-qd96-2023", denominator=Basis.ISSUED)
    s = Session.create(tmp_path / "b.tinnhiem", "state-nq96-2023", denominator=Basis.ISSUED)
    t = s.ballot_type().id
    s.set_candidates(t, NAMES[:1])
    s.set_accounting(t, issued=8, collected=4)
    s.record_ballot(t, "3")
    assert s.results().ballot_types[0].denominator == 8


def test_several_ballot_types(tmp_path: Path) -> None:
    s = Session.create(tmp_path / "a.tinnhiem", "party-qd96-2023",
                       ballot_types=["Ban Thường vụ", "Ban Chấp hành"])
    with pytest.raises(InvalidInput, match="nhiều loại phiếu"):
        s.ballot_type()
    assert s.ballot_type("ban chấp hành").name == "Ban Chấp hành"
    with pytest.raises(InvalidInput, match="Đã có loại phiếu"):
        s.add_ballot_type("BAN THƯỜNG VỤ")
    s.rename_ballot_type(s.ballot_type("Ban Thường vụ").id, "BTV")
    assert [bt.name for bt in s.ballot_types()] == ["BTV", "Ban Chấp hành"]
    assert s.verify().ok


def test_info_validation(tmp_path: Path) -> None:
    s = make_session(tmp_path)
    with pytest.raises(InvalidInput, match="không tồn tại"):
        s.update_info(date="2026-02-30")
    with pytest.raises(InvalidInput, match="GG:PP"):
        s.update_info(time="25:00")
    with pytest.raises(InvalidInput, match="Không thể đổi thể thức"):
        s.update_info(regime_id="party-vote")
    info = s.update_info(body="  Hội LHPN tỉnh  Quảng Ninh ")
    assert info.body == "Hội LHPN tỉnh Quảng Ninh"


def test_nq85_fewer_delegates_than_ballots_collected_cannot_be_finalised(tmp_path: Path) -> None:
    """NQ 85 percentages are of the total delegates: fewer delegates than ballots collected
    would print a percentage over 100 %, so it blocks finalising."""
    s = make_session(tmp_path, regime="state-nq85-2014", collected=3, total_delegates=2)
    t = s.ballot_type().id
    for marks in ("111", "333", "123"):
        s.record_ballot(t, marks)
    assert Code.DELEGATES_LT_COLLECTED.value in codes(s)
    with pytest.raises(InvalidInput, match=r"Tổng số đại biểu \(2\) ít hơn số phiếu thu về \(3\)"):
        s.finalise("Nguyễn Thị Việt Dung")
    s.update_info(total_delegates=3)
    assert Code.DELEGATES_LT_COLLECTED.value not in codes(s)
    s.finalise("Nguyễn Thị Việt Dung")
