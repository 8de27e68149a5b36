"""Several files, one result (issue 13) from the window: a copy of the set-up for a counting
group or for a second, blind pass of the same stack; comparing the passes; merging the groups.

The work is the services' (``copy_setup``, ``compare_files``, ``merge_groups``); this flow asks
which files, shows every refusal as the service's Vietnamese text, and says what it made. The
window opens the file made (the new copy when the user wants it, the merged session always).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSize
from PySide6.QtWidgets import QWidget

from tinnhiem_desktop.domain.fingerprint import group_hex
from tinnhiem_desktop.services.session import compare_files, merge_groups
from tinnhiem_desktop.ui.controller import SessionController
from tinnhiem_desktop.ui.dialogs.comparison_dialog import ComparisonDialog
from tinnhiem_desktop.ui.dialogs.prompts import Prompter
from tinnhiem_desktop.ui.flows.opening import FILE_FILTER
from tinnhiem_desktop.ui.long_task import run_with_progress


def with_suffix(path: Path) -> Path:
    """A session file's name ends in ``.tinnhiem``."""
    return path if path.name.endswith(".tinnhiem") else path.with_name(path.name + ".tinnhiem")


class GroupsFlow(QObject):
    """Tệp → Tạo bản cho tổ kiểm phiếu… / Tạo lượt nhập kiểm tra… / Đối chiếu các lượt nhập… /
    Gộp kết quả các tổ…"""

    def __init__(self, prompter: Prompter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._prompter = prompter

    def _offer_to_open(self, parent: QWidget | None, path: Path, what: str) -> Path | None:
        question = self.tr("Đã tạo %1:\n%2\n\nMở tệp này bây giờ? (Phiên đang mở sẽ được "
                           "đóng; mọi phiếu đã ghi đều đã nằm trên đĩa.)"
                           ).replace("%1", what).replace("%2", str(path))
        return path if self._prompter.confirm(parent, self.tr("Đã tạo tệp"), question) else None

    def make_group_copy(self, parent: QWidget | None, controller: SessionController
                        ) -> Path | None:
        """A counting group's file: label, ballots handed, where. The path to open, if wanted."""
        answer = self._prompter.group_copy(parent, controller.path, [FILE_FILTER])
        if answer is None:
            return None
        label, ballots, path = answer
        made = self._prompter.attempt(
            parent, lambda: controller.copy_setup(path, group=label, ballots=ballots))
        if made is None:
            return None
        return self._offer_to_open(parent, made, self.tr("tệp của %1").replace("%1", label))

    def make_second_pass(self, parent: QWidget | None, controller: SessionController
                         ) -> Path | None:
        """A second, blind pass of the open file's stack: same set-up, no ballots."""
        source = controller.path
        answer = self._prompter.save_path(
            parent, self.tr("Tạo lượt nhập kiểm tra"),
            str(source.with_name(f"{source.stem}-kiem-tra.tinnhiem")), [FILE_FILTER])
        if answer is None:
            return None
        path = with_suffix(answer[0])
        made = self._prompter.attempt(parent, lambda: controller.copy_setup(path))
        if made is None:
            return None
        return self._offer_to_open(parent, made, self.tr(
            "lượt nhập kiểm tra của %1 (cùng phần thiết lập, chưa có phiếu nào; người nhập "
            "không thấy phiếu của lượt trước)").replace("%1", source.name))

    def compare(self, parent: QWidget | None, controller: SessionController) -> None:
        """Choose the other passes; compare them with the open file (the reference) and walk
        the committee through the differences."""
        others = self._prompter.open_paths(
            parent, self.tr("Chọn các lượt nhập để đối chiếu với %1").replace(
                "%1", controller.path.name), [FILE_FILTER])
        if not others:
            return
        files = [controller.path, *others]
        comparison = self._prompter.attempt(parent, lambda: run_with_progress(
            parent, self.tr("Đối chiếu các lượt nhập"),
            self.tr("Đang kiểm tra và so sánh %n tệp…", "", len(files)),
            lambda progress: compare_files(files, progress)))
        if comparison is None:
            return
        if comparison.same:
            counts = ", ".join(str(f.ballots) for f in comparison.files)
            self._prompter.inform(parent, self.tr("Đối chiếu các lượt nhập"), self.tr(
                "Các tệp giống nhau: cùng các phiếu (loại, số phiếu, dấu, phiếu không hợp lệ). "
                "Số phiếu mỗi tệp: %1.\nDấu vân tay tệp gốc: %2").replace("%1", counts)
                .replace("%2", group_hex(comparison.files[0].fingerprint)))
            return
        dialog = ComparisonDialog(controller, self._prompter, comparison, parent)
        self._prompter.place(dialog, "comparison", QSize(1240, 720))
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def merge(self, parent: QWidget | None) -> Path | None:
        """Choose the groups' files and the merged file; the merged file, or None."""
        groups = self._prompter.open_paths(parent, self.tr("Chọn tệp của các tổ kiểm phiếu"),
                                           [FILE_FILTER])
        if not groups:
            return None
        answer = self._prompter.save_path(
            parent, self.tr("Lưu tệp gộp kết quả các tổ"),
            str(groups[0].with_name("gop-cac-to.tinnhiem")), [FILE_FILTER])
        if answer is None:
            return None
        out = with_suffix(answer[0])
        made = self._prompter.attempt(parent, lambda: run_with_progress(
            parent, self.tr("Gộp kết quả các tổ"),
            self.tr("Đang kiểm tra %n tệp của các tổ và tạo tệp gộp…", "", len(groups)),
            lambda progress: merge_groups(out, groups, progress=progress)))
        if made is None:
            return None
        self._prompter.inform(parent, self.tr("Gộp kết quả các tổ"), self.tr(
            "Đã gộp %n tổ vào tệp:", "", len(groups)) + f"\n{made}\n" + self.tr(
            "Tệp gộp là một phiên bình thường: xem kết quả, kiểm tra tệp, chốt và in biên bản "
            "như mọi phiên."))
        return made
