"""Several files, one stack or one result: copies of a set-up, their comparison, their merge.

A large body counts in groups (tổ kiểm phiếu), each on its own laptop, and some committees have
a stack entered twice, blind, and every difference resolved against the paper. Both start from a
**copy of the set-up**: a new session file with the same session info, committee, ballot types,
officials (in ballot order) and accounting, no ballots, whose log records where it came from
(:class:`CopyOrigin`, event ``copy_origin``). The set-up has its own fingerprint
(:func:`setup_fingerprint`), independent of ballots and of the log, so two files can be shown to
be copies of one set-up whatever was entered in them since.

Pure data and rules here; the use cases are in ``services/groups.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from tinnhiem_desktop.domain.fingerprint import canonical_json
from tinnhiem_desktop.domain.model import (
    Ballot,
    BallotType,
    Candidate,
    CommitteeMember,
    SessionInfo,
)

RECONCILE_REASON = "đối chiếu lượt nhập kiểm tra"
"""The reason of every void and re-entry that records the committee's reading of a ballot found
different between two entries of one stack."""

MAX_LABEL = 100
"""The longest group label (“Tổ 1”, “Tổ kiểm phiếu số 12 — Hội trường B”)."""

_HEX64 = re.compile(r"[0-9a-f]{64}")


class CopyKind(StrEnum):
    """What a copy of a set-up is for."""

    GROUP = "group"
    """A counting group (tổ kiểm phiếu): its own share of the ballots, merged later."""
    SECOND_PASS = "second_pass"
    """A second, blind entry of a stack already entered: compared, never merged."""
    TRIAL = "trial"
    """A trial copy (the test deck): compared or thrown away, never merged."""


@dataclass(frozen=True)
class CopyOrigin:
    """Where a copy came from, as its log records it (event ``copy_origin``)."""

    kind: CopyKind
    label: str | None
    """The group's label (“Tổ 1”); a second pass or trial carries the label of the file it
    re-enters, if that file had one."""
    ballots_handed: int | None
    """How many ballots were handed to the group, when said (a group only)."""
    source_setup_fingerprint: str
    source_fingerprint: str
    """The source file's fingerprint when it was copied."""
    source_name: str
    """The source's file name (no folder)."""

    def to_json(self) -> dict[str, Any]:
        """The event's payload (without its time)."""
        return {
            "kind": self.kind.value,
            "label": self.label,
            "ballots_handed": self.ballots_handed,
            "source_setup_fingerprint": self.source_setup_fingerprint,
            "source_fingerprint": self.source_fingerprint,
            "source_name": self.source_name,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> CopyOrigin:
        """Inverse of :meth:`to_json` (the values are checked by the replay, not here)."""
        return cls(
            kind=CopyKind(data["kind"]),
            label=data["label"],
            ballots_handed=data["ballots_handed"],
            source_setup_fingerprint=data["source_setup_fingerprint"],
            source_fingerprint=data["source_fingerprint"],
            source_name=data["source_name"],
        )

    def describe(self) -> str:
        """In Vietnamese, for the CLI and the reports."""
        if self.kind is CopyKind.GROUP:
            handed = ("" if self.ballots_handed is None
                      else f", nhận {self.ballots_handed} phiếu")
            return f"bản cho {self.label}{handed}"
        what = "lượt nhập kiểm tra" if self.kind is CopyKind.SECOND_PASS else "bản thử"
        return f"{what} của {self.label}" if self.label else what


def is_hex64(value: object) -> bool:
    """True for a full SHA-256 hex digest (lower case, as the app writes them)."""
    return isinstance(value, str) and _HEX64.fullmatch(value) is not None


def setup_fingerprint(
    info: SessionInfo,
    committee: Iterable[CommitteeMember],
    ballot_types: Iterable[BallotType],
    candidates: Mapping[int, Sequence[Candidate]],
) -> str:
    """SHA-256 hex of the canonical set-up: session info, committee (in order), ballot types
    (id, name, accounting) with their officials in ballot order. Ballots and the log play no
    part, so a source and every copy of it share it until one of them changes its set-up."""
    content = {
        "info": info.to_dict(),
        "committee": [[m.name, m.role.value] for m in committee],
        "ballot_types": [
            {
                "id": bt.id,
                "name": bt.name,
                "issued": bt.accounting.issued,
                "spoiled": bt.accounting.spoiled,
                "collected": bt.accounting.collected,
                "officials": [[c.name, c.title] for c in candidates.get(bt.id, ())],
            }
            for bt in sorted(ballot_types, key=lambda t: t.id)
        ],
    }
    import hashlib  # here: OpenSSL loads in 2–3 ms, which opening a session does without

    return hashlib.sha256(canonical_json(content).encode("utf-8")).hexdigest()


# ---------------------------------------------------------------- comparing entries of a stack


@dataclass(frozen=True)
class Reading:
    """What one file holds for one ballot."""

    marks: str
    """The stored marks string (``"1203x"``); empty for a whole-ballot invalid ballot."""
    invalid_reason: str | None
    """Set when the whole ballot is invalid."""
    voided: bool = False

    @classmethod
    def of(cls, ballot: Ballot) -> Reading:
        """The reading of a recorded ballot."""
        return cls(ballot.marks, ballot.invalid_reason)

    def describe(self) -> str:
        """``1203x`` or ``không hợp lệ toàn phiếu (lý do)``."""
        if self.invalid_reason is not None:
            return f"không hợp lệ toàn phiếu ({self.invalid_reason})"
        return self.marks


@dataclass(frozen=True)
class Difference:
    """One ballot on which the files disagree."""

    ballot_type: str
    type_id: int
    number: int
    readings: tuple[Reading | None, ...]
    """One per file, in the order the files were given; None: the ballot is absent there."""


@dataclass(frozen=True)
class ComparedFile:
    """One of the files compared."""

    path: Path
    fingerprint: str
    setup_fingerprint: str
    origin: CopyOrigin | None
    ballots: int
    """Active ballots, all types."""


@dataclass(frozen=True)
class Comparison:
    """The outcome of comparing two or more entries of one stack."""

    files: tuple[ComparedFile, ...]
    differences: tuple[Difference, ...]

    @property
    def same(self) -> bool:
        """True when every file holds the same ballots (type, number, marks, whole-invalid)."""
        return not self.differences


Held = tuple[str, "str | None"]
"""What a file holds for a ballot, as compared: (marks, whole-invalid reason)."""


def differences(
    ballot_types: Sequence[BallotType],
    readings: Sequence[Mapping[int, Mapping[int, Held]]],
) -> tuple[Difference, ...]:
    """Align the files' active ballots by type and number; every (type, number) on which they do
    not all hold the same reading, in type then number order. ``readings[i][type_id][number]``
    is what file ``i`` holds. (Plain tuples compared: 10,000 ballots a file.)"""
    found: list[Difference] = []
    for bt in ballot_types:
        per_file = [r.get(bt.id, {}) for r in readings]
        first, others = per_file[0], per_file[1:]
        numbers = set(first)
        for held in others:
            if held.keys() != first.keys():
                numbers.update(held)
        for number in sorted(numbers):
            row = [held.get(number) for held in per_file]
            if any(r != row[0] for r in row[1:]):
                found.append(Difference(bt.name, bt.id, number, tuple(
                    None if r is None else Reading(*r) for r in row)))
    return tuple(found)


@dataclass(frozen=True)
class Decision:
    """The committee's reading of a ballot, recorded in the reference file after a comparison:
    a void with :data:`RECONCILE_REASON` and the ballot entered again under its number."""

    ballot_type: str
    number: int
    before: Reading
    after: Reading | None
    """None: not entered again (yet)."""
    at: str


# ---------------------------------------------------------------- merging counting groups


@dataclass(frozen=True)
class HandCount:
    """A tally sheet of one ballot type, as a group that counted on paper totalled it."""

    ballot_type_id: int
    counts: tuple[Mapping[str, int], ...]
    """Per official in ballot order: how many valid ballots carry each level code, ``0`` (no
    mark) and ``x`` (several marks); every official's counts add up to the same number."""
    whole_invalid: int
    """Ballots invalid as a whole."""

    @property
    def valid(self) -> int:
        """Ballots not invalid as a whole (every official's counts add up to this)."""
        return sum(self.counts[0].values()) if self.counts else 0

    @property
    def ballots(self) -> int:
        """Every ballot of the sheet."""
        return self.valid + self.whole_invalid

    def to_json(self) -> dict[str, Any]:
        """As the log and the table hold it."""
        return {"ballot_type_id": self.ballot_type_id,
                "counts": [dict(sorted(c.items())) for c in self.counts],
                "whole_invalid": self.whole_invalid}

    def as_marks(self) -> list[str]:
        """Marks strings with exactly these column counts: the tally counts each official's
        column on its own, so these give the sheet's totals and nothing else (which ballot had
        which combination is not known, and nothing uses it)."""
        columns = [[code for code, n in sorted(c.items()) for _ in range(n)] for c in self.counts]
        return ["".join(col[i] for col in columns) for i in range(self.valid)]


HAND_COUNTED_REASON = "tổ kiểm phiếu bằng tay"
"""How a hand-counted group's wholly invalid ballots are listed (its sheet gives no reasons)."""


@dataclass(frozen=True)
class MergedGroup:
    """A counting group merged into a session (table ``merged_groups``, event ``group_merged``)."""

    seq: int
    label: str
    hand_counted: bool
    ballots_handed: int | None
    source_name: str
    source_fingerprint: str
    """The group file's fingerprint when it was merged: presented again, it must still be it."""
    source_setup_fingerprint: str
    at: str
    ballots: tuple[tuple[int, int], ...] = ()
    """(ballot id in the merged file, its number within the group), in the group's order."""
    hand_counts: tuple[HandCount, ...] = ()

    @property
    def ballot_count(self) -> int:
        """The ballots the group contributed (entered, or on its tally sheets)."""
        return len(self.ballots) + sum(h.ballots for h in self.hand_counts)
