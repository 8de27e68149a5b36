"""Finalise, addenda, ``verify --expect``, ``backup`` and the rolling copies, through the CLI and
the service, on real session files."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

import pytest

from tests.helpers import make_session, run_cli, sha256_of
from tinnhiem_desktop.domain.errors import InvalidInput, SessionLocked
from tinnhiem_desktop.domain.events import Action
from tinnhiem_desktop.domain.fingerprint import group_hex
from tinnhiem_desktop.services.backups import RollingBackup, backup_folder
from tinnhiem_desktop.services.session import Session, verify_file


@pytest.fixture
def counted(tmp_path: Path) -> Path:
    """All 4 collected ballots recorded; one official has many invalid rows (a warning)."""
    s = make_session(tmp_path, n_candidates=2, collected=4)
    t = s.ballot_type().id
    for marks in ["12", "31", "0x", "22"]:
        s.record_ballot(t, marks)
    s.close()
    return tmp_path / "phien.tinnhiem"


def test_finalise_refused_while_a_blocking_check_stands(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    s = make_session(tmp_path, collected=3)
    s.record_ballot(s.ballot_type().id, "123")
    s.close()
    path = tmp_path / "phien.tinnhiem"
    before = sha256_of(path)
    code, _, err = run_cli(capsys, "finalise", path, "--by", "Nguyễn Thị Việt Dung")
    assert code == 2 and "Chưa thể chốt kết quả" in err and "1/3" in err
    assert sha256_of(path) == before


def test_finalise_needs_every_warning_explained(
    counted: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_cli(capsys, "finalise", counted, "--by", "Nguyễn Thị Việt Dung")
    assert code == 2 and "giải trình" in err
    code, _, err = run_cli(capsys, "finalise", counted, "--by", "A",
                           "--accept", "many_invalid_rows")
    assert code == 2 and "MÃ=GIẢI TRÌNH" in err
    code, _, err = run_cli(capsys, "finalise", counted, "--by", "A", "--accept",
                       "many_invalid_rows=x", "--accept", "khong_co=y")
    assert code == 2 and "khong_co" in err  # a mistyped code is not silently dropped
    code, _, err = run_cli(capsys, "finalise", counted, "--by", "A", "--accept", "quorum_not_met=z",
                       "--accept", "many_invalid_rows=x")
    assert code == 2 and "Không có cảnh báo mã quorum_not_met" in err


def finalise(path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    code, out, err = run_cli(capsys, "finalise", path, "--by", "Nguyễn Thị Việt Dung", "--accept",
                         "many_invalid_rows=Cử tri để trống, Ban kiểm phiếu đã xác nhận")
    assert code == 0, err
    with Session.open(path, readonly=True) as s:
        fin = s.finalised
        assert fin is not None and fin.by == "Nguyễn Thị Việt Dung"
        assert f"Đã chốt kết quả: Nguyễn Thị Việt Dung, lúc {fin.at}." in out
        assert fin.accepted[0].code == "many_invalid_rows"
        fingerprint = s.fingerprint()
    assert group_hex(fingerprint) in out
    return fingerprint


def test_finalised_session_is_read_only_everywhere(
    counted: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    finalise(counted, capsys)
    before = sha256_of(counted)
    for args in [
        ("accounting", counted, "--issued", "5", "--collected", "4"),
        ("finalise", counted, "--by", "Người khác"),
        ("ballots", "import", counted, counted.with_name("none.csv")),
    ]:
        code, _, err = run_cli(capsys, *args)
        assert code == 2, (args, err)
    csv = counted.with_name("b.csv")
    csv.write_text("so_phieu,Nguyễn Thị Việt Dung,Trần Thị Ánh Tuyết\n5,1,1\n", encoding="utf-8")
    code, _, err = run_cli(capsys, "ballots", "import", counted, csv)
    assert code == 2 and "đã chốt kết quả" in err
    assert sha256_of(counted) == before
    with Session.open(counted) as s:
        t = s.ballot_type().id
        for attempt in [
            lambda: s.record_ballot(t, "11"),
            lambda: s.void_ballot(1, "nhầm"),
            lambda: s.set_candidates(t, [("A", "B")]),
            lambda: s.update_info(title="Khác"),
            lambda: s.set_committee([("A", "uy_vien")]),
            lambda: s.add_ballot_type("Phiếu 2"),
            lambda: s.set_accounting(t, issued=9, collected=4),
        ]:
            with pytest.raises(SessionLocked, match="đính chính"):
                attempt()
    assert sha256_of(counted) == before


def test_addenda_are_numbered_and_verify_accepts_either_fingerprint(
    counted: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_cli(capsys, "addendum", counted, "--by", "A", "--text", "T")
    assert code == 2 and "chưa chốt" in err
    at_finalise = finalise(counted, capsys)
    for i in (1, 2):
        code, out, _ = run_cli(capsys, "addendum", counted, "--by", "Ưng Hoàng Phúc",
                           "--text", f"Đính chính lần {i}: sửa chức vụ.")
        assert code == 0 and f"Đã ghi đính chính số {i}" in out
    with Session.open(counted, readonly=True) as s:
        assert [e.payload["number"] for e in s.log() if e.action is Action.ADDENDUM_ADDED] == [1, 2]
        assert [a.number for a in s.results().addenda] == [1, 2]
        current = s.fingerprint()
    assert current != at_finalise
    code, out, _ = run_cli(capsys, "verify", counted, "--expect", group_hex(at_finalise))
    assert code == 0 and "Khớp với dấu vân tay của tệp sau mục nhật ký số" in out
    assert "(chốt kết quả, lúc" in out
    assert "Sau đó chỉ có 2 đính chính: các số liệu trên bản in không thay đổi." in out
    code, out, _ = run_cli(capsys, "verify", counted, "--expect", current.upper())
    assert code == 0 and "Khớp với dấu vân tay hiện tại" in out
    assert "Không có thay đổi nào sau đó." in out
    code, _, err = run_cli(capsys, "verify", counted, "--expect", "ab" * 32)
    assert code == 3 and "KHÔNG khớp" in err
    code, _, err = run_cli(capsys, "verify", counted, "--expect", "abcd efgh")
    assert code == 2 and "64 chữ số hex" in err


def test_verify_expect_before_finalising(counted: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fingerprint = verify_file(counted).fingerprint
    code, out, _ = run_cli(capsys, "verify", counted, "--expect", group_hex(fingerprint))
    assert code == 0 and "hiện tại" in out and "lúc chốt" not in out


# ------------------------------------------------------------------ copies


def test_backup_command(counted: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_path = counted.with_name("ban-sao.tinnhiem")
    code, out, err = run_cli(capsys, "backup", counted, out_path)
    assert code == 0 and "nguyên vẹn" in out, err
    assert verify_file(out_path).fingerprint == verify_file(counted).fingerprint
    before = sha256_of(out_path)
    code, _, err = run_cli(capsys, "backup", counted, out_path)
    assert code == 2 and "đã tồn tại" in err and sha256_of(out_path) == before
    code, _, err = run_cli(capsys, "backup", counted, counted.with_name("khong-co") / "x.tinnhiem")
    assert code == 2 and "không tồn tại" in err
    # while another window holds the file for writing, a copy can still be taken
    with Session.open(counted):
        code, _, err = run_cli(capsys, "backup", counted, counted.with_name("khi-dang-mo.tinnhiem"))
    assert code == 0, err
    assert not list(counted.parent.glob("*.dang-ghi"))


def test_rolling_backup_every_25_keeps_10(tmp_path: Path) -> None:
    make_session(tmp_path, n_candidates=6, collected=400).close()
    path = tmp_path / "phien.tinnhiem"
    with Session.open(path, rolling_backup=True) as s:
        t = s.ballot_type().id
        for i in range(1, 301):
            s.record_ballot(t, "123123")
            copies = sorted(backup_folder(path).glob("*.tinnhiem")) if i % 25 in (0, 1) else None
            if i == 24:
                assert not backup_folder(path).exists()
            if copies is not None and i % 25 == 0:
                assert copies[-1].name.endswith(f"-{i:05d}.tinnhiem")
                assert verify_file(copies[-1]).ok
    copies = sorted(backup_folder(path).glob("*.tinnhiem"))
    assert [c.name[-15:] for c in copies] == [f"-{n:05d}.tinnhiem" for n in range(75, 301, 25)]
    with Session.open(copies[-1], readonly=True) as last:
        assert last.recorded_count(last.ballot_type().id) == 300


def test_rolling_backup_counts_an_import_and_never_fails_recording(tmp_path: Path) -> None:
    make_session(tmp_path, n_candidates=3, collected=100).close()
    path = tmp_path / "phien.tinnhiem"
    backup_folder(path).write_text("một tệp chắn chỗ thư mục sao lưu")  # copies cannot be made
    errors: list[str] = []
    with Session.open(path, rolling_backup=RollingBackup(on_error=errors.append)) as s:
        t = s.ballot_type().id
        for _ in range(30):
            s.record_ballot(t, "123")
        assert s.recorded_count(t) == 30
        assert s.rolling_backup is not None
        assert s.rolling_backup.last_error is not None
        assert "Không tạo được bản sao lưu tự động" in s.rolling_backup.last_error
        assert errors == [s.rolling_backup.last_error]
    backup_folder(path).unlink()
    with Session.open(path, rolling_backup=True) as s:
        t = s.ballot_type().id
        from tinnhiem_desktop.services.session import BallotRow

        s.record_ballots(t, [BallotRow(None, "321") for _ in range(25)])
        assert s.rolling_backup is not None and s.rolling_backup.last_copy is not None
        assert s.rolling_backup.last_copy.name.endswith("-00055.tinnhiem")


def test_rolling_backup_does_not_slow_the_typical_record(tmp_path: Path) -> None:
    """Median record time with and without copies; the 25th record pays for one copy."""
    timings: dict[bool, list[float]] = {}
    for rolling in (False, True):
        folder = tmp_path / ("co" if rolling else "khong")
        folder.mkdir()
        make_session(folder, n_candidates=6, collected=500).close()
        with Session.open(folder / "phien.tinnhiem", rolling_backup=rolling) as s:
            t = s.ballot_type().id
            times = []
            for _ in range(250):
                start = time.perf_counter()
                s.record_ballot(t, "123123")
                times.append(time.perf_counter() - start)
        timings[rolling] = times
    plain, rolled = (statistics.median(timings[k]) for k in (False, True))
    worst = max(timings[True])
    print(f"\nrecord median {plain * 1000:.2f} ms without copies, {rolled * 1000:.2f} ms with; "
          f"slowest with a copy {worst * 1000:.1f} ms")
    assert rolled < plain * 1.5 + 0.002
    assert worst < 0.5


def test_backup_refuses_an_existing_copy(counted: Path) -> None:
    with Session.open(counted, readonly=True) as s, pytest.raises(InvalidInput):
        s.backup(counted)
