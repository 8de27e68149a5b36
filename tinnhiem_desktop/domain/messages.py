"""The catalogue of the core's texts, in Vietnamese and English.

The core speaks Vietnamese: the CLI and the printed minutes (always Vietnamese) use the messages
as the domain builds them. A check or an error that the window shows also keeps the code and
the parameters it was built from (a :class:`Text`), so the window can render it in English.

Templates are :meth:`str.format` strings with two additions:

- a parameter that is an enum (``Kind``, ``Basis`` …) is rendered from this catalogue, keyed
  ``<enum class in lower case>.<value>``, and ``{kind:person}`` picks the variant
  ``kind.<value>.person``;
- ``{n:ballot|ballots}`` writes the singular when ``n`` is 1, else the plural (English).

This module imports nothing of ours, so every other module of the core may use it.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum, StrEnum
from typing import Any


class Lang(StrEnum):
    """The languages of the interface (the core's own language is Vietnamese)."""

    VI = "vi"
    EN = "en"


CATALOGUE: dict[str, tuple[str, str]] = {
    # --- words that parameters render to
    "kind.poll": ("lấy phiếu", "poll"),
    "kind.vote": ("bỏ phiếu", "vote"),
    "kind.poll.person": ("người được lấy phiếu", "officials"),
    "kind.vote.person": ("người được bỏ phiếu tín nhiệm", "officials"),
    "kind.poll.ballot_type": ("Phiếu lấy phiếu tín nhiệm", "Confidence poll ballot"),
    "kind.vote.ballot_type": ("Phiếu bỏ phiếu tín nhiệm", "Confidence vote ballot"),
    "basis.collected": ("tổng số phiếu thu về", "the ballots collected"),
    "basis.issued": ("tổng số phiếu phát ra", "the ballots issued"),
    "basis.total_delegates": ("tổng số đại biểu", "the total number of delegates"),
    "field.summoned": ("Số người được triệu tập", "Number summoned"),
    "field.present": ("Số người có mặt", "Number present"),
    "field.total_delegates": ("Tổng số đại biểu", "Total delegates"),
    "field.issued": ("Số phiếu phát ra", "Ballots issued"),
    "field.spoiled": ("Số phiếu hỏng/đổi", "Ballots spoiled/exchanged"),
    "field.collected": ("Số phiếu thu về", "Ballots collected"),
    # --- the sentence under the results table (docs/domain.md §7.7)
    "base.ballots": ("Tỷ lệ % tính trên {basis} ({n} phiếu).",
                     "Percentages are of {basis} ({n} {n:ballot|ballots})."),
    "base.delegates": ("Tỷ lệ % tính trên {basis} ({n} đại biểu).",
                       "Percentages are of {basis} ({n} {n:delegate|delegates})."),
    # --- checks (docs/domain.md §6); a check of one of several ballot types is prefixed
    "check.prefix": ("{type}: ", "{type}: "),
    "check.quorum_not_met": (
        "Không đủ 2/3 số người được triệu tập có mặt ({present}/{summoned}): "
        "theo quy định chưa đủ điều kiện tiến hành {kind}.",
        "Fewer than 2/3 of those summoned are present ({present}/{summoned}): "
        "under the rules the {kind} may not yet be held."),
    "check.present_gt_summoned": (
        "Số người có mặt ({present}) lớn hơn số người được triệu tập ({summoned}): "
        "kiểm tra lại số liệu.",
        "More people present ({present}) than summoned ({summoned}): check the figures."),
    "check.total_delegates_missing": (
        "Thể thức tính tỷ lệ trên tổng số đại biểu nhưng chưa nhập tổng số đại biểu.",
        "Percentages are of the total number of delegates, but that number has not been "
        "entered."),
    "check.no_candidates": ("Chưa có {kind:person}.", "No {kind:person} yet."),
    "check.collected_gt_issued": (
        "Số phiếu thu về ({collected}) lớn hơn số phiếu phát ra ({issued}).",
        "More ballots collected ({collected}) than issued ({issued})."),
    "check.recorded_gt_collected": (
        "Đã nhập {recorded} phiếu, nhiều hơn số phiếu thu về ({collected}).",
        "{recorded} {recorded:ballot|ballots} recorded, more than the ballots collected "
        "({collected})."),
    "check.recorded_ne_collected": (
        "Đã nhập {recorded}/{collected} phiếu thu về: cần nhập đủ trước khi chốt kết quả.",
        "{recorded} of {collected} collected {collected:ballot|ballots} recorded: record them "
        "all before finalising."),
    "check.many_invalid_rows": (
        "{name}: {invalid} phiếu không hợp lệ ở dòng này (trên {percent}% số phiếu đã nhập).",
        "{name}: {invalid} {invalid:ballot|ballots} invalid on this row (over {percent}% of the "
        "ballots recorded)."),
    "check.collected_lt_present": (
        "Số phiếu thu về ({collected}) ít hơn số người có mặt ({present}).",
        "Fewer ballots collected ({collected}) than people present ({present})."),
    "check.delegates_lt_collected": (
        "Tổng số đại biểu ({delegates}) ít hơn số phiếu thu về ({collected}): tỷ lệ tính trên "
        "tổng số đại biểu sẽ vượt 100 %, không thể có. Kiểm tra lại hai số này.",
        "The total number of delegates ({delegates}) is less than the ballots collected "
        "({collected}): percentages of the delegates would exceed 100 %, which is impossible. "
        "Check both figures."),
    "check.set_aside_undecided": (
        "Còn {n} phiếu để riêng chờ Ban kiểm phiếu quyết định (phiếu số {numbers}).",
        "{n} set-aside {n:ballot is|ballots are} waiting for the committee's decision "
        "(number {numbers})."),
    "check.spot_check_pending": (
        "Lần bốc thăm kiểm tra số {check} còn {n} phiếu chưa đối chiếu với bản giấy "
        "(phiếu số {numbers}).",
        "Spot-check {check}: {n} drawn {n:ballot has|ballots have} not been compared with "
        "the paper yet (number {numbers})."),
    "check.spot_check_difference": (
        "Bốc thăm kiểm tra số {check} thấy {n} phiếu khác bản ghi (phiếu số {numbers}); nên "
        "nhập lại lần hai để đối chiếu.",
        "Spot-check {check} found {n} {n:ballot|ballots} that differ from the record "
        "(number {numbers}); a second entry pass is recommended."),
    # --- reasons offered for a wholly invalid ballot (stored as the Vietnamese text)
    "reason.not_issued": ("Phiếu không do Ban kiểm phiếu phát ra",
                          "Ballot not issued by the counting committee"),
    "reason.crossed_name": ("Phiếu gạch tên người được lấy phiếu",
                            "A printed name is crossed out"),
    "reason.written_name": ("Phiếu ghi thêm tên người ngoài danh sách",
                            "A name not on the list is written in"),
    # --- what the recorder types
    "input.date": (
        "Ngày “{text}” phải có dạng dd/mm/yyyy (ví dụ 27/11/2026) hoặc yyyy-mm-dd, chỉ gồm "
        "chữ số 0–9.",
        "The date “{text}” must be written dd/mm/yyyy (for example 27/11/2026) or yyyy-mm-dd, "
        "with the digits 0–9 only."),
    "input.date_missing": (
        "Ngày “{text}” không tồn tại (ngày {day}, tháng {month}, năm {year}). Ghi theo dạng "
        "dd/mm/yyyy (ví dụ 27/11/2026) hoặc yyyy-mm-dd.",
        "There is no date “{text}” (day {day}, month {month}, year {year}). Write it "
        "dd/mm/yyyy (for example 27/11/2026) or yyyy-mm-dd."),
    "input.time": (
        "Giờ “{text}” phải có dạng GG:PP (ví dụ 08:30), chỉ gồm chữ số 0–9.",
        "The time “{text}” must be written hh:mm (for example 08:30), with the digits 0–9 "
        "only."),
    "input.count": (
        "{field}: “{text}” không phải số nguyên không âm; chỉ gõ chữ số 0–9.",
        "{field}: “{text}” is not a whole number ≥ 0; type the digits 0–9 only."),
    "input.count_too_big": ("{field} quá lớn ({text}).", "{field} is too large ({text})."),
    "input.collected_gt_issued": (
        "Số phiếu thu về ({collected}) không thể lớn hơn số phiếu phát ra ({issued}). "
        "Kiểm tra lại hai số này.",
        "Ballots collected ({collected}) cannot be more than ballots issued ({issued}). "
        "Check these two figures."),
    "input.collected_lt_recorded": (
        "Đã nhập {recorded} phiếu: số phiếu thu về không thể nhỏ hơn {recorded}. "
        "Hủy các phiếu nhập thừa trước.",
        "{recorded} {recorded:ballot|ballots} recorded: ballots collected cannot be fewer than "
        "{recorded}. Void the extra ballots first."),
    "input.type_name_empty": ("Tên loại phiếu không được để trống.",
                              "The ballot type needs a name."),
    "input.type_name_taken": ("Đã có loại phiếu “{name}”.",
                              "There is already a ballot type “{name}”."),
    "input.member_unnamed": ("Thành viên thứ {n} của Ban kiểm phiếu chưa có họ tên.",
                             "Member {n} of the counting committee has no name."),
    "input.candidate_unnamed": ("Dòng {n}: thiếu họ tên.", "Row {n}: the name is missing."),
    "input.candidate_twice": (
        "Dòng {n}: “{name}” trùng với dòng {first} (cùng họ tên và chức vụ).",
        "Row {n}: “{name}” is the same as row {first} (same name and position)."),
}


class _Formatter(string.Formatter):
    """``str.format`` with enums rendered from the catalogue and ``{n:one|many}`` plurals."""

    def __init__(self, lang: Lang) -> None:
        self._lang = lang

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, Text):
            return value.render(self._lang)
        if isinstance(value, Enum):
            key = f"{type(value).__name__.lower()}.{value.value}"
            return render(f"{key}.{format_spec}" if format_spec else key, self._lang)
        if "|" in format_spec:
            one, many = format_spec.split("|", 1)
            return one if value == 1 else many
        return str(super().format_field(value, format_spec))


