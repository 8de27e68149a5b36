"""``verify`` reads a ballot's event by a short path (``fingerprint.is_ballot_entry`` against the
ballots table's next row, then ``Replayer.record_canonical``) and everything else by the general
one (``chain_hash``, ``read_canonical``, ``Replayer.apply``). For any file, valid or forged, the
two must say the same: the same problems in the same words, the same fingerprint, the same
matches of a printed fingerprint. Here real session files are forged through plain SQL (entries
edited with or without the chain recomputed, table rows edited, ballots appended, entries moved)
and verified twice: as shipped, and with the short path turned off.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers import NAMES, fixed_clock
from tests.robustness import forgery
from tinnhiem_desktop.domain.integrity import VerifyReport
from tinnhiem_desktop.domain.replay import Replayer
from tinnhiem_desktop.services.session import Session, verify_file
from tinnhiem_desktop.storage import verify as verify_module


def _base_session(folder: Path) -> Path:
    """Two ballot types, a whole-ballot invalid ballot, a void and its replacement, a ballot set
    aside and decided, another set aside (its number held), the accounting changed while
    entering; room for one more ballot of each type (6 of 7 and 3 + 1 held of 5 taken)."""
    clock = fixed_clock()
    path = folder / "goc.tinnhiem"
    with Session.create(path, "party-qd96-2023", ["Phiếu A", "Phiếu B"],
                        clock=lambda: next(clock), title="Hội nghị", summoned=12,
                        present=12) as s:
        a, b = (bt.id for bt in s.ballot_types())
        s.set_candidates(a, NAMES[:3])
        s.set_candidates(b, NAMES[3:5])
        s.set_accounting(a, issued=12, collected=9)
        s.set_accounting(b, issued=12, collected=5)
        for marks in ("123", "x01", "222"):
            s.record_ballot(a, marks)
        s.record_ballot(a, invalid_reason="Phiếu rách")
        s.record_ballot(b, "12")
        s.record_ballot(b, "3x")
        s.void_ballot_number(a, 2, "Đọc nhầm")
        s.record_ballot(a, "111", number=2)
        held = s.set_aside(a, "Dấu mờ")
        s.decide_set_aside(held.id, marks="330")
        s.set_accounting(a, issued=12, collected=7)
        s.record_ballot(a, "013")
        s.record_ballot(b, "00")
        s.set_aside(b, "Chờ Ban kiểm phiếu")
    return path


FAST_IN_BASE = 7
"""Ballot events of the base session the short path records: its 9 ``ballot_recorded`` entries
but the whole-ballot invalid one (not the usual spelling) and the first of the log (the session
is still being set up then: its stage changes, so the general path records it)."""


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _base_session(tmp_path_factory.mktemp("verify-paths"))


def _facts(report: VerifyReport) -> tuple[Any, ...]:
    return (report.problems, report.fingerprint, report.entries, report.finalised_hash,
            report.finalised_seq,
            [(m.seq, m.action, m.at, m.digest, dict(m.later)) for m in report.matches])


def _general_only(*_: object) -> bool:
    return False


def _both_ways(path: Path, expect: str | None) -> tuple[tuple[Any, ...], tuple[Any, ...]]:
    fast = _facts(verify_file(path, expect))
    with mock.patch.object(verify_module, "is_ballot_entry", _general_only):
        general = _facts(verify_file(path, expect))
    return fast, general


def test_the_short_path_takes_the_usual_ballots(base: Path) -> None:
    """Not a vacuous comparison: on an intact file the short path records nearly every ballot,
    and the two ways agree."""
    accepted: list[bool] = []
    original = Replayer.record_canonical

    def counting(self: Replayer, *args: Any) -> bool:
        accepted.append(original(self, *args))
        return accepted[-1]

    with mock.patch.object(Replayer, "record_canonical", counting):
        report = verify_file(base)
    assert report.ok, report.problems
    assert accepted == [False] + [True] * FAST_IN_BASE
    fast, general = _both_ways(base, None)
    assert fast == general


INTS = st.sampled_from([0, 1, 2, 3, 4, 7, 9, 10, 11, 99, -1, 10_000_000, 10_000_001, 2**40])
ODD_VALUES: st.SearchStrategy[Any] = st.sampled_from([None, True, 1.5, "3", "", [], {}])
MARKS = st.sampled_from(["123", "12x", "000", "12X", "12", "1234", "", '1"2', "1\\2", "1\n2",
                         "1\x012", "abc", "3x0", "Việ"])
TIMES = st.sampled_from(["2026-11-27T09:00:00+07:00", 'x"y', "a\\b", "t\x01", "t\n", 'x"y',
                         "a\\b", "Việt Nam", "", " ", "\u2028", "\x7f"])
REASONS = st.sampled_from([None, "Phiếu rách", "", "  ", "x\u200by"])
FIELD_VALUES = {
    "id": st.one_of(INTS, ODD_VALUES),
    "ballot_type_id": st.one_of(st.sampled_from([1, 2, 3, 0]), ODD_VALUES),
    "number": st.one_of(INTS, ODD_VALUES),
    "marks": st.one_of(MARKS, ODD_VALUES),
    "invalid_reason": st.one_of(REASONS, st.sampled_from([1, True])),
    "at": st.one_of(TIMES, TIMES, ODD_VALUES),
}
SPELLINGS = st.sampled_from(["canonical", "canonical", "raw", "raw", "spaced", "ascii",
                             "unsorted", "leading-zero"])


def _spell(payload: dict[str, Any], how: str) -> str:
    if how == "spaced":
        return json.dumps(payload, sort_keys=True, ensure_ascii=False)
    if how == "ascii":
        return json.dumps(payload, sort_keys=True, separators=(",", ":"))
    if how == "unsorted":
        return json.dumps(dict(reversed(payload.items())), separators=(",", ":"),
                          ensure_ascii=False)
    if how == "raw":  # strings between quotes as they are, escaping nothing: not JSON at all
        return "{" + ",".join(
            f'"{k}":' + (f'"{v}"' if isinstance(v, str) else json.dumps(v))
            for k, v in sorted(payload.items())) + "}"
    text = forgery.canonical(payload)
    return text.replace('"id":', '"id":0', 1) if how == "leading-zero" else text


Mutation = Callable[[sqlite3.Connection], None]
FITTING = {1: "12x", 2: "30"}
"""Valid marks for each ballot type of the base file (as many as it has officials)."""


def _ballot_seqs(conn: sqlite3.Connection) -> list[int]:
    return [r[0] for r in conn.execute(
        "SELECT seq FROM log WHERE action = 'ballot_recorded' ORDER BY seq")]


@st.composite
def edit_payload(draw: st.DrawFn) -> Mutation:
    """One field of a ballot's event changed, spelt canonically or not; the table row made to
    agree or not; the chain recomputed or not."""
    pick, field = draw(st.integers(0, 10)), draw(st.sampled_from(sorted(FIELD_VALUES)))
    value, how = draw(FIELD_VALUES[field]), draw(SPELLINGS)
    # Mostly what the short path must see through: a table that agrees, a chain that holds.
    table_agrees, rehash = draw(st.booleans()) or draw(st.booleans()), draw(st.booleans()) or \
        draw(st.booleans())

    def apply(conn: sqlite3.Connection) -> None:
        seqs = _ballot_seqs(conn)
        seq = seqs[pick % len(seqs)]
        try:  # an entry an earlier mutation left unreadable is left as it is
            payload = json.loads(conn.execute("SELECT payload FROM log WHERE seq = ?",
                                              (seq,)).fetchone()[0])
        except ValueError:
            return
        ballot_id = payload.get("id")
        payload[field] = value
        conn.execute("UPDATE log SET payload = ? WHERE seq = ?", (_spell(payload, how), seq))
        column = {"at": "recorded_at"}.get(field, field)
        # (An id an earlier mutation made a list or an object names no row.)
        if (table_agrees and field != "id" and not isinstance(value, list | dict)
                and not isinstance(ballot_id, list | dict)):
            conn.execute(f"UPDATE ballots SET {column} = ? WHERE id = ?", (value, ballot_id))
        if rehash:
            forgery.rehash(conn, seq)

    return apply


@st.composite
def edit_header(draw: st.DrawFn) -> Mutation:
    """A ballot entry's time or action changed, the chain recomputed or not."""
    pick, column = draw(st.integers(0, 10)), draw(st.sampled_from(["at", "action"]))
    value = draw(TIMES if column == "at" else st.sampled_from(
        ["ballot_voided", "ballot_recorded ", "Ballot_recorded", "finalised", "x"]))
    rehash = draw(st.booleans())

    def apply(conn: sqlite3.Connection) -> None:
        seqs = _ballot_seqs(conn)
        seq = seqs[pick % len(seqs)]
        conn.execute(f"UPDATE log SET {column} = ? WHERE seq = ?", (value, seq))
        if rehash:
            forgery.rehash(conn, seq)

    return apply


