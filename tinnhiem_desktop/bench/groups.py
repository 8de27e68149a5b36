"""Figures of several files, one result (issue 13): merging counting groups and comparing two
entries of one stack. The fixtures are built through the services in batches (``record_ballots``),
not through the CLI; only the merge and the comparison are timed."""

from __future__ import annotations

import random
import time
from pathlib import Path

from tinnhiem_desktop.services.session import (
    BallotRow,
    Session,
    compare_files,
    copy_setup,
    merge_groups,
)

GROUPS = 10


def _source(path: Path, officials: int, collected: int) -> Path:
    s = Session.create(path, "party-qd96-2023", title="Benchmark", summoned=100, present=100)
    with s:
        t = s.ballot_type().id
        s.set_candidates(t, [(f"Nguyễn Văn Người Thứ {i:02d}", "Ủy viên")
                             for i in range(officials)])
        s.set_accounting(t, issued=collected, collected=collected)
    return path


def _fill(path: Path, marks: list[str]) -> None:
    with Session.open(path) as s:
        s.record_ballots(s.ballot_type().id, [BallotRow(None, m) for m in marks])


def _random_marks(rng: random.Random, officials: int, n: int) -> list[str]:
    return ["".join(rng.choice("1112223x0") for _ in range(officials)) for _ in range(n)]


def merge_ms(folder: Path, officials: int, ballots: int) -> float:
    """Merging ``GROUPS`` groups of ``ballots // GROUPS`` ballots each (10 × 1,000 × 50 by
    default): every group file verified, the merged file written and verified."""
    rng = random.Random(13)
    per_group = max(ballots // GROUPS, 1)
    source = _source(folder / "gop-nguon.tinnhiem", officials, per_group * GROUPS)
    files = []
    for g in range(1, GROUPS + 1):
        path = copy_setup(source, folder / f"to-{g}.tinnhiem", group=f"Tổ {g}")
        _fill(path, _random_marks(rng, officials, per_group))
        files.append(path)
    start = time.perf_counter()
    merge_groups(folder / "gop.tinnhiem", files)
    return (time.perf_counter() - start) * 1000


def compare_ms(folder: Path, officials: int, ballots: int) -> float:
    """Comparing two passes of ``ballots`` ballots (10,000 × 50 by default) that differ on one
    ballot in a hundred: both verified, aligned, every difference listed."""
    rng = random.Random(14)
    source = _source(folder / "so-nguon.tinnhiem", officials, ballots)
    first = copy_setup(source, folder / "lan-1.tinnhiem", group="Tổ 1")
    second = copy_setup(first, folder / "lan-2.tinnhiem")
    marks = _random_marks(rng, officials, ballots)
    _fill(first, marks)
    _fill(second, [m if i % 100 else "1" * officials for i, m in enumerate(marks)])
    start = time.perf_counter()
    result = compare_files([first, second])
    elapsed = (time.perf_counter() - start) * 1000
    assert len(result.differences) == len(range(0, ballots, 100)) - sum(
        marks[i] == "1" * officials for i in range(0, ballots, 100))
    return elapsed
