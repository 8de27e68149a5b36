"""Screenshots of the real window for the README, written to docs/screenshots/.

Run from the checkout, under a virtual display or offscreen::

    xvfb-run -a .venv/bin/python scripts/screenshots.py
    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py

It builds a realistic session in a temporary folder (party regime, six officials, the counting
committee, accounting and most ballots entered), opens the real window at 1366×768 and grabs each
screen; the first page of the minutes PDF is rendered by ``pdftoppm`` (poppler-utils).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import itertools
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from make_sample import fill_session  # noqa: E402
from PIL import Image  # noqa: E402
from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from tests.ui.entry_sessions import LONG_NAMES as OFFICIALS  # noqa: E402
from tinnhiem_desktop.reports.deck import render_deck  # noqa: E402
from tinnhiem_desktop.services.session import (  # noqa: E402
    Session,  # noqa: E402
    compare_files,
    copy_setup,
)
from tinnhiem_desktop.ui import workspace  # noqa: E402
from tinnhiem_desktop.ui.controller import SessionController  # noqa: E402
from tinnhiem_desktop.ui.dialogs.comparison_dialog import ComparisonDialog  # noqa: E402
from tinnhiem_desktop.ui.dialogs.minutes_dialog import MinutesDialog  # noqa: E402
from tinnhiem_desktop.ui.dialogs.prompts import Prompter  # noqa: E402
from tinnhiem_desktop.ui.i18n import install_translators, load_ui_font, ui_font  # noqa: E402
from tinnhiem_desktop.ui.main_window import MainWindow  # noqa: E402
from tinnhiem_desktop.ui.settings import AppSettings  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SIZE = (1366, 768)
SMALL = (1024, 768)
COLLECTED = 30
ENTERED = 24
"""Ballots entered before the shots: the stack is not finished, as in the middle of a count."""


def build_session(path: Path) -> None:
    """A party-regime session part-way through the count (fixed marks).

    Its clock (23 seconds a step) ends shortly before now: the window records the next ballot
    with the real clock, and the ballot list must read in order.
    """
    ticks = itertools.count()
    start = _dt.datetime.now().astimezone() - _dt.timedelta(seconds=23 * (ENTERED + 16))

    def clock() -> str:
        return (start + _dt.timedelta(seconds=23 * next(ticks))).isoformat(timespec="seconds")

    fill_session(path, clock, entered=ENTERED, present=31, trial=False, seed=2026,
                 collected=COLLECTED).close()


ROOMS = [((1024, 768), 12), ((1366, 768), 15)]
"""Entry-screen shots: a laptop screen, and the officials it must show whole."""
TASKBAR_AND_TITLE = 60
"""What a maximised window loses of the screen's height: taskbar and title bar."""


def entry_session(path: Path, officials: int) -> None:
    """A session of ``officials`` long-named officials with 23 of 40 ballots entered."""
    marks = "1121321131212x1102131"
    with Session.create(path, "party-qd96-2023", title="Hội nghị Ban Chấp hành Đảng bộ tỉnh",
                        summoned=45, present=42) as s:
        t = s.ballot_type().id
        s.set_candidates(t, OFFICIALS[:officials])
        s.set_accounting(t, issued=42, collected=40)
        for k in range(23):
            s.record_ballot(t, "".join(marks[(3 * k + i) % len(marks)] for i in range(officials)))


