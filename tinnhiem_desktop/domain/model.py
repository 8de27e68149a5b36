"""The session as plain data: what a session file holds, independent of how it is stored."""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import asdict, dataclass, field, fields, replace
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from tinnhiem_desktop.domain.decisions import (
    SetAside,
    SetAsideDecision,
    SpotCheck,
    SpotCheckResult,
)
from tinnhiem_desktop.domain.deck import DeckCheck
from tinnhiem_desktop.domain.errors import InvalidInput
from tinnhiem_desktop.domain.messages import Text
from tinnhiem_desktop.domain.regimes import Basis, ElectingBody, Regime

if TYPE_CHECKING:
    from tinnhiem_desktop.domain.groups import HandCount, MergedGroup
from tinnhiem_desktop.domain.text import ascii_digits, clean, clean_multiline, plain_key


class Role(StrEnum):
    """A member's role in the counting committee (Ban kiểm phiếu). The values are written in
    the log: a new role is a new value, and an existing value never changes meaning."""

    CHAIR = "truong_ban"
    VICE_CHAIR = "pho_truong_ban"
    MEMBER = "uy_vien"
    SECRETARY = "thu_ky"


class CrossedNameRule(StrEnum):
    """What a printed name crossed out invalidates (unconfirmed in law: a setting)."""

    WHOLE_BALLOT = "whole_ballot"
    ROW_ONLY = "row_only"


class WrittenNameRule(StrEnum):
    """What a name written in by hand does (unconfirmed in law: a setting)."""

    IGNORE = "ignore"
    WHOLE_BALLOT = "whole_ballot"


class ElectingBodySetting(StrEnum):
    """Who elected or approved the officials of a state session, as set up: the subtitle of
    the minutes and the ballot names that body. ``auto`` (the default, and what a file written
    before this setting means) reads it from the body's name (:func:`electing_body`)."""

    AUTO = "auto"
    QUOC_HOI = "quoc_hoi"
    HDND = "hdnd"


@dataclass(frozen=True)
class SessionInfo:
    """Everything set up about the session itself. Texts are NFC; counts are ints or None."""

    regime_id: str
    denominator: Basis
    title: str = ""
    body: str = ""
    parent_body: str = ""
    subject: str = ""
    city: str = ""
    date: str = ""
    time: str = ""
    place: str = ""
    summoned: int | None = None
    present: int | None = None
    total_delegates: int | None = None
    trial: bool = False
    crossed_name_rule: CrossedNameRule = CrossedNameRule.WHOLE_BALLOT
    written_name_rule: WrittenNameRule = WrittenNameRule.IGNORE
    many_invalid_percent: int = 10
    electing_body: ElectingBodySetting = ElectingBodySetting.AUTO

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (enums as their values)."""
        return {k: (v.value if isinstance(v, StrEnum) else v) for k, v in asdict(self).items()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SessionInfo:
        """Inverse of :meth:`to_dict`; unknown keys are refused."""
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise InvalidInput(f"Trường không xác định: {', '.join(sorted(unknown))}")
        values = dict(data)
        values["denominator"] = Basis(values["denominator"])
        if "crossed_name_rule" in values:
            values["crossed_name_rule"] = CrossedNameRule(values["crossed_name_rule"])
        if "written_name_rule" in values:
            values["written_name_rule"] = WrittenNameRule(values["written_name_rule"])
        if "electing_body" in values:
            values["electing_body"] = ElectingBodySetting(values["electing_body"])
        return cls(**values)

    def updated(self, **changes: Any) -> SessionInfo:
        """A copy with ``changes`` applied, texts cleaned and counts checked."""
        data = self.to_dict()
        data.update(changes)
        return validate_info(SessionInfo.from_dict(data))


_TEXT_FIELDS = ("title", "body", "parent_body", "subject", "city", "place")
_COUNT_FIELDS = ("summoned", "present", "total_delegates")
MAX_COUNT = 10_000_000
_COUNT_LABELS = {
    "summoned": "Số người được triệu tập",
    "present": "Số người có mặt",
    "total_delegates": "Tổng số đại biểu",
}


def check_count(value: object, label: str) -> int:
    """An int >= 0 (not a bool, not a float), or :class:`InvalidInput` naming ``label``."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidInput(f"{label} phải là số nguyên không âm (đã nhập: {value!r}).")
    if value > MAX_COUNT:
        raise InvalidInput(f"{label} quá lớn ({value}).")
    return value


_DATE_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})", re.ASCII)
_DATE_VN = re.compile(r"(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})", re.ASCII)
_TIME = re.compile(r"(\d{1,2})\s*(?::\s*(\d{2})|[hH]\s*(\d{2})?)", re.ASCII)
DATE_FORMATS = "dd/mm/yyyy (ví dụ 27/11/2026) hoặc yyyy-mm-dd"


