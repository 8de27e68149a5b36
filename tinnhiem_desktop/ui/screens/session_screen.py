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
from tinnhiem_desktop.domain.errors import UserFacingError
from tinnhiem_desktop.domain.model import (
    CrossedNameRule,
    ElectingBodySetting,
    Finalisation,
    SessionInfo,
    WrittenNameRule,
    format_date,
    parse_count,
    parse_date,
    parse_time,
)
from tinnhiem_desktop.domain.regimes import Basis, Kind, Quorum, Sector
from tinnhiem_desktop.domain.text import clean
from tinnhiem_desktop.ui.controller import SessionController
from tinnhiem_desktop.ui.core_texts import (
    basis_label,
    error_text,
    legal_basis,
    level_label,
    regime_name,
)
from tinnhiem_desktop.ui.dialogs.prompts import Prompter
from tinnhiem_desktop.ui.screens.session_lists import BallotTypesBox, CommitteeBox

TEXT_FIELDS = ("title", "body", "parent_body", "subject", "city", "date", "time", "place")
COUNT_FIELDS = ("summoned", "present", "total_delegates")
MESSAGE_STYLE = "color: #a00000;"


class SessionScreen(QWidget):
    """Set-up of the session; every change is saved at once through the controller."""

    def __init__(
        self, controller: SessionController, prompter: Prompter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._prompter = prompter
        self.edits: dict[str, QLineEdit] = {}
        self.messages: dict[str, QLabel] = {}
        """The inline message under each field: why what was typed was not saved."""
        self._build()
        self._load()
        self.set_read_only(controller.read_only)
        controller.info_changed.connect(self._on_controller_info_changed)
        controller.finalised.connect(self._on_controller_finalised)

    # ------------------------------------------------------------ layout

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.editingFinished.connect(lambda: self._save_field(name))
        edit.textEdited.connect(lambda _text: self._recheck(name))
        self.edits[name] = edit
        message = QLabel(self)
        message.setObjectName(f"{name}Message")
        message.setWordWrap(True)
        message.setStyleSheet(MESSAGE_STYLE)
        message.hide()
        self.messages[name] = message
        return edit

    def _row(self, form: QFormLayout, label: str, name: str) -> QWidget:
        """A labelled field with its message under it; the label's mnemonic (Alt+letter)
        reaches the field. Returns the row's field part (to hide it)."""
        edit = self._line(name)
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(edit)
        column.addWidget(self.messages[name])
        caption = QLabel(label, self)
        caption.setBuddy(edit)
        form.addRow(caption, box)
        return box

    def _build(self) -> None:
        regime = self._controller.session.regime
        regime_box = QGroupBox(self.tr("Thể thức"), self)
        self.regime_label = QLabel(regime_box)
        self.regime_label.setWordWrap(True)
        self.regime_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.denominator_combo = QComboBox(regime_box)
        for basis in regime.denominator_options:
            self.denominator_combo.addItem(basis_label(basis), basis.value)
        self.denominator_combo.setEnabled(len(regime.denominator_options) > 1)
        self.denominator_combo.currentIndexChanged.connect(self._on_denominator_combo_changed)
        regime_form = QFormLayout(regime_box)
        regime_form.addRow(self.regime_label)
        regime_form.addRow(self.tr("Tỷ lệ % tính trên:"), self.denominator_combo)

        meeting = QGroupBox(self.tr("Hội nghị"), self)
        form = QFormLayout(meeting)
        subject = (self.tr("Lấy phiếu đối với:") if regime.kind is Kind.POLL
                   else self.tr("Bỏ phiếu tín nhiệm đối với:"))
        for label, name in (
            (self.tr("&Tên hội nghị:"), "title"), (self.tr("&Cơ quan, tổ chức:"), "body"),
            (self.tr("Cơ quan &cấp trên:"), "parent_body"), (subject, "subject"),
            (self.tr("Địa &danh:"), "city"), (self.tr("&Ngày (dd/mm/yyyy):"), "date"),
            (self.tr("&Giờ (GG:PP):"), "time"), (self.tr("Địa điể&m:"), "place"),
        ):
            self._row(form, label, name)

        people = QGroupBox(self.tr("Thành phần"), self)
        people_form = QFormLayout(people)
        self._row(people_form, self.tr("Số người được triệu tập:"), "summoned")
        self._row(people_form, self.tr("Số người có mặt:"), "present")
        if Basis.TOTAL_DELEGATES in regime.denominator_options:
            self._row(people_form, self.tr("Tổng số đại biểu:"), "total_delegates")
        else:
            self._line("total_delegates").hide()
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
        # State sessions name the body that elected or approved the officials in the subtitle
        # of the minutes and the ballot (a Quốc hội session never says "do Hội đồng nhân dân").
        self.electing_combo = QComboBox(settings)
        self.electing_combo.setObjectName("electingBody")
        for value, label in (
            (ElectingBodySetting.AUTO, self.tr("Theo tên cơ quan, tổ chức (tự nhận ra)")),
            (ElectingBodySetting.QUOC_HOI, self.tr("Quốc hội")),
            (ElectingBodySetting.HDND, self.tr("Hội đồng nhân dân")),
        ):
            self.electing_combo.addItem(label, value.value)
        if regime.sector is Sector.STATE:
            electing_caption = QLabel(self.tr("Cơ quan &bầu hoặc phê chuẩn:"), settings)
            electing_caption.setBuddy(self.electing_combo)
            settings_form.addRow(electing_caption, self.electing_combo)
        else:
            self.electing_combo.hide()
        self.electing_combo.currentIndexChanged.connect(self._on_electing_combo_changed)
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
            if not self.messages[name].isHidden():
                continue  # keeps what was typed and refused, with its message, to be corrected
            value = getattr(info, name)
            text = "" if value is None else str(value)
            self.edits[name].setText(format_date(text) if name == "date" else text)
            self.edits[name].setCursorPosition(0)  # show the start of a long title
        quorum = (self.tr("Điều kiện: có mặt ít nhất 2/3 số người được triệu tập.")
                  if regime.quorum is Quorum.TWO_THIRDS_OF_SUMMONED else "")
        basis = self.tr("Căn cứ")  # not inside the f-string: lupdate does not see it there
        self.regime_label.setText(
            f"<b>{regime_name(regime)}</b><br>{basis}: {legal_basis(regime)}<br>"
            + self.tr("Tỷ lệ % tính trên %1; mức xét: “%2”.")
            .replace("%1", basis_label(info.denominator))
            .replace("%2", next(level_label(lv) for lv in regime.levels
                                if lv.id == regime.band_level))
            + (f"<br>{quorum}" if quorum else "")
        )
        for combo, value in (
            (self.denominator_combo, info.denominator.value),
            (self.crossed_combo, info.crossed_name_rule.value),
            (self.written_combo, info.written_name_rule.value),
            (self.electing_combo, info.electing_body.value),
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        self.trial_check.blockSignals(True)
        self.trial_check.setChecked(info.trial)
        self.trial_check.blockSignals(False)
        self.invalid_spin.setValue(info.many_invalid_percent)
        self._show_quorum()

    def focus_first(self) -> None:
        """Put the keyboard on the first field (a new session starts here)."""
        self.edits["title"].setFocus(Qt.FocusReason.OtherFocusReason)

    def _update(self, **changes: Any) -> bool:
        def apply() -> bool:
            self._controller.update_info(**changes)
            return True

        ok = self._prompter.attempt(self, apply)
        if not ok:
            self._load()
        return bool(ok)

    def _value(self, name: str) -> Any:
        """What the field holds, as stored; raises the refusal (a catalogue text) if invalid."""
        text = self.edits[name].text()
        if name in COUNT_FIELDS:
            return parse_count(text, name)
        if name == "date":
            return parse_date(text)
        if name == "time":
            return parse_time(text)
        return clean(text)

    def _say(self, name: str, message: str) -> None:
        self.messages[name].setText(message)
        self.messages[name].setVisible(bool(message))

    def _save_field(self, name: str) -> None:
        """Save a field as it is left (Enter, Tab or a click elsewhere). A refusal is written
        under the field, never in a box: a modal box would swallow the keys typed next."""
        if self.edits[name].isReadOnly():
            return
        try:
            value = self._value(name)
            stored = getattr(self._controller.session.info, name)
            if value != stored and not (value in ("", None) and stored in ("", None)):
                self._controller.update_info(**{name: value})
        except UserFacingError as exc:
            self._say(name, error_text(exc))
            return
        self._say(name, "")
        self._load()

    def _recheck(self, name: str) -> None:
        """While a refused value is being corrected, the message goes as soon as it is right."""
        if self.messages[name].isHidden():
            return
        try:
            self._value(name)
        except UserFacingError as exc:
            self._say(name, error_text(exc))
        else:
            self._say(name, "")

    def _typed_count(self, name: str) -> int | None:
        try:
            value = self._value(name)
        except UserFacingError:
            return None
        return value if isinstance(value, int) else None

    @Slot()
    def _show_quorum(self) -> None:
        regime = self._controller.session.regime
        if regime.quorum is not Quorum.TWO_THIRDS_OF_SUMMONED:
            self.quorum_label.setText("")
            return
        summoned, present = self._typed_count("summoned"), self._typed_count("present")
        if summoned is None or present is None:
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
                       self.invalid_spin, self.electing_combo):
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

    @Slot(int)
    def _on_electing_combo_changed(self, index: int) -> None:
        self._update(electing_body=self.electing_combo.itemData(index))

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
