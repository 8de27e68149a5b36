"""Dates, times and counts of the set-up: ASCII digits only; dates typed dd/mm/yyyy or ISO."""

from __future__ import annotations

import pytest

from tinnhiem_desktop.domain.errors import InvalidInput
from tinnhiem_desktop.domain.model import SessionInfo, parse_date, parse_time, validate_info
from tinnhiem_desktop.domain.regimes import Basis

INFO = SessionInfo(regime_id="party-qd96-2023", denominator=Basis.COLLECTED)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("2026-11-27", "2026-11-27"), ("27/11/2026", "2026-11-27"), ("2/3/2026", "2026-03-02"),
     ("02.03.2026", "2026-03-02"), ("02-03-2026", "2026-03-02"), (" 27 / 11 / 2026 ", "2026-11-27"),
     ("2026-3-2", "2026-03-02"), ("29/02/2028", "2028-02-29"), ("", "")],
)
def test_dates_typed_either_way_are_stored_iso(typed: str, stored: str) -> None:
    assert parse_date(typed) == stored
    assert validate_info(INFO.updated(date=typed) if typed else INFO).date == stored


@pytest.mark.parametrize(
    "typed",
    ["٢٠٢٣-٠٢-٠١", "２０２６-１１-２７", "２７/１１/２０２６", "27/11/٢٠٢٦", "۲۷/۱۱/۲۰۲۶",
     "27/11", "2026/11/27", "27/11-2026", "11.27", "ngày 27", "27/11/26", "2026-11-27T08:00"],
)
def test_dates_in_other_digits_or_shapes_are_refused(typed: str) -> None:
    with pytest.raises(InvalidInput, match="dd/mm/yyyy \\(ví dụ 27/11/2026\\) hoặc yyyy-mm-dd"):
        INFO.updated(date=typed)


@pytest.mark.parametrize("typed", ["31/02/2026", "2026-13-01", "00/01/2026", "29/02/2027"])
def test_dates_that_do_not_exist_are_refused(typed: str) -> None:
    with pytest.raises(InvalidInput, match="không tồn tại"):
        INFO.updated(date=typed)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("08:30", "08:30"), ("8:30", "08:30"), ("8h30", "08:30"), ("14h", "14:00"),
     ("7 h 05", "07:05"), ("", "")],
)
def test_times(typed: str, stored: str) -> None:
    assert parse_time(typed) == stored


@pytest.mark.parametrize("typed", ["٠٨:٣٠", "０８:３０", "24:00", "08:60", "8", "8:3", "830",
                                   "08:30:00", "8 giờ"])
def test_bad_times_are_refused(typed: str) -> None:
    with pytest.raises(InvalidInput, match="GG:PP"):
        INFO.updated(time=typed)


def test_every_text_field_is_cleaned() -> None:
    dirty = "\u200bHội nghị\x01 \x1b[2J\u202elần 2\u00ad\t"
    info = INFO.updated(title=dirty, body=dirty, parent_body=dirty, subject=dirty, city=dirty,
                        place=dirty)
    for name in ("title", "body", "parent_body", "subject", "city", "place"):
        assert getattr(info, name) == "Hội nghị [2Jlần 2", name
