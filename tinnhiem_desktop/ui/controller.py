"""The one object the screens talk to: wraps :class:`Session` and says what changed."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from tinnhiem_desktop.domain.model import Ballot, BallotType, Role, Void
from tinnhiem_desktop.domain.results import SessionResults
from tinnhiem_desktop.services.session import Session


class SessionController(QObject):
    """Every change goes through here; after each successful one the past-tense signals fire.

    Errors of the user-facing family propagate unchanged to the caller (the screen shows them);
    on an error nothing is emitted, because the service changed nothing.
    """

    changed = Signal()
    info_changed = Signal()
    committee_changed = Signal()
    ballot_types_changed = Signal()
    candidates_changed = Signal(int)
    ballot_recorded = Signal(object)
    ballot_voided = Signal(object, object)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._results: SessionResults | None = None

    @property
    def session(self) -> Session:
        """The open session (read-only use: changes go through the controller)."""
        return self._session

    @property
    def path(self) -> Path:
        """The session file."""
        return self._session.path

    def close(self) -> None:
        """Close the session file."""
        self._session.close()

    # ------------------------------------------------------------ reading

    def results(self) -> SessionResults:
        """The session's results, computed once per change."""
        if self._results is None:
            self._results = self._session.results()
        return self._results

    def ballot_type_ids(self) -> list[int]:
        """Ids of the ballot types in order."""
        return [bt.id for bt in self._session.ballot_types()]

    def ballot_type(self, type_id: int) -> BallotType:
        """One ballot type by id."""
        for bt in self._session.ballot_types():
            if bt.id == type_id:
                return bt
        raise KeyError(type_id)

    # ------------------------------------------------------------ changes

    def _done(self, *signals: Any) -> None:
        self._results = None
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
        self._done(lambda: self.ballot_recorded.emit(ballot))
        return ballot

    def void_ballot(self, ballot: Ballot, reason: str) -> Void:
        """Void a recorded ballot with a reason."""
        void = self._session.void_ballot(ballot.id, reason)
        self._done(lambda: self.ballot_voided.emit(ballot, void))
        return void
