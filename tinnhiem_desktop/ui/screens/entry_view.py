"""The layout of the entry screen (widgets only; the behaviour is in entry_screen.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tinnhiem_desktop.ui.models.entry_models import BallotListModel, PaperBallotModel
from tinnhiem_desktop.ui.widgets.readback import ReadbackStrip


class EntryView(QWidget):
    """The paper ballot, the ballot list, the read-back strip, the messages and the actions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paper = PaperBallotModel(self)
        self.ballot_list = BallotListModel(self)
        self._build()

    def _build(self) -> None:
        self.type_combo = QComboBox(self)
        type_label = QLabel(self.tr("&Loại phiếu:"), self)
        type_label.setBuddy(self.type_combo)
        self.number_label = QLabel(self)
        self.number_label.setObjectName("ballotNumber")
        self.progress_label = QLabel(self)
        self.mode_label = QLabel(self)
        self.mode_label.setStyleSheet("color: #9c2f00; font-weight: bold;")
        self.resume_label = QLabel(self)
        self.resume_label.setWordWrap(True)
        self.resume_label.setStyleSheet(
            "background: #fff4d6; border: 1px solid #d9a400; padding: 6px;"
        )
        self.lock_label = QLabel(self)
        self.lock_label.setObjectName("entryLock")
        self.lock_label.setWordWrap(True)
        self.lock_label.setStyleSheet(
            "background: #e3f1e3; border: 2px solid #1d5c1d; padding: 6px; color: #123d12;"
            " font-weight: bold;"
        )
        self.lock_label.hide()
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.readback = ReadbackStrip(self)

        self.paper_view = QTableView(self)
        self.paper_view.setModel(self.paper)
        self.paper_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.paper_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.paper_view.setTabKeyNavigation(False)
        self.paper_view.verticalHeader().hide()
        self.paper_view.setWordWrap(False)
        self.paper_view.installEventFilter(self)

        self.list_view = QTableView(self)
        self.list_view.setModel(self.ballot_list)
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.verticalHeader().hide()
        self.list_view.horizontalHeader().setStretchLastSection(True)
        self.list_view.installEventFilter(self)

        top = QHBoxLayout()
        top.addWidget(type_label)
        top.addWidget(self.type_combo, 1)
        top.addStretch(1)
        top.addWidget(self.progress_label)
        heading = QHBoxLayout()
        heading.addWidget(self.number_label)
        heading.addWidget(self.mode_label, 1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(heading)
        left_layout.addWidget(self.paper_view, 1)
        left_layout.addWidget(self.message_label)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        list_label = QLabel(self.tr("Các phiếu đã ghi (F6; Delete = hủy và nhập lại):"), right)
        right_layout.addWidget(list_label)
        right_layout.addWidget(self.list_view, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 7)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([900, 420])
        keys = QLabel(
            self.tr(
                "1 2 3: đánh dấu và xuống dòng · 0 hoặc Cách: không đánh dấu · x: nhiều dấu · "
                "Backspace: lùi một dòng và xóa · Lên/Xuống: di chuyển · Enter: ghi phiếu · "
                "F8: cả phiếu không hợp lệ"
                " · Ctrl+Z: hủy phiếu vừa ghi để nhập lại · F6: danh sách phiếu"
            ),
            self,
        )
        keys.setWordWrap(True)
        keys.setStyleSheet("color: #444;")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.lock_label)
        layout.addWidget(self.resume_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.readback)
        layout.addWidget(keys)
        self.set_zoom(11.0)

        self.invalid_action = QAction(self.tr("Cả phiếu không hợp lệ…"), self)
        self.invalid_action.setShortcut(QKeySequence(Qt.Key.Key_F8))
        self.undo_action = QAction(self.tr("Hủy phiếu vừa ghi để nhập lại…"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.list_action = QAction(self.tr("Chuyển giữa phiếu và danh sách"), self)
        self.list_action.setShortcut(QKeySequence(Qt.Key.Key_F6))
        for action in (self.invalid_action, self.undo_action, self.list_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

    def set_zoom(self, base_points: float) -> None:
        """Scale the large labels from the window's base point size."""
        font = self.number_label.font()
        font.setPointSizeF(base_points * 1.8)
        font.setBold(True)
        self.number_label.setFont(font)
        self.readback.set_zoom(base_points)
