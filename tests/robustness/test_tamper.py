"""Tamper evidence, proven: copies of a finished session file are altered through plain SQL.

Each copy gets one random alteration; the append-only triggers are dropped first and put back
afterwards, as a careful forger would (except where the structure itself is the attack). What the
results or the minutes would say is everything in the content tables, the file's structure and
the fingerprint (the last hash of the log, printed on every page). The test shows:

- ``verify`` (exit 3) catches every alteration that changes what they would say, every alteration
  of the log itself and of the structure, and every event the app could not have written (after
  the finalisation, impossible marks) even with the chain recomputed, unless the forger rewrote
  the log into another *possible* history and recomputed the whole hash chain (there is no secret
  in the chain);
- ``verify --expect <fingerprint printed on the minutes>`` catches those too;
- alterations that change nothing visible (VACUUM, keys reordered, a no-op update) may pass: the
  test counts them and says so.
"""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import NAMES, fixed_clock
from tests.robustness import forgery
from tinnhiem_desktop.cli import main
from tinnhiem_desktop.domain.fingerprint import canonical_json
from tinnhiem_desktop.services.session import Session

TRIGGERS = ["log_no_update", "log_no_delete", "ballots_no_update", "ballots_no_delete",
            "voids_no_update", "voids_no_delete", "set_aside_no_update", "set_aside_no_delete",
            "set_aside_decisions_no_update", "set_aside_decisions_no_delete",
            "spot_checks_no_update", "spot_checks_no_delete", "spot_check_results_no_update",
            "spot_check_results_no_delete"]
CONTENT_TABLES = ["session_info", "committee", "ballot_types", "candidates", "ballots", "voids",
                  "finalisation", "addenda", "set_aside", "set_aside_decisions", "spot_checks",
                  "spot_check_results"]


def finished_session(folder: Path) -> tuple[Path, str]:
    """A finalised session with two ballot types, voids, a committee and two addenda."""
    clock = fixed_clock()
    path = folder / "goc.tinnhiem"
    rnd = random.Random(96)
    with Session.create(path, "party-qd96-2023", ["Phiếu Ban Thường vụ", "Phiếu Ban Chấp hành"],
                        clock=lambda: next(clock), title="Hội nghị Ban Chấp hành",
                        body="Đảng bộ tỉnh Quảng Ninh", date="2026-11-27", place="Hội trường A",
                        summoned=14, present=13) as s:
        s.set_committee([(NAMES[0][0], "truong_ban"), (NAMES[3][0], "uy_vien"),
                         (NAMES[5][0], "thu_ky")])
        for bt, names, collected in zip(s.ballot_types(), [NAMES[:4], NAMES[2:]], [13, 12],
                                        strict=True):
            s.set_candidates(bt.id, names)
            s.set_accounting(bt.id, issued=14, collected=collected, spoiled=1)
            for _ in range(collected):
                if rnd.random() < 0.1:
                    s.record_ballot(bt.id, invalid_reason="Phiếu không do Ban kiểm phiếu phát ra")
                else:
                    s.record_ballot(bt.id, "".join(rnd.choice("112233330x") for _ in names))
            for number in (2, 5):
                s.void_ballot_number(bt.id, number, "Đọc nhầm ô")
                s.record_ballot(bt.id, "1" * len(names), number=number)
        # The committee's decisions: a doubtful ballot decided, a spot-check of three papers.
        first = s.ballot_types()[0].id
        s.void_ballot_number(first, 7, "Phiếu cần Ban kiểm phiếu xem xét")
        held = s.set_aside(first, "Dấu ở dòng 2 không rõ", number=7)
        s.decide_set_aside(held.id, marks="1231")
        check = s.draw_spot_check(first, 3, seed="2026")
        for i, number in enumerate(check.numbers):
            s.record_spot_check(check.id, number, matches=i != 1,
                                note="" if i != 1 else "Dòng 4 trên giấy là x")
        accepted = {c.code.value: "Ban kiểm phiếu đã xem xét" for c in s.results().warnings}
        s.finalise("Nguyễn Thị Việt Dung", accepted)
        s.add_addendum("Sửa lỗi chính tả chức vụ của ông Lê Quang Hưng.", "Ưng Hoàng Phúc")
        s.add_addendum("Bổ sung giờ kết thúc: 11 giờ 05 phút.", "Ưng Hoàng Phúc")
        fingerprint = s.fingerprint()
    return path, fingerprint


