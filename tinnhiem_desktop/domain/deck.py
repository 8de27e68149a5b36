"""The test deck (bộ phiếu thử): pre-marked ballots with a known result, made from the set-up.

Before the ballot box is opened the committee prints the deck, the recorder enters it into a
trial copy of the session, and the app compares the result with the one the deck was built to
give (the way election offices run a logic-and-accuracy test; VotingWorks' test deck).

The deck is a pure function of the set-up: the regime's levels and, per ballot type, its name and
its officials in ballot order. No randomness: the same set-up always gives the same deck, and its
:attr:`Deck.fingerprint` names it.

**The definition.** With ``L`` levels, official ``i`` (0-based, in ballot order) receives level
``k`` (0-based) exactly ``1 + (i + k) mod L`` times: every official receives every level, the
counts differ between the levels of one official (a level read as another shows) and between
neighbouring officials (a mark typed on the wrong row shows). Each official also gets one row with
no mark (``0``) and one with several marks (``x``). That is ``M = L(L+1)/2 + 2`` marked ballots
per ballot type (8 with three levels, 5 with two). Official ``i``'s column lists the codes in that
order (level 1 × count, level 2 × count, …, ``0``, ``x``) rotated by ``i`` places, so the no-mark
and several-marks rows fall on different ballots for neighbouring officials. One more ballot,
invalid as a whole with a reason, is put in the middle (number ``M // 2 + 1``). The expected
result is read from the definition (:meth:`DeckForm.expected`), never from a tally of the deck.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tinnhiem_desktop.domain.fingerprint import canonical_json
from tinnhiem_desktop.domain.regimes import MULTI_MARK, NO_MARK, MarkTotals, Regime

if TYPE_CHECKING:  # model imports this module (a session holds its deck checks)
    from tinnhiem_desktop.domain.model import BallotType, Candidate

DECK_INVALID_REASON = "Phiếu không do Ban kiểm phiếu phát ra"
"""The reason of the deck's whole-invalid ballot: the first preset the entry screen offers
(``model.NOT_ISSUED_REASON``), so the recorder picks it with one key."""

DECK_FORMAT = 1
"""The version of the definition above, part of the fingerprint: a change to the definition is a
new format, so an old expected result never passes for a new deck."""


@dataclass(frozen=True)
class DeckBallot:
    """One pre-marked paper of the deck: its number and marks (or a whole-invalid reason)."""

    number: int
    marks: str
    invalid_reason: str | None = None


@dataclass(frozen=True)
class ExpectedOfficial(MarkTotals):
    """What one official must get when the deck is entered correctly."""

    order: int
    name: str
    counts: dict[str, int]
    """level id -> number of ballots marking that level."""
    no_mark: int
    multi_mark: int
    whole_invalid: int


@dataclass(frozen=True)
class DeckForm:
    """The deck of one ballot type."""

    ballot_type: str
    type_id: int
    candidates: tuple[Candidate, ...]
    ballots: tuple[DeckBallot, ...]
    level_ids: tuple[str, ...]

    @property
    def size(self) -> int:
        """Papers in this form's deck."""
        return len(self.ballots)

    @property
    def whole_invalid(self) -> int:
        """Papers invalid as a whole."""
        return sum(1 for b in self.ballots if b.invalid_reason is not None)

    def expected(self) -> tuple[ExpectedOfficial, ...]:
        """Every official's expected figures, from the definition (module docstring)."""
        n_levels = len(self.level_ids)
        return tuple(
            ExpectedOfficial(
                order=c.order,
                name=c.name,
                counts={lid: level_count(i, k, n_levels)
                        for k, lid in enumerate(self.level_ids)},
                no_mark=1,
                multi_mark=1,
                whole_invalid=self.whole_invalid,
            )
            for i, c in enumerate(self.candidates)
        )


