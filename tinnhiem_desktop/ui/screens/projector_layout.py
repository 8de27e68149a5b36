"""Where the projector view goes, and how large its type can be: plain arithmetic, no widgets.

Two decisions, both taken when something changes the room — a screen plugged or unplugged, the
window resized, the officials or the results panel switched — and never per ballot:

* :func:`place_projector`: on which screen and how. A screen other than the primary one is the
  projector (full screen there); with only one screen the view is a normal window on it, which
  can be dragged to a projector plugged in later.
* :func:`fit_table`: rows of text laid out in one to four side-by-side blocks, at the largest
  type that fits the box. Widths are measured once at a reference size and scale with the type,
  so the search is arithmetic.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QRect, QSize

WINDOWED_SHARE = 0.7
"""A windowed projector view takes this share of its screen's width and height."""
MIN_WINDOW = QSize(640, 400)
LINE = 1.3
"""A line's height, in ems of its type."""
BLOCK_GAP_EM = 1.6
"""Between two side-by-side blocks of rows, in ems."""
SAFETY = 1.04
"""Text measured at one size and drawn at another can come out a little wider (hinting)."""


@dataclass(frozen=True)
class ScreenArea:
    """A screen as placement sees it: where it is, and whether it is the primary one.
    ``screen`` is the QScreen itself (None for a screen a test makes up)."""

    geometry: QRect
    primary: bool
    screen: object = None


@dataclass(frozen=True)
class Placement:
    """Which screen (index in the list given), full screen or not, and the window's rectangle."""

    index: int
    full_screen: bool
    rect: QRect


def place_projector(screens: Sequence[ScreenArea]) -> Placement:
    """The first screen that is not the primary one, full screen; else a normal window in the
    middle of the primary screen (or of the first, when none says it is primary)."""
    if not screens:
        raise ValueError("no screen")
    for index, area in enumerate(screens):
        if not area.primary and len(screens) > 1:
            return Placement(index, True, QRect(area.geometry))
    index = next((i for i, area in enumerate(screens) if area.primary), 0)
    room = screens[index].geometry
    width = min(room.width(), max(MIN_WINDOW.width(), round(room.width() * WINDOWED_SHARE)))
    height = min(room.height(), max(MIN_WINDOW.height(), round(room.height() * WINDOWED_SHARE)))
    rect = QRect(room.x() + (room.width() - width) // 2, room.y() + (room.height() - height) // 2,
                 width, height)
    return Placement(index, False, rect)


@dataclass(frozen=True)
class TableFit:
    """``rows`` rows in ``columns`` side-by-side blocks of ``per_block`` rows, type ``px``
    pixels high."""

    columns: int
    per_block: int
    px: int


def fit_table(rows: int, row_em: float, box: QSize, max_px: int, header_rows: int = 0,
              max_columns: int = 4) -> TableFit:
    """The largest type (at most ``max_px``) at which ``rows`` rows, each ``row_em`` ems wide,
    fit ``box``, in as many blocks as give the largest type; every block repeats
    ``header_rows`` heading lines. Never below 6 px (a box too small for that overflows, and
    the view's own check says so)."""
    best = TableFit(1, max(rows, 1), 6)
    for columns in range(1, max(1, min(max_columns, rows)) + 1):
        per_block = math.ceil(rows / columns) if rows else 1
        lines = per_block + header_rows
        width_em = (columns * row_em + (columns - 1) * BLOCK_GAP_EM) * SAFETY
        px = min(max_px, box.height() / (lines * LINE), box.width() / max(width_em, 1.0))
        px = max(6, math.floor(px))
        if px > best.px:
            best = TableFit(columns, per_block, px)
    return best


GAP_EM = 0.8
"""Between a name and its level, and between two columns of the results, in ems."""


@dataclass
class RowGrid:
    """Rows placed in blocks: each row's boxes (name first), each block's heading boxes, the
    box they were placed in, and the fit they were placed by."""

    fit: TableFit = field(default_factory=lambda: TableFit(1, 1, 12))
    rows: list[list[QRect]] = field(default_factory=list)
    headers: list[list[QRect]] = field(default_factory=list)
    box: QRect = field(default_factory=QRect)


def place_rows(box: QRect, fit: TableFit, ems: Sequence[float], count: int,
               header_rows: int = 0) -> RowGrid:
    """``count`` rows of boxes (``ems`` wide each, a gap between) in ``fit.columns`` blocks
    inside ``box``, filled column by column; every block gets its own heading line (the last of
    its ``header_rows``)."""
    px = fit.px
    gap = round(GAP_EM * px)
    widths = [round(em * px * SAFETY) + 2 for em in ems]
    block_w = sum(widths) + gap * (len(widths) - 1)
    line = round(px * LINE)
    grid = RowGrid(fit=fit, box=box)
    x = box.x()
    top = box.y() + header_rows * line
    for _ in range(fit.columns):
        if len(grid.rows) >= count:
            break
        if header_rows:
            grid.headers.append(_boxes(x, box.y() + (header_rows - 1) * line, widths, gap,
                                       line))
        for r in range(fit.per_block):
            if len(grid.rows) >= count:
                break
            grid.rows.append(_boxes(x, top + r * line, widths, gap, line))
        x += block_w + round(BLOCK_GAP_EM * px)
    return grid


def _boxes(x: int, y: int, widths: Sequence[int], gap: int, line: int) -> list[QRect]:
    out = []
    for width in widths:
        out.append(QRect(x, y, width, line))
        x += width + gap
    return out
