"""The page shown when no session is open: new, open, recent files, the sample session."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tinnhiem_desktop import __version__


class StartPage(QWidget):
    """Big, plain choices; every one reachable by keyboard (Tab, Enter, or the menu keys)."""

    new_requested = Signal()
    open_requested = Signal()
    sample_requested = Signal()
    recent_chosen = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The paths of the recent list's rows, kept here rather than as item data: the page is
        # in the window's first frame, and the first Qt.* value a process touches makes PySide
        # build every enum of the Qt namespace (~30 ms).
        self._recent: list[Path] = []
        title = QLabel(self.tr("Kiểm phiếu tín nhiệm"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        title.setFont(font)
        subtitle = QLabel(
            self.tr("Lấy phiếu tín nhiệm (3 mức) và bỏ phiếu tín nhiệm (2 mức) — không cần mạng. "
                    "Phiên bản %1.").replace("%1", __version__),
            self,
        )
        subtitle.setWordWrap(True)
        self.new_button = QPushButton(self.tr("Tạo phiên mới…  (Ctrl+N)"), self)
        self.open_button = QPushButton(self.tr("Mở tệp phiên…  (Ctrl+O)"), self)
        self.sample_button = QPushButton(self.tr("Mở phiên mẫu để thử"), self)
        for button in (self.new_button, self.open_button, self.sample_button):
            button.setMinimumHeight(40)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.sample_button.clicked.connect(self.sample_requested)
        self.recent_list = QListWidget(self)
        self.recent_list.itemActivated.connect(self._on_recent_list_item_activated)
        recent_label = QLabel(self.tr("&Mở gần đây (Enter để mở):"), self)
        recent_label.setBuddy(self.recent_list)
        buttons = QVBoxLayout()
        for button in (self.new_button, self.open_button, self.sample_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        recent = QVBoxLayout()
        recent.addWidget(recent_label)
        recent.addWidget(self.recent_list, 1)
        columns = QHBoxLayout()
        columns.addLayout(buttons, 1)
        columns.addLayout(recent, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 30)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(20)
        layout.addLayout(columns, 1)

    def set_recent(self, paths: list[Path]) -> None:
        """Show the recent files (newest first)."""
        self.recent_list.clear()
        self._recent = list(paths)
        for path in paths:
            self.recent_list.addItem(QListWidgetItem(f"{path.name}    —    {path.parent}"))
        if paths:
            self.recent_list.setCurrentRow(0)

    def focus_first(self) -> None:
        """The recent files when there are some (Enter opens the one selected), else "new"."""
        # setFocus() is setFocus(Qt.FocusReason.OtherFocusReason), without the enum (above).
        if self.recent_list.count():
            self.recent_list.setFocus()
        else:
            self.new_button.setFocus()

    @Slot(QListWidgetItem)
    def _on_recent_list_item_activated(self, item: QListWidgetItem) -> None:
        row = self.recent_list.row(item)
        if 0 <= row < len(self._recent):
            self.recent_chosen.emit(self._recent[row])
