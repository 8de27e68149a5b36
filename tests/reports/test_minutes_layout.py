"""How the minutes sit on the page (docs/domain.md §7): a name is never split across lines, a
band cell is never blank, a table breaks between rows only and repeats its heading, a
paragraph is never split across pages, and the committee signs by the convention of the body."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader

from tests.reports.builders import COMMITTEE, NAMES, big_session, make_session
from tests.reports.pdfread import pages_text
from tests.reports.test_minutes import expected_rows
from tinnhiem_desktop.reports.minutes import render_minutes

HEADING = "TT Họ và tên Chức vụ Phiếu hợp lệ Phiếu không hợp lệ"
LONG = [("Nguyễn Thị Việt Dung Trần Lê Hoàng Anh Thư", "Phó Bí thư Thường trực Đảng ủy, "
         "Chủ tịch Hội đồng nhân dân xã, Trưởng ban Chỉ đạo"),
        ("Công Tôn Nữ Thị Tuyết Trinh Hoàng Ngọc Ánh", "Ủy viên Ban Thường vụ, Trưởng ban "
         "Tổ chức, Trưởng ban Bảo vệ chăm sóc sức khỏe cán bộ")]


def text_runs(data: bytes) -> list[list[str]]:
    """Per page, every piece of text as drawn (one call to draw one line of a cell)."""
    runs: list[list[str]] = []
    for page in PdfReader(io.BytesIO(data)).pages:
        found: list[str] = []

        def keep(text: str, *_: object, found: list[str] = found) -> None:
            found.append(text.strip())

        page.extract_text(visitor_text=keep)
        runs.append([t for t in found if t])
    return runs


def test_names_are_never_split_and_band_cells_never_blank(tmp_path: Path) -> None:
    for k, (officials, expect_landscape) in enumerate([(NAMES, False), (NAMES + LONG, True)]):
        s = make_session(tmp_path, name=f"s{k}.tinnhiem")
        bt = s.ballot_type()
        s.set_candidates(bt.id, officials)
        s.set_accounting(bt.id, issued=3, collected=3)
        for marks in ("3" * len(officials), "3" * len(officials), "1" * len(officials)):
            s.record_ballot(bt.id, marks)
        data = render_minutes(s.results())
        runs = [run for page in text_runs(data) for run in page]
        for name, _ in officials:
            assert name in runs, name  # drawn whole, on one line
        for row in expected_rows(s):
            assert row.endswith(" Từ 2/3") or row.endswith(" –"), row
        reader = PdfReader(io.BytesIO(data))
        sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages]
        assert sizes[0][0] < sizes[0][1]  # the first page is portrait
        # Names too long for a portrait table: the results, and what follows, in landscape.
        assert any(w > h for w, h in sizes) is expect_landscape


def test_tables_break_between_rows_and_repeat_their_heading(tmp_path: Path) -> None:
    s = big_session(tmp_path, officials=45, ballots=6, types=2)
    data = render_minutes(s.results())
    pages = pages_text(data)
    runs = text_runs(data)
    for row in expected_rows(s):
        # Every row whole on one page, under the heading printed on that page.
        holders = [i for i, page in enumerate(pages) if row in page]
        assert holders, row
        assert HEADING in pages[holders[0]]
    for bt in s.results().ballot_types:
        for cr in bt.candidates:
            assert cr.candidate.name in [r for page in runs for r in page]
    # The sentence under each table is on the page of the table's last row.
    last_rows = [expected_rows(s)[44], expected_rows(s)[89]]
    for row in last_rows:
        page = next(p for p in pages if row in p)
        assert row + " Tỷ lệ % tính trên tổng số phiếu thu về (6 phiếu)." in page


QD96_K2 = ("Khoản 2 Điều 11 Quy định số 96-QĐ/TW quy định: “Những trường hợp có trên 50% nhưng "
           "dưới 2/3 số phiếu tín nhiệm thấp thì cấp có thẩm quyền quản lý cán bộ đưa ra khỏi "
           "quy hoạch các chức vụ cao hơn; xem xét cho thôi giữ chức vụ đang đảm nhiệm, bố trí "
           "công tác khác hoặc cho từ chức hoặc tiến hành bỏ phiếu tín nhiệm theo quy định.”")


def test_quotations_are_never_split_across_pages(tmp_path: Path) -> None:
    # One more official, one more row: the quotation under the table moves down the page in
    # steps of a row, and for some of these counts would straddle the end of the page.
    for n in range(12, 24):
        s = make_session(tmp_path, name=f"{n}.tinnhiem")
        bt = s.ballot_type()
        s.set_candidates(bt.id, [(f"{NAMES[i % 6][0]} {i}", NAMES[i % 6][1])
                                 for i in range(n)])
        s.set_accounting(bt.id, issued=9, collected=9)
        for i in range(9):
            s.record_ballot(bt.id, "3" + ("3" if i < 5 else "2") + "1" * (n - 2))
        pages = pages_text(render_minutes(s.results()))
        assert any(QD96_K2 in page for page in pages), n


def test_explanations_are_never_split_across_pages(tmp_path: Path) -> None:
    explanation = ("Một đại biểu xin về sớm vì việc gia đình đột xuất, đã báo cáo chủ tọa hội "
                   "nghị và được đồng ý; Ban kiểm phiếu đã đối chiếu danh sách ký nhận phiếu.")
    for n in range(14, 24):
        s = make_session(tmp_path, name=f"{n}.tinnhiem", present=29)
        bt = s.ballot_type()
        s.set_candidates(bt.id, [(f"{NAMES[i % 6][0]} {i}", NAMES[i % 6][1])
                                 for i in range(n)])
        s.set_accounting(bt.id, issued=9, collected=9)
        for _ in range(9):
            s.record_ballot(bt.id, "1" * n)
        text = " ".join([explanation] * 3)
        s.finalise("Nguyễn Văn Hiền", {c.code.value: text for c in s.results().warnings})
        pages = pages_text(render_minutes(s.results()))
        assert any(f"Giải trình: {text}" in page for page in pages), n


def test_party_signature_block(tmp_path: Path) -> None:
    s = make_session(tmp_path)
    s.set_committee([("Nguyễn Văn Hiền", "truong_ban"), ("Đỗ Thị Thu Hường", "uy_vien"),
                     ("Phạm Thị Thu Hà", "pho_truong_ban"), ("Vũ Thị Ngọc Ánh", "thu_ky")])
    pages = pages_text(render_minutes(s.results()))
    text = " ".join(pages)
    block = text.split("hệ thống chính trị.")[-1]
    # The secretary beside the chair, who signs for the committee; then the Phó Trưởng ban
    # and the members.
    assert ("THƯ KÝ (Ký, ghi rõ họ tên) Vũ Thị Ngọc Ánh T/M BAN KIỂM PHIẾU TRƯỞNG BAN "
            "(Ký, ghi rõ họ tên) Nguyễn Văn Hiền PHÓ TRƯỞNG BAN (Ký, ghi rõ họ tên) Phạm Thị "
            "Thu Hà ỦY VIÊN (Ký, ghi rõ họ tên) Đỗ Thị Thu Hường") in block
    assert "TM. BAN" not in text
    # The signatures are never alone on their page: the closing lines are with them.
    signed = next(p for p in pages if "T/M BAN KIỂM PHIẾU" in p)
    assert "Biên bản được lập xong vào hồi" in signed


def test_state_signature_block(tmp_path: Path) -> None:
    s = make_session(tmp_path, regime="state-nq96-2023", body="Hội đồng nhân dân tỉnh Lào Cai")
    text = " ".join(pages_text(render_minutes(s.results())))
    assert "TM. BAN KIỂM PHIẾU TRƯỞNG BAN (Ký, ghi rõ họ tên) Nguyễn Văn Hiền" in text
    assert "T/M BAN" not in text
    for name, _ in COMMITTEE:
        assert text.count(name) == 2
