"""The large read-back strip: the ballot just recorded, for the checker to compare with paper.

Every official has a line — "7. Tôn Nữ Hoàng Thị Ngọc Quỳnh Hương" and, in bold, the level
recorded — in one to four columns. Where the lines go is decided by :meth:`ReadbackStrip.arrange`
when the officials, the zoom or the room change (the entry view asks :meth:`ReadbackStrip.size_for`
what each arrangement needs, then picks one). The strip draws itself in one pass, the names laid
out once: showing the next ballot changes a few texts in a strip that keeps its size, so it never
moves anything on the screen nor makes Qt lay the window out again. Beyond what fits with names
the strip shows ``row: code`` with a legend (the compact form).

From one recorded ballot to the next only the title and the levels change: the strip asks Qt to
repaint just those boxes (the names, the legend and the border stay as drawn), paints every pixel
of what it is asked to (so nothing behind it is painted first), and keeps where each text goes
from :meth:`ReadbackStrip.arrange`. A change of colours (a voided ballot) or of form (a whole
invalid ballot's notice) repaints the whole strip.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import TypeVar

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QRegion,
    QStaticText,
    QTransform,
)
from PySide6.QtWidgets import QWidget

from tinnhiem_desktop.domain.model import Ballot, Candidate
from tinnhiem_desktop.domain.regimes import MULTI_MARK, NO_MARK, Level
from tinnhiem_desktop.ui.core_texts import level_label, reason_text
from tinnhiem_desktop.ui.digits import widest_digits

PAD = 8
"""Inside the border, around the title and the columns."""
BORDER = 2
COLUMN_GAP = 28
"""Between two columns of officials."""
LEVEL_GAP = 12
"""Between an official's name and the level recorded."""
TITLE_FACTOR = 1.15
"""The title's type, relative to the body's."""
WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)


@dataclass(frozen=True)
class ReadbackShape:
    """One way to lay the strip out: body type (× the window's base size), columns, form."""

    factor: float
    columns: int
    compact: bool = False


class StripState(Enum):
    """What the strip shows; each has its colours."""

    EMPTY = "empty"
    RECORDED = "recorded"
    VOIDED = "voided"
    SET_ASIDE = "set_aside"


_COLOURS = {
    # state: (background, border, text, title)
    StripState.EMPTY: ("#eef4fb", "#5b7fa8", "#1a1a1a", "#1a1a1a"),
    StripState.RECORDED: ("#eef4fb", "#5b7fa8", "#1a1a1a", "#1a1a1a"),
    StripState.VOIDED: ("#fff1e0", "#c05a00", "#6b6b6b", "#9c2f00"),
    StripState.SET_ASIDE: ("#fff8d6", "#b08800", "#1a1a1a", "#6b4f00"),
}


_K = TypeVar("_K")
_V = TypeVar("_V")


def _kept(memo: dict[_K, _V], key: _K, limit: int, make: Callable[[], _V]) -> _V:
    """``memo[key]``, made by ``make()`` the first time; a memo past ``limit`` entries (many
    window sizes and zooms tried) is emptied before it takes another."""
    known = memo.get(key)
    if known is None:
        if len(memo) > limit:
            memo.clear()
        known = memo[key] = make()
    return known


@dataclass(frozen=True)
class _TextMeasures:
    """The strip's texts measured in one type size and form (pixels)."""

    names: tuple[int, ...]
    """Each official's name line ("7. Tôn Nữ …", or "7:" in the compact form)."""
    mark: int
    """The widest level text (in bold)."""
    line: int
    title_height: int
    title_width: int
    """The widest title the strip can show."""


@dataclass(frozen=True)
class _Line:
    """One official's place: the name's box and the level's box."""

    name: QRect
    mark: QRect


@dataclass(frozen=True)
class _Column:
    """One column of names, drawn only when Qt asks for a part of it: where each name goes."""

    box: QRect
    names: tuple[tuple[QPoint, QStaticText], ...]


