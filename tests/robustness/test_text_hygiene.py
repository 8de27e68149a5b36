"""Typed and imported text as a tester types it: other scripts' digits, control characters,
invisible characters. Refused with a Vietnamese message, or cleaned before anything is stored."""

from __future__ import annotations

import io
import json
import shutil
import unicodedata
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.helpers import NAMES, make_session, run_cli, sha256_of
from tests.reports.pdfread import all_text
from tinnhiem_desktop.cli import main
from tinnhiem_desktop.domain.errors import InvalidInput
from tinnhiem_desktop.domain.model import Role
from tinnhiem_desktop.exchange.results_export import results_xlsx
from tinnhiem_desktop.reports.minutes import render_minutes
from tinnhiem_desktop.services.session import Session

REGIME = "party-qd96-2023"
ARABIC_DATE = "٢٠٢٣-٠٢-٠١"
FULL_WIDTH_DATE = "２０２３-０２-０１"
DIRTY = "\x01Nguyễn\u200b Thị\x1b[31m Việt\u00ad Dung\x00\x9b\u202e\ufeff"
"""What a tester pasted: SOH, ZWSP, ESC, soft hyphen, NUL, CSI (C1), RLO, BOM."""


def _hidden(text: str) -> list[str]:
    return [f"U+{ord(c):04X}" for c in text
            if unicodedata.category(c) in ("Cc", "Cf") and c not in "\n"]


@pytest.mark.parametrize("date", [ARABIC_DATE, FULL_WIDTH_DATE, "٠١/٠٢/٢٠٢٣"])
def test_dates_in_other_digits_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], date: str
) -> None:
    path = tmp_path / "p.tinnhiem"
    code, _, err = run_cli(capsys, "new", path, "--regime", REGIME, "--date", date)
    assert code == 2 and err.startswith("Lỗi: Ngày") and "chữ số 0–9" in err, err
    assert not path.exists()


@pytest.mark.parametrize("count", ["٣٠", "３０", "³"])
def test_counts_in_other_digits_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], count: str
) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["new", str(tmp_path / "p.tinnhiem"), "--regime", REGIME, "--summoned", count])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert "không phải số nguyên không âm" in err and "Traceback" not in err
    assert not (tmp_path / "p.tinnhiem").exists()
    make_session(tmp_path, collected=10).close()
    path = tmp_path / "phien.tinnhiem"
    before = sha256_of(path)
    with pytest.raises(SystemExit):
        main(["accounting", str(path), "--issued", count, "--collected", "1"])
    assert sha256_of(path) == before


def test_a_date_typed_dd_mm_yyyy_is_stored_iso_and_printed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "p.tinnhiem"
    code, _, err = run_cli(capsys, "new", path, "--regime", REGIME, "--date", "2/3/2026",
                           "--time", "8h30", "--city", "Hạ Long")
    assert code == 0, err
    with Session.open(path, readonly=True) as s:
        assert (s.info.date, s.info.time) == ("2026-03-02", "08:30")
    out = tmp_path / "bb.pdf"
    assert run_cli(capsys, "minutes", path, "-o", out)[0] == 0
    text = all_text(out.read_bytes())
    assert "Hạ Long, ngày 02 tháng 3 năm 2026" in text and "08 giờ 30 phút" in text


def test_control_and_invisible_characters_never_reach_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "p.tinnhiem"
    code, _, err = run_cli(capsys, "new", path, "--regime", REGIME, "--title", DIRTY,
                           "--ballot-type", f"Phiếu\t{DIRTY}")
    assert code == 0, err
    csv = tmp_path / "ds.csv"
    csv.write_text(f"ho_ten,chuc_vu\n{DIRTY},Bí\x07 thư\u200d\nLê Quang Hưng,Ủy viên\n",
                   encoding="utf-8")
    code, _, err = run_cli(capsys, "candidates", "import", path, csv)
    assert code == 0, err
    with Session.open(path) as s:
        bt = s.ballot_type()
        s.set_accounting(bt.id, issued=3, collected=3)
        s.record_ballot(bt.id, "", invalid_reason=f"Rách\x1b[2J\n\x00{DIRTY}")
        s.set_committee([(DIRTY, Role.CHAIR)])
        assert s.info.title == "Nguyễn Thị[31m Việt Dung"
        assert bt.name == "Phiếu Nguyễn Thị[31m Việt Dung"
        assert [c.name for c in s.candidates(bt.id)] == ["Nguyễn Thị[31m Việt Dung",
                                                          "Lê Quang Hưng"]
        assert s.candidates(bt.id)[0].title == "Bí thư"
        assert s.active_ballots(bt.id)[0].invalid_reason == "Rách[2J\nNguyễn Thị[31m Việt Dung"
        assert s.committee()[0].name == "Nguyễn Thị[31m Việt Dung"
        results = s.results()
    # Nothing hidden anywhere in what the file holds, so every output is clean too.
    assert _hidden(json.dumps(results.info.to_dict(), ensure_ascii=False)) == []
    code, out, err = run_cli(capsys, "results", path)
    assert code == 0 and _hidden(out + err) == [], _hidden(out + err)
    xlsx = tmp_path / "kq.xlsx"
    assert run_cli(capsys, "export", path, "-o", xlsx)[0] == 0
    sheet = load_workbook(xlsx)["Kết quả"]
    assert sheet.cell(row=2, column=10).value == "Nguyễn Thị[31m Việt Dung"


