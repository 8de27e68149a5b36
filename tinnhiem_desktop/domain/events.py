"""The audit log's events and the pure replay that rebuilds a session from them.

Every change to a session is one event. The storage layer writes the event's effect to its tables
and appends the event to the hash-chained log in the same transaction; ``verify`` replays the log
here and compares the result with the tables, so a table edited behind the log's back shows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from tinnhiem_desktop.domain.model import (
    Accounting,
    Ballot,
    Candidate,
    CommitteeMember,
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
    BALLOT_SET_ASIDE = "ballot_set_aside"
    SET_ASIDE_DECIDED = "set_aside_decided"
    SPOT_CHECK_DRAWN = "spot_check_drawn"
    SPOT_CHECK_RECORDED = "spot_check_recorded"
    TEST_DECK_CHECKED = "test_deck_checked"
    COPY_ORIGIN = "copy_origin"
    GROUP_MERGED = "group_merged"
    HAND_COUNT_SET = "hand_count_set"
    PROJECTOR_RESULTS_SET = "projector_results_set"
    """The chair turned the running results on the projector view on or off (display only)."""


LOG_FORMAT = 2
"""The rules the values in a log were checked by when written, recorded in its first entry
(``session_created``: ``{"info": …, "log_format": 2}``), under the hash chain like everything else.
Format 2 (from 0.2): texts cleaned of control and invisible characters, dates ISO with ASCII
digits. Format 1 is implicit: the files of 0.1.0, whose first entry records none and whose texts
were only NFC with white space folded. ``verify`` checks each log by its own format, so a genuine
older file keeps verifying while an event appended to a newer one meets today's rules."""


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
    return [{"name": c.name, "position": c.title} for c in candidates]


def candidates_from_json(items: Iterable[dict[str, str]]) -> tuple[Candidate, ...]:
    """Inverse of :func:`candidates_to_json`."""
    return tuple(
        Candidate(order=i, name=item["name"], title=item["position"])
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
