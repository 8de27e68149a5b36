"""Real session files for the report and export tests: built through ``Session`` in tmp_path."""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator, Sequence
from pathlib import Path

from tinnhiem_desktop.services.session import BallotRow, Session

NAMES = [
    ("Nguyễn Thị Việt Dung", "Bí thư Đảng ủy"),
    ("Trần Thị Ánh Tuyết", "Phó Bí thư Thường trực"),
    ("Phạm Ngọc Ẩn", "Phó Bí thư, Chủ tịch Ủy ban"),
    ("Lê Quang Hưng", "Ủy viên Ban Thường vụ, Trưởng ban Tổ chức"),
    ("Đặng Thị Ngọc Thịnh", "Trưởng ban Tuyên giáo"),
    ("Ưng Hoàng Phúc", "Trưởng ban Dân vận"),
]
COMMITTEE = [
    ("Nguyễn Văn Hiền", "truong_ban"),
    ("Đỗ Thị Thu Hường", "uy_vien"),
    ("Hoàng Đức Mạnh", "uy_vien"),
    ("Vũ Thị Ngọc Ánh", "thu_ky"),
]
# Mostly valid marks; about one row in a hundred unmarked or double-marked.
MARK_POOL = "1" * 45 + "2" * 35 + "3" * 18 + "0x"
LONG_SUFFIXES = ["Nguyễn Đặng Thị Ngọc Thịnh Phương", "Trần Lê Hoàng Việt Dũng Quang Huy",
                 "Phạm Ưng Ngọc Ẩn Thiện Hữu Nghĩa"]


def fixed_clock() -> Iterator[str]:
    """Deterministic timestamps, one second apart."""
    for i in itertools.count():
        yield f"2026-11-27T09:{i // 60 % 60:02d}:{i % 60:02d}+07:00"


def session_info(**extra: object) -> dict[str, object]:
    """A complete party set-up."""
    info: dict[str, object] = {
        "title": "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12",
        "body": "Đảng bộ tỉnh Quảng Ninh",
        "parent_body": "Đảng bộ Khối các cơ quan",
        "city": "Hạ Long",
        "date": "2026-03-02",
        "time": "08:30",
        "place": "Hội trường Trung tâm Hội nghị tỉnh",
        "summoned": 30,
        "present": 28,
    }
    info.update(extra)
    return info


def make_session(tmp_path: Path, regime: str = "party-qd96-2023",
                 types: Sequence[str] = ("Phiếu lấy phiếu tín nhiệm",),
                 name: str = "phien.tinnhiem", **extra: object) -> Session:
    """A session with set-up and committee, no officials yet."""
    clock = fixed_clock()
    s = Session.create(tmp_path / name, regime, ballot_types=types,
                       clock=lambda: next(clock), **session_info(**extra))
    s.set_committee(COMMITTEE)
    return s


def small_session(tmp_path: Path, **extra: object) -> Session:
    """Six officials, 28 ballots: bands reached, invalid rows, wholly invalid ballots."""
    s = make_session(tmp_path, **extra)
    bt = s.ballot_type()
    s.set_candidates(bt.id, NAMES)
    s.set_accounting(bt.id, issued=29, collected=28, spoiled=1)
    marks = []
    for i in range(26):
        # Officials 4 and 5 get many "low" marks: 4 over half, 5 over two thirds.
        marks.append("".join([
            "1" if i % 3 else "2",
            "2" if i % 5 else "3",
            "0" if i == 7 else ("x" if i == 8 else "1"),
            "3" if i < 15 else "1",
            "3" if i < 19 else "2",
            "1",
        ]))
    rows = [BallotRow(None, m) for m in marks]
    rows.append(BallotRow(None, "", "Phiếu không do Ban kiểm phiếu phát ra"))
    rows.append(BallotRow(None, "", "Phiếu gạch tên người được lấy phiếu"))
    s.record_ballots(bt.id, rows)
    return s


def big_session(tmp_path: Path, officials: int = 60, ballots: int = 40,
                types: int = 3, **extra: object) -> Session:
    """``types`` ballot types of ``officials`` each, names of 40+ characters, all entered."""
    names = [f"Loại phiếu {k + 1}: cán bộ diện Ban Thường vụ quản lý" for k in range(types)]
    s = make_session(tmp_path, types=names, summoned=ballots + 2, present=ballots, **extra)
    rng = random.Random(7)
    for k, bt in enumerate(s.ballot_types()):
        rows = []
        for i in range(officials):
            base = NAMES[i % len(NAMES)][0]
            rows.append((f"{base} {LONG_SUFFIXES[(i + k) % 3]}",
                         f"{NAMES[i % len(NAMES)][1]} (số {i + 1})"))
        s.set_candidates(bt.id, rows)
        s.set_accounting(bt.id, issued=ballots, collected=ballots)
        ballot_rows = [
            BallotRow(None, "".join(rng.choice(MARK_POOL) for _ in range(officials)))
            for _ in range(ballots)
        ]
        s.record_ballots(bt.id, ballot_rows)
    return s
