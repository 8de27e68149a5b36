"""Preview of the counting minutes, with Print, Save as PDF and Open in the system viewer.

The PDF shown is the very file that is printed, saved or opened: it is rendered once from
``Session.results()`` when the dialog opens (the window renders it off its thread first, with a
progress dialog: :func:`render_off_thread`), so the three can never differ.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tinnhiem_desktop.atomic_write import write_atomic
from tinnhiem_desktop.domain.errors import UserFacingError
from tinnhiem_desktop.domain.fingerprint import group_hex
from tinnhiem_desktop.domain.results import SessionResults
from tinnhiem_desktop.reports.minutes import render_minutes
from tinnhiem_desktop.services.session import Session
from tinnhiem_desktop.ui.long_task import Progress, run_with_progress

PRINT_DPI_CAP = 300
"""Pages are rasterised for the printer at most at this resolution (A4 at 600 dpi is 140 MB)."""


class MinutesDialog(QDialog):
    """Shows the minutes of ``session`` as they will print, and prints, saves or opens them."""

    def __init__(self, session: Session, parent: QWidget | None = None,
                 rendered: tuple[SessionResults, bytes] | None = None) -> None:
        """``rendered``: the results and the minutes already made from them (the window renders
        them off its thread, :func:`render_off_thread`); made here when not given."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Biên bản kiểm phiếu"))
        self._session = session
        if rendered is None:
            results = session.results()
            rendered = results, render_minutes(results)
        results, self._data = rendered
        self._fingerprint = results.fingerprint
        # A plain folder, removed in done(): a TemporaryDirectory object would warn when a dialog
        # that was never closed is garbage-collected.
        self._tmp = Path(tempfile.mkdtemp(prefix="tinnhiem-bien-ban-"))
        self.pdf_path = self._tmp / "bien-ban-kiem-phieu.pdf"
        self.pdf_path.write_bytes(self._data)
        self._printer: QPrinter | None = None
        self.opened_path: str | None = None

        self.document = QPdfDocument(self)
        self.document.load(str(self.pdf_path))
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.status = QLabel(
            self.tr("Dấu vân tay: {0}").format(group_hex(self._fingerprint)), self
        )
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setWordWrap(True)

        self.print_button = QPushButton(self.tr("&In…"), self)
        self.save_button = QPushButton(self.tr("&Lưu thành PDF…"), self)
        self.open_button = QPushButton(self.tr("&Mở bằng trình xem PDF"), self)
        self.close_button = QPushButton(self.tr("Đó&ng"), self)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.close_button.clicked.connect(self.reject)

        buttons = QHBoxLayout()
        for button in (self.print_button, self.save_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.print_button.setDefault(True)
        self.print_button.setFocus()

    # ------------------------------------------------------------ actions

    @Slot()
    def _on_print_button_clicked(self) -> None:
        # The printer must outlive the dialog call: QPrintDialog(QPrinter()) crashes PySide.
        self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self._printer.setDocName(self.tr("Biên bản kiểm phiếu"))
        self._printer.setFromTo(1, self.document.pageCount())
        dialog = QPrintDialog(self._printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted.value:
            return
        pages = self.print_to(self._printer)
        if pages:
            self.status.setText(self.tr("Đã gửi %n trang đến máy in.", "", pages))

    def print_to(self, printer: QPrinter) -> int:
        """Paint the pages (the range chosen in the print dialog) on ``printer``; returns
        how many were sent."""
        count = self.document.pageCount()
        first, last = printer.fromPage(), printer.toPage()
        if first <= 0 or last <= 0:
            first, last = 1, count
        first, last = max(1, first), min(count, last)
        painter = QPainter()
        if not painter.begin(printer):
            self.status.setText(self.tr("Không mở được máy in. Kiểm tra máy in rồi thử lại."))
            return 0
        try:
            dpi = min(printer.resolution(), PRINT_DPI_CAP)
            target = printer.pageLayout().paintRectPixels(printer.resolution())
            for number in range(first, last + 1):
                if number > first:
                    printer.newPage()
                points = self.document.pagePointSize(number - 1)
                size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                image = self.document.render(number - 1, size)
                painter.drawImage(_fit(size, target), image)
        finally:
            painter.end()
        return last - first + 1

    @Slot()
    def _on_save_button_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Lưu biên bản thành PDF"), self.default_file_name(),
            self.tr("Tệp PDF (*.pdf)"),
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        """Write the PDF to ``path`` (``.pdf`` added when missing); the result goes to the
        status line."""
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            # Atomic, as every output: a save cut short (power, a full USB stick) leaves the
            # old file as it was, never a half PDF under the name of the signed minutes.
            write_atomic(path, self._data)
        except UserFacingError as exc:
            self.status.setText(self.tr("Không lưu được biên bản.") + " " + exc.message)
            return False
        self.status.setText(self.tr("Đã lưu biên bản: {0}").format(str(path)))
        return True

    def default_file_name(self) -> str:
        """Beside the session file, named after it."""
        session_path = self._session.path
        return str(session_path.with_name(f"{session_path.stem}-bien-ban.pdf"))

    @Slot()
    def _on_open_button_clicked(self) -> None:
        # A copy outside the dialog's temporary folder: the viewer may read it after we close.
        try:
            with tempfile.NamedTemporaryFile(
                prefix="bien-ban-kiem-phieu-", suffix=".pdf", delete=False
            ) as handle:
                handle.write(self._data)
        except OSError as exc:
            self.status.setText(self.tr("Không tạo được tệp tạm: {0}.").format(str(exc)))
            return
        path = handle.name
        if QDesktopServices.openUrl(QUrl.fromLocalFile(path)):
            self.status.setText(self.tr("Đã mở trong trình xem PDF: {0}").format(path))
        else:
            self.status.setText(
                self.tr("Không tìm thấy chương trình xem PDF. Tệp biên bản ở: {0}").format(path)
            )
        self.opened_path = path

    # ------------------------------------------------------------ closing

    def done(self, result: int) -> None:
        """Release the document before its temporary folder goes."""
        self.document.close()
        # A file still held open by the OS stays: the system's temp cleaner will remove it.
        shutil.rmtree(self._tmp, ignore_errors=True)
        super().done(result)


def _fit(size: QSize, target: QRect) -> QRect:
    """``size`` scaled to fit in ``target``, keeping its shape, at the target's top left."""
    scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
    return QRect(0, 0, scaled.width(), scaled.height())


def render_off_thread(session: Session, parent: QWidget | None
                      ) -> tuple[SessionResults, bytes] | None:
    """The results of ``session`` (read here, on the window's thread: its connection serves
    only this one) and their minutes, rendered on a worker thread with the window still drawing
    itself (hundreds of officials take seconds); None if the user cancelled."""
    results = session.results()

    def render(progress: Progress) -> bytes:
        data = render_minutes(results)
        progress(1, 1)  # Hủy pressed meanwhile: no preview (nothing else was made)
        return data

    data = run_with_progress(
        parent, QCoreApplication.translate("MinutesDialog", "Biên bản kiểm phiếu"),
        QCoreApplication.translate("MinutesDialog", "Đang dựng biên bản kiểm phiếu…"), render)
    return None if data is None else (results, data)
