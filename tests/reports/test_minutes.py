"""The minutes PDF read back: every element of docs/domain.md §7 and exactly the figures of
``results --json`` for the same file."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reports.builders import COMMITTEE, NAMES, big_session, make_session, small_session
from tests.reports.pdfread import all_text, font_names, pages_text, vi_percent
from tinnhiem_desktop.domain.fingerprint import group_hex
from tinnhiem_desktop.domain.model import Role
from tinnhiem_desktop.domain.wording import ROLE_LABELS
from tinnhiem_desktop.exchange.results_json import results_to_dict
from tinnhiem_desktop.reports.minutes import render_minutes
from tinnhiem_desktop.services.session import Session

BAND_COLUMN = {"two_thirds": "Từ 2/3", "over_half": "Trên 1/2", "none": "–"}
"""The table's narrow band column, by the band id of ``results --json`` (a band without a
short form here fails the test)."""


def expected_rows(session: Session) -> list[str]:
    """Each table row as the text it must read: TT, name, position, valid, invalid, then the
    count and the Vietnamese percentage of every level, then the band column."""
    results = session.results()
    data = results_to_dict(results)
    rows = []
    for bt_data in data["ballot_types"]:
        for c in bt_data["candidates"]:
            cells = [str(c["order"]), c["name"], c["position"], str(c["valid"]),
                     str(c["invalid"])]
            for level in results.regime.levels:
                cells += [str(c["counts"][level.id]), vi_percent(c["percent"][level.id])]
            band = BAND_COLUMN[c["band"]]
            rows.append(" ".join(cells + ([band] if band else [])))
    return rows


def test_every_element_of_the_minutes(tmp_path: Path) -> None:
    s = small_session(tmp_path)
    data = render_minutes(s.results())
    text = all_text(data)
    info = s.info
    for element in [
        "ĐẢNG BỘ KHỐI CÁC CƠ QUAN", "ĐẢNG BỘ TỈNH QUẢNG NINH", "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Hạ Long, ngày 02 tháng 3 năm 2026",
        "BIÊN BẢN KIỂM PHIẾU", s.regime.subtitle,
        "Vào hồi 08 giờ 30 phút, ngày 02 tháng 3 năm 2026, tại " + info.place,
        "Hội nghị: " + info.title,
        "I. BAN KIỂM PHIẾU", "II. SỐ NGƯỜI THAM GIA", "III. KẾT QUẢ KIỂM PHIẾU",
        "Số người được triệu tập: 30 người", "Số người có mặt: 28 người",
        "Số người vắng mặt: 2 người", "đủ điều kiện tiến hành lấy phiếu",
        "Số phiếu phát ra: 29 phiếu", "số phiếu hỏng, đã đổi: 1 phiếu",
        "Số phiếu thu về: 28 phiếu", "số phiếu đã kiểm: 28 phiếu", "Số phiếu hợp lệ: 26 phiếu",
        "Số phiếu không hợp lệ (toàn phiếu): 2 phiếu",
        "Phiếu không do Ban kiểm phiếu phát ra: 1 phiếu",
        "Phiếu gạch tên người được lấy phiếu: 1 phiếu",
        "TT Họ và tên Chức vụ Phiếu hợp lệ Phiếu không hợp lệ",
        "Tỷ lệ % tính trên tổng số phiếu thu về (28 phiếu).",
        "Biên bản được lập xong vào hồi",
        "Căn cứ: " + s.regime.legal_basis,
        "T/M BAN KIỂM PHIẾU", "TRƯỞNG BAN", "(Ký, ghi rõ họ tên)", "THƯ KÝ",
    ]:
        assert element in text, element
    for name, role in COMMITTEE:
        assert f"{name} — {ROLE_LABELS[Role(role)]}" in text
        # The committee list, the signature, and the signature under the appendix (this
        # session has two whole-invalid ballots to list there).
        assert text.count(name) == 3
    for level in s.regime.levels:
        assert level.label in text
    assert "THỬ NGHIỆM" not in text


def test_table_holds_exactly_the_json_figures(tmp_path: Path) -> None:
    s = small_session(tmp_path)
    text = all_text(render_minutes(s.results()))
    rows = expected_rows(s)
    assert len(rows) == 6
    assert any(r.endswith(" Trên 1/2") for r in rows) and any(r.endswith(" Từ 2/3") for r in rows)
    for row in rows:
        assert row in text, row
    # The bands in the law's words with their article (QĐ 96 Điều 11), and nothing for
    # officials under the bands.
    assert ("4. Lê Quang Hưng: có trên 50% nhưng dưới 2/3 số phiếu tín nhiệm thấp "
            "(khoản 2 Điều 11 Quy định số 96-QĐ/TW)") in text
    assert ("5. Đặng Thị Ngọc Thịnh: có từ 2/3 số phiếu tín nhiệm thấp trở lên "
            "(khoản 3 Điều 11 Quy định số 96-QĐ/TW)") in text
    assert "53,57" in text and "67,86" in text


def test_every_page_has_page_number_and_verified_fingerprint(tmp_path: Path) -> None:
    s = small_session(tmp_path)
    pages = pages_text(render_minutes(s.results()))
    printed = group_hex(s.verify().fingerprint)
    assert len(printed) == 79
    assert len(pages) >= 2
    for i, page in enumerate(pages, start=1):
        assert f"Trang {i}/{len(pages)}" in page
        assert f"Dấu vân tay phiên: {printed}" in page
    assert f"gồm {len(pages)} trang" in " ".join(pages)


def test_trial_mark_on_every_page(tmp_path: Path) -> None:
    s = big_session(tmp_path, officials=30, ballots=5, types=2, trial=True)
    pages = pages_text(render_minutes(s.results()))
    assert len(pages) >= 3
    for page in pages:
        assert "THỬ NGHIỆM" in page


def test_big_session_paginates_with_heading_on_every_table_page(tmp_path: Path) -> None:
    s = big_session(tmp_path)
    results = s.results()
    data = render_minutes(results)
    pages = pages_text(data)
    text = " ".join(pages)
    assert len(pages) >= 10
    for row in expected_rows(s):
        assert row in text, row
    assert all(len(cr.candidate.name) >= 40 for bt in results.ballot_types
               for cr in bt.candidates)
    heading = "TT Họ và tên Chức vụ Phiếu hợp lệ Phiếu không hợp lệ"
    table_pages = [p for p in pages if any(f" {name} " in p for name, _ in NAMES)]
    assert len(table_pages) >= 9
    for page in table_pages:
        assert page.count(heading) >= 1
    for bt in results.ballot_types:
        assert f"Loại phiếu: {bt.ballot_type.name}" in text


def test_zero_report_before_any_ballot(tmp_path: Path) -> None:
    s = make_session(tmp_path, types=("Phiếu A", "Phiếu B"))
    a, b = s.ballot_types()
    s.set_candidates(a.id, NAMES[:3])
    s.set_candidates(b.id, NAMES[3:])
    s.set_accounting(a.id, issued=30, collected=28)  # B: nothing collected yet, D = 0
    text = all_text(render_minutes(s.results()))
    assert "1 Nguyễn Thị Việt Dung Bí thư Đảng ủy 0 0 0 0,00 0 0,00 0 0,00" in text
    assert "1 Lê Quang Hưng Ủy viên Ban Thường vụ, Trưởng ban Tổ chức 0 0 0 — 0 — 0 —" in text
    assert "số phiếu đã kiểm: 0 phiếu" in text
    assert "Tỷ lệ % tính trên tổng số phiếu thu về (0 phiếu)." in text
    assert "chưa xác định ngưỡng" in text
    assert "IV. CÁC ĐIỂM CẦN LƯU Ý (KẾT QUẢ CHƯA CHỐT)" in text


def test_finalised_minutes_print_accepted_warnings_and_addenda(tmp_path: Path) -> None:
    s = small_session(tmp_path, present=29)  # 28 collected < 29 present: a warning
    warnings = {c.code.value for c in s.results().warnings}
    accepted = {code: f"Giải trình cho {code}: một đại biểu về sớm vì việc gia đình."
                for code in warnings}
    s.finalise("Nguyễn Văn Hiền", accepted)
    s.add_addendum("Sửa chức vụ của ông Phạm Ngọc Ẩn thành Phó Bí thư.", "Vũ Thị Ngọc Ánh")
    data = render_minutes(s.results())
    text = all_text(data)
    assert "IV. CÁC CẢNH BÁO ĐÃ ĐƯỢC BAN KIỂM PHIẾU CHẤP NHẬN" in text
    assert "Số phiếu thu về (28) ít hơn số người có mặt (29)." in text
    for explanation in accepted.values():
        assert f"Giải trình: {explanation}" in text
    assert "người chốt: Nguyễn Văn Hiền" in text
    assert "V. ĐÍNH CHÍNH" in text and "Đính chính số 1" in text
    assert "Sửa chức vụ của ông Phạm Ngọc Ẩn thành Phó Bí thư." in text
    assert "Biên bản được lập xong vào hồi 09 giờ" in text
    assert f"Dấu vân tay phiên: {group_hex(s.verify().fingerprint)}" in text


def test_state_header_and_delegates_base(tmp_path: Path) -> None:
    s = make_session(tmp_path, regime="state-nq85-2014", body="Hội đồng nhân dân tỉnh Lào Cai",
                     parent_body="", total_delegates=50)
    bt = s.ballot_type()
    s.set_candidates(bt.id, NAMES)
    s.set_accounting(bt.id, issued=48, collected=48)
    text = all_text(render_minutes(s.results()))
    for element in ["HỘI ĐỒNG NHÂN DÂN TỈNH LÀO CAI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", "Tổng số đại biểu: 50 người",
                    "Tỷ lệ % tính trên tổng số đại biểu (50 đại biểu)."]:
        assert element in text, element
    assert "ĐẢNG CỘNG SẢN" not in text
    assert "2/3 số người được triệu tập" not in text  # no quorum rule in state regimes


def test_vote_regime_has_two_level_columns(tmp_path: Path) -> None:
    s = make_session(tmp_path, regime="state-vote-nq96-2023", body="Hội đồng nhân dân tỉnh X")
    bt = s.ballot_type()
    s.set_candidates(bt.id, NAMES[:2])
    s.set_accounting(bt.id, issued=3, collected=3)
    for marks in ("22", "21", "1x"):
        s.record_ballot(bt.id, marks)
    text = all_text(render_minutes(s.results()))
    assert "Bỏ phiếu tín nhiệm" in text
    assert "1 Nguyễn Thị Việt Dung Bí thư Đảng ủy 3 0 1 33,33 2 66,67 Trên 1/2" in text
    assert "2 Trần Thị Ánh Tuyết Phó Bí thư Thường trực 2 1 1 33,33 1 33,33" in text
    assert "Tín nhiệm cao" not in text


def test_unknown_set_up_prints_blanks_to_fill_by_hand(tmp_path: Path) -> None:
    s = Session.create(tmp_path / "trong.tinnhiem", "party-qd96-2023")
    text = all_text(render_minutes(s.results()))
    assert "……, ngày …… tháng …… năm ……" in text
    assert "Vào hồi …… giờ …… phút" in text
    assert "Số người được triệu tập: …… người" in text
    assert "T/M BAN KIỂM PHIẾU" in text
    assert "(Loại phiếu này chưa có người được lấy phiếu.)" in text


def test_only_the_bundled_serif_is_embedded(tmp_path: Path) -> None:
    data = render_minutes(small_session(tmp_path, trial=True).results())
    names = font_names(data)
    assert names
    assert all("LiberationSerif" in n for n in names), names


def test_written_to_path_equals_returned_bytes(tmp_path: Path) -> None:
    s = small_session(tmp_path)
    out = tmp_path / "bien-ban.pdf"
    data = render_minutes(s.results(), out)
    assert out.read_bytes() == data
    assert data.startswith(b"%PDF-")


def test_text_is_nfc(tmp_path: Path) -> None:
    import unicodedata

    text = all_text(render_minutes(small_session(tmp_path).results()))
    assert unicodedata.is_normalized("NFC", text)
    for mark in "ềễậặựƯĐ":
        assert mark in text or mark.lower() in text or mark.upper() in text, mark


@pytest.mark.parametrize("regime", ["party-qd96-2023", "party-vote", "state-nq96-2023",
                                    "state-nq85-2014", "state-vote-nq96-2023"])
def test_every_regime_renders(tmp_path: Path, regime: str) -> None:
    s = make_session(tmp_path, regime=regime, total_delegates=40)
    bt = s.ballot_type()
    s.set_candidates(bt.id, NAMES)
    s.set_accounting(bt.id, issued=40, collected=40)
    text = all_text(render_minutes(s.results()))
    assert s.regime.legal_basis in text


def test_minutes_print_the_conventions_used(tmp_path: Path) -> None:
    """Rules the law's text does not settle are settings, and the minutes say which was used."""
    from tinnhiem_desktop.domain.model import CrossedNameRule, WrittenNameRule

    s = Session.create(tmp_path / "q.tinnhiem", "party-qd96-2023")
    s.update_info(crossed_name_rule=CrossedNameRule.ROW_ONLY,
                  written_name_rule=WrittenNameRule.WHOLE_BALLOT)
    text = " ".join(all_text(render_minutes(s.results())).split())
    s.close()
    assert "phiếu có tên in sẵn bị gạch: chỉ dòng tên bị gạch không hợp lệ" in text
    assert "phiếu ghi thêm tên ngoài danh sách: cả phiếu không hợp lệ" in text


