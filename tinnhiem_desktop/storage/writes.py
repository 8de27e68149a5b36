"""The writes of a session file: each one transaction that changes the tables and appends one
hash-chained event to the log, on disk when the call returns."""

from __future__ import annotations

import contextlib
import itertools
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from tinnhiem_desktop.domain.clock import Clock
from tinnhiem_desktop.domain.decisions import (
    SetAside,
    SetAsideDecision,
    SpotCheck,
    SpotCheckResult,
)
from tinnhiem_desktop.domain.deck import DeckCheck, DeckDifference, differences_to_json
from tinnhiem_desktop.domain.errors import FileNotWritable, SessionLocked
from tinnhiem_desktop.domain.events import (
    Action,
    accounting_to_json,
    ballot_to_json,
    candidates_to_json,
    committee_to_json,
)
from tinnhiem_desktop.domain.fingerprint import GENESIS, canonical_json, chain_hash
from tinnhiem_desktop.domain.groups import CopyOrigin, HandCount, MergedGroup
from tinnhiem_desktop.domain.model import (
    AcceptedWarning,
    Accounting,
    Addendum,
    Ballot,
    Candidate,
    CommitteeMember,
    Finalisation,
    SessionInfo,
    Void,
)
from tinnhiem_desktop.storage.errors import sql_errors
from tinnhiem_desktop.storage.gate import WriteGate
from tinnhiem_desktop.storage.reads import SessionReads

_SAVEPOINTS = itertools.count(1)


@contextlib.contextmanager
def atomic(conn: sqlite3.Connection) -> Iterator[None]:
    """One all-or-nothing transaction; nested, a savepoint. What sqlite-utils'
    ``Database.atomic`` does, spelt here so that a write needs no sqlite-utils import (38 ms of
    start-up, for these twenty lines); sqlite-utils stays for what it does well
    (:attr:`SessionFile.db`)."""
    if conn.in_transaction:
        savepoint = f"tinnhiem_{next(_SAVEPOINTS)}"
        conn.execute(f"SAVEPOINT {savepoint}")
        try:
            yield
        except BaseException:
            # A RAISE(ROLLBACK) trigger can end the whole transaction, savepoints included:
            # cleaning up then would hide the first error behind "no such savepoint".
            if conn.in_transaction:
                conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            raise
        else:
            conn.execute(f"RELEASE SAVEPOINT {savepoint}")
        return
    conn.execute("BEGIN")
    try:
        yield
    except BaseException:
        if conn.in_transaction:  # an error may already have ended it
            conn.execute("ROLLBACK")
        raise
    else:
        try:
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


NOT_VERIFIED_MESSAGE = (
    "Tệp đang được kiểm tra (toàn vẹn, chuỗi băm, nhật ký): chưa ghi được gì. "
    "Hãy chờ kiểm tra xong rồi làm lại."
)


