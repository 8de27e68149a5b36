"""The use cases of a counting session: the one API the window, the CLI and the tests call.

:class:`Session` gathers them: opening here, reading in ``base``, set-up in ``setup``, ballots in
``ballots``, finalising and copies in ``closing``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from tinnhiem_desktop.domain.clock import Clock, now_iso
from tinnhiem_desktop.domain.errors import InvalidInput
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
from tinnhiem_desktop.services.backups import RollingBackup
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
           "TrialCheck", "check_merged_groups", "check_trial", "compare_files", "copy_setup",
           "make_trial_copy", "merge_groups", "real_session_of",
           "shipped_regimes", "validate_candidates", "verify_file"]


class Session(SetupUseCases, DecisionUseCases, GroupUseCases, ClosingUseCases, DeckUseCases,
              ProjectorUseCases):
    """An open counting session. Every method is one use case and one transaction."""


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
    ) -> Session:
        """Open an existing session file.

        Opening for writing also verifies the file: nothing is ever added to a file that was
        altered outside the app (the new entries would seem to vouch for it). A file of an older
        schema is then upgraded, its copy put aside first (``upgraded_from`` names the copy).
        ``rolling_backup`` (the app passes True) keeps copies every 25 ballots in
        ``<name>.saoluu/`` beside it.
        """
        file = SessionFile.open(Path(path), clock=clock, readonly=readonly)
        try:
            session = cls(file, shipped_regimes() if regimes is None else regimes)
            if not readonly:
                session.require_intact()
                # A file of an older version opens for writing in this version's layout, a
                # copy of it put aside first (verified above, so the copy is sound too).
                session.upgraded_from = file.upgrade()
                if rolling_backup:
                    rb = rolling_backup if isinstance(rolling_backup, RollingBackup) else (
                        RollingBackup()
                    )
                    rb.start(file.count_all_ballots(), file.path)
                    session.rolling_backup = rb
            return session
        except BaseException:
            file.close()
            raise

    @classmethod
    def open_to_view(cls, path: Path) -> Session:
        """Open read-only (no lock) for viewing, printing or exporting, refusing
        (:class:`TamperedFile`) a file altered outside the app, as a writable open does."""
        session = cls.open(path, readonly=True)
        try:
            session.require_intact()
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


def verify_file(path: Path, expect: str | None = None) -> VerifyReport:
    """Verify a session file as archived: read-only, no lock. ``expect``: a fingerprint printed
    on paper (or its first 16+ hex digits), looked for in the file's whole history."""
    with SessionFile.open(Path(path), readonly=True, to_verify=True) as file:
        return file.verify(shipped_regimes(), expect)