@st.composite
def edit_table(draw: st.DrawFn) -> Mutation:
    """A row of the ballots table changed, deleted or added behind the log's back."""
    pick = draw(st.integers(1, 12))
    what = draw(st.sampled_from(["number", "marks", "recorded_at", "invalid_reason",
                                 "ballot_type_id", "delete", "insert"]))
    value = draw({"marks": MARKS, "recorded_at": TIMES, "invalid_reason": REASONS}.get(
        what, st.one_of(INTS, st.sampled_from([1.5, "7", b"7"]))))

    def apply(conn: sqlite3.Connection) -> None:
        if what == "delete":
            conn.execute("DELETE FROM ballots WHERE id = ?", (pick,))
        elif what == "insert":
            conn.execute("INSERT INTO ballots VALUES (?, 1, ?, '123', NULL, ?)",
                         (100 + pick, pick, forgery.AT))
        else:
            conn.execute(f"UPDATE ballots SET {what} = ? WHERE id = ?", (value, pick))

    return apply


@st.composite
def append_ballot(draw: st.DrawFn) -> Mutation:
    """A ballot appended to the table and the log with a valid chain, as a forger would: a
    possible one or an impossible one; its table row kept or not."""
    type_id = draw(st.sampled_from([1, 1, 2, 2, 3]))
    number = draw(st.one_of(st.integers(1, 9), INTS))
    fitting = FITTING.get(type_id, "1")
    marks = draw(st.one_of(st.just(fitting), st.just(fitting), MARKS))
    reason = draw(st.one_of(st.just(None), st.just(None), REASONS))
    keep_row = draw(st.booleans()) or draw(st.booleans())

    def apply(conn: sqlite3.Connection) -> None:
        forgery.record(conn, type_id, number, marks, reason)
        if not keep_row:
            conn.execute("DELETE FROM ballots WHERE id = (SELECT max(id) FROM ballots)")

    return apply