class SessionWrites(SessionReads):
    """Changes to an open session file (mixed into :class:`SessionFile`)."""

    readonly: bool
    _clock: Clock
    _gate: WriteGate
    writes_held: bool = False
    """True while the file, opened for writing, waits for its verification (run elsewhere, off
    the window's thread): every write is refused until :meth:`release_writes`."""

    def hold_writes(self) -> None:
        """Refuse every write until :meth:`release_writes` (the file is not verified yet)."""
        self.writes_held = True

    def release_writes(self) -> None:
        """The file was verified: writes may go ahead."""
        self.writes_held = False

    @property
    def in_transaction(self) -> bool:
        """True inside :meth:`transaction` (nothing of it is on disk yet)."""
        return self._conn.in_transaction

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One all-or-nothing unit; nested calls become savepoints.

        The outermost one first makes sure nobody else has written to the file since it was
        opened and verified (see :meth:`require_unchanged`): what we append must never vouch
        for what another program put there.
        """
        if self.readonly:
            raise FileNotWritable(f"Tệp {self.path.name} đang mở ở chế độ chỉ xem.")
        if self.writes_held:
            raise SessionLocked(NOT_VERIFIED_MESSAGE)
        with sql_errors(self.path):
            if self._conn.in_transaction:
                with atomic(self._conn):
                    yield
                return
            # A rolling copy being read by a worker gives way after its current step, instead
            # of SQLite's busy handler sleeping 1, 2, 5, 10 … ms (storage/gate.py).
            with self._gate.writing():
                self.require_unchanged()
                with atomic(self._conn):
                    yield

    def _append_log(self, action: Action, payload: dict[str, Any], at: str) -> str:
        row = self._conn.execute("SELECT seq, hash FROM log ORDER BY seq DESC LIMIT 1").fetchone()
        seq, prev = (row[0] + 1, row[1]) if row else (1, GENESIS)
        payload_json = canonical_json(payload)
        digest = chain_hash(prev, seq, at, action.value, payload_json)
        self._conn.execute(
            "INSERT INTO log (seq, at, action, payload, hash) VALUES (?, ?, ?, ?, ?)",
            (seq, at, action.value, payload_json, digest),
        )
        return digest

    def _write(self, action: Action, payload: dict[str, Any], effect: Callable[[], object]) -> None:
        with self.transaction():
            effect()
            self._append_log(action, payload, payload.get("at") or self._clock())

    # ---------------------------------------------------------------- changes

    def update_info(self, info: SessionInfo) -> None:
        """Replace the session's set-up (logged with before and after)."""
        before = self.info().to_dict()
        after = info.to_dict()
        self._write(
            Action.INFO_UPDATED,
            {"before": before, "after": after},
            lambda: self._conn.execute(
                "UPDATE session_info SET data = ? WHERE id = 1", (canonical_json(after),)
            ),
        )

    def set_committee(self, members: Sequence[CommitteeMember]) -> None:
        """Replace the committee list."""

        def effect() -> None:
            self._conn.execute("DELETE FROM committee")
            self._conn.executemany(
                "INSERT INTO committee (position, name, role) VALUES (?, ?, ?)",
                [(i, m.name, m.role.value) for i, m in enumerate(members, start=1)],
            )

        payload = {"before": committee_to_json(self.committee()),
                   "after": committee_to_json(members)}
        self._write(Action.COMMITTEE_SET, payload, effect)

    def add_ballot_type(self, name: str) -> int:
        """Add a ballot type; returns its id."""
        row = self._conn.execute("SELECT coalesce(max(id), 0) + 1 FROM ballot_types").fetchone()
        new_id = int(row[0])
        self._write(
            Action.BALLOT_TYPE_ADDED,
            {"id": new_id, "name": name},
            lambda: self._conn.execute(
                "INSERT INTO ballot_types (id, name) VALUES (?, ?)", (new_id, name)
            ),
        )
        return new_id

    def rename_ballot_type(self, type_id: int, name: str) -> None:
        """Rename a ballot type."""
        before = self.ballot_type(type_id).name
        self._write(
            Action.BALLOT_TYPE_RENAMED,
            {"id": type_id, "before": before, "after": name},
            lambda: self._conn.execute(
                "UPDATE ballot_types SET name = ? WHERE id = ?", (name, type_id)
            ),
        )

    def set_accounting(self, type_id: int, acc: Accounting) -> None:
        """Set issued, spoiled and collected of a ballot type."""
        before = self.ballot_type(type_id).accounting
        self._write(
            Action.ACCOUNTING_SET,
            {"id": type_id, "before": accounting_to_json(before),
             "after": accounting_to_json(acc)},
            lambda: self._conn.execute(
                "UPDATE ballot_types SET issued = ?, spoiled = ?, collected = ? WHERE id = ?",
                (acc.issued, acc.spoiled, acc.collected, type_id),
            ),
        )

    def set_candidates(self, type_id: int, candidates: Sequence[Candidate]) -> None:
        """Replace the list of officials of a ballot type (ballot order = list order)."""

        def effect() -> None:
            self._conn.execute("DELETE FROM candidates WHERE ballot_type_id = ?", (type_id,))
            self._conn.executemany(
                "INSERT INTO candidates (ballot_type_id, position, name, title) "
                "VALUES (?, ?, ?, ?)",
                [(type_id, i, c.name, c.title) for i, c in enumerate(candidates, start=1)],
            )

        payload = {
            "ballot_type_id": type_id,
            "before": candidates_to_json(self.candidates(type_id)),
            "after": candidates_to_json(candidates),
        }
        self._write(Action.CANDIDATES_SET, payload, effect)

    def record_ballot(
        self, type_id: int, number: int, marks: str, invalid_reason: str | None
    ) -> Ballot:
        """Append one ballot. Durable on disk when this returns."""
        row = self._conn.execute("SELECT coalesce(max(id), 0) + 1 FROM ballots").fetchone()
        ballot = Ballot(int(row[0]), type_id, number, marks, invalid_reason, self._clock())
        self._write(
            Action.BALLOT_RECORDED,
            ballot_to_json(ballot),
            lambda: self._conn.execute(
                "INSERT INTO ballots (id, ballot_type_id, number, marks, invalid_reason, "
                "recorded_at) VALUES (?, ?, ?, ?, ?, ?)",
                (ballot.id, type_id, number, marks, invalid_reason, ballot.recorded_at),
            ),
        )
        return ballot

    def void_ballot(self, ballot_id: int, reason: str) -> Void:
        """Void a recorded ballot; the ballot itself stays in the file."""
        void = Void(ballot_id, reason, self._clock())
        self._write(
            Action.BALLOT_VOIDED,
            {"ballot_id": ballot_id, "reason": reason, "at": void.voided_at},
            lambda: self._conn.execute(
                "INSERT INTO voids (ballot_id, reason, voided_at) VALUES (?, ?, ?)",
                (ballot_id, reason, void.voided_at),
            ),
        )
        return void

    def finalise(self, by: str, accepted: Sequence[AcceptedWarning]) -> Finalisation:
        """Record the finalisation."""
        fin = Finalisation(by, self._clock(), tuple(accepted))
        acc_json = [{"code": a.code, "explanation": a.explanation} for a in accepted]
        self._write(
            Action.FINALISED,
            {"by": by, "at": fin.at, "accepted": acc_json},
            lambda: self._conn.execute(
                "INSERT INTO finalisation (id, by, at, accepted) VALUES (1, ?, ?, ?)",
                (by, fin.at, canonical_json(acc_json)),
            ),
        )
        return fin

    def add_addendum(self, text: str, by: str) -> Addendum:
        """Record a numbered correction after finalising."""
        number = len(self.addenda()) + 1
        add = Addendum(number, text, by, self._clock())
        self._write(
            Action.ADDENDUM_ADDED,
            {"number": number, "text": text, "by": by, "at": add.at},
            lambda: self._conn.execute(
                "INSERT INTO addenda (number, text, by, at) VALUES (?, ?, ?, ?)",
                (number, text, by, add.at),
            ),
        )
        return add

    def set_projector_results(self, shown: bool) -> None:
        """Record the chair's choice to show (or hide) the running results on the projector.
        The event is the whole change: no table holds it (see :meth:`projector_results`)."""
        self._write(
            Action.PROJECTOR_RESULTS_SET,
            {"before": self.projector_results(), "after": shown},
            lambda: None,
        )

    # ---------------------------------------------------------------- the committee's decisions

    def set_aside_ballot(self, type_id: int, number: int, note: str) -> SetAside:
        """Set a ballot aside for the committee: it holds its number and counts nowhere."""
        row = self._conn.execute("SELECT coalesce(max(id), 0) + 1 FROM set_aside").fetchone()
        held = SetAside(int(row[0]), type_id, number, note, self._clock())
        self._write(
            Action.BALLOT_SET_ASIDE,
            {"id": held.id, "ballot_type_id": type_id, "number": number, "note": note,
             "at": held.at},
            lambda: self._conn.execute(
                "INSERT INTO set_aside (id, ballot_type_id, number, note, at) "
                "VALUES (?, ?, ?, ?, ?)", (held.id, type_id, number, note, held.at)),
        )
        return held

    def decide_set_aside(
        self, held: SetAside, marks: str, invalid_reason: str | None
    ) -> tuple[Ballot, SetAsideDecision]:
        """The committee's decision: the ballot recorded under the set-aside number."""
        row = self._conn.execute("SELECT coalesce(max(id), 0) + 1 FROM ballots").fetchone()
        at = self._clock()
        ballot = Ballot(int(row[0]), held.ballot_type_id, held.number, marks, invalid_reason, at)
        decision = SetAsideDecision(held.id, ballot.id, at)

        def effect() -> None:
            self._conn.execute(
                "INSERT INTO ballots (id, ballot_type_id, number, marks, invalid_reason, "
                "recorded_at) VALUES (?, ?, ?, ?, ?, ?)",
                (ballot.id, ballot.ballot_type_id, ballot.number, marks, invalid_reason, at))
            self._conn.execute(
                "INSERT INTO set_aside_decisions (set_aside_id, ballot_id, at) VALUES (?, ?, ?)",
                (held.id, ballot.id, at))

        self._write(Action.SET_ASIDE_DECIDED,
                    {"set_aside_id": held.id, "ballot": ballot_to_json(ballot), "at": at}, effect)
        return ballot, decision

    def draw_spot_check(self, type_id: int, seed: str, numbers: Sequence[int]) -> SpotCheck:
        """Record a draw of ballot numbers to compare with their papers."""
        row = self._conn.execute("SELECT coalesce(max(id), 0) + 1 FROM spot_checks").fetchone()
        check = SpotCheck(int(row[0]), type_id, seed, tuple(numbers), self._clock())
        self._write(
            Action.SPOT_CHECK_DRAWN,
            {"id": check.id, "ballot_type_id": type_id, "seed": seed,
             "numbers": list(check.numbers), "at": check.at},
            lambda: self._conn.execute(
                "INSERT INTO spot_checks (id, ballot_type_id, seed, numbers, at) "
                "VALUES (?, ?, ?, ?, ?)",
                (check.id, type_id, seed, canonical_json(list(check.numbers)), check.at)),
        )
        return check

    def record_spot_check(
        self, check_id: int, number: int, matches: bool, note: str
    ) -> SpotCheckResult:
        """What the committee found comparing one drawn paper with its record."""
        result = SpotCheckResult(check_id, number, matches, note, self._clock())
        self._write(
            Action.SPOT_CHECK_RECORDED,
            {"spot_check_id": check_id, "number": number, "matches": matches, "note": note,
             "at": result.at},
            lambda: self._conn.execute(
                "INSERT INTO spot_check_results (spot_check_id, number, matches, note, at) "
                "VALUES (?, ?, ?, ?, ?)", (check_id, number, int(matches), note, result.at)),
        )
        return result

    # ---------------------------------------------------------------- the test deck

    def record_deck_check(
        self, deck: str, trial_name: str, trial_fingerprint: str,
        differences: Sequence[DeckDifference],
    ) -> DeckCheck:
        """Record a run of the test deck and its outcome (the differences; none: passed)."""
        row = self._conn.execute(
            "SELECT coalesce(max(id), 0) + 1 FROM test_deck_checks").fetchone()
        check = DeckCheck(int(row[0]), deck, trial_name, trial_fingerprint, tuple(differences),
                          self._clock())
        diffs = differences_to_json(check.differences)
        self._write(
            Action.TEST_DECK_CHECKED,
            {"id": check.id, "deck": deck, "trial_name": trial_name,
             "trial_fingerprint": trial_fingerprint, "passed": check.passed,
             "differences": diffs, "at": check.at},
            lambda: self._conn.execute(
                "INSERT INTO test_deck_checks (id, deck, trial_name, trial_fingerprint, "
                "differences, at) VALUES (?, ?, ?, ?, ?, ?)",
                (check.id, deck, trial_name, trial_fingerprint, canonical_json(diffs),
                 check.at)),
        )
        return check
    # ---------------------------------------------------------------- copies of a set-up

    def record_copy_origin(self, origin: CopyOrigin) -> None:
        """Mark this file as a copy of another's set-up. The log is the only record of it (read
        back by :meth:`copy_origin`): it changes no table, and the replay checks it."""
        payload = {**origin.to_json(), "at": self._clock()}
        self._write(Action.COPY_ORIGIN, payload, lambda: None)

    def set_hand_count(self, sheet: HandCount) -> None:
        """This file's tally sheet for one ballot type (a group that counted on paper)."""
        at = self._clock()
        self._write(
            Action.HAND_COUNT_SET, {"sheet": sheet.to_json(), "at": at},
            lambda: self._conn.execute(
                "INSERT INTO hand_counts (group_seq, ballot_type_id, counts, whole_invalid) "
                "VALUES (0, ?, ?, ?)",
                (sheet.ballot_type_id, canonical_json(sheet.to_json()["counts"]),
                 sheet.whole_invalid)),
        )

    def merge_group(
        self, group: MergedGroup, rows: Sequence[tuple[int, int, int, str, str | None]]
    ) -> MergedGroup:
        """Merge one counting group: ``rows`` are its active ballots as (ballot type id, number
        here, number within the group, marks, whole-invalid reason), recorded here with the
        group's tally sheets and its file's label and fingerprints, in one event."""
        row = self._conn.execute("SELECT coalesce(max(id), 0) FROM ballots").fetchone()
        first = int(row[0]) + 1
        at = self._clock()
        ballots = [(first + i, t, n, g, m, r) for i, (t, n, g, m, r) in enumerate(rows)]
        merged = MergedGroup(
            group.seq, group.label, group.hand_counted, group.ballots_handed, group.source_name,
            group.source_fingerprint, group.source_setup_fingerprint, at,
            tuple((b[0], b[3]) for b in ballots), group.hand_counts)

        def effect() -> None:
            self._conn.execute(
                "INSERT INTO merged_groups (seq, label, hand_counted, ballots_handed, "
                "source_name, source_fingerprint, source_setup_fingerprint, at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (group.seq, group.label, int(group.hand_counted), group.ballots_handed,
                 group.source_name, group.source_fingerprint, group.source_setup_fingerprint,
                 at))
            self._conn.executemany(
                "INSERT INTO ballots (id, ballot_type_id, number, marks, invalid_reason, "
                "recorded_at) VALUES (?, ?, ?, ?, ?, ?)",
                [(b[0], b[1], b[2], b[4], b[5], at) for b in ballots])
            self._conn.executemany(
                "INSERT INTO merged_ballots (ballot_id, group_seq, group_number) "
                "VALUES (?, ?, ?)", [(b[0], group.seq, b[3]) for b in ballots])
            self._conn.executemany(
                "INSERT INTO hand_counts (group_seq, ballot_type_id, counts, whole_invalid) "
                "VALUES (?, ?, ?, ?)",
                [(group.seq, h.ballot_type_id, canonical_json(h.to_json()["counts"]),
                  h.whole_invalid) for h in group.hand_counts])

        payload = {
            "seq": group.seq, "label": group.label, "hand_counted": group.hand_counted,
            "ballots_handed": group.ballots_handed, "source_name": group.source_name,
            "source_fingerprint": group.source_fingerprint,
            "source_setup_fingerprint": group.source_setup_fingerprint,
            "ballots": [list(b) for b in ballots],
            "hand_counts": [h.to_json() for h in group.hand_counts],
            "at": at,
        }
        self._write(Action.GROUP_MERGED, payload, effect)
        return merged
