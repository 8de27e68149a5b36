"""Starting the window: the application, the bundled font, the translation, the first page."""

from __future__ import annotations

import gc
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QSettings, QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from tinnhiem_desktop import __version__
from tinnhiem_desktop.ui.dialogs.prompts import Prompter
from tinnhiem_desktop.ui.geometry import GeometryMemory
from tinnhiem_desktop.ui.i18n import install_translators, load_ui_font, ui_font
from tinnhiem_desktop.ui.main_window import MainWindow
from tinnhiem_desktop.ui.settings import AppSettings
from tinnhiem_desktop.ui.time_text import file_stamp

ORGANISATION = "TinNhiem"
APPLICATION = "TinNhiemDesktop"


def _install_crash_handler(report_dir: Path) -> None:
    """A bug (not a user error) writes a report and says where, instead of vanishing."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        text = "".join(traceback.format_exception(kind, value, tb))
        report = report_dir / f"loi-{file_stamp()}.txt"
        try:
            report_dir.mkdir(parents=True, exist_ok=True)
            report.write_text(f"tinnhiem-desktop {__version__}\n{text}", encoding="utf-8")
            where = str(report)
        except OSError:
            where = "(không ghi được báo cáo)"
        sys.stderr.write(text)
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(
            None,
            "Lỗi chương trình",
            "Chương trình gặp lỗi ngoài dự kiến. Các phiếu đã báo “đã ghi” vẫn an toàn trong "
            f"tệp phiên.\nBáo cáo lỗi: {where}\n\n{value!r}",
        )

    sys.excepthook = hook


def after_first_frame(window: QWidget, action: Callable[[], object]) -> None:
    """Run ``action`` on the event loop's turn after the one that put ``window`` on screen.

    Qt paints a widget window when the platform exposes it, which comes some turns after
    ``show()``: a zero timer set at ``show()`` would run first, and the window would appear only
    once ``action`` (opening a 100,000-ballot file) was done.
    """

    def check() -> None:
        handle = window.windowHandle()
        if handle is None or not handle.isExposed():
            QTimer.singleShot(1, check)
            return
        QTimer.singleShot(0, action)

    QTimer.singleShot(0, check)


def _started(window: MainWindow, opening: Path | None) -> None:
    """The first frame is on screen: open the file named on the command line, if any; then
    collect cyclic garbage again (``__main__.main`` stops it while the app starts)."""
    try:
        window.on_screen(opening)
    finally:
        gc.enable()


def run(argv: list[str]) -> int:
    """Open the window: ``argv`` may name a session file to open; else the start page."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(["tinnhiem-desktop", *argv])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    data_dir = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    )
    settings = AppSettings(QSettings(ORGANISATION, APPLICATION), data_dir)
    family = load_ui_font()
    app.setFont(ui_font(family, settings.points))
    translators = install_translators(app, settings.language)
    _install_crash_handler(data_dir / "bao-cao-loi")
    files = [Path(a) for a in argv if not a.startswith("-")]
    window = MainWindow(settings, Prompter(app, GeometryMemory(settings)), family,
                        opening=files[0] if files else None)
    window.show()
    # After the first frame: the window is on screen at once, whatever the file's size; it
    # opens the file, shows it and verifies it with the event loop running.
    after_first_frame(window, lambda: _started(window, files[0] if files else None))
    code = app.exec()
    del translators
    return int(code)
