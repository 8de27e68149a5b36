"""Officials pasted from Excel or Word: the heading row and the row numbers never become
officials, whatever the case, the accents or the Unicode form of the heading."""

from __future__ import annotations

import unicodedata

import pytest

from tinnhiem_desktop.exchange.officials_paste import pasted_officials

ROWS = [("Nguyễn Thị Việt Dung", "Bí thư Đảng ủy"), ("Ưng Hoàng Phúc", "Trưởng Ban Tổ chức")]
BODY = "\n".join(f"{n}\t{p}" for n, p in ROWS)
NUMBERED = "\n".join(f"{i}\t{n}\t{p}" for i, (n, p) in enumerate(ROWS, start=1))


@pytest.mark.parametrize("heading", [
    "STT\tHọ và tên\tChức vụ", "TT\tHọ tên\tChức vụ", "Số TT\tHỌ VÀ TÊN\tCHỨC VỤ",
    "stt\tho va ten\tchuc vu", "Số thứ tự\tHọ và tên:\tChức danh",
    unicodedata.normalize("NFD", "SỐ TT\tHọ Và Tên\tChức Vụ"), "\tHọ và tên\tChức vụ",
])
def test_a_heading_row_and_its_number_column_are_dropped(heading: str) -> None:
    pasted = pasted_officials(f"{heading}\n{NUMBERED}\n")
    assert pasted.rows == ROWS
    assert pasted.heading and pasted.numbers_dropped
    assert not any(name.casefold() in {"stt", "tt", "số tt"} for name, _ in pasted.rows)


@pytest.mark.parametrize("text", [
    BODY, f"Họ và tên\tChức vụ\n{BODY}", f"HO TEN\tCHUC VU\r\n{BODY}\r\n\r\n",
    "1.\tNguyễn Thị Việt Dung\tBí thư Đảng ủy\n2.\tƯng Hoàng Phúc\tTrưởng Ban Tổ chức",
    f"Họ và tên\tChức vụ\n{NUMBERED}",  # numbered rows under a heading without STT
])
def test_only_officials_come_out(text: str) -> None:
    assert pasted_officials(text).rows == ROWS


def test_the_heading_says_which_column_is_which() -> None:
    text = "Chức vụ\tHọ và tên\n" + "\n".join(f"{p}\t{n}" for n, p in ROWS)
    assert pasted_officials(text).rows == ROWS


def test_a_name_that_is_a_number_stays_when_not_every_row_is_numbered() -> None:
    pasted = pasted_officials("Nguyễn Thị Việt Dung\tBí thư\n12\tChánh Văn phòng")
    assert pasted.rows == [("Nguyễn Thị Việt Dung", "Bí thư"), ("12", "Chánh Văn phòng")]
    assert not pasted.numbers_dropped and not pasted.heading


def test_an_official_named_like_no_heading_is_kept() -> None:
    assert pasted_officials("Tên\tChức vụ khác\n").rows == [("Tên", "Chức vụ khác")]


def test_more_lines_than_any_officials_list_are_refused() -> None:
    from tinnhiem_desktop.domain.errors import InvalidInput
    from tinnhiem_desktop.exchange.officials_paste import MAX_OFFICIALS

    lines = [f"Người thứ {i}\tChức vụ {i}" for i in range(MAX_OFFICIALS)]
    heading = "Họ và tên\tChức vụ"
    assert len(pasted_officials("\n".join([heading, *lines])).rows) == MAX_OFFICIALS
    for too_many in ([heading, *lines, "Người thêm\tChức vụ"], [*lines, "Người thêm\tChức vụ"]):
        with pytest.raises(InvalidInput, match="hơn 2.000 dòng"):
            pasted_officials("\n".join(too_many))