def test_an_invisible_character_does_not_make_a_second_official(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "p.tinnhiem"
    Session.create(path, REGIME).close()
    before = sha256_of(path)
    csv = tmp_path / "ds.csv"
    csv.write_text("ho_ten,chuc_vu\nNguyễn Thị Việt Dung,Bí thư\n"
                   "Nguyễn\u200b Thị Việt Dung,Bí\u00ad thư\n", encoding="utf-8")
    code, _, err = run_cli(capsys, "candidates", "import", path, csv)
    assert code == 2 and "Dòng 3: “Nguyễn Thị Việt Dung” trùng với dòng 2" in err, err
    assert sha256_of(path) == before
    with Session.open(path) as s, pytest.raises(InvalidInput, match="trùng"):
        s.set_candidates(s.ballot_type().id, [NAMES[0], ("\u2060" + NAMES[0][0], NAMES[0][1])])
    code, _, err = run_cli(capsys, "new", tmp_path / "q.tinnhiem", "--regime", REGIME,
                           "--ballot-type", "Phiếu A", "--ballot-type", "Phiếu\u200c A")
    assert code == 2 and "không trùng nhau" in err
    assert not (tmp_path / "q.tinnhiem").exists()


OLD_FILE = Path(__file__).parents[1] / "fixtures" / "session-v1-0.1.0-raw-text.tinnhiem"
"""Made by version 0.1.0 itself (git 07b227b), which stored control and invisible characters:
title "Hội\x01 nghị\x1b[2J", body with a zero-width space, date "2026-3-2", ballot type
"Phiếu\x07\x9b A", an official "Nguyễn Thị\x1b[31m Việt Dung", a void reason with ESC."""


def _old_file(tmp_path: Path) -> Path:
    path = tmp_path / "cu.tinnhiem"
    shutil.copyfile(OLD_FILE, path)
    return path


def test_an_older_file_holding_control_characters_verifies_and_still_exports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A genuine file of 0.1.0 keeps verifying (its log is checked by the rules it was written
    by), and the XLSX export and the minutes do not crash on what it holds."""
    path = _old_file(tmp_path)
    assert run_cli(capsys, "verify", path)[0] == 0
    with Session.open(path) as s:
        results = s.results()
    book = load_workbook(io.BytesIO(results_xlsx(results)))
    values = [c.value for row in book["Phiên"].iter_rows() for c in row]
    assert "Hội nghị[2J" in values
    text = all_text(render_minutes(results))
    assert "ngày 2026-3-2" in text  # printed as the old file holds it, not a crash


def test_the_terminal_never_receives_a_control_character(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """From an older file's names, or quoted from a mistyped argument."""
    path = _old_file(tmp_path)
    code, out, err = run_cli(capsys, "results", path)
    assert code == 0 and "Hội nghị[2J" in out and "Phiếu A" in out
    assert "Nguyễn Thị[31m Việt Dung" in out
    assert [c for c in out + err if unicodedata.category(c) == "Cc" and c != "\n"] == []
    for args in (["accounting", path, "--ballot-type", "\x1b]0;owned\x07", "--issued", "1",
                  "--collected", "1"],
                 ["finalise", path, "--by", "An", "--accept", "\x1b[31m"]):
        code, out, err = run_cli(capsys, *args)
        assert code == 2 and err.startswith("Lỗi: "), err
        assert [c for c in out + err if unicodedata.category(c) == "Cc" and c != "\n"] == []
