"""The test deck (bộ phiếu thử) from the window: Công cụ → Bộ phiếu thử… makes the deck (PDF to
print, CSV, expected results) and a trial copy of the session, and offers to open the copy;
Công cụ → Kiểm tra kết quả phiếu thử…, on the trial copy once the deck is entered, compares it with
the expected result, records the run in the real session's log, shows the outcome and saves the
certificate as a PDF to print.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from tinnhiem_desktop.domain.deck import INVALID, RECORDED, WHOLE_INVALID, DeckDifference
from tinnhiem_desktop.domain.errors import choosing
from tinnhiem_desktop.domain.groups import CopyKind
from tinnhiem_desktop.services.session import (
    TrialCheck,
    check_trial,
    make_trial_copy,
    real_session_of,
)
from tinnhiem_desktop.ui.core_texts import level_label
from tinnhiem_desktop.ui.flows.exports import with_extension
from tinnhiem_desktop.ui.flows.flow import Flow
from tinnhiem_desktop.ui.flows.opening import FILE_FILTER


def free_name(path: Path) -> Path:
    """``path``, or ``<stem>-2<suffix>``, ``-3`` … : the first name not taken."""
    candidate, n = path, 1
    with choosing(path):
        while candidate.exists():
            n += 1
            candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate


def deck_paths(pdf: Path, n_types: int) -> tuple[list[Path], Path]:
    """The CSV files (one per ballot type) and the expected results beside the deck's PDF."""
    csv = pdf.with_suffix(".csv")
    csvs = [csv] if n_types == 1 else [
        csv.with_name(f"{csv.stem}-{i}.csv") for i in range(1, n_types + 1)]
    return csvs, pdf.with_name(f"{pdf.stem}-ket-qua-dung.json")


