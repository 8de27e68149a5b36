"""The committee's decisions from the window: the ballots set aside during entry, and random
spot-checks. The menu actions and the results screen's buttons both call :class:`DecisionsFlow`.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QWidget

from tinnhiem_desktop.domain.events import Action
from tinnhiem_desktop.ui.dialogs.decisions_dialog import SetAsideDialog, SpotCheckDialog
from tinnhiem_desktop.ui.flows.flow import Flow


class DecisionsFlow(Flow):
    """Opens the decisions' dialogs, or says why they cannot change anything now."""

    def _refused(self, parent: QWidget | None, action: Action) -> bool:
        c = self._controller
        if c.view_only:
            self._prompter.error(parent, self.tr(
                "Tệp đang mở ở chế độ chỉ xem: không ghi được gì vào tệp. Hãy chép tệp sang thư "
                "mục có quyền ghi rồi mở lại."))
            return True
        if c.finalisation is not None:
            self._prompter.error(parent, self.tr(
                "Phiên đã chốt kết quả: không ghi thêm quyết định được. Mọi sửa chữa ghi thành "
                "đính chính (Kết quả → Thêm đính chính…)."))
            return True
        if not c.may(action):
            self._prompter.error(parent, self.tr(
                "Chưa nhập phiếu nào: chưa có gì để Ban kiểm phiếu quyết định hay đối chiếu."))
            return True
        return False

    def _show(self, dialog: QDialog, key: str, preferred: QSize) -> None:
        self._prompter.place(dialog, key, preferred)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def decide(self, parent: QWidget | None) -> None:
        """Phiếu chờ quyết định…: the set-aside ballots, decided one by one."""
        if self._refused(parent, Action.SET_ASIDE_DECIDED):
            return
        if not self._controller.undecided():
            self._prompter.inform(parent, self.tr("Phiếu chờ quyết định"), self.tr(
                "Không có phiếu nào chờ Ban kiểm phiếu quyết định. Khi nhập phiếu, nhấn F9 để "
                "để riêng một phiếu cần Ban kiểm phiếu xem xét."))
            return
        self._show(SetAsideDialog(self._controller, self._prompter, parent), "decide",
                   QSize(820, 620))

    def spot_check(self, parent: QWidget | None) -> None:
        """Kiểm tra xác suất…: draw, then compare each drawn paper."""
        if self._refused(parent, Action.SPOT_CHECK_DRAWN):
            return
        self._show(SpotCheckDialog(self._controller, self._prompter, parent), "spot_check",
                   QSize(820, 620))
