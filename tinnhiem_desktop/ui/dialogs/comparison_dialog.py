"""The comparison screen: the committee walks through every difference between the passes of
one stack, with all the readings side by side, looks at the paper and decides.

A decision is written to the reference file (the one open, file 1) through the controller, as
a void and a re-entry with the reason "đối chiếu lượt nhập kiểm tra", after a confirmation that
names the ballot and the change. Keeping the reference's reading writes nothing. The other files
are never written.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tinnhiem_desktop.domain.fingerprint import short_fingerprint
from tinnhiem_desktop.domain.groups import Comparison, Difference, Reading
from tinnhiem_desktop.domain.wording import whole_invalid_presets
from tinnhiem_desktop.ui.controller import SessionController
from tinnhiem_desktop.ui.dialogs.prompts import Prompter
from tinnhiem_desktop.ui.models.comparison_models import (
    DifferenceRow,
    DifferencesModel,
    ReadingsModel,
    ReadingTexts,
)
from tinnhiem_desktop.ui.origin_text import OriginTexts

Target = tuple[str, str | None] | None
"""What the committee read on the paper: (marks, whole-invalid reason), or None = no paper."""


class DifferencesView(QTableView):
    """The list of differences: ↑ ↓ PgUp PgDn Home End move, Enter asks for the decision."""

    decide_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # not on to the dialog: Enter decides, it never closes the screen
            self.decide_requested.emit()
            return
        super().keyPressEvent(event)


def _reading_target(reading: Reading | None) -> Target:
    if reading is None:
        return None
    return (reading.marks, reading.invalid_reason)


class ComparisonDialog(QDialog):
    """Every difference of ``comparison`` (whose first file is the open session)."""

    def __init__(
        self,
        controller: SessionController,
        prompter: Prompter,
        comparison: Comparison,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._prompter = prompter
        self.comparison = comparison
        session = controller.session
        self._texts = ReadingTexts(session.regime, self)
        self._candidates = {t.id: session.candidates(t.id) for t in session.ballot_types()}
        self.setWindowTitle(self.tr("Đối chiếu các lượt nhập"))
        self.files_label = QLabel(self._files_text(), self)
        self.files_label.setWordWrap(True)
        self.files_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.differences = DifferencesModel(self._candidates, self)
        self.differences.set_rows([DifferenceRow(d) for d in comparison.differences])
        self.list_view = DifferencesView(self)
        self.list_view.setObjectName("differences")
        self.list_view.setModel(self.differences)
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.verticalHeader().hide()
        self.list_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.list_view.horizontalHeader().setStretchLastSection(True)
        # One ballot type (the usual case): its long name on every row says nothing.
        self.list_view.setColumnHidden(0, len(self._candidates) < 2)
        self.list_view.decide_requested.connect(self.decide_current)
        self.list_view.doubleClicked.connect(self._on_list_view_double_clicked)
        self.readings = ReadingsModel(session.regime, [f.path.name for f in comparison.files],
                                      self)
        self.heading = QLabel(self)
        self.heading.setObjectName("differenceHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.readings_view = QTableView(self)
        self.readings_view.setObjectName("readings")
        self.readings_view.setModel(self.readings)
        self.readings_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the list keeps the keys
        self.readings_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.readings_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.readings_view.setWordWrap(False)
        self.readings_view.verticalHeader().hide()
        header = self.readings_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in range(2, self.readings.columnCount()):  # the files share the room
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        right = QWidget(self)
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.addWidget(self.heading)
        right_column.addWidget(self.readings_view, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list_view)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([400, 600])
        self.message = QLabel(self)
        self.message.setObjectName("comparisonMessage")
        self.message.setWordWrap(True)
        hint = QLabel(self.tr(
            "Lên/Xuống, PgUp/PgDn: chọn chỗ khác nhau · Enter: quyết định theo phiếu giấy · "
            "Esc: đóng"), self)
        hint.setWordWrap(True)
        self.decide_button = QPushButton(self.tr("&Quyết định… (Enter)"), self)
        self.decide_button.clicked.connect(self.decide_current)
        self.report_button = QPushButton(self.tr("&Lưu biên bản đối chiếu (PDF)…"), self)
        self.report_button.clicked.connect(self.save_report)
        close_button = QPushButton(self.tr("Đó&ng (Esc)"), self)
        close_button.clicked.connect(self.reject)
        for button in (self.decide_button, self.report_button, close_button):
            button.setAutoDefault(False)  # Enter belongs to the list
        buttons = QHBoxLayout()
        buttons.addWidget(hint, 1)
        buttons.addWidget(self.decide_button)
        buttons.addWidget(self.report_button)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.files_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.list_view.selectionModel().currentRowChanged.connect(
            self._on_list_view_current_changed)
        if self.differences.rows:
            self.select(0)
        else:
            self._show(None)
        self.list_view.setFocus()

    # ------------------------------------------------------------ what is shown

    def _files_text(self) -> str:
        origins = OriginTexts(self)
        lines = []
        for i, f in enumerate(self.comparison.files):
            what = origins.describe(f.origin)
            line = (self.tr("Tệp %1 (gốc, quyết định ghi vào tệp này): %2") if i == 0
                    else self.tr("Tệp %1: %2")).replace("%1", str(i + 1)).replace(
                "%2", f.path.name)
            if what:
                line += f" — {what}"
            line += self.tr(" — %1 phiếu — dấu vân tay %2").replace(
                "%1", str(f.ballots)).replace("%2", short_fingerprint(f.fingerprint))
            lines.append(line)
        total = len(self.comparison.differences)
        lines.append(self.tr("Có %n chỗ khác nhau.", "", total))
        return "\n".join(lines)

    def select(self, row: int) -> None:
        """Make ``row`` of the differences current (and show its readings)."""
        index = self.differences.index(row, 0)
        self.list_view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.list_view.scrollTo(index)
        self._show(self.differences.rows[row].difference)

    def current_row(self) -> int | None:
        """The difference under the cursor."""
        index = self.list_view.currentIndex()
        return index.row() if index.isValid() else None

    def _show(self, difference: Difference | None) -> None:
        if difference is None:
            self.heading.setText(self.tr("Các tệp giống nhau: không có gì phải quyết định."))
            self.readings.show(None, ())
            self.decide_button.setEnabled(False)
            return
        self.heading.setText(self.tr("%1 — phiếu số %2").replace(
            "%1", difference.ballot_type).replace("%2", str(difference.number)))
        self.readings.show(difference, self._candidates.get(difference.type_id, ()))
        self.decide_button.setEnabled(True)

    @Slot(QModelIndex, QModelIndex)
    def _on_list_view_current_changed(self, current: QModelIndex, _previous: QModelIndex
                                      ) -> None:
        if current.isValid():
            self._show(self.differences.rows[current.row()].difference)

    @Slot(QModelIndex)
    def _on_list_view_double_clicked(self, _index: QModelIndex) -> None:
        self.decide_current()

    # ------------------------------------------------------------ deciding

    @Slot()
    def decide_current(self) -> None:
        """Ask what the paper says for the current difference; record it in the reference."""
        row = self.current_row()
        if row is None:
            return
        difference = self.differences.rows[row].difference
        answer = self._ask_reading(difference)
        if answer is not None:
            decision = self._apply(difference, answer[0])
            if decision is not None:
                self.differences.decide(row, decision)
                following = self.differences.next_undecided(row)
                if following is not None:
                    self.select(following)
        self.list_view.setFocus()

    def _ask_reading(self, difference: Difference) -> tuple[Target] | None:
        """What the paper says (one of the readings, typed marks, or wholly invalid), in a
        1-tuple because "no such paper" is an answer too; None when the committee cancels."""
        files = self.comparison.files
        items = [self.tr("Theo tệp %1 (%2): %3").replace("%1", str(i + 1))
                 .replace("%2", files[i].path.name).replace("%3", self._texts.summary(r))
                 for i, r in enumerate(difference.readings)]
        typed = self.tr("Gõ các dấu theo phiếu giấy…")
        invalid = self.tr("Cả phiếu không hợp lệ (chọn lý do)…")
        choice = self._prompter.choice(
            self, self.tr("Quyết định phiếu số %1").replace("%1", str(difference.number)),
            self.tr("Ban kiểm phiếu xem phiếu giấy số %1 (%2). Phiếu ghi:").replace(
                "%1", str(difference.number)).replace("%2", difference.ballot_type),
            [*items, typed, invalid])
        if choice is None:
            return None
        if choice in items:
            return (_reading_target(difference.readings[items.index(choice)]),)
        if choice == typed:
            reference = difference.readings[0]
            marks = self._prompter.text(
                self, self.tr("Các dấu trên phiếu giấy"),
                self.tr("Mỗi người một ký tự, theo thứ tự trên phiếu (%1; 0: không đánh dấu; "
                        "x: đánh nhiều ô):").replace("%1", " ".join(
                            self._controller.session.regime.codes)),
                reference.marks if reference is not None else "")
            return None if marks is None else (("".join(marks.split()).lower(), None),)
        if choice == invalid:
            reason = self._prompter.choice(
                self, self.tr("Cả phiếu không hợp lệ"), self.tr("Lý do (chọn hoặc gõ):"),
                whole_invalid_presets(self._controller.session.info), editable=True)
            return None if reason is None else (("", reason),)
        return None

    def _apply(self, difference: Difference, target: Target) -> str | None:
        """Write the decision to the reference file after a confirmation; what was decided in
        words for the list, or None when nothing was decided (refused or cancelled)."""
        reference = difference.readings[0]
        name = self.comparison.files[0].path.name
        number, type_id = difference.number, difference.type_id
        if target == _reading_target(reference):
            self.message.setText(self.tr("Phiếu số %1: giữ như tệp gốc, không ghi gì.")
                                 .replace("%1", str(number)))
            return self.tr("giữ như tệp gốc")
        before = self._texts.summary(reference)
        if target is None:
            question = self.tr(
                "Phiếu số %1 (%2) không có trên giấy: hủy phiếu này trong tệp gốc %3?\n"
                "Đang ghi: %4\nLý do ghi vào nhật ký: đối chiếu lượt nhập kiểm tra.")
            after = self.tr("không có phiếu này")
        else:
            marks, reason = target
            after = self._texts.summary(Reading(marks, reason))
            question = self.tr(
                "Sửa phiếu số %1 (%2) trong tệp gốc %3?\nĐang ghi: %4\nTheo phiếu giấy: %5\n"
                "Phiếu đang ghi được hủy và ghi lại với cùng số; lý do ghi vào nhật ký: đối "
                "chiếu lượt nhập kiểm tra.")
            if reference is None:
                question = self.tr(
                    "Ghi thêm phiếu số %1 (%2) vào tệp gốc %3?\nĐang ghi: %4\n"
                    "Theo phiếu giấy: %5\nLý do ghi vào nhật ký: đối chiếu lượt nhập kiểm tra.")
        question = (question.replace("%1", str(number)).replace("%2", difference.ballot_type)
                    .replace("%3", name).replace("%4", before).replace("%5", after))
        if not self._prompter.confirm(self, self.tr("Ghi quyết định"), question):
            return None
        c = self._controller
        if target is None:
            done = self._prompter.attempt(self, lambda: c.void_ballot_number(type_id, number))
        else:
            marks, reason = target
            done = self._prompter.attempt(
                self, lambda: c.correct_ballot(type_id, number, marks, reason))
        if done is None:
            return None
        self.message.setText(self.tr("Phiếu số %1: đã ghi vào tệp gốc — %2.")
                             .replace("%1", str(number)).replace("%2", after))
        return self.tr("đã sửa theo phiếu giấy: %1").replace("%1", after)

    # ------------------------------------------------------------ the report

    @Slot()
    def save_report(self) -> Path | None:
        """Biên bản đối chiếu: the files and fingerprints, every difference, the decisions
        recorded in the reference file so far, signature lines; a PDF, then offered to open."""
        title = self.tr("Lưu biên bản đối chiếu")
        reference = self.reference
        answer = self._prompter.save_path(
            self, title, str(reference.with_name(f"{reference.stem}-doi-chieu.pdf")),
            [self.tr("Tệp PDF (*.pdf)")])
        self.list_view.setFocus()
        if answer is None:
            return None
        path = answer[0] if answer[0].suffix.lower() == ".pdf" else answer[0].with_name(
            answer[0].name + ".pdf")
        session = self._controller.session
        # Imported here, not at start-up: fpdf2 costs about 0.3 s to import.
        from tinnhiem_desktop.reports.comparison import render_comparison_report

        written = self._prompter.attempt(self, lambda: render_comparison_report(
            session.regime, session.info, session.committee(), self.comparison,
            session.reconcile_decisions(), path))
        if written is None:
            return None
        message = self.tr("Đã lưu biên bản đối chiếu vào:\n%1").replace("%1", str(path))
        if self._prompter.confirm(self, title,
                                  message + "\n\n" + self.tr("Mở tệp bằng trình xem PDF?")
                                  ) and not self._prompter.open_file(path):
            self._prompter.inform(self, title, self.tr(
                "Không tìm thấy chương trình xem PDF. Biên bản đối chiếu ở:\n%1"
            ).replace("%1", str(path)))
        return path

    # ------------------------------------------------------------ leaving

    def undecided(self) -> int:
        """How many differences are still undecided."""
        return sum(1 for row in self.differences.rows if row.decision is None)

    def reject(self) -> None:
        left = self.undecided()
        if left and not self._prompter.confirm(
                self, self.tr("Đóng đối chiếu"),
                self.tr("Còn %n chỗ khác nhau chưa quyết định. Vẫn đóng? (Đối chiếu lại lúc "
                        "khác: Tệp → Đối chiếu các lượt nhập…)", "", left)):
            return
        super().reject()

    @property
    def reference(self) -> Path:
        """The file decisions are written to."""
        return self.comparison.files[0].path
