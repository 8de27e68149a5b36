"""The two lists of the session screen: the counting committee, and ballot types."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tinnhiem_desktop.domain.model import Role
from tinnhiem_desktop.ui.controller import SessionController
from tinnhiem_desktop.ui.dialogs.prompts import Prompter
from tinnhiem_desktop.ui.models.session_models import ROLES, BallotTypesModel, CommitteeModel

MESSAGE_STYLE = "color: #a00000;"


class RoleDelegate(QStyledItemDelegate):
    """Edits a committee role with a drop-down list."""

    def __init__(self, model: CommitteeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = QComboBox(parent)
        for role in ROLES:
            combo.addItem(self._model.role_label(role), role.value)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class CountDelegate(QStyledItemDelegate):
    """Edits every cell as plain text, so a count is typed straight in: the first digit
    opens the editor and replaces the figure (a spin box kept the old digits)."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        return QLineEdit(parent)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QLineEdit):
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            editor.selectAll()

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


def _table(parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    return view


def _message_label(parent: QWidget) -> QLabel:
    """Where a box says why a change was refused, or warns, without a modal box."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(MESSAGE_STYLE)
    label.hide()
    return label


class _EnterAdds(QObject):
    """Enter on the role list adds the member, as Enter on the name does."""

    def __init__(self, box: CommitteeBox) -> None:
        super().__init__(box)
        self._box = box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and isinstance(watched, QComboBox) and not watched.view().isVisible()):
            self._box.add_typed()
            return True
        return False


class CommitteeBox(QGroupBox):
    """The counting committee: add (name + role, Enter), remove, reorder, edit in place."""

    def __init__(
        self, controller: SessionController, prompter: Prompter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Ban kiểm phiếu"))
        self._prompter = prompter
        self._second_chair: tuple[str, Role] | None = None
        self.model = CommitteeModel(controller, self)
        self.model.refused.connect(self._on_model_refused, Qt.ConnectionType.QueuedConnection)
        controller.committee_changed.connect(self._on_controller_committee_changed)
        self.view = _table(self)
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(1, RoleDelegate(self.model, self.view))
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.name_edit = QLineEdit(self)
        name_label = QLabel(self.tr("&Họ và tên:"), self)
        name_label.setBuddy(self.name_edit)
        self.role_combo = QComboBox(self)
        for role in ROLES:
            self.role_combo.addItem(self.model.role_label(role), role.value)
        self.role_combo.setCurrentIndex(self.role_combo.findData(Role.MEMBER.value))
        role_label = QLabel(self.tr("&Vai trò:"), self)
        role_label.setBuddy(self.role_combo)
        self.message_label = _message_label(self)
        add = QPushButton(self.tr("Thêm (Enter)"), self)
        remove = QPushButton(self.tr("Xóa (Delete)"), self)
        up = QPushButton(self.tr("Lên (Alt+Lên)"), self)
        down = QPushButton(self.tr("Xuống (Alt+Xuống)"), self)
        add.clicked.connect(self._on_add_clicked)
        self.name_edit.returnPressed.connect(self._on_add_clicked)
        self.role_combo.installEventFilter(_EnterAdds(self))
        self.name_edit.textEdited.connect(self._on_add_row_changed)
        self.role_combo.currentIndexChanged.connect(self._on_add_row_changed)
        remove.clicked.connect(self._on_remove_clicked)
        up.clicked.connect(lambda: self._move(-1))
        down.clicked.connect(lambda: self._move(1))
        for key, slot in ((Qt.Key.Key_Delete, self._on_remove_clicked),
                          (Qt.Modifier.ALT | Qt.Key.Key_Up, lambda: self._move(-1)),
                          (Qt.Modifier.ALT | Qt.Key.Key_Down, lambda: self._move(1))):
            shortcut = QShortcut(QKeySequence(key), self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        # Two lines: on a 1024-pixel screen one line left the name field a few letters wide.
        add_row = QGridLayout()
        add_row.addWidget(name_label, 0, 0)
        add_row.addWidget(self.name_edit, 0, 1, 1, 2)
        add_row.addWidget(role_label, 1, 0)
        add_row.addWidget(self.role_combo, 1, 1)
        add_row.addWidget(add, 1, 2)
        add_row.setColumnStretch(1, 1)
        buttons = QHBoxLayout()
        for button in (remove, up, down):
            buttons.addWidget(button)
        self.edit_widgets = [self.name_edit, self.role_combo, add, remove, up, down]
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addLayout(add_row)
        layout.addWidget(self.message_label)

    def _say(self, message: str) -> None:
        self.message_label.setText(message)
        self.message_label.setVisible(bool(message))

    @Slot(str)
    def _on_model_refused(self, message: str) -> None:
        self._say(message)

    def set_read_only(self, read_only: bool) -> None:
        """Finalised or view-only: the list stays readable, nothing can be changed."""
        for widget in self.edit_widgets:
            widget.setEnabled(not read_only)

    @Slot()
    def _on_controller_committee_changed(self) -> None:
        self.model.reload()

    @Slot()
    def _on_add_row_changed(self) -> None:
        self._second_chair = None  # a changed name or role must be confirmed afresh

    def add_typed(self) -> bool:
        """Add the member typed in the add row. A second Trưởng ban is added only when Enter is
        pressed again after the warning (a role left on Trưởng ban would add one silently)."""
        name = self.name_edit.text()
        if not name.strip():
            self.name_edit.setFocus()
            return False
        role = Role(self.role_combo.currentData())
        chairs = [m.name for m in self.model.rows if m.role is Role.CHAIR]
        if role is Role.CHAIR and chairs and self._second_chair != (name, role):
            self._second_chair = (name, role)
            self._say(self.tr(
                "Ban kiểm phiếu đã có Trưởng ban: %1. Nhấn Enter lần nữa nếu thật sự thêm một "
                "Trưởng ban nữa, hoặc chọn vai trò khác.").replace("%1", ", ".join(chairs)))
            return False
        self._second_chair = None
        if not self.model.add(name, role):
            return False
        self._say("")
        self.name_edit.clear()
        self.name_edit.setFocus()
        if role is Role.CHAIR:  # the next member is most likely an Ủy viên
            self.role_combo.setCurrentIndex(self.role_combo.findData(Role.MEMBER.value))
        self.view.scrollToBottom()
        return True

    @Slot()
    def _on_add_clicked(self) -> None:
        self.add_typed()

    @Slot()
    def _on_remove_clicked(self) -> None:
        row = self.view.currentIndex().row()
        if row >= 0:
            self.model.remove(row)

    def _move(self, step: int) -> None:
        index = self.view.currentIndex()
        if index.isValid() and self.model.move(index.row(), step):
            self.view.setCurrentIndex(self.model.index(index.row() + step, index.column()))


class BallotTypesBox(QGroupBox):
    """Ballot types with their accounting; names and figures edited in place."""

    def __init__(
        self, controller: SessionController, prompter: Prompter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Loại phiếu và số phiếu (sửa trực tiếp trong bảng)"))
        self._controller = controller
        self._prompter = prompter
        self.model = BallotTypesModel(controller, self)
        self.model.refused.connect(self._on_model_refused, Qt.ConnectionType.QueuedConnection)
        self._stale = False
        controller.changed.connect(self._on_controller_changed)
        self.view = _table(self)
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.setItemDelegate(CountDelegate(self.view))
        self.add_button = QPushButton(self.tr("Thêm loại phiếu…"), self)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.message_label = _message_label(self)
        hint = QLabel(self.tr("Gõ số thẳng vào ô (không cần F2), Enter để lưu."), self)
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def set_read_only(self, read_only: bool) -> None:
        """Finalised or view-only: figures stay readable, nothing can be changed."""
        self.add_button.setEnabled(not read_only)

    @Slot(str)
    def _on_model_refused(self, message: str) -> None:
        self.message_label.setText(message)
        self.message_label.setVisible(bool(message))

    @Slot()
    def _on_controller_changed(self) -> None:
        # Hidden while ballots are entered: read again when shown, not after every ballot.
        self._stale = not self.isVisible()
        if not self._stale:
            self.model.reload()
        self._on_model_refused("")  # a change went through: an old refusal no longer applies

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.model.reload()
        super().showEvent(event)

    @Slot()
    def _on_add_clicked(self) -> None:
        name = self._prompter.text(self, self.tr("Thêm loại phiếu"), self.tr("Tên loại phiếu:"))
        if name is not None:
            self._prompter.attempt(self, lambda: self._controller.add_ballot_type(name))
