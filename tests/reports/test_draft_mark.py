"""Minutes printed before finalising say so on every page; finalised minutes never do."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.reports.builders import big_session, small_session
from tests.reports.pdfread import pages_text
from tinnhiem_desktop.reports.document import DRAFT_MARK, TRIAL_MARK
from tinnhiem_desktop.reports.minutes import render_minutes

SECTION_IV_DRAFT = "IV. CÁC ĐIỂM CẦN LƯU Ý (KẾT QUẢ CHƯA CHỐT)"


@pytest.mark.parametrize("trial", [False, True], ids=["real", "trial"])
def test_every_page_before_finalising_says_not_final(tmp_path: Path, trial: bool) -> None:
    s = big_session(tmp_path, officials=30, ballots=5, types=2, trial=trial)
    pages = pages_text(render_minutes(s.results()))
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        # The mark at the top of the page, not section IV (which is on one page at most).
        assert page.replace(SECTION_IV_DRAFT, "").count(DRAFT_MARK) == 1, number
        assert (TRIAL_MARK in page) is trial, number


def test_finalised_minutes_carry_no_draft_mark(tmp_path: Path) -> None:
    s = small_session(tmp_path, trial=True, present=29)
    accepted = {c.code.value: "Đã đối chiếu với danh sách ký tên." for c in s.results().warnings}
    before = pages_text(render_minutes(s.results()))
    assert all(DRAFT_MARK in page for page in before)
    s.finalise("Nguyễn Văn Hiền", accepted)
    s.add_addendum("Sửa chức vụ của ông Phạm Ngọc Ẩn.", "Vũ Thị Ngọc Ánh")
    pages = pages_text(render_minutes(s.results()))
    assert len(pages) >= 2
    for page in pages:
        assert "CHƯA CHỐT" not in page and TRIAL_MARK in page


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils (setup.sh)")
def test_the_mark_is_drawn_above_the_text(tmp_path: Path) -> None:
    """Rendered: the top band (above the 15 mm margin) holds red ink, the box's and the tag's,
    and nothing else; the page's text starts below it."""
    from PIL import Image

    s = small_session(tmp_path, trial=True)
    pdf = tmp_path / "bb.pdf"
    render_minutes(s.results(), pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "2", "-l", "2", str(pdf),
                    str(tmp_path / "p")], check=True, timeout=60)
    image = Image.open(next(tmp_path.glob("p-*.png"))).convert("RGB")
    mm = image.height / 297
    band = [image.getpixel((x, y)) for y in range(int(5 * mm), int(13 * mm))
            for x in range(image.width)]
    red = [p for p in band if p[0] > 150 and p[1] < 120 and p[2] < 120]
    dark = [p for p in band if max(p) < 100]
    assert len(red) > 30 and not dark
