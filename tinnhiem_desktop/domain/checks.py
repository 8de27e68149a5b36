"""The accounting checks of docs/domain.md §6, each with a stable code, a kind and a message."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from tinnhiem_desktop.domain.messages import Text
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
    NO_CANDIDATES = "no_candidates"
    TOTAL_DELEGATES_MISSING = "total_delegates_missing"
    QUORUM_NOT_MET = "quorum_not_met"
    PRESENT_GT_SUMMONED = "present_gt_summoned"
    MANY_INVALID_ROWS = "many_invalid_rows"
    COLLECTED_LT_PRESENT = "collected_lt_present"
    SET_ASIDE_UNDECIDED = "set_aside_undecided"
    SPOT_CHECK_PENDING = "spot_check_pending"
    SPOT_CHECK_DIFFERENCE = "spot_check_difference"
    DELEGATES_LT_COLLECTED = "delegates_lt_collected"


@dataclass(frozen=True)
class Check:
    """One failed check. ``ballot_type`` names the ballot type it concerns, if any; ``text``
    is its message as a catalogue text (``message`` is that text in Vietnamese, prefixed with
    the ballot type's name when the session has several)."""

    code: Code
    kind: CheckKind
    message: str
    ballot_type: str | None = None
    text: Text | None = None
    named: bool = False

    @classmethod
    def of(cls, code: Code, kind: CheckKind, text: Text, ballot_type: str | None = None,
           named: bool = False) -> Check:
        """A check whose message is built from the catalogue text ``text``."""
        prefix = Text.of("check.prefix", type=ballot_type).render() if named else ""
        return cls(code, kind, prefix + text.render(), ballot_type, text, named)

    def render(self, lang: str = "vi") -> str:
        """The message in ``lang`` (``message`` itself for Vietnamese)."""
        if self.text is None or lang == "vi":
            return self.message
        prefix = Text.of("check.prefix", type=self.ballot_type).render(lang) if self.named else ""
        return prefix + self.text.render(lang)


def quorum_met(info: SessionInfo) -> bool | None:
    """Party quorum ``3*present >= 2*summoned``; None until both figures are known."""
    if info.summoned is None or info.present is None:
        return None
    return 3 * info.present >= 2 * info.summoned


def session_checks(regime: Regime, info: SessionInfo) -> list[Check]:
    """Checks on the session as a whole (attendance, quorum, base)."""
    found: list[Check] = []
    if regime.quorum is Quorum.TWO_THIRDS_OF_SUMMONED and quorum_met(info) is False:
        # QĐ 96: the poll "chỉ được tiến hành khi" 2/3 are present. Results still show, marked
        # as not valid for a decision (see SessionResults.valid_for_decision); never finalised.
        found.append(Check.of(
            Code.QUORUM_NOT_MET, CheckKind.BLOCKING,
            Text.of("check.quorum_not_met", present=info.present, summoned=info.summoned,
                    kind=regime.kind)))
    if info.summoned is not None and info.present is not None and info.present > info.summoned:
        found.append(Check.of(
            Code.PRESENT_GT_SUMMONED, CheckKind.WARNING,
            Text.of("check.present_gt_summoned", present=info.present, summoned=info.summoned)))
    if info.denominator is Basis.TOTAL_DELEGATES and not info.total_delegates:
        found.append(Check.of(Code.TOTAL_DELEGATES_MISSING, CheckKind.BLOCKING,
                              Text.of("check.total_delegates_missing")))
    return found


def ballot_type_checks(
    info: SessionInfo, result: BallotTypeResult, named: bool, regime: Regime
) -> list[Check]:
    """Checks on one ballot type; ``named`` prefixes messages with the type's name; the
    regime's kind (poll or vote) gives the wording."""
    bt = result.ballot_type
    acc = bt.accounting
    found: list[Check] = []

    def add(code: Code, severity: CheckKind, message: str, **params: object) -> None:
        found.append(
            Check.of(code, severity, Text.of(f"check.{message}", **params), bt.name, named))

    if not result.candidates:
        add(Code.NO_CANDIDATES, CheckKind.BLOCKING, "no_candidates", kind=regime.kind)
    if acc.collected > acc.issued:
        add(Code.COLLECTED_GT_ISSUED, CheckKind.BLOCKING, "collected_gt_issued",
            collected=acc.collected, issued=acc.issued)
    if result.recorded > acc.collected:
        add(Code.RECORDED_GT_COLLECTED, CheckKind.BLOCKING, "recorded_gt_collected",
            recorded=result.recorded, collected=acc.collected)
    elif result.recorded != acc.collected:
        add(Code.RECORDED_NE_COLLECTED, CheckKind.BLOCKING, "recorded_ne_collected",
            recorded=result.recorded, collected=acc.collected)
    # An official's levels + invalid always add up to the recorded ballots: the tally counts every
    # mark of every column and refuses one it does not know (tally.count_columns), so there is
    # no check for it here (there used to be one that could not fire).
    for cr in result.candidates:
        row_invalid = cr.no_mark + cr.multi_mark
        if result.recorded and 100 * row_invalid > info.many_invalid_percent * result.recorded:
            add(Code.MANY_INVALID_ROWS, CheckKind.WARNING, "many_invalid_rows",
                name=cr.candidate.name, invalid=row_invalid, percent=info.many_invalid_percent)
    if info.present is not None and acc.collected and acc.collected < info.present:
        add(Code.COLLECTED_LT_PRESENT, CheckKind.WARNING, "collected_lt_present",
            collected=acc.collected, present=info.present)
    if (result.basis is Basis.TOTAL_DELEGATES and info.total_delegates
            and info.total_delegates < acc.collected):
        # NQ 85: percentages over the total delegates; fewer delegates than ballots is impossible.
        add(Code.DELEGATES_LT_COLLECTED, CheckKind.BLOCKING, "delegates_lt_collected",
            delegates=info.total_delegates, collected=acc.collected)
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
        found.append(Check.of(
            Code.SET_ASIDE_UNDECIDED, CheckKind.BLOCKING,
            Text.of("check.set_aside_undecided", n=len(numbers),
                    numbers=_numbers(sorted(numbers))), type_name, named=True))
    for check_id, type_name, pending, differing in spot_checks:
        if pending:
            found.append(Check.of(
                Code.SPOT_CHECK_PENDING, CheckKind.BLOCKING,
                Text.of("check.spot_check_pending", check=check_id, n=len(pending),
                        numbers=_numbers(pending)), type_name, named=True))
        if differing:
            found.append(Check.of(
                Code.SPOT_CHECK_DIFFERENCE, CheckKind.WARNING,
                Text.of("check.spot_check_difference", check=check_id, n=len(differing),
                        numbers=_numbers(differing)), type_name, named=True))
    return found
