"""The dialog of Tệp → Tạo bản cho tổ kiểm phiếu…: the group's label, how many ballots were
handed to it (optional), and where to save its file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tinnhiem_desktop.domain.errors import unusable_name
from tinnhiem_desktop.domain.text import ascii_digits, clean, plain_key

MESSAGE_STYLE = "color: #a00000;"


def suggested_path(source: Path, label: str) -> Path:
    """``phien-to-1.tinnhiem`` beside the source for the group "Tổ 1"."""
    slug = "-".join(plain_key(label).split()) or "to"
    slug = "".join(c for c in slug if c.isalnum() or c == "-")
    return source.with_name(f"{source.stem}-{slug}.tinnhiem")


class GroupCopyDialog(QDialog):
    """Label, ballots handed (optional), file; OK only when all three make sense."""

    def __init__(self, source: Path, ask_path: Callable[[QWidget, str], Path | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._ask_path = ask_path
        self._path_typed = False
        self.setWindowTitle(self.tr("Tạo bản cho tổ kiểm phiếu"))
        intro = QLabel(self.tr(
            "Tệp mới có cùng phần thiết lập với %1 (thông tin phiên, Ban kiểm phiếu, loại "
            "phiếu, danh sách người, số phiếu) và chưa có phiếu nào. Tổ kiểm phiếu nhập phiếu "
            "của mình vào đó; sau đó Tệp → Gộp kết quả các tổ… cộng các tổ lại."
        ).replace("%1", source.name), self)
        intro.setWordWrap(True)
        self.label_edit = QLineEdit(self)
        self.label_edit.setObjectName("groupLabel")
        self.label_edit.setPlaceholderText(self.tr("ví dụ: Tổ 1"))
        self.label_edit.textEdited.connect(self._on_label_edit_text_edited)
        self.ballots_edit = QLineEdit(self)
        self.ballots_edit.setObjectName("groupBallots")
        self.ballots_edit.setPlaceholderText(self.tr("để trống nếu không ghi"))
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("groupPath")
        self.path_edit.textEdited.connect(self._on_path_edit_text_edited)
        browse = QPushButton(self.tr("&Chọn…"), self)
        browse.setAutoDefault(False)
        browse.clicked.connect(self._on_browse_clicked)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        form = QFormLayout()
        for text, field in ((self.tr("&Tên tổ:"), self.label_edit),
                            (self.tr("Số phiếu &giao cho tổ:"), self.ballots_edit)):
            caption = QLabel(text, self)
            caption.setBuddy(field)
            form.addRow(caption, field)
        caption = QLabel(self.tr("&Lưu tệp của tổ vào:"), self)
        caption.setBuddy(self.path_edit)
        form.addRow(caption, path_row)
        self.message = QLabel(self)
        self.message.setObjectName("groupCopyMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(MESSAGE_STYLE)
        self.message.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Tạo tệp"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.label_edit.setFocus()
        self.label: str = ""
        self.ballots: int | None = None
        self.path: Path | None = None

    @Slot(str)
    def _on_label_edit_text_edited(self, text: str) -> None:
        if not self._path_typed:
            self.path_edit.setText(str(suggested_path(self._source, text)) if text.strip()
                                   else "")

    @Slot(str)
    def _on_path_edit_text_edited(self, _text: str) -> None:
        self._path_typed = True

    @Slot()
    def _on_browse_clicked(self) -> None:
        chosen = self._ask_path(self, self.path_edit.text())
        if chosen is not None:
            self.path_edit.setText(str(chosen))
            self._path_typed = True

    def _refuse(self, text: str, field: QLineEdit) -> None:
        self.message.setText(text)
        self.message.show()
        field.setFocus()
        field.selectAll()

    def accept(self) -> None:
        """Check the three answers; say under the fields what to fix, else close."""
        label = clean(self.label_edit.text())
        if not label:
            self._refuse(self.tr("Nhập tên tổ (ví dụ: Tổ 1)."), self.label_edit)
            return
        ballots: int | None = None
        typed = clean(self.ballots_edit.text())
        if typed:
            if not ascii_digits(typed) or int(typed) == 0:
                self._refuse(self.tr("Số phiếu giao cho tổ phải là số nguyên dương, chỉ gồm "
                                     "chữ số 0–9 (hoặc để trống): “%1”.").replace("%1", typed),
                             self.ballots_edit)
                return
            ballots = int(typed)
        text = self.path_edit.text().strip()
        if not text:
            self._refuse(self.tr("Chọn nơi lưu tệp của tổ."), self.path_edit)
            return
        path = Path(text) if text.endswith(".tinnhiem") else Path(text + ".tinnhiem")
        if not path.is_absolute():
            # A bare name ("to-2") goes beside the session, where the name offered was: not
            # into the program's working folder, which the recorder never chose nor sees.
            path = self._source.parent / path
        try:
            taken = path.exists()
        except OSError as exc:  # a name too long: said, as the service would say it
            self._refuse(str(unusable_name(path, exc)), self.path_edit)
            return
        if taken:
            self._refuse(self.tr("Đã có tệp %1: chọn tên khác (không ghi đè).")
                         .replace("%1", str(path)), self.path_edit)
            return
        self.label, self.ballots, self.path = label, ballots, path
        super().accept()

