"""Reading a list of officials from CSV or XLSX, and the preview dialog every import and every
paste goes through."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tinnhiem_desktop.domain.errors import InvalidInput
from tinnhiem_desktop.domain.model import Candidate
from tinnhiem_desktop.domain.text import clean
from tinnhiem_desktop.exchange.ballots_csv import parse_candidates
from tinnhiem_desktop.exchange.csv_text import CsvTable, decode, parse, read_file_bytes
from tinnhiem_desktop.exchange.officials_paste import MAX_OFFICIALS, too_many_officials
from tinnhiem_desktop.ui.models.officials_model import OfficialsModel


def read_xlsx(path: Path) -> CsvTable:
    """The first sheet of a workbook as a table (first row = header), like a CSV."""
    import openpyxl  # imported here: only this action needs it

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a bad file
        raise InvalidInput(f"Không đọc được tệp Excel {path.name}: {exc}") from exc
    rows = []
    try:
        sheet = workbook.worksheets[0]
        for values in sheet.iter_rows(values_only=True):
            row = ["" if v is None else str(v) for v in values]
            if any(cell.strip() for cell in row):
                rows.append(row)
                if len(rows) > MAX_OFFICIALS + 1:  # the header, then the officials
                    raise too_many_officials(f"Tệp {path.name}")
    finally:
        workbook.close()
    if not rows:
        raise InvalidInput(f"Trang tính đầu tiên của {path.name} không có dữ liệu.")
    header = [clean(c) for c in rows[0]]
    body = [(i + 2, [clean(c) for c in r]) for i, r in enumerate(rows[1:])]
    return CsvTable(header, body, "Excel (.xlsx)", "")


MAX_FILE_MB = 50
"""A file larger than this is not read at all: no officials list (:data:`MAX_OFFICIALS` rows,
even with a logo in the workbook) comes near it."""


def read_officials_file(path: Path) -> tuple[list[tuple[str, str]], str]:
    """(name, position) rows from a CSV or XLSX file, and the encoding used. A file too large
    or too long for an officials list (another file chosen by mistake) is refused before its
    rows are read one by one, so the window does not hold for seconds over it."""
    with contextlib.suppress(OSError):  # a file that cannot be read says so below
        size = path.stat().st_size
        if size > MAX_FILE_MB * 1_000_000:
            raise InvalidInput(
                f"Tệp {path.name} nặng {size // 1_000_000} MB, quá lớn cho một danh sách người "
                "được lấy phiếu: có lẽ đã chọn nhầm. Hãy chọn đúng tệp danh sách họ tên và chức "
                "vụ. Danh sách hiện có không thay đổi.")
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        table = read_xlsx(path)
    else:
        text, encoding = decode(read_file_bytes(path))
        if sum(1 for line in text.splitlines() if line.strip()) > MAX_OFFICIALS + 1:
            raise too_many_officials(f"Tệp {path.name}")
        table = parse(text, encoding)
    return parse_candidates(table), table.encoding


class ImportPreviewDialog(QDialog):
    """Shows what will be imported (from a file or pasted), the encoding detected, what was
    left out (a heading row, a column of row numbers), and replace-or-append."""

    def __init__(
        self,
        rows: list[tuple[str, str]],
        source: str,
        encoding: str | None,
        can_append: bool,
        parent: QWidget | None = None,
        notes: list[str] | None = None,
        append: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Xem trước danh sách nhập"))
        self.rows = rows
        model = OfficialsModel(None, self)
        model.set_rows([Candidate(i, n, p) for i, (n, p) in enumerate(rows, start=1)])
        self.model = model
        view = QTableView(self)
        view.setModel(model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        lines = [self.tr("Nguồn: %1").replace("%1", source)]
        if encoding is not None:
            lines.append(self.tr("Bảng mã: %1").replace("%1", encoding))
        lines.append(self.tr("Số người: %1").replace("%1", str(len(rows))))
        summary = QLabel("\n".join([*lines, *(notes or [])]), self)
        summary.setWordWrap(True)
        summary.setObjectName("importSummary")
        self.replace_radio = QRadioButton(self.tr("&Thay thế danh sách hiện có"), self)
        self.append_radio = QRadioButton(self.tr("Thêm vào &cuối danh sách"), self)
        self.append_radio.setEnabled(can_append)
        (self.append_radio if append and can_append else self.replace_radio).setChecked(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Nhập"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy bỏ"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(view, 1)
        layout.addWidget(self.replace_radio)
        layout.addWidget(self.append_radio)
        layout.addWidget(buttons)
        # Enter imports (Nhập is the default button); the arrows choose replace or append.
        (self.append_radio if self.append_radio.isChecked() else self.replace_radio).setFocus()

    @property
    def append(self) -> bool:
        """Append rather than replace."""
        return self.append_radio.isChecked()
