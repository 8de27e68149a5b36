"""The session screen: regime, meeting, attendance, settings, committee, ballot types."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tinnhiem_desktop.domain.checks import quorum_met
from tinnhiem_desktop.domain.model import (
    CrossedNameRule,
    Finalisation,
    SessionInfo,
    WrittenNameRule,
)
from tinnhiem_desktop.domain.regimes import BASIS_LABELS, Basis, Quorum
from tinnhiem_desktop.ui.controller import SessionController
from tinnhiem_desktop.ui.dialogs.prompts import Prompter
from tinnhiem_desktop.ui.screens.session_lists import BallotTypesBox, CommitteeBox

TEXT_FIELDS = ("title", "body", "parent_body", "subject", "city", "date", "time", "place")
COUNT_FIELDS = ("summoned", "present", "total_delegates")


class SessionScreen(QWidget):
    """Set-up of the session; every change is saved at once through the controller."""

    def __init__(
        self, controller: SessionController, prompter: Prompter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._prompter = prompter
        self.edits: dict[str, QLineEdit] = {}
        self._build()
        self._load()
        self.set_read_only(controller.read_only)
        controller.info_changed.connect(self._on_controller_info_changed)
        controller.finalised.connect(self._on_controller_finalised)

    # ------------------------------------------------------------ layout

    def _line(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.editingFinished.connect(lambda: self._save_field(name))
        self.edits[name] = edit
        return edit

    def _build(self) -> None:
        regime = self._controller.session.regime
        regime_box = QGroupBox(self.tr("Thể thức"), self)
        self.regime_label = QLabel(regime_box)
        self.regime_label.setWordWrap(True)
        self.regime_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.denominator_combo = QComboBox(regime_box)
        for basis in regime.denominator_options:
            self.denominator_combo.addItem(BASIS_LABELS[basis], basis.value)
        self.denominator_combo.setEnabled(len(regime.denominator_options) > 1)
        self.denominator_combo.currentIndexChanged.connect(self._on_denominator_combo_changed)
        regime_form = QFormLayout(regime_box)
        regime_form.addRow(self.regime_label)
        regime_form.addRow(self.tr("Tỷ lệ % tính trên:"), self.denominator_combo)

        meeting = QGroupBox(self.tr("Hội nghị"), self)
        form = QFormLayout(meeting)
        form.addRow(self.tr("&Tên hội nghị:"), self._line("title"))
        form.addRow(self.tr("&Cơ quan, tổ chức:"), self._line("body", "Hội LHPN tỉnh Quảng Ninh"))
        form.addRow(self.tr("Cơ quan &cấp trên:"), self._line("parent_body"))
        form.addRow(self.tr("Lấy phiếu đối với:"), self._line("subject"))
        form.addRow(self.tr("Địa &danh:"), self._line("city", "Hạ Long"))
        form.addRow(self.tr("&Ngày (NNNN-TT-NN):"), self._line("date", "2026-11-27"))
        form.addRow(self.tr("&Giờ (GG:PP):"), self._line("time", "08:30"))
        form.addRow(self.tr("Địa điể&m:"), self._line("place"))

        people = QGroupBox(self.tr("Thành phần"), self)
        people_form = QFormLayout(people)
        people_form.addRow(self.tr("Số người được triệu tập:"), self._line("summoned"))
        people_form.addRow(self.tr("Số người có mặt:"), self._line("present"))
        total = self._line("total_delegates")
        if Basis.TOTAL_DELEGATES in regime.denominator_options:
            people_form.addRow(self.tr("Tổng số đại biểu:"), total)
        else:
            total.hide()
        self.quorum_label = QLabel(people)
        self.quorum_label.setWordWrap(True)
        people_form.addRow(self.quorum_label)
        for name in ("summoned", "present"):
            self.edits[name].textChanged.connect(self._show_quorum)

        settings = QGroupBox(self.tr("Cài đặt"), self)
        settings_form = QFormLayout(settings)
        self.crossed_combo = QComboBox(settings)
        whole = self.tr("Cả phiếu không hợp lệ")
        self.crossed_combo.addItem(whole, CrossedNameRule.WHOLE_BALLOT.value)
        self.crossed_combo.addItem(self.tr("Chỉ dòng đó không hợp lệ"),
                                   CrossedNameRule.ROW_ONLY.value)
        self.written_combo = QComboBox(settings)
        self.written_combo.addItem(self.tr("Bỏ qua, phiếu vẫn hợp lệ"),
                                   WrittenNameRule.IGNORE.value)
        self.written_combo.addItem(whole, WrittenNameRule.WHOLE_BALLOT.value)
        self.trial_check = QCheckBox(self.tr("Phiên thử nghiệm (in chữ THỬ NGHIỆM)"), settings)
        self.invalid_spin = QSpinBox(settings)
        self.invalid_spin.setRange(1, 100)
        self.invalid_spin.setSuffix(" %")
        settings_form.addRow(self.tr("Tên in sẵn bị gạch:"), self.crossed_combo)
        settings_form.addRow(self.tr("Ghi thêm tên ngoài danh sách:"), self.written_combo)
        settings_form.addRow(self.tr("Cảnh báo khi dòng không hợp lệ trên:"), self.invalid_spin)
        settings_form.addRow(self.trial_check)
        self.crossed_combo.currentIndexChanged.connect(self._on_crossed_combo_changed)
        self.written_combo.currentIndexChanged.connect(self._on_written_combo_changed)
        self.trial_check.toggled.connect(self._on_trial_check_toggled)
        self.invalid_spin.editingFinished.connect(self._on_invalid_spin_editing_finished)

        self.committee_box = CommitteeBox(self._controller, self._prompter, self)
        self.types_box = BallotTypesBox(self._controller, self._prompter, self)

        self.backup_label = QLabel(self)
        self.backup_label.setObjectName("backupWhere")
        self.backup_label.setWordWrap(True)
        self.backup_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        schedule = self._controller.backup_schedule
        if schedule is not None:
            where = self.tr("Sao lưu tự động: mỗi %1 phiếu một bản, giữ %2 bản mới nhất, trong "
                            "thư mục %3 (Tệp → Mở thư mục sao lưu).") \
                .replace("%1", str(schedule[0])).replace("%2", str(schedule[1])) \
                .replace("%3", str(self._controller.backup_folder))
        elif self._controller.view_only:
            where = self.tr("Sao lưu tự động: không (tệp mở ở chế độ chỉ xem).")
        else:
            where = self.tr("Sao lưu tự động: không.")
        self.backup_label.setText(where)
        left = QVBoxLayout()
        for box in (regime_box, meeting, people, settings):
            left.addWidget(box)
        left.addWidget(self.backup_label)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.committee_box, 1)
        right.addWidget(self.types_box, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        inner = _TallPage(self)
        inner.setLayout(columns)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # ------------------------------------------------------------ load and save

    def _load(self) -> None:
        info = self._controller.session.info
        regime = self._controller.session.regime
        for name in TEXT_FIELDS + COUNT_FIELDS:
            value = getattr(info, name)
            self.edits[name].setText("" if value is None else str(value))
            self.edits[name].setCursorPosition(0)  # show the start of a long title
        quorum = (self.tr("Điều kiện: có mặt ít nhất 2/3 số người được triệu tập.")
                  if regime.quorum is Quorum.TWO_THIRDS_OF_SUMMONED else "")
        basis = self.tr("Căn cứ")  # not inside the f-string: lupdate does not see it there
        self.regime_label.setText(
            f"<b>{regime.name}</b><br>{basis}: {regime.legal_basis}<br>"
            + self.tr("Tỷ lệ % tính trên %1; mức xét: “%2”.")
            .replace("%1", BASIS_LABELS[info.denominator])
            .replace("%2", next(lv.label for lv in regime.levels if lv.id == regime.band_level))
            + (f"<br>{quorum}" if quorum else "")
        )
        for combo, value in (
            (self.denominator_combo, info.denominator.value),
            (self.crossed_combo, info.crossed_name_rule.value),
            (self.written_combo, info.written_name_rule.value),
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        self.trial_check.blockSignals(True)
        self.trial_check.setChecked(info.trial)
        self.trial_check.blockSignals(False)
        self.invalid_spin.setValue(info.many_invalid_percent)
        self._show_quorum()

    def _update(self, **changes: Any) -> bool:
        def apply() -> bool:
            self._controller.update_info(**changes)
            return True

        ok = self._prompter.attempt(self, apply)
        if not ok:
            self._load()
        return bool(ok)

    def _parse(self, name: str) -> Any:
        text = self.edits[name].text().strip()
        if name in COUNT_FIELDS:
            if not text:
                return None
            return int(text) if text.isdigit() else text
        return text

    def _save_field(self, name: str) -> None:
        value = self._parse(name)
        stored = getattr(self._controller.session.info, name)
        if value == stored or (value == "" and stored is None):
            return
        if isinstance(value, str) and name in COUNT_FIELDS:
            self._load()
            self._prompter.error(
                self, self.tr("“%1” không phải số nguyên không âm.").replace("%1", value)
            )
            return
        self._update(**{name: value})

    @Slot()
    def _show_quorum(self) -> None:
        regime = self._controller.session.regime
        if regime.quorum is not Quorum.TWO_THIRDS_OF_SUMMONED:
            self.quorum_label.setText("")
            return
        summoned, present = self._parse("summoned"), self._parse("present")
        if not isinstance(summoned, int) or not isinstance(present, int):
            self.quorum_label.setText(self.tr("Đủ 2/3: chưa biết (nhập hai số trên)."))
            return
        info: SessionInfo = replace(self._controller.session.info, summoned=summoned,
                                    present=present)
        if quorum_met(info):
            self.quorum_label.setText(self.tr("Đủ 2/3 số người được triệu tập có mặt (%1/%2).")
                                      .replace("%1", str(present)).replace("%2", str(summoned)))
            self.quorum_label.setStyleSheet("color: #1d5c1d; font-weight: bold;")
        else:
            self.quorum_label.setText(
                self.tr("KHÔNG đủ 2/3 số người được triệu tập có mặt (%1/%2).")
                .replace("%1", str(present)).replace("%2", str(summoned)))
            self.quorum_label.setStyleSheet("color: #a00000; font-weight: bold;")

    def set_read_only(self, read_only: bool) -> None:
        """Finalised or view-only: every field stays readable, none can be changed."""
        for edit in self.edits.values():
            edit.setReadOnly(read_only)
        regime = self._controller.session.regime
        self.denominator_combo.setEnabled(not read_only and len(regime.denominator_options) > 1)
        for widget in (self.crossed_combo, self.written_combo, self.trial_check,
                       self.invalid_spin):
            widget.setEnabled(not read_only)
        self.committee_box.set_read_only(read_only)
        self.types_box.set_read_only(read_only)

    @Slot()
    def _on_controller_info_changed(self) -> None:
        self._load()

    @Slot(object)
    def _on_controller_finalised(self, fin: Finalisation) -> None:
        self.set_read_only(True)

    @Slot(int)
    def _on_denominator_combo_changed(self, index: int) -> None:
        self._update(denominator=self.denominator_combo.itemData(index))

    @Slot(int)
    def _on_crossed_combo_changed(self, index: int) -> None:
        self._update(crossed_name_rule=self.crossed_combo.itemData(index))

    @Slot(int)
    def _on_written_combo_changed(self, index: int) -> None:
        self._update(written_name_rule=self.written_combo.itemData(index))

    @Slot(bool)
    def _on_trial_check_toggled(self, checked: bool) -> None:
        self._update(trial=checked)

    @Slot()
    def _on_invalid_spin_editing_finished(self) -> None:
        if self.invalid_spin.value() != self._controller.session.info.many_invalid_percent:
            self._update(many_invalid_percent=self.invalid_spin.value())


class _TallPage(QWidget):
    """The scrolled page: never squeezes its fields below their natural height (on a 768-pixel
    laptop screen the fields were clipped); it scrolls instead. QScrollArea sizes its widget from
    the layout's minimum, which undercounts wrapped labels, so the page sets its own minimum."""

    def _natural_height(self) -> int:
        height = self.sizeHint().height()
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth() and self.width() > 0:
            height = max(height, layout.heightForWidth(self.width()))
        return height

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        needed = self._natural_height()
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # zoom: the natural height changed
            self.setMinimumHeight(0)
            self.setMinimumHeight(self._natural_height())
