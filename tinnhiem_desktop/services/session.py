"""The use cases of a counting session: the one API the window, the CLI and the tests call.

:class:`Session` gathers them: opening here, reading in ``base``, set-up in ``setup``, ballots in
``ballots``, finalising and copies in ``closing``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from tinnhiem_desktop.domain.clock import Clock, now_iso
from tinnhiem_desktop.domain.errors import InvalidInput, TamperedFile
from tinnhiem_desktop.domain.groups import (
    RECONCILE_REASON,
    ComparedFile,
    Comparison,
    CopyKind,
    CopyOrigin,
    Difference,
    HandCount,
    MergedGroup,
    Reading,
)
from tinnhiem_desktop.domain.integrity import VerifyReport
from tinnhiem_desktop.domain.model import SessionInfo, validate_info, validate_info_for_regime
from tinnhiem_desktop.domain.regimes import Regime
from tinnhiem_desktop.domain.text import fold_key
from tinnhiem_desktop.domain.validation import clean_type_name, validate_candidates
from tinnhiem_desktop.domain.wording import default_ballot_type_name
from tinnhiem_desktop.services.backups import RollingBackup, copy_file
from tinnhiem_desktop.services.ballots import BallotRow
from tinnhiem_desktop.services.closing import ClosingUseCases
from tinnhiem_desktop.services.decisions import DecisionUseCases
from tinnhiem_desktop.services.deck import (
    DeckUseCases,
    TrialCheck,
    check_trial,
    make_trial_copy,
    real_session_of,
)
from tinnhiem_desktop.services.groups import (
    GroupUseCases,
    check_merged_groups,
    compare_files,
    copy_setup,
    merge_groups,
)
from tinnhiem_desktop.services.projector import ProjectorUseCases
from tinnhiem_desktop.services.regimes import shipped_regimes
from tinnhiem_desktop.services.setup import SetupUseCases
from tinnhiem_desktop.storage.session_file import SessionFile

__all__ = ["RECONCILE_REASON", "BallotRow", "ComparedFile", "Comparison", "CopyKind",
           "CopyOrigin", "Difference", "HandCount", "MergedGroup", "Reading", "Session",
           "TrialCheck", "check_merged_groups", "check_trial", "compare_files", "copy_file",
           "copy_setup",
           "make_trial_copy", "merge_groups", "real_session_of",
           "shipped_regimes", "validate_candidates", "verify_file"]


class Session(SetupUseCases, DecisionUseCases, GroupUseCases, ClosingUseCases, DeckUseCases,
              ProjectorUseCases):
    """An open counting session. Every method is one use case and one transaction."""

    _view_unverified = False
    """A file opened for viewing with ``open_to_view(..., verify=False)``, until
    :meth:`finish_opening` has its verification."""

    @classmethod
    def create(
        cls,
        path: Path,
        regime_id: str,
        ballot_types: Sequence[str] | None = None,
        regimes: Mapping[str, Regime] | None = None,
        clock: Clock = now_iso,
        **info_fields: Any,
    ) -> Session:
        """Create a session file with its set-up and ballot types (by default one, named after
        the regime's kind: "Phiếu lấy phiếu tín nhiệm" or "Phiếu bỏ phiếu tín nhiệm")."""
        regimes = shipped_regimes() if regimes is None else regimes
        if regime_id not in regimes:
            raise InvalidInput(
                f"Không có thể thức “{regime_id}”. Chọn một trong: {', '.join(sorted(regimes))}."
            )
        regime = regimes[regime_id]
        info_fields.setdefault("denominator", regime.denominator)
        info = validate_info(SessionInfo(regime_id=regime_id, **info_fields))
        validate_info_for_regime(info, regime)
        if ballot_types is None:
            ballot_types = (default_ballot_type_name(regime),)
        names = [clean_type_name(n) for n in ballot_types]
        if not names or len({fold_key(n) for n in names}) != len(names):
            raise InvalidInput(
                "Cần ít nhất một loại phiếu, và tên các loại phiếu không trùng nhau."
            )
        return cls(SessionFile.create(Path(path), info, names, clock), regimes)

    @classmethod
    def open(
        cls,
        path: Path,
        regimes: Mapping[str, Regime] | None = None,
        readonly: bool = False,
        clock: Clock = now_iso,
        rolling_backup: bool | RollingBackup = False,
        verify: bool = True,
    ) -> Session:
        """Open an existing session file.

        Opening for writing also verifies the file: nothing is ever added to a file that was
        altered outside the app (the new entries would seem to vouch for it). A file of an older
        schema is then upgraded, its copy put aside first (``upgraded_from`` names the copy).
        ``rolling_backup`` (the app passes True) keeps copies every 25 ballots in
        ``<name>.saoluu/`` beside it.

        ``verify=False`` (the window's way, for a file of any size to show at once): the file
        opens for writing (locked) with every write held back; the caller verifies it elsewhere
        (:func:`verify_file`, its own connection, off the window's thread) and hands the report
        to :meth:`finish_opening`, which refuses a file that failed as this would have.
        """
        file = SessionFile.open(Path(path), clock=clock, readonly=readonly)
        try:
            session = cls(file, shipped_regimes() if regimes is None else regimes)
            if not readonly:
                if rolling_backup:
                    # Made now (the window shows where copies go), started once verified.
                    session.rolling_backup = (rolling_backup if isinstance(
                        rolling_backup, RollingBackup) else RollingBackup())
                if verify:
                    session._writable_after(session.require_intact())
                else:
                    file.hold_writes()
            return session
        except BaseException:
            file.close()
            raise

    @property
    def verified(self) -> bool:
        """False while a file opened with ``verify=False`` waits for :meth:`finish_opening`."""
        return not self._file.writes_held and not self._view_unverified

    def finish_opening(self, report: VerifyReport) -> None:
        """Take the verification of a file opened with ``verify=False``, made of this very file
        by :func:`verify_file`: refuse (:class:`TamperedFile`, the message opening gives) a file
        that failed, or that changed since (its fingerprint is no longer the one verified, or
        another program wrote to it); else release the writes, upgrade an older file and start
        the rolling copies, as opening would have. Nothing is written before this succeeds."""
        if self.verified:
            return
        self._refuse_if_damaged(report)
        self._file.require_unchanged()
        if report.fingerprint != self._file.fingerprint():
            raise TamperedFile(
                f"Tệp {self.path.name} đã thay đổi trong khi đang được kiểm tra: không ghi gì "
                "vào tệp này. Hãy đóng tệp rồi mở lại."
            )
        if self.readonly:
            self._view_unverified = False  # nothing to release: a viewed file is never written
            return
        self._file.release_writes()
        self._writable_after(report)

    def _writable_after(self, report: VerifyReport) -> None:
        """What opening for writing does once the file is verified (``report``)."""
        file = self._file
        # A file of an older version opens for writing in this version's layout, a copy of it
        # put aside first (verified, so the copy is sound too).
        self.upgraded_from = file.upgrade()
        if self.rolling_backup is not None:
            self.rolling_backup.start(file.count_all_ballots(), file.path)

    @classmethod
    def open_to_view(cls, path: Path, verify: bool = True,
                     progress: Callable[[int, int], None] | None = None) -> Session:
        """Open read-only (no lock) for viewing, printing or exporting, refusing
        (:class:`TamperedFile`) a file altered outside the app, as a writable open does;
        ``progress(done, total)``: how far its verification is.

        ``verify=False`` (the window's way): the file is returned unverified (:attr:`verified`
        False); the caller verifies it elsewhere (:func:`verify_file`, off the window's thread)
        and hands the report to :meth:`finish_opening`, which refuses a file that failed."""
        session = cls.open(path, readonly=True)
        try:
            if verify:
                session.require_intact(progress)
            else:
                session._view_unverified = True
        except BaseException:
            session.close()
            raise
        return session

    def close(self) -> None:
        """Close the file: a rolling copy being made by a worker is waited for, and one still
        due is made now."""
        if not self.readonly:
            if self.rolling_backup is not None:
                self.rolling_backup.wait()
            self.run_pending_backup()
        self._file.close()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def verify_file(path: Path, expect: str | None = None,
                progress: Callable[[int, int], None] | None = None) -> VerifyReport:
    """Verify a session file as archived: read-only, no lock. ``expect``: a fingerprint printed
    on paper (or its first 16+ hex digits), looked for in the file's whole history.
    ``progress(done, total)``: log entries replayed so far (called from this thread).

    Its connection is its own and made here, so a worker thread may call this for a file the
    window has open (a SQLite connection serves the thread that made it)."""
    with SessionFile.open(Path(path), readonly=True, to_verify=True) as file:
        return file.verify(shipped_regimes(), expect, progress)
