"""The accounting checks of docs/domain.md §6, each with a stable code, a kind and a message."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from tinnhiem_desktop.domain.model import SessionInfo
from tinnhiem_desktop.domain.regimes import Basis, Quorum, Regime
from tinnhiem_desktop.domain.tally import BallotTypeResult


class CheckKind(StrEnum):
    """Blocking checks refuse finalising; warnings are shown and, if accepted, printed."""

    BLOCKING = "blocking"
    WARNING = "warning"


class Code(StrEnum):
    """Stable check codes (used in JSON, tests and accepted-warning records)."""

    COLLECTED_GT_ISSUED = "collected_gt_issued"
    RECORDED_GT_COLLECTED = "recorded_gt_collected"
    RECORDED_NE_COLLECTED = "recorded_ne_collected"
    CANDIDATE_SUM_MISMATCH = "candidate_sum_mismatch"
    NO_CANDIDATES = "no_candidates"
    TOTAL_DELEGATES_MISSING = "total_delegates_missing"
    QUORUM_NOT_MET = "quorum_not_met"
    PRESENT_GT_SUMMONED = "present_gt_summoned"
    MANY_INVALID_ROWS = "many_invalid_rows"
    COLLECTED_LT_PRESENT = "collected_lt_present"
    SET_ASIDE_UNDECIDED = "set_aside_undecided"
    SPOT_CHECK_PENDING = "spot_check_pending"
    SPOT_CHECK_DIFFERENCE = "spot_check_difference"


@dataclass(frozen=True)
class Check:
    """One failed check. ``ballot_type`` names the ballot type it concerns, if any."""

    code: Code
    kind: CheckKind
    message: str
    ballot_type: str | None = None


def quorum_met(info: SessionInfo) -> bool | None:
    """Party quorum ``3*present >= 2*summoned``; None until both figures are known."""
    if info.summoned is None or info.present is None:
        return None
    return 3 * info.present >= 2 * info.summoned


def session_checks(regime: Regime, info: SessionInfo) -> list[Check]:
    """Checks on the session as a whole (attendance, quorum, base)."""
    found: list[Check] = []
    if regime.quorum is Quorum.TWO_THIRDS_OF_SUMMONED and quorum_met(info) is False:
        found.append(
            Check(
                Code.QUORUM_NOT_MET,
                CheckKind.WARNING,
                f"Không đủ 2/3 số người được triệu tập có mặt ({info.present}/{info.summoned}): "
                "theo quy định chưa đủ điều kiện tiến hành lấy phiếu.",
            )
        )
    if info.summoned is not None and info.present is not None and info.present > info.summoned:
        found.append(
            Check(
                Code.PRESENT_GT_SUMMONED,
                CheckKind.WARNING,
                f"Số người có mặt ({info.present}) lớn hơn số người được triệu tập "
                f"({info.summoned}): kiểm tra lại số liệu.",
            )
        )
    if info.denominator is Basis.TOTAL_DELEGATES and not info.total_delegates:
        found.append(
            Check(
                Code.TOTAL_DELEGATES_MISSING,
                CheckKind.BLOCKING,
                "Thể thức tính tỷ lệ trên tổng số đại biểu nhưng chưa nhập tổng số đại biểu.",
            )
        )
    return found


def ballot_type_checks(
    info: SessionInfo, result: BallotTypeResult, named: bool
) -> list[Check]:
    """Checks on one ballot type; ``named`` prefixes messages with the type's name."""
    bt = result.ballot_type
    acc = bt.accounting
    prefix = f"{bt.name}: " if named else ""
    found: list[Check] = []

    def add(code: Code, kind: CheckKind, message: str) -> None:
        found.append(Check(code, kind, prefix + message, bt.name))

    if not result.candidates:
        add(Code.NO_CANDIDATES, CheckKind.BLOCKING, "Chưa có người được lấy phiếu.")
    if acc.collected > acc.issued:
        add(
            Code.COLLECTED_GT_ISSUED,
            CheckKind.BLOCKING,
            f"Số phiếu thu về ({acc.collected}) lớn hơn số phiếu phát ra ({acc.issued}).",
        )
    if result.recorded > acc.collected:
        add(
            Code.RECORDED_GT_COLLECTED,
            CheckKind.BLOCKING,
            f"Đã nhập {result.recorded} phiếu, nhiều hơn số phiếu thu về ({acc.collected}).",
        )
    elif result.recorded != acc.collected:
        add(
            Code.RECORDED_NE_COLLECTED,
            CheckKind.BLOCKING,
            f"Đã nhập {result.recorded}/{acc.collected} phiếu thu về: "
            "cần nhập đủ trước khi chốt kết quả.",
        )
    for cr in result.candidates:
        if cr.valid + cr.invalid != result.recorded:
            add(
                Code.CANDIDATE_SUM_MISMATCH,
                CheckKind.BLOCKING,
                f"{cr.candidate.name}: tổng các mức và phiếu không hợp lệ "
                f"({cr.valid + cr.invalid}) khác số phiếu đã nhập ({result.recorded}).",
            )
        row_invalid = cr.no_mark + cr.multi_mark
        if result.recorded and 100 * row_invalid > info.many_invalid_percent * result.recorded:
            add(
                Code.MANY_INVALID_ROWS,
                CheckKind.WARNING,
                f"{cr.candidate.name}: {row_invalid} phiếu không hợp lệ ở dòng này "
                f"(trên {info.many_invalid_percent}% số phiếu đã nhập).",
            )
    if info.present is not None and acc.collected and acc.collected < info.present:
        add(
            Code.COLLECTED_LT_PRESENT,
            CheckKind.WARNING,
            f"Số phiếu thu về ({acc.collected}) ít hơn số người có mặt ({info.present}).",
        )
    return found


def _numbers(numbers: Sequence[int]) -> str:
    return ", ".join(str(n) for n in numbers)


def decision_checks(
    undecided: Sequence[tuple[int, str]],
    spot_checks: Sequence[tuple[int, str, Sequence[int], Sequence[int]]],
) -> list[Check]:
    """The committee's work still open: ballots set aside and not decided (blocking), drawn
    papers not compared yet (blocking), papers that differed from their record (a warning: the
    committee explains it, and a second entry pass is recommended)."""
    found: list[Check] = []
    by_type: dict[str, list[int]] = {}
    for number, type_name in undecided:
        by_type.setdefault(type_name, []).append(number)
    for type_name, numbers in by_type.items():
        found.append(Check(
            Code.SET_ASIDE_UNDECIDED, CheckKind.BLOCKING,
            f"{type_name}: còn {len(numbers)} phiếu để riêng chờ Ban kiểm phiếu quyết định "
            f"(phiếu số {_numbers(sorted(numbers))}).", type_name))
    for check_id, type_name, pending, differing in spot_checks:
        if pending:
            found.append(Check(
                Code.SPOT_CHECK_PENDING, CheckKind.BLOCKING,
                f"{type_name}: lần bốc thăm kiểm tra số {check_id} còn {len(pending)} phiếu chưa "
                f"đối chiếu với bản giấy (phiếu số {_numbers(pending)}).", type_name))
        if differing:
            found.append(Check(
                Code.SPOT_CHECK_DIFFERENCE, CheckKind.WARNING,
                f"{type_name}: bốc thăm kiểm tra số {check_id} thấy {len(differing)} phiếu khác "
                f"bản ghi (phiếu số {_numbers(differing)}); nên nhập lại lần hai để đối chiếu.",
                type_name))
    return found
