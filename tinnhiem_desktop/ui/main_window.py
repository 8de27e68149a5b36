"""The main window, a shell: menus, the start page or the open session's screens, the status bar.

The work behind a menu item lives in a flow (``ui/flows/``: opening and creating a session,
closing, exports, copies) or a dialog; this module wires menus to them and swaps the session
shown. A file that cannot be opened leaves the window as it was.
"""

from __future__ import annotations

import gc
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, QTimer, Slot
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tinnhiem_desktop.ui.geometry import GeometryMemory, keep_inside
from tinnhiem_desktop.ui.i18n import ui_font
from tinnhiem_desktop.ui.pyside_fixes import text_action
from tinnhiem_desktop.ui.settings import DEFAULT_POINTS, AppSettings
from tinnhiem_desktop.ui.widgets.status_bar import StatusBar

if TYPE_CHECKING:
    # Only what the first frame shows is imported with this module: the core, the session's
    # screens, the projector and the help boxes come when first used (see ARCHITECTURE.md,
    # "Start-up").
    from PySide6.QtCore import QEventLoop
    from PySide6.QtGui import QCloseEvent

    from tinnhiem_desktop.domain.errors import UserFacingError
    from tinnhiem_desktop.services.session import Session
    from tinnhiem_desktop.ui.controller import SessionController
    from tinnhiem_desktop.ui.dialogs.help import HelpBoxes
    from tinnhiem_desktop.ui.dialogs.prompts import Prompter
    from tinnhiem_desktop.ui.flows.groups import GroupsFlow
    from tinnhiem_desktop.ui.flows.opening import SessionOpener
    from tinnhiem_desktop.ui.screens.projector_window import ProjectorWindow
    from tinnhiem_desktop.ui.screens.start_page import StartPage
    from tinnhiem_desktop.ui.workspace import Workspace

PREFERRED_SIZE = QSize(1280, 800)
MARGINS_CHECK_MS = 250
"""How long after the first session is usable the style is asked its table margins: off the
opening (asking it builds QStyle's ~600 enum values, 5–6 ms), after its frame is on screen."""
VERIFY_GRACE_S = 0.15
"""Once a file's screens are built, the window waits this long at most for its verification
to end before it shows them disabled (with progress) until it does. A verification that ends
within it (up to thousands of ballots) spares a frame of the file disabled, repainted usable
a moment later, and the turn of the event loop between the two: the worker runs alone
meanwhile, at full speed. The first frame ("Đang mở tệp phiên …") is on screen already."""