def test_the_minutes_print_the_committees_decisions_and_the_appendix(tmp_path: Path) -> None:
    """Doubtful ballots with their decision, the spot-check with its seed and findings, and an
    appendix of voided / re-entered and whole-invalid ballots with signature lines."""
    from tests.helpers import make_session
    from tests.reports.pdfread import all_text

    s = make_session(tmp_path, n_candidates=3, collected=6)
    t = s.ballot_type().id
    s.set_committee([("Nguyễn Thị Việt Dung", "truong_ban"), ("Lê Quang Hưng", "uy_vien")])
    s.record_ballot(t, "123")
    held = s.set_aside(t, "Dấu ở dòng 2 không rõ")
    s.record_ballot(t, "333")
    s.record_ballot(t, invalid_reason="Phiếu không do Ban kiểm phiếu phát ra")
    s.void_ballot_number(t, 3, "Đọc nhầm dòng 1")
    s.record_ballot(t, "133", number=3)
    s.decide_set_aside(held.id, marks="1x0")
    s.record_ballot(t, "222")
    s.record_ballot(t, "211")
    check = s.draw_spot_check(t, 2, seed="2026")
    s.record_spot_check(check.id, check.numbers[0], matches=True)
    s.record_spot_check(check.id, check.numbers[1], matches=False, note="Dòng 3 là x")
    text = all_text(render_minutes(s.results()))
    s.close()
    assert "Quyết định của Ban kiểm phiếu trong khi kiểm phiếu:" in text
    assert ("- Phiếu số 2 (để riêng lúc" in text and "lý do: Dấu ở dòng 2 không rõ): hợp lệ, "
            "ghi nhận: 1: tín nhiệm cao; 2: nhiều dấu; 3: không đánh dấu." in text)
    numbers = ", ".join(map(str, check.numbers))
    assert "- Bốc thăm kiểm tra số 1, mã bốc thăm 2026" in text
    assert f"các phiếu số {numbers}:" in text
    assert f"+ Phiếu số {check.numbers[0]}: khớp với bản ghi." in text
    assert f"+ Phiếu số {check.numbers[1]}: KHÁC bản ghi — Dòng 3 là x." in text
    assert "PHỤ LỤC" in text and "1. Phiếu đã hủy (và nhập lại):" in text
    assert ("lý do: Đọc nhầm dòng 1): 1: tín nhiệm thấp; 2: tín nhiệm thấp; 3: tín nhiệm thấp → "
            "1: tín nhiệm cao; 2: tín nhiệm thấp; 3: tín nhiệm thấp." in text)
    assert "2. Phiếu không hợp lệ toàn phiếu:" in text
    assert "Phiếu không do Ban kiểm phiếu phát ra." in text
    assert text.count("Nguyễn Thị Việt Dung") >= 3  # committee list + two signature blocks