class DeckFlow(Flow):
    """Makes the test deck and its trial copy; checks a trial entry and prints the certificate."""

    def _is_trial(self) -> bool:
        origin = self._controller.session.copy_origin
        return origin is not None and origin.kind is CopyKind.TRIAL

    def make_deck(self, parent: QWidget | None) -> Path | None:
        """Bộ phiếu thử…: write the deck beside where the user chooses, make the trial copy
        beside the session; returns the trial copy when the user wants it opened now."""
        title = self.tr("Bộ phiếu thử")
        if self._is_trial():
            self._prompter.error(parent, self.tr(
                "Tệp đang mở là bản thử. Mở tệp phiên thật rồi lập bộ phiếu thử từ đó."))
            return None
        session = self._controller.session
        deck = self._prompter.attempt(parent, session.test_deck)
        if deck is None:
            return None
        stem = session.path.stem
        answer = self._prompter.save_path(
            parent, title, str(session.path.with_name(f"{stem}-bo-phieu-thu.pdf")),
            [self.tr("Tệp PDF (*.pdf)")])
        if answer is None:
            return None
        pdf = with_extension(*answer, ("pdf",))
        csvs, expected_path = deck_paths(pdf, len(deck.forms))
        # Imported here, not at start-up: fpdf2 costs about 0.3 s to import.
        from tinnhiem_desktop.atomic_write import write_atomic_all
        from tinnhiem_desktop.exchange.deck_files import deck_csv, expected_json
        from tinnhiem_desktop.reports.deck import render_deck

        def write() -> Path:
            # Named in here: a name the system refuses (too long) is said as any refusal.
            trial = free_name(session.path.with_name(f"{stem}-ban-thu.tinnhiem"))
            expected = session.test_deck_expected()
            files = [(pdf, render_deck(session.regime, session.info, deck, expected))]
            files += [(path, deck_csv(form).encode("utf-8"))
                      for form, path in zip(deck.forms, csvs, strict=True)]
            files.append((expected_path, expected_json(expected, deck).encode("utf-8")))
            write_atomic_all(files)
            return make_trial_copy(session.path, trial)

        trial = self._prompter.attempt(parent, write)
        if trial is None:
            return None
        message = (self.tr("Đã lưu bộ phiếu thử (%1 phiếu) và bảng kết quả đúng:\n%2")
                   .replace("%1", str(deck.size)).replace("%2", str(pdf)) + "\n"
                   + self.tr("Các phiếu thử dạng CSV: %1").replace(
                       "%1", ", ".join(p.name for p in csvs)) + "\n"
                   + self.tr("Kết quả đúng (JSON): %1").replace("%1", expected_path.name)
                   + "\n\n"
                   + self.tr("Đã tạo bản thử của phiên: %1").replace("%1", str(trial)))
        self._prompter.inform(parent, title, message)
        if self._prompter.confirm(parent, title, self.tr(
                "Mở bộ phiếu thử bằng trình xem PDF để in?")) and not self._prompter.open_file(pdf):
            self._prompter.inform(parent, title, self.tr(
                "Không tìm thấy chương trình xem PDF. Tệp bộ phiếu thử ở:\n%1"
            ).replace("%1", str(pdf)))
        if self._prompter.confirm(parent, title, self.tr(
                "Mở bản thử để nhập bộ phiếu thử ngay bây giờ? Phiên đang mở sẽ đóng lại (mọi "
                "thay đổi đã được lưu). Nhập xong, chọn Công cụ → Kiểm tra kết quả phiếu thử…")):
            return trial
        return None

    def check_trial(self, parent: QWidget | None) -> TrialCheck | None:
        """Kiểm tra kết quả phiếu thử…: on the trial copy; records the run in the real session,
        shows the outcome and offers the certificate as a PDF."""
        title = self.tr("Kiểm tra kết quả phiếu thử")
        if not self._is_trial():
            self._prompter.error(parent, self.tr(
                "Tệp đang mở không phải bản thử. Lập bộ phiếu thử (Công cụ → Bộ phiếu thử…), "
                "mở bản thử, nhập các phiếu thử rồi kiểm tra."))
            return None
        trial = self._controller.path
        real = self._prompter.attempt(parent, lambda: real_session_of(trial))
        if real is None:
            real = self._prompter.open_path(parent, self.tr("Chọn tệp phiên thật"), FILE_FILTER)
            if real is None:
                return None
        result = self._prompter.attempt(parent, lambda: check_trial(real, trial))
        if result is None:
            return None
        check = result.check
        lines = [self.tr("ĐẠT: kết quả nhập đúng hoàn toàn với kết quả đúng của bộ phiếu thử.")
                 if check.passed else
                 self.tr("KHÔNG ĐẠT: kết quả nhập khác kết quả đúng ở %1 chỗ (nhập / đúng là):")
                 .replace("%1", str(len(check.differences)))]
        lines += ["- " + self._difference(result, d) for d in check.differences]
        lines += ["", self.tr("Đã ghi vào nhật ký của phiên %1; biên bản sẽ nêu kết quả này.")
                  .replace("%1", result.session_name)]
        self._prompter.inform(parent, title, "\n".join(lines))
        if self._prompter.confirm(parent, title, self.tr("Lưu giấy chứng nhận ra PDF để in?")):
            self._certificate(parent, result)
        return result

    def _difference(self, result: TrialCheck, d: DeckDifference) -> str:
        """One difference in the window's language (the certificate prints it in Vietnamese)."""
        levels = {level.id: level_label(level) for level in result.regime.levels}
        what = levels.get(d.what) or {
            INVALID: self.tr("Không hợp lệ"), RECORDED: self.tr("Số phiếu đã nhập"),
            WHOLE_INVALID: self.tr("Phiếu không hợp lệ toàn phiếu")}.get(d.what, d.what)
        where = f"{d.ballot_type}: " if result.named_types else ""
        who = f"{d.order}. {d.name} — " if d.order is not None else ""
        return (self.tr("%1: nhập %2, đúng là %3").replace("%1", where + who + what)
                .replace("%2", str(d.entered)).replace("%3", str(d.expected)))

    def _certificate(self, parent: QWidget | None, result: TrialCheck) -> None:
        title = self.tr("Giấy chứng nhận kiểm tra")
        path = self._controller.path
        answer = self._prompter.save_path(
            parent, title, str(path.with_name(f"{path.stem}-chung-nhan.pdf")),
            [self.tr("Tệp PDF (*.pdf)")])
        if answer is None:
            return
        pdf = with_extension(*answer, ("pdf",))
        from tinnhiem_desktop.reports.deck import render_certificate

        written = self._prompter.attempt(parent, lambda: render_certificate(
            result.regime, result.info, result.check, result.session_name, result.named_types,
            pdf))
        if written is not None and not self._prompter.open_file(pdf):
            self._prompter.inform(parent, title, self.tr(
                "Không tìm thấy chương trình xem PDF. Giấy chứng nhận ở:\n%1"
            ).replace("%1", str(pdf)))