@dataclass(frozen=True)
class Deck:
    """The whole deck: one form per ballot type, in the session's order."""

    regime_id: str
    forms: tuple[DeckForm, ...]

    @property
    def fingerprint(self) -> str:
        """SHA-256 of the deck's definition: the regime, and per ballot type its name, its
        officials and every paper. Recorded in the log, printed on the deck and in the
        expected results, so the three are known to belong together."""
        data = {
            "format": DECK_FORMAT,
            "regime": self.regime_id,
            "forms": [
                {
                    "ballot_type": f.ballot_type,
                    "officials": [[c.name, c.title] for c in f.candidates],
                    "ballots": [[b.number, b.marks, b.invalid_reason] for b in f.ballots],
                }
                for f in self.forms
            ],
        }
        import hashlib  # here: OpenSSL loads in 2–3 ms, which opening a session does without

        return hashlib.sha256(canonical_json(data).encode("utf-8")).hexdigest()

    @property
    def size(self) -> int:
        """Papers in the whole deck."""
        return sum(f.size for f in self.forms)

    def form(self, ballot_type: str) -> DeckForm:
        """The form of the ballot type named ``ballot_type``."""
        for f in self.forms:
            if f.ballot_type == ballot_type:
                return f
        raise KeyError(ballot_type)


def level_count(official: int, level: int, n_levels: int) -> int:
    """How many deck ballots give official ``official`` (0-based) level ``level`` (0-based)."""
    return 1 + (official + level) % n_levels


def marked_ballots(n_levels: int) -> int:
    """``M``: the ballots of a form that carry marks (every official's column is this long)."""
    return n_levels * (n_levels + 1) // 2 + 2


def _column(official: int, codes: Sequence[str]) -> list[str]:
    """Official ``official``'s marks down the marked ballots, in ballot order."""
    column: list[str] = []
    for k, code in enumerate(codes):
        column += [code] * level_count(official, k, len(codes))
    column += [NO_MARK, MULTI_MARK]
    shift = official % len(column)
    return column[shift:] + column[:shift]


def build_form(regime: Regime, ballot_type: BallotType,
               candidates: Sequence[Candidate]) -> DeckForm:
    """The deck of one ballot type (see the module docstring)."""
    codes = regime.codes
    m = marked_ballots(len(codes))
    columns = [_column(i, codes) for i in range(len(candidates))]
    rows = ["".join(col[j] for col in columns) for j in range(m)]
    invalid_at = m // 2
    ballots: list[DeckBallot] = []
    for j, marks in enumerate(rows):
        if j == invalid_at:
            ballots.append(DeckBallot(len(ballots) + 1, "", DECK_INVALID_REASON))
        ballots.append(DeckBallot(len(ballots) + 1, marks))
    return DeckForm(ballot_type.name, ballot_type.id, tuple(candidates), tuple(ballots),
                    tuple(level.id for level in regime.levels))


def build_deck(
    regime: Regime, forms: Sequence[tuple[BallotType, Sequence[Candidate]]]
) -> Deck:
    """The deck of a session's set-up: one form per ballot type that has officials."""
    return Deck(regime.id, tuple(build_form(regime, bt, cands) for bt, cands in forms if cands))


# ---------------------------------------------------------------- the check of a trial entry

RECORDED = "recorded"
"""A difference in how many papers were entered (of a ballot type)."""
WHOLE_INVALID = "whole_invalid"
"""A difference in the papers entered as invalid as a whole (of a ballot type)."""
INVALID = "invalid"
"""A difference in an official's invalid rows (no mark, several marks, whole ballot invalid)."""
FORM_FIGURES = (RECORDED, WHOLE_INVALID)


@dataclass(frozen=True)
class DeckDifference:
    """One figure the trial entry got wrong: entered vs expected.

    ``order`` is the official's place on the ballot (None for a figure of the ballot type);
    ``what`` a level id, :data:`INVALID`, or one of :data:`FORM_FIGURES`.
    """

    ballot_type: str
    order: int | None
    name: str
    """The official's name ("" for a figure of the ballot type)."""
    what: str
    entered: int
    expected: int


@dataclass(frozen=True)
class EnteredOfficial:
    """What the trial entry gave one official (read from the trial copy's results)."""

    order: int
    counts: dict[str, int]
    invalid: int


@dataclass(frozen=True)
class EnteredForm:
    """What the trial entry gave one ballot type."""

    ballot_type: str
    recorded: int
    whole_invalid: int
    officials: tuple[EnteredOfficial, ...]


def expected_figure(form: DeckForm, order: int | None, what: str) -> int | None:
    """The expected value of one figure of ``form`` (None: no such figure)."""
    if order is None:
        return {RECORDED: form.size, WHOLE_INVALID: form.whole_invalid}.get(what)
    if not 1 <= order <= len(form.candidates):
        return None
    official = form.expected()[order - 1]
    if what == INVALID:
        return official.invalid
    return official.counts.get(what)


