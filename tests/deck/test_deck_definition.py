"""The test deck's definition: deterministic, every official receives every level, a no-mark and
a several-marks row each, one whole-invalid ballot; its expected result, read from the definition,
agrees with the one tally every output uses and with figures written here by hand."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tinnhiem_desktop.domain.deck import DECK_INVALID_REASON, DeckBallot, build_deck
from tinnhiem_desktop.domain.model import BallotType, Candidate, SessionInfo
from tinnhiem_desktop.domain.regimes import Basis
from tinnhiem_desktop.domain.tally import compute
from tinnhiem_desktop.services.regimes import shipped_regimes

REGIMES = shipped_regimes()


def officials(n: int) -> list[Candidate]:
    return [Candidate(i + 1, f"Người {i + 1}", f"Chức vụ {i + 1}") for i in range(n)]


def test_a_poll_of_two_officials_gives_the_deck_written_here() -> None:
    regime = REGIMES["party-qd96-2023"]
    deck = build_deck(regime, [(BallotType(1, "Phiếu A"), officials(2))])
    (form,) = deck.forms
    assert form.ballots == (
        DeckBallot(1, "11"), DeckBallot(2, "22"), DeckBallot(3, "22"), DeckBallot(4, "32"),
        DeckBallot(5, "", DECK_INVALID_REASON),
        DeckBallot(6, "33"), DeckBallot(7, "30"), DeckBallot(8, "0x"), DeckBallot(9, "x1"),
    )
    first, second = form.expected()
    assert (first.counts, first.no_mark, first.multi_mark, first.whole_invalid) == (
        {"high": 1, "medium": 2, "low": 3}, 1, 1, 1)
    assert (second.counts, second.invalid) == ({"high": 2, "medium": 3, "low": 1}, 3)


def test_a_vote_of_three_officials_gives_the_deck_written_here() -> None:
    regime = REGIMES["state-vote-nq96-2023"]
    deck = build_deck(regime, [(BallotType(1, "Phiếu B"), officials(3))])
    (form,) = deck.forms
    assert [(b.number, b.marks, b.invalid_reason) for b in form.ballots] == [
        (1, "112", None), (2, "220", None), (3, "", DECK_INVALID_REASON),
        (4, "20x", None), (5, "0x1", None), (6, "x12", None),
    ]
    assert [e.counts for e in form.expected()] == [
        {"confidence": 1, "no_confidence": 2},
        {"confidence": 2, "no_confidence": 1},
        {"confidence": 1, "no_confidence": 2},
    ]


def test_the_same_set_up_gives_the_same_deck_and_another_list_another_fingerprint() -> None:
    regime = REGIMES["party-qd96-2023"]
    forms = [(BallotType(1, "Phiếu A"), officials(4))]
    assert build_deck(regime, forms) == build_deck(regime, forms)
    assert build_deck(regime, forms).fingerprint == build_deck(regime, forms).fingerprint
    renamed = [(BallotType(1, "Phiếu A"), [*officials(3), Candidate(4, "Người khác", "")])]
    assert build_deck(regime, renamed).fingerprint != build_deck(regime, forms).fingerprint
    assert build_deck(REGIMES["state-nq96-2023"], forms).fingerprint != (
        build_deck(regime, forms).fingerprint)


@settings(max_examples=40, deadline=None)
@given(regime_id=st.sampled_from(sorted(REGIMES)), n=st.integers(1, 30))
def test_the_expected_result_is_what_the_tally_counts_on_the_same_ballots(
    regime_id: str, n: int
) -> None:
    regime = REGIMES[regime_id]
    bt = BallotType(1, "Phiếu")
    (form,) = build_deck(regime, [(bt, officials(n))]).forms
    marks = [b.marks for b in form.ballots if b.invalid_reason is None]
    reasons = [b.invalid_reason for b in form.ballots if b.invalid_reason is not None]
    info = SessionInfo(regime_id=regime_id, denominator=Basis.COLLECTED)
    tallied = compute(regime, info, bt, form.candidates, marks, reasons)
    assert tallied.recorded == form.size == len(regime.levels) * (len(regime.levels) + 1) // 2 + 3
    for exp, got in zip(form.expected(), tallied.candidates, strict=True):
        assert exp.counts == got.counts
        assert (exp.no_mark, exp.multi_mark, exp.whole_invalid) == (
            got.no_mark, got.multi_mark, got.whole_invalid) == (1, 1, 1)
        # Every level, counts that differ between the levels of one official.
        assert sorted(exp.counts.values()) == list(range(1, len(regime.levels) + 1))
    for before, after in zip(form.expected(), form.expected()[1:], strict=False):
        assert before.counts != after.counts  # a mark on the wrong row shows


@pytest.mark.parametrize("n", [1, 2, 7])
def test_neighbouring_officials_have_their_no_mark_on_different_ballots(n: int) -> None:
    (form,) = build_deck(REGIMES["party-qd96-2023"], [(BallotType(1, "P"), officials(n))]).forms
    rows = [b.marks for b in form.ballots if b.invalid_reason is None]
    no_mark_at = [next(j for j, r in enumerate(rows) if r[i] == "0") for i in range(n)]
    assert all(a != b for a, b in zip(no_mark_at, no_mark_at[1:], strict=False))
