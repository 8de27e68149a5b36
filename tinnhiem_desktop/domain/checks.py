"""The accounting checks of docs/domain.md §6, each with a stable code, a kind and a message."""

from __future__ import annotations

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
    CANDIDATE_SUM_MISMATCH = "candidate_sum_mismatch"
    NO_CANDIDATES = "no_candidates"
    TOTAL_DELEGATES_MISSING = "total_delegates_missing"
    QUORUM_NOT_MET = "quorum_not_met"
    PRESENT_GT_SUMMONED = "present_gt_summoned"
    MANY_INVALID_ROWS = "many_invalid_rows"
    COLLECTED_LT_PRESENT = "collected_lt_present"


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
        found.append(Check.of(
            Code.QUORUM_NOT_MET, CheckKind.WARNING,
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
    for cr in result.candidates:
        if cr.valid + cr.invalid != result.recorded:
            add(Code.CANDIDATE_SUM_MISMATCH, CheckKind.BLOCKING, "candidate_sum_mismatch",
                name=cr.candidate.name, total=cr.valid + cr.invalid, recorded=result.recorded)
        row_invalid = cr.no_mark + cr.multi_mark
        if result.recorded and 100 * row_invalid > info.many_invalid_percent * result.recorded:
            add(Code.MANY_INVALID_ROWS, CheckKind.WARNING, "many_invalid_rows",
                name=cr.candidate.name, invalid=row_invalid, percent=info.many_invalid_percent)
    if info.present is not None and acc.collected and acc.collected < info.present:
        add(Code.COLLECTED_LT_PRESENT, CheckKind.WARNING, "collected_lt_present",
            collected=acc.collected, present=info.present)
    return found
