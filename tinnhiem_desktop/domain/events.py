"""The audit log's events and the pure replay that rebuilds a session from them.

Every change to a session is one event. The storage layer writes the event's effect to its tables
and appends the event to the hash-chained log in the same transaction; ``verify`` replays the log
here and compares the result with the tables, so a table edited behind the log's back shows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from tinnhiem_desktop.domain.model import (
    AcceptedWarning,
    Accounting,
    Addendum,
    Ballot,
    BallotType,
    Candidate,
    CommitteeMember,
    Finalisation,
    Role,
    SessionInfo,
    Snapshot,
    Void,
)


class Action(StrEnum):
    """The kinds of change a session can undergo."""

    SESSION_CREATED = "session_created"
    INFO_UPDATED = "info_updated"
    COMMITTEE_SET = "committee_set"
    BALLOT_TYPE_ADDED = "ballot_type_added"
    BALLOT_TYPE_RENAMED = "ballot_type_renamed"
    ACCOUNTING_SET = "accounting_set"
    CANDIDATES_SET = "candidates_set"
    BALLOT_RECORDED = "ballot_recorded"
    BALLOT_VOIDED = "ballot_voided"
    FINALISED = "finalised"
    ADDENDUM_ADDED = "addendum_added"


@dataclass(frozen=True)
class LogEntry:
    """One entry of the append-only audit log."""

    seq: int
    at: str
    action: Action
    payload: dict[str, Any]
    hash: str


def committee_to_json(members: Iterable[CommitteeMember]) -> list[dict[str, str]]:
    """Committee members as JSON-ready dicts."""
    return [{"name": m.name, "role": m.role.value} for m in members]


def candidates_to_json(candidates: Iterable[Candidate]) -> list[dict[str, str]]:
    """Candidates as JSON-ready dicts in ballot order (the order is the list position)."""
    return [{"name": c.name, "position": c.position} for c in candidates]


def candidates_from_json(items: Iterable[dict[str, str]]) -> tuple[Candidate, ...]:
    """Inverse of :func:`candidates_to_json`."""
    return tuple(
        Candidate(order=i, name=item["name"], position=item["position"])
        for i, item in enumerate(items, start=1)
    )


def accounting_to_json(acc: Accounting) -> dict[str, int]:
    """Accounting figures as a JSON-ready dict."""
    return {"issued": acc.issued, "spoiled": acc.spoiled, "collected": acc.collected}


def ballot_to_json(ballot: Ballot) -> dict[str, Any]:
    """A recorded ballot as the payload of its event."""
    return {
        "id": ballot.id,
        "ballot_type_id": ballot.ballot_type_id,
        "number": ballot.number,
        "marks": ballot.marks,
        "invalid_reason": ballot.invalid_reason,
        "at": ballot.recorded_at,
    }


class ReplayError(ValueError):
    """The log cannot be replayed: it is inconsistent with itself."""


class Replayer:
    """Rebuilds a :class:`Snapshot` from events, in linear time."""

    def __init__(self) -> None:
        self.info: SessionInfo | None = None
        self.committee: tuple[CommitteeMember, ...] = ()
        self.types: dict[int, BallotType] = {}
        self.candidates: dict[int, tuple[Candidate, ...]] = {}
        self.ballots: list[Ballot] = []
        self.ballot_ids: set[int] = set()
        self.voids: dict[int, Void] = {}
        self.finalisation: Finalisation | None = None
        self.addenda: list[Addendum] = []

    def apply(self, action: Action, p: dict[str, Any]) -> None:
        """Apply one event; raises :class:`ReplayError` when it cannot apply."""
        try:
            self._apply(action, p)
        except (KeyError, TypeError, ValueError) as exc:
            raise ReplayError(f"sự kiện {action.value} không áp dụng được: {exc!r}") from exc

    def _apply(self, action: Action, p: dict[str, Any]) -> None:
        if action is Action.SESSION_CREATED:
            if self.info is not None:
                raise ValueError("phiên được tạo hai lần")
            self.info = SessionInfo.from_dict(p["info"])
            return
        if self.info is None:
            raise ValueError("sự kiện trước khi tạo phiên")
        if action is Action.INFO_UPDATED:
            self.info = SessionInfo.from_dict(p["after"])
        elif action is Action.COMMITTEE_SET:
            self.committee = tuple(
                CommitteeMember(name=m["name"], role=Role(m["role"])) for m in p["after"]
            )
        elif action is Action.BALLOT_TYPE_ADDED:
            if p["id"] in self.types:
                raise ValueError("loại phiếu trùng mã")
            self.types[p["id"]] = BallotType(id=p["id"], name=p["name"])
            self.candidates[p["id"]] = ()
        elif action is Action.BALLOT_TYPE_RENAMED:
            self.types[p["id"]] = replace(self.types[p["id"]], name=p["after"])
        elif action is Action.ACCOUNTING_SET:
            acc = Accounting(**p["after"])
            self.types[p["id"]] = replace(self.types[p["id"]], accounting=acc)
        elif action is Action.CANDIDATES_SET:
            if p["ballot_type_id"] not in self.types:
                raise ValueError("loại phiếu không tồn tại")
            self.candidates[p["ballot_type_id"]] = candidates_from_json(p["after"])
        elif action is Action.BALLOT_RECORDED:
            ballot = Ballot(
                id=p["id"],
                ballot_type_id=p["ballot_type_id"],
                number=p["number"],
                marks=p["marks"],
                invalid_reason=p["invalid_reason"],
                recorded_at=p["at"],
            )
            if ballot.id in self.ballot_ids or ballot.ballot_type_id not in self.types:
                raise ValueError("phiếu trùng mã hoặc sai loại phiếu")
            self.ballot_ids.add(ballot.id)
            self.ballots.append(ballot)
        elif action is Action.BALLOT_VOIDED:
            if p["ballot_id"] not in self.ballot_ids or p["ballot_id"] in self.voids:
                raise ValueError("hủy phiếu không tồn tại hoặc đã hủy")
            self.voids[p["ballot_id"]] = Void(p["ballot_id"], p["reason"], p["at"])
        elif action is Action.FINALISED:
            accepted = tuple(AcceptedWarning(a["code"], a["explanation"]) for a in p["accepted"])
            self.finalisation = Finalisation(by=p["by"], at=p["at"], accepted=accepted)
        elif action is Action.ADDENDUM_ADDED:
            self.addenda.append(Addendum(p["number"], p["text"], p["by"], p["at"]))
        else:  # pragma: no cover - Action is exhaustive
            raise ValueError(f"hành động lạ {action}")

    def snapshot(self) -> Snapshot:
        """The session as replayed so far."""
        if self.info is None:
            raise ReplayError("nhật ký không có sự kiện tạo phiên")
        return Snapshot(
            info=self.info,
            committee=self.committee,
            ballot_types=tuple(self.types[k] for k in sorted(self.types)),
            candidates=dict(self.candidates),
            ballots=tuple(sorted(self.ballots, key=lambda b: b.id)),
            voids=dict(self.voids),
            finalisation=self.finalisation,
            addenda=tuple(self.addenda),
        )
