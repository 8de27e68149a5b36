"""The committee's decisions in the window (issue 12): ballots set aside during entry, decided
valid (marks typed with the entry keys) or invalid (a reason); and random spot-checks.

Both dialogs act through the session controller, one confirmed change at a time; the service
checks every answer again, and a refusal is its Vietnamese text, nothing changed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tinnhiem_desktop.domain.decisions import SetAside
from tinnhiem_desktop.domain.regimes import MULTI_MARK, NO_MARK
from tinnhiem_desktop.domain.results import SpotCheckRow
from tinnhiem_desktop.domain.wording import whole_invalid_presets
from tinnhiem_desktop.ui.controller import SessionController
from tinnhiem_desktop.ui.core_texts import level_label
from tinnhiem_desktop.ui.dialogs.prompts import Prompter
from tinnhiem_desktop.ui.models.decision_models import DrawnModel, DrawnRow, HeldModel
from tinnhiem_desktop.ui.time_text import when_text

ERROR_STYLE = "color: #a00000; font-weight: bold;"
OK_STYLE = "color: #1d5c1d; font-weight: bold;"
ADVICE_STYLE = "background: #fdecea; border: 1px solid #c0392b; padding: 6px; color: #7a0d0d;"


def _table(parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


def _select(view: QTableView, row: int) -> None:
    model = view.model()
    if 0 <= row < model.rowCount():
        view.selectionModel().setCurrentIndex(
            model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)


class SetAsideDialog(QDialog):
    """Phiếu chờ quyết định: choose a ballot (Up/Down), type the marks the committee decides
    (the entry keys) and Enter: valid; F8: invalid with a reason; Esc closes."""

    def __init__(self, controller: SessionController, prompter: Prompter,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._prompter = prompter
        session = controller.session
        self._levels = {lv.code: level_label(lv) for lv in session.regime.levels}
        self._levels[NO_MARK] = self.tr("Không đánh dấu")
        self._levels[MULTI_MARK] = self.tr("Nhiều dấu")
        self.setWindowTitle(self.tr("Phiếu chờ Ban kiểm phiếu quyết định"))
        self.model = HeldModel({bt.id: bt.name for bt in session.ballot_types()}, self)
        self.view = _table(self)
        self.view.setModel(self.model)
        self.view.setColumnHidden(1, len(session.ballot_types()) < 2)  # one type: no need
        self.marks_edit = QLineEdit(self)
        self.marks_edit.setObjectName("decidedMarks")
        self.marks_edit.installEventFilter(self)
        self.marks_edit.textChanged.connect(self._on_marks_edit_text_changed)
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.valid_button = QPushButton(self.tr("Ghi phiếu &hợp lệ (Enter)"), self)
        self.invalid_button = QPushButton(self.tr("Phiếu &không hợp lệ… (F8)"), self)
        self.close_button = QPushButton(self.tr("Đóng (Esc)"), self)
        for button in (self.valid_button, self.invalid_button, self.close_button):
            button.setAutoDefault(False)
        self.valid_button.clicked.connect(self.decide_valid)
        self.invalid_button.clicked.connect(self.decide_invalid)
        self.close_button.clicked.connect(self.reject)
        invalid = QAction(self)
        invalid.setShortcut(QKeySequence(Qt.Key.Key_F8))
        invalid.triggered.connect(self.decide_invalid)
        self.addAction(invalid)
        codes = " ".join(session.regime.codes)
        intro = QLabel(self.tr(
            "Các phiếu để riêng khi nhập (F9) chưa được tính. Với từng phiếu, Ban kiểm phiếu "
            "quyết định: hợp lệ với các dấu nào, hay không hợp lệ với lý do gì. Chọn phiếu "
            "bằng Lên/Xuống, gõ các dấu như khi nhập phiếu (%1; 0 hoặc Cách: không đánh dấu; "
            "x: nhiều dấu), rồi Enter. F8: phiếu không hợp lệ.").replace("%1", codes), self)
        intro.setWordWrap(True)
        form = QFormLayout()
        caption = QLabel(self.tr("&Các dấu Ban kiểm phiếu quyết định:"), self)
        caption.setBuddy(self.marks_edit)
        form.addRow(caption, self.marks_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.valid_button)
        buttons.addWidget(self.invalid_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 2)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.view.selectionModel().currentRowChanged.connect(self._on_view_current_row_changed)
        self.refresh()
        self.marks_edit.setFocus()

    # ------------------------------------------------------------ state

    def current(self) -> SetAside | None:
        """The set-aside ballot chosen."""
        row = self.view.currentIndex().row()
        return self.model.rows[row] if 0 <= row < self.model.rowCount() else None

    def refresh(self) -> None:
        """Read the undecided ballots again (after a decision) and choose the first."""
        self.model.set_rows(self._controller.undecided())
        _select(self.view, 0)
        empty = not self.model.rowCount()
        for widget in (self.marks_edit, self.valid_button, self.invalid_button):
            widget.setEnabled(not empty)
        if empty:
            self._say(self.tr("Không còn phiếu nào chờ Ban kiểm phiếu quyết định."), ok=True)
            self.close_button.setFocus()
        self._show_preview()

    def _size(self) -> int:
        held = self.current()
        return len(self._controller.session.candidates(held.ballot_type_id)) if held else 0

    def _say(self, text: str, ok: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)

    def _marks(self) -> str:
        return self.marks_edit.text()

    def _lines(self, marks: str) -> list[str]:
        held = self.current()
        if held is None:
            return []
        names = self._controller.session.candidates(held.ballot_type_id)
        return [f"{i + 1}. {c.name}: " + (self._levels.get(marks[i], marks[i])
                                          if i < len(marks) else "…")
                for i, c in enumerate(names)]

    def _show_preview(self) -> None:
        self.preview.setText("\n".join(self._lines(self._marks())))

    # ------------------------------------------------------------ keys

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.marks_edit and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                row = self.view.currentIndex().row() + (-1 if key == Qt.Key.Key_Up else 1)
                _select(self.view, row)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.decide_valid()
                return True
            text = event.text().lower()
            allowed = {*self._controller.session.regime.codes, NO_MARK, MULTI_MARK, " "}
            if text and text.isprintable() and text not in allowed:
                self._say(self.tr("Phím “%1” không dùng ở đây. Dùng %2, 0 / Cách, x.")
                          .replace("%1", event.text())
                          .replace("%2", " ".join(self._controller.session.regime.codes)))
                return True
            if text in allowed:
                if len(self.marks_edit.text()) >= self._size() \
                        and not self.marks_edit.hasSelectedText():
                    self._say(self.tr("Đã đủ các dòng: nhấn Enter để ghi, hoặc Backspace để "
                                      "sửa."))
                else:  # as typed in entry: Space is "no mark"
                    self.marks_edit.insert(NO_MARK if text == " " else text)
                return True
        return bool(super().eventFilter(watched, event))

    @Slot(str)
    def _on_marks_edit_text_changed(self, _text: str) -> None:
        self._say("")
        self._show_preview()

    @Slot()
    def _on_view_current_row_changed(self) -> None:
        self.marks_edit.clear()
        self._show_preview()

    # ------------------------------------------------------------ decisions

    def _named(self, held: SetAside) -> str:
        return self.tr("phiếu số %1 (để riêng lúc %2; ghi chú: %3)").replace(
            "%1", str(held.number)).replace("%2", when_text(held.at)).replace("%3", held.note)

    @Slot()
    def decide_valid(self) -> None:
        """The ballot chosen is valid with the marks typed (asked once more, naming it)."""
        held = self.current()
        if held is None:
            return
        marks = self._marks()
        if len(marks) < self._size():
            self._say(self.tr("Còn %1 dòng chưa có dấu: gõ đủ %2 dòng rồi Enter.")
                      .replace("%1", str(self._size() - len(marks)))
                      .replace("%2", str(self._size())))
            return
        question = (self.tr("Ban kiểm phiếu quyết định %1 là phiếu HỢP LỆ, với các dấu:")
                    .replace("%1", self._named(held)) + "\n" + "\n".join(self._lines(marks))
                    + "\n\n" + self.tr("Ghi quyết định này vào tệp? Ghi xong không sửa được "
                                       "(chỉ hủy rồi nhập lại như mọi phiếu)."))
        if not self._prompter.confirm(self, self.tr("Quyết định phiếu số %1")
                                      .replace("%1", str(held.number)), question):
            self.marks_edit.setFocus()
            return
        self._record(held, marks, None)

    @Slot()
    def decide_invalid(self) -> None:
        """The ballot chosen is invalid as a whole: a reason (chosen or typed), confirmed."""
        held = self.current()
        if held is None:
            return
        reason = self._prompter.choice(
            self, self.tr("Phiếu số %1 không hợp lệ").replace("%1", str(held.number)),
            self.tr("Lý do (chọn hoặc gõ):"),
            whole_invalid_presets(self._controller.session.info), editable=True)
        if reason is None:
            self.marks_edit.setFocus()
            return
        question = (self.tr("Ban kiểm phiếu quyết định %1 là phiếu KHÔNG HỢP LỆ, lý do: %2")
                    .replace("%1", self._named(held)).replace("%2", reason)
                    + "\n\n" + self.tr("Ghi quyết định này vào tệp? Ghi xong không sửa được "
                                       "(chỉ hủy rồi nhập lại như mọi phiếu)."))
        if not self._prompter.confirm(self, self.tr("Quyết định phiếu số %1")
                                      .replace("%1", str(held.number)), question):
            self.marks_edit.setFocus()
            return
        self._record(held, None, reason)

    def _record(self, held: SetAside, marks: str | None, reason: str | None) -> None:
        ballot = self._prompter.attempt(
            self, lambda: self._controller.decide_set_aside(held, marks, reason))
        if ballot is None:
            self.marks_edit.setFocus()
            return
        self.refresh()
        if self.model.rowCount():
            self.marks_edit.setFocus()
            self._say(self.tr("Đã ghi quyết định: phiếu số %1.").replace(
                "%1", str(ballot.number)), ok=True)
        else:
            self._say(self.tr("Đã ghi quyết định: phiếu số %1. Không còn phiếu nào chờ Ban "
                              "kiểm phiếu quyết định.").replace("%1", str(ballot.number)), ok=True)


class SpotCheckDialog(QDialog):
    """Kiểm tra xác suất: choose k and draw (the seed and the numbers shown, and printed in the
    minutes), then for each drawn paper record "khớp" (Alt+K) or the difference (Alt+S)."""

    def __init__(self, controller: SessionController, prompter: Prompter,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._prompter = prompter
        self.setWindowTitle(self.tr("Kiểm tra xác suất (bốc thăm phiếu đối chiếu)"))
        self.type_combo = QComboBox(self)
        for bt in controller.session.ballot_types():
            self.type_combo.addItem(bt.name, bt.id)
        self.k_spin = QSpinBox(self)
        self.k_spin.setObjectName("drawCount")
        self.seed_edit = QLineEdit(self)
        self.seed_edit.setObjectName("drawSeed")
        self.seed_edit.setPlaceholderText(self.tr("để trống: phần mềm tự tạo"))
        self.draw_button = QPushButton(self.tr("&Bốc thăm…"), self)
        self.draw_label = QLabel(self)
        self.draw_label.setObjectName("drawShown")
        self.draw_label.setWordWrap(True)
        self.draw_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = DrawnModel(self)
        self.view = _table(self)
        self.view.setModel(self.model)
        self.advice = QLabel(self)
        self.advice.setObjectName("secondPass")
        self.advice.setWordWrap(True)
        self.advice.setStyleSheet(ADVICE_STYLE)
        self.advice.hide()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.match_button = QPushButton(self.tr("&Khớp"), self)
        self.differ_button = QPushButton(self.tr("Có &sai khác…"), self)
        self.close_button = QPushButton(self.tr("Đóng (Esc)"), self)
        for button in (self.draw_button, self.match_button, self.differ_button,
                       self.close_button):
            button.setAutoDefault(False)
        self.draw_button.clicked.connect(self.draw)
        self.match_button.clicked.connect(self.record_match)
        self.differ_button.clicked.connect(self.record_difference)
        self.close_button.clicked.connect(self.reject)
        self.type_combo.currentIndexChanged.connect(self._on_type_combo_current_index_changed)
        for edit in (self.k_spin, self.seed_edit):
            edit.installEventFilter(self)
        intro = QLabel(self.tr(
            "Phần mềm bốc ngẫu nhiên k số phiếu đã nhập; Ban kiểm phiếu rút đúng các phiếu giấy "
            "đó, đối chiếu với bản ghi và ghi “khớp” hoặc điểm khác. Mã bốc thăm và các số được "
            "in trong biên bản: ai cũng bốc lại được từ mã đó."), self)
        intro.setWordWrap(True)
        form = QFormLayout()
        type_caption = QLabel(self.tr("&Loại phiếu:"), self)
        type_caption.setBuddy(self.type_combo)
        form.addRow(type_caption, self.type_combo)
        type_caption.setVisible(self.type_combo.count() > 1)
        self.type_combo.setVisible(self.type_combo.count() > 1)
        k_caption = QLabel(self.tr("Số phiếu &cần bốc:"), self)
        k_caption.setBuddy(self.k_spin)
        seed_caption = QLabel(self.tr("&Mã bốc thăm (không bắt buộc):"), self)
        seed_caption.setBuddy(self.seed_edit)
        form.addRow(k_caption, self.k_spin)
        form.addRow(seed_caption, self.seed_edit)
        draw_row = QHBoxLayout()
        draw_row.addWidget(self.draw_button)
        draw_row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.match_button)
        buttons.addWidget(self.differ_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(draw_row)
        layout.addWidget(self.draw_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.advice)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.refresh()
        if self.model.rowCount() and self._first_pending() is not None:
            self.view.setFocus()
        else:
            self.k_spin.setFocus()
            self.k_spin.selectAll()

    # ------------------------------------------------------------ state

    @property
    def type_id(self) -> int:
        """The ballot type drawn from."""
        return int(self.type_combo.currentData())

    def _say(self, text: str, ok: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)

    def latest(self) -> SpotCheckRow | None:
        """The latest draw of the type chosen, with what was found so far."""
        rows = [r for r in self._controller.results().spot_checks
                if r.check.ballot_type_id == self.type_id]
        return rows[-1] if rows else None

    def refresh(self) -> None:
        """Show the latest draw of the type, each number with its record and its finding."""
        recorded = self._controller.progress(self.type_id).recorded
        self.k_spin.setRange(1, max(recorded, 1))
        self.k_spin.setEnabled(recorded > 0)
        latest = self.latest()
        if latest is None:
            self.draw_label.setText(self.tr("Chưa bốc thăm lần nào cho loại phiếu này."))
            self.model.set_rows([])
        else:
            check = latest.check
            self.draw_label.setText(
                self.tr("Lần bốc thăm số %1, lúc %2, mã bốc thăm %3: phiếu số %4.")
                .replace("%1", str(check.id)).replace("%2", when_text(check.at))
                .replace("%3", check.seed).replace("%4", ", ".join(map(str, check.numbers))))
            ballots = {b.number: b for b in
                       self._controller.session.active_ballots(self.type_id)}
            found = {r.number: r for r in latest.results}
            row = self.view.currentIndex().row()
            self.model.set_rows([DrawnRow(n, ballots.get(n), found.get(n))
                                 for n in check.numbers])
            pending = self._first_pending()
            _select(self.view, pending if pending is not None else max(row, 0))
        differing = latest is not None and any(not r.matches for r in latest.results)
        self.advice.setVisible(differing)
        if differing:
            self.advice.setText(self.tr(
                "Có phiếu giấy khác bản ghi: nên nhập lại toàn bộ phiếu lần hai để đối chiếu. "
                "Đây là cảnh báo: khi chốt kết quả, Ban kiểm phiếu phải ghi giải trình (in trong "
                "biên bản)."))
        pending = self._first_pending() is not None
        self.match_button.setEnabled(pending)
        self.differ_button.setEnabled(pending)

    def _first_pending(self) -> int | None:
        return next((i for i, r in enumerate(self.model.rows) if r.result is None), None)

    def current(self) -> DrawnRow | None:
        """The drawn number chosen."""
        row = self.view.currentIndex().row()
        return self.model.rows[row] if 0 <= row < self.model.rowCount() else None

    # ------------------------------------------------------------ keys

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in (self.k_spin, self.seed_edit) and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.draw()
            return True
        return bool(super().eventFilter(watched, event))

    @Slot(int)
    def _on_type_combo_current_index_changed(self, _index: int) -> None:
        self._say("")
        self.refresh()

    # ------------------------------------------------------------ actions

    @Slot()
    def draw(self) -> None:
        """Draw k numbers (asked once more: the draw is written to the file and printed)."""
        k, seed = self.k_spin.value(), self.seed_edit.text().strip()
        recorded = self._controller.progress(self.type_id).recorded
        if not self._prompter.confirm(self, self.tr("Bốc thăm kiểm tra"), self.tr(
                "Bốc thăm %1 trong %2 phiếu đã nhập của “%3”? Lần bốc được ghi vào tệp và in "
                "trong biên bản; không xóa được.").replace("%1", str(k))
                .replace("%2", str(recorded)).replace("%3", self.type_combo.currentText())):
            self.k_spin.setFocus()
            return
        check = self._prompter.attempt(
            self, lambda: self._controller.draw_spot_check(self.type_id, k, seed or None))
        if check is None:
            self.k_spin.setFocus()
            return
        self.seed_edit.clear()
        self.refresh()
        self._say(self.tr("Đã bốc thăm: phiếu số %1 (mã bốc thăm %2). Rút các phiếu giấy này "
                          "để đối chiếu.").replace("%1", ", ".join(map(str, check.numbers)))
                  .replace("%2", check.seed), ok=True)
        self.view.setFocus()

    def _chosen(self) -> DrawnRow | None:
        row = self.current()
        latest = self.latest()
        if row is None or latest is None:
            return None
        if row.result is not None:
            self._say(self.tr("Đã ghi kết quả đối chiếu phiếu số %1: %2.")
                      .replace("%1", str(row.number)).replace("%2", self.model.finding(row)))
            return None
        return row

    @Slot()
    def record_match(self) -> None:
        """The paper chosen matches its record."""
        row, latest = self._chosen(), self.latest()
        if row is None or latest is None:
            return
        done = self._prompter.attempt(self, lambda: self._controller.record_spot_check(
            latest.check.id, row.number, True))
        if done is not None:
            self.refresh()
            self._say(self.tr("Phiếu số %1: khớp.").replace("%1", str(row.number)), ok=True)
        self.view.setFocus()

    @Slot()
    def record_difference(self) -> None:
        """The paper chosen differs from its record: what differs, in a short note."""
        row, latest = self._chosen(), self.latest()
        if row is None or latest is None:
            return
        note = self._prompter.note(
            self, self.tr("Phiếu số %1 khác bản ghi").replace("%1", str(row.number)),
            self.tr("Điểm khác giữa phiếu giấy và bản ghi (ví dụ: dòng 2 trên giấy là 3, bản "
                    "ghi là 1), Enter để ghi, Esc để thôi:"))
        if note is None:
            self.view.setFocus()
            return
        done = self._prompter.attempt(self, lambda: self._controller.record_spot_check(
            latest.check.id, row.number, False, note))
        if done is not None:
            self.refresh()
            self._say(self.tr("Phiếu số %1: khác bản ghi, đã ghi.").replace(
                "%1", str(row.number)))
        self.view.setFocus()
