"""Where the parts of the entry screen go, for the room it has: a plan, computed without widgets.

The paper ballot (the grid) must show every row of the current ballot without scrolling whenever
it can, and the read-back strip must name every official with the level recorded. Both compete
for the same room, so each possible arrangement is tried —

* **side**: the read-back in a column to the right of the grid, the ballot list under it;
* **below**: the read-back under the grid in one to four columns, the ballot list beside it when
  there is room, else in its place while the list has the keyboard (F6);

each with the strip's type from large to smaller, in full (names) or compact (``row: code``)
form — and the best kept: every row in view first, then names in the strip, then the position
column (Chức vụ) shown whole, then larger type in the strip, then taller rows. When no
arrangement shows every row (many officials, large zoom), the grid scrolls and the plan that
shows the most rows wins. The plan is made when the window, the zoom or the officials change —
never per ballot, so recording a ballot moves nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QRect, QSize

from tinnhiem_desktop.ui.widgets.readback import ReadbackShape

GAP = 6
"""Between the parts of the screen."""
FACTORS = (1.45, 1.35, 1.25, 1.15)
"""The read-back's body type, × the window's base size: from a metre away, never below 1.15."""


@dataclass(frozen=True)
class GridNeeds:
    """What the paper ballot grid needs: its columns' natural widths, header and rows."""

    widths: tuple[int, ...]
    optional: int
    """A column dropped (its text then in the name's tooltip) when it cannot be shown whole."""
    header: int
    rows: int
    row_min: int
    row_max: int
    frame: int
    scrollbar: int

    def width(self, with_optional: bool, scrolling: bool) -> int:
        """The grid's width with or without the optional column and a vertical scroll bar."""
        total = sum(self.widths) - (0 if with_optional else self.widths[self.optional])
        return total + self.frame + (self.scrollbar if scrolling else 0)

    def height(self, row: int) -> int:
        """The grid's height with every row ``row`` pixels high."""
        return self.header + self.rows * row + self.frame


@dataclass(frozen=True)
class EntryPlan:
    """Rectangles in the body of the entry screen, and how the grid and strip are drawn."""

    shape: ReadbackShape
    readback: QRect
    grid: QRect
    list_panel: QRect
    list_stacked: bool
    """The list has no room of its own: it takes the read-back's place while it has focus."""
    row_height: int
    with_optional: bool
    fits: bool
    """Every row of the current ballot is in view."""
    keys: QRect | None = None


@dataclass(frozen=True)
class _Option:
    plan: EntryPlan
    score: tuple[object, ...]


ReadbackSize = Callable[[ReadbackShape, int | None], QSize]
"""The strip's size for a shape: natural (``None``), or laid out in a width (its legend wraps)."""


def _shapes() -> list[ReadbackShape]:
    shapes = []
    for compact in (False, True):
        for factor in FACTORS:
            for columns in (1, 2, 3, 4):
                shapes.append(ReadbackShape(factor, columns, compact))
    return shapes


def _bound(shape: ReadbackShape, height: int, grid: GridNeeds) -> tuple[object, ...]:
    """The highest :func:`_score` any plan of ``shape`` can have in ``height`` pixels, known
    without measuring the strip: the score of the best plan there could be — every row in view
    if the grid could have them all, with the tallest rows, else the grid given the whole
    height (no plan gives it more) — with the optional column. The planner measures a shape
    only while this bound beats the best plan so far."""
    fits = grid.height(grid.row_min) <= height
    best = EntryPlan(shape=shape, readback=QRect(), grid=QRect(0, 0, 1, height),
                     list_panel=QRect(), list_stacked=False,
                     row_height=grid.row_max if fits else grid.row_min, with_optional=True,
                     fits=fits)
    return _score(best, grid)


def _score(plan: EntryPlan, grid: GridNeeds) -> tuple[object, ...]:
    if plan.fits:
        return (1, not plan.shape.compact, plan.with_optional, plan.shape.factor,
                plan.row_height, -plan.shape.columns)
    visible = (plan.grid.height() - grid.header - grid.frame) // max(plan.row_height, 1)
    return (0, min(visible, grid.rows), not plan.shape.compact, plan.shape.factor,
            plan.with_optional, -plan.shape.columns)


