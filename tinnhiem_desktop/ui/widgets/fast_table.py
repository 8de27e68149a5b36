"""A table view that draws the cells it must repaint in one pass.

A Qt item view draws each cell through a delegate that asks the model for every role of the cell
(text, font, alignment, colours, check state, icon…), and with a model written in Python each of
those questions is a call from C++ into Python: a ballot that changes every row of the paper
ballot paid for hundreds of them in one frame. This view asks the model once per cell, for its
:class:`CellLook`, from a single paint event, and draws it with a few painter calls. Everything
else — the model, indexes, selection, scrolling, headers, tooltips — is Qt's own table view.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QEvent, QModelIndex, QRect, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPalette,
    QStaticText,
    QTransform,
)
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget


@dataclass(frozen=True, slots=True)
class CellLook:
    """What one cell shows: its text and how."""

    text: str
    background: QColor | None = None
    foreground: QColor | None = None
    bold: bool = False
    centre: bool = False


@runtime_checkable
class LookModel(Protocol):
    """A model that can say how a cell looks in one call (its ``data()`` says the same)."""

    def look(self, row: int, column: int) -> CellLook:
        """The cell at ``row``, ``column``."""
        ...


@dataclass(frozen=True)
class TableMargins:
    """The room the style leaves beside text in a table: either side of a header section's
    text (``PM_HeaderMargin``), and either side of a cell's as Qt's own delegate leaves it
    (``PM_FocusFrameHMargin`` + 1)."""

    header: int
    cell: int


_margins: dict[str, TableMargins] = {}
"""``asked``: the style's own, once asked in this process; ``assumed``: the last run's."""


def assume_margins(margins: TableMargins | None) -> None:
    """Plan and draw with ``margins`` (the style's, as the settings remember them from the
    last run) until the style is asked (:func:`ask_margins`).

    Asking the style names ``QStyle``, and PySide then builds its ~600 enum values (5–6 ms):
    opening a file would pay that before its first usable frame. The window asks once that
    frame is up, and lays the tables out again only if the style's differ (another style,
    another screen), which the settings then remember."""
    if margins is None:
        _margins.pop("assumed", None)
    else:
        _margins["assumed"] = margins


def ask_margins(widget: QWidget) -> tuple[TableMargins | None, TableMargins]:
    """The margins of ``widget``'s style (asked once a process, and used from then on), and
    those the tables were planned and drawn with until then when they were others (the
    assumed ones); None there when the tables have had the style's all along."""
    asked = _margins.get("asked")
    if asked is not None:
        return None, asked
    from PySide6.QtWidgets import QStyle

    style = widget.style()
    asked = _margins["asked"] = TableMargins(
        header=style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, widget),
        cell=style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1,
    )
    assumed = _margins.get("assumed")
    return (assumed if assumed != asked else None), asked


def margins_asked() -> bool:
    """Whether the style has been asked in this process."""
    return "asked" in _margins


def table_margins(view: QWidget) -> TableMargins:
    """The margins the tables are measured and drawn with: the style's once asked, before
    that the last run's (:func:`assume_margins`), and with neither the style's, asked now."""
    return _margins.get("asked") or _margins.get("assumed") or ask_margins(view)[1]


TEXT_CACHE = 4000
"""Laid-out texts kept per view (names and numbers are drawn again after every ballot)."""


def own_viewport(view: QAbstractItemView) -> None:
    """Give ``view`` a viewport made here, set up as Qt sets up the one it makes.

    The viewport Qt makes has no Python object until Python first asks for it; then PySide
    works out which widget class it is, and on the way creates every widget class it had not
    loaded yet (68 of them, with 55 enums): the first frame of the entry screen's grid took
    20–28 ms instead of 4–6. A viewport made here is known to PySide from the start.
    ``tests/ui/test_fast_table_viewport.py`` holds the two alike.
    """
    port = QWidget()
    port.setObjectName("qt_scrollarea_viewport")
    port.setBackgroundRole(QPalette.ColorRole.Base)
    port.setAutoFillBackground(True)
    view.setViewport(port)  # Qt parents it, makes the view its focus proxy, filters its events


