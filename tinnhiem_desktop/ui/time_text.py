"""How the window writes a time: the storage clock's ISO timestamps, and stamps in file names.

One home, because the status bar, the entry, results and closing screens and the ballot list all
show the same stored timestamps and must show them alike.
"""

from __future__ import annotations

import datetime as _dt


def when_text(iso: str) -> str:
    """``27/11/2026 08:30:05`` from a stored ISO timestamp (the offset is left out)."""
    if len(iso) < 19 or iso[4] != "-" or iso[10] != "T":
        return iso
    return f"{iso[8:10]}/{iso[5:7]}/{iso[0:4]} {iso[11:19]}"


def time_of(iso: str) -> str:
    """``HH:MM:SS`` of an ISO timestamp written by the storage clock."""
    return iso[11:19] if len(iso) >= 19 else iso


def file_stamp() -> str:
    """``20261127-083005``, local time now: for names of files the window makes."""
    return _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
