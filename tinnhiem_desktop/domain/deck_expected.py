"""The test deck's expected result as a whole session's results (the shape of ``results --json``).

Counts come from the deck's definition (:meth:`DeckForm.expected`), never from a tally of its
ballots; percentages and bands are the one arithmetic every output uses (``tally.percent``,
``Regime.band_for``). The accounting is the trial copy's: every paper of the deck issued and
collected (:func:`deck_accounting`), so the trial copy's own results compare figure for figure.
"""

from __future__ import annotations

from collections.abc import Sequence

from tinnhiem_desktop.domain.deck import Deck, DeckForm, EnteredForm, EnteredOfficial
from tinnhiem_desktop.domain.model import Accounting, BallotType, CommitteeMember, SessionInfo
from tinnhiem_desktop.domain.regimes import Regime
from tinnhiem_desktop.domain.results import SessionResults
from tinnhiem_desktop.domain.tally import (
    BallotTypeResult,
    CandidateResult,
    denominator_value,
    percent,
)


def deck_accounting(form: DeckForm) -> Accounting:
    """The accounting of a trial copy entering ``form``: every paper issued and collected."""
    return Accounting(issued=form.size, spoiled=0, collected=form.size)


def expected_form(regime: Regime, info: SessionInfo, form: DeckForm) -> BallotTypeResult:
    """One ballot type's expected figures."""
    bt = BallotType(form.type_id, form.ballot_type, deck_accounting(form))
    d = denominator_value(info.denominator, bt, info)
    officials = []
    for exp, candidate in zip(form.expected(), form.candidates, strict=True):
        officials.append(CandidateResult(
            candidate=candidate,
            counts=dict(exp.counts),
            percents={lid: percent(n, d) for lid, n in exp.counts.items()},
            no_mark=exp.no_mark,
            multi_mark=exp.multi_mark,
            whole_invalid=exp.whole_invalid,
            band=regime.band_for(exp.counts[regime.band_level], d),
        ))
    reasons: dict[str, int] = {}
    for ballot in form.ballots:
        if ballot.invalid_reason is not None:
            reasons[ballot.invalid_reason] = reasons.get(ballot.invalid_reason, 0) + 1
    return BallotTypeResult(bt, info.denominator, d, form.size, reasons, tuple(officials))


def expected_results(
    regime: Regime, info: SessionInfo, committee: Sequence[CommitteeMember], deck: Deck
) -> SessionResults:
    """The whole expected result; its fingerprint is the deck's (it is no file's)."""
    return SessionResults(
        regime=regime,
        info=info,
        committee=tuple(committee),
        fingerprint=deck.fingerprint,
        ballot_types=tuple(expected_form(regime, info, f) for f in deck.forms),
        checks=(),
    )


def entered_forms(results: Sequence[BallotTypeResult]) -> tuple[EnteredForm, ...]:
    """What a trial copy's results give, in the terms the deck is checked by."""
    return tuple(
        EnteredForm(
            bt.ballot_type.name, bt.recorded, bt.whole_invalid,
            tuple(EnteredOfficial(cr.candidate.order, dict(cr.counts), cr.invalid)
                  for cr in bt.candidates),
        )
        for bt in results
    )
