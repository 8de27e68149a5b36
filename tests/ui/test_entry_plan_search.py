"""The entry screen's planner measures a strip shape only while the best score any plan of it
could have (entry_layout._bound) beats the best plan so far: it must pick exactly the plan that
trying every shape picks, for any room, grid and strip, and measure fewer shapes."""

from __future__ import annotations

import math

from hypothesis import example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QSize

from tinnhiem_desktop.ui.screens import entry_layout
from tinnhiem_desktop.ui.screens.entry_layout import (
    GridNeeds,
    _below,
    _Option,
    _score,
    _shapes,
    _side,
    plan_entry,
)
from tinnhiem_desktop.ui.widgets.readback import ReadbackShape


def _exhaustive(width: int, height: int, grid: GridNeeds, list_min: QSize,
                size: entry_layout.ReadbackSize) -> entry_layout.EntryPlan | None:
    """Every shape, every arrangement, the first of the best: the planner's search before it
    learnt to stop early (written out here, not taken from the code under test)."""
    options = []
    for shape in _shapes():
        for arrange in (_side, _below):
            for plan in arrange(width, height, grid, list_min, size, shape):
                options.append(_Option(plan, _score(plan, grid)))
    return max(options, key=lambda o: o.score).plan if options else None


def _strip(names: int, name_w: int, mark_w: int, line: int, legend_w: int
           ) -> entry_layout.ReadbackSize:
    """A read-back strip's size the way the real one grows: type × factor, names in columns,
    the compact form's legend wrapping in the width given."""

    def size(shape: ReadbackShape, at: int | None) -> QSize:
        rows = math.ceil(names / max(1, min(shape.columns, names)))
        cols = max(1, min(shape.columns, names))
        body = (name_w // 4 if shape.compact else name_w) + mark_w
        w = int(cols * body * shape.factor) + 20 * (cols - 1) + 16
        h = int((rows + 1.5) * line * shape.factor) + 16
        if shape.compact:
            room = max((at or w) - 16, 50)
            h += math.ceil(legend_w * shape.factor / room) * int(line * shape.factor)
        return QSize(w, h)

    return size


@settings(max_examples=300, deadline=None)
# Rows of the tallest height fit only with a shorter strip: a bound without them stops early.
@example(width=300, height=387, rows=11, name_w=60, mark_w=20, line=10, legend_w=100,
         widths=[20, 20, 20], row_min=14, row_extra=1, list_w=233, list_h=60, keys=None)
@given(
    width=st.integers(300, 2000), height=st.integers(200, 1200),
    rows=st.integers(1, 120), name_w=st.integers(60, 420), mark_w=st.integers(20, 160),
    line=st.integers(10, 30), legend_w=st.integers(100, 900),
    widths=st.lists(st.integers(20, 400), min_size=3, max_size=6),
    row_min=st.integers(14, 30), row_extra=st.integers(0, 30), list_w=st.integers(100, 400),
    list_h=st.integers(60, 300), keys=st.one_of(st.none(), st.integers(0, 80)),
)
def test_the_planner_picks_what_trying_every_shape_picks(
    width: int, height: int, rows: int, name_w: int, mark_w: int, line: int, legend_w: int,
    widths: list[int], row_min: int, row_extra: int, list_w: int, list_h: int,
    keys: int | None,
) -> None:
    grid = GridNeeds(widths=tuple(widths), optional=len(widths) - 1, header=28, rows=rows,
                     row_min=row_min, row_max=row_min + row_extra, frame=2, scrollbar=14)
    list_min = QSize(list_w, list_h)
    size = _strip(rows, name_w, mark_w, line, legend_w)
    expected = _exhaustive(width, height, grid, list_min, size)
    got = entry_layout._best(width, height, grid, list_min, size)
    if expected is not None:
        assert got == expected
    # And the whole plan (with the keys line tried at the bottom) is a plan of the same search.
    line_height = (lambda w: keys) if keys is not None else None
    plan = plan_entry(width, height, grid, list_min, size, line_height)
    if keys is None and expected is not None:
        assert plan == expected


def _factors_measured(width: int, height: int, grid: GridNeeds, list_min: QSize,
                      size: entry_layout.ReadbackSize
                      ) -> tuple[entry_layout.EntryPlan, set[tuple[float, bool]]]:
    factors: set[tuple[float, bool]] = set()

    def counting(shape: ReadbackShape, at: int | None) -> QSize:
        factors.add((shape.factor, shape.compact))
        return size(shape, at)

    return entry_layout._best(width, height, grid, list_min, counting), factors


def test_an_ideal_plan_at_the_largest_type_measures_only_that_size() -> None:
    """A dozen officials on a 1366-pixel laptop: the largest strip type already gives the ideal
    plan, so only that type size is measured (it was all four, names and compact forms)."""
    grid = GridNeeds(widths=(40, 300, 200, 60, 60, 60), optional=2, header=28, rows=12,
                     row_min=22, row_max=34, frame=2, scrollbar=14)
    size = _strip(12, 260, 90, 18, 300)
    plan, factors = _factors_measured(1340, 640, grid, QSize(260, 120), size)
    assert plan.fits and not plan.shape.compact and plan.with_optional
    assert plan.shape.factor == entry_layout.FACTORS[0]
    assert factors == {(entry_layout.FACTORS[0], False)}
    assert plan == _exhaustive(1340, 640, grid, QSize(260, 120), size)


FIFTY = GridNeeds(widths=(40, 300, 200, 60, 60, 60), optional=2, header=28, rows=50,
                  row_min=22, row_max=34, frame=2, scrollbar=14)
"""Fifty officials: never all in view in 640 pixels (27 rows at most)."""


def test_many_officials_beside_the_grid_measure_only_the_largest_type() -> None:
    """With the strip beside the grid at the largest type, the grid has the whole height (the
    most rows any plan can show) and the strip names: no other type size can do better, so
    none is measured (a session like the benchmark's measured all four)."""
    size = _strip(50, 120, 40, 14, 300)
    plan, factors = _factors_measured(1366, 640, FIFTY, QSize(260, 120), size)
    assert not plan.fits and plan.grid.height() == 640  # beside: the whole height
    assert plan.shape.factor == entry_layout.FACTORS[0] and not plan.shape.compact
    assert factors == {(entry_layout.FACTORS[0], False)}
    assert plan == _exhaustive(1366, 640, FIFTY, QSize(260, 120), size)


def test_smaller_type_is_measured_while_it_could_show_more() -> None:
    """Wider names: at the larger sizes the strip cannot stand beside the grid, and below it
    leaves fewer rows; the sizes that could still show more are measured, and the pick (a
    smaller size, beside the grid) is the one trying every shape picks."""
    size = _strip(50, 160, 40, 14, 300)
    plan, factors = _factors_measured(1366, 640, FIFTY, QSize(260, 120), size)
    assert plan == _exhaustive(1366, 640, FIFTY, QSize(260, 120), size)
    assert plan.grid.height() == 640 and plan.shape.factor < entry_layout.FACTORS[0]
    assert {f for f, _ in factors} == {f for f in entry_layout.FACTORS if f >= plan.shape.factor}
