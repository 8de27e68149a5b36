"""What the projector view draws, in type sized to the window (never to the app's zoom).

From the top: the session's title and the progress (đã nhập k / thu về n); the ballot just
recorded ("PHIẾU SỐ 17", or "phiếu số 17 đã hủy"); every official with the level recorded in
words (or the reason a whole ballot is invalid); and, when the chair turns them on or after
finalising, the running results. Where everything goes and how large is decided by
:meth:`ProjectorBoard.arrange` when the window, the officials or the results panel change; a
ballot only changes texts drawn into boxes that keep their size, so nothing is laid out again.
The board draws itself in one pass, the names laid out once (``QStaticText``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPixmap,
    QRegion,
    QResizeEvent,
    QStaticText,
    QTransform,
)
from PySide6.QtWidgets import QApplication, QWidget

from tinnhiem_desktop.domain.model import Ballot, Candidate
from tinnhiem_desktop.domain.regimes import MULTI_MARK, NO_MARK, Level
from tinnhiem_desktop.ui.core_texts import level_label, reason_text
from tinnhiem_desktop.ui.digits import widest_digits
from tinnhiem_desktop.ui.screens.projector_layout import (
    GAP_EM,
    LINE,
    RowGrid,
    TableFit,
    fit_table,
    place_rows,
)

GLYPH_CACHE_PX = 64
"""The largest type drawn here. Qt's raster engine draws text above 64 px from the font's
outlines on every paint (hinting, Bézier curves, no glyph cache): a heading of 65 px cost more
than the rest of the board per ballot (measured with callgrind)."""
RESULTS_PAGE_MS = 8000
"""How long each page of the results stays up when they need more than one to be readable."""
RESULTS_MIN_SHARE = 0.022
"""The results' type is never smaller than this share of the board's height (17 px at 768,
24 px at 1080), nor than 14 px: read from the back of a meeting room. Officials that do not fit
at that size are shown a page at a time, in turn."""
REFERENCE_PX = 100
"""Texts are measured once at this size; their width scales with the type."""
BACKGROUND = QColor("#ffffff")
INK = QColor("#111111")
HEADING = QColor("#0b3d75")
VOIDED = QColor("#b34700")
GREYED = QColor("#8a8a8a")
RULE = QColor("#5b7fa8")
FINALISED = QColor("#1d5c1d")
WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass
class ResultRow:
    """One official's running figures, as texts: ``cells`` one per level ("12 · 38,88 %"),
    ``band`` the band's label (or "—") and its colours."""

    cells: list[str]
    band: str
    band_colours: tuple[QColor, QColor] | None = None