def parse_date(text: str) -> str:
    """A date typed as ``dd/mm/yyyy`` (as Vietnamese offices write it; ``.`` or ``-`` also
    separate) or ISO ``yyyy-mm-dd``, returned as ISO ``yyyy-mm-dd``; ``""`` stays empty.

    Only ASCII digits are read: other digits (Arabic-Indic, full width) are refused, not guessed.
    """
    text = clean(text)
    if not text:
        return ""
    iso = _DATE_ISO.fullmatch(text)
    vn = None if iso else _DATE_VN.fullmatch(text)
    if iso:
        year, month, day = (int(g) for g in iso.groups())
    elif vn:
        day, month, year = int(vn[1]), int(vn[3]), int(vn[4])
    else:
        raise InvalidInput(Text.of("input.date", text=text))
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        raise InvalidInput(
            Text.of("input.date_missing", text=text, day=day, month=month, year=year)
        ) from None


def format_date(iso: str) -> str:
    """A stored ISO date as the recorder types it, ``dd/mm/yyyy``; anything else unchanged."""
    found = _DATE_ISO.fullmatch(iso)
    if not found:
        return iso
    year, month, day = found.groups()
    return f"{int(day):02d}/{int(month):02d}/{year}"


def parse_time(text: str) -> str:
    """A time typed as ``08:30``, ``8:30``, ``8h30`` or ``8h``, returned as ``HH:MM``; ``""`` stays
    empty. Only ASCII digits are read."""
    text = clean(text)
    if not text:
        return ""
    found = _TIME.fullmatch(text)
    if found:
        hour, minute = int(found[1]), int(found[2] or found[3] or 0)
        if hour < 24 and minute < 60:
            return f"{hour:02d}:{minute:02d}"
    raise InvalidInput(Text.of("input.time", text=text))


def parse_count(text: str, field: str) -> int | None:
    """A count typed by the recorder: ASCII digits only (``"٣٠"`` is refused, never read as 30);
    empty is ``None``. ``field`` names it in the message (``field.<name>`` in the catalogue)."""
    text = clean(text)
    if not text:
        return None
    label = Text.of(f"field.{field}")
    if not ascii_digits(text):
        raise InvalidInput(Text.of("input.count", field=label, text=text))
    if int(text) > MAX_COUNT:
        raise InvalidInput(Text.of("input.count_too_big", field=label, text=text))
    return int(text)


def validate_info(info: SessionInfo) -> SessionInfo:
    """Normalise texts to NFC and check every field; returns the cleaned info."""
    changes: dict[str, Any] = {name: clean(getattr(info, name)) for name in _TEXT_FIELDS}
    for name in _COUNT_FIELDS:
        value = getattr(info, name)
        if value is not None:
            changes[name] = check_count(value, _COUNT_LABELS[name])
    changes["date"] = parse_date(info.date)
    changes["time"] = parse_time(info.time)
    if not 1 <= info.many_invalid_percent <= 100:
        raise InvalidInput("Ngưỡng cảnh báo phiếu không hợp lệ phải từ 1 đến 100 (%).")
    try:
        changes["electing_body"] = ElectingBodySetting(info.electing_body)
    except ValueError:
        allowed = ", ".join(v.value for v in ElectingBodySetting)
        raise InvalidInput(
            f"Cơ quan bầu hoặc phê chuẩn “{info.electing_body}” không hợp lệ (chọn: {allowed})."
        ) from None
    return replace(info, **changes)


def validate_info_for_regime(info: SessionInfo, regime: Regime) -> None:
    """The chosen denominator basis must be one the regime allows."""
    if info.denominator not in regime.denominator_options:
        allowed = ", ".join(b.value for b in regime.denominator_options)
        raise InvalidInput(
            f"Thể thức {regime.id} không cho phép mẫu số “{info.denominator.value}” "
            f"(chọn một trong: {allowed})."
        )


@dataclass(frozen=True)
class CommitteeMember:
    """One member of the counting committee."""

    name: str
    role: Role


@dataclass(frozen=True)
class Accounting:
    """The ballot accounting of one ballot type, entered by the recorder."""

    issued: int = 0
    spoiled: int = 0
    collected: int = 0


@dataclass(frozen=True)
class BallotType:
    """One printed form with its own list of officials and its own stack of ballots."""

    id: int
    name: str
    accounting: Accounting = field(default_factory=Accounting)


@dataclass(frozen=True)
class Candidate:
    """An official being polled, at ``order`` (1-based) on the ballot, with their job title
    (chức vụ). The file's ``candidates.position`` column is the ballot order; the log's JSON
    spells the job title ``"position"`` (the format of 0.1.0, kept)."""

    order: int
    name: str
    title: str


