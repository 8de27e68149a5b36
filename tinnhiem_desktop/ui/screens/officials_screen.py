"""The officials of each ballot type, in the order printed on the ballot."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Slot
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tinnhiem_desktop.domain.regimes import Kind
from tinnhiem_desktop.exchange.officials_paste import pasted_officials
from tinnhiem_desktop.ui.controller import SessionController
from tinnhiem_desktop.ui.dialogs.officials_import import ImportPreviewDialog, read_officials_file
from tinnhiem_desktop.ui.dialogs.prompts import Prompter
from tinnhiem_desktop.ui.flows.exports import ExportFlow
from tinnhiem_desktop.ui.models.officials_model import OfficialsModel
from tinnhiem_desktop.ui.widgets.type_combo import fill_type_combo


class OfficialsScreen(QWidget):
    """Add, edit, delete, reorder, paste or import; locked once a ballot of the type exists."""

    def __init__(
        self,
        controller: SessionController,
        prompter: Prompter,
        exports: ExportFlow,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._prompter = prompter
        self._exports = exports
        self._type_id = controller.ballot_type_ids()[0]
        self.model = OfficialsModel(self._save, self)
        self.model.refused.connect(self._on_model_refused, Qt.ConnectionType.QueuedConnection)
        self._build()
        controller.candidates_changed.connect(self._on_controller_candidates_changed)
        controller.ballot_types_changed.connect(self._on_controller_ballot_types_changed)
        controller.ballot_recorded.connect(self._on_controller_ballot_recorded)
        controller.finalised.connect(self._on_controller_finalised)
        self._fill_types()
        self.reload()

    def _build(self) -> None:
        self.type_combo = QComboBox(self)
        self.type_combo.currentIndexChanged.connect(self._on_type_combo_changed)
        type_label = QLabel(self.tr("&Loại phiếu:"), self)
        type_label.setBuddy(self.type_combo)
        self.lock_label = QLabel(self)
        self.lock_label.setWordWrap(True)
        self.lock_label.setStyleSheet(
            "background: #fdecea; border: 1px solid #c0392b; padding: 6px; color: #7a0d0d;"
        )
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.name_edit = QLineEdit(self)
        name_label = QLabel(self.tr("&Họ và tên (Insert):"), self)
        name_label.setBuddy(self.name_edit)
        self.position_edit = QLineEdit(self)
        position_label = QLabel(self.tr("C&hức vụ:"), self)
        position_label.setBuddy(self.position_edit)
        for edit in (self.name_edit, self.position_edit):
            edit.returnPressed.connect(self._on_add_clicked)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.edit_buttons: list[QPushButton] = []

        def button(text: str, slot: object) -> QPushButton:
            b = QPushButton(text, self)
            b.clicked.connect(slot)
            self.edit_buttons.append(b)
            return b

        add_row = QHBoxLayout()
        add_row.addWidget(name_label)
        add_row.addWidget(self.name_edit, 2)
        add_row.addWidget(position_label)
        add_row.addWidget(self.position_edit, 2)
        add_row.addWidget(button(self.tr("Thêm (Enter)"), self._on_add_clicked))
        actions = QHBoxLayout()
        actions.addWidget(button(self.tr("Xóa (Delete)"), self._on_delete_clicked))
        actions.addWidget(button(self.tr("Lên (Alt+Lên)"), lambda: self.move_selected(-1)))
        actions.addWidget(button(self.tr("Xuống (Alt+Xuống)"), lambda: self.move_selected(1)))
        actions.addStretch(1)
        actions.addWidget(button(self.tr("Dán từ Excel/Word (Ctrl+V)"), self.paste))
        actions.addWidget(button(self.tr("Nhập từ tệp CSV/XLSX…"), self._on_import_clicked))
        # Not an edit button: blank ballots are printed whether or not the list is locked.
        self.ballot_paper_button = QPushButton(self.tr("In mẫu phiếu trắng…"), self)
        self.ballot_paper_button.clicked.connect(self._on_ballot_paper_button_clicked)
        top = QHBoxLayout()
        top.addWidget(type_label)
        top.addWidget(self.type_combo, 1)
        top.addStretch(1)
        # Up here rather than in the row of edit buttons: that row must fit a 1024-pixel screen.
        top.addWidget(self.ballot_paper_button)
        hint = QLabel(self.tr("Nhập đúng thứ tự in trên phiếu. Enter hoặc F2 để sửa ô; "
                              "Insert để thêm người; Esc để quay lại bảng."), self)
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.lock_label)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)
        layout.addLayout(add_row)
        layout.addWidget(self.message_label)
        for key, slot in (
            (QKeySequence(Qt.Key.Key_Insert), self._on_insert_pressed),
            (QKeySequence(Qt.Key.Key_Delete), self._on_delete_clicked),
            (QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Up), lambda: self.move_selected(-1)),
            (QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Down), lambda: self.move_selected(1)),
            (QKeySequence(QKeySequence.StandardKey.Paste), self.paste),
            (QKeySequence(Qt.Key.Key_Return), self._on_edit_pressed),
        ):
            shortcut = QShortcut(key, self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        for edit in (self.name_edit, self.position_edit):
            back = QShortcut(QKeySequence(Qt.Key.Key_Escape), edit)
            back.setContext(Qt.ShortcutContext.WidgetShortcut)
            back.activated.connect(self.view.setFocus)

    # ------------------------------------------------------------ state

    @property
    def type_id(self) -> int:
        """The ballot type shown."""
        return self._type_id

    def _fill_types(self) -> None:
        fill_type_combo(self.type_combo, self._controller.session.ballot_types(), self._type_id)

    def reload(self) -> None:
        """Read the list and the lock from the session."""
        session = self._controller.session
        closed = self._controller.read_only
        self.model.locked = closed or session.list_locked(self._type_id)
        self.model.update_rows(list(session.candidates(self._type_id)))
        locked = self.model.locked
        self.lock_label.setVisible(locked)
        if self._controller.finalisation is not None:
            self.lock_label.setText(self.tr(
                "Danh sách đã khóa: phiên đã chốt kết quả. Mọi sửa chữa ghi thành đính chính."))
        elif closed:
            self.lock_label.setText(self.tr(
                "Danh sách chỉ xem: tệp mở ở chế độ chỉ xem."))
        else:
            self.lock_label.setText(self.tr(
                "Danh sách đã khóa: đã nhập phiếu cho loại phiếu này, nên thứ tự và số người phải "
                "giữ nguyên như trên các phiếu đã nhập. Muốn đổi danh sách, hãy tạo phiên mới."
            ))
        for b in self.edit_buttons:
            b.setEnabled(not locked)
        self.name_edit.setEnabled(not locked)
        self.position_edit.setEnabled(not locked)

    def _save(self, pairs: list[tuple[str, str]]) -> None:
        self._controller.set_candidates(self._type_id, pairs)

    def _say(self, text: str, error: bool = False) -> None:
        """A line under the list: what was done, or (in red) why it was refused. Never a modal
        box: it would swallow the keys typed next."""
        self.message_label.setText(text)
        self.message_label.setStyleSheet("color: #a00000;" if error else "")

    def focus_first(self) -> None:
        """Put the keyboard on the list, or on the name field while the list is empty."""
        if self.model.rowCount() and not self.model.locked:
            if not self.view.currentIndex().isValid():
                self.view.setCurrentIndex(self.model.index(0, 1))
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        elif not self.model.locked:
            self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------ actions

    def add(self, name: str, position: str) -> bool:
        """Append an official."""
        return self.model.save([*self.model.pairs(), (name, position)])

    def move_selected(self, step: int) -> None:
        """Move the selected official up (-1) or down (+1)."""
        row = self.view.currentIndex().row()
        target = row + step
        pairs = self.model.pairs()
        if self.model.locked or not (0 <= row < len(pairs) and 0 <= target < len(pairs)):
            return
        pairs[row], pairs[target] = pairs[target], pairs[row]
        if self.model.save(pairs):
            self.view.setCurrentIndex(self.model.index(target, 1))

    def paste(self) -> bool:
        """Rows copied from Excel or Word (name TAB position per line), through the preview as
        a file is: a heading row and a column of row numbers are recognised and left out."""
        if self.model.locked:
            return False
        text = QGuiApplication.clipboard().text()
        pasted = self._prompter.attempt(self, lambda: pasted_officials(text))
        if pasted is None:
            return False
        if not pasted.rows:
            self._say(self.tr("Bộ nhớ tạm không có dòng nào để dán."))
            return False
        notes = []
        if pasted.heading:
            notes.append(self.tr("Đã bỏ dòng tiêu đề: %1")
                         .replace("%1", " | ".join(c for c in pasted.heading if c)))
        if pasted.numbers_dropped:
            notes.append(self.tr("Đã bỏ cột số thứ tự."))
        source = self.tr("dán từ Excel/Word (bộ nhớ tạm)")
        if self._preview(pasted.rows, source, None, notes, append=True):
            self._say(self.tr("Đã dán %n người.", "", len(pasted.rows)))
            return True
        return False

    def _preview(self, rows: list[tuple[str, str]], source: str, encoding: str | None,
                 notes: list[str], append: bool) -> bool:
        """Show the preview; on Nhập, replace the list or append to it. True when saved."""
        dialog = ImportPreviewDialog(rows, source, encoding, bool(self.model.pairs()), self,
                                     notes, append)
        self._prompter.place(dialog, "import_preview", QSize(720, 480))
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            pairs = [*self.model.pairs(), *rows] if dialog.append else rows
        finally:
            dialog.deleteLater()
        return self.model.save(pairs)

    def import_file(self, path: Path) -> bool:
        """Import from a CSV or XLSX file after the preview."""
        loaded = self._prompter.attempt(self, lambda: read_officials_file(path))
        if loaded is None:
            return False
        rows, encoding = loaded
        if self._preview(rows, path.name, encoding, [], append=False):
            self._say(self.tr("Đã nhập %n người từ %1 (bảng mã: %2).", "", len(rows))
                      .replace("%1", path.name).replace("%2", encoding))
            return True
        return False

    @Slot()
    def _on_ballot_paper_button_clicked(self) -> None:
        self._exports.print_blank_ballots(self)

    @Slot()
    def _on_import_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Nhập danh sách"), "",
            self.tr("Bảng tính (*.csv *.xlsx *.txt);;Mọi tệp (*)"),
        )
        if path:
            self.import_file(Path(path))

    @Slot()
    def _on_add_clicked(self) -> None:
        name = self.name_edit.text()
        if not name.strip():
            self.name_edit.setFocus()
            return
        if self.add(name, self.position_edit.text()):
            self.name_edit.clear()
            self.position_edit.clear()
            self.name_edit.setFocus()
            self.view.scrollToBottom()

    @Slot()
    def _on_insert_pressed(self) -> None:
        if not self.model.locked:
            self.name_edit.setFocus()

    @Slot()
    def _on_edit_pressed(self) -> None:
        index = self.view.currentIndex()
        if index.isValid() and not self.model.locked:
            self.view.edit(index if index.column() else self.model.index(index.row(), 1))

    @Slot()
    def _on_delete_clicked(self) -> None:
        row = self.view.currentIndex().row()
        pairs = self.model.pairs()
        if self.model.locked or not 0 <= row < len(pairs):
            return
        name = pairs[row][0]
        title = (self.tr("Xóa người được lấy phiếu")
                 if self._controller.session.regime.kind is Kind.POLL
                 else self.tr("Xóa người được bỏ phiếu tín nhiệm"))
        if self._prompter.confirm(self, title,
                                  self.tr("Xóa “%1” khỏi danh sách?").replace("%1", name)):
            del pairs[row]
            if self.model.save(pairs) and pairs:
                self.view.setCurrentIndex(self.model.index(min(row, len(pairs) - 1), 1))
        self.view.setFocus()

    @Slot(str)
    def _on_model_refused(self, message: str) -> None:
        self._say(message, error=True)

    @Slot(int)
    def _on_controller_candidates_changed(self, type_id: int) -> None:
        if type_id == self._type_id:
            row = self.view.currentIndex().row()
            self.reload()
            if 0 <= row < self.model.rowCount():
                self.view.setCurrentIndex(self.model.index(row, 1))

    @Slot()
    def _on_controller_ballot_types_changed(self) -> None:
        self._fill_types()

    @Slot(object)
    def _on_controller_ballot_recorded(self, ballot: object) -> None:
        if not self.model.locked:
            self.reload()

    @Slot(object)
    def _on_controller_finalised(self, fin: object) -> None:
        self.reload()

    @Slot(int)
    def _on_type_combo_changed(self, index: int) -> None:
        type_id = self.type_combo.itemData(index)
        if type_id is not None:
            self._type_id = int(type_id)
            self.reload()