def entry_shots(app: QApplication, family: str, folder: Path,
                wanted: set[str]) -> list[Path]:
    """The entry screen of a maximised window at 1024×768 and 1366×768: ballot 24 recorded
    (the read-back shows it), ballot 25 half typed; only those in ``wanted`` (all if empty)."""
    written = []
    for (width, height), officials in ROOMS:
        name = f"4-nhap-phieu-{width}x{height}-{officials}-nguoi"
        if wanted and name not in wanted:
            continue
        path = folder / f"phien-{officials}.tinnhiem"
        entry_session(path, officials)
        settings = AppSettings(QSettings(str(folder / f"entry-{officials}.ini"),
                                         QSettings.Format.IniFormat), folder / "data")
        window = MainWindow(settings, Prompter(app), family)
        window.resize(width, height - TASKBAR_AND_TITLE)
        window.show()
        if not window.open_path(path) or window.workspace is None:
            raise RuntimeError(f"could not open {path}")
        window.show_screen(workspace.ENTRY)
        settle(app)
        view = window.workspace.entry_screen.paper_view
        type_keys(view, ("1213x0" * 3)[:officials])
        QTest.keyClick(view, Qt.Key.Key_Return)
        settle(app)
        type_keys(view, "12132"[: officials // 2])
        written.append(save(window, name, app))
        window.close_session()
        window.close()
        settle(app, 2)
    return written


COMPARISON_SHOTS = ("8-doi-chieu", "8-doi-chieu-1024")


def comparison_shots(app: QApplication, source: Path) -> list[Path]:
    """The comparison screen: ``source`` against a second pass of its stack read differently
    on three ballots and missing one, at 1366×768 and 1024×768, the first difference shown."""
    second = source.with_name("hoi-nghi-bch-2026-kiem-tra.tinnhiem")
    copy_setup(source, second)
    with Session.open_to_view(source) as s:
        type_id = s.ballot_type().id
        ballots = s.active_ballots(type_id)
    changed = {3: 2, 11: 0, 17: 4}  # ballot number → the official read differently
    with Session.open(second) as s:
        for b in ballots:
            if b.number == 20:
                continue  # skipped in the second pass
            marks = b.marks
            if b.number in changed and marks:
                i = changed[b.number]
                marks = marks[:i] + ("1" if marks[i] != "1" else "3") + marks[i + 1:]
            s.record_ballot(type_id, marks, b.invalid_reason, b.number)
    comparison = compare_files([source, second])
    written = []
    for (width, height), name in zip((SIZE, SMALL), COMPARISON_SHOTS, strict=True):
        session = Session.open(source)
        controller = SessionController(session)
        dialog = ComparisonDialog(controller, Prompter(app), comparison)
        dialog.resize(width, height - TASKBAR_AND_TITLE)
        dialog.show()
        settle(app)
        written.append(save(dialog, name, app))
        dialog.hide()  # not reject(): that asks about the differences left undecided
        dialog.deleteLater()
        controller.close()
        settle(app, 2)
    second.unlink()
    return written


def settle(app: QApplication, rounds: int = 8) -> None:
    """Layouts and the PDF view settle over several event-loop turns."""
    for _ in range(rounds):
        app.processEvents()
        QTest.qWait(20)


def save(widget: QWidget, name: str, app: QApplication) -> Path:
    """Grab ``widget`` into docs/screenshots/<name>.png, palette-reduced to stay small."""
    settle(app)
    target = OUT / f"{name}.png"
    raw = target.with_suffix(".raw.png")
    if not widget.grab().save(str(raw), "PNG"):
        raise RuntimeError(f"could not grab {name}")
    _shrink(raw, target)
    return target


def _shrink(raw: Path, target: Path) -> None:
    with Image.open(raw) as image:
        small = image.convert("RGB").quantize(colors=256, dither=Image.Dither.NONE)
        small.save(target, optimize=True)
    raw.unlink()


def minutes_page(pdf: Path, name: str, page: int = 1) -> Path:
    """A page of a PDF (page 1 of the minutes), rendered at 80 dpi by pdftoppm."""
    if shutil.which("pdftoppm") is None:
        raise RuntimeError("pdftoppm not found: install poppler-utils")
    stem = pdf.with_name("trang")
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(stem)], check=True)
    target = OUT / f"{name}.png"
    _shrink(stem.with_suffix(".png"), target)
    return target


def type_keys(view: QWidget, keys: str) -> None:
    """Mark keys as the recorder presses them."""
    for key in keys:
        QTest.keyClick(view, key)


