"""Session files for the entry-screen tests: long Vietnamese names and positions, as a provincial
conference prints them, and ballots with every kind of mark."""

from __future__ import annotations

from pathlib import Path

from tinnhiem_desktop.services.session import Session

LONG_NAMES = [
    ("Nguyễn Thị Việt Dung", "Bí thư Tỉnh ủy"),
    ("Trần Thị Ánh Tuyết", "Phó Bí thư Thường trực Tỉnh ủy"),
    ("Phạm Ngọc Ẩn", "Chủ tịch Hội đồng nhân dân tỉnh"),
    ("Lê Quang Hưng", "Chủ tịch Ủy ban nhân dân tỉnh"),
    ("Đặng Thị Ngọc Thịnh", "Trưởng Ban Tổ chức Tỉnh ủy"),
    ("Ưng Hoàng Phúc", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"),
    ("Tôn Nữ Hoàng Thị Ngọc Quỳnh Hương", "Trưởng Ban Tuyên giáo và Dân vận"),
    ("Hoàng Trọng Nghĩa", "Phó Chủ tịch Ủy ban nhân dân tỉnh"),
    ("Võ Thị Thúy Hằng", "Phó Chủ tịch Hội đồng nhân dân tỉnh"),
    ("Nguyễn Huỳnh Đức Thắng", "Giám đốc Sở Tài chính"),
    ("Bùi Thị Quỳnh Vân", "Trưởng Ban Nội chính Tỉnh ủy"),
    ("Dương Văn Thưởng", "Chánh Văn phòng Tỉnh ủy"),
    ("Lương Thị Nguyệt Ánh", "Giám đốc Sở Giáo dục và Đào tạo"),
    ("Trịnh Xuân Trường", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"),
    ("Khuất Thị Diệu Linh", "Giám đốc Công an tỉnh"),
]


def marks_for(k: int, n: int) -> str:
    """Ballot ``k`` of a test stack: every level, a row with no mark and one with several."""
    pattern = "1231x0321213"
    return "".join(pattern[(k + i) % len(pattern)] for i in range(n))


def entry_session(
    tmp_path: Path, officials: int, collected: int = 40, recorded: int = 0,
    name: str = "phien-nhap.tinnhiem", regime: str = "party-qd96-2023",
) -> Path:
    """A session with ``officials`` long-named officials and ``recorded`` ballots entered."""
    path = tmp_path / name
    names = [(f"{n} {i // len(LONG_NAMES) + 1}" if i >= len(LONG_NAMES) else n, t)
             for i, (n, t) in enumerate(LONG_NAMES * (officials // len(LONG_NAMES) + 1))]
    with Session.create(path, regime, title="Hội nghị Ban Chấp hành Đảng bộ tỉnh") as s:
        t = s.ballot_type().id
        s.set_candidates(t, names[:officials])
        s.set_accounting(t, issued=collected, collected=collected)
        codes = s.regime.codes
        for k in range(recorded):
            marks = marks_for(k, officials)
            s.record_ballot(t, "".join(m if m in "0x" or m in codes else codes[0]
                                       for m in marks))
    return path
