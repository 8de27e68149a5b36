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
