"""The one object the screens talk to: wraps :class:`Session` and says what changed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from tinnhiem_desktop import verify_ahead
from tinnhiem_desktop.domain.decisions import SetAside, SpotCheck, SpotCheckResult
from tinnhiem_desktop.domain.errors import FileProblem, UserFacingError
from tinnhiem_desktop.domain.events import Action
from tinnhiem_desktop.domain.groups import RECONCILE_REASON
from tinnhiem_desktop.domain.integrity import VerifyReport
from tinnhiem_desktop.domain.lifecycle import Lifecycle, Stage
from tinnhiem_desktop.domain.model import Addendum, Ballot, BallotType, Finalisation, Role, Void
from tinnhiem_desktop.domain.results import SessionResults
from tinnhiem_desktop.services.backups import backup_folder
from tinnhiem_desktop.services.session import CopyOrigin, Session, copy_setup, verify_file
from tinnhiem_desktop.ui.long_task import LongTask, Progress

BACKUP_DELAY_MS = 30
"""A rolling copy starts this long after the ballot that made it due: once the read-back is
drawn, and as far as can be from the next Enter (a worker makes it; see RollingBackup)."""


@dataclass(frozen=True)
class TypeProgress:
    """A ballot type with how many of its ballots are recorded (active, not voided)."""

    ballot_type: BallotType
    recorded: int


class SessionController(QObject):
    """Every change goes through here; after each successful one the past-tense signals fire.

    Errors of the user-facing family propagate unchanged to the caller (the screen shows them);
    on an error nothing is emitted, because the service changed nothing.
    """

    changed = Signal()
    """After every change, once the signal saying which change has reached every slot (the
    projector view waits for it: by then each screen has asked for its repaint)."""
    info_changed = Signal()
    committee_changed = Signal()
    ballot_types_changed = Signal()
    candidates_changed = Signal(int)
    ballot_recorded = Signal(object)
    ballot_voided = Signal(object, object)
    ballot_corrected = Signal(object)
    """A difference between passes decided: the reference file's ballot (voided and recorded
    again with the committee's reading, or voided only when the paper does not exist)."""
    finalised = Signal(object)
    addendum_added = Signal(object)
    ballot_set_aside = Signal(object)
    set_aside_decided = Signal(object, object)
    """(the set-aside ballot, the ballot the committee's decision recorded under its number)"""
    spot_check_changed = Signal()
    projector_results_changed = Signal(bool)
    backup_failed = Signal(str)
    backup_made = Signal(object)
    verify_progressed = Signal(int, int)
    """(log entries replayed, of how many) while the file opened is verified."""
    verified = Signal()
    """The file opened passed its verification: writes are allowed from now on."""
    verify_refused = Signal(object)
    """The file opened failed its verification (the :class:`UserFacingError` saying why):
    nothing was written to it; the window closes it."""
    _copy_over = Signal()
    """Emitted by the rolling copy's worker thread; delivered on this object's (GUI) thread."""

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._ahead: verify_ahead.Ahead | None = None
        """The child verifying the file opened, when one was started with the app."""
        self._results: SessionResults | None = None
        self._types: list[TypeProgress] | None = None
        # Only the decisions below change it: read once, not after every ballot (the status
        # bar and the entry screen show it after each one).
        self._held: list[SetAside] | None = None
        # Every write goes through here, so the finalisation read once stays true until finalise.
        self._finalisation = session.finalised
        self._projector_results = session.projector_results
        self._last_copy: Path | None = None
        # Written once, by the first events of a copy: read once.
        self._origin = session.copy_origin
        self._verify_task: LongTask | None = None
        self.refusal: UserFacingError | None = None
        """Why the file opened failed its verification, once it has (see :attr:`verify_refused`)."""
        rolling = session.rolling_backup
        if rolling is not None:
            # Called inside record_ballot after the ballot committed; a failing copy is reported
            # (backup_failed), never raised: the ballot is recorded whatever happens to its copy.
            rolling.on_error = self.backup_failed.emit
            self._last_copy = rolling.last_copy
            # The copy waits until the screen shows the ballot, then a worker thread makes it
            # from a connection of its own: neither Enter nor any later key waits for it.
            rolling.defer = True
            rolling.background = True
            rolling.on_done = self._copy_over.emit
            self._copy_over.connect(self._on_copy_over, Qt.ConnectionType.QueuedConnection)

    @property
    def session(self) -> Session:
        """The open session (read-only use: changes go through the controller)."""
        return self._session

    @property
    def path(self) -> Path:
        """The session file."""
        return self._session.path

    def close(self) -> None:
        """Close the session file (a verification still running is stopped first)."""
        task, self._verify_task = self._verify_task, None
        if task is not None:
            if self._ahead is not None:
                self._ahead.cancel()  # its report may be a while coming: not waited for
            task.cancel()
            task.wait()
        self._session.close()

    # ------------------------------------------------------------ verification on opening

    @property
    def verifying(self) -> bool:
        """The file is open but not verified yet: nothing may be written, and a file opened for
        viewing is shown disabled until it is."""
        return not self._session.verified

    def start_verify(self) -> None:
        """Verify the file opened (``Session.open(..., verify=False)``) on a worker thread, from
        a read-only connection of its own; progress comes as :attr:`verify_progressed`, then
        :attr:`verified` or :attr:`verify_refused` (on this, the GUI, thread)."""
        if not self.verifying:
            self.verified.emit()
            return
        if self._verify_task is not None or self.refusal is not None:
            return  # running, or over: its outcome was published once
        task = LongTask(self)
        task.progressed.connect(self.verify_progressed)
        task.succeeded.connect(self._on_verify_task_succeeded)
        task.failed.connect(self._on_verify_task_failed)
        self._verify_task = task
        path = self._session.path
        ahead = self._ahead = verify_ahead.take(path)

        def verify(progress: Progress) -> VerifyReport:
            # The report of the child started with the app, if it verified this very file as
            # it is now; else verified here, as always (verify_ahead.py).
            report = ahead.report(progress) if ahead is not None else None
            return report if report is not None else verify_file(path, progress=progress)

        task.start(verify, "tinnhiem-verify")

    def settle_verify(self, within: float = 0.0) -> None:
        """If the verification started has ended already, or ends within ``within`` seconds,
        publish its outcome now (see :meth:`LongTask.settle`); otherwise it comes through the
        event loop as usual."""
        if self._verify_task is not None:
            self._verify_task.settle(within)

    @Slot(object)
    def _on_verify_task_succeeded(self, report: VerifyReport) -> None:
        self._verify_task = None
        try:
            self._session.finish_opening(report)
        except UserFacingError as exc:
            self.refusal = exc
            self.verify_refused.emit(exc)
            return
        self.verified.emit()
        self.changed.emit()

    @Slot(object)
    def _on_verify_task_failed(self, error: BaseException) -> None:
        self._verify_task = None
        # A bug (not a UserFacingError) refuses the file all the same, so that nothing waits
        # for its verdict for ever (the window would stay disabled, "verifying"); the error
        # itself then goes on to the crash report.
        self.refusal = error if isinstance(error, UserFacingError) else FileProblem(
            f"Không kiểm tra được tệp {self.path.name}: phần mềm gặp lỗi ngoài dự kiến khi đọc "
            "tệp (đã ghi báo cáo lỗi). Tệp không bị thay đổi và chưa được mở. Hãy gửi báo cáo "
            "lỗi cho người phụ trách phần mềm; có thể mở bản sao lưu gần nhất của tệp."
        )
        self.verify_refused.emit(self.refusal)
        if self.refusal is not error:
            raise error

    # ------------------------------------------------------------ state

    @property
    def finalisation(self) -> Finalisation | None:
        """Who finalised and when, once finalised."""
        return self._finalisation

    @property
    def view_only(self) -> bool:
        """The file was opened for viewing only (read-only file or folder)."""
        return self._session.readonly

    @property
    def read_only(self) -> bool:
        """Nothing but addenda (finalised) or nothing at all (view only) can be written. The
        domain's life cycle decides (domain/lifecycle.py), asked with the finalisation cached
        here rather than queried on every key."""
        stage = Stage.FINALISED if self._finalisation is not None else Stage.ENTERING
        return not Lifecycle(stage, self._session.readonly).allows(Action.INFO_UPDATED)

    @property
    def projector_results_settable(self) -> bool:
        """The chair may turn the projector's results on or off now (asked after every ballot:
        the life cycle is asked with the finalisation cached here, no query)."""
        stage = Stage.FINALISED if self._finalisation is not None else Stage.ENTERING
        return Lifecycle(stage, self._session.readonly).allows(Action.PROJECTOR_RESULTS_SET)

    def may(self, action: Action) -> bool:
        """Whether ``action`` may happen now (menus are enabled by this)."""
        return self._session.may(action)

    @property
    def backup_schedule(self) -> tuple[int, int] | None:
        """(a copy every N ballots, the newest K kept), or None when no copies are made."""
        rolling = self._session.rolling_backup
        return (rolling.every, rolling.keep) if rolling is not None else None

    @property
    def backup_folder(self) -> Path:
        """Where the rolling copies go: ``<name>.saoluu`` beside the session file."""
        return backup_folder(self._session.path)

    @property
    def backup_error(self) -> str | None:
        """The last rolling copy's failure, until a later copy succeeds."""
        rolling = self._session.rolling_backup
        return rolling.last_error if rolling is not None else None

    @property
    def copy_origin(self) -> CopyOrigin | None:
        """What this file is a copy of (a counting group, a second pass, a trial), or None."""
        return self._origin

    @property
    def projector_results(self) -> bool:
        """The chair has turned the running results on the projector on (read once, then kept
        by :meth:`set_projector_results`). After finalising they are shown whatever this says."""
        return self._projector_results

    def finalised_fingerprint(self) -> str | None:
        """The fingerprint at finalising (addenda change the current one, not this)."""
        return self._session.finalised_fingerprint() if self._finalisation else None

    # ------------------------------------------------------------ reading

    def results(self) -> SessionResults:
        """The session's results, computed once per change."""
        if self._results is None:
            self._results = self._session.results()
        return self._results

    def type_progress(self) -> list[TypeProgress]:
        """Each ballot type with how many of its ballots are recorded, read once per change:
        the status bar, the entry screen and the session screen all show it after each ballot."""
        if self._types is None:
            self._types = [TypeProgress(bt, self._session.recorded_count(bt.id))
                           for bt in self._session.ballot_types()]
        return self._types

    def ballot_type_ids(self) -> list[int]:
        """Ids of the ballot types in order."""
        return [row.ballot_type.id for row in self.type_progress()]

    def progress(self, type_id: int) -> TypeProgress:
        """One ballot type and its recorded count."""
        for row in self.type_progress():
            if row.ballot_type.id == type_id:
                return row
        raise KeyError(type_id)

    def ballot_type(self, type_id: int) -> BallotType:
        """One ballot type by id."""
        return self.progress(type_id).ballot_type

    def undecided(self, type_id: int | None = None) -> list[SetAside]:
        """Ballots set aside (of a type, or all) and still waiting for the committee."""
        if self._held is None:
            self._held = self._session.set_aside_ballots()
        return [h for h in self._held if type_id is None or h.ballot_type_id == type_id]

    # ------------------------------------------------------------ changes

    def _done(self, *signals: Any, counted: tuple[int, int] | None = None) -> None:
        """After a change: forget what it made stale, then say so. ``counted`` = (type id,
        change in its active ballots) for a ballot recorded or voided: the counts read once
        stay exact by adding it (one writer), instead of counting 10,000 ballots per Enter."""
        self._results = None
        if counted is None or self._types is None:
            self._types = None
        else:
            type_id, delta = counted
            self._types = [TypeProgress(row.ballot_type, row.recorded + delta)
                           if row.ballot_type.id == type_id else row for row in self._types]
        for emit in signals:
            emit()
        self.changed.emit()

    def update_info(self, **changes: Any) -> None:
        """Change set-up fields."""
        before = self._session.info
        after = self._session.update_info(**changes)
        if after != before:
            self._done(self.info_changed.emit)

    def set_committee(self, members: Sequence[tuple[str, Role | str]]) -> None:
        """Replace the counting committee."""
        self._session.set_committee(members)
        self._done(self.committee_changed.emit)

    def add_ballot_type(self, name: str) -> int:
        """Add a ballot type; returns its id."""
        type_id = self._session.add_ballot_type(name)
        self._done(self.ballot_types_changed.emit)
        return type_id

    def rename_ballot_type(self, type_id: int, name: str) -> None:
        """Rename a ballot type."""
        self._session.rename_ballot_type(type_id, name)
        self._done(self.ballot_types_changed.emit)

    def set_accounting(self, type_id: int, issued: int, collected: int, spoiled: int) -> None:
        """Issued, collected and spoiled ballots of a type."""
        self._session.set_accounting(type_id, issued=issued, collected=collected, spoiled=spoiled)
        self._done(self.ballot_types_changed.emit)

    def set_candidates(self, type_id: int, rows: Sequence[tuple[str, str]]) -> None:
        """Replace a ballot type's list of officials."""
        self._session.set_candidates(type_id, rows)
        self._done(lambda: self.candidates_changed.emit(type_id))

    def record_ballot(
        self,
        type_id: int,
        marks: str = "",
        invalid_reason: str | None = None,
        number: int | None = None,
    ) -> Ballot:
        """Record one ballot; durable when this returns, before any signal fires."""
        ballot = self._session.record_ballot(type_id, marks, invalid_reason, number)
        self._done(lambda: self.ballot_recorded.emit(ballot), counted=(type_id, 1))
        self._schedule_backup()
        return ballot

    def _schedule_backup(self) -> None:
        rolling = self._session.rolling_backup
        # While a worker makes a copy, the next one due waits for it (_on_copy_over): no timer
        # per ballot meanwhile (a copy now waits for a pause in the typing to write itself).
        if rolling is not None and rolling.pending and not rolling.running:
            # After the read-back has been painted: the checker sees the ballot first.
            QTimer.singleShot(BACKUP_DELAY_MS, self._run_pending_backup)

    @Slot()
    def _run_pending_backup(self) -> None:
        if self._session.closed:
            return  # closed meanwhile: close() made the copy
        self._session.start_pending_backup()

    @Slot()
    def _on_copy_over(self) -> None:
        rolling = self._session.rolling_backup
        if rolling is None or self._session.closed:
            return  # closed meanwhile: close() waited for it and reported it
        rolling.finish()
        self._report_copy()
        if rolling.pending:  # one more came due while this one was being made
            QTimer.singleShot(BACKUP_DELAY_MS, self._run_pending_backup)

    def _report_copy(self) -> None:
        rolling = self._session.rolling_backup
        if rolling is not None and rolling.last_copy != self._last_copy:
            self._last_copy = rolling.last_copy
            self.backup_made.emit(rolling.last_copy)

    def void_ballot(self, ballot: Ballot, reason: str) -> Void:
        """Void a recorded ballot with a reason."""
        void = self._session.void_ballot(ballot.id, reason)
        self._done(lambda: self.ballot_voided.emit(ballot, void),
                   counted=(ballot.ballot_type_id, -1))
        return void

    def finalise(self, by: str, accepted: dict[str, str]) -> Finalisation:
        """Finalise (refused while a blocking check stands); from then on only addenda."""
        fin = self._session.finalise(by, accepted)
        self._finalisation = fin
        self._done(lambda: self.finalised.emit(fin))
        return fin

    def set_projector_results(self, shown: bool) -> None:
        """The chair's choice: the running results on the projector, or not (one event)."""
        if self._session.set_projector_results(shown):
            self._projector_results = shown
            self._done(lambda: self.projector_results_changed.emit(shown))

    def add_addendum(self, text: str, by: str) -> Addendum:
        """A numbered correction after finalising."""
        addendum = self._session.add_addendum(text, by)
        self._done(lambda: self.addendum_added.emit(addendum))
        return addendum

    # ------------------------------------------------------------ the committee's decisions

    def set_aside(self, type_id: int, note: str, number: int | None = None) -> SetAside:
        """Set the paper ballot in hand aside for the committee (under the next number, or
        ``number``): it counts nowhere until decided."""
        held = self._session.set_aside(type_id, note, number)
        self._held = None
        self._done(lambda: self.ballot_set_aside.emit(held))
        return held

    def decide_set_aside(
        self, held: SetAside, marks: str | None = None, invalid_reason: str | None = None
    ) -> Ballot:
        """The committee's decision on ``held``: valid with ``marks`` or invalid with a reason;
        the ballot is recorded under its number."""
        ballot = self._session.decide_set_aside(held.id, marks, invalid_reason)
        self._held = None
        self._done(lambda: self.set_aside_decided.emit(held, ballot),
                   counted=(held.ballot_type_id, 1))
        return ballot

    def draw_spot_check(self, type_id: int, k: int, seed: str | None = None) -> SpotCheck:
        """Draw ``k`` recorded ballot numbers of a type for the committee to compare."""
        check = self._session.draw_spot_check(type_id, k, seed)
        self._done(self.spot_check_changed.emit)
        return check

    def record_spot_check(
        self, check_id: int, number: int, matches: bool, note: str = ""
    ) -> SpotCheckResult:
        """What the committee found for one drawn paper ("khớp", or the difference)."""
        result = self._session.record_spot_check(check_id, number, matches, note)
        self._done(self.spot_check_changed.emit)
        return result
    # ------------------------------------------------------------ several files (issue 13)

    def copy_setup(self, new: Path, *, group: str | None = None, ballots: int | None = None
                   ) -> Path:
        """Write NEW: this session's set-up with no ballots, for a counting group (``group``)
        or a second pass of the same stack. This file is not changed."""
        return copy_setup(self._session.path, new, group=group, ballots=ballots)

    def correct_ballot(self, type_id: int, number: int, marks: str,
                       invalid_reason: str | None = None) -> Ballot:
        """The committee's reading of ballot ``number`` after comparing passes: the active
        ballot is voided and the reading recorded under the same number, with the reason
        "đối chiếu lượt nhập kiểm tra" (nothing is written when the reading is the stored one)."""
        ballot = self._session.correct_ballot(type_id, number, marks, invalid_reason)
        self._done(lambda: self.ballot_corrected.emit(ballot))
        self._schedule_backup()
        return ballot

    def void_ballot_number(self, type_id: int, number: int) -> Ballot:
        """The committee found no paper ballot ``number``: void the one entered, with the
        reason "đối chiếu lượt nhập kiểm tra"."""
        ballot = self._session.void_ballot_number(type_id, number, RECONCILE_REASON)
        self._done(lambda: self.ballot_corrected.emit(ballot), counted=(type_id, -1))
        return ballot
