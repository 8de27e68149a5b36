"""Build the sample session shipped in resources/samples/mau.tinnhiem, through the Session API.

Run from the checkout: ``.venv/bin/python scripts/make_sample.py [--force]``. The output is
deterministic (fixed clock and fixed marks), so re-running gives the same fingerprint.
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tinnhiem_desktop.domain.model import Role  # noqa: E402
from tinnhiem_desktop.domain.wording import NOT_ISSUED_REASON  # noqa: E402
from tinnhiem_desktop.services.session import Session  # noqa: E402

OFFICIALS = [
    ("Nguyễn Thị Việt Dung", "Bí thư Đảng ủy"),
    ("Trần Thị Ánh Tuyết", "Phó Bí thư Thường trực Đảng ủy"),
    ("Phạm Ngọc Ẩn", "Phó Bí thư Đảng ủy, Chủ tịch Hội đồng nhân dân"),
    ("Lê Quang Hưng", "Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra"),
    ("Đặng Thị Ngọc Thịnh", "Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức"),
    ("Ưng Hoàng Phúc", "Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo và Dân vận"),
]
COMMITTEE = [
    ("Hoàng Văn Đức", Role.CHAIR),
    ("Vũ Thị Hồng Nhung", Role.MEMBER),
    ("Bùi Quốc Việt", Role.SECRETARY),
]
BALLOTS = 30
# How likely each official's row gets each mark: the third official draws many "low" marks,
# so the sample shows a band; a few no-mark and double-mark rows show row invalidity.
WEIGHTS = [
    {"1": 70, "2": 24, "3": 4, "0": 1, "x": 1},
    {"1": 55, "2": 35, "3": 8, "0": 2, "x": 0},
    {"1": 8, "2": 12, "3": 78, "0": 1, "x": 1},
    {"1": 45, "2": 40, "3": 13, "0": 0, "x": 2},
    {"1": 60, "2": 30, "3": 8, "0": 2, "x": 0},
    {"1": 50, "2": 35, "3": 14, "0": 1, "x": 0},
]


def fill_session(
    path: Path, clock: Callable[[], str], entered: int, present: int, trial: bool, seed: int,
    collected: int = BALLOTS,
) -> Session:
    """Create a realistic party session at ``path``: details, committee, officials, accounting
    and the first ``entered`` ballots (number 17 wholly invalid), marks drawn with ``seed``.
    Shared by this script and ``screenshots.py``; the caller closes the session."""
    rnd = random.Random(seed)
    session = Session.create(
        path,
        "party-qd96-2023",
        clock=clock,
        title="Hội nghị Ban Chấp hành Đảng bộ mở rộng lấy phiếu tín nhiệm năm 2026",
        body="Đảng bộ xã Tân Ước",
        parent_body="Đảng bộ huyện Thanh Oai",
        subject="người giữ chức vụ lãnh đạo, quản lý",
        city="Tân Ước",
        date="2026-11-27",
        time="08:30",
        place="Hội trường Ủy ban nhân dân xã",
        summoned=33,
        present=present,
        trial=trial,
    )
    bt = session.ballot_types()[0]
    session.set_committee(COMMITTEE)
    session.set_candidates(bt.id, OFFICIALS)
    session.set_accounting(bt.id, issued=31, collected=collected, spoiled=1)
    for number in range(1, entered + 1):
        if number == 17:
            session.record_ballot(bt.id, invalid_reason=NOT_ISSUED_REASON)
            continue
        marks = "".join(rnd.choices(list(w), weights=list(w.values()))[0] for w in WEIGHTS)
        session.record_ballot(bt.id, marks)
    return session


def build(path: Path) -> str:
    """Create the sample at ``path``; returns its fingerprint."""
    ticks = itertools.count()

    def clock() -> str:
        seconds = 8 * 3600 + 40 * 60 + 25 * next(ticks)
        hh, rest = divmod(seconds, 3600)
        return f"2026-11-27T{hh:02d}:{rest // 60:02d}:{rest % 60:02d}+07:00"

    with fill_session(path, clock, entered=BALLOTS, present=30, trial=True, seed=96) as session:
        bt = session.ballot_types()[0]
        # One correction, as happens in the room: ballot 5 voided and entered again.
        wrong = session.void_ballot_number(bt.id, 5, "Nhập nhầm dòng 2, nhập lại")
        session.record_ballot(bt.id, wrong.marks[:1] + "2" + wrong.marks[2:], number=5)
        return session.fingerprint()


def main() -> int:
    """Write resources/samples/mau.tinnhiem (or the path given)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("output", nargs="?", type=Path,
                        default=ROOT / "resources" / "samples" / "mau.tinnhiem")
    parser.add_argument("--force", action="store_true", help="replace an existing file")
    args = parser.parse_args()
    if args.output.exists():
        if not args.force:
            print(f"{args.output} đã có; dùng --force để tạo lại.", file=sys.stderr)
            return 2
        args.output.unlink()
    print(build(args.output))
    return 0


if __name__ == "__main__":
    sys.exit(main())
