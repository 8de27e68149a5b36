"""The layout of the entry screen (widgets and their places; the behaviour is in entry_screen.py).

No Qt layout manages this screen: :meth:`EntryView.relayout` places every part from a plan
(:func:`~tinnhiem_desktop.ui.screens.entry_layout.plan_entry`) when the window, the zoom, the
officials or the screen's state change. Every label whose text changes from one ballot to the next
has a fixed size, and stylesheets are set only when they change, so recording a ballot changes
texts and repaints them — it never lays the window out again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeySequence,
    QPalette,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from tinnhiem_desktop.ui.digits import widest_digits
from tinnhiem_desktop.ui.models.entry_models import BallotListModel, PaperBallotModel
from tinnhiem_desktop.ui.pyside_fixes import text_action
from tinnhiem_desktop.ui.screens.entry_layout import GAP, EntryPlan, GridNeeds, plan_entry
from tinnhiem_desktop.ui.widgets.fast_table import FastTableView, table_margins
from tinnhiem_desktop.ui.widgets.readback import ReadbackStrip

MARGIN = 8
NUMBER_FACTOR = 1.8
"""The ballot number's type, × the window's base size."""
SLACK = 4
"""Pixels added to every measured text: rounding, and the table's grid line."""
OK_COLOUR, ERROR_COLOUR, MODE_COLOUR, KEYS_COLOUR = "#1d5c1d", "#a00000", "#9c2f00", "#444444"


def _colour(label: QLabel, colour: str, bold: bool | None = None) -> None:
    """A label's text colour (and weight) through its palette: a stylesheet would make Qt draw
    it through the slower stylesheet style every time its text changes."""
    palette = QPalette(label.palette())
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
    label.setPalette(palette)
    if bold is not None:
        font = QFont(label.font())
        font.setBold(bold)
        label.setFont(font)


def _lines(text: object) -> list[str]:
    return str(text or "").split("\n")