def render(code: str, lang: Lang | str = Lang.VI, **params: Any) -> str:
    """The text of ``code`` in ``lang`` with ``params`` filled in."""
    vi, en = CATALOGUE[code]
    language = Lang(lang)
    return _Formatter(language).format(en if language is Lang.EN else vi, **params)


@dataclass(frozen=True)
class Text:
    """A core text kept as its code and parameters, so any interface language can show it."""

    code: str
    params: tuple[tuple[str, Any], ...] = ()

    @classmethod
    def of(cls, code: str, **params: Any) -> Text:
        """The text ``code`` with ``params`` (checked against the catalogue now, not later)."""
        if code not in CATALOGUE:
            raise KeyError(code)
        return cls(code, tuple(params.items()))

    @property
    def values(self) -> Mapping[str, Any]:
        """The parameters by name."""
        return dict(self.params)

    def render(self, lang: Lang | str = Lang.VI) -> str:
        """The text in ``lang`` (Vietnamese by default: the core's language)."""
        return render(self.code, lang, **self.values)

    def __str__(self) -> str:
        return self.render()


def reason_code(reason: str) -> str | None:
    """The catalogue code of a preset whole-ballot reason stored as its Vietnamese text."""
    for code, (vi, _en) in CATALOGUE.items():
        if code.startswith("reason.") and vi == reason:
            return code
    return None
