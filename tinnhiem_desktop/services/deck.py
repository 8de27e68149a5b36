"""The test deck (bộ phiếu thử): make it from the set-up, and check a trial entry of it.

The committee prints the deck (domain/deck.py), the recorder enters it into a trial copy of the
session, and :meth:`DeckUseCases.check_test_deck` compares the trial copy's result with the deck's
expected one and records the run and its outcome in this (the real) session's log; the minutes
print it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from tinnhiem_desktop.domain.deck import Deck, DeckCheck, EnteredForm, build_deck, differences
from tinnhiem_desktop.domain.deck_expected import deck_accounting, entered_forms, expected_results
from tinnhiem_desktop.domain.errors import InvalidInput
from tinnhiem_desktop.domain.events import Action
from tinnhiem_desktop.domain.groups import CopyKind
from tinnhiem_desktop.domain.messages import render
from tinnhiem_desktop.domain.model import SessionInfo
from tinnhiem_desktop.domain.regimes import Regime
from tinnhiem_desktop.domain.results import SessionResults
from tinnhiem_desktop.domain.text import clean
from tinnhiem_desktop.services.base import SessionBase
from tinnhiem_desktop.services.groups import copy_setup


class DeckUseCases(SessionBase):
    """The test deck of a session, and the record of its runs."""

    def test_deck(self) -> Deck:
        """The deck of the set-up as it is now (the same set-up always gives the same deck)."""
        deck = build_deck(self.regime, [(bt, self._file.candidates(bt.id))
                                        for bt in self._file.ballot_types()])
        if not deck.forms:
            person = render(f"kind.{self.regime.kind.value}.person")
            raise InvalidInput(f"Chưa có danh sách {person}: nhập danh sách trước khi lập bộ "
                               "phiếu thử.")
        return deck

    def test_deck_expected(self) -> SessionResults:
        """The deck's expected result, as a whole session's results."""
        return expected_results(self.regime, self._file.info(), self._file.committee(),
                                self.test_deck())

    def deck_checks(self) -> tuple[DeckCheck, ...]:
        """Every run of the test deck recorded in this session, in order."""
        return self._file.deck_checks()

    def check_test_deck(
        self, trial: Path,
        expected: tuple[str, Sequence[EnteredForm]] | None = None,
    ) -> DeckCheck:
        """Compare the result of the trial copy ``trial`` with the deck's expected one, and
        record the run and its outcome in this session's log.

        ``expected``: what an expected-results file holds (``exchange.deck_files``); it must be
        this session's deck, unchanged. The trial copy is verified (a file altered outside the
        app is refused) and must hold the same lists as this session.
        """
        self._require(Action.TEST_DECK_CHECKED)
        deck = self.test_deck()
        if expected is not None:
            fingerprint, forms = expected
            if fingerprint != deck.fingerprint or differences(deck, forms):
                raise InvalidInput(
                    "Tệp kết quả mong đợi không phải của bộ phiếu thử lập từ phiên này (danh sách "
                    "đã thay đổi sau khi in, hoặc tệp của phiên khác, hoặc đã bị sửa): lập và in "
                    "lại bộ phiếu thử.")
        trial = Path(trial)
        if trial.resolve() == self.path.resolve():
            raise InvalidInput("Tệp nhập thử phải là bản thử của phiên, không phải chính tệp "
                               "phiên thật.")
        from tinnhiem_desktop.services.session import Session  # the class that mixes this in

        with Session.open_to_view(trial) as copy:
            origin = copy.copy_origin
            if origin is None or origin.kind is not CopyKind.TRIAL:
                raise InvalidInput(
                    f"Tệp “{trial.name}” không phải bản thử của phiên (bản thử được tạo cùng bộ "
                    "phiếu thử: Công cụ → Bộ phiếu thử…, hoặc lệnh test-deck --trial-copy).")
            if copy.test_deck().fingerprint != deck.fingerprint:
                raise InvalidInput(
                    f"Tệp “{trial.name}” không có cùng thể thức và danh sách với phiên này: bộ "
                    "phiếu thử phải được nhập vào bản thử tạo từ chính phiên này.")
            if not any(copy.recorded_count(bt.id) for bt in copy.ballot_types()):
                raise InvalidInput(f"Tệp “{trial.name}” chưa có phiếu thử nào được nhập.")
            found = differences(deck, entered_forms(copy.results().ballot_types))
            trial_fingerprint = copy.fingerprint()
        # The name as every stored text: cleaned (a name typed decomposed on macOS becomes NFC).
        name = clean(trial.name)[:255] or "ban-thu"
        return self._file.record_deck_check(deck.fingerprint, name, trial_fingerprint, found)


def make_trial_copy(source: Path, trial: Path) -> Path:
    """Write TRIAL: a trial copy of SOURCE's set-up (``copy_setup(trial=True)``, no ballots),
    marked as a trial session (every page it prints says THỬ NGHIỆM), with every paper of the
    test deck issued and collected, ready for the recorder to enter the deck."""
    from tinnhiem_desktop.services.session import Session

    copy_setup(source, trial, trial=True)
    with Session.open(trial) as copy, copy.batch():
        if not copy.info.trial:
            copy.update_info(trial=True)
        for form in copy.test_deck().forms:
            acc = deck_accounting(form)
            copy.set_accounting(form.type_id, issued=acc.issued, collected=acc.collected,
                                spoiled=acc.spoiled)
    return Path(trial)


@dataclass(frozen=True)
class TrialCheck:
    """A run of the test deck as the window shows and prints it."""

    check: DeckCheck
    regime: Regime
    info: SessionInfo
    session_name: str
    named_types: bool
    """True when the session has several ballot types (each difference names its type)."""


def real_session_of(trial: Path) -> Path | None:
    """The real session a trial copy was made from, when it is beside it (same folder, the name
    its log records); None otherwise."""
    from tinnhiem_desktop.services.session import Session

    with Session.open_to_view(trial) as copy:
        origin = copy.copy_origin
    if origin is None or origin.kind is not CopyKind.TRIAL:
        return None
    beside = Path(trial).with_name(origin.source_name)
    return beside if beside.is_file() else None


def check_trial(real: Path, trial: Path,
                expected: tuple[str, Sequence[EnteredForm]] | None = None) -> TrialCheck:
    """Open the real session, check the trial entry against it
    (:meth:`DeckUseCases.check_test_deck`, recorded in its log), close it."""
    from tinnhiem_desktop.services.session import Session

    with Session.open(real) as s:
        check = s.check_test_deck(trial, expected)
        return TrialCheck(check, s.regime, s.info, s.path.name, len(s.test_deck().forms) > 1)
