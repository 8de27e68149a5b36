"""Builders shared by the core tests: real session files in tmp_path, nothing mocked."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

from tinnhiem_desktop.services.session import Session

NAMES = [
    ("Nguyễn Thị Việt Dung", "Chủ tịch"),
    ("Trần Thị Ánh Tuyết", "Phó Chủ tịch Thường trực"),
    ("Phạm Ngọc Ẩn", "Phó Chủ tịch"),
    ("Lê Quang Hưng", "Ủy viên Ban Thường vụ"),
    ("Đặng Thị Ngọc Thịnh", "Trưởng ban Tuyên giáo"),
    ("Ưng Hoàng Phúc", "Chánh Văn phòng"),
]


def fixed_clock() -> Iterator[str]:
    """Deterministic timestamps, one second apart."""
    for i in itertools.count():
        yield f"2026-11-27T08:{i // 60 % 60:02d}:{i % 60:02d}+07:00"


def make_session(
    tmp_path: Path,
    regime: str = "party-qd96-2023",
    n_candidates: int = 3,
    collected: int = 10,
    name: str = "phien.tinnhiem",
    **info: object,
) -> Session:
    """A session with officials and accounting set, ready for ballots."""
    clock = fixed_clock()
    s = Session.create(tmp_path / name, regime, clock=lambda: next(clock), **info)
    bt = s.ballot_type()
    s.set_candidates(bt.id, NAMES[:n_candidates])
    s.set_accounting(bt.id, issued=collected, collected=collected)
    return s
