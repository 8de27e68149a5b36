"""``committee`` sets the counting committee from the command line; ``new --electing-body`` and
the body's name decide which body the subtitle of a state session names."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import run_cli, sha256_of
from tests.reports.builders import small_session
from tests.reports.pdfread import all_text, pages_text
from tinnhiem_desktop.cli import main

OFFICIALS = "ho_ten,chuc_vu\nNguyễn Thị Việt Dung,Chủ tịch\nTrần Thị Ánh Tuyết,Phó Chủ tịch\n"


@pytest.fixture
def session(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "s.tinnhiem"
    assert run_cli(capsys, "new", path, "--regime", "party-qd96-2023", "--body",
                   "Đảng bộ tỉnh Quảng Ninh")[0] == 0
    return path


def test_committee_set_from_the_command_line_is_printed_on_the_minutes(
    session: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_cli(
        capsys, "committee", session,
        "--member", "Nguyễn Văn Hiền:Trưởng ban",
        "--member", "Phạm Thị Thu Hà:pho truong ban",
        "--member", "Đỗ Thị Thu Hường:UỶ VIÊN",
        "--member", "Hoàng Đức Mạnh:uy_vien",
        "--member", "  Vũ Thị Ngọc Ánh :  Thư Ký ",
    )
    assert (code, err) == (0, "")
    assert "Đã ghi Ban kiểm phiếu gồm 5 thành viên" in out
    assert "2. Phạm Thị Thu Hà — Phó Trưởng ban" in out
    out_pdf = tmp_path / "bb.pdf"
    assert run_cli(capsys, "minutes", session, "-o", out_pdf)[0] == 0
    text = all_text(out_pdf.read_bytes())
    for line in ["1. Nguyễn Văn Hiền — Trưởng ban", "2. Phạm Thị Thu Hà — Phó Trưởng ban",
                 "3. Đỗ Thị Thu Hường — Ủy viên", "4. Hoàng Đức Mạnh — Ủy viên",
                 "5. Vũ Thị Ngọc Ánh — Thư ký"]:
        assert line in text, line
    signatures = text.split("(Ký, ghi rõ họ tên)", 1)[1]
    for name in ("Nguyễn Văn Hiền", "Phạm Thị Thu Hà", "Đỗ Thị Thu Hường", "Hoàng Đức Mạnh",
                 "Vũ Thị Ngọc Ánh"):
        assert name in signatures, name
    # Running it again replaces the committee.
    assert run_cli(capsys, "committee", session, "--member", "Lê Văn An:truong_ban")[0] == 0
    assert run_cli(capsys, "minutes", session, "-o", out_pdf)[0] == 0
    text = all_text(out_pdf.read_bytes())
    assert "Ban kiểm phiếu gồm 1 thành viên" in text and "Nguyễn Văn Hiền" not in text


@pytest.mark.parametrize(
    ("member", "message"),
    [
        ("Nguyễn Văn Hiền", "HỌ TÊN:VAI TRÒ"),
        ("Nguyễn Văn Hiền:", "HỌ TÊN:VAI TRÒ"),
        ("Nguyễn Văn Hiền:Chủ tịch", "Vai trò “Chủ tịch” không có trong Ban kiểm phiếu"),
        (" :Trưởng ban", "thiếu họ tên"),
        ("\u200b:Thư ký", "thiếu họ tên"),
    ],
)
def test_bad_members_are_refused_with_exit_2_and_change_nothing(
    session: Path, capsys: pytest.CaptureFixture[str], member: str, message: str
) -> None:
    before = sha256_of(session)
    code, out, err = run_cli(capsys, "committee", session,
                             "--member", "Nguyễn Văn An:Trưởng ban", "--member", member)
    assert code == 2
    assert err.startswith("Lỗi:") and message in err, err
    assert sha256_of(session) == before


def test_no_member_is_a_usage_error(session: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["committee", str(session)])
    assert exit_info.value.code == 2 and "--member" in capsys.readouterr().err


def test_a_finalised_session_keeps_its_committee(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    s = small_session(tmp_path)
    s.finalise("Nguyễn Văn Hiền", {c.code.value: "Đã giải trình." for c in s.results().warnings})
    path = s.path
    s.close()
    before = sha256_of(path)
    code, _, err = run_cli(capsys, "committee", path, "--member", "Lê Văn An:Trưởng ban")
    assert code == 2
    assert "Phiên đã chốt kết quả: không thể thay đổi" in err
    assert sha256_of(path) == before


QH_POLL = "Lấy phiếu tín nhiệm đối với người giữ chức vụ do Quốc hội bầu hoặc phê chuẩn"
HDND_POLL = "Lấy phiếu tín nhiệm đối với người giữ chức vụ do Hội đồng nhân dân bầu"


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--body", "Quốc hội khóa XV"], QH_POLL),
        (["--body", "Kỳ họp thứ sáu", "--electing-body", "quoc_hoi"], QH_POLL),
        (["--body", "Hội đồng nhân dân tỉnh Lào Cai"], HDND_POLL),
        (["--body", "Quốc hội khóa XV", "--electing-body", "hdnd"], HDND_POLL),
    ],
)
def test_the_subtitle_names_the_electing_body(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], expected: str
) -> None:
    path = tmp_path / "qh.tinnhiem"
    assert run_cli(capsys, "new", path, "--regime", "state-nq96-2023", *args)[0] == 0
    (tmp_path / "c.csv").write_text(OFFICIALS, encoding="utf-8")
    assert run_cli(capsys, "candidates", "import", path, tmp_path / "c.csv")[0] == 0
    minutes, paper = tmp_path / "bb.pdf", tmp_path / "phieu.pdf"
    assert run_cli(capsys, "minutes", path, "-o", minutes)[0] == 0
    assert run_cli(capsys, "ballot-paper", path, "-o", paper)[0] == 0
    for text in (all_text(minutes.read_bytes()), pages_text(paper.read_bytes())[0]):
        assert expected in text
        other = HDND_POLL if expected == QH_POLL else QH_POLL
        assert other not in text
        if expected == QH_POLL:
            assert "do Hội đồng nhân dân bầu" not in text


def test_electing_body_value_is_checked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["new", str(tmp_path / "x.tinnhiem"), "--regime", "state-nq96-2023",
              "--electing-body", "senate"])
    assert exit_info.value.code == 2 and "quoc_hoi" in capsys.readouterr().err
    assert not (tmp_path / "x.tinnhiem").exists()