def _parsed(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return text


def visible(path: Path) -> tuple[Any, ...]:
    """Everything results or minutes could show: the content tables and the fingerprint."""
    conn = sqlite3.connect(path)
    try:
        out: list[Any] = []
        for table in CONTENT_TABLES:
            rows = conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
            if table == "session_info":
                rows = [(r[0], _parsed(r[1])) for r in rows]
            out.append((table, rows))
        out.append(conn.execute("SELECT hash FROM log ORDER BY seq DESC LIMIT 1").fetchone())
        return tuple(out)
    finally:
        conn.close()


def structure(path: Path) -> set[tuple[Any, ...]]:
    """The file's tables, indexes, views and triggers: a planted one changes what a reader of
    the tables sees."""
    conn = sqlite3.connect(path)
    try:
        return set(conn.execute("SELECT type, name, sql FROM sqlite_master"))
    finally:
        conn.close()


def log_rows(path: Path) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT * FROM log ORDER BY seq").fetchall()
    finally:
        conn.close()


# ------------------------------------------------------------------ the alterations

Conn = sqlite3.Connection
R = random.Random


def _one(conn: Conn, sql: str) -> Any:
    return conn.execute(sql).fetchone()


def _pick(conn: Conn, rnd: R, sql: str) -> Any:
    rows = conn.execute(sql).fetchall()
    return rnd.choice(rows)


def mark_changed(conn: Conn, rnd: R) -> None:
    bid, marks = _pick(conn, rnd, "SELECT id, marks FROM ballots WHERE marks != ''")
    i = rnd.randrange(len(marks))
    new = rnd.choice([c for c in "1230x" if c != marks[i]])
    changed = marks[:i] + new + marks[i + 1:]
    conn.execute("UPDATE ballots SET marks = ? WHERE id = ?", (changed, bid))


def ballot_deleted(conn: Conn, rnd: R) -> None:
    (bid,) = _pick(conn, rnd, "SELECT id FROM ballots")
    conn.execute("DELETE FROM voids WHERE ballot_id = ?", (bid,))
    conn.execute("DELETE FROM ballots WHERE id = ?", (bid,))


def ballot_added(conn: Conn, rnd: R) -> None:
    bid = _one(conn, "SELECT max(id) + 1 FROM ballots")[0]
    type_id, n = _pick(conn, rnd, "SELECT ballot_type_id, count(*) FROM candidates GROUP BY 1")
    number = _one(conn, f"SELECT max(number) + 1 FROM ballots WHERE ballot_type_id = {type_id}")[0]
    conn.execute("INSERT INTO ballots VALUES (?, ?, ?, ?, NULL, '2026-11-27T09:00:00+07:00')",
                 (bid, type_id, number, "".join(rnd.choice("123") for _ in range(n))))


def ballot_number_changed(conn: Conn, rnd: R) -> None:
    (bid,) = _pick(conn, rnd, "SELECT id FROM ballots")
    conn.execute("UPDATE ballots SET number = number + ? WHERE id = ?", (rnd.randint(1, 50), bid))


def ballot_made_invalid(conn: Conn, rnd: R) -> None:
    (bid,) = _pick(conn, rnd, "SELECT id FROM ballots WHERE invalid_reason IS NULL")
    conn.execute("UPDATE ballots SET marks = '', invalid_reason = 'Phiếu gạch tên' WHERE id = ?",
                 (bid,))


def ballot_time_changed(conn: Conn, rnd: R) -> None:
    (bid,) = _pick(conn, rnd, "SELECT id FROM ballots")
    conn.execute("UPDATE ballots SET recorded_at = '2026-11-28T07:00:00+07:00' WHERE id = ?",
                 (bid,))


def official_renamed(conn: Conn, rnd: R) -> None:
    t, pos = _pick(conn, rnd, "SELECT ballot_type_id, position FROM candidates")
    column = rnd.choice(["name", "title"])
    conn.execute(f"UPDATE candidates SET {column} = {column} || ' (sửa)' "
                 "WHERE ballot_type_id = ? AND position = ?", (t, pos))


def officials_swapped(conn: Conn, rnd: R) -> None:
    (t,) = _pick(conn, rnd, "SELECT DISTINCT ballot_type_id FROM candidates")
    a, b = rnd.sample(range(1, 5), 2)
    conn.execute("UPDATE candidates SET position = -1 WHERE ballot_type_id = ? AND position = ?",
                 (t, a))
    conn.execute("UPDATE candidates SET position = ? WHERE ballot_type_id = ? AND position = ?",
                 (a, t, b))
    conn.execute("UPDATE candidates SET position = ? WHERE ballot_type_id = ? AND position = -1",
                 (b, t))


def accounting_changed(conn: Conn, rnd: R) -> None:
    (t,) = _pick(conn, rnd, "SELECT id FROM ballot_types")
    column = rnd.choice(["issued", "spoiled", "collected"])
    conn.execute(f"UPDATE ballot_types SET {column} = {column} + ? WHERE id = ?",
                 (rnd.choice([-1, 1, 2, 10]), t))


def ballot_type_renamed(conn: Conn, rnd: R) -> None:
    (t,) = _pick(conn, rnd, "SELECT id FROM ballot_types")
    conn.execute("UPDATE ballot_types SET name = 'Phiếu khác' WHERE id = ?", (t,))


def void_removed(conn: Conn, rnd: R) -> None:
    (bid,) = _pick(conn, rnd, "SELECT ballot_id FROM voids")
    conn.execute("DELETE FROM voids WHERE ballot_id = ?", (bid,))


def void_added(conn: Conn, rnd: R) -> None:
    (bid,) = _pick(conn, rnd,
                   "SELECT id FROM ballots WHERE id NOT IN (SELECT ballot_id FROM voids)")
    conn.execute("INSERT INTO voids VALUES (?, 'Hủy thêm', '2026-11-27T10:00:00+07:00')", (bid,))


def void_reason_changed(conn: Conn, rnd: R) -> None:
    (bid,) = _pick(conn, rnd, "SELECT ballot_id FROM voids")
    conn.execute("UPDATE voids SET reason = 'Lý do khác' WHERE ballot_id = ?", (bid,))


def info_changed(conn: Conn, rnd: R) -> None:
    data = json.loads(_one(conn, "SELECT data FROM session_info")[0])
    key, value = rnd.choice([
        ("title", "Hội nghị khác"), ("body", "Đảng bộ tỉnh khác"), ("date", "2026-11-28"),
        ("present", 9), ("summoned", 30), ("place", "Phòng họp B"), ("trial", True),
        ("regime_id", "state-nq96-2023"), ("many_invalid_percent", 50),
    ])
    data[key] = value
    conn.execute("UPDATE session_info SET data = ?", (canonical_json(data),))


def info_garbled(conn: Conn, rnd: R) -> None:
    data = json.loads(_one(conn, "SELECT data FROM session_info")[0])
    text = rnd.choice(["{not json", canonical_json({**data, "extra": 1}),
                       canonical_json({**data, "regime_id": "khong-co"}),
                       canonical_json({k: v for k, v in data.items() if k != "denominator"})])
    conn.execute("UPDATE session_info SET data = ?", (text,))


def committee_changed(conn: Conn, rnd: R) -> None:
    pos = rnd.randint(1, 3)
    sql = rnd.choice([
        "UPDATE committee SET name = 'Người Lạ' WHERE position = ?",
        "UPDATE committee SET role = CASE role WHEN 'uy_vien' THEN 'thu_ky' ELSE 'uy_vien' END "
        "WHERE position = ?",
        "UPDATE committee SET role = CASE role WHEN 'truong_ban' THEN 'uy_vien' "
        "ELSE 'truong_ban' END WHERE position = ?",
        "DELETE FROM committee WHERE position = ?",
        "INSERT INTO committee VALUES (? + 10, 'Thêm Người', 'uy_vien')",
    ])
    conn.execute(sql, (pos,))


def finalisation_changed(conn: Conn, rnd: R) -> None:
    conn.execute(rnd.choice([
        "UPDATE finalisation SET by = 'Người khác'",
        "UPDATE finalisation SET at = '2026-12-01T00:00:00+07:00'",
        "UPDATE finalisation SET accepted = '[]'",
        "DELETE FROM finalisation",
    ]))


def addendum_changed(conn: Conn, rnd: R) -> None:
    conn.execute(rnd.choice([
        "UPDATE addenda SET text = 'Nội dung khác' WHERE number = 1",
        "DELETE FROM addenda WHERE number = 2",
        "INSERT INTO addenda VALUES (3, 'Đính chính giả', 'Ai đó', '2026-12-01T00:00:00+07:00')",
    ]))


def log_payload_changed(conn: Conn, rnd: R) -> None:
    seq, payload = _pick(conn, rnd, "SELECT seq, payload FROM log")
    data = json.loads(payload)
    key = rnd.choice(sorted(data))
    data[key] = rnd.choice(["khác", 0, None, [], "123"])
    if canonical_json(data) == payload:
        data["them"] = 1
    conn.execute("UPDATE log SET payload = ? WHERE seq = ?", (canonical_json(data), seq))


def log_at_changed(conn: Conn, rnd: R) -> None:
    (seq,) = _pick(conn, rnd, "SELECT seq FROM log")
    conn.execute("UPDATE log SET at = '2026-11-26T23:59:59+07:00' WHERE seq = ?", (seq,))


def log_hash_changed(conn: Conn, rnd: R) -> None:
    seq, digest = _pick(conn, rnd, "SELECT seq, hash FROM log")
    new = ("0" if digest[0] != "0" else "1") + digest[1:]
    conn.execute("UPDATE log SET hash = ? WHERE seq = ?", (new, seq))


def log_entry_deleted(conn: Conn, rnd: R) -> None:
    (seq,) = _pick(conn, rnd, "SELECT seq FROM log")
    conn.execute("DELETE FROM log WHERE seq = ?", (seq,))


def log_action_changed(conn: Conn, rnd: R) -> None:
    (seq,) = _pick(conn, rnd, "SELECT seq FROM log WHERE action = 'ballot_voided'")
    conn.execute("UPDATE log SET action = 'addendum_added' WHERE seq = ?", (seq,))


def forged_mark_and_log(conn: Conn, rnd: R) -> None:
    seq, payload = _pick(conn, rnd, "SELECT seq, payload FROM log WHERE action = 'ballot_recorded' "
                                    "AND json_extract(payload, '$.marks') != ''")
    data = json.loads(payload)
    marks = data["marks"]
    data["marks"] = ("3" if marks[0] != "3" else "1") + marks[1:]
    conn.execute("UPDATE log SET payload = ? WHERE seq = ?", (canonical_json(data), seq))
    conn.execute("UPDATE ballots SET marks = ? WHERE id = ?", (data["marks"], data["id"]))
    forgery.rehash(conn, seq)


def forged_rollback(conn: Conn, rnd: R) -> None:
    """The last addendum removed together with its log entry: a consistent, shorter history."""
    seq = _one(conn, "SELECT max(seq) FROM log")[0]
    conn.execute("DELETE FROM log WHERE seq = ?", (seq,))
    conn.execute("DELETE FROM addenda WHERE number = (SELECT max(number) FROM addenda)")


def invisible(conn: Conn, rnd: R) -> None:
    """Changes nothing anyone could read: these may pass, and are counted."""
    choice = rnd.choice(["vacuum", "reorder", "noop"])
    if choice == "vacuum":
        conn.commit()
        conn.execute("VACUUM")
    elif choice == "reorder":
        data = json.loads(_one(conn, "SELECT data FROM session_info")[0])
        conn.execute("UPDATE session_info SET data = ?",
                     (json.dumps(dict(reversed(list(data.items()))), ensure_ascii=False),))
    elif choice == "noop":
        conn.execute("UPDATE ballots SET marks = marks")


def decisions_changed(conn: Conn, rnd: R) -> None:
    """The committee's decisions altered in the tables: a doubtful ballot's note or decision, a
    drawn number, a spot-check finding."""
    conn.execute(rnd.choice([
        "UPDATE set_aside SET note = 'Lý do khác'",
        "DELETE FROM set_aside_decisions",
        "UPDATE spot_checks SET numbers = '[1,2,3]'",
        "UPDATE spot_check_results SET matches = 1 - matches WHERE rowid = 2",
        "DELETE FROM spot_check_results WHERE rowid = 1",
    ]))


def appended_after_finalising(conn: Conn, rnd: R) -> None:
    """Appended with the tables and a valid chain, as the app would write them, but after the
    finalisation: only the log's grammar can tell."""
    (t,) = _pick(conn, rnd, "SELECT id FROM ballot_types")
    choice = rnd.choice(["void and re-enter", "swap", "info", "record"])
    if choice == "void and re-enter":
        (number,) = _pick(conn, rnd, "SELECT number FROM ballots WHERE ballot_type_id = "
                                     f"{t} AND id NOT IN (SELECT ballot_id FROM voids)")
        (n,) = _one(conn, f"SELECT count(*) FROM candidates WHERE ballot_type_id = {t}")
        forgery.void(conn, t, number)
        forgery.record(conn, t, number, "3" * n)
    elif choice == "swap":
        forgery.swap_officials(conn, t)
    elif choice == "info":
        forgery.change_info(conn, present=rnd.randint(1, 12))
    else:
        conn.execute("UPDATE ballot_types SET issued = issued + 1, collected = collected + 1 "
                     f"WHERE id = {t}")
        (n,) = _one(conn, f"SELECT count(*) FROM candidates WHERE ballot_type_id = {t}")
        forgery.record(conn, t, 99, "1" * n)


def impossible_marks_rehashed(conn: Conn, rnd: R) -> None:
    """A ballot's marks rewritten, in the table and the log, to something no key can type, and
    the whole chain recomputed: only the replay's validation can tell."""
    seq, payload = _pick(conn, rnd, "SELECT seq, payload FROM log WHERE action = "
                                    "'ballot_recorded' AND json_extract(payload, '$.marks') != ''")
    data = json.loads(payload)
    data["marks"] = rnd.choice(["", "9", "1111111", "ab", data["marks"][:-1], "1 2"])
    conn.execute("UPDATE log SET payload = ? WHERE seq = ?", (canonical_json(data), seq))
    conn.execute("UPDATE ballots SET marks = ? WHERE id = ?", (data["marks"], data["id"]))
    forgery.rehash(conn, seq)


def structure_planted(conn: Conn, rnd: R) -> None:
    """The structure changed so that a reader sees something else, or could (the append-only
    triggers stay dropped too)."""
    choice = rnd.choice(["view", "trigger", "table", "index"])
    if choice == "view":
        forgery.plant_ballots_view(conn, "1111")
    elif choice == "trigger":
        conn.execute("CREATE TRIGGER doi_phieu AFTER INSERT ON ballots BEGIN "
                     "UPDATE ballots SET marks = '' WHERE id = NEW.id; END")
    elif choice == "table":
        conn.execute("CREATE TABLE ghi_chu (x TEXT)")
    else:
        conn.execute("CREATE INDEX extra ON log (at)")


ALTERATIONS: list[Callable[[Conn, R], None]] = [
    mark_changed, ballot_deleted, ballot_added, ballot_number_changed, ballot_made_invalid,
    ballot_time_changed, official_renamed, officials_swapped, accounting_changed,
    ballot_type_renamed, void_removed, void_added, void_reason_changed, info_changed,
    info_garbled, committee_changed, finalisation_changed, addendum_changed, log_payload_changed,
    log_at_changed, log_hash_changed, log_entry_deleted, log_action_changed, forged_mark_and_log,
    forged_rollback, invisible, appended_after_finalising, impossible_marks_rehashed,
    structure_planted, decisions_changed,
]
KEEP_STRUCTURE = {"structure_planted"}
"""Alterations whose point is the structure; after every other one the forger puts the
append-only triggers back, so that only the content is different."""
FORGED = {"forged_mark_and_log", "forged_rollback"}


def run_verify(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["verify", *args])
    out = capsys.readouterr()
    return code, out.out + out.err


def tamper_run(tmp_path: Path, capsys: pytest.CaptureFixture[str], count: int, seed: int) -> None:
    original, fingerprint = finished_session(tmp_path)
    before_visible, before_log = visible(original), log_rows(original)
    before_structure = structure(original)
    assert run_verify(capsys, str(original), "--expect", fingerprint)[0] == 0
    rnd = random.Random(seed)
    tally: Counter[str] = Counter()
    by_kind: Counter[tuple[str, str]] = Counter()
    # Every kind at least once, then random ones.
    kinds = ALTERATIONS + [rnd.choice(ALTERATIONS) for _ in range(count - len(ALTERATIONS))]
    for i, alter in enumerate(kinds):
        copy = tmp_path / f"sua-{i}.tinnhiem"
        shutil.copyfile(original, copy)
        conn = sqlite3.connect(copy)
        triggers = conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
            f"({', '.join('?' * len(TRIGGERS))})", TRIGGERS).fetchall()
        for trigger in TRIGGERS:
            conn.execute(f"DROP TRIGGER {trigger}")
        alter(conn, random.Random(rnd.random()))
        if alter.__name__ not in KEEP_STRUCTURE:
            for (sql,) in triggers:
                conn.execute(sql)
        conn.commit()
        conn.close()
        changed_view = visible(copy) != before_visible or structure(copy) != before_structure
        changed_log = log_rows(copy) != before_log
        code, text = run_verify(capsys, str(copy))
        code_expect, text_expect = run_verify(capsys, str(copy), "--expect", fingerprint)
        name = alter.__name__
        assert code in (0, 3) and code_expect in (0, 3), (name, text)
        if code == 3:
            assert "KHÔNG nguyên vẹn" in text or "Lỗi:" in text, text
        if changed_view or changed_log:
            # Everything a reader could see, and the evidence itself, is caught with the
            # printed fingerprint; without it, all but a full rewrite of the chain.
            assert code_expect == 3, (name, text_expect)
            if name not in FORGED:
                assert code == 3, (name, "verify passed an altered file")
            outcome = "caught" if code == 3 else "caught only with --expect"
        else:
            outcome = "invisible, passed" if code == 0 else "invisible, caught"
        tally[outcome] += 1
        by_kind[name, outcome] += 1
        copy.unlink()
    with capsys.disabled():
        print(f"\n{count} alterations: {dict(tally)}")
        for (kind, outcome), n in sorted(by_kind.items()):
            print(f"  {kind:24} {outcome:28} {n}")
    # Every kind of attack really changed something and was caught at least once (a random
    # alteration can happen to be a no-op, e.g. a role set to the role it had: those count as
    # invisible and prove nothing, so they may not be all a kind did).
    caught = {kind for (kind, outcome), n in by_kind.items() if n and outcome.startswith("caught")}
    assert caught == {a.__name__ for a in ALTERATIONS} - {"invisible"}, caught
    assert tally["caught"] + tally["caught only with --expect"] > count * 0.8


def test_tamper_seeded_subset(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tamper_run(tmp_path, capsys, count=40, seed=40)


@pytest.mark.slow
def test_tamper_many(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tamper_run(tmp_path, capsys, count=240, seed=2026)
