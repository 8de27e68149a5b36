"""The CLI contract: exit codes, Vietnamese messages, no tracebacks, round trips."""

import json
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from tests.helpers import run_cli
from tinnhiem_desktop.cli import main

OFFICIALS = "ho_ten,chuc_vu\nNguyễn Thị Việt Dung,Chủ tịch\nTrần Thị Ánh Tuyết,Phó Chủ tịch\n"




@pytest.fixture
def session(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "s.tinnhiem"
    assert run_cli(capsys, "new", path, "--regime", "party-qd96-2023", "--title", "Hội nghị",
               "--summoned", "10", "--present", "9", "--date", "2026-11-27")[0] == 0
    (tmp_path / "c.csv").write_text(OFFICIALS, encoding="utf-8")
    assert run_cli(capsys, "candidates", "import", path, tmp_path / "c.csv")[0] == 0
    assert run_cli(capsys, "accounting", path, "--issued", "9", "--collected", "5")[0] == 0
    return path


def test_results_json_before_any_ballot_and_with_nothing_collected(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "e.tinnhiem"
    run_cli(capsys, "new", path, "--regime", "state-vote-nq96-2023")
    (tmp_path / "c.csv").write_text(OFFICIALS, encoding="utf-8")
    run_cli(capsys, "candidates", "import", path, tmp_path / "c.csv")
    code, out, _ = run_cli(capsys, "results", path, "--json")
    assert code == 0
    data = json.loads(out)
    cand = data["ballot_types"][0]["candidates"][0]
    assert cand["counts"] == {"confidence": 0, "no_confidence": 0}
    assert cand["percent"] == {"confidence": None, "no_confidence": None}
    assert cand["band"] == "none"
    assert data["ballot_types"][0]["denominator"] == {"basis": "collected", "value": 0}
    code, out, _ = run_cli(capsys, "results", path)
    assert code == 0 and "— %" in out


def test_import_export_round_trip(
    session: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    nfd = unicodedata.normalize(
        "NFD",
        "so_phieu,Nguyễn Thị Việt Dung,Trần Thị Ánh Tuyết,khong_hop_le\n1,1,3,\n2,X,,\n"
        "3,,,Phiếu không do Ban kiểm phiếu phát ra\n4,2,2,\n",
    )
    (tmp_path / "b.csv").write_bytes(b"\xef\xbb\xbf" + nfd.encode("utf-8"))
    code, out, _ = run_cli(capsys, "ballots", "import", session, tmp_path / "b.csv")
    assert code == 0 and "UTF-8 (có BOM)" in out
    assert run_cli(capsys, "ballots", "export", session, tmp_path / "o.csv")[0] == 0
    exported = (tmp_path / "o.csv").read_text("utf-8")
    assert exported == unicodedata.normalize("NFC", nfd).replace("X", "x")
    data = json.loads(run_cli(capsys, "results", session, "--json")[1])
    bt = data["ballot_types"][0]
    assert bt["recorded"] == 4 and bt["whole_invalid"] == 1
    assert bt["candidates"][1]["counts"] == {"high": 0, "medium": 1, "low": 1}
    assert bt["candidates"][1]["percent"]["low"] == "20.00"
    assert bt["candidates"][0]["invalid"] == 2
    assert [c["code"] for c in bt["checks"]].count("recorded_ne_collected") == 1
    # import of the export into a fresh copy of the session reproduces the same figures
    fresh = tmp_path / "fresh.tinnhiem"
    run_cli(capsys, "new", fresh, "--regime", "party-qd96-2023", "--title", "Hội nghị",
        "--summoned", "10", "--present", "9", "--date", "2026-11-27")
    run_cli(capsys, "candidates", "import", fresh, tmp_path / "c.csv")
    run_cli(capsys, "accounting", fresh, "--issued", "9", "--collected", "5")
    assert run_cli(capsys, "ballots", "import", fresh, tmp_path / "o.csv")[0] == 0
    again = json.loads(run_cli(capsys, "results", fresh, "--json")[1])
    assert again["ballot_types"] == data["ballot_types"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("so_phieu,Nguyễn Thị Việt Dung,Trần Thị Ánh Tuyết\n1,1,4\n", "Dòng 2: ô của “Trần"),
        ("so_phieu,Nguyễn Thị Việt Dung,Trần Thị Ánh Tuyết\n1,1,0\n", "mã “0”"),
        ("so_phieu,Nguyễn Thị Việt Dung,Trần Thị Ánh Tuyết\n1,1,1\n1,2,2\n", "lặp lại"),
        ("so_phieu,Nguyễn Thị Việt Dung,Trần Thị Ánh Tuyết\n2,1,1\n1,2,2\n", "không theo thứ tự"),
        ("so_phieu,Nguyễn Thị Việt Dung,Trần Thị Ánh Tuyết\n1,1\n", "có 2 cột, cần 3"),
        ("so_phieu,Trần Thị Ánh Tuyết,Nguyễn Thị Việt Dung\n1,1,1\n", "đúng thứ tự"),
        ("so_phieu,Nguyễn Thị Việt Dung,Trần Thị Ánh Tuyết\n"
         + "".join(f"{i},1,1\n" for i in range(1, 7)), "Dòng 7: Đã nhập đủ 5"),
    ],
)
def test_bad_ballot_csv_is_refused_whole(
    session: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str,
    message: str
) -> None:
    (tmp_path / "bad.csv").write_text(content, encoding="utf-8")
    before = session.read_bytes()
    code, _, err = run_cli(capsys, "ballots", "import", session, tmp_path / "bad.csv")
    assert code == 2
    assert message in err and "Lỗi:" in err
    assert session.read_bytes() == before


def test_usage_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["accounting", str(tmp_path / "x"), "--issued", "ba", "--collected", "1"])
    assert info.value.code == 2
    assert "Lỗi" in capsys.readouterr().err
    code, _, err = run_cli(capsys, "new", tmp_path / "y.tinnhiem", "--regime", "khong-co")
    assert code == 2 and "Không có thể thức" in err
    code, _, err = run_cli(capsys, "new", tmp_path / "y.tinnhiem", "--regime", "party-vote",
                       "--date", "2026/27/11")
    assert code == 2 and "dd/mm/yyyy" in err and "yyyy-mm-dd" in err
    assert not (tmp_path / "y.tinnhiem").exists()


def test_foreign_file_exits_3_unchanged(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "not.tinnhiem"
    path.write_bytes(b"hello world" * 50)
    for args in (["results", path], ["verify", path], ["accounting", path, "--issued", "1",
                                                       "--collected", "1"]):
        code, _, err = run_cli(capsys, *args)
        assert code == 3 and "không phải tệp phiên" in err
    assert path.read_bytes() == b"hello world" * 50


def test_console_script_runs_without_traceback(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "tinnhiem_desktop", "verify", str(tmp_path / "missing.tinnhiem")],
        capture_output=True, text=True, encoding="utf-8", timeout=60,
    )
    assert proc.returncode == 2
    assert "Không tìm thấy tệp" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.parametrize(
    "command",
    [["results"], ["results", "--json"], ["minutes", "-o", "{tmp}/m.pdf"],
     ["export", "-o", "{tmp}/r.csv"], ["ballot-paper", "-o", "{tmp}/p.pdf"],
     ["ballots", "export", "{file}", "{tmp}/b.csv"], ["backup", "{file}", "{tmp}/copy.tinnhiem"]],
)
def test_no_output_from_an_altered_file(
    session: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    import sqlite3

    conn = sqlite3.connect(session)
    conn.execute("UPDATE ballot_types SET collected = 4")
    conn.commit()
    conn.close()
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    args = [a.format(tmp=out_dir, file=session) for a in command]
    if "{file}" not in " ".join(command):
        args.insert(1 if command[0] != "ballots" else 2, str(session))
    code, out, err = run_cli(capsys, *args)
    assert code == 3, (out, err)
    assert "không nguyên vẹn" in err
    assert list(out_dir.iterdir()) == []


def test_doubtful_ballots_and_spot_checks_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.helpers import make_session, run_cli

    s = make_session(tmp_path, n_candidates=3, collected=3)
    s.close()
    f = tmp_path / "phien.tinnhiem"
    code, out, _ = run_cli(capsys, "set-aside", f, "--note", "Dấu mờ ở dòng 1")
    assert code == 0 and "Đã để riêng phiếu số 1" in out
    code, _, err = run_cli(capsys, "decide", f, "2", "--marks", "123")
    assert code == 2 and "Không có phiếu số 2 đang để riêng" in err
    with pytest.raises(SystemExit) as exited:
        run_cli(capsys, "decide", f, "1")
    assert exited.value.code == 2 and "--marks" in capsys.readouterr().err
    code, out, _ = run_cli(capsys, "decide", f, "1", "--marks", "123")
    assert code == 0 and "phiếu số 1: hợp lệ, các mức 123" in out
    for number, marks in ((2, "111"), (3, "222")):
        csv = _ballots_csv(tmp_path, number, marks)
        assert run_cli(capsys, "ballots", "import", f, csv)[0] == 0
    code, out, _ = run_cli(capsys, "spot-check", "draw", f, "-k", "2", "--seed", "42")
    assert code == 0 and "mã bốc thăm 42" in out
    drawn = [int(n) for n in out.rsplit("phiếu số ", 1)[1].rstrip(".\n").split(", ")]
    code, _, err = run_cli(capsys, "finalise", f, "--by", "A")
    assert code == 2 and "chưa đối chiếu" in err
    assert run_cli(capsys, "spot-check", "record", f, drawn[0], "--match")[0] == 0
    code, out, _ = run_cli(capsys, "spot-check", "record", f, drawn[1], "--difference",
                           "Dòng 2 là x")
    assert code == 0 and "khác — Dòng 2 là x" in out
    code, _, err = run_cli(capsys, "finalise", f, "--by", "A")
    assert code == 2 and "spot_check_difference" not in err and "giải trình" in err
    code, _, _ = run_cli(capsys, "finalise", f, "--by", "A",
                         "--accept", "spot_check_difference=Nhập lại lần hai: khớp.")
    assert code == 0
    assert run_cli(capsys, "verify", f)[0] == 0


def _ballots_csv(folder: Path, number: int, marks: str) -> Path:
    from tests.helpers import NAMES

    path = folder / f"phieu-{number}.csv"
    header = ",".join(["so_phieu", *(name for name, _ in NAMES[: len(marks)])])
    path.write_text(f"{header}\n{number}," + ",".join(marks) + "\n", encoding="utf-8")
    return path


def test_self_test_prints_vietnamese_through_a_cp1252_pipe(tmp_path: Path) -> None:
    """A piped stdout on Windows is cp1252: the self-test must still print (as UTF-8)."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "PYTHONIOENCODING": "cp1252", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "tinnhiem_desktop", "--self-test"],
                          capture_output=True, env=env, cwd=tmp_path, timeout=120, check=False)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert "nguyên vẹn".encode() in done.stdout


def test_a_list_longer_than_any_officials_list_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.helpers import sha256_of
    from tinnhiem_desktop.exchange.officials_paste import MAX_OFFICIALS

    path = tmp_path / "d.tinnhiem"
    run_cli(capsys, "new", path, "--regime", "party-qd96-2023")
    rows = "".join(f"Người thứ {i},Chức vụ {i}\n" for i in range(MAX_OFFICIALS + 1))
    (tmp_path / "dai.csv").write_text("ho_ten,chuc_vu\n" + rows, encoding="utf-8")
    before = sha256_of(path)
    code, out, err = run_cli(capsys, "candidates", "import", path, tmp_path / "dai.csv")
    assert (code, out) == (2, "") and err.startswith("Lỗi:") and "hơn 2.000 dòng" in err
    assert sha256_of(path) == before
    (tmp_path / "du.csv").write_text("ho_ten,chuc_vu\n" + rows.split("\n", 1)[1],
                                     encoding="utf-8")  # exactly MAX_OFFICIALS: accepted
    assert run_cli(capsys, "candidates", "import", path, tmp_path / "du.csv")[0] == 0