class MainWindow(QMainWindow):
    """One window; one session open at a time."""

    def __init__(
        self,
        settings: AppSettings,
        prompter: Prompter,
        font_family: str,
        parent: QWidget | None = None,
        opening: Path | None = None,
    ) -> None:
        """``opening``: the file named on the command line, opened once the window is on screen
        (:meth:`open_path`); until then the window says so, and the start page is built only if
        it is shown (the file refused, or closed)."""
        super().__init__(parent)
        self._settings = settings
        self._prompter = prompter
        self._font_family = font_family
        self._opener_made: SessionOpener | None = None
        self._help_made: HelpBoxes | None = None
        self._groups_made: GroupsFlow | None = None
        self.controller: SessionController | None = None
        self.workspace: Workspace | None = None
        self.projector: ProjectorWindow | None = None
        self._verify_loop: QEventLoop | None = None
        self._pending: SessionController | None = None
        """A session opened while another is shown, until it is verified."""
        self._start_page: StartPage | None = None
        self._margins_checked = False
        self._opening: QWidget | None = None
        self.opening_label: QLabel | None = None
        """While the file named on the command line is opened: what the window says."""
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.status = StatusBar(self)
        self.setStatusBar(self.status)
        self._build_menus()
        if opening is None:
            self._show_start()
        else:
            # The first frame of a window opening a file says which (its start page and what
            # that page imports would be seen for a moment only, and paid before that frame).
            self._opening = self._opening_page(opening)
            self.stack.addWidget(self._opening)
            self._disable_session_actions()
            self.setWindowTitle(self.tr("Kiểm phiếu tín nhiệm"))
        self._memory = GeometryMemory(settings)
        # Inside the screen, where it was left (maximised or not): a fixed 1280×800 hid the
        # status bar below a 1366×768 screen. Kept inside from its first frame on (on_screen).
        self._memory.restore(self, "main", PREFERRED_SIZE)
        self.apply_zoom(settings.points)

    # What an open session needs (the services, sqlite, the four screens) is imported on first
    # use, after the window's first frame: the start page and the menus need none of it.

    @property
    def _help(self) -> HelpBoxes:
        if self._help_made is None:
            from tinnhiem_desktop.ui.dialogs.help import HelpBoxes

            self._help_made = HelpBoxes(self._prompter, self)
        return self._help_made

    @property
    def _groups(self) -> GroupsFlow:
        if self._groups_made is None:
            from tinnhiem_desktop.ui.flows.groups import GroupsFlow

            self._groups_made = GroupsFlow(self._prompter, self)
        return self._groups_made

    @property
    def _opener(self) -> SessionOpener:
        if self._opener_made is None:
            from tinnhiem_desktop.ui.flows.opening import SessionOpener

            self._opener_made = SessionOpener(self._prompter, self)
        return self._opener_made

    # ------------------------------------------------------------ menus

    def _action(self, menu: QMenu, text: str, slot: object, *keys: QKeySequence | str) -> QAction:
        action = text_action(text, self)
        if keys:
            # A key sequence is passed as it is: copying one (QKeySequence(QKeySequence)) goes
            # through an overload that makes PySide build every enum of the Qt namespace (~30 ms
            # before the first frame; see ARCHITECTURE.md, "Start-up").
            action.setShortcuts([k if isinstance(k, QKeySequence) else QKeySequence(k)
                                 for k in keys])
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Tệp"))
        K = QKeySequence.StandardKey  # noqa: N806
        self._action(file_menu, self.tr("&Mới…"), self.new_session, QKeySequence(K.New))
        self._action(file_menu, self.tr("M&ở…"), self.open_dialog, QKeySequence(K.Open))
        self.recent_menu = file_menu.addMenu(self.tr("Mở &gần đây"))
        self.recent_menu.aboutToShow.connect(self._on_recent_menu_about_to_show)
        self._action(file_menu, self.tr("Mở phiên mẫ&u"), self.open_sample)
        file_menu.addSeparator()
        self.session_actions = [
            self._action(file_menu, self.tr("&Lưu bản sao…"), self.save_copy, "Ctrl+Shift+S"),
            self._action(file_menu, self.tr("Mở thư mục &sao lưu"), self.show_backup_folder),
            self._action(file_menu, self.tr("&In biên bản…"), self._on_print_minutes,
                         QKeySequence(K.Print)),
        ]
        self.close_action = self._action(file_menu, self.tr("Đó&ng phiên"),
                                         self._on_close_session_triggered, "Ctrl+W")
        self.session_actions.append(self.close_action)
        file_menu.addSeparator()
        # Several files, one result: counting groups and a second, blind pass (issue 13).
        self.session_actions += [
            self._action(file_menu, self.tr("Tạo bản cho tổ &kiểm phiếu…"),
                         self._on_group_copy_action_triggered),
            self._action(file_menu, self.tr("Tạo lượt nhập kiểm t&ra…"),
                         self._on_second_pass_action_triggered),
            self._action(file_menu, self.tr("Đối &chiếu các lượt nhập…"),
                         self._on_compare_action_triggered),
        ]
        self._action(file_menu, self.tr("Gộ&p kết quả các tổ…"), self._on_merge_action_triggered)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Thoát"), self.close, "Ctrl+Q")

        results_menu = bar.addMenu(self.tr("&Kết quả"))
        self.finalise_action = self._action(results_menu, self.tr("&Chốt kết quả…"),
                                            self._on_finalise_action_triggered)
        self.addendum_action = self._action(results_menu, self.tr("&Thêm đính chính…"),
                                            self._on_addendum_action_triggered)
        self.decide_action = self._action(results_menu, self.tr("&Phiếu chờ quyết định…"),
                                          self._on_decide_action_triggered)
        self.spot_check_action = self._action(results_menu, self.tr("Kiểm tra xác s&uất…"),
                                              self._on_spot_check_action_triggered)
        self.session_actions.append(self._action(
            results_menu, self.tr("&Kiểm tra tệp và dấu vân tay…"),
            self._on_check_action_triggered))
        results_menu.addSeparator()
        self.export_action = self._action(results_menu, self.tr("&Xuất kết quả…"),
                                          self._on_export_action_triggered)
        self.ballot_paper_action = self._action(results_menu, self.tr("&In mẫu phiếu trắng…"),
                                                self._on_ballot_paper_action_triggered)
        self.session_actions += [self.export_action, self.ballot_paper_action]

        tools_menu = bar.addMenu(self.tr("Côn&g cụ"))
        self.deck_action = self._action(tools_menu, self.tr("&Bộ phiếu thử…"),
                                        self._on_deck_action_triggered)
        self.deck_check_action = self._action(tools_menu,
                                              self.tr("&Kiểm tra kết quả phiếu thử…"),
                                              self._on_deck_check_action_triggered)
        self.session_actions += [self.deck_action, self.deck_check_action]

        view_menu = bar.addMenu(self.tr("&Xem"))
        screens = [self.tr("&1 Phiên"), self.tr("&2 Người được lấy phiếu"),
                   self.tr("&3 Nhập phiếu"), self.tr("&4 Kết quả")]
        self.screen_actions = [
            self._action(view_menu, text, lambda _=False, i=index: self.show_screen(i),
                         f"Ctrl+{index + 1}")
            for index, text in enumerate(screens)
        ]
        self.session_actions += self.screen_actions
        view_menu.addSeparator()
        self.projector_action = self._action(view_menu, self.tr("Màn hình &chiếu"),
                                             self.toggle_projector, "F5")
        self.projector_action.setCheckable(True)
        self.projector_results_action = text_action(
            self.tr("Hiện &kết quả trên màn hình chiếu"), self)
        self.projector_results_action.setCheckable(True)
        self.projector_results_action.triggered.connect(
            self._on_projector_results_action_triggered)
        view_menu.addAction(self.projector_results_action)
        self.session_actions.append(self.projector_action)
        view_menu.addSeparator()
        self._action(view_menu, self.tr("Phóng &to chữ"), lambda: self.zoom(1.0),
                     QKeySequence(K.ZoomIn), "Ctrl+=")
        self._action(view_menu, self.tr("Thu &nhỏ chữ"), lambda: self.zoom(-1.0),
                     QKeySequence(K.ZoomOut))
        self._action(view_menu, self.tr("Cỡ chữ &mặc định"),
                     lambda: self.apply_zoom(DEFAULT_POINTS), "Ctrl+0")

        settings_menu = bar.addMenu(self.tr("&Cài đặt"))
        language_menu = settings_menu.addMenu(self.tr("&Ngôn ngữ"))
        group = QActionGroup(self)
        for code, label in (("vi", "Tiếng Việt"), ("en", "English")):
            action = self._action(language_menu, label,
                                  lambda _=False, c=code: self.set_language(c))
            action.setCheckable(True)
            action.setChecked(self._settings.language == code)
            group.addAction(action)

        help_menu = bar.addMenu(self.tr("T&rợ giúp"))
        self._action(help_menu, self.tr("&Phím tắt nhập phiếu"), self.show_keys, "F1")
        self._action(help_menu, self.tr("&Giới thiệu"), self.show_about)

    @Slot()
    def _on_recent_menu_about_to_show(self) -> None:
        self.recent_menu.clear()
        recent = self._settings.recent_files()
        for path in recent:
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if not recent:
            self.recent_menu.addAction(self.tr("(chưa có)")).setEnabled(False)

    # ------------------------------------------------------------ sessions

    def _opening_page(self, path: Path) -> QWidget:
        # Centred by stretches: an alignment flag would be the process's first Qt.* value,
        # which makes PySide build every enum of the Qt namespace (~30 ms) before this frame.
        page = QWidget(self)
        self.opening_label = label = QLabel(
            self.tr("Đang mở tệp phiên %1…").replace("%1", path.name), page)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(label)
        row.addStretch(1)
        column = QVBoxLayout(page)
        column.addStretch(1)
        column.addLayout(row)
        column.addStretch(1)
        return page

    def on_screen(self, opening: Path | None = None) -> None:
        """The window's first frame is on screen: from now on it is kept inside the screen
        whenever it is shown (not before: see ``geometry.keep_inside``), and the file named on
        the command line, if any, is opened (:meth:`open_first`)."""
        keep_inside(self)
        if opening is not None:
            self.open_first(opening)

    def open_first(self, path: Path) -> bool:
        """Open the file named on the command line (the window shows it is opening it); the
        start page if it cannot be opened."""
        opened = self.open_path(path)
        page, self._opening = self._opening, None
        if page is not None:
            if self.controller is None and self.stack.currentWidget() is page:
                self._show_start()
            self.stack.removeWidget(page)
            page.deleteLater()
        return opened

    @property
    def start_page(self) -> StartPage:
        """The page shown with no session open: built when first needed."""
        if self._start_page is None:
            from tinnhiem_desktop.ui.screens.start_page import StartPage

            page = self._start_page = StartPage(self)
            self.stack.addWidget(page)
            page.new_requested.connect(self.new_session)
            page.open_requested.connect(self.open_dialog)
            page.sample_requested.connect(self.open_sample)
            page.recent_chosen.connect(self.open_path)
        return self._start_page

    def _disable_session_actions(self) -> None:
        for action in (*self.session_actions, self.finalise_action, self.addendum_action,
                       self.decide_action, self.spot_check_action,
                       self.projector_results_action):
            action.setEnabled(False)
        self.projector_results_action.setChecked(False)

    def _show_start(self) -> None:
        self.start_page.set_recent(self._settings.recent_files())
        self.stack.setCurrentWidget(self.start_page)
        self._disable_session_actions()
        self.setWindowTitle(self.tr("Kiểm phiếu tín nhiệm"))
        self.status.show_session(None)
        self.status.hide_verify_progress()  # a file refused once verified leaves nothing behind
        self.start_page.focus_first()

    def _show_controller(self, controller: SessionController) -> None:
        """Show the session of ``controller`` (closing the one open before). A file still being
        verified is shown with everything disabled until :meth:`_await_verification` has it
        verified."""
        from tinnhiem_desktop.domain.regimes import Kind
        from tinnhiem_desktop.ui.origin_text import OriginTexts
        from tinnhiem_desktop.ui.workspace import Workspace

        self.close_session()
        session = controller.session
        self.controller = controller
        self._assume_table_margins()
        self.workspace = Workspace(self.controller, self._prompter, self)
        self.workspace.set_zoom(self._settings.points)
        # On the screen it opens with before it is shown: that screen alone is built now, the
        # others when first shown (workspace.py).
        self.workspace.setCurrentIndex(self._first_screen())
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        self.controller.changed.connect(self._on_controller_changed)
        self.controller.backup_failed.connect(self._on_controller_backup_failed)
        self.controller.backup_made.connect(self._on_controller_backup_made)
        self.screen_actions[1].setText(  # the officials of a vote are not "lấy phiếu"
            self.tr("&2 Người được lấy phiếu") if session.regime.kind is Kind.POLL
            else self.tr("&2 Người được bỏ phiếu tín nhiệm"))
        self._settings.add_recent(session.path)
        what = OriginTexts(self).describe(self.controller.copy_origin)
        self.setWindowTitle(self.tr("Kiểm phiếu tín nhiệm — %1").replace("%1", session.path.name)
                            + (f" — {what}" if what else ""))
        self._on_controller_changed()
        # A file verified while its screens were built, or within a moment more, is shown
        # usable in its first frame.
        self.controller.settle_verify(within=VERIFY_GRACE_S)
        if self.controller.verifying:
            # Shown at once, usable once verified: no key reaches a screen, no menu writes.
            self._hold()
            self.workspace.setCurrentIndex(self._first_screen())
            return
        self._ready()

    def _hold(self) -> None:
        """While a file is verified: no key reaches a screen, no menu but closing works."""
        if self.workspace is not None:
            self.workspace.setEnabled(False)
        for action in self.session_actions:
            action.setEnabled(action is self.close_action)
        self.finalise_action.setEnabled(False)
        self.addendum_action.setEnabled(False)
        self.status.show_verify_progress(0, 0)

    def _first_screen(self) -> int:
        from tinnhiem_desktop.ui.workspace import ENTRY, RESULTS, SESSION

        c = self.controller
        assert c is not None
        if c.read_only:
            return RESULTS
        has_ballots = any(c.session.recorded_count(i) for i in c.ballot_type_ids())
        return ENTRY if has_ballots else SESSION

    def _ready(self) -> None:
        """The session shown may be used: menus on, the first screen focused."""
        assert self.controller is not None and self.workspace is not None
        # What is alive now (the modules, the window, the session's screens and counts) lives
        # until the session closes: no full collection of the interpreter's garbage scans it
        # again. One took 50–250 ms with a 10,000-ballot file open, whenever it fell due, and
        # it could fall on an Enter (bench: full_collection_ms). Undone at close_session.
        gc.freeze()
        self.status.hide_verify_progress()
        self.workspace.setEnabled(True)
        for action in self.session_actions:
            action.setEnabled(True)
        self._on_controller_changed()
        self.show_screen(self._first_screen())
        if not self._margins_checked:
            self._margins_checked = True
            QTimer.singleShot(MARGINS_CHECK_MS, self, self._check_table_margins)

    def _assume_table_margins(self) -> None:
        """Before a session's screens are built: unless the style has been asked already, the
        tables are planned with its margins as the settings remember them (see
        ``fast_table.assume_margins``; :meth:`_check_table_margins` asks it later)."""
        from tinnhiem_desktop.ui.widgets import fast_table

        if not fast_table.margins_asked():
            known = self._settings.table_margins
            fast_table.assume_margins(fast_table.TableMargins(*known) if known else None)

    def _check_table_margins(self) -> None:
        """A moment after the first session is usable: ask the style its table margins, have
        the settings remember them, and lay the entry screen out again if it was planned with
        others (the settings' were another style's or screen's)."""
        from tinnhiem_desktop.ui.workspace import ENTRY

        if self._remember_table_margins() and self.workspace is not None \
                and self.workspace.is_built(ENTRY):
            self.workspace.entry_screen.margins_changed()

    def _remember_table_margins(self) -> bool:
        """Ask the style its table margins (once a process) and have the settings remember
        them for the next start; True if the tables had been planned with others until now.
        Also done as the window closes: a start that ends before :meth:`_check_table_margins`
        teaches the next one all the same."""
        from tinnhiem_desktop.ui.widgets import fast_table

        replaced, asked = fast_table.ask_margins(self)
        self._settings.table_margins = (asked.header, asked.cell)
        return replaced is not None

    def _await_verification(self, c: SessionController) -> UserFacingError | bool:
        """Verify the file of ``c`` off the GUI thread, the window painting and showing progress
        meanwhile (a local event loop, as a modal dialog runs one): True once verified, the
        refusal when it failed (nothing was written to it), False when closed meanwhile."""

        if not c.verifying:
            return True
        if c.refusal is not None:  # refused already, while the screens were built
            return c.refusal
        from PySide6.QtCore import QEventLoop

        loop = QEventLoop(self)
        outcome: list[UserFacingError | None] = []

        def over(error: UserFacingError | None) -> None:
            outcome.append(error)
            loop.quit()

        c.verified.connect(lambda: over(None))
        c.verify_refused.connect(over)
        c.verify_progressed.connect(self.status.show_verify_progress)
        self._verify_loop = loop
        try:
            c.start_verify()
            if not outcome:
                loop.exec()
        finally:
            self._verify_loop = None
            self.status.hide_verify_progress()
        if not outcome:
            return False
        return outcome[0] if outcome[0] is not None else True

    def _open_verified(self, session: Session) -> bool:
        """Show ``session`` (opened unverified) once verified. With no session open it is
        shown at once, disabled while verified; with one open, that one stays shown (disabled)
        until the new one is verified, and stays open if the new one is refused."""
        from tinnhiem_desktop.domain.errors import UserFacingError
        from tinnhiem_desktop.ui.core_texts import error_text

        if self.controller is None:
            from tinnhiem_desktop.ui.controller import SessionController

            c = SessionController(session, self)
            # Verified on its worker while the screens are built: SQLite's integrity check runs
            # beside this thread; the replay shares the interpreter lock with the build, and
            # mostly waits for it (each row it reads hands the lock back), so it finishes in
            # the grace after the build (VERIFY_GRACE_S) or shows its progress.
            c.start_verify()
            self._show_controller(c)
            if not c.verifying:
                return True  # verified while the screens were built: shown ready
            outcome = self._await_verification(c)
            if outcome is True and self.controller is c:
                self._ready()
                return True
            if self.controller is c:
                self.close_session()
        else:
            from tinnhiem_desktop.ui.controller import SessionController

            self._pending = SessionController(session, self)
            self._hold()
            try:
                outcome = self._await_verification(self._pending)
            finally:
                pending, self._pending = self._pending, None
            if outcome is True and pending is not None:
                self._show_controller(pending)
                return True
            if pending is not None:
                pending.close()
                pending.deleteLater()
            if self.controller is not None:
                self._ready()
        if isinstance(outcome, UserFacingError):
            self._prompter.error(self, error_text(outcome))
        return False

    @property
    def verifying(self) -> bool:
        """A session file is open and being verified (nothing can be written yet)."""
        return self._verify_loop is not None

    def close_session(self) -> None:
        """Close the open session (every change is already on disk); a verification still
        running is stopped."""
        self.close_projector()
        if self._verify_loop is not None:
            self._verify_loop.quit()
        if self._pending is not None:
            self._pending.close()
            self._pending.deleteLater()
            self._pending = None
        if self.workspace is not None:
            # Off the session's screens while its file is still open: a field being edited
            # loses the focus, and is saved (editingFinished), before the file closes. (The
            # start page is built when first needed: removing the screens from a stack holding
            # nothing else would move the focus only once the file was closed.)
            self.stack.setCurrentWidget(self.start_page)
            self.stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None
        if self.controller is not None:
            self.controller.close()
            self.controller.deleteLater()
            self.controller = None
            gc.unfreeze()  # the closed session's objects may be collected again (see _ready)
            self._show_start()

    def _may_leave(self) -> bool:
        """Closing or replacing the session never drops a half-typed ballot without asking."""
        return self.workspace is None or self.workspace.may_leave()

    @Slot()
    def _on_close_session_triggered(self) -> None:
        if self._may_leave():
            self.close_session()

    def open_path(self, path: Path) -> bool:
        """Open a session file; a problem is shown and the window stays as it was."""
        from tinnhiem_desktop.ui.flows.opening import same_file

        path = Path(path)
        if self.controller is not None and same_file(path, self.controller.path):
            return True  # already open here (opening it again would meet our own lock)
        return self._may_leave() and self._open(path)

    def _open(self, path: Path) -> bool:
        from tinnhiem_desktop.ui.flows.opening import same_file

        if self.verifying:
            return False  # one file at a time: the one being verified is closed first
        if self.controller is not None and same_file(path, self.controller.path):
            return True
        session = self._opener.open(self, path)
        if session is None:
            return False
        return self._open_verified(session)

    @Slot()
    def open_dialog(self) -> None:
        """Ask for a session file and open it."""
        if self.verifying or not self._may_leave():
            return
        path = self._opener.ask_path(self)
        if path is not None:
            self._open(path)

    @Slot()
    def new_session(self) -> None:
        """Ask where to save and which regime, create the session, open it."""
        if self.verifying or not self._may_leave():
            return
        path = self._opener.create(self)
        if path is not None:
            self._open(path)

    @Slot()
    def open_sample(self) -> bool:
        """Copy the shipped sample to the user's data folder and open the copy."""
        if self.verifying or not self._may_leave():
            return False
        path = self._opener.copy_sample(self, self._settings.data_dir)
        return path is not None and self._open(path)

    @Slot()
    def save_copy(self) -> None:
        """Write a verified copy of the session file."""
        if self.workspace is not None:
            self.workspace.copies.save_copy(self)

    @Slot()
    def show_backup_folder(self) -> None:
        """Open the folder of rolling copies (``<name>.saoluu`` beside the file)."""
        if self.workspace is not None:
            self.workspace.copies.show_backup_folder(self)

    @Slot()
    def _on_group_copy_action_triggered(self) -> None:
        if self.controller is not None:
            made = self._groups.make_group_copy(self, self.controller)
            if made is not None:
                self.open_path(made)

    @Slot()
    def _on_second_pass_action_triggered(self) -> None:
        if self.controller is not None:
            made = self._groups.make_second_pass(self, self.controller)
            if made is not None:
                self.open_path(made)

    @Slot()
    def _on_compare_action_triggered(self) -> None:
        if self.controller is not None:
            self._groups.compare(self, self.controller)

    @Slot()
    def _on_merge_action_triggered(self) -> None:
        made = self._groups.merge(self)
        if made is not None and self.open_path(made):
            from tinnhiem_desktop.ui.workspace import RESULTS

            self.show_screen(RESULTS)  # the sum of the groups: nothing is entered here

    @Slot()
    def _on_finalise_action_triggered(self) -> None:
        if self.workspace is not None:
            self.workspace.closing.finalise(self)

    @Slot()
    def _on_decide_action_triggered(self) -> None:
        if self.workspace is not None:
            self.workspace.decisions.decide(self)

    @Slot()
    def _on_spot_check_action_triggered(self) -> None:
        if self.workspace is not None:
            self.workspace.decisions.spot_check(self)

    @Slot()
    def _on_check_action_triggered(self) -> None:
        if self.workspace is not None:
            self.workspace.closing.check_file(self)

    @Slot()
    def _on_addendum_action_triggered(self) -> None:
        if self.workspace is not None:
            self.workspace.closing.add_addendum(self)

    @Slot()
    def _on_export_action_triggered(self) -> None:
        if self.workspace is not None:
            self.workspace.exports.export_results(self)

    @Slot()
    def _on_ballot_paper_action_triggered(self) -> None:
        if self.workspace is not None:
            self.workspace.exports.print_blank_ballots(self)

    @Slot()
    def _on_deck_action_triggered(self) -> None:
        if self.workspace is not None:
            trial = self.workspace.deck.make_deck(self)
            if trial is not None:
                self.open_path(trial)

    @Slot()
    def _on_deck_check_action_triggered(self) -> None:
        if self.workspace is not None:
            self.workspace.deck.check_trial(self)

    @Slot()
    def _on_print_minutes(self) -> None:
        if self.controller is None:
            return
        try:
            # On demand: the preview pulls in QtPdf and fpdf2, which the window's start need not.
            from tinnhiem_desktop.ui.dialogs.minutes_dialog import MinutesDialog, render_off_thread
        except ImportError as exc:
            # Every build ships the preview and QtPdf: failing to load them is a broken install.
            self._prompter.error(self, self.tr(
                "Bản cài đặt bị hỏng: không nạp được %1 (%2). Hãy cài đặt lại phần mềm."
            ).replace("%1", exc.name or self.tr("thư viện xem trước biên bản")).replace(
                "%2", str(exc)))
            return
        session = self.controller.session
        rendered = self._prompter.attempt(self, lambda: render_off_thread(session, self))
        if rendered is None:
            return
        dialog = MinutesDialog(session, self, rendered)
        self._prompter.place(dialog, "minutes", QSize(900, 1000))
        dialog.exec()

    # ------------------------------------------------------------ view

    @Slot()
    def toggle_projector(self) -> None:
        """F5: open the projector view, or close it. The keyboard stays where it was."""
        if self.projector is not None:
            self.close_projector()
            return
        if self.controller is None:
            self.projector_action.setChecked(False)
            return
        from tinnhiem_desktop.ui.screens.projector_window import ProjectorWindow

        focused = QApplication.focusWidget()
        self.projector = ProjectorWindow(self.controller, self)
        self.projector.closed.connect(self._on_projector_closed)
        self.projector.open_on_screen()
        self.projector_action.setChecked(True)
        # Typing goes on: the view never takes the keyboard when it opens.
        self.activateWindow()
        if focused is not None:
            focused.setFocus()

    def close_projector(self) -> None:
        """Close the projector view if it is open."""
        if self.projector is not None:
            self.projector.close()

    @Slot()
    def _on_projector_closed(self) -> None:
        projector, self.projector = self.projector, None
        self.projector_action.setChecked(False)
        if projector is not None:
            projector.deleteLater()

    @Slot(bool)
    def _on_projector_results_action_triggered(self, checked: bool) -> None:
        c = self.controller
        if c is not None:
            self._prompter.attempt(self, lambda: c.set_projector_results(checked))
        self._on_controller_changed()

    def show_screen(self, index: int) -> None:
        """Ctrl+1 … Ctrl+4."""
        if self.workspace is not None:
            self.workspace.show_screen(index)

    def zoom(self, step: float) -> None:
        """Bigger or smaller type."""
        self.apply_zoom(self._settings.points + step)

    def apply_zoom(self, points: float) -> None:
        """Set the base point size for the whole window and remember it."""
        self._settings.points = points
        QApplication.setFont(ui_font(self._font_family, self._settings.points))
        if self.workspace is not None:
            self.workspace.set_zoom(self._settings.points)

    def set_language(self, code: str) -> None:
        """Remember the language; it applies at the next start."""
        if code != self._settings.language:
            self._settings.language = code
            self._prompter.inform(
                self, "Ngôn ngữ / Language",
                "Ngôn ngữ mới sẽ được dùng khi mở lại chương trình.\n"
                "The new language applies the next time the app starts.",
            )

    @Slot()
    def show_keys(self) -> None:
        """The keys of ballot entry."""
        self._help.show_keys(self)

    @Slot()
    def show_about(self) -> None:
        """Version and purpose."""
        self._help.show_about(self)

    # ------------------------------------------------------------ status

    @Slot()
    def _on_controller_changed(self) -> None:
        c = self.controller
        if c is None:
            return
        self.status.show_session(c)
        self.finalise_action.setEnabled(not c.read_only and not c.verifying)
        self.decide_action.setEnabled(not c.read_only and not c.verifying)
        self.spot_check_action.setEnabled(not c.read_only and not c.verifying)
        self.addendum_action.setEnabled(c.finalisation is not None and not c.view_only
                                        and not c.verifying)
        # After finalising the results are on the projector whatever was chosen.
        self.projector_results_action.setChecked(c.projector_results
                                                 or c.finalisation is not None)
        self.projector_results_action.setEnabled(c.projector_results_settable
                                                 and not c.verifying)

    @Slot(str)
    def _on_controller_backup_failed(self, message: str) -> None:
        self.status.show_backup_error(message)

    @Slot(object)
    def _on_controller_backup_made(self, path: Path) -> None:
        self.status.show_backup_made(path)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_leave():
            event.ignore()
            return
        self._memory.remember(self, "main")
        self._remember_table_margins()
        self.close_session()
        event.accept()