def projector_shots(app: QApplication, window: MainWindow,
                    shot: Callable[[QWidget, str], None]) -> None:
    """The projector view (F5) as a window of the laptop's size: ballot 25 (ballot 26, half
    typed, is not shown), at 1366×768; then with the running results turned on, at 1024×768."""
    window.toggle_projector()
    projector = window.projector
    if projector is None:
        raise RuntimeError("the projector view did not open")
    projector.showNormal()
    projector.resize(1366, 768)
    settle(app)
    shot(projector, "8-man-hinh-chieu")
    window.projector_results_action.trigger()
    projector.resize(1024, 768)
    settle(app)
    shot(projector, "8-man-hinh-chieu-1024-ket-qua")
    window.projector_results_action.trigger()
    window.close_projector()
    settle(app, 2)


def main() -> int:
    """Write every screenshot; prints the files written."""
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", nargs="+", metavar="NAME",
                        help="write only these shots (e.g. 2-phien 2-phien-1024); default: all")
    args = parser.parse_args()
    wanted = set(args.only or [])
    written: list[Path] = []

    def shot(widget: QWidget, name: str) -> None:
        if not wanted or name in wanted:
            written.append(save(widget, name, app))

    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(["tinnhiem-desktop"])
    assert isinstance(app, QApplication)
    family = load_ui_font()
    app.setFont(ui_font(family, 11.0))
    translators = install_translators(app, "vi")
    with tempfile.TemporaryDirectory(prefix="tinnhiem-anh-") as tmp:
        folder = Path(tmp) / "Kiểm phiếu"
        folder.mkdir()
        path = folder / "hoi-nghi-bch-2026.tinnhiem"
        build_session(path)
        qsettings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        settings = AppSettings(qsettings, Path(tmp) / "data")
        settings.add_recent(path)
        window = MainWindow(settings, Prompter(app), family)
        window.resize(*SIZE)
        window.show()
        shot(window, "1-trang-dau")

        if not window.open_path(path) or window.workspace is None:
            raise RuntimeError(f"could not open {path}")
        window.resize(*SIZE)
        window.show_screen(workspace.SESSION)
        shot(window, "2-phien")
        window.resize(*SMALL)  # the smallest laptop screen still in use: everything fits
        shot(window, "2-phien-1024")
        window.resize(*SIZE)
        window.show_screen(workspace.OFFICIALS)
        shot(window, "3-nguoi-duoc-lay-phieu")

        window.show_screen(workspace.ENTRY)
        settle(app)
        view = window.workspace.entry_screen.paper_view
        type_keys(view, "1213" + "12")  # ballot 25 recorded: the read-back shows it
        QTest.keyClick(view, Qt.Key.Key_Return)
        settle(app)
        type_keys(view, "12x")  # ballot 26 half typed: the current row is the fourth
        shot(window, "4-nhap-phieu")
        projector_shots(app, window, shot)

        window.show_screen(workspace.RESULTS)
        shot(window, "5-ket-qua")

        controller = window.controller
        assert controller is not None
        dialog = MinutesDialog(controller.session, window)
        dialog.resize(900, 740)
        dialog.show()
        shot(dialog, "6-xem-truoc-bien-ban")
        pdf = Path(tmp) / "bien-ban.pdf"
        shutil.copyfile(dialog.pdf_path, pdf)
        dialog.reject()
        if not wanted or "7-bien-ban-trang-1" in wanted:
            written.append(minutes_page(pdf, "7-bien-ban-trang-1"))
        deck_shots = {"8-bo-phieu-thu-phieu-7": 7, "9-bo-phieu-thu-ket-qua-dung": 10}
        if not wanted or wanted & set(deck_shots):
            session = controller.session
            deck, deck_pdf = session.test_deck(), Path(tmp) / "bo-phieu-thu.pdf"
            render_deck(session.regime, session.info, deck, session.test_deck_expected(),
                        deck_pdf)
            written += [minutes_page(deck_pdf, name, page) for name, page in deck_shots.items()
                        if not wanted or name in wanted]
        window.close_session()
        window.close()
        settle(app, 2)
        if not wanted or wanted & set(COMPARISON_SHOTS):
            written += comparison_shots(app, path)
        written += entry_shots(app, family, Path(tmp), wanted)
    del translators
    for target in written:
        print(f"{target.relative_to(ROOT)}  {target.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