class FastTableView(QTableView):
    """A :class:`QTableView` over a :class:`LookModel`, drawn in one pass (see the module).

    Texts are drawn as :class:`QStaticText`: laid out once per text and font, then only placed,
    so the names of the paper ballot cost nothing to draw again after each ballot."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        own_viewport(self)
        self._texts: dict[tuple[str, bool], tuple[QStaticText, int, int]] = {}
        for bar in (self.verticalScrollBar(), self.horizontalScrollBar()):
            # A scroll bar that moves (the paper ballot back at its first row after Enter)
            # fills its own background: Qt then repaints the bar, not the window behind it.
            bar.setAutoFillBackground(True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._texts.clear()
        super().changeEvent(event)

    def _static(self, text: str, bold: bool, font: QFont) -> tuple[QStaticText, int, int]:
        key = (text, bold)
        found = self._texts.get(key)
        if found is None:
            if len(self._texts) > TEXT_CACHE:
                self._texts.clear()
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(QTransform(), font)
            metrics = QFontMetrics(font)
            found = (static, metrics.horizontalAdvance(text), metrics.height())
            self._texts[key] = found
        return found

    def paintEvent(self, event: QPaintEvent) -> None:
        model = self.model()
        if not isinstance(model, LookModel):
            super().paintEvent(event)
            return
        area = event.rect()
        rows = model.rowCount()
        painter = QPainter(self.viewport())  # made in Python: PySide knows it
        try:
            if rows:
                self._paint_cells(painter, model, area, rows)
        finally:
            painter.end()

    def _paint_cells(self, painter: QPainter, model: LookModel, area: QRect, rows: int) -> None:
        first = self.rowAt(area.top())
        last = self.rowAt(area.bottom())
        first = 0 if first < 0 else first
        last = rows - 1 if last < 0 else last
        columns = []
        for column in range(self.model().columnCount()):
            width = self.columnWidth(column)
            x = self.columnViewportPosition(column)
            if self.isColumnHidden(column) or width <= 0 or x + width < area.left() or \
                    x > area.right():
                continue
            columns.append((column, x, width))
        if not columns:
            return
        group = QPalette.ColorGroup.Active if self.hasFocus() else QPalette.ColorGroup.Inactive
        palette = self.palette()
        highlight = palette.color(group, QPalette.ColorRole.Highlight)
        highlighted_text = palette.color(group, QPalette.ColorRole.HighlightedText)
        text_colour = palette.color(group, QPalette.ColorRole.Text)
        plain = QFont(self.font())
        bold = QFont(plain)
        bold.setBold(True)
        margin = table_margins(self).cell
        selected = self._selected_rows()
        # As the Fusion style draws a table's grid (its hint needs a style option to answer).
        grid = palette.color(group, QPalette.ColorRole.Window).darker(120)
        # Backgrounds first, as rectangles with no outline (not fillRect: PySide rules out its
        # overload for a QGradient preset by building QGradient's 170 enum values, 1 ms of
        # opening a session), then the texts: cells do not overlap, so the order changes no
        # pixel, and the pen and brush change only when the colour does.
        texts: list[tuple[QRect, CellLook, bool]] = []
        painter.setPen(Qt.PenStyle.NoPen)
        brush: QColor | None = None
        bottom = 0
        for row in range(first, last + 1):
            y, height = self.rowViewportPosition(row), self.rowHeight(row)
            bottom = y + height
            chosen = row in selected
            for column, x, width in columns:
                look = model.look(row, column)
                background = highlight if chosen else look.background
                if background is None and not look.text:
                    continue  # the viewport's own background is this cell
                cell = QRect(x, y, width - 1, height - 1)
                if background is not None:
                    if brush is None or background != brush:
                        brush = background
                        painter.setBrush(background)
                    painter.drawRect(cell)
                if look.text:
                    texts.append((cell, look, chosen))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        is_bold: bool | None = None
        pen: QColor | None = None
        for cell, look, chosen in texts:
            if look.bold != is_bold:
                is_bold = look.bold
                painter.setFont(bold if is_bold else plain)
            colour = highlighted_text if chosen else (look.foreground or text_colour)
            if pen is None or colour != pen:  # (QColor != None builds enums to rule it out)
                pen = colour
                painter.setPen(colour)
            static, width_px, height_px = self._static(look.text, look.bold,
                                                       bold if look.bold else plain)
            inner = cell.adjusted(margin, 0, -margin, 0)
            left = inner.x() + max((inner.width() - width_px) // 2, 0) if look.centre \
                else inner.x()
            top = inner.y() + (inner.height() - height_px) // 2
            if width_px > inner.width():  # never expected: the columns are measured
                painter.save()
                painter.setClipRect(inner)
                painter.drawStaticText(left, top, static)
                painter.restore()
            else:
                painter.drawStaticText(left, top, static)
        if self.showGrid():
            painter.setPen(grid)
            top = self.rowViewportPosition(first)
            for _column, x, width in columns:
                painter.drawLine(x + width - 1, top, x + width - 1, bottom - 1)
            left, right = columns[0][1], columns[-1][1] + columns[-1][2] - 1
            for row in range(first, last + 1):
                line = self.rowViewportPosition(row) + self.rowHeight(row) - 1
                painter.drawLine(left, line, right, line)

    def _selected_rows(self) -> set[int]:
        if self.selectionMode() == QAbstractItemView.SelectionMode.NoSelection:
            return set()
        selection = self.selectionModel()
        if selection is None:
            return set()
        return {index.row() for index in selection.selectedRows()
                if index.parent() == QModelIndex()}
