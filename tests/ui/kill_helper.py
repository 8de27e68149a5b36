"""Run by test_kill.py in a child process: the real window, typing ballots into itself until killed.

``python kill_helper.py FILE FOLDER SEED`` opens FILE in the real main window (offscreen, rolling
copies on, as the app does), prints ``ready``, then types ballots into its own entry screen with
``QTest.keyClick`` (marks, Enter; now and then F8 for a whole-ballot invalid one). Each time the
read-back strip shows a ballot number it had not shown before, that number is printed, flushed at
once: a printed number is a ballot the window showed as recorded.
"""

from __future__ import annotations

import os
import random
import re
import sys
from collections.abc import Sequence
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from tinnhiem_desktop.ui.dialogs.prompts import Prompter  # noqa: E402
from tinnhiem_desktop.ui.i18n import load_ui_font  # noqa: E402
from tinnhiem_desktop.ui.main_window import MainWindow  # noqa: E402
from tinnhiem_desktop.ui.settings import AppSettings  # noqa: E402
from tinnhiem_desktop.ui.workspace import ENTRY  # noqa: E402

NUMBER = re.compile(r"phiếu số (\d+)$")


class ScriptedPrompter(Prompter):
    """No modal dialog may block the loop: messages go to stderr, F8 takes the first reason."""

    def error(self, parent: QWidget | None, message: str) -> None:
        print(f"error: {message}", file=sys.stderr, flush=True)

    def inform(self, parent: QWidget | None, title: str, message: str) -> None:
        print(f"inform: {message}", file=sys.stderr, flush=True)

    def confirm(self, parent: QWidget | None, title: str, question: str) -> bool:
        return False

    def choice(self, parent: QWidget | None, title: str, label: str, items: Sequence[str],
               editable: bool = False) -> str | None:
        return items[0] if items else None


def main() -> int:
    path, folder, seed = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    app = QApplication(["kill-helper"])
    settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat),
                           folder / "data")
    window = MainWindow(settings, ScriptedPrompter(app), load_ui_font())
    window.show()
    if not window.open_path(path) or window.workspace is None or window.controller is None:
        return 2
    window.show_screen(ENTRY)
    entry = window.workspace.entry_screen
    view = entry.paper_view
    codes = [*window.controller.session.regime.codes, "0", "x"]
    rnd = random.Random(seed)
    shown: str | None = None
    print("ready", flush=True)
    while True:
        match = NUMBER.search(entry.readback.title_text())
        if match and match.group(1) != shown:
            shown = match.group(1)
            print(shown, flush=True)
        if rnd.random() < 0.05:
            QTest.keyClick(view, Qt.Key.Key_F8)
        else:
            for _ in range(entry.paper.size):
                QTest.keyClick(view, rnd.choice(codes))
            QTest.keyClick(view, Qt.Key.Key_Return)
        app.processEvents()


if __name__ == "__main__":
    sys.exit(main())
