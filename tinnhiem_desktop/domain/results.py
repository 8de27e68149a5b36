"""The results of a whole session: every ballot type's figures plus every check."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tinnhiem_desktop.domain.checks import (
    Check,
    CheckKind,
    ballot_type_checks,
    decision_checks,
    quorum_met,
    session_checks,
)
from tinnhiem_desktop.domain.decisions import SetAside, SpotCheck, SpotCheckResult
from tinnhiem_desktop.domain.groups import MergedGroup
from tinnhiem_desktop.domain.model import (
    Addendum,
    Ballot,
    BallotType,
    Candidate,
    CommitteeMember,
    Finalisation,
    SessionInfo,
    Void,
)
from tinnhiem_desktop.domain.regimes import Quorum, Regime
from tinnhiem_desktop.domain.tally import BallotTypeResult, compute


@dataclass(frozen=True)
class BallotTypeInput:
    """What the tally needs of one ballot type."""

    ballot_type: BallotType
    candidates: Sequence[Candidate]
    marks: Sequence[str]
    whole_invalid_reasons: Sequence[str]


@dataclass(frozen=True)
class SetAsideRow:
    """A ballot set aside for the committee, and the ballot it decided (None: undecided)."""

    held: SetAside
    ballot_type: str
    decided: Ballot | None = None
    decided_at: str | None = None


@dataclass(frozen=True)
class SpotCheckRow:
    """A draw and what the committee found for each drawn number (absent: not compared yet)."""

    check: SpotCheck
    ballot_type: str
    results: tuple[SpotCheckResult, ...] = ()

    @property
    def pending(self) -> tuple[int, ...]:
        """Drawn numbers not compared yet."""
        done = {r.number for r in self.results}
        return tuple(n for n in self.check.numbers if n not in done)

    @property
    def differences(self) -> tuple[SpotCheckResult, ...]:
        """Drawn papers that did not match their record."""
        return tuple(r for r in self.results if not r.matches)


@dataclass(frozen=True)
class CorrectionRow:
    """A ballot voided (and, usually, entered again under its number), for the appendix."""

    ballot_type: str
    voided: Ballot
    void: Void
    replacement: Ballot | None = None


@dataclass(frozen=True)
class WholeInvalidRow:
    """An active ballot invalid as a whole, for the appendix."""

    ballot_type: str
    ballot: Ballot


@dataclass(frozen=True)
class SessionResults:
    """Everything any output shows: the screen, the minutes, the exports and the CLI."""

    regime: Regime
    info: SessionInfo
    committee: tuple[CommitteeMember, ...]
    fingerprint: str
    ballot_types: tuple[BallotTypeResult, ...]
    checks: tuple[Check, ...]
    finalisation: Finalisation | None = None
    addenda: tuple[Addendum, ...] = ()
    set_aside: tuple[SetAsideRow, ...] = ()
    spot_checks: tuple[SpotCheckRow, ...] = ()
    corrections: tuple[CorrectionRow, ...] = ()
    whole_invalid: tuple[WholeInvalidRow, ...] = ()
    merged_groups: tuple[MergedGroup, ...] = ()
    """The counting groups whose ballots (or tally sheets) make up this session's, if any."""

    @property
    def quorum_met(self) -> bool | None:
        """The party quorum (None when the regime has none or figures are missing)."""
        if self.regime.quorum is Quorum.NONE:
            return None
        return quorum_met(self.info)

    @property
    def absent(self) -> int | None:
        """Summoned minus present, never below 0 (present > summoned is a warning of its own);
        None until both figures are known."""
        if self.info.summoned is None or self.info.present is None:
            return None
        return max(self.info.summoned - self.info.present, 0)

    @property
    def blocking(self) -> tuple[Check, ...]:
        """Checks that refuse finalising."""
        return tuple(c for c in self.checks if c.kind is CheckKind.BLOCKING)

    @property
    def warnings(self) -> tuple[Check, ...]:
        """Checks that are shown and, once accepted, printed."""
        return tuple(c for c in self.checks if c.kind is CheckKind.WARNING)


def session_results(
    regime: Regime,
    info: SessionInfo,
    committee: tuple[CommitteeMember, ...],
    fingerprint: str,
    inputs: Sequence[BallotTypeInput],
    finalisation: Finalisation | None = None,
    addenda: tuple[Addendum, ...] = (),
    set_aside: tuple[SetAsideRow, ...] = (),
    spot_checks: tuple[SpotCheckRow, ...] = (),
    corrections: tuple[CorrectionRow, ...] = (),
    whole_invalid: tuple[WholeInvalidRow, ...] = (),
    merged_groups: tuple[MergedGroup, ...] = (),
) -> SessionResults:
    """Compute every figure and every check of a session."""
    named = len(inputs) > 1
    results = []
    checks = session_checks(regime, info)
    for item in inputs:
        result = compute(
            regime, info, item.ballot_type, item.candidates, item.marks,
            item.whole_invalid_reasons,
        )
        results.append(result)
        checks.extend(ballot_type_checks(info, result, named, regime))
    checks.extend(decision_checks(
        [(row.held.number, row.ballot_type) for row in set_aside if row.decided is None],
        [(row.check.id, row.ballot_type, row.pending, tuple(r.number for r in row.differences))
         for row in spot_checks],
    ))
    return SessionResults(
        regime=regime,
        info=info,
        committee=committee,
        fingerprint=fingerprint,
        ballot_types=tuple(results),
        checks=tuple(checks),
        finalisation=finalisation,
        addenda=addenda,
        set_aside=set_aside,
        spot_checks=spot_checks,
        corrections=corrections,
        merged_groups=merged_groups,
        whole_invalid=whole_invalid,
    )