@st.composite
def append_run(draw: st.DrawFn) -> Mutation:
    """Possible ballots appended in a row, up to what was collected and beyond (the base file
    has room for one more of each type)."""
    type_id, start, count = draw(st.sampled_from([1, 2])), draw(st.integers(4, 9)), draw(
        st.integers(1, 3))

    def apply(conn: sqlite3.Connection) -> None:
        for number in range(start, start + count):
            forgery.record(conn, type_id, number, FITTING[type_id])

    return apply


@st.composite
def move_entry(draw: st.DrawFn) -> Mutation:
    """An entry of the log moved to another position (a gap, or out of order)."""
    pick, shift = draw(st.integers(0, 10)), draw(st.sampled_from([100, -1000, 1]))

    def apply(conn: sqlite3.Connection) -> None:
        seqs = _ballot_seqs(conn)
        seq = seqs[pick % len(seqs)]
        if conn.execute("SELECT 1 FROM log WHERE seq = ?", (seq + shift,)).fetchone() is None:
            conn.execute("UPDATE log SET seq = ? WHERE seq = ?", (seq + shift, seq))

    return apply


MUTATIONS = st.one_of(edit_payload(), edit_header(), edit_table(), append_ballot(),
                      append_run(), move_entry())


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutations=st.lists(MUTATIONS, min_size=1, max_size=4),
       expect_at=st.one_of(st.none(), st.integers(1, 25)))
def test_both_paths_say_the_same_of_any_file(base: Path, mutations: list[Mutation],
                                             expect_at: int | None) -> None:
    _check_both_ways(base, mutations, expect_at)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutations=st.lists(st.one_of(edit_payload(), append_run()), min_size=1, max_size=2))
