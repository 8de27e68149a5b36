"""A trial entry of the test deck, end to end on real files: ``test-deck`` writes the deck, the
deck's CSV goes into a trial copy through ``ballots import``, and ``test-deck-check`` compares,
prints the certificate and records the run in the real session's log (and its minutes)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.helpers import make_session, run_cli, sha256_of
from tests.robustness import forgery
from tinnhiem_desktop.domain.errors import UserFacingError
from tinnhiem_desktop.services.session import Session, make_trial_copy, verify_file

NAMES3 = ["Nguyễn Thị Việt Dung", "Trần Thị Ánh Tuyết", "Phạm Ngọc Ẩn"]


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def trial_copy(real: Path, trial: Path) -> Path:
    """The trial copy the recorder enters the deck into."""
    return make_trial_copy(real, trial)


@pytest.fixture
def real(tmp_path: Path) -> Path:
    s = make_session(tmp_path, n_candidates=3, collected=0, name="that.tinnhiem",
                     title="Hội nghị Ban Chấp hành")
    s.set_committee([("Nguyễn Văn Hiền", "truong_ban"), ("Vũ Thị Ngọc Ánh", "thu_ky")])
    s.close()
    return tmp_path / "that.tinnhiem"


def make_deck(capsys: pytest.CaptureFixture[str], real: Path) -> tuple[Path, Path, Path]:
    folder = real.parent
    pdf, csv, exp = folder / "bo-phieu-thu.pdf", folder / "bo-phieu-thu.csv", folder / "dung.json"
    code, out, err = run_cli(capsys, "test-deck", real, "-o", pdf, "--csv", csv,
                             "--expected", exp)
    assert code == 0, err
    assert "9 phiếu" in out
    return pdf, csv, exp


def test_the_deck_entered_through_ballots_import_gives_exactly_the_expected_results(
    real: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = sha256_of(real)
    pdf, csv, exp = make_deck(capsys, real)
    assert sha256_of(real) == before  # making the deck writes nothing to the session
    trial = real.parent / "ban-thu.tinnhiem"
    code, out, err = run_cli(capsys, "test-deck", real, "-o", pdf, "--trial-copy", trial)
    assert code == 0 and f"Đã tạo bản thử {trial}" in out, err
    assert sha256_of(real) == before
    with Session.open_to_view(trial) as t:
        assert t.copy_origin is not None and t.copy_origin.kind.value == "trial"
        assert t.copy_origin.source_name == "that.tinnhiem"
        assert t.info.trial and t.ballot_type().accounting.collected == 9
        assert [m.name for m in t.committee()] == ["Nguyễn Văn Hiền", "Vũ Thị Ngọc Ánh"]
    code, _, err = run_cli(capsys, "ballots", "import", trial, csv)
    assert code == 0, err
    code, out, err = run_cli(capsys, "results", trial, "--json")
    assert code == 0, err
    entered = json.loads(out)["ballot_types"]
    expected = json.loads(exp.read_text("utf-8"))
    # The same shape, figure for figure (the checks are the trial file's own warnings).
    assert [dict(bt, checks=[]) for bt in entered] == expected["ballot_types"]
    # The figures, written here: 9 papers, one invalid as a whole; official 1 gets 1/2/3 of
    # the three levels, official 2 gets 2/3/1, official 3 gets 3/1/2.
    (bt,) = entered
    assert (bt["recorded"], bt["whole_invalid"], bt["collected"]) == (9, 1, 9)
    assert [c["counts"] for c in bt["candidates"]] == [
        {"high": 1, "medium": 2, "low": 3},
        {"high": 2, "medium": 3, "low": 1},
        {"high": 3, "medium": 1, "low": 2},
    ]
    assert [c["invalid"] for c in bt["candidates"]] == [3, 3, 3]
    assert [c["percent"]["high"] for c in bt["candidates"]] == ["11.11", "22.22", "33.33"]

    cert = real.parent / "chung-nhan.pdf"
    code, out, err = run_cli(capsys, "test-deck-check", real, trial, "--expected", exp,
                             "--pdf", cert)
    assert code == 0, err
    assert "bộ phiếu thử: đạt." in out
    text = pdf_text(cert)
    assert "KẾT QUẢ: ĐẠT" in text and "ban-thu.tinnhiem" in text
    with Session.open_to_view(real) as s:
        (check,) = s.deck_checks()
        assert check.passed and check.trial_name == "ban-thu.tinnhiem"
        assert [e.action.value for e in s.log()][-1] == "test_deck_checked"
    minutes = real.parent / "bien-ban.pdf"
    assert run_cli(capsys, "minutes", real, "-o", minutes)[0] == 0
    assert "Ban kiểm phiếu đã kiểm tra phần mềm bằng bộ phiếu thử: đạt" in pdf_text(minutes)


def test_a_typo_in_the_trial_entry_gives_a_failing_certificate_naming_official_and_level(
    real: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, csv, exp = make_deck(capsys, real)
    trial = trial_copy(real, real.parent / "ban-thu.tinnhiem")
    lines = csv.read_text("utf-8").splitlines()
    # Ballot 1 marks "111"; the recorder typed 2 for the second official.
    assert lines[1] == "1,1,1,1,"
    lines[1] = "1,1,2,1,"
    csv.write_text("\n".join(lines) + "\n", "utf-8")
    assert run_cli(capsys, "ballots", "import", trial, csv)[0] == 0
    cert = real.parent / "chung-nhan.pdf"
    code, out, _ = run_cli(capsys, "test-deck-check", real, trial, "--expected", exp,
                           "--pdf", cert)
    assert code == 2
    assert "không đạt" in out
    assert "2. Trần Thị Ánh Tuyết — Tín nhiệm cao: nhập 1, đúng là 2" in out
    assert "2. Trần Thị Ánh Tuyết — Tín nhiệm: nhập 4, đúng là 3" in out
    text = " ".join(pdf_text(cert).split())
    assert "KẾT QUẢ: KHÔNG ĐẠT" in text
    assert "Trần Thị Ánh Tuyết — Tín nhiệm cao: nhập 1, đúng là 2" in text
    with Session.open_to_view(real) as s:
        (check,) = s.deck_checks()
        assert not check.passed
        assert [(d.order, d.what, d.entered, d.expected) for d in check.differences] == [
            (2, "high", 1, 2), (2, "medium", 4, 3)]
    minutes = real.parent / "bien-ban.pdf"
    assert run_cli(capsys, "minutes", real, "-o", minutes)[0] == 0
    words = " ".join(pdf_text(minutes).split())
    assert "bằng bộ phiếu thử: không đạt (2. Trần Thị Ánh Tuyết — Tín nhiệm cao: nhập 1, " \
        "đúng là 2" in words
    assert verify_file(real).ok


def test_refusals_change_nothing(real: Path, capsys: pytest.CaptureFixture[str],
                                 tmp_path: Path) -> None:
    _, csv, exp = make_deck(capsys, real)
    trial = trial_copy(real, tmp_path / "ban-thu.tinnhiem")
    before = sha256_of(real)
    # Nothing entered yet.
    code, _, err = run_cli(capsys, "test-deck-check", real, trial, "--expected", exp)
    assert code == 2 and "chưa có phiếu thử nào" in err
    # The real file itself as its own trial.
    code, _, err = run_cli(capsys, "test-deck-check", real, real)
    assert code == 2 and "không phải chính tệp phiên thật" in err
    # An expected file edited by hand.
    data = json.loads(exp.read_text("utf-8"))
    data["ballot_types"][0]["candidates"][0]["counts"]["high"] = 2
    edited = tmp_path / "sua.json"
    edited.write_text(json.dumps(data), "utf-8")
    assert run_cli(capsys, "ballots", "import", trial, csv)[0] == 0
    code, _, err = run_cli(capsys, "test-deck-check", real, trial, "--expected", edited)
    assert code == 2 and "không phải của bộ phiếu thử lập từ phiên này" in err
    (tmp_path / "rac.json").write_text("{", "utf-8")
    code, _, err = run_cli(capsys, "test-deck-check", real, trial, "--expected",
                           tmp_path / "rac.json")
    assert code == 2 and "không đọc được JSON" in err
    # A session with another list, and its own trial copy.
    other = make_session(tmp_path, n_candidates=2, collected=9, name="khac.tinnhiem")
    other.close()
    with Session.open(make_trial_copy(other.path, tmp_path / "khac-thu.tinnhiem")) as t:
        t.record_ballot(t.ballot_type().id, "12")
    code, _, err = run_cli(capsys, "test-deck-check", real, tmp_path / "khac-thu.tinnhiem")
    assert code == 2 and "không có cùng thể thức và danh sách" in err
    # A file that is no trial copy (the other session itself, a ballot entered).
    with Session.open(other.path) as o:
        o.record_ballot(o.ballot_type().id, "12")
    code, _, err = run_cli(capsys, "test-deck-check", real, other.path)
    assert code == 2 and "không phải bản thử của phiên" in err
    assert sha256_of(real) == before


def test_a_trial_copy_altered_outside_the_app_is_refused_with_exit_3(
    real: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, csv, _ = make_deck(capsys, real)
    trial = trial_copy(real, real.parent / "ban-thu.tinnhiem")
    assert run_cli(capsys, "ballots", "import", trial, csv)[0] == 0
    with forgery.forging(trial) as conn:
        conn.execute("UPDATE ballots SET marks = '222' WHERE number = 1")
    before = sha256_of(real)
    code, _, err = run_cli(capsys, "test-deck-check", real, trial)
    assert code == 3 and "không nguyên vẹn" in err
    assert sha256_of(real) == before


def test_after_finalising_the_deck_check_is_refused(tmp_path: Path) -> None:
    s = make_session(tmp_path, n_candidates=2, collected=1)
    s.record_ballot(s.ballot_type().id, "12")
    s.finalise("Nguyễn Văn Hiền", {})
    with pytest.raises(UserFacingError):
        s.check_test_deck(tmp_path / "khong-co.tinnhiem")


def test_a_certificate_that_cannot_be_written_records_no_run(
    real: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _, csv, _ = make_deck(capsys, real)
    trial = trial_copy(real, tmp_path / "ban-thu.tinnhiem")
    assert run_cli(capsys, "ballots", "import", trial, csv)[0] == 0
    before = sha256_of(real)
    code, _, err = run_cli(capsys, "test-deck-check", real, trial, "--pdf",
                           tmp_path / "khong-co" / "chung-nhan.pdf")
    assert code == 2 and "không tồn tại" in err
    assert sha256_of(real) == before
    with Session.open_to_view(real) as s:
        assert s.deck_checks() == ()


def test_two_ballot_types_give_one_csv_each_and_a_list_changed_later_is_said(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    real = tmp_path / "hai-loai.tinnhiem"
    with Session.create(real, "state-vote-nq96-2023", ["Phiếu A", "Phiếu B"]) as s:
        a, b = (bt.id for bt in s.ballot_types())
        s.set_candidates(a, [("Nguyễn Văn An", "Chủ tịch")])
        s.set_candidates(b, [("Lê Thị Bảy", "Phó Chủ tịch"), ("Trần Văn Tám", "Ủy viên")])
    csv, trial = tmp_path / "thu.csv", tmp_path / "thu.tinnhiem"
    code, out, err = run_cli(capsys, "test-deck", real, "-o", tmp_path / "thu.pdf", "--csv", csv,
                             "--trial-copy", trial)
    assert code == 0, err
    assert "12 phiếu" in out  # 6 papers a ballot type with two levels
    assert (tmp_path / "thu-1.csv").read_text("utf-8").splitlines() == [
        "so_phieu,Nguyễn Văn An,khong_hop_le", "1,1,", "2,2,",
        "3,,Phiếu không do Ban kiểm phiếu phát ra", "4,2,", "5,,", "6,x,"]
    assert not csv.exists()
    for i, name in ((1, "Phiếu A"), (2, "Phiếu B")):
        code, _, err = run_cli(capsys, "ballots", "import", trial, tmp_path / f"thu-{i}.csv",
                               "--ballot-type", name)
        assert code == 0, err
    code, out, _ = run_cli(capsys, "test-deck-check", real, trial)
    assert code == 0 and "đạt." in out
    with Session.open(real) as s:
        s.set_candidates(b, [("Lê Thị Bảy", "Phó Chủ tịch")])
    assert run_cli(capsys, "minutes", real, "-o", tmp_path / "bb.pdf")[0] == 0
    words = " ".join(pdf_text(tmp_path / "bb.pdf").split())
    assert "bằng bộ phiếu thử: đạt (lúc" in words
    assert "danh sách đã được sửa sau lần kiểm tra này" in words
