"""The Help menu's two boxes: the keys of ballot entry, and About."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from tinnhiem_desktop import __version__
from tinnhiem_desktop.ui.dialogs.prompts import Prompter


@dataclass(frozen=True)
class KeyRow:
    """One line of the keys box: the keys (as ``QKeySequence`` writes them, e.g. ``Ctrl+Z``,
    ``Space``, ``PgDown``), how the line names them in the window's language, and what they do.
    ``keys`` is what tests press; ``names`` and ``text`` are what the recorder reads."""

    keys: tuple[str, ...]
    names: str
    text: str

    def line(self) -> str:
        """The line as the box shows it."""
        return f"{self.names}: {self.text}"


@dataclass(frozen=True)
class KeySection:
    """A heading (where the keys work) and its lines."""

    title: str
    rows: tuple[KeyRow, ...]


class HelpBoxes(QObject):
    """Shows the help texts (through the Prompter, so tests can read them)."""

    def __init__(self, prompter: Prompter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._prompter = prompter

    def key_sections(self) -> list[KeySection]:
        """Every key of ballot entry: on the paper ballot, in the ballot list (F6), and the
        window's keys used while entering. A test presses each key named here and every key
        the entry screen acts on, so the two cannot drift apart."""
        paper = KeySection(self.tr("Trên lá phiếu"), (
            KeyRow(("1", "2", "3"), "1, 2, 3", self.tr(
                "đánh dấu mức ở dòng hiện tại và xuống dòng (bỏ phiếu tín nhiệm: 1, 2)")),
            KeyRow(("0", "Space"), self.tr("0 hoặc Cách"),
                   self.tr("không đánh dấu (dòng không hợp lệ) và xuống dòng")),
            KeyRow(("X",), "x", self.tr("đánh nhiều dấu (dòng không hợp lệ) và xuống dòng")),
            KeyRow(("Backspace",), "Backspace", self.tr("lùi một dòng và xóa dòng đó")),
            KeyRow(("Up", "Down"), self.tr("Lên / Xuống"), self.tr("chuyển dòng để sửa")),
            KeyRow(("Return", "Enter"), "Enter", self.tr(
                "ghi phiếu khi mọi dòng đã nhập (chưa đủ: tới dòng còn trống)")),
            KeyRow(("F8",), "F8", self.tr("cả phiếu không hợp lệ (chọn hoặc gõ lý do)")),
            KeyRow(("F9",), "F9", self.tr(
                "để riêng phiếu đang nhập chờ Ban kiểm phiếu quyết định (gõ ghi chú, Enter; "
                "Esc: thôi)")),
            KeyRow(("Ctrl+Z",), "Ctrl+Z", self.tr(
                "hủy phiếu vừa ghi (hỏi trước) và nhập lại với cùng số")),
            KeyRow(("Esc",), "Esc", self.tr(
                "khi đang nhập lại phiếu đã hủy: thôi nhập lại (phiếu vẫn là đã hủy)")),
            KeyRow(("F6",), "F6", self.tr("sang danh sách phiếu đã ghi")),
        ))
        ballot_list = KeySection(self.tr("Trong danh sách phiếu (F6)"), (
            KeyRow(("Up", "Down"), self.tr("Lên / Xuống"), self.tr(
                "phiếu trước / sau (danh sách mở ra ở phiếu ghi gần nhất)")),
            KeyRow(("PgUp", "PgDown"), "PgUp / PgDn", self.tr("lên / xuống một trang")),
            KeyRow(("Home", "End"), "Home / End", self.tr("phiếu đầu tiên / ghi gần nhất")),
            KeyRow(("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), self.tr("Gõ số phiếu"),
                   self.tr("tới phiếu mang số đó (gõ liền các chữ số)")),
            KeyRow(("Del",), "Delete", self.tr(
                "hủy phiếu đang chọn và nhập lại (hỏi trước, nêu số, giờ ghi và các dấu)")),
            KeyRow(("Esc", "F6"), self.tr("Esc hoặc F6"), self.tr("trở về lá phiếu")),
            KeyRow(("F8", "F9", "Ctrl+Z"), "F8, F9, Ctrl+Z", self.tr("như trên lá phiếu")),
        ))
        window = KeySection(self.tr("Cửa sổ"), (
            KeyRow(("Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4"), "Ctrl+1 … Ctrl+4",
                   self.tr("chuyển giữa bốn màn hình (như menu Xem)")),
            KeyRow(("Ctrl++", "Ctrl+=", "Ctrl+-", "Ctrl+0"), "Ctrl++ / Ctrl+- / Ctrl+0",
                   self.tr("chữ lớn hơn / nhỏ hơn / cỡ mặc định")),
            KeyRow(("F5",), "F5", self.tr("mở / đóng màn hình chiếu cho cả phòng")),
            KeyRow(("F1",), "F1", self.tr("bảng phím này")),
        ))
        return [paper, ballot_list, window]

    def keys_text(self) -> str:
        """The keys box's text: each section's heading, then its lines."""
        return "\n\n".join(
            "\n".join([section.title.upper(), *(row.line() for row in section.rows)])
            for section in self.key_sections()
        )

    def show_keys(self, parent: QWidget | None) -> None:
        """The keys of ballot entry."""
        self._prompter.inform(parent, self.tr("Phím tắt nhập phiếu"), self.keys_text())

    def show_about(self, parent: QWidget | None) -> None:
        """Version and purpose."""
        QMessageBox.about(parent, self.tr("Giới thiệu"), self.tr(
            "Kiểm phiếu tín nhiệm %1\nNhập phiếu, tính kết quả và in biên bản kiểm phiếu, "
            "không cần mạng. Mỗi phiếu được ghi xuống đĩa ngay khi màn hình báo đã ghi."
        ).replace("%1", __version__))
