"""The words the app prints and parses for the core's data: committee roles, the electing body,
the preset reasons for a wholly invalid ballot, ballot-type names, the subtitle of the minutes
and the counting conventions. One home for them, so that the minutes, the ballot paper, the CLI
and the window say the same thing (the window's translations of them live in ui/core_texts.py).
"""

from __future__ import annotations

from tinnhiem_desktop.domain.errors import InvalidInput
from tinnhiem_desktop.domain.messages import render
from tinnhiem_desktop.domain.model import (
    CrossedNameRule,
    ElectingBodySetting,
    Role,
    SessionInfo,
    WrittenNameRule,
    electing_body,
)
from tinnhiem_desktop.domain.regimes import Kind, Regime, Sector
from tinnhiem_desktop.domain.text import clean, plain_key

ROLE_LABELS: dict[Role, str] = {
    Role.CHAIR: "Trưởng ban",
    Role.VICE_CHAIR: "Phó Trưởng ban",
    Role.MEMBER: "Ủy viên",
    Role.SECRETARY: "Thư ký",
}
"""Every role with its Vietnamese name, in the order a committee lists them."""


def parse_role(text: str) -> Role:
    """The role named by ``text``: its Vietnamese name in any case, with or without accents
    ("Phó Trưởng ban", "pho truong ban", "Uỷ viên"), or its id ("pho_truong_ban")."""
    key = plain_key(text)
    for role, label in ROLE_LABELS.items():
        if key in (plain_key(label), role.value, role.value.replace("_", " ")):
            return role
    known = ", ".join(ROLE_LABELS.values())
    raise InvalidInput(f"Vai trò “{clean(text)}” không có trong Ban kiểm phiếu (chọn: {known}).")

ELECTING_BODY_WORDS: dict[ElectingBodySetting, str] = {
    ElectingBodySetting.AUTO: "theo tên cơ quan, tổ chức",
    ElectingBodySetting.QUOC_HOI: "Quốc hội",
    ElectingBodySetting.HDND: "Hội đồng nhân dân",
}

NOT_ISSUED_REASON = render("reason.not_issued")
CROSSED_NAME_REASON = render("reason.crossed_name")
WRITTEN_NAME_REASON = render("reason.written_name")


def whole_invalid_presets(info: SessionInfo) -> list[str]:
    """The reasons offered for a wholly invalid ballot under this session's settings."""
    presets = [NOT_ISSUED_REASON]
    if info.crossed_name_rule is CrossedNameRule.WHOLE_BALLOT:
        presets.append(CROSSED_NAME_REASON)
    if info.written_name_rule is WrittenNameRule.WHOLE_BALLOT:
        presets.append(WRITTEN_NAME_REASON)
    return presets

def default_ballot_type_name(regime: Regime) -> str:
    """The name of the one ballot type a new session starts with: "Phiếu lấy phiếu tín nhiệm"
    for a poll, "Phiếu bỏ phiếu tín nhiệm" for a vote."""
    return render(f"kind.{regime.kind.value}.ballot_type")


def subtitle(regime: Regime, info: SessionInfo) -> str:
    """The subtitle of the minutes and the ballot: "Lấy phiếu tín nhiệm đối với …".

    ``info.subject`` holds whom the poll concerns ("người giữ chức vụ …", as the set-up screen
    asks); a subject typed as a whole subtitle is used as it is. Empty: the regime's wording,
    which for a state regime names the electing body (:func:`electing_body`): a Quốc hội
    session never reads "do Hội đồng nhân dân bầu".
    """
    subject = clean(info.subject)
    if not subject:
        if regime.sector is Sector.STATE:
            return regime.subtitle_for(electing_body(info))
        return regime.subtitle
    verb = "Lấy phiếu tín nhiệm" if regime.kind is Kind.POLL else "Bỏ phiếu tín nhiệm"
    if subject.casefold().startswith(verb.casefold()):
        return subject
    if subject.casefold().startswith("đối với "):
        subject = subject[len("đối với ") :]
    return f"{verb} đối với {subject}"


CROSSED_NAME_WORDS: dict[CrossedNameRule, str] = {
    CrossedNameRule.WHOLE_BALLOT: "cả phiếu không hợp lệ",
    CrossedNameRule.ROW_ONLY: "chỉ dòng tên bị gạch không hợp lệ",
}
WRITTEN_NAME_WORDS: dict[WrittenNameRule, str] = {
    WrittenNameRule.IGNORE: "bỏ qua tên ghi thêm, phiếu vẫn hợp lệ",
    WrittenNameRule.WHOLE_BALLOT: "cả phiếu không hợp lệ",
}


def counting_conventions(info: SessionInfo) -> str:
    """The settings used where the law's text could not be confirmed, as printed on the minutes."""
    return (
        "Quy ước kiểm phiếu đã áp dụng: phiếu có tên in sẵn bị gạch: "
        f"{CROSSED_NAME_WORDS[info.crossed_name_rule]}; phiếu ghi thêm tên ngoài danh sách: "
        f"{WRITTEN_NAME_WORDS[info.written_name_rule]}."
    )
