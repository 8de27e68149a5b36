"""Blank ballot papers: one form per ballot type, the same list the recorder uses."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reports.builders import NAMES, make_session
from tests.reports.pdfread import pages_text
from tinnhiem_desktop.cli import main
from tinnhiem_desktop.domain.errors import InvalidInput
from tinnhiem_desktop.reports.ballot_paper import render_ballot_papers


def test_poll_ballot_per_type(tmp_path: Path) -> None:
    s = make_session(tmp_path, types=("Phiếu A", "Phiếu B"), trial=True)
    a, b = s.ballot_types()
    s.set_candidates(a.id, NAMES[:4])
    s.set_candidates(b.id, NAMES[4:])
    forms = [(bt, s.candidates(bt.id)) for bt in s.ballot_types()]
    pages = pages_text(render_ballot_papers(s.regime, s.info, forms))
    assert len(pages) == 2
    for page, (bt, candidates) in zip(pages, forms, strict=True):
        assert "PHIẾU LẤY PHIẾU TÍN NHIỆM" in page
        assert "ĐẢNG CỘNG SẢN VIỆT NAM" in page
        assert f"({bt.name})" in page
        assert "TT Họ và tên Chức vụ Tín nhiệm cao Tín nhiệm Tín nhiệm thấp" in page
        for c in candidates:
            assert f"{c.order} {c.name} {c.title}" in page
        assert "THỬ NGHIỆM" in page
        assert "Dấu vân tay" not in page


def test_vote_ballot_has_two_boxes(tmp_path: Path) -> None:
    s = make_session(tmp_path, regime="state-vote-nq96-2023")
    bt = s.ballot_type()
    s.set_candidates(bt.id, NAMES)
    text = pages_text(render_ballot_papers(s.regime, s.info, [(bt, s.candidates(bt.id))]))[0]
    assert "PHIẾU BỎ PHIẾU TÍN NHIỆM" in text
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert "Chức vụ Tín nhiệm Không tín nhiệm" in text


def test_refuses_a_type_without_officials(tmp_path: Path) -> None:
    s = make_session(tmp_path)
    bt = s.ballot_type()
    with pytest.raises(InvalidInput, match="chưa có người"):
        render_ballot_papers(s.regime, s.info, [(bt, ())])


def test_cli_ballot_paper_one_type(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    s = make_session(tmp_path, types=("Phiếu A", "Phiếu B"))
    a, b = s.ballot_types()
    s.set_candidates(a.id, NAMES[:4])
    s.set_candidates(b.id, NAMES[4:])
    path = s.path
    s.close()
    out = tmp_path / "phieu.pdf"
    assert main(["ballot-paper", str(path), "-o", str(out), "--ballot-type", "phiếu b"]) == 0
    pages = pages_text(out.read_bytes())
    assert len(pages) == 1
    assert NAMES[5][0] in pages[0] and NAMES[0][0] not in pages[0]
    assert main(["ballot-paper", str(path), "-o", str(out)]) == 0
    assert len(pages_text(out.read_bytes())) == 2
    assert main(["ballot-paper", str(path), "-o", str(out), "--ballot-type", "Không có"]) == 2
    assert "Không có loại phiếu" in capsys.readouterr().err


HEADING = "STT Họ và tên Chức vụ Tín nhiệm cao Tín nhiệm Tín nhiệm thấp"
SURNAMES = ["Nguyễn Thị Việt Dung", "Trần Thị Ánh Tuyết", "Phạm Ngọc Ẩn", "Lê Quang Hưng",
            "Đặng Thị Ngọc Thịnh", "Ưng Hoàng Phúc"]
TAILS = ["Công Tôn Nữ Hoàng Ngọc Anh Thư", "Trần Lê Hoàng Việt Dũng Quang Huy",
         "Phạm Ưng Ngọc Ẩn Thiện Hữu Nghĩa"]
POSITIONS = ["Phó Bí thư Thường trực Đảng ủy, Chủ tịch Hội đồng nhân dân tỉnh",
             "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Tổ chức Tỉnh ủy kiêm Trưởng ban "
             "Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh",
             "Phó Chủ tịch Ủy ban nhân dân tỉnh phụ trách khối kinh tế"]


def long_officials(n: int) -> list[tuple[str, str]]:
    """``n`` officials, every name 40 characters or more, long positions."""
    rows = [(f"{SURNAMES[i % 6]} {TAILS[i % 3]}", f"{POSITIONS[i % 3]} (số {i + 1})")
            for i in range(n)]
    assert all(len(name) >= 40 for name, _ in rows)
    return rows


@pytest.mark.parametrize("regime", ["party-qd96-2023", "state-nq96-2023",
                                    "state-vote-nq96-2023"])
def test_twenty_officials_fit_one_page_and_more_continue_under_the_heading(
    tmp_path: Path, regime: str
) -> None:
    from tests.reports.test_minutes_layout import text_runs

    heading = HEADING if regime != "state-vote-nq96-2023" else (
        "STT Họ và tên Chức vụ Tín nhiệm Không tín nhiệm")
    title = "PHIẾU BỎ PHIẾU TÍN NHIỆM" if "vote" in regime else "PHIẾU LẤY PHIẾU TÍN NHIỆM"
    for n, pages_expected in [(20, 1), (21, 2), (40, 2)]:
        s = make_session(tmp_path, regime=regime, name=f"{n}.tinnhiem",
                         body="Hội đồng nhân dân tỉnh Quảng Ninh" if "state" in regime else
                         "Đảng bộ tỉnh Quảng Ninh")
        bt = s.ballot_type()
        officials = long_officials(n)
        s.set_candidates(bt.id, officials)
        data = render_ballot_papers(s.regime, s.info, [(bt, s.candidates(bt.id))])
        pages = pages_text(data)
        assert len(pages) == pages_expected, (n, len(pages))
        for page in pages:
            assert heading in page
        assert pages[0].index("Ghi chú: Đối với mỗi người") < pages[0].index(heading)
        if pages_expected == 2:
            assert f"{title} (tiếp theo)" in pages[1]
            assert pages[1].index(f"{title} (tiếp theo)") < pages[1].index(heading)
        runs = [run for page in text_runs(data) for run in page]
        for name, _ in officials:
            assert name in runs, name  # every name whole on one line
        text = " ".join(pages)
        assert all(f"{i} {name}" in text for i, (name, _) in enumerate(officials, start=1))
