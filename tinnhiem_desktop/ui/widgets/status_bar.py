"""The status bar: the file, its state (ĐÃ CHỐT / CHỈ XEM), fingerprint, counts, backup trouble.

A failed rolling copy is shown here in red and stays until a later copy succeeds: it never
interrupts entry with a modal box, because the ballot it followed is already recorded.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from tinnhiem_desktop.ui.digits import widest_digits
from tinnhiem_desktop.ui.origin_text import OriginTexts

if TYPE_CHECKING:  # only its type: the start page shows no session
    from tinnhiem_desktop.ui.controller import SessionController
from tinnhiem_desktop.ui.time_text import when_text

STATE_STYLE = "color: #123d12; background: #e3f1e3; font-weight: bold; padding: 0 6px;"
VIEW_STYLE = "color: #1f3d5c; background: #eef4fb; font-weight: bold; padding: 0 6px;"
ERROR_STYLE = "color: #ffffff; background: #b00020; font-weight: bold; padding: 0 6px;"


SEPARATED_STYLE = "QLabel { padding: 0 8px; border-left: 1px solid #9e9e9e; }"
FILE_ROOM = 430
"""Pixels (at the default type size) for the file's name and what it is, beside the fingerprint
and the counts, in a 1024-pixel window."""


def _set_style(label: QLabel, style: str) -> None:
    """A label's stylesheet, set only when it changes (setting one re-styles the label)."""
    if label.styleSheet() != style:
        label.setStyleSheet(style)


def _set_text(label: QLabel, text: str, widest: str | None = None) -> None:
    """A label's text in a fixed width: room for ``widest`` (the longest text of its kind, e.g.
    the same sentence with the most digits), so a text that changes after every ballot never
    makes the status bar — and the window — lay itself out again. The width changes only when
    a wider kind of text comes."""
    if text != label.text():
        label.setText(text)
    metrics = label.fontMetrics()
    margins = label.contentsMargins()
    need = QSize(max(metrics.horizontalAdvance(text), metrics.horizontalAdvance(widest or ""))
                 + margins.left() + margins.right() + 4,
                 metrics.height() + margins.top() + margins.bottom())
    if need != label.minimumSize() or need != label.maximumSize():
        label.setFixedSize(need)  # both: a label free in either direction asks for a layout


def _digits(number: int, label: QLabel) -> str:
    return widest_digits(label.font(), number)


def _widest_hex(text: str, label: QLabel) -> str:
    """``text`` with every hexadecimal digit replaced by the widest one in the label's font:
    the fingerprint changes after every ballot, its width must not."""
    metrics = label.fontMetrics()
    widest = max(HEX_DIGITS, key=metrics.horizontalAdvance)
    return "".join(widest if c in HEX_DIGITS else c for c in text)


HEX_DIGITS = "0123456789abcdef"