def differences(deck: Deck, entered: Sequence[EnteredForm]) -> tuple[DeckDifference, ...]:
    """Every figure of the trial entry that differs from the deck's expected result, in ballot
    type order, then ballot order, then level order. A form the trial lacks counts as all zero."""
    by_name = {e.ballot_type: e for e in entered}
    found: list[DeckDifference] = []
    for form in deck.forms:
        got = by_name.get(form.ballot_type, EnteredForm(form.ballot_type, 0, 0, ()))
        for what, value in ((RECORDED, got.recorded), (WHOLE_INVALID, got.whole_invalid)):
            want = expected_figure(form, None, what)
            if value != want:
                assert want is not None
                found.append(DeckDifference(form.ballot_type, None, "", what, value, want))
        officials = {o.order: o for o in got.officials}
        for exp in form.expected():
            off = officials.get(exp.order, EnteredOfficial(exp.order, {}, 0))
            pairs = [(lid, off.counts.get(lid, 0), n) for lid, n in exp.counts.items()]
            pairs.append((INVALID, off.invalid, exp.invalid))
            found += [DeckDifference(form.ballot_type, exp.order, exp.name, what, value, want)
                      for what, value, want in pairs if value != want]
    return tuple(found)


@dataclass(frozen=True)
class DeckCheck:
    """A test deck run, as the real session's log records it: which deck, which trial file,
    and every figure that differed (none: passed)."""

    id: int
    deck: str
    """The deck's fingerprint."""
    trial_name: str
    trial_fingerprint: str
    differences: tuple[DeckDifference, ...]
    at: str

    @property
    def passed(self) -> bool:
        """True when the trial entry gave exactly the expected result."""
        return not self.differences


def differences_to_json(items: Sequence[DeckDifference]) -> list[dict[str, object]]:
    """Differences as the log's payload holds them."""
    return [{"ballot_type": d.ballot_type, "order": d.order, "name": d.name, "what": d.what,
             "entered": d.entered, "expected": d.expected} for d in items]


def differences_from_json(items: object) -> tuple[DeckDifference, ...]:
    """Inverse of :func:`differences_to_json`. A value of another type (a table edited outside
    the app) raises ValueError: ``verify`` reports it, it is not a bug of ours."""
    if not isinstance(items, list):
        raise ValueError("differences: not a list")
    out = []
    for d in items:
        if not isinstance(d, dict):
            raise ValueError("difference: not an object")
        order, entered, expected = d.get("order"), d.get("entered"), d.get("expected")
        texts = [d.get(k) for k in ("ballot_type", "name", "what")]
        if not (order is None or type(order) is int) or type(entered) is not int or (
                type(expected) is not int) or not all(isinstance(t, str) for t in texts):
            raise ValueError(f"difference of the wrong types: {d!r}")
        ballot_type, name, what = (str(t) for t in texts)
        out.append(DeckDifference(ballot_type, order, name, what, entered, expected))
    return tuple(out)


def difference_words(regime: Regime, d: DeckDifference, named_type: bool) -> str:
    """One difference in Vietnamese, as the certificate and the minutes print it:
    "2. Trần Thị B — Tín nhiệm cao: nhập 3, đúng là 2"."""
    labels = {level.id: level.label for level in regime.levels}
    labels.update({INVALID: "Không hợp lệ", RECORDED: "Số phiếu đã nhập",
                   WHOLE_INVALID: "Phiếu không hợp lệ toàn phiếu"})
    where = f"{d.ballot_type}: " if named_type else ""
    who = f"{d.order}. {d.name} — " if d.order is not None else ""
    return (f"{where}{who}{labels.get(d.what, d.what)}: nhập {d.entered}, "
            f"đúng là {d.expected}")


def outcome_words(regime: Regime, check: DeckCheck, named_type: bool) -> str:
    """The sentence of the minutes: "Ban kiểm phiếu đã kiểm tra phần mềm bằng bộ phiếu thử:
    đạt." or "… không đạt (…)." naming every difference."""
    head = "Ban kiểm phiếu đã kiểm tra phần mềm bằng bộ phiếu thử: "
    if check.passed:
        return head + "đạt."
    return head + "không đạt (" + "; ".join(
        difference_words(regime, d, named_type) for d in check.differences) + ")."
