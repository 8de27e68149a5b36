"""Files made from the window: the results as CSV, XLSX or JSON, and blank ballot papers as PDF.

The menu actions and the screens' buttons both call :class:`ExportFlow`, so the two paths ask the
same questions. Nothing here writes to the session: exporting only reads, so it works alike on an
open, a finalised or a view-only session. A refusal (a folder that cannot be written, a list that
is empty) is shown in Vietnamese and nothing is written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QWidget

from tinnhiem_desktop.domain.regimes import Kind
from tinnhiem_desktop.ui.flows.flow import Flow

FILTER_EXTENSION = re.compile(r"\(\*\.(\w+)\)")


def with_extension(path: Path, chosen_filter: str, allowed: Sequence[str]) -> Path:
    """``path`` as typed, or with the chosen filter's extension added when it has none allowed.

    The format is decided by the extension (as in the CLI), so a name typed without one gets the
    extension of the filter the user had selected.
    """
    if path.suffix.lower().lstrip(".") in allowed:
        return path
    match = FILTER_EXTENSION.search(chosen_filter)
    extension = match.group(1) if match and match.group(1) in allowed else allowed[0]
    return path.with_name(f"{path.name}.{extension}")


class ExportFlow(Flow):
    """Asks where to write, writes, and says where it went."""

    def _beside_session(self, suffix: str) -> str:
        path = self._controller.path
        return str(path.with_name(f"{path.stem}{suffix}"))

    def export_results(self, parent: QWidget | None) -> Path | None:
        """Xuất kết quả: CSV, XLSX or JSON (chosen by the extension); the path written, or None."""
        c = self._controller
        title = self.tr("Xuất kết quả")
        # XLSX first: the format a committee's secretary is most likely to want.
        filters = [self.tr("Bảng tính Excel (*.xlsx)"), self.tr("Tệp CSV (*.csv)"),
                   self.tr("Tệp JSON (*.json)")]
        answer = self._prompter.save_path(parent, title, self._beside_session("-ket-qua.xlsx"),
                                          filters)
        if answer is None:
            return None
        # Imported here, not at start-up: openpyxl and fpdf2 cost half a second to import.
        from tinnhiem_desktop.exchange.results_export import FORMATS, export_results

        path = with_extension(*answer, FORMATS)
        fmt = self._prompter.attempt(parent, lambda: export_results(c.results(), path))
        if fmt is None:
            return None
        message = (self.tr("Đã xuất kết quả (%1) ra:\n%2")
                   .replace("%1", fmt.upper()).replace("%2", str(path)))
        if c.finalisation is None:
            message += "\n\n" + self.tr("Lưu ý: kết quả chưa chốt.")
        self._prompter.inform(parent, title, message)
        return path

    def print_blank_ballots(self, parent: QWidget | None) -> Path | None:
        """In mẫu phiếu trắng: one form per ballot type with officials, as a PDF; then offers to
        open it. Returns the path written, or None."""
        session = self._controller.session
        title = self.tr("In mẫu phiếu trắng")
        types = session.ballot_types()
        forms = [(bt, cands) for bt in types if (cands := session.candidates(bt.id))]
        if not forms:
            self._prompter.error(parent, self.tr(
                "Chưa có người được lấy phiếu: nhập danh sách ở màn hình Người được lấy phiếu "
                "(Ctrl+2) rồi in mẫu phiếu.") if session.regime.kind is Kind.POLL else self.tr(
                "Chưa có người được bỏ phiếu tín nhiệm: nhập danh sách ở màn hình Người được bỏ "
                "phiếu tín nhiệm (Ctrl+2) rồi in mẫu phiếu."))
            return None
        answer = self._prompter.save_path(parent, title, self._beside_session("-mau-phieu.pdf"),
                                          [self.tr("Tệp PDF (*.pdf)")])
        if answer is None:
            return None
        path = with_extension(*answer, ("pdf",))
        regime, info = session.regime, session.info
        # Imported here, not at start-up: fpdf2 costs about 0.3 s to import.
        from tinnhiem_desktop.reports.ballot_paper import render_ballot_papers

        written = self._prompter.attempt(
            parent, lambda: render_ballot_papers(regime, info, forms, path))
        if written is None:
            return None
        message = self.tr("Đã lưu mẫu phiếu trắng vào:\n%1").replace("%1", str(path))
        skipped = [f"“{bt.name}”" for bt in types if not session.candidates(bt.id)]
        if skipped:
            message += "\n" + self.tr("Chưa có danh sách nên không in: %1").replace(
                "%1", ", ".join(skipped))
        if self._prompter.confirm(parent, title,
                                  message + "\n\n" + self.tr("Mở tệp bằng trình xem PDF?")
                                  ) and not self._prompter.open_file(path):
            self._prompter.inform(parent, title, self.tr(
                "Không tìm thấy chương trình xem PDF. Tệp mẫu phiếu ở:\n%1"
            ).replace("%1", str(path)))
        return path
