"""What every use case of a session stands on: the open file, its regime, reading, results."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from tinnhiem_desktop.domain.errors import InvalidInput, NotFound, SessionLocked, TamperedFile
from tinnhiem_desktop.domain.events import Action, LogEntry
from tinnhiem_desktop.domain.groups import HAND_COUNTED_REASON
from tinnhiem_desktop.domain.integrity import VerifyReport
from tinnhiem_desktop.domain.lifecycle import Lifecycle, stage_of
from tinnhiem_desktop.domain.model import (
    Ballot,
    BallotType,
    Candidate,
    CommitteeMember,
    Finalisation,
    SessionInfo,
    Void,
)
from tinnhiem_desktop.domain.regimes import Regime
from tinnhiem_desktop.domain.results import (
    BallotTypeInput,
    CorrectionRow,
    SessionResults,
    SetAsideRow,
    SpotCheckRow,
    WholeInvalidRow,
    session_results,
)
from tinnhiem_desktop.domain.text import clean, fold_key
from tinnhiem_desktop.services.backups import RollingBackup
from tinnhiem_desktop.storage.session_file import SessionFile
from tinnhiem_desktop.storage.writes import NOT_VERIFIED_MESSAGE


class SessionBase:
    """An open session: reading and results. The use cases are mixed in by :class:`Session`."""

    def __init__(
        self,
        file: SessionFile,
        regimes: Mapping[str, Regime],
        rolling_backup: RollingBackup | None = None,
    ) -> None:
        self._file = file
        self.rolling_backup = rolling_backup
        """Copies every 25 ballots beside the file, when the app asked for them (see backups)."""
        info = file.info()
        if info.regime_id not in regimes:
            raise InvalidInput(
                f"Tệp dùng thể thức “{info.regime_id}” mà bản phần mềm này không có."
            )
        # A session never changes its regime (update_info refuses it): read it once, not on
        # every call (the entry screen asks on every key).
        self._regime = regimes[info.regime_id]
        self._regimes = regimes
        self.upgraded_from: Path | None = None
        """The copy put aside when opening upgraded an older file, else None."""


    # ------------------------------------------------------------ reading

    @property
    def path(self) -> Path:
        """The session file."""
        return self._file.path

    @property
    def info(self) -> SessionInfo:
        """The set-up."""
        return self._file.info()

    @property
    def regime(self) -> Regime:
        """The regime the session follows."""
        return self._regime

    @property
    def finalised(self) -> Finalisation | None:
        """The finalisation, once done."""
        return self._file.finalisation()

    @property
    def closed(self) -> bool:
        """True once :meth:`close` has run."""
        return self._file.closed

    def log(self) -> list[LogEntry]:
        """The audit log, oldest first: every change ever made, with its time and hash."""
        return self._file.log_entries()

    @property
    def readonly(self) -> bool:
        """True when the file was opened for viewing only: nothing can be written to it."""
        return self._file.readonly

    def finalised_fingerprint(self) -> str | None:
        """The fingerprint as it was at finalising (printed on the finalised minutes), or None.

        Later addenda change :meth:`fingerprint`, never this.
        """
        return self._file.finalised_hash()

    def ballot_types(self) -> tuple[BallotType, ...]:
        """Ballot types in order."""
        return self._file.ballot_types()

    def ballot_type(self, name: str | None = None) -> BallotType:
        """The ballot type named ``name``; with one type, ``None`` picks it."""
        types = self._file.ballot_types()
        if name is None:
            if len(types) == 1:
                return types[0]
            names = ", ".join(f"“{t.name}”" for t in types)
            raise InvalidInput(f"Phiên có nhiều loại phiếu: cần chọn một ({names}).")
        key = fold_key(name)
        for bt in types:
            if fold_key(bt.name) == key or str(bt.id) == name.strip():
                return bt
        raise NotFound(f"Không có loại phiếu “{clean(name)}”.")

    def candidates(self, type_id: int) -> tuple[Candidate, ...]:
        """Officials of a ballot type in ballot order."""
        return self._file.candidates(type_id)

    def committee(self) -> tuple[CommitteeMember, ...]:
        """The counting committee."""
        return self._file.committee()

    def ballots(self, type_id: int) -> list[Ballot]:
        """Every ballot of a type ever recorded, voided ones included, in recording order."""
        return self._file.ballots(type_id)

    def ballot_page(self, type_id: int, start: int, size: int) -> list[Ballot]:
        """Positions ``start`` to ``start + size - 1`` of :meth:`ballots` (fewer at the end):
        what a list shows of a type's ballots without reading them all."""
        return self._file.ballot_page(type_id, start, size)

    def ballot_count(self, type_id: int) -> int:
        """How many ballots of a type were ever recorded, voided ones included: the length of
        :meth:`ballots`."""
        return self._file.count_ballots(type_id, include_voided=True)

    def active_ballots(self, type_id: int) -> list[Ballot]:
        """Active ballots of a type in number order."""
        voids = self._file.voids()
        return sorted(
            (b for b in self._file.ballots(type_id) if b.id not in voids), key=lambda b: b.number
        )

    def voids(self) -> dict[int, Void]:
        """Voids keyed by ballot id."""
        return self._file.voids()

    def recorded_count(self, type_id: int) -> int:
        """Active ballots of a type."""
        return self._file.count_ballots(type_id)

    def list_locked(self, type_id: int) -> bool:
        """A ballot type's list is locked once its first ballot is recorded."""
        return (self._file.count_ballots(type_id, include_voided=True) > 0
                or any(h.ballot_type_id == type_id for h in self._file.hand_counts()))

    def last_recorded(self, type_id: int | None = None) -> Ballot | None:
        """The most recently recorded ballot still active (of a type, or of any)."""
        voids = self._file.voids()
        for ballot in reversed(self._file.ballots(type_id)):
            if ballot.id not in voids:
                return ballot
        return None

    def next_number(self, type_id: int) -> int:
        """The number the next ballot of a type gets when recorded without one."""
        held = self._file.held_numbers(type_id)
        return max(self._file.max_active_number(type_id), max(held, default=0)) + 1

    def fingerprint(self) -> str:
        """The session's current fingerprint."""
        return self._file.fingerprint()

    def results(self) -> SessionResults:
        """Every figure and every check: the one source for every output."""
        if not self.readonly:
            # The file was verified when opened for writing; never show or print figures that
            # another program may have put in since (see SessionFile.require_unchanged).
            self._file.require_unchanged()
        inputs = []
        merged = self._file.merged_groups()
        sheets = list(self._file.hand_counts()) + [h for g in merged for h in g.hand_counts]
        for bt in self._file.ballot_types():
            marks, reasons = self._file.active_marks(bt.id)
            for sheet in sheets:
                # Tally sheets count as their totals: see HandCount.as_marks.
                if sheet.ballot_type_id == bt.id:
                    marks = [*marks, *sheet.as_marks()]
                    reasons = [*reasons, *[HAND_COUNTED_REASON] * sheet.whole_invalid]
            inputs.append(BallotTypeInput(bt, self._file.candidates(bt.id), marks, reasons))
        return session_results(
            self.regime,
            self._file.info(),
            self._file.committee(),
            self._file.fingerprint(),
            inputs,
            self._file.finalisation(),
            self._file.addenda(),
            *self._decision_rows(),
            *self._appendix_rows(),
            merged,
            self._file.deck_checks(),
        )

    def _appendix_rows(self) -> tuple[tuple[CorrectionRow, ...], tuple[WholeInvalidRow, ...]]:
        """Voided ballots (with what replaced them) and whole-invalid ballots, for the appendix
        the committee signs."""
        voids = self._file.voids()
        names = {bt.id: bt.name for bt in self._file.ballot_types()}
        corrections: list[CorrectionRow] = []
        whole_invalid: list[WholeInvalidRow] = []
        for void in sorted(voids.values(), key=lambda v: v.ballot_id):
            # A few voids in thousands of ballots: one lookup each, never a scan of them all.
            voided = self._file.ballot(void.ballot_id)
            now = self._file.active_ballot_by_number(voided.ballot_type_id, voided.number)
            replacement = now if now is not None and now.id > voided.id else None
            corrections.append(CorrectionRow(names[voided.ballot_type_id], voided, void,
                                             replacement))
        for bt in self._file.ballot_types():
            for ballot in self._file.whole_invalid_ballots(bt.id):
                whole_invalid.append(WholeInvalidRow(bt.name, ballot))
        return tuple(corrections), tuple(whole_invalid)

    def _decision_rows(self) -> tuple[tuple[SetAsideRow, ...], tuple[SpotCheckRow, ...]]:
        """The committee's decisions as the results show and print them."""
        set_aside = self._file.set_aside()
        checks = self._file.spot_checks()
        if not set_aside and not checks:
            return (), ()
        names = {bt.id: bt.name for bt in self._file.ballot_types()}
        decisions = self._file.decisions()
        rows = []
        for held in set_aside:
            decision = decisions.get(held.id)
            rows.append(SetAsideRow(
                held, names[held.ballot_type_id],
                None if decision is None else self._file.ballot(decision.ballot_id),
                None if decision is None else decision.at,
            ))
        results = self._file.spot_check_results()
        spot = tuple(
            SpotCheckRow(c, names[c.ballot_type_id],
                         tuple(r for r in results if r.spot_check_id == c.id))
            for c in checks
        )
        return tuple(rows), spot

    def verify(self, expect: str | None = None,
               progress: Callable[[int, int], None] | None = None) -> VerifyReport:
        """Integrity check, structure, hash chain and validated replay; ``expect``: a printed
        fingerprint (or its first 16+ hex digits) to find in the file's history;
        ``progress(done, total)``: log entries replayed so far."""
        return self._file.verify(self._regimes, expect, progress)

    def require_intact(self, progress: Callable[[int, int], None] | None = None) -> VerifyReport:
        """Verify, and refuse (:class:`TamperedFile`) a file altered outside the app.

        Call before printing or exporting from a file opened read-only: its tables could say
        something its log (and so its fingerprint) does not.
        """
        report = self.verify(progress=progress)
        self._refuse_if_damaged(report)
        return report

    def _refuse_if_damaged(self, report: VerifyReport) -> None:
        """Refuse (:class:`TamperedFile`) the file ``report`` found altered, saying what."""
        if not report.ok:
            raise TamperedFile(
                f"Tệp {self.path.name} không nguyên vẹn, không dùng được:\n"
                + "\n".join(f"- {p}" for p in report.problems)
                + "\nTệp không bị thay đổi. Hãy dùng bản sao lưu hoặc bản lưu trữ gốc."
            )

    @property
    def lifecycle(self) -> Lifecycle:
        """Where the session is in its life, and whether this opening may change it: every
        "may this change now?" asks this (:meth:`may`, :meth:`_require`)."""
        return Lifecycle(
            stage_of(self._file.finalisation() is not None,
                     self._file.count_all_ballots() + self._file.count_set_aside()
                     + self._file.count_hand_counts()),
            # Nothing may change a file still waiting for its verification.
            viewing=self._file.readonly or self._file.writes_held,
        )

    def may(self, action: Action) -> bool:
        """True when ``action`` may happen now (the window enables its menus by this)."""
        return self.lifecycle.allows(action)

    def _require(self, action: Action) -> None:
        """Refuse an ``action`` the life cycle does not allow now."""
        if self._file.writes_held:
            raise SessionLocked(NOT_VERIFIED_MESSAGE)
        self.lifecycle.require(action)
