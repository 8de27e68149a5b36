"""Instructions per Enter, without and with the projector view open (callgrind, not the clock).

    .venv/bin/python scripts/callgrind_enter.py [--ballots 2000] [--officials 50] [--enters 20]
                                                [--few] [--read-back]

Needs valgrind, its headers (valgrind/callgrind.h) and a C compiler. It builds a session the way
the benchmark does, then runs the real window twice under ``valgrind --tool=callgrind`` (offscreen),
typing ballots by key presses as ``tinnhiem_desktop.bench.window`` does: marks typed, then Enter
timed until neither window repaints. Only the Enters are counted: a tiny shared library
toggles callgrind's collection around each one (client requests), so opening the window and
typing the marks are left out. Rolling copies are switched off (a worker thread whose timing
under valgrind differs from run to run). Each ballot changes every official's level, as the
benchmark's do; ``--few`` changes five officials' levels a ballot instead. Prints the
instructions per Enter of each run and the projector's share: the difference. With
``--read-back``, each Enter is counted only until the recorder's window has drawn its first frame
after the key (the ballot durable and its read-back on screen): what the view adds before the
recorder sees the ballot (the room's frame comes after it).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SHIM = """
#include <valgrind/callgrind.h>
void pe_start(void) { CALLGRIND_TOGGLE_COLLECT; }
void pe_stop(void) { CALLGRIND_TOGGLE_COLLECT; }
"""
WARM_UP = 5
"""Ballots typed before counting (first paints fill caches)."""


def child(session: Path, shim: Path, projector: bool, enters: int, few: bool,
          read_back: bool) -> None:
    """Inside valgrind: open the window on ``session`` and type the ballots."""
    import ctypes

    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest

    from tinnhiem_desktop.bench.window import (
        PaintWatch,
        _application,
        _EitherWatch,
        _press,
        _quiet_offscreen_noise,
        _raising_prompter,
        _settle,
        ballot_marks,
        until_painted,
    )
    from tinnhiem_desktop.ui.main_window import MainWindow
    from tinnhiem_desktop.ui.settings import AppSettings
    from tinnhiem_desktop.ui.workspace import ENTRY

    marker = ctypes.CDLL(str(shim))
    folder = session.parent
    app, family = _application()
    with _quiet_offscreen_noise():
        settings = AppSettings(QSettings(str(folder / "settings.ini"),
                                         QSettings.Format.IniFormat), folder / "data")
        window = MainWindow(settings, _raising_prompter(), family)
        window.resize(1366, 768)
        window.show()
        window.on_screen()  # as ui/app.py does once the first frame is on screen
        if not window.open_path(session) or window.controller is None \
                or window.workspace is None:
            raise SystemExit(f"could not open {session}")
        window.show_screen(ENTRY)
        _settle(app)
        window.controller.session.rolling_backup = None
        screen = window.workspace.entry_screen
        view = screen.paper_view
        codes = list(window.controller.session.regime.codes)
        recorder = PaintWatch(window, frames=True)
        watch: object = recorder
        if projector:
            window.toggle_projector()
            _settle(app)
            watch = _EitherWatch(recorder, PaintWatch(window.projector))
        counting = False

        def stop() -> None:
            nonlocal counting
            if counting:
                marker.pe_stop()
                counting = False

        if read_back:  # stop at the end of the recorder's first frame after the key
            recorder.on_frame = stop
        size = screen.paper.size
        for k in range(WARM_UP + enters):
            if few:
                marks = [codes[row % len(codes)] for row in range(size)]
                for j in range(5):
                    row = (k * 5 + j) % size
                    marks[row] = codes[(row + 1 + k) % len(codes)]
            else:
                marks = ballot_marks(codes, k, size)
            for code in marks:
                _press(view, code)
            until_painted(app, watch)  # type: ignore[arg-type]
            if k >= WARM_UP:
                counting = True
                marker.pe_start()
            QTest.keyClick(view, Qt.Key.Key_Return)
            until_painted(app, watch)  # type: ignore[arg-type]
            stop()
            if not screen.paper.is_blank():
                raise SystemExit(f"ballot {k} was not recorded")
        window.close_session()
        window.close()
        _settle(app)


def measure(session: Path, shim: Path, projector: bool, enters: int, few: bool,
            read_back: bool, out: Path) -> int:
    """Instructions of ``enters`` Enters (one run under callgrind)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    copy = out.parent / f"{out.stem}.tinnhiem"
    shutil.copy(session, copy)
    argv = ["valgrind", "--tool=callgrind", "--collect-atstart=no",
            f"--callgrind-out-file={out}", sys.executable, __file__, "--child", str(copy),
            "--shim", str(shim), "--enters", str(enters)]
    argv += ["--projector"] if projector else []
    argv += ["--few"] if few else []
    argv += ["--read-back"] if read_back else []
    subprocess.run(argv, check=True, env=env, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    found = re.search(r"^totals:\s+(\d+)", out.read_text(), re.MULTILINE)
    if found is None:
        raise SystemExit(f"no totals in {out}")
    return int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ballots", type=int, default=2000)
    parser.add_argument("--officials", type=int, default=50)
    parser.add_argument("--enters", type=int, default=20)
    parser.add_argument("--few", action="store_true")
    parser.add_argument("--child")
    parser.add_argument("--shim")
    parser.add_argument("--projector", action="store_true")
    parser.add_argument("--read-back", action="store_true")
    args = parser.parse_args()
    if args.child:
        child(Path(args.child), Path(args.shim), args.projector, args.enters, args.few,
              args.read_back)
        return
    from tinnhiem_desktop.bench.figures import build_big_session

    with tempfile.TemporaryDirectory(prefix="callgrind-enter-") as name:
        folder = Path(name)
        (folder / "shim.c").write_text(SHIM)
        shim = folder / "libshim.so"
        subprocess.run(["cc", "-O1", "-shared", "-fPIC", "-o", str(shim), str(folder / "shim.c")],
                       check=True)
        session = folder / "session.tinnhiem"
        build_big_session(session, args.officials, args.ballots).close()
        per_enter = {}
        for projector in (False, True):
            name_ = "with" if projector else "without"
            total = measure(session, shim, projector, args.enters, args.few, args.read_back,
                            folder / f"{name_}.out")
            per_enter[projector] = total // args.enters
            print(f"Enter {name_} the projector: {per_enter[projector]:,} instructions")
        print(f"the projector's share: {per_enter[True] - per_enter[False]:,} instructions "
              "per Enter")


if __name__ == "__main__":
    main()
