"""The catalogue of core texts: Vietnamese as the core has always written it, English for the
window, the same parameters in both, and the words that follow the regime's kind."""

from __future__ import annotations

import string

import pytest

from tests.helpers import VIETNAMESE_ONLY
from tinnhiem_desktop.domain.checks import Code, session_checks
from tinnhiem_desktop.domain.errors import InvalidInput
from tinnhiem_desktop.domain.messages import CATALOGUE, Lang, Text, reason_code, render
from tinnhiem_desktop.domain.model import SessionInfo, format_date, parse_count, parse_date
from tinnhiem_desktop.domain.regimes import Basis, Kind
from tinnhiem_desktop.domain.wording import (
    CROSSED_NAME_REASON,
    NOT_ISSUED_REASON,
    WRITTEN_NAME_REASON,
    default_ballot_type_name,
)
from tinnhiem_desktop.services.regimes import shipped_regimes


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_both_languages_take_the_same_parameters(code: str) -> None:
    vi, en = CATALOGUE[code]
    assert _fields(vi) == _fields(en), code
    assert vi.strip() and en.strip()
    assert not VIETNAMESE_ONLY & set(en), f"{code}: Vietnamese letters in the English {en!r}"


def test_english_counts_agree_in_number() -> None:
    one = render("check.recorded_gt_collected", Lang.EN, recorded=1, collected=0)
    two = render("check.recorded_gt_collected", Lang.EN, recorded=2, collected=0)
    assert one.startswith("1 ballot recorded,") and two.startswith("2 ballots recorded,")
    assert render("base.ballots", Lang.EN, basis=Basis.COLLECTED, n=1) == (
        "Percentages are of the ballots collected (1 ballot).")
    assert render("base.ballots", Lang.VI, basis=Basis.COLLECTED, n=481) == (
        "Tỷ lệ % tính trên tổng số phiếu thu về (481 phiếu).")


@pytest.mark.parametrize(("regime_id", "held", "held_en"), [
    ("party-qd96-2023", "tiến hành lấy phiếu.", "the poll may not yet be held."),
    ("party-vote", "tiến hành bỏ phiếu.", "the vote may not yet be held."),
])
def test_the_quorum_check_names_a_poll_or_a_vote(regime_id: str, held: str, held_en: str) -> None:
    regime = shipped_regimes()[regime_id]
    info = SessionInfo(regime_id, Basis.COLLECTED, summoned=30, present=19)
    [check] = session_checks(regime, info)
    assert check.code is Code.QUORUM_NOT_MET
    assert check.message.endswith(held) and "(19/30)" in check.message
    assert check.render(Lang.EN).endswith(held_en)
    assert check.render(Lang.VI) == check.message


@pytest.mark.parametrize(("regime_id", "name"), [
    ("party-qd96-2023", "Phiếu lấy phiếu tín nhiệm"),
    ("state-nq96-2023", "Phiếu lấy phiếu tín nhiệm"),
    ("state-nq85-2014", "Phiếu lấy phiếu tín nhiệm"),
    ("state-vote-nq96-2023", "Phiếu bỏ phiếu tín nhiệm"),
    ("party-vote", "Phiếu bỏ phiếu tín nhiệm"),
])
def test_the_default_ballot_type_follows_the_kind(regime_id: str, name: str) -> None:
    regime = shipped_regimes()[regime_id]
    assert default_ballot_type_name(regime) == name
    assert (regime.kind is Kind.VOTE) == ("bỏ phiếu" in name)


def test_counts_take_ascii_digits_only_and_say_so_in_both_languages() -> None:
    assert parse_count("30", "present") == 30
    assert parse_count("  ", "present") is None
    for typed in ("٣٠", "３０", "3 0", "30a", "-1", "²"):
        with pytest.raises(InvalidInput) as refused:
            parse_count(typed, "present")
        assert refused.value.text is not None
        assert refused.value.message == (
            f"Số người có mặt: “{typed.strip()}” không phải số nguyên không âm; "
            "chỉ gõ chữ số 0–9.")
        assert refused.value.text.render(Lang.EN).startswith("Number present: ")


def test_dates_typed_the_vietnamese_way_and_shown_back_so() -> None:
    assert parse_date("27/11/2026") == "2026-11-27"
    assert format_date("2026-11-27") == "27/11/2026"
    assert format_date(parse_date("1/2/2026")) == "01/02/2026"
    with pytest.raises(InvalidInput) as refused:
        parse_date("30/02/2026")
    assert refused.value.text == Text.of("input.date_missing", text="30/02/2026", day=30,
                                          month=2, year=2026)
    assert "There is no date “30/02/2026”" in refused.value.text.render(Lang.EN)


def test_preset_reasons_are_known_by_their_stored_text() -> None:
    assert reason_code(NOT_ISSUED_REASON) == "reason.not_issued"
    assert reason_code(CROSSED_NAME_REASON) == "reason.crossed_name"
    assert reason_code(WRITTEN_NAME_REASON) == "reason.written_name"
    assert NOT_ISSUED_REASON == "Phiếu không do Ban kiểm phiếu phát ra"
    assert reason_code("Phiếu rách") is None
