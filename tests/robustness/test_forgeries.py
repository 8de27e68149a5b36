"""Each hole a tester found in the file's promise, attacked as a forger would, and refused.

Every attack builds the forged file itself with plain ``sqlite3`` and ``hashlib``
(``tests/robustness/forgery.py``), with a valid hash chain where one is needed, then checks that
``verify`` says "not intact" (exit 3), that every command that prints or exports refuses it too
(exit 3, a Vietnamese message, no traceback), that the window's way in (``Session.open`` for
writing) refuses it, and that nothing was written to it.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.helpers import make_session, run_cli, sha256_of
from tests.robustness import forgery
from tinnhiem_desktop.domain.errors import FileProblem, TamperedFile
from tinnhiem_desktop.domain.fingerprint import group_hex, short_fingerprint
from tinnhiem_desktop.services.session import Session

READERS = [
    ("results", "{f}"),
    ("results", "{f}", "--json"),
    ("minutes", "{f}", "-o", "{dir}/bien-ban.pdf"),
    ("export", "{f}", "-o", "{dir}/ket-qua.xlsx"),
    ("export", "{f}", "-o", "{dir}/ket-qua.csv"),
    ("ballots", "export", "{f}", "{dir}/phieu.csv"),
    ("ballot-paper", "{f}", "-o", "{dir}/phieu.pdf"),
    ("backup", "{f}", "{dir}/ban-sao.tinnhiem"),
]
WRITERS = [
    ("accounting", "{f}", "--issued", "9", "--collected", "9"),
    ("addendum", "{f}", "--by", "Ưng Hoàng Phúc", "--text", "Đính chính."),
]


@pytest.fixture
def finalised(tmp_path: Path) -> tuple[Path, str]:
    """4 ballots of 3 officials, finalised: (file, the fingerprint printed at finalising)."""
    s = make_session(tmp_path, n_candidates=3, collected=4)
    t = s.ballot_type().id
    for marks in ["123", "312", "333", "211"]:
        s.record_ballot(t, marks)
    s.finalise("Nguyễn Thị Việt Dung")
    fingerprint = s.fingerprint()
    s.close()
    return tmp_path / "phien.tinnhiem", fingerprint


def refused_everywhere(capsys: pytest.CaptureFixture[str], path: Path, why: str) -> None:
    """``verify`` names ``why``; every reader and writer refuses; the file is unchanged."""
    before = sha256_of(path)
    out_dir = path.parent / "ra"
    out_dir.mkdir(exist_ok=True)
    code, _, err = run_cli(capsys, "verify", path)
    assert code == 3, err
    assert err.startswith("Tệp KHÔNG nguyên vẹn:") and why in err, err
    for command in READERS + WRITERS:
        args = [a.format(f=path, dir=out_dir) for a in command]
        code, _, err = run_cli(capsys, *args)
        assert code == 3, (command, err)
        assert err.startswith("Lỗi:") and "không nguyên vẹn" in err, (command, err)
    assert list(out_dir.iterdir()) == [], "nothing may be printed or exported from it"
    with pytest.raises(TamperedFile):
        Session.open(path)
    assert sha256_of(path) == before


# ------------------------------------------------------------------ 1. after finalising


def _void_and_reenter(conn: sqlite3.Connection) -> None:
    forgery.void(conn, 1, 2)
    forgery.record(conn, 1, 2, "333")


POST_FINALISATION: dict[str, Callable[[sqlite3.Connection], object]] = {
    "void and re-enter": _void_and_reenter,
    "officials swapped": lambda conn: forgery.swap_officials(conn, 1),
    "session info changed": lambda conn: forgery.change_info(conn, present=99),
    "ballot added": lambda conn: forgery.record(conn, 1, 5, "333"),
}


@pytest.mark.parametrize("attack", sorted(POST_FINALISATION))
def test_changes_appended_after_finalising_are_refused(
    finalised: tuple[Path, str], capsys: pytest.CaptureFixture[str], attack: str
) -> None:
    path, at_finalising = finalised
    with forgery.forging(path) as conn:
        POST_FINALISATION[attack](conn)
    before = sha256_of(path)
    code, _, err = run_cli(capsys, "verify", path, "--expect", at_finalising)
    assert code == 3 and "sau khi chốt chỉ được ghi đính chính" in err, err
    assert sha256_of(path) == before
    refused_everywhere(capsys, path, "sau khi chốt chỉ được ghi đính chính")


def test_a_ballot_recorded_after_finalising_with_a_raised_count_is_refused(
    finalised: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = finalised
    with forgery.forging(path) as conn:
        conn.execute("UPDATE ballot_types SET issued = 5, collected = 5")
        forgery.append_event(conn, "accounting_set", {
            "id": 1, "before": {"issued": 4, "spoiled": 0, "collected": 4},
            "after": {"issued": 5, "spoiled": 0, "collected": 5}})
        forgery.record(conn, 1, 5, "333")
    refused_everywhere(capsys, path, "sau khi chốt chỉ được ghi đính chính")


# ------------------------------------------------------------------ 2. the structure


def test_a_view_planted_in_place_of_the_ballots_is_refused(
    finalised: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = finalised
    conn = sqlite3.connect(path)
    forgery.plant_ballots_view(conn, "111")
    conn.commit()
    conn.close()
    refused_everywhere(capsys, path, "có thêm view “ballots”")


@pytest.mark.parametrize("plant", [
    "CREATE INDEX extra ON log (at)",
    "CREATE TABLE ghi_chu (x TEXT)",
    "CREATE TRIGGER sua_phieu AFTER INSERT ON ballots BEGIN SELECT 1; END",
    "DROP TRIGGER voids_no_delete",
    "DROP INDEX ballots_by_type",
])
def test_any_change_to_the_structure_is_refused(
    finalised: tuple[Path, str], capsys: pytest.CaptureFixture[str], plant: str
) -> None:
    path, _ = finalised
    conn = sqlite3.connect(path)
    conn.execute(plant)
    conn.commit()
    conn.close()
    refused_everywhere(capsys, path, "Cấu trúc tệp đã bị sửa ngoài phần mềm")


def test_a_view_planted_while_the_window_has_the_file_open_stops_every_write(
    tmp_path: Path,
) -> None:
    """The open session (as the window holds it) was verified at opening; another program then
    plants the view. Nothing more is written, and no result is read through it."""
    s = make_session(tmp_path, collected=4)
    t = s.ballot_type().id
    s.record_ballot(t, "123")
    path = tmp_path / "phien.tinnhiem"
    conn = sqlite3.connect(path)
    forgery.plant_ballots_view(conn, "111")
    conn.commit()
    conn.close()
    before = sha256_of(path)
    with pytest.raises(TamperedFile, match="chương trình khác ghi vào"):
        s.record_ballot(t, "321")
    with pytest.raises(TamperedFile, match="chương trình khác ghi vào"):
        s.results()
    s.close()
    assert sha256_of(path) == before


# ------------------------------------------------------------------ 3. impossible events


@pytest.mark.parametrize("marks", ["", "9", "1111", "ab", "12", "1 3", "１２３"])
def test_a_ballot_with_impossible_marks_and_a_valid_chain_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], marks: str
) -> None:
    s = make_session(tmp_path, n_candidates=3, collected=4)
    s.record_ballot(s.ballot_type().id, "123")
    s.close()
    path = tmp_path / "phien.tinnhiem"
    with forgery.forging(path) as conn:
        forgery.record(conn, 1, 2, marks)
    refused_everywhere(capsys, path, "không hợp lệ")


@pytest.mark.parametrize(("what", "attack"), [
    ("number 0", lambda c: forgery.record(c, 1, 0, "123")),
    ("a number twice", lambda c: forgery.record(c, 1, 1, "123")),
    ("no such ballot type", lambda c: forgery.record(c, 7, 2, "123")),
    ("more than collected", lambda c: [forgery.record(c, 1, n, "123") for n in (2, 3, 4, 5)]),
    ("a control character in a reason", lambda c: forgery.record(c, 1, 2, "", "Lý do\x1b[2J")),
    ("a name with a zero-width space",
     lambda c: forgery.change_info(c, title="Hội\u200bnghị")),
    ("a date with Arabic-Indic digits", lambda c: forgery.change_info(c, date="٢٠٢٣-٠٢-٠١")),
    ("a regime changed", lambda c: forgery.change_info(c, regime_id="state-nq96-2023")),
    ("a count as a boolean", lambda c: forgery.change_info(c, present=True)),
    ("a flag as a number", lambda c: forgery.change_info(c, trial=1)),
    ("an addendum before finalising",
     lambda c: forgery.append_event(c, "addendum_added",
                                    {"number": 1, "text": "X", "by": "Y", "at": forgery.AT})),
    ("an unknown event", lambda c: forgery.append_event(c, "ballot_deleted", {"id": 1})),
])
def test_events_the_app_could_not_have_written_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], what: str,
    attack: Callable[[sqlite3.Connection], object],
) -> None:
    s = make_session(tmp_path, n_candidates=3, collected=4)
    s.record_ballot(s.ballot_type().id, "123")
    s.close()
    path = tmp_path / "phien.tinnhiem"
    with forgery.forging(path) as conn:
        attack(conn)
    refused_everywhere(capsys, path, "không hợp lệ")


# ------------------------------------------------------------------ 4. fingerprints on paper


def test_a_paper_printed_before_finalising_still_matches_and_says_what_followed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    s = make_session(tmp_path, n_candidates=3, collected=3)
    t = s.ballot_type().id
    for marks in ["123", "312", "333"]:
        s.record_ballot(t, marks)
    printed = s.fingerprint()  # the draft minutes printed for the committee to check
    s.finalise("Nguyễn Thị Việt Dung")
    s.close()
    path = tmp_path / "phien.tinnhiem"
    code, out, _ = run_cli(capsys, "verify", path, "--expect", group_hex(printed))
    assert code == 0, out
    assert "Sau đó chỉ có việc chốt kết quả: các số liệu trên bản in không thay đổi." in out
    # The 16 digits of the status bar are enough.
    code, out, _ = run_cli(capsys, "verify", path, "--expect", short_fingerprint(printed))
    assert code == 0 and "Sau đó chỉ có việc chốt kết quả" in out
    code, _, err = run_cli(capsys, "verify", path, "--expect", printed[:15])
    assert code == 2 and "từ 16 đến 64 chữ số hex" in err


def test_a_paper_printed_before_ballots_were_voided_and_reentered_no_longer_stands(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    s = make_session(tmp_path, n_candidates=3, collected=3)
    t = s.ballot_type().id
    for marks in ["123", "312", "333"]:
        s.record_ballot(t, marks)
    printed = s.fingerprint()
    for number in (1, 2, 3):
        s.void_ballot_number(t, number, "Đọc nhầm")
        s.record_ballot(t, "111", number=number)
    s.finalise("Nguyễn Thị Việt Dung")
    s.close()
    path = tmp_path / "phien.tinnhiem"
    before = sha256_of(path)
    code, _, err = run_cli(capsys, "verify", path, "--expect", printed)
    assert code == 3, err
    assert "SAU KHI IN tệp đã có thay đổi làm khác nội dung bản in: 3 phiếu được nhập, " \
           "3 phiếu bị hủy, việc chốt kết quả." in err
    assert sha256_of(path) == before


def test_a_full_rewrite_of_the_chain_after_the_paper_is_caught_by_the_paper(
    finalised: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    """No secret in the chain: a forger who rewrites a ballot and recomputes every hash after it
    passes ``verify`` alone, never ``verify --expect`` with the fingerprint on the paper."""
    path, printed = finalised
    with forgery.forging(path) as conn:
        conn.execute(
            'UPDATE log SET payload = replace(payload, \'"marks":"123"\', '
            '\'"marks":"333"\') WHERE action = \'ballot_recorded\' '
            'AND payload LIKE \'%"number":1}\'')
        conn.execute("UPDATE ballots SET marks = '333' WHERE number = 1")
        forgery.rehash(conn)
    assert run_cli(capsys, "verify", path)[0] == 0
    code, _, err = run_cli(capsys, "verify", path, "--expect", printed)
    assert code == 3 and "KHÔNG khớp" in err


# ------------------------------------------------------------------ 6. our bugs are bugs


def test_a_bug_of_ours_is_not_reported_as_a_damaged_file(tmp_path: Path) -> None:
    """An append-only trigger firing, or a misspelt table, is a bug: it reaches the crash report
    as itself, never as "your file is damaged, use a backup"."""
    from tinnhiem_desktop.storage.errors import sql_errors

    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (x)")
    conn.execute("CREATE TRIGGER t_no_delete BEFORE DELETE ON t "
                 "BEGIN SELECT RAISE(ABORT, 't is append-only'); END")
    conn.execute("INSERT INTO t VALUES (1)")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"), sql_errors(tmp_path / "f"):
        conn.execute("DELETE FROM t")
    with pytest.raises(sqlite3.OperationalError, match="no such table"), \
            sql_errors(tmp_path / "f"):
        conn.execute("SELECT * FROM ballotz")
    conn.close()
    with pytest.raises(sqlite3.ProgrammingError), sql_errors(tmp_path / "f"):
        conn.execute("SELECT 1")


def test_environment_errors_are_sorted_by_their_code(tmp_path: Path) -> None:
    from tinnhiem_desktop.domain.errors import DamagedFile, NotOurFile
    from tinnhiem_desktop.storage.errors import sql_errors

    junk = tmp_path / "rac.bin"
    junk.write_bytes(b"\x00" * 4096)
    shutil.copyfile(junk, tmp_path / "rac2.bin")
    with pytest.raises(NotOurFile), sql_errors(junk):
        sqlite3.connect(tmp_path / "rac2.bin").execute("SELECT * FROM sqlite_master").fetchall()
    broken = tmp_path / "hong.sqlite"
    conn = sqlite3.connect(broken)
    conn.execute("CREATE TABLE t (x TEXT)")
    conn.executemany("INSERT INTO t VALUES (?)", [("x" * 500,)] * 200)
    conn.commit()
    conn.close()
    data = bytearray(broken.read_bytes())
    data[4096 + 8: 4096 + 64] = b"\xff" * 56  # a page's header and cell pointers smashed
    broken.write_bytes(bytes(data))
    with pytest.raises(FileProblem) as caught, sql_errors(broken):
        sqlite3.connect(broken).execute("SELECT count(*), max(x) FROM t").fetchall()
    assert isinstance(caught.value, DamagedFile)
    assert "Hãy dùng bản sao lưu gần nhất" in caught.value.message


# ------------------------------------------------------------------ logs of 0.1.0


OLD_FILE = Path(__file__).parents[1] / "fixtures" / "session-v1-0.1.0-raw-text.tinnhiem"


def test_a_file_of_0_1_0_verifies_by_its_own_rules_but_not_impossible_events(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """0.1.0 recorded no log format and kept control characters in texts: its genuine files
    keep verifying; an impossible event appended to one is refused all the same."""
    path = tmp_path / "cu.tinnhiem"
    shutil.copyfile(OLD_FILE, path)
    assert run_cli(capsys, "verify", path)[0] == 0
    with forgery.forging(path) as conn:
        forgery.record(conn, 1, 5, "9x")
    refused_everywhere(capsys, path, "không hợp lệ")


def test_downgrading_a_new_file_to_the_old_rules_needs_a_new_chain_and_the_paper_shows_it(
    finalised: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    """The log format sits in the first entry, under the chain: removing it to smuggle in a
    text the old rules allowed means recomputing every hash, which the printed fingerprint
    catches."""
    path, printed = finalised
    with forgery.forging(path) as conn:
        (payload,) = conn.execute("SELECT payload FROM log WHERE seq = 1").fetchone()
        assert ',"log_format":2' in payload
        conn.execute("UPDATE log SET payload = ? WHERE seq = 1",
                     (payload.replace(',"log_format":2', ""),))
        forgery.rehash(conn)
    code, _, err = run_cli(capsys, "verify", path, "--expect", printed)
    assert code == 3 and "KHÔNG khớp" in err


def test_a_log_written_before_a_session_field_existed_still_verifies(tmp_path: Path) -> None:
    """A field a later version adds to the session info is absent from older logs: absent means
    its default, and the file verifies (the fixture of 0.1.0 holds every field of today)."""
    from tinnhiem_desktop.domain.events import Action
    from tinnhiem_desktop.domain.model import Basis, SessionInfo
    from tinnhiem_desktop.domain.replay import Replayer
    from tinnhiem_desktop.services.regimes import shipped_regimes

    info = SessionInfo(regime_id="party-qd96-2023", denominator=Basis.COLLECTED).to_dict()
    del info["many_invalid_percent"], info["written_name_rule"]
    replayer = Replayer(shipped_regimes())
    replayer.apply(Action.SESSION_CREATED, {"info": info})
    assert replayer.snapshot().info.many_invalid_percent == 10