class EntryView(QWidget):
    """The heading (ballot number, messages, progress), the paper ballot, the read-back strip,
    the ballot list, the keys line, and the actions of the screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paper = PaperBallotModel(self)
        self.ballot_list = BallotListModel(self)
        self._base = 11.0
        self._widest_number = 9
        self._error: bool | None = None
        self._list_shown = False
        self.plan: EntryPlan | None = None
        self._relayout_due = False
        self.hold_layout = False
        """Set by the workspace while it is first shown: the screen's own show comes before the
        tabs give it its size, which a resize then brings (one plan instead of two)."""
        self._relayout_timer = QTimer(self)
        self._relayout_timer.setSingleShot(True)
        self._relayout_timer.setInterval(0)
        self._relayout_timer.timeout.connect(self.relayout)
        self._build()

    # ------------------------------------------------------------ widgets

    def _build(self) -> None:
        self.type_combo = QComboBox(self)
        self.type_label = QLabel(self.tr("&Loại phiếu:"), self)
        self.type_label.setBuddy(self.type_combo)
        self.number_label = QLabel(self)
        self.number_label.setObjectName("ballotNumber")
        self.number_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.mode_label = QLabel(self)
        _colour(self.mode_label, MODE_COLOUR, bold=True)
        self.mode_label.hide()
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.progress_label = QLabel(self)
        self.progress_label.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.lock_label = QLabel(self)
        self.lock_label.setObjectName("entryLock")
        self.lock_label.setWordWrap(True)
        self.lock_label.setStyleSheet(
            "background: #e3f1e3; border: 2px solid #1d5c1d; padding: 6px; color: #123d12;"
            " font-weight: bold;"
        )
        self.lock_label.hide()
        self.readback = ReadbackStrip(self)

        self.paper_view = FastTableView(self)
        self.paper_view.setModel(self.paper)
        self.paper_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.paper_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.paper_view.setTabKeyNavigation(False)
        self.paper_view.setWordWrap(False)
        self.paper_view.verticalHeader().hide()
        self.paper_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.paper_view.verticalHeader().setMinimumSectionSize(1)
        self.paper_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.paper_view.installEventFilter(self)

        self.list_panel = QWidget(self)
        self.list_view = FastTableView(self.list_panel)
        self.list_view.setModel(self.ballot_list)
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setWordWrap(False)
        self.list_view.verticalHeader().hide()
        self.list_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.list_view.horizontalHeader().setStretchLastSection(False)
        self.list_view.installEventFilter(self)
        self.list_label = QLabel(self.tr("Các phiếu đã ghi (F6; Delete = hủy và nhập lại):"),
                                 self.list_panel)
        panel = QVBoxLayout(self.list_panel)
        panel.setContentsMargins(0, 0, 0, 0)
        panel.setSpacing(2)
        panel.addWidget(self.list_label)
        panel.addWidget(self.list_view, 1)

        self.keys_label = QLabel(
            self.tr(
                "1 2 3: đánh dấu và xuống dòng · 0 hoặc Cách: không đánh dấu · x: nhiều dấu · "
                "Backspace: lùi một dòng và xóa · Lên/Xuống: di chuyển · Enter: ghi phiếu · "
                "F8: cả phiếu không hợp lệ"
                " · Ctrl+Z: hủy phiếu vừa ghi để nhập lại · F6: danh sách phiếu"
            ),
            self,
        )
        self.keys_label.setWordWrap(True)
        _colour(self.keys_label, KEYS_COLOUR)
        self.keys_label.hide()

        self.invalid_action = text_action(self.tr("Cả phiếu không hợp lệ…"), self)
        self.invalid_action.setShortcut(QKeySequence(Qt.Key.Key_F8))
        self.undo_action = text_action(self.tr("Hủy phiếu vừa ghi để nhập lại…"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.list_action = text_action(self.tr("Chuyển giữa phiếu và danh sách"), self)
        self.list_action.setShortcut(QKeySequence(Qt.Key.Key_F6))
        for action in (self.invalid_action, self.undo_action, self.list_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.set_zoom(self._base)

    # ------------------------------------------------------------ what the screen sets

    def set_zoom(self, base_points: float) -> None:
        """Scale the screen from the window's base point size (the window's font is set first)."""
        self._base = base_points
        font = QFont(self.font())
        font.setPointSizeF(base_points * NUMBER_FACTOR)
        font.setBold(True)
        self.number_label.setFont(font)
        mark = QFont(self.paper_view.font())
        mark.setPointSizeF(base_points)
        mark.setBold(True)
        self.paper.set_mark_font(mark)
        self.readback.set_zoom(base_points)
        self.relayout()
        if self.isVisible():
            # The window's new font reaches the widgets through posted events: measure again
            # then. A hidden screen is planned when shown; a font reaching it after that comes
            # with a FontChange (changeEvent). Opening a file sets the zoom of the screen
            # being built: measuring it again once shown planned it twice (~16 ms).
            self._relayout_timer.start()

    def set_widest_number(self, number: int) -> None:
        """The largest ballot number the screen may show (room is kept for its digits)."""
        number = max(number, 9)
        changed = len(str(number)) != len(str(self._widest_number))
        self._widest_number = number
        if changed:
            self.relayout()

    @property
    def widest_number(self) -> int:
        """The largest ballot number the screen keeps room for."""
        return self._widest_number

    def set_keys_hint(self, text: str) -> None:
        """The hint line: the level keys of the session's regime ("1 2 3" or "1 2")."""
        if text != self.keys_label.text():
            self.keys_label.setText(text)

    def widest_number_text(self, font: QFont | None = None) -> str:
        """As many of ``font``'s widest digit (the number's font by default) as the largest
        number has digits."""
        return widest_digits(font or self.number_label.font(), self._widest_number)

    def set_number_text(self, text: str) -> None:
        """The heading: "PHIẾU SỐ 26", "ĐÃ CHỐT", "Đã nhập đủ 38/38 phiếu thu về"."""
        if text == self.number_label.text():
            return
        self.number_label.setText(text)
        if self._number_width() != self.number_label.width():
            self.relayout()

    def set_mode_text(self, text: str) -> None:
        """The re-entry line beside the number (empty: hidden)."""
        if text == self.mode_label.text():
            return
        self.mode_label.setText(text)
        self.mode_label.setVisible(bool(text))
        self.relayout()

    def set_lock_text(self, text: str | None) -> None:
        """The banner of a finalised or view-only session (None: hidden)."""
        if (text or "") == self.lock_label.text() and self.lock_label.isVisibleTo(self) == bool(
                text):
            return
        self.lock_label.setText(text or "")
        self.lock_label.setVisible(bool(text))
        self.relayout()

    def set_type_choice(self, shown: bool) -> None:
        """Show the ballot-type chooser (only sessions with several types need it)."""
        if shown != self.type_combo.isVisibleTo(self):
            self.type_combo.setVisible(shown)
            self.type_label.setVisible(shown)
            self.relayout()

    def say(self, text: str, error: bool = False) -> None:
        """A message beside the ballot number (its colour set only when it changes)."""
        if error != self._error:
            self._error = error
            _colour(self.message_label, ERROR_COLOUR if error else OK_COLOUR, bold=error)
        self.message_label.setText(text)
        self.message_label.setToolTip(text)

    def show_list(self, shown: bool) -> None:
        """Where the list has no room of its own, it takes the read-back's place while used."""
        self._list_shown = shown
        stacked = self.plan is not None and self.plan.list_stacked
        self.list_panel.setVisible(shown or not stacked)
        self.readback.setVisible(not (shown and stacked))

    # ------------------------------------------------------------ geometry

    def sizeHint(self) -> QSize:
        return QSize(1000, 640)

    def minimumSizeHint(self) -> QSize:
        return QSize(480, 320)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.relayout()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._relayout_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._relayout_due and not self.hold_layout:
            self.relayout()

    def margins_changed(self) -> None:
        """The style's table margins turned out other than those the screen was planned and
        drawn with (``fast_table.assume_margins``): plan it again, and draw the tables anew."""
        self.relayout()
        self.paper_view.viewport().update()
        self.list_view.viewport().update()

    def relayout_if_due(self) -> None:
        """Plan the layout now if a change while hidden (or :attr:`hold_layout`) left it due."""
        if self._relayout_due:
            self.relayout()

    def relayout(self) -> None:
        """Place every part of the screen for its present size, zoom, officials and state.

        A screen not on view is placed when it is shown (before its first paint): building it,
        its zoom, its officials and the tab's resize would each plan the layout again (seven
        plans on opening a file, ~25 ms) for a size it may not have by then."""
        if not self.isVisible():
            self._relayout_due = True
            return
        self._relayout_due = False
        width = self.width() - 2 * MARGIN
        if width <= 0 or self.height() <= 0:
            return
        y = MARGIN + self._place_heading(MARGIN, MARGIN, width) + GAP
        if self.lock_label.isVisibleTo(self):
            height = self.lock_label.heightForWidth(width)
            self.lock_label.setGeometry(MARGIN, y, width, height)
            y += height + GAP
        body = max(self.height() - y - MARGIN, 1)
        grid = self.grid_needs()
        self.plan = plan_entry(width, body, grid, self._list_min(), self.readback.size_for,
                               self._keys_height)
        self._apply(self.plan, grid, QPoint(MARGIN, y))

    def _number_width(self) -> int:
        metrics = self.number_label.fontMetrics()
        texts = [self.number_label.text(),
                 self.tr("PHIẾU SỐ %1").replace("%1", self.widest_number_text())]
        return max(metrics.horizontalAdvance(t) for t in texts) + SLACK

    def _progress_text(self) -> str:
        digits = self.widest_number_text(self.progress_label.font())
        return self.tr("Đã nhập %1 / thu về %2").replace("%1", digits).replace("%2", digits)

    def _place_heading(self, x: int, y: int, width: int) -> int:
        number_w = self._number_width()
        message = self.message_label.fontMetrics()
        height = max(self.number_label.fontMetrics().height(), 2 * message.lineSpacing()) + 4
        self.number_label.setFixedSize(number_w, height)
        self.number_label.move(x, y)
        left = x + number_w + 12
        if self.mode_label.isVisibleTo(self):
            mode_w = self.mode_label.fontMetrics().horizontalAdvance(self.mode_label.text()) + 4
            self.mode_label.setFixedSize(mode_w, height)
            self.mode_label.move(left, y)
            left += mode_w + 12
        right = x + width
        progress_w = self.progress_label.fontMetrics().horizontalAdvance(
            self._progress_text()) + SLACK
        self.progress_label.setFixedSize(progress_w, height)
        self.progress_label.move(right - progress_w, y)
        right -= progress_w + 12
        if self.type_combo.isVisibleTo(self):
            combo_w = max(self.type_combo.sizeHint().width(), 160)
            combo_h = self.type_combo.sizeHint().height()
            self.type_combo.setFixedSize(combo_w, combo_h)
            self.type_combo.move(right - combo_w, y + (height - combo_h) // 2)
            right -= combo_w + 6
            label_w = self.type_label.sizeHint().width()
            self.type_label.setFixedSize(label_w, height)
            self.type_label.move(right - label_w, y)
            right -= label_w + 12
        self.message_label.setFixedSize(max(right - left, 40), height)
        self.message_label.move(left, y)
        return height

    def grid_needs(self) -> GridNeeds:
        """The paper grid's needs, measured from its texts in its present fonts."""
        view = self.paper_view
        header = view.horizontalHeader()
        margins = table_margins(view)
        header_margin, cell_margin = 2 * margins.header, 2 * margins.cell
        header_metrics = QFontMetrics(header.font())
        plain = QFontMetrics(view.font())
        bold = QFontMetrics(self.paper.mark_font)
        widths = []
        lines = 1
        for column in range(self.paper.columnCount()):
            head = _lines(self.paper.headerData(column, Qt.Orientation.Horizontal))
            lines = max(lines, len(head))
            need = max(header_metrics.horizontalAdvance(line) for line in head) + header_margin
            metrics = bold if column >= 3 else plain
            texts = self.paper.column_texts(column)
            if texts:
                need = max(need, max(metrics.horizontalAdvance(t) for t in texts) + cell_margin)
            widths.append(need + SLACK)
        header_h = max(header.sizeHint().height(), lines * header_metrics.height() + 8)
        text_h = max(plain.height(), bold.height())
        return GridNeeds(
            widths=tuple(widths), optional=2, header=header_h, rows=self.paper.size,
            row_min=text_h + 6, row_max=text_h + 16, frame=2 * view.frameWidth(),
            scrollbar=view.verticalScrollBar().sizeHint().width(),
        )

    def _list_widths(self) -> list[int]:
        """Natural widths of the ballot list's number, time and state columns, and its marks."""
        view = self.list_view
        header = view.horizontalHeader()
        margins = table_margins(view)
        header_margin, cell_margin = 2 * margins.header, 2 * margins.cell
        header_metrics, metrics = QFontMetrics(header.font()), QFontMetrics(view.font())
        # Every digit as the widest: the interface font's digits need not be of one width
        # ("02:34:36" was once a pixel wider than "88:88:88").
        digits = [str(d) for d in range(10)]
        times = [f"{d}{d}:{d}{d}:{d}{d}" for d in digits]
        numbers = [d * len(str(self._widest_number)) for d in digits]
        marks = [" ".join(c * max(self.paper.size, 1)) for c in "0123x"]
        texts = [numbers, times, self.ballot_list.state_texts(), marks]
        widths = []
        for column, samples in enumerate(texts):
            head = str(self.ballot_list.headerData(column, Qt.Orientation.Horizontal) or "")
            need = max(header_metrics.horizontalAdvance(head) + header_margin,
                       max(metrics.horizontalAdvance(t) for t in samples) + cell_margin)
            widths.append(need + SLACK)
        return widths

    def _list_chrome(self) -> int:
        return 2 * self.list_view.frameWidth() + self.list_view.verticalScrollBar().sizeHint(
        ).width()

    def _list_min(self) -> QSize:
        widths = self._list_widths()
        label = self.list_label.fontMetrics().horizontalAdvance(self.list_label.text()) + SLACK
        width = max(sum(widths[:3]) + min(widths[3], 160) + self._list_chrome(), label)
        row = self.list_view.fontMetrics().height() + 8
        height = self.list_label.sizeHint().height() + 2 + \
            self.list_view.horizontalHeader().sizeHint().height() + 3 * row
        return QSize(width, height)

    def _keys_height(self, width: int) -> int:
        rect = self.keys_label.fontMetrics().boundingRect(
            QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), self.keys_label.text())
        return rect.height() + 2

    def _apply(self, plan: EntryPlan, grid: GridNeeds, at: QPoint) -> None:
        view = self.paper_view
        # The plan decides: the columns always fit the width, and every row fits the height or
        # the rows scroll. Left to themselves, scroll bars that appear while the window changes
        # can keep each other shown where nothing needs them.
        off, on = Qt.ScrollBarPolicy.ScrollBarAlwaysOff, Qt.ScrollBarPolicy.ScrollBarAlwaysOn
        view.setHorizontalScrollBarPolicy(off)
        view.setVerticalScrollBarPolicy(off if plan.fits else on)
        view.setGeometry(plan.grid.translated(at))
        view.horizontalHeader().setMinimumHeight(grid.header)
        view.verticalHeader().setDefaultSectionSize(plan.row_height)
        widths = list(grid.widths)
        extra = plan.grid.width() - grid.width(plan.with_optional, not plan.fits)
        widths[grid.optional if plan.with_optional else 1] += max(extra, 0)
        view.setColumnHidden(grid.optional, not plan.with_optional)
        for column, width in enumerate(widths):
            view.setColumnWidth(column, width)
        self.readback.arrange(plan.shape, plan.readback.size())
        self.readback.move(plan.readback.topLeft() + at)
        self.list_panel.setFixedSize(plan.list_panel.size())
        self.list_panel.move(plan.list_panel.topLeft() + at)
        widths = self._list_widths()
        room = plan.list_panel.width() - self._list_chrome()
        widths[3] = max(widths[3], room - sum(widths[:3]))
        for column, width in enumerate(widths):
            self.list_view.setColumnWidth(column, width)
        if plan.keys is not None:
            self.keys_label.setFixedSize(plan.keys.size())
            self.keys_label.move(plan.keys.topLeft() + at)
        self.keys_label.setVisible(plan.keys is not None)
        self.show_list(self._list_shown)
