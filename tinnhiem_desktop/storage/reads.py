"""The reads of a session file: every query hands back domain objects, never rows."""

from __future__ import annotations

import inspect
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar

from tinnhiem_desktop.domain.decisions import (
    SetAside,
    SetAsideDecision,
    SpotCheck,
    SpotCheckResult,
)
from tinnhiem_desktop.domain.deck import DeckCheck, differences_from_json
from tinnhiem_desktop.domain.errors import InvalidInput, NotFound, TamperedFile
from tinnhiem_desktop.domain.events import Action, LogEntry
from tinnhiem_desktop.domain.fingerprint import GENESIS
from tinnhiem_desktop.domain.groups import CopyOrigin, HandCount, MergedGroup
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
from tinnhiem_desktop.storage.errors import sql_errors


class SessionReads:
    """Queries over an open session file (mixed into :class:`SessionFile`).

    Every public query runs inside :func:`sql_errors` (see :func:`_guard_queries` below): a disk
    pulled out while reading is a polite :class:`FileProblem`, a bug of ours is a bug.
    """

    path: Path
    version: int
    _conn: sqlite3.Connection
    _data_version: int

    def require_unchanged(self) -> None:
        """Refuse (:class:`TamperedFile`) a file another program wrote to since we opened it.

        SQLite's ``data_version`` changes on this connection only when *another* connection
        commits to the file; an open session is written through this connection alone (the
        lock sees to other instances of the app), so a change means something else wrote it.
        """
        if self._conn.execute("PRAGMA data_version").fetchone()[0] != self._data_version:
            raise TamperedFile(
                f"Tệp {self.path.name} vừa bị một chương trình khác ghi vào trong khi đang mở: "
                "không ghi và không in gì thêm từ tệp này. Hãy đóng tệp, kiểm tra lại (verify) "
                "rồi mở lại, hoặc dùng bản sao lưu gần nhất."
            )

    # ---------------------------------------------------------------- the log

    def fingerprint(self) -> str:
        """The hash of the last log entry: changes with every change to the session."""
        row = self._conn.execute("SELECT hash FROM log ORDER BY seq DESC LIMIT 1").fetchone()
        return str(row[0]) if row else GENESIS

    def finalised_hash(self) -> str | None:
        """The hash of the finalisation entry (the fingerprint on the finalised minutes) or None."""
        row = self._conn.execute(
            "SELECT hash FROM log WHERE action = ? ORDER BY seq LIMIT 1", (Action.FINALISED.value,)
        ).fetchone()
        return str(row[0]) if row else None

    def log_length(self) -> int:
        """How many entries the log holds (seq is contiguous from 1)."""
        row = self._conn.execute("SELECT coalesce(max(seq), 0) FROM log").fetchone()
        return int(row[0])

    def quick_check(self) -> str:
        """SQLite's quick structural check: ``ok`` or what is wrong."""
        return "; ".join(str(r[0]) for r in self._conn.execute("PRAGMA quick_check"))

    def log_entries(self) -> list[LogEntry]:
        """The audit log, oldest first."""
        return [
            LogEntry(seq, at, Action(action), json.loads(payload), digest)
            for seq, at, action, payload, digest in self._conn.execute(
                "SELECT seq, at, action, payload, hash FROM log ORDER BY seq"
            )
        ]

    def copy_origin(self) -> CopyOrigin | None:
        """Where this file was copied from (its ``copy_origin`` event), or None."""
        row = self._conn.execute(
            "SELECT payload FROM log WHERE action = ? ORDER BY seq LIMIT 1",
            (Action.COPY_ORIGIN.value,)).fetchone()
        return None if row is None else CopyOrigin.from_json(json.loads(row[0]))

    def projector_results(self) -> bool:
        """Whether the chair last turned the running results on the projector view on (False
        when never). The choice lives in the log alone: it is what the room is shown, not part
        of the count, so no table holds it and ``verify`` checks it by replaying the log."""
        row = self._conn.execute(
            "SELECT payload FROM log WHERE action = ? ORDER BY seq DESC LIMIT 1",
            (Action.PROJECTOR_RESULTS_SET.value,),
        ).fetchone()
        return row is not None and json.loads(row[0]).get("after") is True

    # ---------------------------------------------------------------- tables

    def info(self) -> SessionInfo:
        """The session's set-up."""
        row = self._conn.execute("SELECT data FROM session_info WHERE id = 1").fetchone()
        try:
            return SessionInfo.from_dict(json.loads(row[0]))
        except (TypeError, ValueError, KeyError, InvalidInput) as exc:
            # Only an edit outside the app gets here: say so, never a traceback.
            raise TamperedFile(
                f"Thông tin phiên trong tệp {self.path.name} không đọc được: tệp đã bị sửa "
                "ngoài phần mềm hoặc bị hỏng. Tệp không bị thay đổi."
            ) from exc

    def committee(self) -> tuple[CommitteeMember, ...]:
        """The counting committee in order."""
        rows = self._conn.execute("SELECT name, role FROM committee ORDER BY position")
        return tuple(CommitteeMember(name, Role(role)) for name, role in rows)

    def ballot_types(self) -> tuple[BallotType, ...]:
        """Ballot types in the order they were added."""
        rows = self._conn.execute(
            "SELECT id, name, issued, spoiled, collected FROM ballot_types ORDER BY id"
        )
        return tuple(BallotType(i, n, Accounting(iss, sp, col)) for i, n, iss, sp, col in rows)

    def ballot_type(self, type_id: int) -> BallotType:
        """One ballot type."""
        for bt in self.ballot_types():
            if bt.id == type_id:
                return bt
        raise NotFound(f"Không có loại phiếu số {type_id}.")

    def candidates(self, type_id: int) -> tuple[Candidate, ...]:
        """The officials of a ballot type in ballot order."""
        rows = self._conn.execute(
            "SELECT position, name, title FROM candidates WHERE ballot_type_id = ? "
            "ORDER BY position",
            (type_id,),
        )
        return tuple(Candidate(pos, name, title) for pos, name, title in rows)

    def active_marks(self, type_id: int) -> tuple[list[str], list[str]]:
        """(marks of active valid ballots, reasons of active wholly-invalid ballots)."""
        rows = self._conn.execute(
            "SELECT marks, invalid_reason FROM ballots b WHERE ballot_type_id = ? "
            "AND NOT EXISTS (SELECT 1 FROM voids v WHERE v.ballot_id = b.id)",
            (type_id,),
        ).fetchall()
        marks = [m for m, reason in rows if reason is None]
        reasons = [reason for _, reason in rows if reason is not None]
        return marks, reasons

    def active_readings(self) -> list[tuple[int, int, str, str | None]]:
        """(ballot type id, number, marks, whole-invalid reason) of every active ballot, by type
        and number: what a comparison or a merge needs, without building a Ballot each."""
        return self._conn.execute(
            "SELECT ballot_type_id, number, marks, invalid_reason FROM ballots b "
            "WHERE NOT EXISTS (SELECT 1 FROM voids v WHERE v.ballot_id = b.id) "
            "ORDER BY ballot_type_id, number").fetchall()

    def count_ballots(self, type_id: int, include_voided: bool = False) -> int:
        """How many ballots of a type are recorded (active only unless ``include_voided``)."""
        # Counted as all minus voided: the few voids are joined by key, the ballots counted on
        # the index, so this stays cheap at 10,000 ballots (it runs on every record).
        total = self._conn.execute(
            "SELECT count(*) FROM ballots WHERE ballot_type_id = ?", (type_id,)
        ).fetchone()[0]
        if include_voided:
            return int(total)
        # CROSS JOIN keeps voids as the outer loop (SQLite never reorders it): with a plain
        # JOIN the planner walked all 10,000 ballots of the type, 0.5 ms on every record.
        voided = self._conn.execute(
            "SELECT count(*) FROM voids v CROSS JOIN ballots b ON b.id = v.ballot_id "
            "WHERE b.ballot_type_id = ?",
            (type_id,),
        ).fetchone()[0]
        return int(total - voided)

    def count_all_ballots(self) -> int:
        """Ballots ever recorded, all types, voided ones too.

        Ids are handed out as max + 1 and ballots are append-only, so the highest id *is* the
        count: read from the end of the key, not by a scan (this runs after every ballot).
        """
        row = self._conn.execute("SELECT coalesce(max(id), 0) FROM ballots").fetchone()
        return int(row[0])

    def _ballots_where(self, where: str, params: tuple[Any, ...]) -> list[Ballot]:
        rows = self._conn.execute(
            "SELECT id, ballot_type_id, number, marks, invalid_reason, recorded_at "
            f"FROM ballots WHERE {where} ORDER BY id",
            params,
        )
        return [Ballot(*row) for row in rows]

    def ballots(self, type_id: int | None = None) -> list[Ballot]:
        """Every ballot ever recorded (voided ones too), in recording order."""
        if type_id is None:
            return self._ballots_where("1", ())
        return self._ballots_where("ballot_type_id = ?", (type_id,))

    def ballot_page(self, type_id: int, start: int, size: int) -> list[Ballot]:
        """The ballots of a type at positions ``start`` to ``start + size - 1`` of
        :meth:`ballots` (0-based, in recording order, voided ones too); fewer at the end.

        Ballots are append-only and their ids follow the order of recording, so a position
        always names the same ballot. The table is walked in id order: the ``+`` keeps SQLite
        off the (type, number) index, with which it sorted every ballot of the type for each
        page (200 ms at 100,000); SQLite skips the rows before ``start`` itself, in one step
        (16 ms at the far end of 100,000, under 2 ms at 10,000).
        """
        if start < 0 or size < 0:
            raise ValueError(f"page {start}+{size}")
        rows = self._conn.execute(
            "SELECT id, ballot_type_id, number, marks, invalid_reason, recorded_at "
            "FROM ballots WHERE +ballot_type_id = ? ORDER BY id LIMIT ? OFFSET ?",
            (type_id, size, start),
        )
        return [Ballot(*row) for row in rows]

    def whole_invalid_ballots(self, type_id: int) -> list[Ballot]:
        """Active ballots of a type recorded as invalid as a whole, in number order."""
        found = self._ballots_where(
            "ballot_type_id = ? AND invalid_reason IS NOT NULL "
            "AND id NOT IN (SELECT ballot_id FROM voids)", (type_id,))
        return sorted(found, key=lambda b: b.number)

    def ballot(self, ballot_id: int) -> Ballot:
        """One ballot by id."""
        found = self._ballots_where("id = ?", (ballot_id,))
        if not found:
            raise NotFound(f"Không có phiếu mã {ballot_id}.")
        return found[0]

    def active_ballot_by_number(self, type_id: int, number: int) -> Ballot | None:
        """The active ballot with this number, if any."""
        found = self._ballots_where(
            "ballot_type_id = ? AND number = ? AND id NOT IN (SELECT ballot_id FROM voids)",
            (type_id, number),
        )
        return found[0] if found else None

    def max_active_number(self, type_id: int) -> int:
        """The highest number among active ballots of a type (0 when none)."""
        row = self._conn.execute(
            "SELECT number FROM ballots WHERE ballot_type_id = ? "
            "AND id NOT IN (SELECT ballot_id FROM voids) ORDER BY number DESC LIMIT 1",
            (type_id,),
        ).fetchone()
        return int(row[0]) if row else 0

    def voids(self) -> dict[int, Void]:
        """Every void, keyed by the voided ballot's id."""
        rows = self._conn.execute("SELECT ballot_id, reason, voided_at FROM voids")
        return {bid: Void(bid, reason, at) for bid, reason, at in rows}

    def finalisation(self) -> Finalisation | None:
        """Who finalised and when, or None."""
        row = self._conn.execute("SELECT by, at, accepted FROM finalisation").fetchone()
        if row is None:
            return None
        accepted = tuple(AcceptedWarning(a["code"], a["explanation"]) for a in json.loads(row[2]))
        return Finalisation(row[0], row[1], accepted)

    def addenda(self) -> tuple[Addendum, ...]:
        """Corrections recorded after finalising, in order."""
        rows = self._conn.execute("SELECT number, text, by, at FROM addenda ORDER BY number")
        return tuple(Addendum(*row) for row in rows)

    # ---------------------------------------------------------------- the committee's decisions
    # Tables of schema version 2: a file of version 1 (read-only, not upgraded) has none.

    def set_aside(self) -> tuple[SetAside, ...]:
        """Ballots set aside for the committee, in order."""
        if self.version < 2:
            return ()
        rows = self._conn.execute(
            "SELECT id, ballot_type_id, number, note, at FROM set_aside ORDER BY id")
        return tuple(SetAside(*row) for row in rows)

    def decisions(self) -> dict[int, SetAsideDecision]:
        """The committee's decisions, keyed by the set-aside ballot's id."""
        if self.version < 2:
            return {}
        rows = self._conn.execute("SELECT set_aside_id, ballot_id, at FROM set_aside_decisions")
        return {sid: SetAsideDecision(sid, bid, at) for sid, bid, at in rows}

    def held_numbers(self, type_id: int) -> dict[int, int]:
        """Numbers held by undecided set-aside ballots of a type: number -> set-aside id."""
        if self.version < 2:
            return {}
        rows = self._conn.execute(
            "SELECT number, id FROM set_aside s WHERE ballot_type_id = ? AND NOT EXISTS "
            "(SELECT 1 FROM set_aside_decisions d WHERE d.set_aside_id = s.id)", (type_id,))
        return dict(rows.fetchall())

    def count_set_aside(self) -> int:
        """Ballots ever set aside, all types (ids are handed out as max + 1)."""
        if self.version < 2:
            return 0
        return int(self._conn.execute("SELECT coalesce(max(id), 0) FROM set_aside").fetchone()[0])

    def spot_checks(self) -> tuple[SpotCheck, ...]:
        """Every draw, in order."""
        if self.version < 2:
            return ()
        rows = self._conn.execute(
            "SELECT id, ballot_type_id, seed, numbers, at FROM spot_checks ORDER BY id")
        return tuple(SpotCheck(i, t, seed, tuple(json.loads(numbers)), at)
                     for i, t, seed, numbers, at in rows)

    def spot_check_results(self) -> tuple[SpotCheckResult, ...]:
        """What the committee found for each drawn ballot, in the order recorded."""
        if self.version < 2:
            return ()
        rows = self._conn.execute(
            "SELECT spot_check_id, number, matches, note, at FROM spot_check_results "
            "ORDER BY rowid")
        return tuple(SpotCheckResult(c, n, bool(m), note, at) for c, n, m, note, at in rows)

    def _sheets(self, where: str, params: tuple[Any, ...]) -> list[tuple[int, HandCount]]:
        rows = self._conn.execute(
            "SELECT group_seq, ballot_type_id, counts, whole_invalid FROM hand_counts "
            f"WHERE {where} ORDER BY rowid", params)
        return [(g, HandCount(t, tuple(json.loads(c)), w)) for g, t, c, w in rows]

    def hand_counts(self) -> tuple[HandCount, ...]:
        """This file's own tally sheets (a group that counted on paper), in order."""
        if self.version < 3:
            return ()
        return tuple(h for _, h in self._sheets("group_seq = 0", ()))

    def count_hand_counts(self) -> int:
        """Tally sheets in the file, its own and merged groups'."""
        if self.version < 3:
            return 0
        return int(self._conn.execute("SELECT count(*) FROM hand_counts").fetchone()[0])

    def merged_groups(self) -> tuple[MergedGroup, ...]:
        """The counting groups merged into this session, in order, with their ballots."""
        if self.version < 3:
            return ()
        ballots: dict[int, list[tuple[int, int]]] = {}
        for ballot_id, seq, number in self._conn.execute(
                "SELECT ballot_id, group_seq, group_number FROM merged_ballots "
                "ORDER BY ballot_id"):
            ballots.setdefault(seq, []).append((ballot_id, number))
        sheets: dict[int, list[HandCount]] = {}
        for seq, sheet in self._sheets("group_seq > 0", ()):
            sheets.setdefault(seq, []).append(sheet)
        return tuple(
            MergedGroup(seq, label, bool(hand), handed, name, source, setup, at,
                        tuple(ballots.get(seq, ())), tuple(sheets.get(seq, ())))
            for seq, label, hand, handed, name, source, setup, at in self._conn.execute(
                "SELECT seq, label, hand_counted, ballots_handed, source_name, "
                "source_fingerprint, source_setup_fingerprint, at FROM merged_groups "
                "ORDER BY seq"))

    def deck_checks(self) -> tuple[DeckCheck, ...]:
        """Every run of the test deck, in order (a table of schema version 3)."""
        if self.version < 3:
            return ()
        rows = self._conn.execute(
            "SELECT id, deck, trial_name, trial_fingerprint, differences, at "
            "FROM test_deck_checks ORDER BY id")
        return tuple(DeckCheck(i, deck, name, fp, differences_from_json(json.loads(diffs)), at)
                     for i, deck, name, fp, diffs, at in rows)

    def snapshot(self, ballots: bool = True) -> Snapshot:
        """Everything in the tables, as one value; without the ballots when ``ballots`` is
        False (``verify`` reads them a row at a time)."""
        types = self.ballot_types()
        return Snapshot(
            info=self.info(),
            committee=self.committee(),
            ballot_types=types,
            candidates={bt.id: self.candidates(bt.id) for bt in types},
            ballots=tuple(self.ballots()) if ballots else (),
            voids=self.voids(),
            finalisation=self.finalisation(),
            addenda=self.addenda(),
            set_aside=self.set_aside(),
            decisions=self.decisions(),
            spot_checks=self.spot_checks(),
            spot_check_results=self.spot_check_results(),
            merged_groups=self.merged_groups(),
            hand_counts=self.hand_counts(),
            deck_checks=self.deck_checks(),
        )


_R = TypeVar("_R")
_P = ParamSpec("_P")


def _guarded(fn: Callable[Concatenate[SessionReads, _P], _R]) -> Callable[
    Concatenate[SessionReads, _P], _R
]:
    def wrapper(self: SessionReads, /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        with sql_errors(self.path):
            return fn(self, *args, **kwargs)

    wrapper.__name__, wrapper.__qualname__ = fn.__name__, fn.__qualname__
    wrapper.__doc__ = fn.__doc__
    return wrapper


def _guard_queries(cls: type[SessionReads]) -> None:
    """Wrap every public query of ``cls`` in :func:`sql_errors`."""
    for name, member in list(vars(cls).items()):
        if not name.startswith("_") and inspect.isfunction(member):
            setattr(cls, name, _guarded(member))


_guard_queries(SessionReads)
