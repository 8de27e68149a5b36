"""Closing a session from the window: finalise (chốt kết quả), then numbered addenda.

The menu actions and the results screen's buttons both call :class:`ClosingFlow`, so the two
paths ask the same questions and say the same things.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from tinnhiem_desktop.domain.fingerprint import group_hex, parse_fingerprint
from tinnhiem_desktop.domain.integrity import Verdict
from tinnhiem_desktop.domain.model import CommitteeMember, Finalisation, Role
from tinnhiem_desktop.services.session import verify_file
from tinnhiem_desktop.ui.flows.flow import Flow
from tinnhiem_desktop.ui.long_task import run_with_progress
from tinnhiem_desktop.ui.time_text import when_text


def chair_name(committee: Sequence[CommitteeMember]) -> str:
    """The counting committee's chair (Trưởng ban), the default signer; empty when none."""
    return next((m.name for m in committee if m.role is Role.CHAIR), "")


class ClosingFlow(Flow):
    """Asks, records through the controller, and reports; every refusal is the service's text."""

    def finalised_text(self, fin: Finalisation) -> str:
        """"Đã chốt kết quả lúc … ; người chốt: …"."""
        return (self.tr("Đã chốt kết quả lúc %1; người chốt: %2.")
                .replace("%1", when_text(fin.at)).replace("%2", fin.by))

    def _refuse_view_only(self, parent: QWidget | None) -> bool:
        if self._controller.view_only:
            self._prompter.error(parent, self.tr(
                "Tệp đang mở ở chế độ chỉ xem: không ghi được gì vào tệp. Hãy chép tệp sang thư "
                "mục có quyền ghi rồi mở lại."))
            return True
        return False

    def finalise(self, parent: QWidget | None) -> bool:
        """Chốt kết quả: the dialog, then ``Session.finalise``; True when finalised now."""
        c = self._controller
        if self._refuse_view_only(parent):
            return False
        if c.finalisation is not None:
            self._prompter.inform(parent, self.tr("Chốt kết quả"),
                                  self.finalised_text(c.finalisation))
            return False
        results = c.results()
        answer = self._prompter.finalise(parent, results, chair_name(results.committee))
        if answer is None:
            return False
        fin = self._prompter.attempt(parent, lambda: c.finalise(answer.by, answer.accepted))
        if fin is None:
            return False
        self._prompter.inform(parent, self.tr("Chốt kết quả"), self.tr(
            "%1\nDấu vân tay lúc chốt (in trên biên bản):\n%2\n\nTừ nay phiên chỉ ghi thêm được "
            "đính chính (Kết quả → Thêm đính chính…)."
        ).replace("%1", self.finalised_text(fin))
         .replace("%2", group_hex(c.finalised_fingerprint() or c.session.fingerprint())))
        return True

    def add_addendum(self, parent: QWidget | None) -> bool:
        """Thêm đính chính: only after finalising; True when one was recorded."""
        c = self._controller
        if self._refuse_view_only(parent):
            return False
        fin = c.finalisation
        if fin is None:
            self._prompter.error(parent, self.tr(
                "Phiên chưa chốt kết quả: sửa trực tiếp, không cần đính chính."))
            return False
        number = len(c.results().addenda) + 1
        answer = self._prompter.addendum(parent, number, self.finalised_text(fin), fin.by)
        if answer is None:
            return False
        text, by = answer
        added = self._prompter.attempt(parent, lambda: c.add_addendum(text, by))
        return added is not None

    def check_file(self, parent: QWidget | None) -> bool | None:
        """Kiểm tra tệp: the full verify of the open file and, when one is typed from the signed
        paper, whether its fingerprint is this file's (now or at finalising). None = cancelled.
        The file is verified on a worker thread, from a read-only connection of its own, with a
        progress dialog: at 100,000 ballots it takes a second or more."""
        title = self.tr("Kiểm tra tệp và dấu vân tay")
        typed = self._prompter.text(
            parent, title,
            self.tr("Dấu vân tay in trên biên bản (để trống nếu chỉ kiểm tra tệp):"),
            allow_empty=True)
        if typed is None:
            return None
        expected = None
        if typed.strip():
            expected = self._prompter.attempt(parent, lambda: parse_fingerprint(typed))
            if expected is None:
                return None
        path = self._controller.path
        report = self._prompter.attempt(parent, lambda: run_with_progress(
            parent, title, self.tr("Đang kiểm tra tệp…"),
            lambda progress: verify_file(path, expected, progress)))
        if report is None:
            return None
        if not report.ok:
            self._prompter.error(parent, self.tr("Tệp KHÔNG nguyên vẹn:") + "\n"
                                 + "\n".join(f"- {p}" for p in report.problems))
            return False
        lines = [self.tr("Tệp nguyên vẹn (%n mục nhật ký).", "", report.entries),
                 self.tr("Dấu vân tay: %1").replace("%1", group_hex(report.fingerprint))]
        if report.finalised_hash is not None:
            lines.append(self.tr("Dấu vân tay lúc chốt kết quả: %1")
                         .replace("%1", group_hex(report.finalised_hash)))
        if expected is not None:
            verdict, text = report.paper_verdict()
            if verdict is not Verdict.STANDS:
                self._prompter.error(parent, "\n".join([text, "", *lines]))
                return False
            lines.append(text)
        self._prompter.inform(parent, title, "\n".join(lines))
        return True

