"""Copies of the session file from the window: a checked copy ("Lưu bản sao"), and the folder
of rolling copies beside the file.

The copy is made by the service (backup API, verified before it is given its name) on a worker
thread with a progress dialog (a 100,000-ballot file takes a second or more to copy and verify);
this flow only asks where and reports what the check found, with the copy's fingerprint.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from tinnhiem_desktop.domain.fingerprint import group_hex
from tinnhiem_desktop.services.session import copy_file
from tinnhiem_desktop.ui.flows.flow import Flow
from tinnhiem_desktop.ui.flows.opening import FILE_FILTER
from tinnhiem_desktop.ui.long_task import run_with_progress


class CopiesFlow(Flow):
    """Asks where to copy, copies, and says what the check of the copy found."""

    def save_copy(self, parent: QWidget | None) -> None:
        """Write a verified copy of the session file."""
        answer = self._prompter.save_path(parent, self.tr("Lưu bản sao"), "", [FILE_FILTER])
        if answer is None:
            return
        path = str(answer[0])
        target = Path(path) if path.endswith(".tinnhiem") else Path(path + ".tinnhiem")
        source = self._controller.path
        report = self._prompter.attempt(parent, lambda: run_with_progress(
            parent, self.tr("Lưu bản sao"), self.tr("Đang sao chép tệp và kiểm tra bản sao…"),
            lambda progress: copy_file(source, target, progress)))
        if report is not None:
            message = (self.tr("Đã lưu bản sao và kiểm tra: nguyên vẹn (%1 mục nhật ký).")
                       .replace("%1", str(report.entries)) if report.ok else
                       self.tr("Đã lưu bản sao nhưng kiểm tra thấy lỗi:\n%1")
                       .replace("%1", "\n".join(report.problems)))
            fingerprint = self.tr("Dấu vân tay của bản sao: %1").replace(
                "%1", group_hex(report.fingerprint))
            self._prompter.inform(parent, self.tr("Lưu bản sao"),
                                  f"{message}\n{target}\n{fingerprint}")

    def show_backup_folder(self, parent: QWidget | None) -> None:
        """Open the folder of rolling copies (``<name>.saoluu``); say where it will be if none
        has been made yet."""
        folder = self._controller.backup_folder
        if folder.is_dir() and self._prompter.show_folder(folder):
            return
        schedule = self._controller.backup_schedule
        every = str(schedule[0]) if schedule else "25"
        self._prompter.inform(parent, self.tr("Thư mục sao lưu"), self.tr(
            "Bản sao lưu tự động được tạo sau mỗi %1 phiếu trong thư mục:\n%2\n%3"
        ).replace("%1", every).replace("%2", str(folder)).replace(
            "%3", self.tr("Thư mục này chưa có (chưa đến lượt sao lưu nào).")
            if not folder.is_dir() else ""))
