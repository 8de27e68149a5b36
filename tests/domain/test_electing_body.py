"""The subtitle of a state session names the body that elected or approved the officials: a
Quốc hội session never says "do Hội đồng nhân dân bầu" (docs/domain.md §9)."""

from __future__ import annotations

import pytest

from tinnhiem_desktop.domain.errors import InvalidInput
from tinnhiem_desktop.domain.model import (
    ElectingBodySetting,
    SessionInfo,
    electing_body,
    validate_info,
)
from tinnhiem_desktop.domain.regimes import Basis, ElectingBody
from tinnhiem_desktop.domain.wording import subtitle
from tinnhiem_desktop.services.session import shipped_regimes

QH_POLL = "Lấy phiếu tín nhiệm đối với người giữ chức vụ do Quốc hội bầu hoặc phê chuẩn"
HDND_POLL = "Lấy phiếu tín nhiệm đối với người giữ chức vụ do Hội đồng nhân dân bầu"
QH_VOTE = "Bỏ phiếu tín nhiệm đối với người giữ chức vụ do Quốc hội bầu hoặc phê chuẩn"
HDND_VOTE = "Bỏ phiếu tín nhiệm đối với người giữ chức vụ do Hội đồng nhân dân bầu"


def info(body: str, setting: ElectingBodySetting = ElectingBodySetting.AUTO) -> SessionInfo:
    return SessionInfo(regime_id="state-nq96-2023", denominator=Basis.COLLECTED, body=body,
                       electing_body=setting)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV", ElectingBody.QUOC_HOI),
        ("QUỐC HỘI", ElectingBody.QUOC_HOI),
        ("Quoc hoi khoa XV", ElectingBody.QUOC_HOI),
        ("Hội đồng nhân dân tỉnh Quảng Ninh", ElectingBody.HDND),
        ("HĐND huyện Ba Chẽ", ElectingBody.HDND),
        ("", ElectingBody.HDND),
    ],
)
def test_auto_reads_the_body_name(body: str, expected: ElectingBody) -> None:
    assert electing_body(info(body)) is expected


def test_the_setting_wins_over_the_name() -> None:
    assert electing_body(info("Kỳ họp thứ 6", ElectingBodySetting.QUOC_HOI)) is (
        ElectingBody.QUOC_HOI)
    assert electing_body(info("Quốc hội", ElectingBodySetting.HDND)) is ElectingBody.HDND


def test_state_subtitles_follow_the_body() -> None:
    regimes = shipped_regimes()
    poll, vote, nq85 = (regimes["state-nq96-2023"], regimes["state-vote-nq96-2023"],
                        regimes["state-nq85-2014"])
    assert subtitle(poll, info("Quốc hội khóa XV")) == QH_POLL
    assert subtitle(poll, info("Hội đồng nhân dân tỉnh X")) == HDND_POLL
    assert subtitle(vote, info("Quốc hội khóa XV")) == QH_VOTE
    assert subtitle(vote, info("Hội đồng nhân dân tỉnh X")) == HDND_VOTE
    assert subtitle(nq85, info("Quốc hội khóa XIII")) == QH_POLL
    party = regimes["party-qd96-2023"]
    assert subtitle(party, info("Quốc hội")) == (
        "Lấy phiếu tín nhiệm đối với người giữ chức vụ lãnh đạo, quản lý")


def test_a_log_without_the_field_means_auto_and_the_value_is_checked() -> None:
    old = {"regime_id": "state-nq96-2023", "denominator": "collected", "body": "Quốc hội"}
    assert SessionInfo.from_dict(old).electing_body is ElectingBodySetting.AUTO
    assert SessionInfo.from_dict({**old, "electing_body": "quoc_hoi"}).to_dict()[
        "electing_body"] == "quoc_hoi"
    with pytest.raises(ValueError):
        SessionInfo.from_dict({**old, "electing_body": "senate"})
    with pytest.raises(InvalidInput, match="quoc_hoi"):
        validate_info(info("x", "senate"))  # type: ignore[arg-type]
    assert validate_info(info("x", "hdnd")).electing_body is (  # type: ignore[arg-type]
        ElectingBodySetting.HDND)
