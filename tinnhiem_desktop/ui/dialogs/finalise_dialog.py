"""The two dialogs of closing a session: finalising (chốt kết quả) and an addendum (đính chính).

Both only collect answers; the caller (``closing.ClosingFlow``) hands them to the service, which
checks them again: a dialog never decides that finalising is allowed.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tinnhiem_desktop.domain.checks import Check, Code
from tinnhiem_desktop.domain.fingerprint import group_hex
from tinnhiem_desktop.domain.results import SessionResults
from tinnhiem_desktop.ui.core_texts import check_text, regime_name

MAX_TEXT = 500
"""The service refuses explanations and addenda longer than this (``clean_reason``)."""

WARNING_BOX = "background: #fff4d6; border: 1px solid #d9a400; padding: 8px;"
REFUSAL_BOX = "background: #fdecea; border: 1px solid #c0392b; padding: 8px; color: #7a0d0d;"


@dataclass(frozen=True)
class FinaliseAnswer:
    """Who finalises, and an explanation for each warning code."""

    by: str
    accepted: dict[str, str]


def _wrapped(text: str, parent: QWidget, style: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    if style:
        label.setStyleSheet(style)
    return label


def _warnings_by_code(checks: tuple[Check, ...]) -> dict[str, list[Check]]:
    """One explanation per code (the service keys them so), covering each check of that code."""
    grouped: dict[str, list[Check]] = {}
    for check in checks:
        grouped.setdefault(check.code.value, []).append(check)
    return grouped


class FinaliseDialog(QDialog):
    """Lists what blocks finalising (and refuses), or asks an explanation per warning and who.

    Nothing is pre-selected as the default button: a stray Enter never finalises.
    """

    def __init__(
        self, results: SessionResults, default_by: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Chốt kết quả"))
        self.refused = bool(results.blocking)
        self.explanations: dict[str, QPlainTextEdit] = {}
        self.by_edit = QLineEdit(default_by, self)
        self.understood_check = QCheckBox(
            self.tr("Tôi hiểu: sau khi chốt không sửa được gì, chỉ ghi được đính chính."), self
        )
        layout = QVBoxLayout(self)
        heading = _wrapped(results.info.title or regime_name(results.regime), self)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        layout.addWidget(heading)
        for bt in results.ballot_types:
            layout.addWidget(_wrapped(
                self.tr("%1: đã nhập %n phiếu / thu về %2.", "", bt.recorded)
                .replace("%1", bt.ballot_type.name)
                .replace("%2", str(bt.ballot_type.accounting.collected)), self))
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        if self.refused:
            self._build_refusal(results, body, body_layout)
        else:
            self._build_form(results, body, body_layout)
        body_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        if self.refused:
            self.by_edit.hide()
            self.understood_check.hide()
        else:
            # Outside the scrolled part: who and the acknowledgement are always in sight.
            form = QFormLayout()
            form.addRow(self.tr("&Người chốt:"), self.by_edit)
            layout.addLayout(form)
            layout.addWidget(_wrapped(
                self.tr("Dấu vân tay hiện tại: %1").replace("%1", group_hex(results.fingerprint)),
                self, "color: #555;"))
            layout.addWidget(self.understood_check)
        self.buttons = QDialogButtonBox(self)
        if self.refused:
            self.close_button = QPushButton(self.tr("Đóng"), self)
            self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
            self.buttons.rejected.connect(self.reject)
        else:
            self.ok_button = QPushButton(self.tr("Chốt kết quả"), self)
            self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
            self.cancel_button = QPushButton(self.tr("Hủy"), self)
            self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
            for button in (self.ok_button, self.cancel_button):
                button.setAutoDefault(False)
                button.setDefault(False)
            self.buttons.accepted.connect(self.accept)
            self.buttons.rejected.connect(self.reject)
            chain: list[QWidget] = [*self.explanations.values(), self.by_edit,
                                    self.understood_check, self.ok_button, self.cancel_button]
            for first, second in zip(chain, chain[1:], strict=False):
                QWidget.setTabOrder(first, second)
            self._on_field_changed()
            (chain[0]).setFocus()  # the first explanation, else who
        layout.addWidget(self.buttons)

    def _build_refusal(
        self, results: SessionResults, body: QWidget, layout: QVBoxLayout
    ) -> None:
        lines = "\n".join(f"• {check_text(c)}" for c in results.blocking)
        layout.addWidget(_wrapped(
            self.tr("CHƯA THỂ CHỐT KẾT QUẢ. Các điểm sau phải được sửa trước:") + "\n" + lines,
            body, REFUSAL_BOX))
        todo: list[str] = []
        for check in results.blocking:
            advice = self._advice(check.code)
            if advice not in todo:
                todo.append(advice)
        advice_label = _wrapped(self.tr("Cần làm:") + "\n" + "\n".join(f"• {a}" for a in todo),
                                body)
        advice_label.setObjectName("refusalAdvice")
        layout.addWidget(advice_label)

    def _advice(self, code: Code) -> str:
        """What to do about a blocking check, and where."""
        if code is Code.QUORUM_NOT_MET:
            return self.tr(
                "Theo Quy định 96-QĐ/TW, hội nghị chỉ được tiến hành khi có ít nhất 2/3 số "
                "người được triệu tập có mặt: kết quả này không có giá trị để quyết định và "
                "không chốt được. Nếu số người có mặt hay được triệu tập nhập sai, sửa ở màn "
                "hình Phiên (Ctrl+1); nếu đúng, báo cấp có thẩm quyền để tổ chức lại.")
        if code is Code.DELEGATES_LT_COLLECTED:
            return self.tr(
                "Tổng số đại biểu không thể ít hơn số phiếu thu về: sửa tổng số đại biểu hoặc "
                "số phiếu thu về ở màn hình Phiên (Ctrl+1).")
        if code is Code.TOTAL_DELEGATES_MISSING:
            return self.tr("Nhập tổng số đại biểu ở màn hình Phiên (Ctrl+1).")
        if code is Code.SET_ASIDE_UNDECIDED:
            return self.tr(
                "Ban kiểm phiếu quyết định từng phiếu để riêng (hợp lệ với các dấu nào, hay "
                "không hợp lệ với lý do gì): Kết quả → Phiếu chờ quyết định…")
        if code is Code.SPOT_CHECK_PENDING:
            return self.tr(
                "Đối chiếu các phiếu giấy đã bốc thăm và ghi kết quả: Kết quả → Kiểm tra xác "
                "suất…")
        if code is Code.NO_CANDIDATES:
            return self.tr("Nhập danh sách ở màn hình thứ hai (Ctrl+2).")
        return self.tr(
            "Sửa số phiếu ở màn hình Phiên (Ctrl+1) hoặc nhập đủ phiếu ở màn hình Nhập phiếu "
            "(Ctrl+3), rồi chốt lại.")

    def _build_form(self, results: SessionResults, body: QWidget, layout: QVBoxLayout) -> None:
        layout.addWidget(_wrapped(self.tr(
            "Sau khi chốt, phiên không thể thay đổi: không nhập thêm, không hủy phiếu, không sửa "
            "danh sách, số phiếu hay thông tin phiên. Mọi sửa chữa về sau chỉ ghi được thành "
            "đính chính có đánh số, in kèm biên bản. Dấu vân tay lúc chốt được in trên biên bản."
        ), body, WARNING_BOX))
        grouped = _warnings_by_code(results.warnings)
        if grouped:
            layout.addWidget(_wrapped(self.tr(
                "Các cảnh báo sau cần được Ban kiểm phiếu chấp nhận, với giải trình "
                "(in trong biên bản):"), body))
        else:
            layout.addWidget(_wrapped(self.tr("Không có cảnh báo nào."), body))
        for code, checks in grouped.items():
            messages = "\n".join(f"• {check_text(c)}" for c in checks)
            layout.addWidget(_wrapped(messages, body, "font-weight: bold;"))
            edit = QPlainTextEdit(body)
            edit.setObjectName(f"explanation-{code}")
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 16)
            edit.textChanged.connect(self._on_field_changed)
            self.explanations[code] = edit
            caption = QLabel(self.tr("Giải trình (bắt buộc):"), body)
            caption.setBuddy(edit)
            layout.addWidget(caption)
            layout.addWidget(edit)
        self.by_edit.textChanged.connect(self._on_field_changed)
        self.understood_check.toggled.connect(self._on_field_changed)

    def missing(self) -> list[str]:
        """What must still be filled in before the dialog can finalise (for the OK button)."""
        out = [code for code, edit in self.explanations.items()
               if not edit.toPlainText().strip()]
        out += [code for code, edit in self.explanations.items()
                if len(edit.toPlainText().strip()) > MAX_TEXT]
        if not self.by_edit.text().strip():
            out.append("by")
        if not self.understood_check.isChecked():
            out.append("understood")
        return out

    @Slot()
    def _on_field_changed(self) -> None:
        if not self.refused:
            self.ok_button.setEnabled(not self.missing())

    def answer(self) -> FinaliseAnswer:
        """The answers given (the service cleans and checks them)."""
        return FinaliseAnswer(
            self.by_edit.text(),
            {code: edit.toPlainText() for code, edit in self.explanations.items()},
        )


class AddendumDialog(QDialog):
    """A numbered correction: its text and who records it."""

    def __init__(
        self, number: int, finalised_text: str, default_by: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Thêm đính chính"))
        layout = QVBoxLayout(self)
        layout.addWidget(_wrapped(
            self.tr("Đính chính số %1. %2\nKết quả đã chốt không bị sửa: đính chính được ghi "
                    "thêm vào nhật ký của tệp, hiện ở màn hình Kết quả và in trong biên bản. "
                    "Ghi xong không xóa được.")
            .replace("%1", str(number)).replace("%2", finalised_text), self, WARNING_BOX))
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setTabChangesFocus(True)
        self.by_edit = QLineEdit(default_by, self)
        form = QFormLayout()
        form.addRow(self.tr("&Nội dung (tối đa 500 ký tự):"), self.text_edit)
        form.addRow(self.tr("Người &lập:"), self.by_edit)
        layout.addLayout(form, 1)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = QPushButton(self.tr("Ghi đính chính"), self)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = QPushButton(self.tr("Hủy"), self)
        self.buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        for button in (self.ok_button, cancel):
            button.setAutoDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.text_edit.textChanged.connect(self._on_field_changed)
        self.by_edit.textChanged.connect(self._on_field_changed)
        self._on_field_changed()
        self.text_edit.setFocus()

    @Slot()
    def _on_field_changed(self) -> None:
        text = self.text_edit.toPlainText().strip()
        self.ok_button.setEnabled(
            bool(text) and len(text) <= MAX_TEXT and bool(self.by_edit.text().strip())
        )

    def answer(self) -> tuple[str, str]:
        """(text, by) as typed (the service cleans them)."""
        return self.text_edit.toPlainText(), self.by_edit.text()