class ReadbackStrip(QWidget):
    """Shows one recorded ballot in large type: its number and every official's mark."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readback")
        self._state = StripState.EMPTY
        self._title = ""
        self._ballot: Ballot | None = None
        self._held_text: str | None = None
        self._candidates: list[Candidate] = []
        self._texts: dict[str, str] = {}
        self._widest_number = 999
        self._base = 11.0
        self._shape = ReadbackShape(1.35, 1)
        self._lines: list[_Line] = []
        self._title_box = QRect()
        self._body_box = QRect()
        self._legend_box = QRect()
        # Measures kept between plans of the entry screen (opening a file plans it twice, each
        # plan trying ~120 shapes, and every resize plans again): fonts by (size, type size),
        # the texts' widths by (size, type size, type, form), sizes by (shape, width, size,
        # type); the widths and sizes are forgotten when the officials change (set_officials).
        # The legend's height by (size, type size, type, width): it does not depend on the
        # columns, and a plan asks it of each column count in the same width.
        self._font_memo: dict[tuple[float, float, str], tuple[QFont, QFont, QFont]] = {}
        self._text_memo: dict[tuple[float, float, str, bool], _TextMeasures] = {}
        self._size_memo: dict[tuple[ReadbackShape, int | None, float, str], QSize] = {}
        self._legend_memo: dict[tuple[float, float, str, int], int] = {}
        self._font_key: str | None = None
        """``self.font().key()``, kept until the font changes (:meth:`changeEvent`): a plan
        asks for it some 300 times, and each asking copies the font and spells its key."""
        self._fonts = self._make_fonts(self._shape)
        self._names: list[QStaticText] = []
        self._legend = QStaticText()
        self._marks: dict[str, QStaticText] = {}
        self._columns_drawn: list[_Column] = []
        self._mark_at: list[QPoint] = []
        self._changing = QRegion()
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # paintEvent fills it all
        self.clear()

    # ------------------------------------------------------------ what is shown

    def set_officials(self, candidates: Sequence[Candidate], levels: Sequence[Level],
                      widest_number: int) -> None:
        """The officials of the ballot type, its levels, and the largest ballot number that can
        be shown (for the title's room). Call :meth:`arrange` afterwards."""
        self._size_memo.clear()
        self._text_memo.clear()
        self._legend_memo.clear()
        self._candidates = list(candidates)
        self._texts = {lv.code: level_label(lv) for lv in levels}
        self._texts[NO_MARK] = self.tr("Không đánh dấu")
        self._texts[MULTI_MARK] = self.tr("Nhiều dấu")
        self._widest_number = max(widest_number, 9)
        self._ballot = None

    def title_text(self) -> str:
        """The strip's headline (for tests and accessibility)."""
        return self._title

    def body_text(self) -> str:
        """The strip's body as plain text, one official a line (for tests and accessibility)."""
        ballot = self._ballot
        if self._held_text is not None:
            return self._held_text
        if ballot is not None and ballot.invalid_reason is not None:
            return self._notice(ballot)
        lines = [f"{name} {mark}" for name, mark in zip(self._name_texts(self._shape.compact),
                                                        self._mark_of_each(), strict=True)]
        if self._shape.compact:
            lines.append(self._legend_text())
        return "\n".join(lines)

    def clear(self) -> None:
        """Nothing recorded yet."""
        self._show(StripState.EMPTY, self.tr("Chưa có phiếu nào được ghi."), None)

    def show_ballot(self, ballot: Ballot, heading: str) -> None:
        """Show ``ballot`` under ``heading`` (e.g. "ĐÃ GHI")."""
        self._show(StripState.RECORDED, self.tr("%1 — phiếu số %2").replace("%1", heading)
                   .replace("%2", str(ballot.number)), ballot)

    def show_set_aside(self, number: int, note: str) -> None:
        """A paper set aside for the committee (F9): no marks recorded, so none are shown."""
        title = self.tr("%1 — phiếu số %2").replace("%1", self.tr("ĐỂ RIÊNG")).replace(
            "%2", str(number))
        held = self.tr(
            "Phiếu số %1 để riêng chờ Ban kiểm phiếu quyết định; chưa tính vào kết quả.\n"
            "Ghi chú: %2").replace("%1", str(number)).replace("%2", note)
        self._show(StripState.SET_ASIDE, title, None, held)

    def show_voided(self, ballot: Ballot, reentering: bool) -> None:
        """``ballot`` was voided: never shown as recorded; its old marks stay, greyed."""
        text = (self.tr("phiếu số %1 đã hủy — đang nhập lại") if reentering
                else self.tr("phiếu số %1 đã hủy, chưa nhập lại"))
        self._show(StripState.VOIDED, text.replace("%1", str(ballot.number)), ballot)

    def _show(self, state: StripState, title: str, ballot: Ballot | None,
              held_text: str | None = None) -> None:
        """Show ``title`` and ``ballot``'s levels in ``state``'s colours (or ``held_text``, a
        notice, for a paper set aside); repaint what changes: only the title and the levels
        when the colours and the form stay (the next ballot)."""
        same_look = (_COLOURS[state] == _COLOURS[self._state]
                     and not _notice_form(self._ballot) and not _notice_form(ballot)
                     and self._held_text is None and held_text is None)
        self._state, self._title, self._ballot = state, title, ballot
        self._held_text = held_text
        if same_look and not self._changing.isEmpty():
            self.update(self._changing)
        else:
            self.update()

    def _notice(self, ballot: Ballot) -> str:
        return self.tr("KHÔNG HỢP LỆ TOÀN BỘ: %1").replace(
            "%1", reason_text(ballot.invalid_reason or ""))

    def _mark_of_each(self) -> list[str]:
        marks = self._ballot.marks if self._ballot is not None else ""
        compact = self._shape.compact
        out = []
        for i in range(len(self._candidates)):
            code = marks[i] if i < len(marks) else ""
            out.append(code or "—" if compact else self._texts.get(code, code or "—"))
        return out

    # ------------------------------------------------------------ measuring

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._font_key = None

    def _type_key(self) -> str:
        """The key of the strip's font (the window's, zoomed), which every memo is kept by."""
        if self._font_key is None:
            self._font_key = self.font().key()
        return self._font_key

    def _make_fonts(self, shape: ReadbackShape) -> tuple[QFont, QFont, QFont]:
        return _kept(self._font_memo, (self._base, shape.factor, self._type_key()), 64,
                     lambda: self._fonts_for(shape))

    def _fonts_for(self, shape: ReadbackShape) -> tuple[QFont, QFont, QFont]:
        body = QFont(self.font())
        body.setPointSizeF(self._base * shape.factor)
        body.setBold(False)
        bold = QFont(body)
        bold.setBold(True)
        title = QFont(bold)
        title.setPointSizeF(self._base * shape.factor * TITLE_FACTOR)
        return body, bold, title

    def _name_texts(self, compact: bool) -> list[str]:
        if compact:
            return [f"{c.order}:" for c in self._candidates]
        return [f"{c.order}. {c.name}" for c in self._candidates]

    def _mark_texts(self, compact: bool) -> list[str]:
        if compact:
            return [*self._texts, "—"]
        return [*self._texts.values(), "—"]

    def _title_texts(self, font: QFont) -> list[str]:
        number = widest_digits(font, self._widest_number)
        heads = [self.tr("ĐÃ GHI"), self.tr("PHIẾU GHI GẦN NHẤT"), self.tr("ĐỂ RIÊNG")]
        texts = [self.tr("%1 — phiếu số %2").replace("%1", h).replace("%2", number)
                 for h in heads]
        texts += [self.tr("phiếu số %1 đã hủy — đang nhập lại").replace("%1", number),
                  self.tr("phiếu số %1 đã hủy, chưa nhập lại").replace("%1", number),
                  self.tr("Chưa có phiếu nào được ghi.")]
        return texts

    def _legend_text(self) -> str:
        return " · ".join(f"{code} = {text}" for code, text in self._texts.items())

    def _columns(self, shape: ReadbackShape) -> tuple[int, list[tuple[int, int]], int, int]:
        """(rows per column, (name width, mark width) per column, line height, title height)."""
        measures = self._text_measures(shape)
        count = max(len(self._candidates), 1)
        columns = max(1, min(shape.columns, count))
        per_column = math.ceil(count / columns)
        names = measures.names
        widths = []
        for c in range(columns):
            chunk = names[c * per_column:(c + 1) * per_column] or (0,)
            widths.append((max(chunk) + 2, measures.mark + 2))
        return per_column, widths, measures.line, measures.title_height

    def _text_measures(self, shape: ReadbackShape) -> _TextMeasures:
        """What :meth:`_columns` and :meth:`_measure` need of the texts in ``shape``'s type and
        form, whatever its columns: measured once for the four column counts of a type size
        (a plan asks for each of them, twice)."""
        key = (self._base, shape.factor, self._type_key(), shape.compact)
        return _kept(self._text_memo, key, 64, lambda: self._measure_texts(shape))

    def _measure_texts(self, shape: ReadbackShape) -> _TextMeasures:
        body, bold, title = self._make_fonts(shape)
        return _TextMeasures(
            names=tuple(self._advances(body, self._name_texts(shape.compact))),
            mark=max(self._advances(bold, self._mark_texts(shape.compact))),
            line=max(QFontMetrics(body).height(), QFontMetrics(bold).height()) + 2,
            title_height=QFontMetrics(title).height() + 2,
            title_width=max(self._advances(title, self._title_texts(title))) + 2,
        )

    @staticmethod
    def _advances(font: QFont, texts: list[str]) -> list[int]:
        """The texts' widths in ``font`` (kept by :meth:`_text_measures`)."""
        metrics = QFontMetrics(font)
        return [metrics.horizontalAdvance(t) for t in texts]

    def size_for(self, shape: ReadbackShape, width: int | None = None) -> QSize:
        """The room ``shape`` needs: its natural width, or laid out in ``width`` (the legend of
        the compact form wraps)."""
        key = (shape, width, self._base, self._type_key())
        return QSize(_kept(self._size_memo, key, 2000, lambda: self._measure(shape, width)))

    def _measure(self, shape: ReadbackShape, width: int | None) -> QSize:
        per_column, widths, line, title_h = self._columns(shape)
        title_w = self._text_measures(shape).title_width
        body_w = sum(n + LEVEL_GAP + m for n, m in widths) + COLUMN_GAP * (len(widths) - 1)
        natural = max(title_w, body_w) + 2 * (PAD + BORDER)
        total_w = max(natural, width or 0)
        height = title_h + per_column * line + 2 * (PAD + BORDER) + PAD // 2
        if shape.compact:
            height += self._legend_height(shape, total_w)
        return QSize(natural, height)

    def _legend_height(self, shape: ReadbackShape, width: int) -> int:
        inner = max(width - 2 * (PAD + BORDER), 50)

        def wrap() -> int:
            body, _, _ = self._make_fonts(shape)
            rect = QFontMetrics(body).boundingRect(QRect(0, 0, inner, 10_000), WRAP,
                                                   self._legend_text())
            return rect.height() + PAD // 2

        return _kept(self._legend_memo, (self._base, shape.factor, self._type_key(), inner),
                     2000, wrap)

    def set_zoom(self, base_points: float) -> None:
        """The window's base type size; call :meth:`arrange` afterwards."""
        self._base = base_points

    # ------------------------------------------------------------ placing and drawing

    def arrange(self, shape: ReadbackShape, size: QSize) -> None:
        """Lay the strip out as ``shape`` in ``size`` (its fixed size from now on)."""
        self._shape = shape
        self.setFixedSize(size)
        self._fonts = self._make_fonts(shape)
        body, bold, _ = self._fonts
        per_column, widths, line, title_h = self._columns(shape)
        inner_w = size.width() - 2 * (PAD + BORDER)
        x0 = y0 = PAD + BORDER
        self._title_box = QRect(x0, y0, inner_w, title_h)
        top = y0 + title_h + PAD // 2
        self._lines = []
        x = x0
        for name_w, mark_w in widths:
            for r in range(per_column):
                if len(self._lines) >= len(self._candidates):
                    break
                y = top + r * line
                self._lines.append(_Line(QRect(x, y, name_w, line),
                                         QRect(x + name_w + LEVEL_GAP, y, mark_w, line)))
            x += name_w + LEVEL_GAP + mark_w + COLUMN_GAP
        self._body_box = QRect(x0, top, inner_w, per_column * line)
        self._legend_box = QRect()
        if shape.compact:
            legend_h = self._legend_height(shape, size.width()) - PAD // 2
            self._legend_box = QRect(x0, top + per_column * line + PAD // 2, inner_w, legend_h)
        self._legend = self._static(self._legend_text(), body, self._legend_box.width())
        self._names = [self._static(text, body) for text in self._name_texts(shape.compact)]
        self._marks = {text: self._static(text, bold) for text in self._mark_texts(shape.compact)}
        self._place_texts(per_column)
        self.update()

    def _place_texts(self, per_column: int) -> None:
        """Where each name and level is drawn, and what a new ballot repaints: worked out once
        per arrangement, never per ballot. The repainted boxes reach past the texts' own boxes
        (a stacked Vietnamese accent, "Ấ", is drawn above its line's box, a "ậ" below it): the
        title's band from the inside of the border down to the first line, and each column of
        levels over the whole height inside the border, up to half the gaps beside it."""
        self._columns_drawn = []
        inner = self.rect().adjusted(BORDER, BORDER, -BORDER, -BORDER)
        top = self._lines[0].name.top() if self._lines else self._body_box.top()
        self._changing = QRegion(QRect(inner.left(), inner.top(), inner.width(),
                                       top - inner.top()))
        for start in range(0, len(self._lines), max(per_column, 1)):
            lines = self._lines[start:start + per_column]
            names = self._names[start:start + per_column]
            box = QRect(lines[0].name.topLeft(), lines[-1].name.bottomRight())
            self._columns_drawn.append(_Column(box, tuple(
                (self._centred(line.name, static), static)
                for line, static in zip(lines, names, strict=False))))
            left = lines[0].mark.left() - LEVEL_GAP // 2
            right = min(lines[0].mark.right() + COLUMN_GAP // 2, inner.right())
            self._changing = self._changing.united(
                QRect(left, inner.top(), right - left + 1, inner.height()))
        # Every level is drawn in the same bold type on one line: one height for all.
        height = max((round(m.size().height()) for m in self._marks.values()), default=0)
        self._mark_at = [QPoint(line.mark.x(), line.mark.y() + (line.mark.height() - height) // 2)
                         for line in self._lines]

    @staticmethod
    def _static(text: str, font: QFont, wrap_at: int = 0) -> QStaticText:
        """A text laid out once (a name is drawn again after every ballot, never re-laid)."""
        static = QStaticText(text)
        static.setTextFormat(Qt.TextFormat.PlainText)
        if wrap_at > 0:
            static.setTextWidth(wrap_at)
        static.prepare(QTransform(), font)
        return static

    def name_box(self, index: int) -> QRect:
        """Where the name of official ``index`` (0-based) is drawn, in the strip's coordinates
        (an empty box if not placed): for tests of what a new ballot repaints."""
        return self._lines[index].name if 0 <= index < len(self._lines) else QRect()

    def overflows(self) -> list[str]:
        """Texts wider than the place they are drawn in (none, when the strip was measured
        right): for tests, as nothing here is elided."""
        body, bold, title = self._fonts
        found = []
        checks = [(self._title, title, self._title_box)]
        checks += [(text, body, line.name) for text, line in
                   zip(self._name_texts(self._shape.compact), self._lines, strict=False)]
        checks += [(text, bold, line.mark) for text, line in
                   zip(self._mark_of_each(), self._lines, strict=False)]
        for text, font, box in checks:
            need = QFontMetrics(font).horizontalAdvance(text)
            if need > box.width():
                found.append(f"{text!r}: {need} > {box.width()}")
        if len(self._lines) < len(self._candidates):
            found.append(f"{len(self._candidates) - len(self._lines)} officials not placed")
        return found

    def paintEvent(self, event: QPaintEvent) -> None:
        # Every pixel of the region asked for is painted (the strip is opaque); the painter
        # clips to that region, and the names are drawn only where it reaches them.
        region = event.region()
        background, border, text, title = (QColor(c) for c in _COLOURS[self._state])
        body, bold, title_font = self._fonts
        painter = QPainter(self)
        try:
            # Filled as rectangles with no outline, not with fillRect: PySide rules out
            # fillRect's overload for a QGradient preset by building QGradient's 170 enum
            # values (1 ms of opening a session); setBrush has no such overload.
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(border)
            painter.drawRect(self.rect())
            painter.setBrush(background)
            painter.drawRect(self.rect().adjusted(BORDER, BORDER, -BORDER, -BORDER))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            if region.intersects(self._title_box):
                painter.setPen(title)
                painter.setFont(title_font)
                painter.drawText(self._title_box, int(Qt.AlignmentFlag.AlignLeft
                                                      | Qt.AlignmentFlag.AlignVCenter),
                                 self._title)
            painter.setPen(text)
            ballot = self._ballot
            if self._held_text is not None:
                painter.setFont(bold)
                painter.drawText(self._body_box, WRAP, self._held_text)
                return
            if _notice_form(ballot):
                assert ballot is not None
                painter.setFont(bold)
                painter.drawText(self._body_box, WRAP, self._notice(ballot))
                return
            painter.setFont(body)
            for column in self._columns_drawn:
                if region.intersects(column.box):
                    for at, static in column.names:
                        painter.drawStaticText(at, static)
            painter.setFont(bold)
            marks = self._marks
            for mark, at in zip(self._mark_of_each(), self._mark_at, strict=False):
                level = marks.get(mark)
                if level is not None:
                    painter.drawStaticText(at, level)
            if not self._legend_box.isNull() and region.intersects(self._legend_box):
                painter.setFont(body)
                painter.drawStaticText(self._legend_box.topLeft(), self._legend)
        finally:
            painter.end()

    @staticmethod
    def _centred(box: QRect, static: QStaticText) -> QPoint:
        """Where ``static`` starts to sit on the middle line of ``box``, at its left."""
        return QPoint(box.x(), box.y() + (box.height() - round(static.size().height())) // 2)


def _notice_form(ballot: Ballot | None) -> bool:
    """Whether ``ballot`` is shown as a notice (whole ballot invalid) instead of levels."""
    return ballot is not None and ballot.invalid_reason is not None
