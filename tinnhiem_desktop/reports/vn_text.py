"""Vietnamese wording of dates and times as printed on administrative documents."""

from __future__ import annotations

import datetime as _dt

BLANK = "……"
"""What is printed where a value is not known, for the committee to fill in by hand."""


def day_month(day: int, month: int) -> tuple[str, str]:
    """Day and month as Nghị định 30/2020 prints them: a 0 before days under 10 and months 1–2."""
    return f"{day:02d}", f"{month:02d}" if month <= 2 else str(month)


def date_words(iso_date: str) -> str:
    """``ngày 02 tháng 3 năm 2026`` from ``2026-03-02``; dots for an unknown date."""
    if not iso_date:
        return f"ngày {BLANK} tháng {BLANK} năm {BLANK}"
    try:
        date = _dt.date.fromisoformat(iso_date[:10])
    except ValueError:
        # Only a file written before dates were checked this strictly holds one: print it as it
        # was typed rather than refuse to print the minutes.
        return f"ngày {iso_date}"
    day, month = day_month(date.day, date.month)
    return f"ngày {day} tháng {month} năm {date.year}"


def date_line(city: str, iso_date: str) -> str:
    """The place-and-date line: ``Hạ Long, ngày 02 tháng 3 năm 2026``."""
    return f"{city or BLANK}, {date_words(iso_date)}"


def time_words(hh_mm: str) -> str:
    """``08 giờ 30 phút`` from ``08:30``; dots for an unknown time."""
    if not hh_mm:
        return f"{BLANK} giờ {BLANK} phút"
    hour, _, minute = hh_mm.partition(":")
    if not (hour.isascii() and hour.isdigit() and minute.isascii() and minute.isdigit()):
        return hh_mm  # an older file's unchecked time: printed as typed (see date_words)
    return f"{int(hour):02d} giờ {int(minute):02d} phút"


def timestamp_words(iso: str) -> str:
    """``10 giờ 15 phút, ngày 02 tháng 3 năm 2026`` from an ISO timestamp (local time)."""
    moment = _dt.datetime.fromisoformat(iso)
    return f"{moment:%H} giờ {moment:%M} phút, {date_words(moment.date().isoformat())}"