@dataclass(frozen=True, init=False)
class Ballot:
    """One paper ballot as entered.

    ``marks`` has one code per official in ballot order: a level code (``1`` …), ``0`` for no mark
    or ``x`` for more than one mark. A whole-ballot invalid ballot has ``invalid_reason`` set and
    empty ``marks``.
    """

    id: int
    ballot_type_id: int
    number: int
    marks: str
    invalid_reason: str | None
    recorded_at: str

    def __init__(self, id: int, ballot_type_id: int, number: int, marks: str,  # noqa: A002
                 invalid_reason: str | None, recorded_at: str) -> None:
        # The generated __init__ of a frozen dataclass sets each field through
        # object.__setattr__: a quarter of the replay's time (verify makes one Ballot per
        # ballot ever recorded). Still frozen: assigning a field afterwards raises.
        fields = self.__dict__
        fields["id"] = id
        fields["ballot_type_id"] = ballot_type_id
        fields["number"] = number
        fields["marks"] = marks
        fields["invalid_reason"] = invalid_reason
        fields["recorded_at"] = recorded_at


@dataclass(frozen=True)
class Void:
    """The voiding of a recorded ballot, with its reason. The ballot stays in the file."""

    ballot_id: int
    reason: str
    voided_at: str


@dataclass(frozen=True)
class AcceptedWarning:
    """A warning the committee accepted at finalise, with its explanation for the minutes."""

    code: str
    explanation: str


@dataclass(frozen=True)
class Finalisation:
    """Who finalised the session and when."""

    by: str
    at: str
    accepted: tuple[AcceptedWarning, ...] = ()


@dataclass(frozen=True)
class Addendum:
    """A numbered correction (đính chính) recorded after finalising."""

    number: int
    text: str
    by: str
    at: str


def validate_marks(marks: str, regime: Regime, n_candidates: int) -> str:
    """Check one ballot's marks string; returns it (lower-cased ``x``)."""
    marks = marks.replace("X", "x")
    allowed = regime.marks_alphabet
    if len(marks) == n_candidates and allowed.issuperset(marks):
        return marks  # the common case, checked at C speed (verify replays every ballot)
    if len(marks) != n_candidates:
        raise InvalidInput(
            f"Phiếu cần đúng {n_candidates} ô (một ô cho mỗi người), đã nhập {len(marks)}."
        )
    for i, code in enumerate(marks, start=1):
        if code not in allowed:
            raise InvalidInput(
                f"Dòng {i}: mã “{code}” không hợp lệ; dùng {', '.join(regime.codes)}, "
                "0 (không đánh dấu) hoặc x (đánh dấu nhiều ô)."
            )
    return marks


def clean_reason(reason: str, what: str) -> str:
    """A required free-text reason, NFC and trimmed."""
    text = clean_multiline(reason)
    if not text:
        raise InvalidInput(f"Cần ghi lý do {what}.")
    if len(text) > 500:
        raise InvalidInput(f"Lý do {what} quá dài (tối đa 500 ký tự).")
    return text


@dataclass(frozen=True)
class Snapshot:
    """The whole content of a session: what the tables hold and what the log replays to."""

    info: SessionInfo
    committee: tuple[CommitteeMember, ...] = ()
    ballot_types: tuple[BallotType, ...] = ()
    candidates: dict[int, tuple[Candidate, ...]] = field(default_factory=dict)
    ballots: tuple[Ballot, ...] = ()
    voids: dict[int, Void] = field(default_factory=dict)
    finalisation: Finalisation | None = None
    addenda: tuple[Addendum, ...] = ()
    set_aside: tuple[SetAside, ...] = ()
    decisions: dict[int, SetAsideDecision] = field(default_factory=dict)
    spot_checks: tuple[SpotCheck, ...] = ()
    spot_check_results: tuple[SpotCheckResult, ...] = ()
    merged_groups: tuple[MergedGroup, ...] = ()
    hand_counts: tuple[HandCount, ...] = ()
    """This file's own tally sheets (a group that counted on paper)."""
    deck_checks: tuple[DeckCheck, ...] = ()

    def ballot_type(self, type_id: int) -> BallotType:
        """The ballot type with ``type_id``."""
        for bt in self.ballot_types:
            if bt.id == type_id:
                return bt
        raise InvalidInput(f"Không có loại phiếu số {type_id}.")

    def active_ballots(self, type_id: int) -> list[Ballot]:
        """Recorded and not voided ballots of a type, in number order."""
        found = [
            b for b in self.ballots if b.ballot_type_id == type_id and b.id not in self.voids
        ]
        return sorted(found, key=lambda b: b.number)


def electing_body(info: SessionInfo) -> ElectingBody:
    """The body that elected or approved the officials of a state session: the setting, or,
    left on ``auto``, the Quốc hội when the body's name says so ("Quốc hội", typed with or
    without accents), else a Hội đồng nhân dân (every other state body that polls)."""
    if info.electing_body is ElectingBodySetting.QUOC_HOI:
        return ElectingBody.QUOC_HOI
    if info.electing_body is ElectingBodySetting.HDND:
        return ElectingBody.HDND
    return ElectingBody.QUOC_HOI if "quoc hoi" in plain_key(info.body) else ElectingBody.HDND