def _row_height(grid: GridNeeds, room: int) -> tuple[int, bool]:
    """The row height in ``room`` pixels of grid, and whether every row fits."""
    if grid.height(grid.row_min) > room:
        return grid.row_min, False
    spare = room - grid.header - grid.frame
    return min(grid.row_max, spare // max(grid.rows, 1)), True


def _side(width: int, height: int, grid: GridNeeds, list_min: QSize, size: ReadbackSize,
          shape: ReadbackShape) -> list[EntryPlan]:
    natural = size(shape, None)
    right = max(natural.width(), list_min.width())
    strip_h = size(shape, right).height()
    if strip_h + GAP + list_min.height() > height:
        return []
    room_w = width - right - GAP
    plans = []
    row, fits = _row_height(grid, height)
    for optional in (True, False):
        if grid.width(optional, not fits) > room_w:
            continue
        plans.append(EntryPlan(
            shape=shape,
            readback=QRect(room_w + GAP, 0, right, strip_h),
            grid=QRect(0, 0, room_w, height),
            list_panel=QRect(room_w + GAP, strip_h + GAP, right, height - strip_h - GAP),
            list_stacked=False, row_height=row, with_optional=optional, fits=fits,
        ))
    return plans


def _below(width: int, height: int, grid: GridNeeds, list_min: QSize, size: ReadbackSize,
           shape: ReadbackShape) -> list[EntryPlan]:
    natural = size(shape, None)
    if natural.width() > width:
        return []
    beside = width - natural.width() - GAP
    stacked = beside < list_min.width()
    strip_w = width if stacked else natural.width()
    strip_h = size(shape, strip_w).height()
    if not stacked and strip_h < list_min.height():
        stacked, strip_w = True, width
        strip_h = size(shape, strip_w).height()
    room_h = height - strip_h - GAP
    if room_h < grid.header + grid.frame + 3 * grid.row_min:
        return []
    row, fits = _row_height(grid, room_h)
    strip = QRect(0, room_h + GAP, strip_w, strip_h)
    panel = strip if stacked else QRect(strip_w + GAP, room_h + GAP, beside, strip_h)
    return [
        EntryPlan(shape=shape, readback=strip, grid=QRect(0, 0, width, room_h),
                  list_panel=panel, list_stacked=stacked, row_height=row,
                  with_optional=optional, fits=fits)
        for optional in (True, False) if grid.width(optional, not fits) <= width
    ]


def plan_entry(width: int, height: int, grid: GridNeeds, list_min: QSize, size: ReadbackSize,
               keys_height: Callable[[int], int] | None = None) -> EntryPlan:
    """The best arrangement of the grid, the read-back strip and the ballot list in ``width`` ×
    ``height`` (see the module's docstring for "best"). With ``keys_height`` (the keys line's
    height at a width), the keys line is added at the bottom when it costs the grid nothing that
    matters (every row still in view, the strip as large)."""
    cache: dict[tuple[ReadbackShape, int | None], QSize] = {}
    measure = size

    def cached(shape: ReadbackShape, at: int | None) -> QSize:
        if (shape, at) not in cache:
            cache[shape, at] = measure(shape, at)
        return cache[shape, at]

    size = cached
    best = _best(width, height, grid, list_min, size)
    if keys_height is None:
        return best
    line = keys_height(width)
    if line <= 0 or height - line - GAP <= 0:
        return best
    with_keys = _best(width, height - line - GAP, grid, list_min, size)
    if with_keys.fits and with_keys.shape == best.shape and \
            with_keys.with_optional == best.with_optional:
        return replace(with_keys, keys=QRect(0, height - line, width, line))
    return best


def _best(width: int, height: int, grid: GridNeeds, list_min: QSize,
          size: ReadbackSize) -> EntryPlan:
    best: _Option | None = None
    for shape in _shapes():
        if best is not None and best.score >= _bound(shape, height, grid):
            # No plan of this shape can score higher (an equal score would not replace the
            # first): it is not measured. Shapes come from the largest type down, so once a
            # type size gives the best there is (every row in view, or as many as the height
            # holds, with names), smaller type is not measured at all: each new size measures
            # every name again.
            continue
        for arrange in (_side, _below):
            for plan in arrange(width, height, grid, list_min, size, shape):
                option = _Option(plan, _score(plan, grid))
                if best is None or option.score > best.score:  # the first best, as max() did
                    best = option
    if best is not None:
        return best.plan
    # Not even room for three rows under the smallest strip: the grid takes everything and the
    # strip and list share a sliver below (the window is tiny; scroll bars do the rest).
    shape = ReadbackShape(FACTORS[-1], 4, compact=True)
    strip_h = min(size(shape, width).height(), max(height // 3, 1))
    room_h = max(height - strip_h - GAP, 1)
    strip = QRect(0, room_h + GAP, width, strip_h)
    return EntryPlan(shape=shape, readback=strip, grid=QRect(0, 0, width, room_h),
                     list_panel=strip, list_stacked=True, row_height=grid.row_min,
                     with_optional=False, fits=False)
