"""Benchmark of the minutes: ``python -m tinnhiem_desktop.bench.minutes`` prints the time.

Target (issue 4): minutes for 60 officials on three ballot types in under 1 s. The results are
built with the pure domain functions, so only the rendering is timed.
"""

from __future__ import annotations

import hashlib
import random
import re
import statistics
import time

from tinnhiem_desktop.domain.model import (
    Accounting,
    BallotType,
    Candidate,
    CommitteeMember,
    Role,
    SessionInfo,
)
from tinnhiem_desktop.domain.regimes import load_regimes
from tinnhiem_desktop.domain.results import BallotTypeInput, SessionResults, session_results
from tinnhiem_desktop.reports.minutes import render_minutes
from tinnhiem_desktop.resources import resource

NAMES = ["Nguyễn Thị Việt Dung", "Trần Thị Ánh Tuyết", "Phạm Ngọc Ẩn", "Lê Quang Hưng",
         "Đặng Thị Ngọc Thịnh", "Ưng Hoàng Phúc"]


def sample_results(officials: int = 60, types: int = 3, ballots: int = 500,
                   seed: int = 1) -> SessionResults:
    """A real-sized party session: ``types`` × ``officials`` with 40+ character names."""
    rng = random.Random(seed)
    regime = load_regimes(resource("regimes"))["party-qd96-2023"]
    info = SessionInfo(regime_id=regime.id, denominator=regime.denominator,
                       title="Hội nghị Ban Chấp hành Đảng bộ tỉnh", body="Đảng bộ tỉnh Quảng Ninh",
                       city="Hạ Long", date="2026-03-02", time="08:30", place="Hội trường",
                       summoned=ballots + 10, present=ballots)
    inputs = []
    for k in range(types):
        bt = BallotType(k + 1, f"Loại phiếu {k + 1}", Accounting(ballots, 0, ballots))
        candidates = [
            Candidate(i + 1, f"{NAMES[i % 6]} {NAMES[(i + k + 1) % 6]} Nguyễn Phương",
                      "Ủy viên Ban Thường vụ, Trưởng ban Tổ chức")
            for i in range(officials)
        ]
        marks = ["".join(rng.choice("1111122223330") for _ in range(officials))
                 for _ in range(ballots)]
        inputs.append(BallotTypeInput(bt, candidates, marks, []))
    committee = (CommitteeMember("Nguyễn Văn Hiền", Role.CHAIR),
                 CommitteeMember("Đỗ Thị Thu Hường", Role.MEMBER),
                 CommitteeMember("Vũ Thị Ngọc Ánh", Role.SECRETARY))
    fingerprint = hashlib.sha256(b"bench").hexdigest()
    return session_results(regime, info, committee, fingerprint, inputs)


def bench_minutes(runs: int = 5) -> float:
    """Render the minutes ``runs`` times after a first (cold) run; prints the times and
    returns the slowest, the figure to hold against the 1 s target."""
    results = sample_results()
    times = []
    data = b""
    for _ in range(runs + 1):
        start = time.perf_counter()
        data = render_minutes(results)
        times.append(time.perf_counter() - start)
    pages = len(re.findall(rb"/Type\s*/Page(?!s)", data))
    print(f"Biên bản 60 người × 3 loại phiếu ({pages} trang): lần đầu {times[0] * 1000:.0f} ms, "
          f"trung vị {statistics.median(times[1:]) * 1000:.0f} ms, "
          f"chậm nhất {max(times) * 1000:.0f} ms (mục tiêu < 1000 ms)")
    return max(times)

if __name__ == "__main__":
    bench_minutes()
