"""Opening a session file from the window: for writing with rolling copies, else for viewing;
and the two ways to get a file to open: a new session, or a copy of the shipped sample.

Every refusal is the service's Vietnamese message; only a file that cannot be written (read-only
file or folder) is offered again for viewing, which needs no write access and no lock.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from tinnhiem_desktop.domain.errors import FileNotWritable, UserFacingError
from tinnhiem_desktop.resources import resource
from tinnhiem_desktop.services.session import Session, shipped_regimes
from tinnhiem_desktop.ui.core_texts import regime_name
from tinnhiem_desktop.ui.dialogs.prompts import Prompter
from tinnhiem_desktop.ui.time_text import file_stamp

FILE_FILTER = "Phiên kiểm phiếu (*.tinnhiem)"
SAMPLE = ("samples", "mau.tinnhiem")


def same_file(a: Path, b: Path) -> bool:
    """Both paths name one file."""
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return False


class SessionOpener(QObject):
    """Opens a file as the app does; returns ``None`` after telling the user why not."""

    def __init__(self, prompter: Prompter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._prompter = prompter

    def open(self, parent: QWidget | None, path: Path) -> Session | None:
        """For writing (rolling copies on), not verified yet: the caller verifies it off the
        GUI thread (``SessionController.start_verify``) while the window shows it; if the file
        cannot be written, offer viewing (likewise not verified yet)."""
        try:
            return Session.open(Path(path), rolling_backup=True, verify=False)
        except FileNotWritable as exc:
            question = exc.message + "\n\n" + self.tr(
                "Mở tệp ở chế độ chỉ xem? Xem kết quả và in biên bản được; không nhập phiếu, "
                "không sửa được gì.")
            if not self._prompter.confirm(parent, self.tr("Mở ở chế độ chỉ xem"), question):
                return None
            # Verified off the GUI thread too, with the same progress and refusal (the window's
            # _open_verified): only the header and structure are checked here.
            return self._prompter.attempt(
                parent, lambda: Session.open_to_view(Path(path), verify=False))
        except UserFacingError as exc:
            self._prompter.error(parent, exc.message)
            return None

    def ask_path(self, parent: QWidget | None) -> Path | None:
        """Ask which session file to open; ``None`` when cancelled. Through the prompter, which
        names QFileDialog only when it asks: naming the class builds its enums (9 M
        instructions), which opening a file named on the command line does without."""
        return self._prompter.open_path(parent, self.tr("Mở phiên"), FILE_FILTER)

    def create(self, parent: QWidget | None) -> Path | None:
        """Ask where to save and which regime, create the session and close it again: the
        caller opens it the way every session is opened, so rolling copies are made from now on.
        The path created, or ``None`` (cancelled, or refused and told)."""
        answer = self._prompter.save_path(parent, self.tr("Tạo phiên mới"), "", [FILE_FILTER])
        if answer is None:
            return None
        path = str(answer[0])
        target = Path(path) if path.endswith(".tinnhiem") else Path(path + ".tinnhiem")
        regimes = shipped_regimes()
        labels = {f"{regime_name(r)} [{r.id}]": r.id for r in regimes.values()}
        choice = self._prompter.choice(parent, self.tr("Thể thức"),
                                       self.tr("Chọn thể thức (không đổi được sau khi tạo):"),
                                       list(labels))
        if choice is None or choice not in labels:
            return None
        session = self._prompter.attempt(parent, lambda: Session.create(target, labels[choice]))
        if session is None:
            return None
        session.close()
        return target

    def copy_sample(self, parent: QWidget | None, data_dir: Path) -> Path | None:
        """Copy the shipped sample into ``data_dir`` under a new name (the shipped file is never
        opened itself); the copy, or ``None`` after saying why not."""
        stamp = file_stamp()
        data_dir.mkdir(parents=True, exist_ok=True)
        target = data_dir / f"mau-{stamp}.tinnhiem"
        n = 1
        while target.exists():
            n += 1
            target = data_dir / f"mau-{stamp}-{n}.tinnhiem"
        try:
            shutil.copyfile(resource(*SAMPLE), target)
        except OSError as exc:
            self._prompter.error(parent, self.tr("Không chép được phiên mẫu: %1")
                                 .replace("%1", str(exc)))
            return None
        target.chmod(0o644)
        return target
