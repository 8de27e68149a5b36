"""The replay of the audit log: rebuilds a session from its events, checking each one.

``verify`` hashes every entry of the log, then hands its event here. The replay accepts only what
the use cases could have written: the life cycle's order (created → set up and entering →
finalised → addenda only), and every value through the same validation as live entry (marks
alphabet and length, ballot numbers, ballot types, counts, cleaned texts), with each change's
``before`` equal to the state it changed. A log that another tool extended with a valid hash chain
but an impossible event (a ballot after finalising, marks ``"9"``) does not replay.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Callable, Mapping
from dataclasses import replace
from functools import cache
from typing import Any

from tinnhiem_desktop.domain.decisions import (
    MAX_NOTE,
    SetAside,
    SetAsideDecision,
    SpotCheck,
    SpotCheckResult,
    clean_seed,
    draw_numbers,
)
from tinnhiem_desktop.domain.deck import (
    DeckCheck,
    DeckDifference,
    build_deck,
    expected_figure,
)
from tinnhiem_desktop.domain.errors import UserFacingError
from tinnhiem_desktop.domain.events import LOG_FORMAT, Action, candidates_from_json
from tinnhiem_desktop.domain.groups import (
    MAX_LABEL,
    CopyKind,
    CopyOrigin,
    HandCount,
    MergedGroup,
    is_hex64,
    setup_fingerprint,
)
from tinnhiem_desktop.domain.lifecycle import Lifecycle, Stage
from tinnhiem_desktop.domain.model import (
    AcceptedWarning,
    Accounting,
    Addendum,
    BallotType,
    Candidate,
    CommitteeMember,
    Finalisation,
    Role,
    SessionInfo,
    Snapshot,
    Void,
    check_count,
    validate_info,
    validate_info_for_regime,
    validate_marks,
)
from tinnhiem_desktop.domain.number_set import NumberSet
from tinnhiem_desktop.domain.regimes import Regime
from tinnhiem_desktop.domain.text import clean, clean_multiline, clean_multiline_v1, clean_v1
from tinnhiem_desktop.domain.validation import (
    MAX_NAME,
    MAX_TITLE,
    MAX_TYPE_NAME,
)

_INFO_TEXTS = ("title", "body", "parent_body", "subject", "city", "place")
MAX_REASON = 500
MAX_NUMBER = 10_000_000
"""The largest ballot number the app accepts (below 2**24: see ``Replayer._placed``)."""

_PLACED_SMALL = 256
"""Ballot types below this id fit with a number in 32 bits (``Replayer._placed``)."""

BallotRow = tuple[int, int, int, str, str | None, str]
"""A replayed ballot as the ballots table spells it: id, ballot type, number, marks, reason of a
whole-ballot invalid ballot, time recorded."""


_FastType = tuple[int, Callable[[str], object], NumberSet, dict[int, int], int]
"""What ``Replayer.record_canonical`` checks a ballot of one type against: the number of
officials, a test of the marks' alphabet, the active numbers, the held numbers, the room left."""


@cache
def _alphabet_test(alphabet: frozenset[str]) -> Callable[[str], object]:
    """``validate_marks``'s ``alphabet.issuperset(marks)`` as one pattern (None: a character
    outside it), at half the cost."""
    return re.compile("[" + "".join(re.escape(c) for c in sorted(alphabet)) + "]*").fullmatch


class ReplayError(ValueError):
    """The log cannot be replayed: an event the app could not have written, or out of order."""


def _check_info_types(info: SessionInfo) -> None:
    """Every field of the exact type the app writes (JSON ``1`` is not ``true``)."""
    for name in _INFO_TEXTS + ("date", "time"):
        _str(getattr(info, name), f"thông tin phiên “{name}”")
    for name in ("summoned", "present", "total_delegates"):
        if getattr(info, name) is not None:
            _int(getattr(info, name), f"thông tin phiên “{name}”")
    _int(info.many_invalid_percent, "ngưỡng cảnh báo")
    if not isinstance(info.trial, bool):
        raise ReplayError(f"thông tin phiên “trial” không phải đúng/sai ({info.trial!r})")


