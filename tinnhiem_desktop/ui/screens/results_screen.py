"""Results, live: every figure comes from ``Session.results()``, refreshed when visible.

Once finalised, a banner says so (who, when, the fingerprint at finalising) and the addenda are
listed under the checks.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tinnhiem_desktop.domain.fingerprint import group_hex
from tinnhiem_desktop.domain.regimes import Level
from tinnhiem_desktop.domain.results import SessionResults
from tinnhiem_desktop.domain.tally import BallotTypeResult
from tinnhiem_desktop.ui.controller import SessionController
from tinnhiem_desktop.ui.core_texts import (
    base_sentence,
    legal_basis,
    reason_text,
    regime_name,
)
from tinnhiem_desktop.ui.flows.closing import ClosingFlow
from tinnhiem_desktop.ui.flows.decisions import DecisionsFlow
from tinnhiem_desktop.ui.flows.exports import ExportFlow
from tinnhiem_desktop.ui.models.results_models import AddendaModel, ChecksModel, ResultsModel
from tinnhiem_desktop.ui.time_text import when_text

FINALISED_STYLE = ("background: #e3f1e3; border: 2px solid #1d5c1d; padding: 8px; "
                   "color: #123d12;")
VIEW_ONLY_STYLE = "background: #eef4fb; border: 2px solid #5b7fa8; padding: 8px;"


class ResultsScreen(QWidget):
    """Per ballot type: the officials' figures, the base sentence, accounting and checks."""

    def __init__(
        self,
        controller: SessionController,
        closing: ClosingFlow,
        exports: ExportFlow,
        parent: QWidget | None = None,
        decisions: DecisionsFlow | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._closing = closing
        self._exports = exports
        self._decisions = decisions
        self._dirty = True
        self.model = ResultsModel(self)
        self.checks_model = ChecksModel(self)
        self.addenda_model = AddendaModel(self)
        self._build()
        controller.changed.connect(self._on_controller_changed)
        self.type_combo.currentIndexChanged.connect(self._on_type_combo_current_index_changed)
        self.finalise_button.clicked.connect(self._on_finalise_button_clicked)
        self.addendum_button.clicked.connect(self._on_addendum_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.decide_button.clicked.connect(self._on_decide_button_clicked)
        self.spot_check_button.clicked.connect(self._on_spot_check_button_clicked)

    def _build(self) -> None:
        self.title_label = QLabel(self)
        self.title_label.setWordWrap(True)
        self.regime_label = QLabel(self)
        self.regime_label.setWordWrap(True)
        self.type_combo = QComboBox(self)
        type_label = QLabel(self.tr("&Loại phiếu:"), self)
        type_label.setBuddy(self.type_combo)
        self.accounting_label = QLabel(self)
        self.accounting_label.setWordWrap(True)
        self.base_label = QLabel(self)
        self.base_label.setWordWrap(True)
        base_font = self.base_label.font()
        base_font.setItalic(True)
        self.base_label.setFont(base_font)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        # Wrapped cells change height with the columns' width: refit the rows once per change.
        self._rows_fit_pending = False
        self.table.horizontalHeader().sectionResized.connect(
            self._on_table_header_section_resized)
        self.checks_view = QTableView(self)
        self.checks_view.setModel(self.checks_model)
        self.checks_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.checks_view.verticalHeader().hide()
        self.checks_view.horizontalHeader().setStretchLastSection(True)
        self.checks_view.setWordWrap(True)
        self.checks_label = QLabel(self.tr("Kiểm tra:"), self)
        self.fingerprint_label = QLabel(self)
        self.fingerprint_label.setStyleSheet("color: #555;")
        self.fingerprint_label.setWordWrap(True)
        self.closing_label = QLabel(self)
        self.closing_label.setObjectName("closingBanner")
        self.closing_label.setWordWrap(True)
        self.finalise_button = QPushButton(self.tr("Chốt kết quả…"), self)
        self.addendum_button = QPushButton(self.tr("Thêm đính chính…"), self)
        self.export_button = QPushButton(self.tr("Xuất kết quả…"), self)
        self.decide_button = QPushButton(self.tr("Phiếu chờ quyết định…"), self)
        self.spot_check_button = QPushButton(self.tr("Kiểm tra xác suất…"), self)
        self.addenda_label = QLabel(self.tr("Đính chính:"), self)
        self.addenda_view = QTableView(self)
        self.addenda_view.setModel(self.addenda_model)
        self.addenda_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.addenda_view.verticalHeader().hide()
        self.addenda_view.setWordWrap(True)
        # Sized to its rows up to a few lines (in refresh): the officials' table keeps the room.
        addenda_header = self.addenda_view.horizontalHeader()
        addenda_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        addenda_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        top = QHBoxLayout()
        top.addWidget(type_label)
        top.addWidget(self.type_combo, 1)
        top.addStretch(2)
        top.addWidget(self.finalise_button)
        top.addWidget(self.addendum_button)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.closing_label)
        layout.addWidget(self.title_label)
        layout.addWidget(self.regime_label)
        layout.addLayout(top)
        layout.addWidget(self.accounting_label)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.base_label)
        # The committee's decisions beside the checks they clear (undecided ballots and
        # papers not compared block finalising); the top row keeps its room for the type.
        checks_row = QHBoxLayout()
        checks_row.addWidget(self.checks_label, 1)
        checks_row.addWidget(self.decide_button)
        checks_row.addWidget(self.spot_check_button)
        layout.addLayout(checks_row)
        layout.addWidget(self.checks_view, 1)
        layout.addWidget(self.addenda_label)
        layout.addWidget(self.addenda_view)
        layout.addWidget(self.fingerprint_label)
        self.set_zoom(11.0)

    def set_zoom(self, base_points: float) -> None:
        """Scale the title from the window's base point size."""
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(base_points * 1.3)
        self.title_label.setFont(font)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    @Slot()
    def _on_controller_changed(self) -> None:
        self._dirty = True
        if self.isVisible():
            self.refresh()

    @Slot(int)
    def _on_type_combo_current_index_changed(self, index: int) -> None:
        if index >= 0:
            self.refresh()

    def _fill_types(self, names: list[str]) -> None:
        if [self.type_combo.itemText(i) for i in range(self.type_combo.count())] == names:
            return
        current = max(self.type_combo.currentIndex(), 0)
        self.type_combo.blockSignals(True)
        self.type_combo.clear()
        self.type_combo.addItems(names)
        self.type_combo.setCurrentIndex(min(current, len(names) - 1))
        self.type_combo.blockSignals(False)
        self.type_combo.setEnabled(len(names) > 1)

    def refresh(self) -> None:
        """Show the current results (one ``results()`` call per change at most)."""
        self._dirty = False
        results = self._controller.results()
        regime = results.regime
        self.title_label.setText(results.info.title or regime_name(regime))
        quorum = ""
        if results.quorum_met is not None:
            quorum = "\n" + (self.tr("Đủ 2/3 số người được triệu tập có mặt: có")
                             if results.quorum_met else
                             self.tr("Đủ 2/3 số người được triệu tập có mặt: KHÔNG — kết quả "
                                     "không có giá trị để quyết định, không chốt được"))
        self.regime_label.setText(f"{regime_name(regime)}\n{legal_basis(regime)}{quorum}")
        self._fill_types([bt.ballot_type.name for bt in results.ballot_types])
        index = self.type_combo.currentIndex()
        result = results.ballot_types[index] if 0 <= index < len(results.ballot_types) else None
        self._show_type(result, list(regime.levels))
        fin = results.finalisation
        self.checks_model.set_checks(
            results.checks, {a.code: a.explanation for a in fin.accepted} if fin else None)
        if self.checks_model.columnCount() > 2:
            self.checks_view.resizeColumnToContents(0)
            self.checks_view.horizontalHeader().setSectionResizeMode(
                1, QHeaderView.ResizeMode.Stretch)
        self.checks_label.setText(
            self.tr("Kiểm tra: không có vấn đề.") if not results.checks else
            self.tr("Kiểm tra: %1, %2.")
            .replace("%1", self.tr("%n chặn chốt", "", len(results.blocking)))
            .replace("%2", self.tr("%n cảnh báo", "", len(results.warnings)))
        )
        self.checks_view.resizeRowsToContents()
        self._show_closing(results)

    def _show_closing(self, results: SessionResults) -> None:
        """The finalisation banner, the buttons that apply, the addenda, the fingerprints."""
        c = self._controller
        fin = results.finalisation
        self.finalise_button.setVisible(fin is None and not c.view_only)
        self.addendum_button.setVisible(fin is not None and not c.view_only)
        open_ = fin is None and not c.view_only and self._decisions is not None
        held = len(c.undecided()) if open_ else 0
        self.decide_button.setText(
            self.tr("Phiếu chờ quyết định (%1)…").replace("%1", str(held)) if held
            else self.tr("Phiếu chờ quyết định…"))
        self.decide_button.setVisible(open_)
        self.spot_check_button.setVisible(open_)
        current = group_hex(results.fingerprint)
        if fin is None:
            self.closing_label.setVisible(c.view_only)
            self.closing_label.setStyleSheet(VIEW_ONLY_STYLE)
            self.closing_label.setText(self.tr(
                "CHỈ XEM: tệp mở ở chế độ chỉ xem (tệp hoặc thư mục chỉ cho phép đọc). Kết quả "
                "chưa chốt. Xem kết quả và in biên bản được; không nhập hay sửa được gì."))
            self.fingerprint_label.setText(self.tr("Dấu vân tay: %1").replace("%1", current))
        else:
            at_finalising = group_hex(c.finalised_fingerprint() or results.fingerprint)
            after = (self.tr("Không thay đổi được nữa; mọi sửa chữa ghi thành đính chính.")
                     if not c.view_only else self.tr("Tệp mở ở chế độ chỉ xem."))
            self.closing_label.setStyleSheet(FINALISED_STYLE)
            self.closing_label.setText(
                self.tr("ĐÃ CHỐT KẾT QUẢ lúc %1 — người chốt: %2. %3")
                .replace("%1", when_text(fin.at)).replace("%2", fin.by).replace("%3", after)
                + "\n" + self.tr("Dấu vân tay lúc chốt: %1").replace("%1", at_finalising))
            self.closing_label.setVisible(True)
            self.fingerprint_label.setText(
                self.tr("Dấu vân tay hiện tại (sau %n đính chính): %1", "", len(results.addenda))
                .replace("%1", current)
                if results.addenda else
                self.tr("Dấu vân tay: %1 (lúc chốt)").replace("%1", current)
            )
        self.addenda_model.set_rows(list(results.addenda))
        self.addenda_view.resizeRowsToContents()
        view = self.addenda_view
        rows = sum(view.rowHeight(i) for i in range(self.addenda_model.rowCount()))
        view.setMaximumHeight(min(view.horizontalHeader().sizeHint().height() + rows
                                  + 2 * view.frameWidth() + 2,
                                  view.fontMetrics().lineSpacing() * 8))
        for widget in (self.addenda_label, self.addenda_view):
            widget.setVisible(bool(results.addenda))

    @Slot()
    def _on_finalise_button_clicked(self) -> None:
        self._closing.finalise(self)

    @Slot()
    def _on_addendum_button_clicked(self) -> None:
        self._closing.add_addendum(self)

    @Slot()
    def _on_decide_button_clicked(self) -> None:
        if self._decisions is not None:
            self._decisions.decide(self)

    @Slot()
    def _on_spot_check_button_clicked(self) -> None:
        if self._decisions is not None:
            self._decisions.spot_check(self)

    @Slot()
    def _on_export_button_clicked(self) -> None:
        self._exports.export_results(self)

    def _show_type(self, result: BallotTypeResult | None, levels: list[Level]) -> None:
        shape = (self.model.rowCount(), self.model.columnCount())
        self.model.set_result(result, levels)
        if shape != (self.model.rowCount(), self.model.columnCount()):
            self._size_table()
        if result is None:
            self.accounting_label.setText("")
            self.base_label.setText("")
            return
        acc = result.ballot_type.accounting
        reasons = "; ".join(f"{reason_text(reason)}: {n}" for reason, n in
                            result.whole_invalid_reasons.items())
        text = (
            self.tr("Phát ra %1 · hỏng/đổi %2 · thu về %3 · đã nhập %4 · hợp lệ %5 · "
                    "không hợp lệ toàn phiếu %6")
            .replace("%1", str(acc.issued)).replace("%2", str(acc.spoiled))
            .replace("%3", str(acc.collected)).replace("%4", str(result.recorded))
            .replace("%5", str(result.valid_ballots)).replace("%6", str(result.whole_invalid))
        )
        if reasons:
            text += f" ({reasons})"
        self.accounting_label.setText(text)
        self.base_label.setText(base_sentence(result))
        if any(cr.band is not None for cr in result.candidates):
            self.table.resizeRowsToContents()  # a band label may need two lines

    @Slot(int, int, int)
    def _on_table_header_section_resized(self, _index: int, _old: int, _new: int) -> None:
        if not self._rows_fit_pending:
            self._rows_fit_pending = True
            # With the screen as the timer's context: a screen deleted meanwhile (its session
            # closed) is not called (its table is gone: the call raised, the crash report).
            QTimer.singleShot(0, self, self._fit_rows)

    @Slot()
    def _fit_rows(self) -> None:
        self._rows_fit_pending = False
        self.table.resizeRowsToContents()

    def _size_table(self) -> None:
        """Measure the columns once per list (not per ballot: that would cost at 10,000)."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnsToContents()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.model.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
