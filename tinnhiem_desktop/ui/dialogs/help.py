"""The Help menu's two boxes: the keys of ballot entry, and About."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from tinnhiem_desktop import __version__
from tinnhiem_desktop.ui.dialogs.prompts import Prompter


class HelpBoxes(QObject):
    """Shows the help texts (through the Prompter, so tests can read them)."""

    def __init__(self, prompter: Prompter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._prompter = prompter

    def show_keys(self, parent: QWidget | None) -> None:
        """The keys of ballot entry."""
        self._prompter.inform(parent, self.tr("Phím tắt nhập phiếu"), self.tr(
            "1, 2, 3: đánh dấu ô của dòng hiện tại và xuống dòng (1, 2 khi bỏ phiếu)\n"
            "0 hoặc phím cách: không đánh dấu (dòng không hợp lệ)\n"
            "x: đánh dấu nhiều ô (dòng không hợp lệ)\n"
            "Backspace: lùi một dòng và xóa dòng đó\n"
            "Lên / Xuống: di chuyển\n"
            "Enter: ghi phiếu (khi mọi dòng đã nhập)\n"
            "F8: cả phiếu không hợp lệ (chọn hoặc gõ lý do)\n"
            "F9: để riêng phiếu đang nhập chờ Ban kiểm phiếu quyết định (gõ ghi chú, Enter; "
            "Esc: thôi)\n"
            "Ctrl+Z: hủy phiếu vừa ghi và nhập lại với cùng số\n"
            "F6: chuyển sang danh sách phiếu; Delete ở đó: hủy phiếu đang chọn và nhập lại\n"
            "F5: mở / đóng màn hình chiếu cho cả phòng\n"
            "Ctrl+1 … Ctrl+4: các màn hình; Ctrl++ / Ctrl+-: cỡ chữ"
        ))

    def show_about(self, parent: QWidget | None) -> None:
        """Version and purpose."""
        QMessageBox.about(parent, self.tr("Giới thiệu"), self.tr(
            "Kiểm phiếu tín nhiệm %1\nNhập phiếu, tính kết quả và in biên bản kiểm phiếu, "
            "không cần mạng. Mỗi phiếu được ghi xuống đĩa ngay khi màn hình báo đã ghi."
        ).replace("%1", __version__))