def _int(value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ReplayError(f"{what} không phải số nguyên ({value!r})")
    return value


def _str(value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise ReplayError(f"{what} không phải chuỗi ký tự ({value!r})")
    return value


_KEY_SETS: dict[tuple[str, ...], frozenset[str]] = {}


def _keys(p: Any, *keys: str) -> dict[str, Any]:
    expected = _KEY_SETS.get(keys)
    if expected is None:
        expected = _KEY_SETS[keys] = frozenset(keys)
    if not isinstance(p, dict) or p.keys() != expected:
        got = sorted(p) if isinstance(p, dict) else type(p).__name__
        raise ReplayError(f"nội dung phải có đúng các mục {sorted(keys)} (có: {got})")
    return p


class Replayer:
    """Rebuilds a :class:`Snapshot` from events, in linear time, refusing impossible ones.

    The ballots are not kept: each is handed to ``on_ballot`` as it is recorded (``verify``
    compares it with the ballots table's next row), and the replayer keeps of each only what later
    events need — its type and number, as one int — so memory hardly grows with the log.
    """

    def __init__(self, regimes: Mapping[str, Regime],
                 on_ballot: Callable[[BallotRow], object] | None = None) -> None:
        self._regimes = regimes
        self._on_ballot = on_ballot
        self.log_format = 0
        """1: a file of 0.1.0 (checked by its rules); 2: today's rules (see LOG_FORMAT)."""
        self.regime: Regime | None = None
        self.lifecycle: Lifecycle | None = None
        self.info: SessionInfo | None = None
        self.committee: tuple[CommitteeMember, ...] = ()
        self.types: dict[int, BallotType] = {}
        self.candidates: dict[int, tuple[Candidate, ...]] = {}
        self.ballots_recorded = 0
        """How many ballots were recorded (voided ones included): the last ballot's id."""
        self._placed = array("I")
        """Per ballot id - 1: ``type_id << 24 | number``, what a void needs to free the number:
        4 bytes a ballot (8 once a type id reaches 256, see :meth:`_place`)."""
        self.voids: dict[int, Void] = {}
        self.finalisation: Finalisation | None = None
        self.addenda: list[Addendum] = []
        # Per ballot type: the active ballot numbers, and how many ballots were ever recorded.
        self._active: dict[int, NumberSet] = {}
        self._ever: dict[int, int] = {}
        # Per ballot type: numbers held by ballots set aside and not yet decided.
        self._held: dict[int, dict[int, int]] = {}
        self.set_aside: list[SetAside] = []
        self.decisions: dict[int, SetAsideDecision] = {}
        self.spot_checks: list[SpotCheck] = []
        self.spot_check_results: list[SpotCheckResult] = []
        self.deck_checks: list[DeckCheck] = []
        self.copy_origin: CopyOrigin | None = None
        self.merged_groups: list[MergedGroup] = []
        self.hand_counts: list[HandCount] = []
        # Per ballot type: ballots counted on tally sheets (this file's own, or merged groups').
        self._hand: dict[int, int] = {}
        self._entered_directly = False

        self.projector_results = False
        """Whether the chair has the running results shown on the projector (display only)."""
        self._fast: dict[int, _FastType] = {}
        """Per ballot type, what :meth:`record_canonical` checks a ballot against; emptied by
        every other event (any of them may change it)."""
        self._handlers: dict[Action, Callable[[Any], object]] = {
            action: getattr(self, "_" + action.value)
            for action in Action if action is not Action.SESSION_CREATED
        }

    @property
    def stage(self) -> Stage | None:
        """Where the replayed session is in its life (None before its creation)."""
        return None if self.lifecycle is None else self.lifecycle.stage

    def apply(self, action: Action, p: Any) -> None:
        """Apply one event; raises :class:`ReplayError` naming what is wrong."""
        self._fast.clear()
        try:
            self._apply(action, p)
        except ReplayError:
            raise
        except UserFacingError as exc:
            raise ReplayError(exc.message) from exc
        except (KeyError, TypeError, ValueError) as exc:
            raise ReplayError(f"nội dung không hợp lệ ({exc!r})") from exc

    # ------------------------------------------------------------ the events

    def _apply(self, action: Action, p: Any) -> None:
        if self.lifecycle is None:
            if action is not Action.SESSION_CREATED:
                raise ReplayError("sự kiện trước khi tạo phiên")
            self._created(p)
            return
        if action is Action.SESSION_CREATED:
            raise ReplayError("phiên được tạo hai lần")
        if not self.lifecycle.allows(action):
            raise ReplayError(
                f"“{action.value}” không được phép ở giai đoạn “{self.lifecycle.stage.value}”"
                + (" (sau khi chốt chỉ được ghi đính chính)"
                   if self.lifecycle.stage is Stage.FINALISED else "")
            )
        self._handlers[action](p)
        self.lifecycle = self.lifecycle.after(action)

    def _created(self, p: Any) -> None:
        if isinstance(p, dict) and "log_format" in p:
            p = _keys(p, "info", "log_format")
            if p["log_format"] != LOG_FORMAT:
                raise ReplayError(f"định dạng nhật ký {p['log_format']!r} không có")
            self.log_format = LOG_FORMAT
        else:
            p = _keys(p, "info")
            self.log_format = 1
        self.info = self._valid_info(p["info"])
        self.lifecycle = Lifecycle(Stage.SETUP)

    # ------------------------------------------------------------ values, by the log's rules

    def _text(self, value: Any, what: str, multiline: bool = False) -> str:
        """A text exactly as the app cleans it (by the rules of the log's format)."""
        text = _str(value, what)
        if self.log_format == 1:
            cleaned = clean_multiline_v1(text) if multiline else clean_v1(text)
        else:
            cleaned = clean_multiline(text) if multiline else clean(text)
        if text != cleaned:
            raise ReplayError(f"{what} chứa ký tự mà phần mềm không bao giờ ghi ({text!r})")
        return text

    def _required(self, value: Any, what: str, limit: int, multiline: bool = False) -> str:
        text = self._text(value, what, multiline)
        if not text or len(text) > limit:
            raise ReplayError(f"{what} trống hoặc quá dài")
        return text

    def _reason(self, value: Any, what: str) -> str:
        """A reason as ``clean_reason`` leaves it: cleaned (multi-line), not empty, not too long."""
        return self._required(value, what, MAX_REASON, multiline=True)

    def _fold(self, text: str) -> str:
        """The key duplicates are found by (``fold_key``, by the rules of the log's format)."""
        return (clean_v1(text) if self.log_format == 1 else clean(text)).casefold()

    def _valid_info(self, data: Any) -> SessionInfo:
        if not isinstance(data, dict):
            raise ReplayError("thông tin phiên không hợp lệ")
        info = SessionInfo.from_dict(data)
        regime = self._regimes.get(info.regime_id)
        if regime is None:
            raise ReplayError(f"thể thức “{info.regime_id}” không có trong bản phần mềm này")
        if self.regime is not None and regime is not self.regime:
            raise ReplayError("thể thức của phiên bị đổi")
        written = info.to_dict()
        # A field added by a later version is absent from older logs (from_dict gives it its
        # default): only the fields the log holds must read back exactly.
        if {k: written[k] for k in data} != data:
            raise ReplayError("thông tin phiên có mục sai kiểu")
        _check_info_types(info)
        if self.log_format == 1:
            # 0.1.0 checked counts and the warning threshold; its texts only by clean_v1, and
            # its dates and times loosely (they print as typed).
            for name in _INFO_TEXTS + ("date", "time"):
                self._text(getattr(info, name), f"thông tin phiên “{name}”")
            for name in ("summoned", "present", "total_delegates"):
                value = getattr(info, name)
                if value is not None:
                    check_count(_int(value, name), name)
            if not 1 <= _int(info.many_invalid_percent, "ngưỡng cảnh báo") <= 100:
                raise ReplayError("ngưỡng cảnh báo phiếu không hợp lệ ngoài 1–100")
        elif validate_info(info) != info:
            raise ReplayError("thông tin phiên có giá trị mà phần mềm không bao giờ ghi")
        validate_info_for_regime(info, regime)
        self.regime = regime
        return info

    def _info_updated(self, p: Any) -> None:
        p = _keys(p, "before", "after")
        assert self.info is not None
        if p["before"] != self.info.to_dict():
            raise ReplayError("“before” khác thông tin phiên lúc đó")
        self.info = self._valid_info(p["after"])

    def _committee_set(self, p: Any) -> None:
        p = _keys(p, "before", "after")
        if p["before"] != [{"name": m.name, "role": m.role.value} for m in self.committee]:
            raise ReplayError("“before” khác Ban kiểm phiếu lúc đó")
        after = p["after"]
        if not isinstance(after, list) or any(
            not isinstance(m, dict) or set(m) != {"name", "role"} for m in after
        ):
            raise ReplayError("danh sách Ban kiểm phiếu không hợp lệ")
        self.committee = tuple(
            CommitteeMember(self._required(m["name"], "họ tên thành viên", MAX_NAME),
                            Role(m["role"]))
            for m in after
        )

    def _ballot_type_added(self, p: Any) -> None:
        p = _keys(p, "id", "name")
        type_id = _int(p["id"], "mã loại phiếu")
        if type_id != max(self.types, default=0) + 1:
            raise ReplayError(f"mã loại phiếu {type_id} không nối tiếp")
        name = self._type_name(p["name"], others=self.types.values())
        self.types[type_id] = BallotType(id=type_id, name=name)
        self.candidates[type_id] = ()
        self._active[type_id] = NumberSet()
        self._held[type_id] = {}
        self._ever[type_id] = 0
        self._hand[type_id] = 0

    def _type_name(self, value: Any, others: Any) -> str:
        name = self._required(value, "tên loại phiếu", MAX_TYPE_NAME)
        if self._fold(name) in {self._fold(bt.name) for bt in others}:
            raise ReplayError(f"tên loại phiếu “{name}” trùng")
        return name

    def _type(self, value: Any) -> BallotType:
        type_id = _int(value, "mã loại phiếu")
        if type_id not in self.types:
            raise ReplayError(f"không có loại phiếu mã {type_id}")
        return self.types[type_id]

    def _ballot_type_renamed(self, p: Any) -> None:
        p = _keys(p, "id", "before", "after")
        bt = self._type(p["id"])
        if p["before"] != bt.name:
            raise ReplayError("“before” khác tên loại phiếu lúc đó")
        name = self._type_name(p["after"], [t for t in self.types.values() if t.id != bt.id])
        self.types[bt.id] = replace(bt, name=name)

    def _accounting_set(self, p: Any) -> None:
        p = _keys(p, "id", "before", "after")
        bt = self._type(p["id"])
        acc = bt.accounting
        if p["before"] != {"issued": acc.issued, "spoiled": acc.spoiled,
                           "collected": acc.collected}:
            raise ReplayError("“before” khác số liệu phát ra/thu về lúc đó")
        after = _keys(p["after"], "issued", "spoiled", "collected")
        new = Accounting(
            issued=check_count(_int(after["issued"], "số phiếu phát ra"), "Số phiếu phát ra"),
            spoiled=check_count(_int(after["spoiled"], "số phiếu hỏng"), "Số phiếu hỏng/đổi"),
            collected=check_count(_int(after["collected"], "số phiếu thu về"), "Số phiếu thu về"),
        )
        if new.collected > new.issued:
            raise ReplayError("số phiếu thu về lớn hơn số phiếu phát ra")
        if new.collected < len(self._active[bt.id]):
            raise ReplayError("số phiếu thu về nhỏ hơn số phiếu đã nhập")
        self.types[bt.id] = replace(bt, accounting=new)

    def _candidates_set(self, p: Any) -> None:
        p = _keys(p, "ballot_type_id", "before", "after")
        bt = self._type(p["ballot_type_id"])
        if self._ever[bt.id]:
            raise ReplayError(f"danh sách “{bt.name}” bị đổi sau khi đã nhập phiếu")
        current = [{"name": c.name, "position": c.title} for c in self.candidates[bt.id]]
        if p["before"] != current:
            raise ReplayError("“before” khác danh sách lúc đó")
        after = p["after"]
        if not isinstance(after, list) or any(
            not isinstance(c, dict) or set(c) != {"name", "position"} for c in after
        ):
            raise ReplayError("danh sách người được lấy phiếu không hợp lệ")
        rows = [(self._required(c["name"], "họ tên", MAX_NAME),
                 self._text(c["position"], "chức vụ")) for c in after]
        keys = [(self._fold(n), self._fold(t)) for n, t in rows]
        if len(set(keys)) != len(keys) or any(len(t) > MAX_TITLE for _, t in rows):
            raise ReplayError("danh sách có người trùng hoặc chức vụ quá dài")
        self.candidates[bt.id] = candidates_from_json(after)

    def _ballot_recorded(self, p: Any) -> None:
        self._entered_directly = True
        if isinstance(p, dict) and any(h.ballot_type_id == p.get("ballot_type_id")
                                       for h in self.hand_counts):
            raise ReplayError("nhập phiếu cho loại phiếu đã kiểm bằng tay")
        self._record(p, decided=None)

    def _slot(self, bt: BallotType, value: Any, decided: int | None) -> int:
        """A ballot number that may be used now: free (not active, not held by an undecided
        set-aside ballot, unless it is the one being ``decided``) and within what was collected."""
        number = _int(value, "số phiếu")
        if number < 1 or number > MAX_NUMBER:
            raise ReplayError(f"số phiếu {number} không hợp lệ")
        active, held = self._active[bt.id], self._held[bt.id]
        if number in active or (number in held and held[number] != decided):
            raise ReplayError(f"phiếu số {number} của “{bt.name}” nhập hai lần")
        taken = len(active) + len(held) + self._hand[bt.id] - (1 if decided is not None else 0)
        if taken >= bt.accounting.collected:
            raise ReplayError(f"“{bt.name}”: nhập nhiều phiếu hơn số phiếu thu về")
        return number

    def _record(self, p: Any, decided: int | None) -> int:
        """Record a ballot from its event (or a merged group's row); returns its id."""
        p = _keys(p, "id", "ballot_type_id", "number", "marks", "invalid_reason", "at")
        assert self.regime is not None
        ballot_id = _int(p["id"], "mã phiếu")
        if ballot_id != self.ballots_recorded + 1:
            raise ReplayError(f"mã phiếu {ballot_id} không nối tiếp")
        bt = self._type(p["ballot_type_id"])
        candidates = self.candidates[bt.id]
        if not candidates:
            raise ReplayError(f"phiếu của “{bt.name}” khi chưa có danh sách")
        number = self._slot(bt, p["number"], decided)
        marks = _str(p["marks"], "các ô đánh dấu")
        reason = p["invalid_reason"]
        if reason is None:
            if validate_marks(marks, self.regime, len(candidates)) != marks:
                raise ReplayError(f"các ô đánh dấu “{marks}” không hợp lệ")
        else:
            if marks != "":
                raise ReplayError("phiếu không hợp lệ toàn phiếu mà vẫn có ô đánh dấu")
            self._reason(reason, "lý do phiếu không hợp lệ")
        at = _str(p["at"], "thời điểm")
        self._active[bt.id].add(number)
        self._place(bt.id, number)
        self.ballots_recorded = ballot_id
        self._ever[bt.id] += 1
        if self._on_ballot is not None:
            self._on_ballot((ballot_id, bt.id, number, marks, reason, at))
        return ballot_id

    def record_canonical(self, ballot_id: int, type_id: int, number: int, marks: str) -> bool:
        """The usual event, a ballot recorded while entering, checked in one step. The caller
        has established that the event is the canonical spelling of exactly this ballot with no
        invalid reason and a plain time (``fingerprint.is_ballot_entry``), so no type needs
        checking again; what the ballot type allows is looked up once per run of ballots.
        Returns True when the ballot is recorded — exactly as :meth:`apply` would have recorded
        it; the caller compares it with the table itself, as ``on_ballot`` would — or False,
        having changed nothing, when the general path must decide (and name what is wrong, if
        anything).
        """
        fast = self._fast.get(type_id)
        if fast is None:
            fast = self._fast_type(type_id)
            if fast is None:
                return False
        n_candidates, in_alphabet, active, held, room = fast
        bits = active.bits  # NumberSet inline: "number in active", "active.add(number)"
        index, mask = number >> 3, 1 << (number & 7)
        if (ballot_id != self.ballots_recorded + 1 or not 1 <= number <= MAX_NUMBER
                or (index < len(bits) and bits[index] & mask) or number in held
                or active.count >= room
                or len(marks) != n_candidates or in_alphabet(marks) is None):
            return False
        if index >= len(bits):
            active.grow(index)
        bits[index] |= mask
        active.count += 1
        self._placed.append(type_id << 24 | number)
        self.ballots_recorded = ballot_id
        self._ever[type_id] += 1
        return True

    def _fast_type(self, type_id: int) -> _FastType | None:
        """What :meth:`record_canonical` needs of a ballot type, when the general path would
        accept a ballot of it at all: while entering (a ballot changes no stage then), a type
        with officials and no tally sheet, and an alphabet without ``X`` (which
        ``validate_marks`` would lower)."""
        lifecycle = self.lifecycle
        bt = self.types.get(type_id)
        if (lifecycle is None or lifecycle.stage is not Stage.ENTERING or lifecycle.viewing
                or self.regime is None or bt is None or "X" in self.regime.marks_alphabet
                or any(h.ballot_type_id == type_id for h in self.hand_counts)):
            return None
        n_candidates = len(self.candidates[type_id])
        if not n_candidates:
            return None
        held = self._held[type_id]
        # _slot's "taken >= collected", with the numbers held and the sheets counted fixed.
        room = bt.accounting.collected - len(held) - self._hand[type_id]
        if type_id >= _PLACED_SMALL:
            self._place_wide()
        self._entered_directly = True
        fast = (n_candidates, _alphabet_test(self.regime.marks_alphabet), self._active[type_id],
                held, room)
        self._fast[type_id] = fast
        return fast

    def _place(self, type_id: int, number: int) -> None:
        if type_id >= _PLACED_SMALL:
            self._place_wide()
        self._placed.append(type_id << 24 | number)

    def _place_wide(self) -> None:
        """Room for type ids from 256 on (only a file with that many ballot types needs it)."""
        if self._placed.typecode != "q":
            self._placed = array("q", self._placed)

    def _ballot_set_aside(self, p: Any) -> None:
        self._entered_directly = True
        p = _keys(p, "id", "ballot_type_id", "number", "note", "at")
        set_aside_id = _int(p["id"], "mã phiếu để riêng")
        if set_aside_id != len(self.set_aside) + 1:
            raise ReplayError(f"mã phiếu để riêng {set_aside_id} không nối tiếp")
        bt = self._type(p["ballot_type_id"])
        if not self.candidates[bt.id]:
            raise ReplayError(f"phiếu của “{bt.name}” khi chưa có danh sách")
        number = self._slot(bt, p["number"], decided=None)
        note = self._required(p["note"], "ghi chú phiếu để riêng", MAX_NOTE)
        self.set_aside.append(SetAside(set_aside_id, bt.id, number, note,
                                       _str(p["at"], "thời điểm")))
        self._held[bt.id][number] = set_aside_id
        self._ever[bt.id] += 1

    def _set_aside_decided(self, p: Any) -> None:
        p = _keys(p, "set_aside_id", "ballot", "at")
        set_aside_id = _int(p["set_aside_id"], "mã phiếu để riêng")
        if not 1 <= set_aside_id <= len(self.set_aside) or set_aside_id in self.decisions:
            raise ReplayError(f"phiếu để riêng mã {set_aside_id} không có hoặc đã quyết định")
        held = self.set_aside[set_aside_id - 1]
        ballot_json = p["ballot"]
        if not isinstance(ballot_json, dict) or (
            ballot_json.get("ballot_type_id"), ballot_json.get("number")
        ) != (held.ballot_type_id, held.number):
            raise ReplayError("quyết định ghi phiếu khác loại phiếu hoặc khác số phiếu để riêng")
        ballot_id = self._record(ballot_json, decided=set_aside_id)
        del self._held[held.ballot_type_id][held.number]
        self.decisions[set_aside_id] = SetAsideDecision(set_aside_id, ballot_id,
                                                        _str(p["at"], "thời điểm"))

    def _spot_check_drawn(self, p: Any) -> None:
        p = _keys(p, "id", "ballot_type_id", "seed", "numbers", "at")
        check_id = _int(p["id"], "mã lần bốc thăm")
        if check_id != len(self.spot_checks) + 1:
            raise ReplayError(f"mã lần bốc thăm {check_id} không nối tiếp")
        bt = self._type(p["ballot_type_id"])
        seed = _str(p["seed"], "mã bốc thăm")
        if clean_seed(seed) != seed:
            raise ReplayError("mã bốc thăm không hợp lệ")
        numbers = p["numbers"]
        if not isinstance(numbers, list) or not numbers:
            raise ReplayError("danh sách số phiếu bốc thăm không hợp lệ")
        numbers = [_int(n, "số phiếu bốc thăm") for n in numbers]
        # Anyone can redo the draw from its seed: so does verify.
        if list(draw_numbers(seed, self._active[bt.id], len(numbers))) != numbers:
            raise ReplayError("các số phiếu bốc thăm không phải kết quả của mã bốc thăm")
        self.spot_checks.append(SpotCheck(check_id, bt.id, seed, tuple(numbers),
                                          _str(p["at"], "thời điểm")))

    def _spot_check_recorded(self, p: Any) -> None:
        p = _keys(p, "spot_check_id", "number", "matches", "note", "at")
        check_id = _int(p["spot_check_id"], "mã lần bốc thăm")
        if not 1 <= check_id <= len(self.spot_checks):
            raise ReplayError(f"không có lần bốc thăm mã {check_id}")
        number = _int(p["number"], "số phiếu")
        if number not in self.spot_checks[check_id - 1].numbers or any(
            r.spot_check_id == check_id and r.number == number for r in self.spot_check_results
        ):
            raise ReplayError(f"phiếu số {number} không được bốc hoặc đã ghi kết quả")
        matches = p["matches"]
        if not isinstance(matches, bool):
            raise ReplayError("kết quả đối chiếu không phải đúng/sai")
        note = (self._text(p["note"], "ghi chú đối chiếu") if matches
                else self._required(p["note"], "ghi chú đối chiếu", MAX_NOTE))
        self.spot_check_results.append(SpotCheckResult(check_id, number, matches, note,
                                                       _str(p["at"], "thời điểm")))

    def _test_deck_checked(self, p: Any) -> None:
        p = _keys(p, "id", "deck", "trial_name", "trial_fingerprint", "passed", "differences",
                  "at")
        assert self.regime is not None
        check_id = _int(p["id"], "mã lần kiểm tra bộ phiếu thử")
        if check_id != len(self.deck_checks) + 1:
            raise ReplayError(f"mã lần kiểm tra bộ phiếu thử {check_id} không nối tiếp")
        # The deck is a function of the set-up: it must be the deck of the set-up at that time.
        deck = build_deck(self.regime, [(bt, self.candidates[bt.id])
                                        for _, bt in sorted(self.types.items())])
        if not deck.forms or p["deck"] != deck.fingerprint:
            raise ReplayError("bộ phiếu thử không phải bộ lập từ danh sách của phiên lúc đó")
        trial_name = self._required(p["trial_name"], "tên tệp nhập thử", 255)
        trial_fp = _str(p["trial_fingerprint"], "dấu vân tay tệp nhập thử")
        if len(trial_fp) != 64 or any(c not in "0123456789abcdef" for c in trial_fp):
            raise ReplayError("dấu vân tay tệp nhập thử không hợp lệ")
        items = p["differences"]
        if not isinstance(items, list):
            raise ReplayError("danh sách chênh lệch không hợp lệ")
        found: list[DeckDifference] = []
        for item in items:
            d = _keys(item, "ballot_type", "order", "name", "what", "entered", "expected")
            form = next((f for f in deck.forms if f.ballot_type == d["ballot_type"]), None)
            order = None if d["order"] is None else _int(d["order"], "thứ tự người")
            what = _str(d["what"], "mục chênh lệch")
            want = None if form is None else expected_figure(form, order, what)
            name = "" if form is None or order is None else form.candidates[order - 1].name
            entered = check_count(_int(d["entered"], "số đã nhập"), "Số đã nhập")
            if want is None or d["expected"] != want or d["name"] != name or entered == want:
                raise ReplayError("chênh lệch ghi sai so với bộ phiếu thử")
            found.append(DeckDifference(form.ballot_type if form else "", order, name, what,
                                        entered, want))
        if len({(d.ballot_type, d.order, d.what) for d in found}) != len(found):
            raise ReplayError("một chênh lệch được ghi hai lần")
        if p["passed"] is not (not found):
            raise ReplayError("kết quả đạt/không đạt trái với các chênh lệch")
        self.deck_checks.append(DeckCheck(check_id, deck.fingerprint, trial_name, trial_fp,
                                          tuple(found), _str(p["at"], "thời điểm")))

    def _ballot_voided(self, p: Any) -> None:
        p = _keys(p, "ballot_id", "reason", "at")
        ballot_id = _int(p["ballot_id"], "mã phiếu")
        if not 1 <= ballot_id <= self.ballots_recorded or ballot_id in self.voids:
            raise ReplayError(f"hủy phiếu mã {ballot_id} không tồn tại hoặc đã hủy")
        reason = self._reason(p["reason"], "lý do hủy phiếu")
        placed = self._placed[ballot_id - 1]
        self.voids[ballot_id] = Void(ballot_id, reason, _str(p["at"], "thời điểm"))
        self._active[placed >> 24].remove(placed & 0xFFFFFF)

    def _finalised(self, p: Any) -> None:
        p = _keys(p, "by", "at", "accepted")
        by = self._required(p["by"], "tên người chốt kết quả", MAX_NAME)
        items = p["accepted"]
        if not isinstance(items, list):
            raise ReplayError("danh sách cảnh báo đã chấp nhận không hợp lệ")
        accepted = []
        for item in items:
            item = _keys(item, "code", "explanation")
            code = self._required(item["code"], "mã cảnh báo", 100)
            text = self._reason(item["explanation"], "giải trình")
            accepted.append(AcceptedWarning(code, text))
        if len({a.code for a in accepted}) != len(accepted):
            raise ReplayError("một cảnh báo được giải trình hai lần")
        self.finalisation = Finalisation(by=by, at=_str(p["at"], "thời điểm"),
                                         accepted=tuple(accepted))

    def _addendum_added(self, p: Any) -> None:
        p = _keys(p, "number", "text", "by", "at")
        number = _int(p["number"], "số đính chính")
        if number != len(self.addenda) + 1:
            raise ReplayError(f"đính chính số {number} không nối tiếp")
        text = self._reason(p["text"], "nội dung đính chính")
        by = self._required(p["by"], "tên người lập đính chính", MAX_NAME)
        self.addenda.append(Addendum(number, text, by, _str(p["at"], "thời điểm")))

    def _copy_origin(self, p: Any) -> None:
        """A copy's origin: once, while setting up, and only when the set-up as replayed so far
        is exactly the one whose fingerprint it names (a copy is made complete, then marked)."""
        p = _keys(p, "kind", "label", "ballots_handed", "source_setup_fingerprint",
                  "source_fingerprint", "source_name", "at")
        if self.copy_origin is not None:
            raise ReplayError("nguồn của bản sao được ghi hai lần")
        kind = CopyKind(_str(p["kind"], "loại bản sao"))
        label = p["label"]
        if label is not None:
            label = self._required(label, "tên tổ kiểm phiếu", MAX_LABEL)
        elif kind is CopyKind.GROUP:
            raise ReplayError("bản cho tổ kiểm phiếu không có tên tổ")
        handed = p["ballots_handed"]
        if handed is not None:
            check_count(_int(handed, "số phiếu giao cho tổ"), "Số phiếu giao cho tổ")
            if kind is not CopyKind.GROUP:
                raise ReplayError("số phiếu giao cho tổ ở một bản không phải của tổ")
        if not (is_hex64(p["source_setup_fingerprint"]) and is_hex64(p["source_fingerprint"])):
            raise ReplayError("dấu vân tay của tệp nguồn không hợp lệ")
        name = self._required(p["source_name"], "tên tệp nguồn", 1000)
        assert self.info is not None
        here = setup_fingerprint(self.info, self.committee, self.types.values(), self.candidates)
        if here != p["source_setup_fingerprint"]:
            raise ReplayError("thiết lập của bản sao khác thiết lập của tệp nguồn")
        self.copy_origin = CopyOrigin(kind, label, handed, p["source_setup_fingerprint"],
                                      p["source_fingerprint"], name)
        _str(p["at"], "thời điểm")

    def _hand_count(self, value: Any) -> HandCount:
        """A tally sheet exactly as the app writes one: every official of the type, every mark
        symbol of the regime, counts that add up to one number, within what was collected."""
        p = _keys(value, "ballot_type_id", "counts", "whole_invalid")
        bt = self._type(p["ballot_type_id"])
        assert self.regime is not None
        symbols = {*self.regime.codes, "0", "x"}
        counts = p["counts"]
        if not isinstance(counts, list) or len(counts) != len(self.candidates[bt.id]) or not counts:
            raise ReplayError(f"bảng tổng hợp của “{bt.name}” không đúng số người")
        for c in counts:
            if not isinstance(c, dict) or set(c) != symbols:
                raise ReplayError("bảng tổng hợp không đúng các mức")
            for n in c.values():
                check_count(_int(n, "số phiếu trong bảng tổng hợp"), "Số phiếu")
        if len({sum(c.values()) for c in counts}) != 1:
            raise ReplayError("bảng tổng hợp: tổng của mỗi người không bằng nhau")
        whole = check_count(_int(p["whole_invalid"], "số phiếu không hợp lệ"), "Số phiếu")
        sheet = HandCount(bt.id, tuple(counts), whole)
        taken = len(self._active[bt.id]) + len(self._held[bt.id]) + self._hand[bt.id]
        if taken + sheet.ballots > bt.accounting.collected:
            raise ReplayError(f"“{bt.name}”: nhiều phiếu hơn số phiếu thu về")
        return sheet

    def _hand_count_set(self, p: Any) -> None:
        p = _keys(p, "sheet", "at")
        if self.copy_origin is None or self.copy_origin.kind is not CopyKind.GROUP:
            raise ReplayError("bảng tổng hợp kiểm bằng tay ở tệp không phải của tổ kiểm phiếu")
        sheet = self._hand_count(p["sheet"])
        if self._ever[sheet.ballot_type_id]:
            raise ReplayError("bảng tổng hợp kiểm bằng tay cho loại phiếu đã có phiếu")
        self.hand_counts.append(sheet)
        self._hand[sheet.ballot_type_id] += sheet.ballots
        self._ever[sheet.ballot_type_id] += max(sheet.ballots, 1)
        _str(p["at"], "thời điểm")

    def _group_merged(self, p: Any) -> None:
        """A counting group merged: its ballots recorded as they were in the group's file (each
        checked as live entry), its tally sheets, its file's fingerprint and label."""
        p = _keys(p, "seq", "label", "hand_counted", "ballots_handed", "source_name",
                  "source_fingerprint", "source_setup_fingerprint", "ballots", "hand_counts",
                  "at")
        if self.copy_origin is not None or self._entered_directly:
            raise ReplayError("gộp tổ kiểm phiếu vào một tệp không phải tệp gộp")
        seq = _int(p["seq"], "số thứ tự tổ")
        if seq != len(self.merged_groups) + 1:
            raise ReplayError(f"tổ số {seq} không nối tiếp")
        label = self._required(p["label"], "tên tổ kiểm phiếu", MAX_LABEL)
        if self._fold(label) in {self._fold(g.label) for g in self.merged_groups}:
            raise ReplayError(f"tổ “{label}” được gộp hai lần")
        handed = p["ballots_handed"]
        if handed is not None:
            check_count(_int(handed, "số phiếu giao cho tổ"), "Số phiếu giao cho tổ")
        name = self._required(p["source_name"], "tên tệp của tổ", 1000)
        source = p["source_fingerprint"]
        if not (is_hex64(source) and is_hex64(p["source_setup_fingerprint"])):
            raise ReplayError("dấu vân tay của tệp tổ không hợp lệ")
        if source in {g.source_fingerprint for g in self.merged_groups}:
            raise ReplayError("một tệp tổ được gộp hai lần")
        assert self.info is not None
        here = setup_fingerprint(self.info, self.committee, self.types.values(), self.candidates)
        if here != p["source_setup_fingerprint"]:
            raise ReplayError("tệp tổ có thiết lập khác tệp gộp")
        at = _str(p["at"], "thời điểm")
        hand_counted = p["hand_counted"]
        if not isinstance(hand_counted, bool):
            raise ReplayError("“hand_counted” không phải đúng/sai")
        rows, sheets_json = p["ballots"], p["hand_counts"]
        if not isinstance(rows, list) or not isinstance(sheets_json, list):
            raise ReplayError("danh sách phiếu của tổ không hợp lệ")
        if hand_counted != bool(sheets_json) or (hand_counted and rows):
            raise ReplayError("tổ kiểm bằng tay phải có bảng tổng hợp và không có phiếu")
        ballots = []
        seen: set[tuple[int, int]] = set()
        for row in rows:
            if not isinstance(row, list) or len(row) != 6:
                raise ReplayError("phiếu của tổ không hợp lệ")
            ballot_id, type_id, number, group_number, marks, reason = row
            group_number = _int(group_number, "số phiếu trong tổ")
            if group_number < 1 or (type_id, group_number) in seen:
                raise ReplayError(f"số phiếu trong tổ {group_number} không hợp lệ hoặc trùng")
            seen.add((type_id, group_number))
            recorded = self._record({"id": ballot_id, "ballot_type_id": type_id,
                                     "number": number, "marks": marks, "invalid_reason": reason,
                                     "at": at}, decided=None)
            ballots.append((recorded, group_number))
        sheets: list[HandCount] = []
        for item in sheets_json:
            sheet = self._hand_count(item)
            if any(s.ballot_type_id == sheet.ballot_type_id for s in sheets):
                raise ReplayError("hai bảng tổng hợp cho một loại phiếu")
            sheets.append(sheet)
            self._hand[sheet.ballot_type_id] += sheet.ballots
            self._ever[sheet.ballot_type_id] += max(sheet.ballots, 1)
        self.merged_groups.append(MergedGroup(
            seq, label, hand_counted, handed, name, source, p["source_setup_fingerprint"], at,
            tuple(ballots), tuple(sheets)))

    def _projector_results_set(self, p: Any) -> None:
        p = _keys(p, "before", "after")
        if p["before"] is not self.projector_results:
            raise ReplayError("“before” khác lựa chọn hiện kết quả trên màn hình chiếu lúc đó")
        after = p["after"]
        if not isinstance(after, bool) or after is self.projector_results:
            # The app writes this event only when the choice changes, and as true/false.
            raise ReplayError(f"lựa chọn hiện kết quả trên màn hình chiếu không hợp lệ ({after!r})")
        self.projector_results = after

    # ------------------------------------------------------------ the result

    def snapshot(self) -> Snapshot:
        """The session as replayed so far, without its ballots (handed to ``on_ballot``)."""
        if self.info is None:
            raise ReplayError("nhật ký không có sự kiện tạo phiên")
        return Snapshot(
            info=self.info,
            committee=self.committee,
            ballot_types=tuple(self.types[k] for k in sorted(self.types)),
            candidates=dict(self.candidates),
            voids=dict(self.voids),
            finalisation=self.finalisation,
            addenda=tuple(self.addenda),
            set_aside=tuple(self.set_aside),
            decisions=dict(self.decisions),
            spot_checks=tuple(self.spot_checks),
            spot_check_results=tuple(self.spot_check_results),
            merged_groups=tuple(self.merged_groups),
            hand_counts=tuple(self.hand_counts),
            deck_checks=tuple(self.deck_checks),
        )