def test_both_paths_say_the_same_of_edited_ballots(base: Path,
                                                   mutations: list[Mutation]) -> None:
    """Ballot events edited with the chain recomputed, the short path's own ground."""
    _check_both_ways(base, mutations, None)


def _check_both_ways(base: Path, mutations: list[Mutation], expect_at: int | None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "phien.tinnhiem"
        shutil.copyfile(base, path)
        with forgery.forging(path) as conn:
            for mutate in mutations:
                # What the constraints refuse (NOT NULL, UNIQUE) a forger cannot do either; an
                # entry an earlier mutation moved may leave none to extend (TypeError).
                with contextlib.suppress(sqlite3.IntegrityError, TypeError):
                    mutate(conn)
            expect = None
            if expect_at is not None:
                row = conn.execute("SELECT hash FROM log ORDER BY seq LIMIT 1 OFFSET ?",
                                   (expect_at - 1,)).fetchone()
                expect = None if row is None or not isinstance(row[0], str) else row[0][:16]
        fast, general = _both_ways(path, expect)
    assert fast == general


def _edit_entry(seq: int, field: str, value: Any, how: str = "canonical",
                rehash: bool = True) -> Mutation:
    """Entry ``seq``'s ballot with ``field`` set to ``value`` in the log and the table alike,
    spelt ``how``; the chain recomputed (only the replay can tell), or not."""
    def apply(conn: sqlite3.Connection) -> None:
        payload = json.loads(conn.execute("SELECT payload FROM log WHERE seq = ?",
                                          (seq,)).fetchone()[0])
        payload[field] = value
        conn.execute("UPDATE log SET payload = ? WHERE seq = ?", (_spell(payload, how), seq))
        column = {"at": "recorded_at"}.get(field, field)
        conn.execute(f"UPDATE ballots SET {column} = ? WHERE id = ?", (value, payload["id"]))
        if rehash:
            forgery.rehash(conn, seq)

    return apply


def _append(*numbers: int, type_id: int = 1) -> Mutation:
    def apply(conn: sqlite3.Connection) -> None:
        for number in numbers:
            forgery.record(conn, type_id, number, FITTING[type_id])

    return apply


def _table_marks(ballot_id: int, marks: str) -> Mutation:
    def apply(conn: sqlite3.Connection) -> None:
        conn.execute("UPDATE ballots SET marks = ? WHERE id = ?", (marks, ballot_id))

    return apply


def _forged_both_ways(base: Path, mutation: Mutation) -> tuple[tuple[Any, ...], tuple[Any, ...]]:
    """A copy of ``base`` forged by ``mutation``, read both ways."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "phien.tinnhiem"
        shutil.copyfile(base, path)
        with forgery.forging(path) as conn:
            mutation(conn)
        return _both_ways(path, None)


TABLE_DIFFERS = ("Nội dung “phiếu đã nhập” trong tệp khác với nhật ký: tệp đã bị sửa ngoài "
                 "phần mềm.")


@pytest.mark.parametrize(("mutation", "problems"), [
    (_edit_entry(13, "at", 'x"y', "raw"),
     ["Mục nhật ký số 13 không hợp lệ: nội dung không ở dạng chuẩn"]),
    (_edit_entry(13, "at", "t\x01", "raw"),
     ["Mục nhật ký số 13 không hợp lệ: nội dung không ở dạng chuẩn"]),
    (_edit_entry(12, "marks", "1X", "canonical"),
     ["Mục nhật ký số 12 không hợp lệ: các ô đánh dấu “1X” không hợp lệ"]),
    (_edit_entry(12, "marks", "123", "canonical"),
     ["Mục nhật ký số 12 không hợp lệ: Phiếu cần đúng 2 ô (một ô cho mỗi người), đã nhập 3."]),
    (_edit_entry(19, "number", 3, "canonical"),
     ["Mục nhật ký số 19 không hợp lệ: phiếu số 3 của “Phiếu A” nhập hai lần"]),
    (_edit_entry(19, "number", 5, "canonical"),  # the set-aside ballot's, decided
     ["Mục nhật ký số 19 không hợp lệ: phiếu số 5 của “Phiếu A” nhập hai lần"]),
    (_edit_entry(19, "number", 7, "canonical"), []),  # another possible history
    (_append(4, type_id=2),
     ["Mục nhật ký số 22 không hợp lệ: phiếu số 4 của “Phiếu B” nhập hai lần"]),
    (_append(7, 8),
     ["Mục nhật ký số 23 không hợp lệ: “Phiếu A”: nhập nhiều phiếu hơn số phiếu thu về"]),
    (_append(5, type_id=2),
     []),
    (_table_marks(9, "000"), [TABLE_DIFFERS]),
])
def test_known_forgeries_read_the_same_both_ways(base: Path, mutation: Mutation,
                                                 problems: list[str]) -> None:
    fast, general = _forged_both_ways(base, mutation)
    assert fast == general
    assert fast[0] == problems


# ---------------------------------------------------------------- the short path, test by test
# Each forgery below reaches one test of the short path (is_ballot_entry, record_canonical) on
# the base file's usual ballots 2 and 3 (entries 9 and 10: type A, numbers 2 and 3), a test
# that a faster way of reading ballots could leave out; both ways must name what is wrong.


def _hashed_raw(conn: sqlite3.Connection, seq: int, at: str, payload: str) -> None:
    """Entry ``seq`` given ``at`` and ``payload``, its hash taken over its header spelt with
    ``at`` as it is (no escape), the chain after it recomputed."""
    (prev,) = conn.execute("SELECT hash FROM log WHERE seq = ?", (seq - 1,)).fetchone()
    digest = hashlib.sha256(f'["{prev}",{seq},"{at}","ballot_recorded"]\n{payload}'.encode()
                            ).hexdigest()
    conn.execute("UPDATE log SET at = ?, payload = ?, hash = ? WHERE seq = ?",
                 (at, payload, digest, seq))
    forgery.rehash(conn, seq + 1)


def _quoted_time_hashed_raw(conn: sqlite3.Connection) -> None:
    """Ballot 2's time ``x"y`` in the log's header, its payload and the table, every quote
    left as it is, and its hash taken over that text: only the times' spelling check (and the
    general path's own spelling) can tell."""
    bad = 'x"y'
    payload = json.loads(conn.execute("SELECT payload FROM log WHERE seq = 9").fetchone()[0])
    payload["at"] = bad
    _hashed_raw(conn, 9, bad, _spell(payload, "raw"))
    conn.execute("UPDATE ballots SET recorded_at = ? WHERE id = 2", (bad,))


def _ballot_2_taken_out(conn: sqlite3.Connection) -> None:
    """Ballot 2 taken out of the log and the table, the entries after it moved up and the chain
    recomputed: ballot 3's event is then the ninth entry, its id one too far."""
    conn.execute("DELETE FROM log WHERE seq = 9")
    conn.execute("DELETE FROM ballots WHERE id = 2")
    for (seq,) in conn.execute("SELECT seq FROM log WHERE seq > 9 ORDER BY seq").fetchall():
        conn.execute("UPDATE log SET seq = ? WHERE seq = ?", (seq - 1, seq))
    forgery.rehash(conn, 9)


def _quoted_header_time_hashed_raw(conn: sqlite3.Connection) -> None:
    """Ballot 2's entry with the time ``x"y`` in its header alone, its hash taken over the
    header as it is: the ballot's own time then differs from its header's."""
    (payload,) = conn.execute("SELECT payload FROM log WHERE seq = 9").fetchone()
    _hashed_raw(conn, 9, 'x"y', payload)


def _moved_down_hashed_by_position(conn: sqlite3.Connection) -> None:
    """The entries from the ninth on moved one place down (``seq`` 10 and on: the log has a
    gap at 9), their hashes taken over their positions instead of their ``seq``."""
    rows = conn.execute("SELECT seq, at, action, payload FROM log WHERE seq >= 9 "
                        "ORDER BY seq DESC").fetchall()
    for seq, *_ in rows:
        conn.execute("UPDATE log SET seq = ? WHERE seq = ?", (seq + 1, seq))
    (prev,) = conn.execute("SELECT hash FROM log WHERE seq = 8").fetchone()
    for seq, at, action, payload in reversed(rows):
        prev = forgery.chain(prev, seq, at, action, payload)  # its position, not seq + 1
        conn.execute("UPDATE log SET hash = ? WHERE seq = ?", (prev, seq + 1))


def _table_only(ballot_id: int, column: str, value: Any) -> Mutation:
    def apply(conn: sqlite3.Connection) -> None:
        conn.execute(f"UPDATE ballots SET {column} = ? WHERE id = ?", (value, ballot_id))

    return apply


@pytest.mark.parametrize(("mutation", "problems"), [
    pytest.param(_edit_entry(9, "marks", "333", rehash=False),
                 ["Mục nhật ký số 9 (ballot_recorded) đã bị sửa."], id="hash"),
    pytest.param(_quoted_time_hashed_raw,
                 ["Mục nhật ký số 9 (ballot_recorded) đã bị sửa."], id="time-spelling"),
    pytest.param(_ballot_2_taken_out,
                 ["Mục nhật ký số 9 không hợp lệ: mã phiếu 3 không nối tiếp"],
                 id="ids-in-a-row"),
    pytest.param(_edit_entry(10, "number", 2),
                 ["Mục nhật ký số 10 không hợp lệ: phiếu số 2 của “Phiếu A” nhập hai lần"],
                 id="same-number-in-the-block"),
    pytest.param(_edit_entry(9, "number", 0),
                 ["Mục nhật ký số 9 không hợp lệ: số phiếu 0 không hợp lệ"],
                 id="number-in-range"),
    pytest.param(_table_only(2, "invalid_reason", "Phiếu rách"), [TABLE_DIFFERS],
                 id="reason-in-the-table"),
    pytest.param(_quoted_header_time_hashed_raw,
                 ["Mục nhật ký số 9 (ballot_recorded) đã bị sửa."], id="header-time"),
    pytest.param(_edit_entry(9, "number", 2.5),
                 ["Mục nhật ký số 9 không hợp lệ: số phiếu không phải số nguyên (2.5)"],
                 id="number-not-an-int"),
    pytest.param(_moved_down_hashed_by_position,
                 ["Nhật ký thiếu hoặc thừa mục ở vị trí 9."], id="gap"),
])
def test_forgeries_of_usual_ballots_read_the_same_both_ways(
        base: Path, mutation: Mutation, problems: list[str]) -> None:
    fast, general = _forged_both_ways(base, mutation)
    assert fast == general
    assert fast[0] == problems


def test_a_printed_fingerprint_is_found_at_each_usual_ballot(base: Path) -> None:
    """Every usual ballot's hash, looked for as a printed fingerprint, is found, the same way
    whether its entry took the short path or the general one."""
    with sqlite3.connect(base) as conn:
        digests = [d for (d,) in conn.execute(
            "SELECT hash FROM log WHERE seq IN (9, 10, 12, 13, 15, 19, 20)")]
    for digest in digests:
        fast, general = _both_ways(base, digest[:16])
        assert fast == general
        assert [m.digest for m in verify_file(base, digest[:16]).matches] == [digest]


def test_ballots_of_two_types_in_turn_then_a_void(tmp_path: Path) -> None:
    """Ballots of type B then A in turn, then the B ballot voided and its number entered
    again: each ballot's type and number are kept in the log's order (the void must free B's
    number, not A's). Both ways read the file as sound."""
    clock = fixed_clock()
    path = tmp_path / "hai-loai.tinnhiem"
    with Session.create(path, "party-qd96-2023", ["Phiếu A", "Phiếu B"],
                        clock=lambda: next(clock)) as s:
        a, b = (bt.id for bt in s.ballot_types())
        s.set_candidates(a, NAMES[:3])
        s.set_candidates(b, NAMES[3:5])
        s.set_accounting(a, issued=9, collected=9)
        s.set_accounting(b, issued=9, collected=9)
        s.record_ballot(a, "123")
        s.record_ballot(b, "12")
        s.record_ballot(a, "321")
        s.void_ballot_number(b, 1, "Đọc nhầm")
        s.record_ballot(b, "33", number=1)
    fast, general = _both_ways(path, None)
    assert fast == general
    assert fast[0] == []
