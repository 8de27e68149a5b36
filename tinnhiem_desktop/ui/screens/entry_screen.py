"""Ballot entry, by keyboard only: the paper ballot, the read-back strip and the ballot list."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QWidget

from tinnhiem_desktop.domain.decisions import SetAside
from tinnhiem_desktop.domain.model import Ballot, Finalisation, Void
from tinnhiem_desktop.domain.regimes import MULTI_MARK, NO_MARK
from tinnhiem_desktop.domain.wording import whole_invalid_presets
from tinnhiem_desktop.ui.controller import SessionController
from tinnhiem_desktop.ui.core_texts import RegimeHints
from tinnhiem_desktop.ui.dialogs.prompts import Prompter
from tinnhiem_desktop.ui.pyside_fixes import text_action
from tinnhiem_desktop.ui.screens.entry_view import EntryView
from tinnhiem_desktop.ui.time_text import time_of, when_text
from tinnhiem_desktop.ui.widgets.type_combo import fill_type_combo

LIST_CATCH_UP_MS = 300
"""The ballot list shows a new ballot this long after the read-back does (see _catch_up_list)."""
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_MOVE_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Escape)


class EntryScreen(EntryView):
    """The heart of the app: one paper ballot at a time, every step by keyboard."""

    def __init__(
        self, controller: SessionController, prompter: Prompter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._prompter = prompter
        self._type_id = controller.ballot_type_ids()[0]
        self._reentry: Ballot | None = None
        self._lasting = False
        self._list_scroll_due = False
        self._list_timer = QTimer(self)
        self._list_timer.setSingleShot(True)
        self._list_timer.setInterval(LIST_CATCH_UP_MS)
        self._list_timer.timeout.connect(self._on_list_timer_timeout)
        self._wire()
        self._load_type()

    def _wire(self) -> None:
        c = self._controller
        c.ballot_recorded.connect(self._on_controller_ballot_recorded)
        c.ballot_voided.connect(self._on_controller_ballot_voided)
        c.ballot_corrected.connect(self._on_controller_ballot_corrected)
        c.candidates_changed.connect(self._on_controller_candidates_changed)
        c.ballot_types_changed.connect(self._on_controller_ballot_types_changed)
        c.finalised.connect(self._on_controller_finalised)
        self.type_combo.currentIndexChanged.connect(self._on_type_combo_current_index_changed)
        self.invalid_action.triggered.connect(self._on_invalid_action_triggered)
        self.undo_action.triggered.connect(self._on_undo_action_triggered)
        self.list_action.triggered.connect(self._on_list_action_triggered)
        self.list_view.verticalScrollBar().rangeChanged.connect(self._on_list_range_changed)
        # F9: the paper in hand goes to the committee (issue 12); not among the entry keys.
        self.set_aside_action = text_action(self.tr("Để riêng phiếu chờ Ban kiểm phiếu…"), self)
        self.set_aside_action.setShortcut(QKeySequence(Qt.Key.Key_F9))
        self.set_aside_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.set_aside_action)
        self.set_aside_action.triggered.connect(self._on_set_aside_action_triggered)
        c.set_aside_decided.connect(self._on_controller_set_aside_decided)
        self._fill_type_combo()

    # ------------------------------------------------------------ state

    @property
    def type_id(self) -> int:
        """The ballot type being entered."""
        return self._type_id

    def _fill_type_combo(self) -> None:
        fill_type_combo(self.type_combo, self._controller.session.ballot_types(), self._type_id)

    def _load_type(self) -> None:
        """Load the current type: its officials, its ballots, and where the stack stands."""
        session = self._controller.session
        self._reentry = None
        candidates = session.candidates(self._type_id)
        self.paper.set_ballot(candidates, session.regime.levels)
        type_id = self._type_id
        # Read as the list shows them, never all at once (BallotListModel).
        self.ballot_list.set_source(session.ballot_count(type_id),
                                    lambda start, size: session.ballot_page(type_id, start, size),
                                    session.voids())
        widest = self._largest_number(self.ballot_list.last())
        self.readback.set_officials(candidates, session.regime.levels, widest)
        self.set_keys_hint(RegimeHints().entry_hint(session.regime))
        self.set_type_choice(len(self._controller.ballot_type_ids()) > 1)
        self.set_widest_number(widest)
        self.relayout()  # the officials changed: measured once here, never per key
        self.list_view.scrollToBottom()
        last = self.ballot_list.last_active()
        if last is None:
            self.readback.clear()
        else:
            self.readback.show_ballot(last, self.tr("PHIẾU GHI GẦN NHẤT"))
        if not self.paper.size:
            self._say(self.tr("Chưa có người được lấy phiếu: nhập danh sách ở màn hình "
                              "Người được lấy phiếu (Ctrl+2)."), error=True)
        elif last is not None:
            self._say(
                self.tr("Phiên đang dở: phiếu ghi gần nhất là số %1, lúc %2 ngày %3 (ở dải đọc "
                        "lại). Phiếu tiếp theo là số %4.")
                .replace("%1", str(last.number)).replace("%2", time_of(last.recorded_at))
                .replace("%3", when_text(last.recorded_at)[:10])
                .replace("%4", str(session.next_number(self._type_id))), lasting=True
            )
        else:
            self._say("")
        self._refresh_heading()

    def _largest_number(self, last: Ballot | None) -> int:
        """The widest number the list may show: the ballots collected, or the last one's."""
        collected = self._controller.ballot_type(self._type_id).accounting.collected
        return max(collected, last.number if last is not None else 0)

    def locked_message(self) -> str | None:
        """Why no ballot can be entered (finalised, or the file is view-only); None if it can."""
        c = self._controller
        if c.finalisation is not None:
            return self.tr(
                "ĐÃ CHỐT KẾT QUẢ lúc %1 (người chốt: %2): không nhập, không hủy phiếu được nữa. "
                "Mọi sửa chữa ghi thành đính chính (Kết quả → Thêm đính chính…)."
            ).replace("%1", when_text(c.finalisation.at)).replace("%2", c.finalisation.by)
        if c.view_only:
            return self.tr("CHỈ XEM: tệp mở ở chế độ chỉ xem, không nhập phiếu được.")
        return None

    def _refuse_if_locked(self) -> bool:
        if self.locked_message() is None:
            return False
        self._say(self.tr("Phiên đã chốt kết quả: không nhập, không hủy phiếu được. Sửa chữa ghi "
                          "thành đính chính (Kết quả → Thêm đính chính…).")
                  if self._controller.finalisation is not None else
                  self.tr("Tệp mở ở chế độ chỉ xem: không nhập, không hủy phiếu được."),
                  error=True)
        return True

    def stack_full(self) -> str | None:
        """Why no new ballot can be typed although the session is open for entry: every
        collected ballot is in (or no collected count yet); None when one can. A voided ballot
        being typed again is always accepted: it takes its own number back."""
        if self._reentry is not None:
            return None
        row = self._controller.progress(self._type_id)
        collected = row.ballot_type.accounting.collected
        if collected == 0:
            return self.tr("Chưa nhập số phiếu thu về: nhập số phiếu phát ra và thu về ở màn "
                           "hình Phiên (Ctrl+1) trước khi nhập phiếu.")
        if self._stack_taken(row.recorded) >= collected:
            return self.tr("Đã nhập đủ %1/%2 phiếu thu về: không nhập thêm được. Nếu đếm lại "
                           "thấy nhiều phiếu hơn, sửa số phiếu thu về ở màn hình Phiên (Ctrl+1).")\
                .replace("%1", str(row.recorded)).replace("%2", str(collected))
        return None

    def _stack_taken(self, recorded: int) -> int:
        """Collected ballots already accounted for: ``recorded`` and those set aside (F9)."""
        return recorded + len(self._controller.undecided(self._type_id))

    def _refuse_if_full(self) -> bool:
        message = self.stack_full()
        if message is not None:
            self._say(message, error=True)
        return message is not None

    def _refresh_heading(self) -> None:
        session = self._controller.session
        locked = self.locked_message()
        self.set_lock_text(locked)
        if locked is not None:
            self.set_mode_text("")
            self.set_number_text(self.tr("ĐÃ CHỐT") if self._controller.finalisation
                                 else self.tr("CHỈ XEM"))
        elif self._reentry is not None:
            number = self._reentry.number
            self.set_mode_text(
                self.tr("Nhập lại phiếu số %1 đã hủy (Esc: thôi)").replace("%1", str(number))
            )
            self.set_number_text(self.tr("PHIẾU SỐ %1").replace("%1", str(number)))
        else:
            self.set_mode_text("")
            row = self._controller.progress(self._type_id)
            collected = row.ballot_type.accounting.collected
            if collected == 0:
                self.set_number_text(self.tr("Chưa nhập số phiếu thu về"))
            elif self._stack_taken(row.recorded) >= collected:
                # No next number to offer: every collected ballot is in (or set aside).
                self.set_number_text(self.tr("Đã nhập đủ %1/%2 phiếu thu về")
                                     .replace("%1", str(row.recorded))
                                     .replace("%2", str(collected)))
            else:
                number = session.next_number(self._type_id)
                self.set_number_text(self.tr("PHIẾU SỐ %1").replace("%1", str(number)))
        row = self._controller.progress(self._type_id)
        held = len(self._controller.undecided(self._type_id))
        self.progress_label.setText(
            self.tr("Đã nhập %1 / thu về %2")
            .replace("%1", str(row.recorded))
            .replace("%2", str(row.ballot_type.accounting.collected))
            # A second line (the label has two lines' room, its width is the first line's).
            + ("\n" + self.tr("để riêng: %1").replace("%1", str(held)) if held else "")
        )

    def _say(self, text: str, error: bool = False, lasting: bool = False) -> None:
        """A message beside the number; ``lasting`` ones (what was just done) stay while the
        next ballot is typed, the others go at the next key."""
        self._lasting = lasting and not error
        self.say(text, error)

    def focus_ballot(self) -> None:
        """Put the keyboard on the paper ballot (and the read-back back in its place)."""
        self.show_list(False)
        self.paper_view.setFocus()
        self._scroll_to_current()

    def _scroll_to_current(self) -> None:
        row = min(self.paper.current, self.paper.size - 1)
        if row >= 0:
            self.paper_view.scrollTo(self.paper.index(row, 1))

    # ------------------------------------------------------------ keys

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if not self.isEnabled():
                return True  # a file being verified: no key may reach the ballot (Qt's own
                # check comes after this filter)
            if watched is self.paper_view:
                return self._paper_key(event)
            if watched is self.list_view:
                return self._list_key(event)
        return bool(super().eventFilter(watched, event))

    def _paper_key(self, event: QKeyEvent) -> bool:
        key, text = event.key(), event.text().lower()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            return False
        if key not in _MOVE_KEYS and (text or key in (*_ENTER_KEYS, Qt.Key.Key_Backspace)) \
                and (self._refuse_if_locked() or self._refuse_if_full()):
            return True
        codes = self._controller.session.regime.codes
        if text in codes or text in (NO_MARK, MULTI_MARK) or key == Qt.Key.Key_Space:
            code = NO_MARK if key == Qt.Key.Key_Space else text
            if self.paper.put(code):
                self._after_move()
            else:
                self._say(
                    self.tr("Đã đủ các dòng: nhấn Enter để ghi, hoặc Backspace / Lên để sửa."),
                    error=True,
                )
            return True
        if key == Qt.Key.Key_Backspace:
            self.paper.back()
            self._after_move()
            return True
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if key == Qt.Key.Key_Up else 1
            self.paper.move_to(min(self.paper.current + step, max(self.paper.size - 1, 0)))
            self._after_move()
            return True
        if key in _ENTER_KEYS:
            self.record_current()
            return True
        if key == Qt.Key.Key_Escape and self._reentry is not None:
            self._cancel_reentry()
            return True
        if text and text.isprintable():
            self._say(self.tr("Phím “%1” không dùng ở đây. Dùng %2, 0 / Cách, x.")
                      .replace("%1", event.text()).replace("%2", " ".join(codes)), error=True)
            return True
        return False

    def _after_move(self) -> None:
        self._scroll_to_current()
        if self.paper.current >= self.paper.size and self.paper.size:
            self._say(self.tr("Đủ %1 dòng: nhấn Enter để ghi phiếu.")
                      .replace("%1", str(self.paper.size)))
        elif self.message_label.text() and not self._lasting:
            self._say("")  # a refusal or "press Enter" is stale once the cursor moves

    def _list_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key == Qt.Key.Key_Delete:
            if self._refuse_if_locked():
                return True
            index = self.list_view.currentIndex()
            if index.isValid():
                # Taken now, before any question is asked: the ballot named is the one voided
                # (read with its page if need be; a file that cannot be read says so).
                row = index.row()
                ballot = self._prompter.attempt(self, lambda: self.ballot_list.ballot_at(row))
                if ballot is not None:
                    self.void_and_reenter(ballot)
            return True
        if key == Qt.Key.Key_Escape:
            self.focus_ballot()
            return True
        if key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            # The table's own Home/End move between columns of a row: nothing to see here.
            self._highlight_row(0 if key == Qt.Key.Key_Home else self.ballot_list.rowCount() - 1)
            return True
        return False

    def _highlight_row(self, row: int) -> None:
        """Make ``row`` of the ballot list current and selected (the only one), and show it."""
        if not 0 <= row < self.ballot_list.rowCount():
            return
        index = self.ballot_list.index(row, 0)
        self.list_view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.list_view.scrollTo(index)

    # ------------------------------------------------------------ actions

    def record_current(self) -> Ballot | None:
        """Enter: record the draft if every row is filled, else go to the first empty row."""
        if not self.paper.size:
            self._say(self.tr("Chưa có người được lấy phiếu trên phiếu này."), error=True)
            return None
        empty = self.paper.first_empty()
        if empty is not None:
            self.paper.move_to(empty)
            self._scroll_to_current()
            self._say(self.tr("Dòng %1 chưa nhập: đã chuyển tới dòng đó.")
                      .replace("%1", str(empty + 1)), error=True)
            return None
        return self._record(self.paper.marks_string(), None)

    def _record(self, marks: str, reason: str | None) -> Ballot | None:
        number = self._reentry.number if self._reentry is not None else None
        ballot = self._prompter.attempt(
            self, lambda: self._controller.record_ballot(self._type_id, marks, reason, number)
        )
        self.focus_ballot()
        return ballot

    @Slot()
    def _on_invalid_action_triggered(self) -> None:
        if self._refuse_if_locked() or self._refuse_if_full() or not self.paper.size:
            return
        info = self._controller.session.info
        reason = self._prompter.choice(
            self,
            self.tr("Cả phiếu không hợp lệ"),
            self.tr("Lý do (chọn hoặc gõ):"),
            whole_invalid_presets(info),
            editable=True,
        )
        if reason is not None:
            self._record("", reason)
        else:
            self.focus_ballot()

    @Slot()
    def _on_undo_action_triggered(self) -> None:
        if self._refuse_if_locked():
            return
        found = self._prompter.attempt(self, lambda: (self.ballot_list.last_active(),))
        if found is None:
            return  # its page could not be read: said
        (last,) = found
        if last is None:
            self._say(self.tr("Chưa có phiếu nào để hủy."), error=True)
            return
        self.void_and_reenter(last)

    @Slot()
    def _on_set_aside_action_triggered(self) -> None:
        """F9: the ballot being typed (or the next number) goes aside for the committee, with a
        short note; it counts nowhere until decided. Esc in the note changes nothing."""
        if self._refuse_if_locked() or self._refuse_if_full():
            return
        if not self.paper.size:
            self._say(self.tr("Chưa có người được lấy phiếu trên phiếu này."), error=True)
            return
        number = (self._reentry.number if self._reentry is not None
                  else self._controller.session.next_number(self._type_id))
        note = self._prompter.note(
            self, self.tr("Để riêng phiếu số %1").replace("%1", str(number)),
            self.tr("Phiếu số %1 để riêng chờ Ban kiểm phiếu quyết định.\nGhi chú ngắn (ví dụ: "
                    "dấu không rõ ở dòng 3), Enter để ghi, Esc để thôi:")
            .replace("%1", str(number)))
        if note is None:
            self._say(self.tr("Không để riêng phiếu nào."))
            self.focus_ballot()
            return
        held = self._prompter.attempt(
            self, lambda: self._controller.set_aside(self._type_id, note, number))
        if held is not None:
            self._reentry = None
            self.paper.clear()
            self.readback.show_set_aside(held.number, held.note)
            self._refresh_heading()
            self._say(self.tr("Phiếu số %1 để riêng chờ Ban kiểm phiếu quyết định (Kết quả → "
                              "Phiếu chờ quyết định…).").replace("%1", str(held.number)),
                      lasting=True)
        self.focus_ballot()

    def void_and_reenter(self, ballot: Ballot) -> bool:
        """Void ``ballot`` (confirmation and reason asked) and load it back for re-entry."""
        if self.ballot_list.is_voided(ballot):
            self._say(self.tr("Phiếu này đã bị hủy trước đó."), error=True)
            return False
        if not self._prompter.confirm(
            self,
            self.tr("Hủy phiếu"),
            self.tr("Hủy phiếu số %1 (ghi lúc %2: %3) để nhập lại?\nPhiếu cũ vẫn được lưu, "
                    "ghi là đã hủy.").replace("%1", str(ballot.number))
            .replace("%2", time_of(ballot.recorded_at))
            .replace("%3", self.ballot_list.marks_text(ballot)),
        ):
            self.focus_ballot()
            return False
        reason = self._prompter.text(
            self, self.tr("Lý do hủy phiếu"), self.tr("Lý do hủy:"), self.tr("Nhập sai, nhập lại")
        )
        if reason is None:
            self.focus_ballot()
            return False
        if self._prompter.attempt(self, lambda: self._controller.void_ballot(ballot, reason)):
            self._reentry = ballot
            self.paper.load(ballot.marks)
            # Never "ĐÃ GHI" for a ballot that is no longer recorded.
            self.readback.show_voided(ballot, reentering=True)
            self._refresh_heading()
            self._say(self.tr("Phiếu số %1 đã hủy. Sửa rồi nhấn Enter để ghi lại với cùng số.")
                      .replace("%1", str(ballot.number)), lasting=True)
        self.focus_ballot()
        return True

    def _cancel_reentry(self) -> None:
        voided = self._reentry
        number = voided.number if voided else 0
        self._reentry = None
        self.paper.clear()
        if voided is not None:
            self.readback.show_voided(voided, reentering=False)
        self._refresh_heading()
        self._say(self.tr("Thôi nhập lại: phiếu số %1 đã hủy và chưa được ghi lại.")
                  .replace("%1", str(number)), error=True)

    # ------------------------------------------------------------ leaving

    def unfinished(self) -> str | None:
        """What leaving now would drop: a half-typed ballot, or a voided ballot not yet typed
        again; None when nothing."""
        if self._reentry is not None:
            return self.tr("Phiếu số %1 đã hủy và đang được nhập lại, chưa ghi.").replace(
                "%1", str(self._reentry.number))
        if self.paper.size and not self.paper.is_blank():
            typed = sum(1 for mark in self.paper.marks() if mark is not None)
            return self.tr("Phiếu số %1 đang nhập dở (%2/%3 dòng), chưa ghi.").replace(
                "%1", str(self._controller.session.next_number(self._type_id))).replace(
                "%2", str(typed)).replace("%3", str(self.paper.size))
        return None

    def confirm_leave(self) -> bool:
        """Ask before a half-typed ballot is dropped (closing, quitting, another file)."""
        what = self.unfinished()
        if what is None:
            return True
        leave = self._prompter.confirm(
            self, self.tr("Phiếu đang nhập dở"),
            what + "\n" + self.tr("Vẫn đóng? Phiếu này sẽ không được ghi; phải nhập lại khi mở "
                                  "lại phiên."))
        if not leave:
            self.focus_ballot()
        return leave

    # ------------------------------------------------------------ controller

    @Slot(object)
    def _on_controller_ballot_recorded(self, ballot: Ballot) -> None:
        if ballot.ballot_type_id != self._type_id:
            return
        self.ballot_list.append(ballot)
        self._catch_up_list()
        self._reentry = None
        self.paper.clear()
        self.readback.show_ballot(ballot, self.tr("ĐÃ GHI"))
        self._say(self.tr("Đã ghi phiếu số %1.").replace("%1", str(ballot.number)), lasting=True)
        self._refresh_heading()

    @Slot(object, object)
    def _on_controller_set_aside_decided(self, held: SetAside, ballot: Ballot) -> None:
        # Decided elsewhere (the committee's dialog): the list and the counter take it; what
        # is being typed here stays as it is.
        if ballot.ballot_type_id == self._type_id:
            self.ballot_list.append(ballot)
            self._catch_up_list()
            self._refresh_heading()

    @Slot(object, object)
    def _on_controller_ballot_voided(self, ballot: Ballot, void: Void) -> None:
        if ballot.ballot_type_id == self._type_id:
            self.ballot_list.mark_voided(ballot, void)
            self._refresh_heading()

    @Slot(object)
    def _on_controller_ballot_corrected(self, ballot: Ballot) -> None:
        # A difference between passes decided (comparison screen): rare, so the list and the
        # read-back are read again rather than patched.
        if ballot.ballot_type_id == self._type_id:
            self._load_type()

    @Slot(object)
    def _on_controller_finalised(self, fin: Finalisation) -> None:
        self._reentry = None
        self.paper.clear()
        self._refresh_heading()
        self._say("")

    @Slot(int)
    def _on_controller_candidates_changed(self, type_id: int) -> None:
        if type_id == self._type_id:
            self._load_type()

    @Slot()
    def _on_controller_ballot_types_changed(self) -> None:
        self._fill_type_combo()
        self.set_type_choice(len(self._controller.ballot_type_ids()) > 1)
        self.set_widest_number(self._largest_number(self.ballot_list.last()))
        self._refresh_heading()

    @Slot(int)
    def _on_type_combo_current_index_changed(self, index: int) -> None:
        type_id = self.type_combo.itemData(index)
        if type_id is None or type_id == self._type_id:
            return
        if not self.paper.is_blank() or self._reentry is not None:
            self._say(self.tr("Phiếu đang nhập dở đã bỏ; phiếu đã hủy vẫn chưa nhập lại."),
                      error=True)
        self._type_id = int(type_id)
        self._load_type()

    def _catch_up_list(self) -> None:
        """The list's model holds every ballot at once; its view, while the recorder types,
        shows the new row a moment later: the read-back and the heading are drawn first, and
        ballots recorded within that moment reach the list in one repaint."""
        if self.list_view.hasFocus() or not self.list_view.isVisible():
            self.list_view.scrollToBottom()
            return
        self.list_view.setUpdatesEnabled(False)
        self._list_timer.start()

    @Slot()
    def _on_list_timer_timeout(self) -> None:
        self.list_view.setUpdatesEnabled(True)
        if self.list_view.isVisible():
            self.list_view.scrollToBottom()
        else:
            self._list_scroll_due = True  # another screen is shown: when this one is again

    @Slot(int, int)
    def _on_list_range_changed(self, low: int, high: int) -> None:
        # Not being browsed, the list shows its end, whatever room its rows get: as the window
        # takes its size on opening, a scroll bar for long marks may appear under the rows
        # (it hid the two most recent ballots). A new ballot's row waits for the catch-up.
        if not self.list_view.hasFocus() and not self._list_timer.isActive():
            self.list_view.verticalScrollBar().setValue(high)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._list_scroll_due:
            self._list_scroll_due = False
            self.list_view.scrollToBottom()

    @Slot()
    def _on_list_action_triggered(self) -> None:
        if self._list_timer.isActive():
            self._list_timer.stop()
            self._on_list_timer_timeout()
        if self.list_view.hasFocus():
            self.focus_ballot()
            return
        # The most recent ballot first, before the list takes the keyboard: a view given focus
        # with no current row makes its first row current (ballot 1), and Delete would offer it.
        self.show_list(True)
        self._highlight_row(self.ballot_list.rowCount() - 1)
        self.list_view.setFocus()
