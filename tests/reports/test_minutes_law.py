"""The minutes quote the law word for word (docs/domain.md §9): every band of every regime, read
back from the PDF. The expected sentences are written out here, never taken from the regime
files, so a change to a quotation must be made twice, on purpose."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reports.builders import NAMES, make_session
from tests.reports.pdfread import pages_text
from tinnhiem_desktop.reports.minutes import render_minutes

QD96_K2 = (
    "Khoản 2 Điều 11 Quy định số 96-QĐ/TW quy định: “Những trường hợp có trên 50% nhưng dưới "
    "2/3 số phiếu tín nhiệm thấp thì cấp có thẩm quyền quản lý cán bộ đưa ra khỏi quy hoạch các "
    "chức vụ cao hơn; xem xét cho thôi giữ chức vụ đang đảm nhiệm, bố trí công tác khác hoặc cho "
    "từ chức hoặc tiến hành bỏ phiếu tín nhiệm theo quy định.”"
)
QD96_K3 = (
    "Khoản 3 Điều 11 Quy định số 96-QĐ/TW quy định: “Những trường hợp có từ 2/3 số phiếu tín "
    "nhiệm thấp trở lên thì cấp có thẩm quyền quản lý cán bộ thực hiện miễn nhiệm chức vụ đang "
    "đảm nhiệm và bố trí công tác khác (thấp hơn) mà không chờ đến hết nhiệm kỳ, hết thời hạn "
    "bổ nhiệm.”"
)
NQ96_OVER_HALF = (
    "Nghị quyết số 96/2023/QH15 quy định: “Người được lấy phiếu tín nhiệm có quá nửa đến dưới "
    "hai phần ba tổng số phiếu đánh giá \"tín nhiệm thấp\" thì có thể xin từ chức; trường hợp "
    "không xin từ chức thì Ủy ban Thường vụ Quốc hội trình Quốc hội, Thường trực Hội đồng nhân "
    "dân trình Hội đồng nhân dân tiến hành bỏ phiếu tín nhiệm tại kỳ họp đó hoặc kỳ họp gần "
    "nhất; trường hợp một người đã được lấy phiếu tín nhiệm cùng một lần với nhiều chức vụ thì "
    "việc bỏ phiếu tín nhiệm được thực hiện một lần đối với các chức vụ đó.”"
)
NQ96_TWO_THIRDS = (
    "Nghị quyết số 96/2023/QH15 quy định: “Người được lấy phiếu tín nhiệm có từ hai phần ba "
    "tổng số phiếu đánh giá \"tín nhiệm thấp\" trở lên thì cơ quan hoặc người có thẩm quyền giới "
    "thiệu người đó để Quốc hội, Hội đồng nhân dân bầu hoặc phê chuẩn có trách nhiệm trình Quốc "
    "hội, Hội đồng nhân dân tiến hành miễn nhiệm hoặc phê chuẩn đề nghị miễn nhiệm tại kỳ họp "
    "đó hoặc …”"
)
NQ96_VOTE = (
    "Nghị quyết số 96/2023/QH15 quy định: “Người được bỏ phiếu tín nhiệm có quá nửa tổng số "
    "phiếu đánh giá \"không tín nhiệm\" thì cơ quan hoặc người có thẩm quyền giới thiệu người "
    "đó …”"
)
NQ85_OVER_HALF = (
    "Nghị quyết số 85/2014/QH13 quy định: “Người được lấy phiếu tín nhiệm có quá nửa tổng số "
    "đại biểu Quốc hội, đại biểu Hội đồng nhân dân đánh giá \"tín nhiệm thấp\" thì có thể xin "
    "từ chức.”"
)
NQ85_TWO_THIRDS = (
    "Nghị quyết số 85/2014/QH13 quy định: “Người được lấy phiếu tín nhiệm có từ hai phần ba "
    "tổng số đại biểu Quốc hội, đại biểu Hội đồng nhân dân trở lên đánh giá \"tín nhiệm thấp\" "
    "thì Ủy ban thường vụ Quốc hội trình Quốc hội, Thường trực Hội đồng nhân dân trình Hội đồng "
    "nhân dân bỏ phiếu tín nhiệm.”"
)

CASES = {
    "party-qd96-2023": (
        [
            "1. Nguyễn Thị Việt Dung: có từ 2/3 số phiếu tín nhiệm thấp trở lên (khoản 3 Điều 11 "
            "Quy định số 96-QĐ/TW).",
            "2. Trần Thị Ánh Tuyết: có trên 50% nhưng dưới 2/3 số phiếu tín nhiệm thấp (khoản 2 "
            "Điều 11 Quy định số 96-QĐ/TW).",
        ],
        [QD96_K3, QD96_K2],
        "Căn cứ: Quy định số 96-QĐ/TW ngày 02/02/2023 của Bộ Chính trị về việc lấy phiếu tín "
        "nhiệm đối với chức vụ, chức danh lãnh đạo, quản lý trong hệ thống chính trị.",
    ),
    "state-nq96-2023": (
        [
            "1. Nguyễn Thị Việt Dung: có từ hai phần ba tổng số phiếu đánh giá \"tín nhiệm thấp\" "
            "trở lên (Nghị quyết số 96/2023/QH15).",
            "2. Trần Thị Ánh Tuyết: có quá nửa đến dưới hai phần ba tổng số phiếu đánh giá \"tín "
            "nhiệm thấp\" (Nghị quyết số 96/2023/QH15).",
        ],
        [NQ96_TWO_THIRDS, NQ96_OVER_HALF],
        "Căn cứ: Nghị quyết số 96/2023/QH15 ngày 23/6/2023 của Quốc hội về việc lấy phiếu tín "
        "nhiệm, bỏ phiếu tín nhiệm đối với người giữ chức vụ do Quốc hội, Hội đồng nhân dân bầu "
        "hoặc phê chuẩn.",
    ),
    "state-nq85-2014": (
        [
            "1. Nguyễn Thị Việt Dung: có từ hai phần ba tổng số đại biểu Quốc hội, đại biểu Hội "
            "đồng nhân dân trở lên đánh giá \"tín nhiệm thấp\" (Nghị quyết số 85/2014/QH13).",
            "2. Trần Thị Ánh Tuyết: có quá nửa tổng số đại biểu Quốc hội, đại biểu Hội đồng nhân "
            "dân đánh giá \"tín nhiệm thấp\" (Nghị quyết số 85/2014/QH13).",
        ],
        [NQ85_TWO_THIRDS, NQ85_OVER_HALF],
        "Căn cứ: Nghị quyết số 85/2014/QH13 ngày 28/11/2014 của Quốc hội về việc lấy phiếu tín "
        "nhiệm, bỏ phiếu tín nhiệm đối với người giữ chức vụ do Quốc hội, Hội đồng nhân dân bầu "
        "hoặc phê chuẩn.",
    ),
    "state-vote-nq96-2023": (
        [
            "1. Nguyễn Thị Việt Dung: có quá nửa tổng số phiếu đánh giá \"không tín nhiệm\" "
            "(Nghị quyết số 96/2023/QH15).",
        ],
        [NQ96_VOTE],
        "Căn cứ: Nghị quyết số 96/2023/QH15 ngày 23/6/2023 của Quốc hội về việc lấy phiếu tín "
        "nhiệm, bỏ phiếu tín nhiệm đối với người giữ chức vụ do Quốc hội, Hội đồng nhân dân bầu "
        "hoặc phê chuẩn.",
    ),
    "party-vote": (
        [
            "1. Nguyễn Thị Việt Dung: có quá nửa tổng số phiếu \"không tín nhiệm\" (quy ước của "
            "thể thức, chưa xác nhận được điều khoản).",
        ],
        ["Ngưỡng “quá nửa tổng số phiếu \"không tín nhiệm\"” là quy ước của thể thức đã chọn; "
         "chưa xác nhận được điều khoản quy định ngưỡng này nên biên bản không trích dẫn hệ quả."],
        "Căn cứ: Quy định số 96-QĐ/TW ngày 02/02/2023 của Bộ Chính trị về việc lấy phiếu tín "
        "nhiệm đối với chức vụ, chức danh lãnh đạo, quản lý trong hệ thống chính trị (thủ tục bỏ "
        "phiếu tín nhiệm chưa được xác nhận).",
    ),
}


def banded_minutes(tmp_path: Path, regime_id: str) -> list[str]:
    """Nine ballots: official 1 reaches the highest band (6 of 9, exactly two thirds, or the
    vote's 5 of 9), official 2 the band over half (5 of 9); official 3 no band."""
    s = make_session(tmp_path, regime=regime_id, total_delegates=9, body="Hội đồng nhân dân tỉnh X")
    bt = s.ballot_type()
    s.set_candidates(bt.id, NAMES[:3])
    s.set_accounting(bt.id, issued=9, collected=9)
    poll = len(s.regime.levels) == 3
    for i in range(9):
        if poll:
            s.record_ballot(bt.id, ("3" if i < 6 else "1") + ("3" if i < 5 else "2") + "1")
        else:
            s.record_ballot(bt.id, ("2" if i < 5 else "1") + ("2" if i < 4 else "1") + "1")
    return pages_text(render_minutes(s.results()))


@pytest.mark.parametrize("regime_id", sorted(CASES))
def test_bands_and_consequences_in_the_laws_own_words(tmp_path: Path, regime_id: str) -> None:
    lines, quotations, basis = CASES[regime_id]
    pages = banded_minutes(tmp_path, regime_id)
    text = " ".join(pages)
    for expected in [*lines, *quotations, basis]:
        assert any(expected in page for page in pages), expected  # whole, on one page
    for paraphrase in ("điều động", "cấp có thẩm quyền xem xét,", "Trên 50% đến dưới",
                       "Ban Chấp hành Trung ương"):
        assert paraphrase not in text
    assert "3. Lê Quang Hưng" not in text.split("Người có số phiếu thuộc các ngưỡng")[1]
