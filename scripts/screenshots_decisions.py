"""Screenshots of the committee's decisions (issue 12) on the whole screen, written to
docs/screenshots/ (or ``--out``): the entry screen after F9, the dialog of ballots awaiting a
decision, the spot-check dialog, and the finalise refusal. Run under a virtual screen of the size
to show, once per size::

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots_decisions.py
    xvfb-run -a -s "-screen 0 1024x768x24" .venv/bin/python scripts/screenshots_decisions.py

The file names end in the screen's size (``quyet-dinh-phieu-cho-1366x768.png``).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import QSettings, QSize  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog  # noqa: E402

from tests.ui.conftest import NAMES  # noqa: E402
from tinnhiem_desktop.services.session import Session  # noqa: E402
from tinnhiem_desktop.ui import workspace  # noqa: E402
from tinnhiem_desktop.ui.dialogs.decisions_dialog import (  # noqa: E402
    SetAsideDialog,
    SpotCheckDialog,
)
from tinnhiem_desktop.ui.dialogs.finalise_dialog import FinaliseDialog  # noqa: E402
from tinnhiem_desktop.ui.dialogs.prompts import Prompter  # noqa: E402
from tinnhiem_desktop.ui.i18n import install_translators, load_ui_font, ui_font  # noqa: E402
from tinnhiem_desktop.ui.main_window import MainWindow  # noqa: E402
from tinnhiem_desktop.ui.settings import AppSettings  # noqa: E402

MARKS = "1121321131212x110213"
TASKBAR_AND_TITLE = 60


def build(path: Path) -> None:
    """A party session of 30 ballots: 24 recorded, two set aside, a spot-check of 4 with one
    paper that differs and one not compared yet."""
    with Session.create(path, "party-qd96-2023",
                        title="Hội nghị Ban Chấp hành Đảng bộ tỉnh lấy phiếu tín nhiệm",
                        summoned=35, present=31) as s:
        t = s.ballot_type().id
        s.set_candidates(t, NAMES)
        s.set_committee([("Lê Quang Hưng", "truong_ban"), ("Trần Thị Ánh Tuyết", "thu_ky")])
        s.set_accounting(t, issued=31, collected=30)
        for k in range(22):
            s.record_ballot(t, "".join(MARKS[(3 * k + i) % len(MARKS)] for i in range(5)))
        s.set_aside(t, "Dấu không rõ ở dòng 3, có vết tẩy")
        s.record_ballot(t, "12312")
        s.set_aside(t, "Đánh dấu bằng bút đỏ, không rõ ô")
        s.record_ballot(t, "11111")
        check = s.draw_spot_check(t, 4, "20261130")
        s.record_spot_check(check.id, check.numbers[0], True)
        s.record_spot_check(check.id, check.numbers[1], False,
                            "Dòng 2 trên giấy là ô 3, bản ghi là 1")
        s.record_spot_check(check.id, check.numbers[2], True)


def settle(app: QApplication, rounds: int = 8) -> None:
    for _ in range(rounds):
        app.processEvents()
        QTest.qWait(20)


def grab_screen(app: QApplication, target: Path) -> Path:
    """The whole screen as the user sees it (window and dialog), palette-reduced."""
    settle(app)
    raw = target.with_suffix(".raw.png")
    if not app.primaryScreen().grabWindow(0).save(str(raw), "PNG"):
        raise RuntimeError(f"could not grab {target}")
    with Image.open(raw) as image:
        image.convert("RGB").quantize(colors=256, dither=Image.Dither.NONE).save(
            target, optimize=True)
    raw.unlink()
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(["tinnhiem-desktop"])
    assert isinstance(app, QApplication)
    family = load_ui_font()
    app.setFont(ui_font(family, 11.0))
    translators = install_translators(app, "vi")
    screen = app.primaryScreen().size()
    size = f"{screen.width()}x{screen.height()}"
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="tinnhiem-anh-") as tmp:
        path = Path(tmp) / "hoi-nghi.tinnhiem"
        build(path)
        settings = AppSettings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat),
                               Path(tmp) / "data")
        prompter = Prompter(app)
        window = MainWindow(settings, prompter, family)
        window.move(0, 0)
        window.resize(screen.width(), screen.height() - TASKBAR_AND_TITLE)
        window.show()
        if not window.open_path(path) or window.workspace is None \
                or window.controller is None:
            raise RuntimeError(f"could not open {path}")
        controller = window.controller

        # Entry: a ballot set aside with F9 (the note answered as the recorder types it).
        window.show_screen(workspace.ENTRY)
        entry = window.workspace.entry_screen
        settle(app)
        for key in "12":
            QTest.keyClick(entry.paper_view, key)
        held = controller.set_aside(entry.type_id, "Phiếu rách góc, mất một phần dòng 4")
        entry.paper.clear()
        entry.readback.show_set_aside(held.number, held.note)
        entry._refresh_heading()  # noqa: SLF001 - what the F9 handler does after the note
        entry.say(f"Phiếu số {held.number} để riêng chờ Ban kiểm phiếu quyết định (Kết quả → "
                  "Phiếu chờ quyết định…).")
        written.append(grab_screen(app, out / f"quyet-dinh-de-rieng-F9-{size}.png"))

        window.show_screen(workspace.RESULTS)
        written.append(grab_screen(app, out / f"quyet-dinh-ket-qua-{size}.png"))
        shots: list[tuple[str, Callable[[], QDialog], str, QSize]] = [
            ("quyet-dinh-phieu-cho",
             lambda: SetAsideDialog(controller, prompter, window), "decide", QSize(820, 620)),
            ("quyet-dinh-kiem-tra-xac-suat",
             lambda: SpotCheckDialog(controller, prompter, window), "spot_check",
             QSize(820, 620)),
            ("quyet-dinh-chot-bi-tu-choi",
             lambda: FinaliseDialog(controller.results(), "Lê Quang Hưng", window), "finalise",
             QSize(760, 560)),
        ]
        for name, make, key, preferred in shots:
            dialog = make()
            prompter.place(dialog, key, preferred)
            dialog.show()
            dialog.raise_()
            if isinstance(dialog, SetAsideDialog):
                for mark in "123":
                    QTest.keyClick(dialog.marks_edit, mark)
            written.append(grab_screen(app, out / f"{name}-{size}.png"))
            dialog.reject()
            dialog.deleteLater()
            settle(app, 2)
        window.close_session()
        window.close()
        settle(app, 2)
    del translators
    for target in written:
        print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