class StatusBar(QStatusBar):
    """Permanent labels for the open session; ``show_session(None)`` = nothing open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backup_label = QLabel(self)
        self.backup_label.setObjectName("backupError")
        self.backup_label.setStyleSheet(ERROR_STYLE)
        self.backup_label.hide()
        self.state_label = QLabel(self)
        self.state_label.setObjectName("sessionState")
        self.state_label.hide()
        self.file_label = QLabel(self)
        self.fingerprint_label = QLabel(self)
        self.count_label = QLabel(self)
        self._origins = OriginTexts(self)
        self.addWidget(self.backup_label)
        self._verifying = False
        for label in (self.state_label, self.file_label, self.fingerprint_label,
                      self.count_label):
            label.setStyleSheet(SEPARATED_STYLE)
            self.addPermanentWidget(label)
        for label in (self.fingerprint_label, self.count_label):
            # Their texts change with every ballot: a label that fills its own background is
            # repainted alone, without the status bar and the window behind it.
            label.setAutoFillBackground(True)
        self._widest_hex: dict[str, str] = {}

    def show_session(self, controller: SessionController | None) -> None:
        """Refresh every label from ``controller`` (after each change)."""
        if controller is None:
            self.file_label.setText(self.tr("Chưa mở phiên nào"))
            self.file_label.setMinimumWidth(0)
            self.file_label.setMaximumWidth(16_777_215)
            for label in (self.fingerprint_label, self.count_label, self.state_label):
                label.setText("")
            self.state_label.hide()
            self.clear_backup_error()
            return
        # Imported with the first session, not with the window's first frame (the status bar is
        # in it): the first Qt.* value makes PySide build every enum of the Qt namespace.
        from PySide6.QtCore import Qt

        from tinnhiem_desktop.domain.fingerprint import short_fingerprint

        session = controller.session
        trial = self.tr(" · THỬ NGHIỆM") if session.info.trial else ""
        what = self._origins.describe(controller.copy_origin)
        what = f" · {what}" if what else ""
        # What the file is (a group's, a second pass) always shows whole; a long file name gives
        # way (its middle elided, whole in the tooltip) so the bar still fits 1024 pixels.
        metrics = self.file_label.fontMetrics()
        room = max(FILE_ROOM // 3, FILE_ROOM - metrics.horizontalAdvance(trial + what))
        name = metrics.elidedText(session.path.name, Qt.TextElideMode.ElideMiddle, room)
        _set_text(self.file_label, name + trial + what)
        tip = session.path.name + trial + what
        if self.file_label.toolTip() != tip:
            self.file_label.setToolTip(tip)
        fin = controller.finalisation
        current = short_fingerprint(session.fingerprint())
        if fin is not None:
            _set_style(self.state_label, STATE_STYLE)
            _set_text(self.state_label,
                      self.tr("ĐÃ CHỐT %1 · %2").replace("%1", when_text(fin.at))
                      .replace("%2", fin.by)
                      + (self.tr(" · CHỈ XEM") if controller.view_only else ""))
            at_finalising = short_fingerprint(controller.finalised_fingerprint() or "")
            text = self.tr("Dấu vân tay lúc chốt: %1").replace("%1", at_finalising)
            if at_finalising != current:
                text += self.tr(" · hiện tại: %1").replace("%1", current)
            _set_text(self.fingerprint_label, text, self._widest_hex_text(text))
        else:
            _set_style(self.state_label, VIEW_STYLE)
            _set_text(self.state_label, self.tr("CHỈ XEM") if controller.view_only else "")
            text = self.tr("Dấu vân tay: %1").replace("%1", current)
            _set_text(self.fingerprint_label, text, self._widest_hex_text(text))
        self.state_label.setVisible(bool(self.state_label.text()))
        parts, widest = [], []
        types = controller.type_progress()
        for row in types:
            template = self.tr("đã nhập %1 / thu về %2")
            collected = row.ballot_type.accounting.collected
            text = template.replace("%1", str(row.recorded)).replace("%2", str(collected))
            most = template.replace(
                "%1", _digits(max(collected, row.recorded), self.count_label)).replace(
                "%2", _digits(collected, self.count_label))
            held = len(controller.undecided(row.ballot_type.id))
            if held:  # set aside (F9), waiting for the committee: counted nowhere yet
                aside = self.tr(", để riêng %1")
                text += aside.replace("%1", str(held))
                most += aside.replace("%1", _digits(collected, self.count_label))
            if len(types) > 1:
                text, most = f"{row.ballot_type.name}: {text}", f"{row.ballot_type.name}: {most}"
            parts.append(text)
            widest.append(most)
        _set_text(self.count_label, " · ".join(parts), " · ".join(widest))

    def _widest_hex_text(self, text: str) -> str:
        """:func:`_widest_hex` for the fingerprint label, measured once per font (it was
        measured again after every ballot)."""
        key = self.fingerprint_label.font().key()
        widest = self._widest_hex.get(key)
        if widest is None:
            widest = self._widest_hex[key] = _widest_hex("0", self.fingerprint_label)
        return "".join(widest if c in HEX_DIGITS else c for c in text)

    def show_verify_progress(self, done: int, total: int) -> None:
        """The file opened is being verified: how far (entries of its log), as the status bar's
        message (drawn in the room left, so it never widens the window). The longest wording
        that fits that room is shown: Qt cuts a message short without a mark, and in a
        1024-pixel window the full sentence lost its percentage ("… 66000 / 100004 m"). Chosen
        again at each report, with the labels where they are then (no resize handler: one in
        Python would build QEvent's enums before the window's first frame)."""
        self._verifying = True
        self.showMessage(self._progress_text(done, total))

    def _progress_text(self, done: int, total: int) -> str:
        percent = str(100 * done // total if total else 0)
        wordings = (
            self.tr("Đang kiểm tra tệp: %1 / %2 mục nhật ký (%3 %) — chưa nhập được")
            .replace("%1", str(done)).replace("%2", str(total) if total else "…")
            .replace("%3", percent),
            self.tr("Đang kiểm tra tệp: %1 % — chưa nhập được").replace("%1", percent),
            self.tr("Đang kiểm tra tệp: %1 %").replace("%1", percent),
        )
        metrics = self.fontMetrics()
        room = self._message_room()
        for text in wordings:
            if metrics.horizontalAdvance(text) <= room:
                return text
        return self.tr("Kiểm tra: %1 %").replace("%1", percent)  # a window under 1024 pixels

    def _message_room(self) -> int:
        """The width Qt draws the status bar's message in: from its left margin to the first
        permanent label shown (QStatusBarPrivate::messageRect)."""
        right = self.width() - 12
        for label in (self.state_label, self.file_label, self.fingerprint_label,
                      self.count_label):
            if label.isVisible():
                right = min(right, label.x() - 2)
                break
        return right - 6 - 3 - 3  # the room starts at x = 6; its text is 3 px in from each side

    def hide_verify_progress(self) -> None:
        """Verification over (or no session)."""
        if self._verifying:
            self._verifying = False
            self.clearMessage()

    def show_backup_error(self, message: str) -> None:
        """A rolling copy failed: say so in red until a later copy works (not modal)."""
        self.backup_label.setText(
            self.tr("⚠ %1 Các phiếu vẫn được ghi bình thường.").replace("%1", message))
        self.backup_label.setToolTip(message)
        self.backup_label.show()

    def clear_backup_error(self) -> None:
        """The red message goes (a copy worked, or the session closed)."""
        self.backup_label.hide()
        self.backup_label.setText("")

    def show_backup_made(self, path: Path) -> None:
        """A rolling copy worked: a short note, and any earlier failure is cleared."""
        self.clear_backup_error()
        self.showMessage(self.tr("Đã sao lưu tự động: %1").replace("%1", path.name), 8000)