class ProjectorBoard(QWidget):
    """The projector view's whole surface (read-only: it takes no keys and no clicks)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._family = QApplication.font().family()
        self._title = ""
        self._progress = ""
        self._widest_progress = ""
        self._candidates: list[Candidate] = []
        self._words: dict[str, str] = {}
        self._widest_number = 9
        self._ballot: Ballot | None = None
        self._voided = False
        self._heading = ""
        self._results_on = False
        self._levels: list[Level] = []
        self._band_texts: list[str] = []
        self._widest_cell = ""
        self._caption = ""
        self._results: list[ResultRow] = []
        self.arrangements = 0
        """How many times the board was laid out (tests: never per ballot)."""
        self.paints = 0
        """How many times it was drawn."""
        self._boxes: dict[str, QRect] = {}
        self._fonts: dict[str, QFont] = {}
        self._ballot_grid = RowGrid()
        self._results_grid = RowGrid()
        self._names: list[QStaticText] = []
        self._result_names: list[QStaticText] = []
        self._results_per_page = 1
        self._results_page = 0
        self._results_pages = 1
        self.results_timer = QTimer(self)
        """Turns the results' pages (running only while they need more than one)."""
        self.results_timer.setInterval(RESULTS_PAGE_MS)
        self.results_timer.timeout.connect(self.next_results_page)
        self._marks: dict[str, QStaticText] = {}
        self._notice_font = QFont()
        self._title_shown = ""
        self._marks_region = QRegion()
        self._names_region = QRegion()
        self._mark_cells: list[QRect] = []
        self._mark_points: list[QPoint] = []
        self._mark_images: dict[tuple[str, bool, float], QPixmap] = {}
        self._row_marks: list[str] = []
        """The words each row's mark cell shows for the ballot shown ("—" for none)."""
        self._shown_marks: tuple[list[str], bool] | None = None
        """The words and greying the mark cells were last asked to show (None: unknown, so
        every row is drawn again)."""
        # A ballot's texts, translated once: they are asked for at every Enter.
        self._recorded_heading = self.tr("PHIẾU SỐ %1")
        self._voided_heading = self.tr("phiếu số %1 đã hủy")
        self._heading_template: str | None = None
        """The form of the heading shown (one of the two above), None for any other."""
        self._number_ink: dict[str, QRect] = {}
        """For each of those forms, where a new number can change the heading's pixels."""
        self._held_notice: str | None = None
        self._ballot_max = self._results_max = 12
        self._final = False
        self.clear()
        self.arrange()

    # ------------------------------------------------------------ what is shown

    def set_title(self, title: str) -> None:
        """The session's title (laid out again: its type is fitted to the width)."""
        self._title = title
        self.arrange()

    def set_officials(self, candidates: Sequence[Candidate], levels: Sequence[Level],
                      widest_number: int, widest_progress: str) -> None:
        """A ballot type's officials and levels, the largest ballot number it can show, and
        the widest progress text it can show; laid out again. The ballot shown stays (call
        :meth:`clear` when it belongs to other officials)."""
        self._candidates = list(candidates)
        self._levels = list(levels)
        self._words = {lv.code: level_label(lv) for lv in levels}
        self._words[NO_MARK] = self.tr("Không đánh dấu")
        self._words[MULTI_MARK] = self.tr("Nhiều dấu")
        self._widest_number = max(widest_number, 9)
        self._widest_progress = widest_progress
        self.arrange()

    def set_results_frame(self, on: bool, band_texts: Sequence[str], widest_cell: str) -> None:
        """Whether the results panel is shown, the band texts it can show and its widest
        figure ("8888 · 100,00 %"); laid out again."""
        self._results_on = on
        self._band_texts = [*band_texts, "—"]
        self._widest_cell = widest_cell
        self.arrange()

    def set_progress(self, text: str) -> None:
        """"Đã nhập 17 / thu về 40" (its box was sized for the widest)."""
        if text != self._progress:
            self._progress = text
            self.update(self._boxes["progress"])

    def clear(self) -> None:
        """Nothing recorded yet."""
        self._held_notice = None
        self._ballot = None
        self._voided = False
        self._heading = self.tr("Chưa có phiếu nào được ghi.")
        self._heading_template = None
        self._row_marks = self._mark_of_each()
        self._shown_marks = None
        self.update()

    def show_ballot(self, ballot: Ballot, voided: bool = False) -> None:
        """The ballot just recorded, or (``voided``) the one just voided, its marks greyed."""
        was_notice = self._notice_shown()
        self._held_notice = None
        self._ballot = ballot
        self._voided = voided
        template = self._voided_heading if voided else self._recorded_heading
        self._heading = template.replace("%1", str(ballot.number))
        # The same form with another number: its words before the number stay as they are.
        heading_ink = self._number_ink.get(template, self._boxes["heading_ink"]) \
            if template is self._heading_template else self._boxes["heading_ink"]
        self._heading_template = template
        self._row_marks = self._mark_of_each()
        if ballot.invalid_reason is not None:
            self._notice_font = self._fitted_notice_font(self._notice(ballot))
        # Only what a ballot changes is drawn again: the heading and the levels (the names
        # stay), or the whole ballot's box when a notice comes or goes.
        if was_notice or ballot.invalid_reason is not None:
            self._shown_marks = None
            self.update(QRegion(self._boxes["heading_ink"]) + QRegion(self._ballot_grid.box))
        else:
            self.update(heading_ink)
            self._update_changed_marks()

    def _update_changed_marks(self) -> None:
        """Ask to draw again the mark cells whose level (or greying) differs from what they
        show: on a real ballot most officials keep the level of the one before, and each cell
        drawn again costs the projector's frame (measured: 0.5 ms for 50 at every Enter). One
        ``update`` per cell (Qt unites them, in C++), or one for them all when all changed: a
        region built here cell by cell cost more than drawing them (callgrind)."""
        now = self._row_marks
        before, self._shown_marks = self._shown_marks, (now, self._voided)
        if before is None or before[1] != self._voided or len(before[0]) != len(now):
            self.update(self._marks_region)
            return
        changed = [cell for cell, old, new in zip(self._mark_cells, before[0], now, strict=True)
                   if old != new]
        if len(changed) == len(now):
            self.update(self._marks_region)
            return
        for cell in changed:
            self.update(cell)

    def show_set_aside(self, number: int) -> None:
        """Ballot ``number`` was set aside for the committee: no marks to show, only that."""
        self._ballot = None
        self._voided = True
        self._heading = self.tr("phiếu số %1 để riêng").replace("%1", str(number))
        self._heading_template = None
        self._held_notice = self.tr("Chờ Ban kiểm phiếu quyết định; chưa tính vào kết quả.")
        self._notice_font = self._fitted_notice_font(self._held_notice)
        self._row_marks = self._mark_of_each()
        self._shown_marks = None
        self.update(QRegion(self._boxes["heading_ink"]) + QRegion(self._ballot_grid.box))

    def _notice_shown(self) -> bool:
        ballot = self._ballot
        return self._held_notice is not None or (
            ballot is not None and ballot.invalid_reason is not None)

    def set_results(self, caption: str, rows: Sequence[ResultRow], final: bool = False) -> None:
        """The running figures, one row per official in ballot order, under ``caption``
        (``final``: the finalised result, in the finalised colour)."""
        self._caption = caption
        self._final = final
        self._results = list(rows)
        self.update(self._results_grid.box)

    # ------------------------------------------------------------ read back (tests, a11y)

    def mark_box(self, index: int) -> QRect:
        """Where the level of official ``index`` (0-based) is drawn, in the board's coordinates
        (an empty box if not placed): for tests of what a new ballot repaints."""
        return QRect(self._mark_cells[index]) if 0 <= index < len(self._mark_cells) else QRect()

    def title_text(self) -> str:
        """The session's title as shown."""
        return self._title

    def progress_text(self) -> str:
        """The progress line."""
        return self._progress

    def heading_text(self) -> str:
        """"PHIẾU SỐ 17", "phiếu số 17 đã hủy" or "Chưa có phiếu nào được ghi."."""
        return self._heading

    def body_lines(self) -> list[str]:
        """One line per official ("7. Name: Tín nhiệm cao"), or the whole-invalid notice."""
        ballot = self._ballot
        if self._held_notice is not None:
            return [self._held_notice]
        if ballot is not None and ballot.invalid_reason is not None:
            return [self._notice(ballot)]
        return [f"{name}: {mark}" for name, mark in zip(self._name_texts(), self._row_marks,
                                                        strict=True)]

    def results_lines(self) -> list[str]:
        """The results panel as text (nothing when it is not shown)."""
        if not self._results_on:
            return []
        lines = [self._caption]
        for name, row in zip(self._name_texts(), self._results, strict=False):
            lines.append(" | ".join([name, *row.cells, row.band]))
        return lines

    def shown_results_lines(self) -> list[str]:
        """The officials' rows of the results page on screen now (all of them on one page)."""
        if not self._results_on:
            return []
        first = self._results_page * self._results_per_page
        rows = list(zip(self._name_texts(), self._results, strict=False))
        return [" | ".join([name, *row.cells, row.band])
                for name, row in rows[first:first + self._results_per_page]]

    def results_page_text(self) -> str:
        """"Trang 2/3" while the results need more than one page; else nothing."""
        if self._results_pages < 2:
            return ""
        return self.tr("Trang %1/%2").replace("%1", str(self._results_page + 1)).replace(
            "%2", str(self._results_pages))

    def next_results_page(self) -> None:
        """The next page of the results (the timer's turn), the first after the last."""
        if self._results_pages < 2:
            return
        self._results_page = (self._results_page + 1) % self._results_pages
        self.update(self._results_grid.box)

    @property
    def results_on(self) -> bool:
        """The results panel is part of the board."""
        return self._results_on

    def _notice(self, ballot: Ballot) -> str:
        return self.tr("KHÔNG HỢP LỆ cả phiếu: %1").replace(
            "%1", reason_text(ballot.invalid_reason or ""))

    def _name_texts(self) -> list[str]:
        return [f"{c.order}. {c.name}" for c in self._candidates]

    def _mark_of_each(self) -> list[str]:
        marks = self._ballot.marks if self._ballot is not None else ""
        return [self._words.get(marks[i], "—") if i < len(marks) else "—"
                for i in range(len(self._candidates))]

    def _progress_template_texts(self) -> list[str]:
        return [self._progress, self._widest_progress]

    def widest_digits(self, number: int) -> str:
        """Room for any number up to ``number`` in the progress line's (regular) type."""
        return widest_digits(self._font(REFERENCE_PX), number)

    def _heading_texts(self) -> list[str]:
        # The heading is bold: room for its widest digit, not "8" (in the UI font's bold, 0, 4,
        # 6 and 9 are wider, and a number outgrowing its room would lay the board out again).
        number = widest_digits(self._font(REFERENCE_PX, bold=True), self._widest_number)
        return [self.tr("PHIẾU SỐ %1").replace("%1", number),
                self.tr("phiếu số %1 đã hủy").replace("%1", number),
                self.tr("phiếu số %1 để riêng").replace("%1", number),
                self.tr("Chưa có phiếu nào được ghi.")]

    # ------------------------------------------------------------ laying out

    def _font(self, px: int, bold: bool = False) -> QFont:
        font = QFont(self._family)
        font.setPixelSize(max(6, px))
        font.setBold(bold)
        return font

    def _em(self, texts: Sequence[str], bold: bool = False) -> float:
        """The widest of ``texts`` in ems (measured at the reference size)."""
        metrics = QFontMetrics(self._font(REFERENCE_PX, bold))
        return max((metrics.horizontalAdvance(t) for t in texts), default=0) / REFERENCE_PX

    def _fit_line(self, texts: Sequence[str], width: int, px: int, bold: bool) -> int:
        """``px``, or less so that the widest of ``texts`` fits ``width``."""
        em = self._em(texts, bold) * 1.04
        return max(6, min(px, int(width / em) if em else px))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.arrange()

    def arrange(self) -> None:
        """Place everything for the board's size: once per window size, officials or panel."""
        self.arrangements += 1
        w, h = self.width(), self.height()
        margin = max(6, round(min(w, h) * 0.025))
        inner = QRect(margin, margin, max(w - 2 * margin, 10), max(h - 2 * margin, 10))
        # The header: the title at the left, the progress at the right.
        head_px = max(8, min(GLYPH_CACHE_PX, round(h * 0.045)))
        progress_px = self._fit_line(self._progress_template_texts(), inner.width() // 3,
                                     head_px, bold=False)
        progress_w = round(self._em(self._progress_template_texts()) * progress_px * 1.04) + 2
        title_room = max(inner.width() - progress_w - round(head_px * 1.5), 10)
        title_px = max(8, self._fit_line([self._title], title_room, head_px, bold=True))
        head_h = round(max(head_px, title_px) * LINE)
        self._fonts["title"] = self._font(title_px, bold=True)
        self._fonts["progress"] = self._font(progress_px)
        self._boxes["title"] = QRect(inner.x(), inner.y(), title_room, head_h)
        self._boxes["progress"] = QRect(inner.right() + 1 - progress_w, inner.y(), progress_w,
                                        head_h)
        self._title_shown = QFontMetrics(self._fonts["title"]).elidedText(
            self._title, Qt.TextElideMode.ElideRight, title_room)
        top = inner.y() + head_h + margin // 2
        self._boxes["rule"] = QRect(inner.x(), top, inner.width(), max(2, h // 300))
        top += self._boxes["rule"].height() + margin // 2
        # The ballot's heading, as large as the widest of its forms allows.
        heading_px = self._fit_line(self._heading_texts(), inner.width(),
                                    min(GLYPH_CACHE_PX, round(h * 0.085)),
                                    bold=True)
        self._fonts["heading"] = self._font(heading_px, bold=True)
        self._boxes["heading"] = QRect(inner.x(), top, inner.width(), round(heading_px * LINE))
        # Vietnamese capitals stack their marks above the type's ascent (Ế, Ố): what a new
        # heading repaints must cover that ink too, or the top of the marks stays cut.
        self._boxes["heading_ink"] = _ink(self._fonts["heading"], self._boxes["heading"],
                                          self._heading_texts())
        self._number_ink = {t: self._after_words(t) for t in (self._recorded_heading,
                                                               self._voided_heading)}
        top += self._boxes["heading"].height() + margin // 2
        body = QRect(inner.x(), top, inner.width(), max(inner.bottom() + 1 - top, 10))
        self._ballot_max = min(GLYPH_CACHE_PX, round(h * 0.075))
        self._results_max = min(GLYPH_CACHE_PX, round(h * 0.05))
        if self._results_on:
            ballot_box, results_box = self._split(body, margin)
        else:
            ballot_box, results_box = body, QRect()
        self._arrange_ballot(ballot_box, self._ballot_max)
        self._arrange_results(results_box, self._results_max)
        if self._held_notice is not None:
            self._notice_font = self._fitted_notice_font(self._held_notice)
        elif self._ballot is not None and self._ballot.invalid_reason is not None:
            self._notice_font = self._fitted_notice_font(self._notice(self._ballot))
        self.update()

    def _after_words(self, template: str) -> QRect:
        """The part of the heading's ink a new number in ``template`` can change: from half an
        em before the number (its ink may reach back, over the space) to the heading's end."""
        ink = self._boxes["heading_ink"]
        if "%1" not in template:
            return QRect(ink)
        font = self._fonts["heading"]
        words = QFontMetrics(font).horizontalAdvance(template[:template.index("%1")])
        left = max(ink.x(), self._boxes["heading"].x() + words - font.pixelSize() // 2)
        return QRect(left, ink.y(), ink.right() + 1 - left, ink.height())

    def _ballot_row_ems(self) -> list[float]:
        return [self._em(self._name_texts()), self._em(list(self._words.values()) + ["—"],
                                                       bold=True)]

    def _result_heads(self) -> list[str]:
        return [self.tr("Họ và tên"), *(level_label(lv) for lv in self._levels),
                self.tr("Ngưỡng")]

    def _results_row_ems(self) -> list[float]:
        heads = self._result_heads()
        level_ems = [max(self._em([self._widest_cell]), self._em([h], bold=True))
                     for h in heads[1:-1]]
        return [max(self._em(self._name_texts()), self._em(heads[:1], bold=True)), *level_ems,
                max(self._em(self._band_texts), self._em(heads[-1:], bold=True))]

    def _split(self, body: QRect, gap: int) -> tuple[QRect, QRect]:
        """Ballot and results side by side or one above the other: whichever gives the smaller
        of the two types the larger size."""
        n = max(len(self._candidates), 1)
        ballot_em = sum(self._ballot_row_ems()) + GAP_EM
        best: tuple[tuple[int, int], QRect, QRect] | None = None
        for share in (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6):
            w1 = round((body.width() - gap) * share)
            side = (QRect(body.x(), body.y(), w1, body.height()),
                    QRect(body.x() + w1 + gap, body.y(), body.width() - w1 - gap, body.height()))
            h1 = round((body.height() - gap) * share)
            stacked = (QRect(body.x(), body.y(), body.width(), h1),
                       QRect(body.x(), body.y() + h1 + gap, body.width(),
                             body.height() - h1 - gap))
            for first, second in (side, stacked):
                a = fit_table(n, ballot_em, first.size(), self._ballot_max).px
                b = self._results_fit(second.size(), self._results_max)[0].px
                score = (min(a, b), a + b)  # the smaller type as large as can be, then both
                if best is None or score > best[0]:
                    best = (score, first, second)
        assert best is not None
        return best[1], best[2]

    def _arrange_ballot(self, box: QRect, max_px: int) -> None:
        ems = self._ballot_row_ems()
        fit = fit_table(len(self._candidates), sum(ems) + GAP_EM, box.size(), max_px)
        self._ballot_grid = place_rows(box, fit, ems, len(self._candidates), header_rows=0)
        self._marks_region = QRegion()
        self._names_region = QRegion()
        for cells in self._ballot_grid.rows:
            self._marks_region += QRegion(cells[1])
            self._names_region += QRegion(cells[0])
        self._mark_cells = [cells[1] for cells in self._ballot_grid.rows]
        self._row_marks = self._mark_of_each()
        self._fonts["name"] = self._font(fit.px)
        self._fonts["mark"] = self._font(fit.px, bold=True)
        self._names = [self._static(t, self._fonts["name"]) for t in self._name_texts()]
        self._marks = {t: self._static(t, self._fonts["mark"])
                       for t in [*self._words.values(), "—"]}
        line = round(self._marks["—"].size().height())  # one line of the mark type
        self._mark_points = [QPoint(cells[1].x(), cells[1].y() + (cells[1].height() - line) // 2)
                             for cells in self._ballot_grid.rows]
        self._mark_images.clear()
        self._shown_marks = None

    def _arrange_results(self, box: QRect, max_px: int) -> None:
        if box.isNull():
            self._results_grid = RowGrid()
            self._result_names = []
            self._results_pages = 1
            self.results_timer.stop()
            return
        ems = self._results_row_ems()
        n = max(len(self._candidates), 1)
        fit, per_page = self._results_fit(box.size(), max_px)
        self._results_per_page = per_page
        self._results_pages = math.ceil(n / per_page)
        self._results_page = min(self._results_page, self._results_pages - 1)
        if self._results_pages > 1:
            self.results_timer.start()
        else:
            self.results_timer.stop()
        self._results_grid = place_rows(box, fit, ems, per_page, header_rows=2)
        self._fonts["results"] = self._font(fit.px)
        self._fonts["results_head"] = self._font(fit.px, bold=True)
        self._result_names = [self._static(t, self._fonts["results"])
                              for t in self._name_texts()]

    def _results_fit(self, size: QSize, max_px: int) -> tuple[TableFit, int]:
        """How the results fit ``size``, and how many officials a page shows: all of them if
        that keeps the type readable (:data:`RESULTS_MIN_SHARE`), else the most a page can hold
        at that size, or at the largest the box's width allows if that is smaller."""
        ems = self._results_row_ems()
        row_em = sum(ems) + GAP_EM * (len(ems) - 1)
        n = max(len(self._candidates), 1)
        fit = fit_table(n, row_em, size, max_px, header_rows=2)
        floor = min(max(14, round(self.height() * RESULTS_MIN_SHARE)), max_px)
        if fit.px >= floor or n == 1:
            return fit, n
        # A narrow box limits the type whatever the rows: then pages as large as that type
        # allows (never one official a page for nothing).
        floor = min(floor, fit_table(1, row_em, size, max_px, header_rows=2).px)
        low, high = 1, n
        while low < high:
            mid = (low + high + 1) // 2
            if fit_table(mid, row_em, size, max_px, header_rows=2).px >= floor:
                low = mid
            else:
                high = mid - 1
        return fit_table(low, row_em, size, max_px, header_rows=2), low

    def _fitted_notice_font(self, text: str) -> QFont:
        """The largest type (at most the heading's) at which ``text`` wraps inside the ballot's
        box: a reason is typed by the recorder, so it is fitted when shown (rare: a whole
        ballot invalid)."""
        box = self._ballot_grid.box
        px = self._fonts.get("heading", self._font(24)).pixelSize()
        while px > 8:
            font = self._font(px, bold=True)
            rect = QFontMetrics(font).boundingRect(QRect(0, 0, box.width(), 100_000), WRAP, text)
            if rect.height() <= box.height() and rect.width() <= box.width():
                return font
            px = int(px * 0.9)
        return self._font(8, bold=True)

    @staticmethod
    def _static(text: str, font: QFont) -> QStaticText:
        static = QStaticText(text)
        static.setTextFormat(Qt.TextFormat.PlainText)
        static.prepare(QTransform(), font)
        return static

    def overflows(self) -> list[str]:
        """Texts wider than their box, or officials not placed (none when measured right)."""
        found = []
        checks = [(self._progress, self._fonts["progress"], self._boxes["progress"])]
        checks += [(t, self._fonts["heading"], self._boxes["heading"])
                   for t in self._heading_texts()]
        for name, cells in zip(self._name_texts(), self._ballot_grid.rows, strict=False):
            checks.append((name, self._fonts["name"], cells[0]))
            checks += [(t, self._fonts["mark"], cells[1]) for t in self._words.values()]
        rows = self._results_grid.rows
        for index, name in enumerate(self._name_texts() if rows else []):
            cells = rows[index % len(rows)]  # every page uses the same boxes
            checks.append((name, self._fonts["results"], cells[0]))
            checks += [(self._widest_cell, self._fonts["results"], box) for box in cells[1:-1]]
            checks += [(t, self._fonts["results"], cells[-1]) for t in self._band_texts]
        for header in self._results_grid.headers:
            checks += [(t, self._fonts["results_head"], box)
                       for t, box in zip(self._result_heads(), header, strict=False)]
        for text, font, box in checks:
            need = QFontMetrics(font).horizontalAdvance(text)
            if need > box.width():
                found.append(f"{text!r}: {need} > {box.width()}")
        for grid in (self._ballot_grid, self._results_grid):
            for cells in grid.rows:
                if not self.rect().contains(cells[-1]):
                    found.append(f"row outside the board: {cells[-1]}")
        if len(self._ballot_grid.rows) < len(self._candidates):
            found.append("officials not placed")
        return found

    def type_sizes(self) -> dict[str, int]:
        """The pixel size of each kind of text (tests: large enough to read across a room)."""
        return {name: font.pixelSize() for name, font in self._fonts.items()}

    # ------------------------------------------------------------ drawing

    def paintEvent(self, event: QPaintEvent) -> None:
        dirty = event.region()
        self.paints += 1
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), BACKGROUND)  # clipped to what is dirty
            painter.setPen(INK)
            if dirty.intersects(self._boxes["title"]):
                painter.setFont(self._fonts["title"])
                painter.drawText(self._boxes["title"], LEFT, self._title_shown)
            if dirty.intersects(self._boxes["progress"]):
                painter.setFont(self._fonts["progress"])
                painter.drawText(self._boxes["progress"], RIGHT, self._progress)
            painter.fillRect(self._boxes["rule"], RULE)
            if dirty.intersects(self._boxes["heading_ink"]):
                painter.setPen(VOIDED if self._voided else HEADING)
                painter.setFont(self._fonts["heading"])
                # Clipped to a rectangle, the glyphs outside it are not drawn at all (a new
                # number repaints only the number's end of the heading).
                painter.setClipRect(dirty.intersected(self._boxes["heading_ink"]).boundingRect())
                painter.drawText(self._boxes["heading"], LEFT, self._heading)
                painter.setClipping(False)
            if dirty.intersects(self._ballot_grid.box):
                self._paint_ballot(painter, dirty)
            if self._results_on and dirty.intersects(self._results_grid.box):
                self._paint_results(painter)
        finally:
            painter.end()

    def _paint_ballot(self, painter: QPainter, dirty: QRegion) -> None:
        ballot = self._ballot
        if self._held_notice is not None:
            painter.setPen(VOIDED)
            painter.setFont(self._notice_font)
            painter.drawText(self._ballot_grid.box, WRAP, self._held_notice)
            return
        if ballot is not None and ballot.invalid_reason is not None:
            painter.setPen(GREYED if self._voided else INK)
            painter.setFont(self._notice_font)
            painter.drawText(self._ballot_grid.box, WRAP, self._notice(ballot))
            return
        # A ballot repaints only (some of) its mark cells: the names are looked at one by one
        # only when some of them must be drawn, the marks only when not all of them must be.
        if dirty.intersects(self._names_region):
            painter.setPen(INK)
            painter.setFont(self._fonts["name"])
            for static, cells in zip(self._names, self._ballot_grid.rows, strict=False):
                if dirty.intersects(cells[0]):
                    painter.drawStaticText(_centred(cells[0], static), static)
        todo = dirty.intersected(self._marks_region)
        if todo.isEmpty():
            return
        images, ratio = self._mark_images, self.devicePixelRatioF()
        shown = {mark: images.get((mark, self._voided, ratio)) or self._mark_image(mark, ratio)
                 for mark in set(self._row_marks) if mark in self._marks}
        if self._marks_region.subtracted(todo).isEmpty():  # all of them (== compares rects)
            for mark, at in zip(self._row_marks, self._mark_points, strict=False):
                if mark in shown:
                    painter.drawPixmap(at, shown[mark])
            return
        for mark, cell, at in zip(self._row_marks, self._mark_cells, self._mark_points,
                                  strict=False):
            if mark in shown and todo.intersects(cell):
                painter.drawPixmap(at, shown[mark])

    def _mark_image(self, mark: str, ratio: float) -> QPixmap:
        """A level's words drawn once in the mark type and colour, at the screen's pixel ratio:
        copying a picture is 2.6 times cheaper than drawing the text again (50 cells: 0.11 ms
        instead of 0.29 ms), and every Enter draws the cells whose level changed.

        On the board's own background, not on transparency: an opaque picture is copied, not
        blended pixel by pixel (callgrind, the 50 cells of an Enter that changes them all:
        231,000 instructions instead of 369,000), and the pixels are the same — the cell
        behind it is that background, on which the text is drawn as it would be on the board
        (tests: the board on screen equals the board drawn afresh). The picture is the text's
        line and a pixel more: what it covers beyond its cell is background, or the next
        row's cell, whose picture is drawn after it."""
        static = self._marks[mark]
        size = static.size()
        image = QPixmap(math.ceil(size.width() * ratio) + 2, math.ceil(size.height() * ratio) + 1)
        image.setDevicePixelRatio(ratio)
        image.fill(BACKGROUND)
        painter = QPainter(image)
        try:
            painter.setFont(self._fonts["mark"])
            painter.setPen(GREYED if self._voided else HEADING)
            painter.drawStaticText(QPoint(0, 0), static)
        finally:
            painter.end()
        self._mark_images[(mark, self._voided, ratio)] = image
        return image

    def _paint_results(self, painter: QPainter) -> None:
        grid = self._results_grid
        if not grid.rows:
            return
        line = grid.rows[0][0].height()
        painter.setPen(FINALISED if self._final else HEADING)
        painter.setFont(self._fonts["results_head"])
        caption_box = QRect(grid.box.x(), grid.box.y(), grid.box.width(), line)
        metrics = QFontMetrics(self._fonts["results_head"])
        page = self.results_page_text()
        if page:
            painter.drawText(caption_box, RIGHT, page)
            caption_box.setWidth(max(caption_box.width() - metrics.horizontalAdvance(page)
                                     - metrics.horizontalAdvance("  "), 0))
        painter.drawText(caption_box, LEFT, metrics.elidedText(
            self._caption, Qt.TextElideMode.ElideRight, caption_box.width()))
        painter.setPen(INK)
        for header in grid.headers:
            for text, box in zip(self._result_heads(), header, strict=False):
                painter.drawText(box, LEFT, text)
        painter.setFont(self._fonts["results"])
        first = self._results_page * self._results_per_page
        for static, cells, row in zip(self._result_names[first:], grid.rows,
                                      self._results[first:], strict=False):
            painter.drawStaticText(_centred(cells[0], static), static)
            for text, box in zip(row.cells, cells[1:-1], strict=False):
                painter.drawText(box, LEFT, text)
            if row.band_colours is not None:
                painter.fillRect(cells[-1], row.band_colours[0])
                painter.setPen(row.band_colours[1])
            painter.drawText(cells[-1], LEFT, row.band)
            painter.setPen(INK)

    def minimumSizeHint(self) -> QSize:
        return QSize(320, 200)


def _centred(box: QRect, static: QStaticText) -> QPoint:
    """Where ``static`` starts to sit on the middle line of ``box``, at its left."""
    return QPoint(box.x(), box.y() + (box.height() - round(static.size().height())) // 2)


def _ink(font: QFont, box: QRect, texts: Sequence[str]) -> QRect:
    """``box`` and all the ink of each of ``texts`` drawn in it on one line, at the left and
    in the middle (as ``drawText(box, LEFT, text)`` draws it), with a pixel to spare."""
    metrics = QFontMetrics(font)
    baseline = box.y() + (box.height() - metrics.height()) // 2 + metrics.ascent()
    ink = QRect(box)
    for text in texts:
        ink = ink.united(metrics.tightBoundingRect(text).translated(box.x(), baseline))
    return ink.adjusted(-1, -1, 1, 1)
