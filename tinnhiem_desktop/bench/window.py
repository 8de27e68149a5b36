"""The window's figures for ``python -m tinnhiem_desktop.bench``.

Two kinds of figure:

* **Start-up**, measured in child processes from launch to the first frame of a shown window, for
  a bare PySide6 window (the floor) and for our window with a session open (started through the
  app's own entry point by :mod:`tinnhiem_desktop.bench.launch`). Both children leave through
  :func:`~tinnhiem_desktop.bench.launch.exit_when_shown`, so the two figures are taken the same
  way and compare: from launch to the first frame each process shows, with nothing imported
  ahead of the app's own start (the launcher finds our window by its class's name).
* **Entry**, measured in this process on the real window (offscreen when there is no display),
  driven by key presses the way the recorder types: a mark key; ``Enter`` from the key until the
  last repaint it causes (the ballot durable, the read-back strip and everything else drawn),
  against a bare synced commit timed between ballots; the first key after it; and the longest
  turn of the event loop a rolling copy takes.

Nothing here prints: the benchmark prints.
"""

from __future__ import annotations

import contextlib
import os
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tinnhiem_desktop.bench.launch import PAINTED_MARK, PEAK_MARK, SHOWN_MARK

REAL_BALLOTS = 500
"""Ballots in the session opened for ``startup_ms``: a large real conference."""
WINDOW_SIZE = (1366, 768)

BARE_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
from tinnhiem_desktop.bench.launch import exit_when_shown
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1366, 768)
window.show()
exit_when_shown(app, window, "bare")
sys.exit(app.exec())
"""


# ---------------------------------------------------------------- start-up


def _child_env(folder: Path) -> dict[str, str]:
    """The children write their settings and data under ``folder``, never the user's."""
    env = dict(os.environ)
    for name, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                      ("XDG_CACHE_HOME", "cache")):
        (folder / sub).mkdir(parents=True, exist_ok=True)
        env[name] = str(folder / sub)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


@dataclass(frozen=True)
class Launch:
    """One start of a child: seconds from launch to its first frame and to usable, and the
    child's own peak memory (MB)."""

    painted: float
    shown: float
    peak_mb: float


def time_to_shown(argv: list[str], env: dict[str, str], expect: str) -> Launch:
    """Launch ``argv`` (interpreter start-up included) and time its ``painted`` and ``shown``
    lines; its ``peak`` line is the child's peak memory."""
    start = time.perf_counter()
    with subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                          text=True) as child:
        # A child stuck on a message box would hang the benchmark: it gets a minute.
        watchdog = threading.Timer(60, child.kill)
        watchdog.start()
        try:
            assert child.stdout is not None
            first = child.stdout.readline()
            painted = time.perf_counter() - start
            line = child.stdout.readline()
            shown = time.perf_counter() - start
            # Line by line: communicate() reads the pipe itself, past what readline buffered.
            last = child.stdout.readline()
            _, err = child.communicate()
        finally:
            watchdog.cancel()
    if first.strip() != PAINTED_MARK or line.strip() != f"{SHOWN_MARK} {expect}" \
            or not last.startswith(PEAK_MARK + " "):
        raise RuntimeError(f"{argv} did not show {expect!r}: {first!r} {line!r} {last!r}\n"
                           f"{err[-2000:]}")
    return Launch(painted, shown, float(last.split()[1]))


def startup_figures(folder: Path, sessions: dict[str, Path], runs: int = 5) -> dict[str, float]:
    """Median launch-to-usable of a bare window (``bare_qt_startup_ms``: its first frame) and of
    ours with each of ``sessions`` open (``<name>_ms``: the session shown, verified and painted);
    ``first_paint_ms``: median launch-to-first-frame of ours with the first of ``sessions``;
    ``first_paint_big_ms`` the same with the last; ``peak_rss_mb``: the most memory our app's
    process held, over every run of the last of ``sessions`` (the app's, not the benchmark's).

    One untimed run of each first (so all start with warm disk caches); then they alternate,
    so that drift on a noisy machine falls on all alike.
    """
    env = _child_env(folder / "startup-home")
    # An installed app starts from bytecode (pip compiles on install, PyInstaller bundles .pyc);
    # a checkout run with PYTHONDONTWRITEBYTECODE=1 would recompile our modules on every start.
    # Compile once here so the figure is the app's, not the compiler's.
    import compileall

    import tinnhiem_desktop

    compileall.compile_dir(Path(tinnhiem_desktop.__file__).parent, quiet=1)
    commands = {"bare_qt_startup": ([sys.executable, "-c", BARE_WINDOW], "bare")}
    for name, path in sessions.items():
        commands[name] = ([sys.executable, "-m", "tinnhiem_desktop.bench.launch", str(path)],
                          "session")
    for argv, expect in commands.values():
        time_to_shown(argv, env, expect)
    launches: dict[str, list[Launch]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, (argv, expect) in commands.items():
            launches[name].append(time_to_shown(argv, env, expect))
    figures = {f"{name}_ms": _ms(statistics.median(x.shown for x in runs_))
               for name, runs_ in launches.items()}
    names = list(sessions)
    figures["first_paint_ms"] = _ms(statistics.median(x.painted for x in launches[names[0]]))
    figures["first_paint_big_ms"] = _ms(
        statistics.median(x.painted for x in launches[names[-1]]))
    figures["peak_rss_mb"] = max(x.peak_mb for x in launches[names[-1]])
    return figures


# ---------------------------------------------------------------- entry


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 3)


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def _application() -> Any:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from tinnhiem_desktop.ui.i18n import load_ui_font, ui_font

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(["tinnhiem-bench"])
    family = load_ui_font()
    app.setFont(ui_font(family, 11.0))
    return app, family


def entry_figures(session_path: Path, folder: Path, samples: int = 200,
                  key_ballots: int = 20) -> dict[str, float]:
    """Mark key, Enter, rolling-copy and results-screen times on the real window with
    ``session_path`` open.

    ``samples`` ballots are typed by key presses; the keys of the first ``key_ballots`` of them are
    timed one by one (each followed by the paint it causes), the others typed without pause.
    ``Enter`` is timed from the key to the last repaint it causes (:func:`until_painted`): the
    ballot committed (the controller returns only then), the read-back strip, the heading, the
    ballot list and the status bar drawn, after every layout pass. Between ballots one bare
    synced commit (:class:`~tinnhiem_desktop.bench.figures.CommitFloor`) is timed on the same
    disk, so ``record_ballot_vs_commit`` compares the two at the same moments, and
    ``sqlite_commit_ms_p99`` is the disk's own slowest commits under ``record_ballot_ms_p99``
    (rolling copies are made as usual meanwhile, every 25 ballots). The first mark key
    of each ballot is timed the same way (``first_key_after_enter_ms``, median). Then about
    ``samples`` more ballots, without and with the projector view open in turn
    (:func:`_projector_figures`).
    """
    from PySide6.QtCore import QSettings

    from tinnhiem_desktop.bench.figures import CommitFloor
    from tinnhiem_desktop.ui.main_window import MainWindow
    from tinnhiem_desktop.ui.settings import AppSettings
    from tinnhiem_desktop.ui.workspace import ENTRY, RESULTS

    app, family = _application()
    settings = AppSettings(QSettings(str(folder / "bench-settings.ini"),
                                     QSettings.Format.IniFormat), folder / "bench-data")
    window = MainWindow(settings, _raising_prompter(), family)
    window.resize(*WINDOW_SIZE)
    window.show()
    # As ui/app.py does once the first frame is on screen: the window is brought inside the
    # screen and kept there. Without a display that is Qt's offscreen screen, 800 pixels wide,
    # so the entry figures are those of a 796-pixel window, as they always were.
    window.on_screen()
    floor = CommitFloor(folder / "floor-interleaved.sqlite")
    watch = PaintWatch(window)
    try:
        if not window.open_path(session_path) or window.workspace is None:
            raise RuntimeError(f"could not open {session_path}")
        window.show_screen(ENTRY)
        _settle(app)
        collections = _full_collection_times()
        screen = window.workspace.entry_screen
        controller = window.controller
        assert controller is not None
        codes = list(controller.session.regime.codes)
        key_times: list[float] = []
        first_key_times: list[float] = []
        enter_times: list[float] = []
        _type_ballots(app, watch, screen, controller.session, codes, samples, key_ballots,
                      floor, key_times, first_key_times, enter_times)
        projector = _projector_figures(app, window, screen, controller.session, codes,
                                       block=max(samples // (2 * PAIRS), 1))
        stall = backup_stall(app, watch, window, codes)
        results_times = _results_screen_times(app, window, RESULTS, ENTRY, codes, runs=10)
    finally:
        watch.remove()
        floor.close()
        window.close_session()
        window.close()
        window.deleteLater()
        _settle(app)
    record_p50 = statistics.median(enter_times)
    return {
        "record_ballot_ms_p50": _ms(record_p50),
        "record_ballot_ms_p99": _ms(_percentile(enter_times, 99)),
        "record_ballot_vs_commit": round(record_p50 / statistics.median(floor.times), 2),
        "sqlite_commit_ms_p99": _ms(_percentile(floor.times, 99)),
        **projector,
        "first_key_after_enter_ms": _ms(statistics.median(first_key_times)),
        "mark_key_ms_p50": _ms(statistics.median(key_times)),
        "mark_key_ms_p99": _ms(_percentile(key_times, 99)),
        "backup_stall_ms": _ms(stall),
        **collections,
        "results_screen_ms": _ms(statistics.median(results_times)),
    }


def _full_collection_times(runs: int = 3) -> dict[str, float]:
    """A full collection of the interpreter's garbage, as one could fall due at any Enter:
    with what was alive when the session became usable frozen (the window does that,
    ``MainWindow._ready``), and with it not (``full_collection_unfrozen_ms``); medians."""
    import gc

    from tinnhiem_desktop.bench.figures import time_calls

    frozen = statistics.median(time_calls(gc.collect, runs))
    gc.unfreeze()
    try:
        unfrozen = statistics.median(time_calls(gc.collect, runs))
    finally:
        gc.freeze()
    return {"full_collection_ms": _ms(frozen), "full_collection_unfrozen_ms": _ms(unfrozen)}


PAIRS = 8
"""Pairs of blocks of ballots typed without and with the projector view open."""


def ballot_marks(codes: list[str], k: int, size: int) -> list[str]:
    """The marks of the ``k``-th ballot typed: every official's level differs from the ballot
    before (the read-back's and the projector's worst case)."""
    return [codes[(k + row) % len(codes)] for row in range(size)]


def _projector_figures(app: Any, window: Any, screen: Any, session: Any, codes: list[str],
                       block: int) -> dict[str, float]:
    """Enter without and with the projector view open (F5), in :data:`PAIRS` pairs of blocks
    of ``block`` ballots; the order within a pair alternates (without then with, with then
    without, …), so that a noisy machine's drift falls on both alike.

    Each Enter is timed to the end of the recorder's window's first frame after the key: the
    ballot durable, its read-back drawn and put on screen (``read_back_ms_p50`` without the
    view, ``read_back_projector_ms_p50`` with it); with the view, also until neither window
    repaints (``record_ballot_projector_ms_p50/p99``, as ``record_ballot_ms``) and from the end
    of the recorder's frame to the end of the room's (``projector_lag_ms_p50/p99``).
    ``projector_extra_ms`` is the median over the pairs of what the view adds to the read-back
    (the pair's median with the view less its median without), ``projector_extra_low_ms`` and
    ``projector_extra_high_ms`` the second smallest and second largest: an interval that holds
    the true median difference 93 times in 100 (a sign test, 8 pairs), so a view that adds
    nothing measurable gives an interval around 0.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    read_back: dict[bool, list[list[float]]] = {False: [], True: []}
    whole: list[float] = []
    lag: list[float] = []
    view = screen.paper_view
    for pair in range(PAIRS):
        for shown in ((False, True) if pair % 2 == 0 else (True, False)):
            recorder = PaintWatch(window, frames=True)
            room = None
            if shown:
                window.toggle_projector()
                if window.projector is None:
                    raise RuntimeError("the projector view did not open")
                _settle(app)
                room = PaintWatch(window.projector, frames=True)
            times: list[float] = []
            watches = [recorder] if room is None else [recorder, room]
            either: Any = _EitherWatch(*watches)
            for k in range(block):
                for code in ballot_marks(codes, k, screen.paper.size):
                    _press(view, code)
                until_painted(app, either)
                for w in watches:
                    w.frames.clear()
                expected = session.next_number(screen.type_id)
                start = time.perf_counter()
                QTest.keyClick(view, Qt.Key.Key_Return)
                end = until_painted(app, either)
                _check_recorded(screen, expected)
                if not recorder.frames:
                    raise RuntimeError("the recorder's window drew no frame")
                strip_done = recorder.frames[0][1]
                times.append(strip_done - start)
                if room is not None:
                    if not room.frames or room.frames[0][0] < strip_done:
                        raise RuntimeError("the room's view was not drawn after the read-back")
                    whole.append(end - start)
                    lag.append(room.frames[0][1] - strip_done)
            read_back[shown].append(times)
            recorder.remove()
            if room is not None:
                last = screen.readback.title_text().split()[-1]
                if not window.projector.board.heading_text().endswith(f" {last}"):
                    raise RuntimeError("the projector view did not show the last ballot")
                room.remove()
                window.close_projector()
                _settle(app)
    extra = sorted(statistics.median(with_) - statistics.median(without)
                   for without, with_ in zip(read_back[False], read_back[True], strict=True))
    every = {shown: [t for times in blocks for t in times] for shown, blocks in read_back.items()}
    return {
        "read_back_ms_p50": _ms(statistics.median(every[False])),
        "read_back_projector_ms_p50": _ms(statistics.median(every[True])),
        "projector_extra_ms": _ms(statistics.median(extra)),
        "projector_extra_low_ms": _ms(extra[1]),
        "projector_extra_high_ms": _ms(extra[-2]),
        "record_ballot_projector_ms_p50": _ms(statistics.median(whole)),
        "record_ballot_projector_ms_p99": _ms(_percentile(whole, 99)),
        "projector_lag_ms_p50": _ms(statistics.median(lag)),
        "projector_lag_ms_p99": _ms(_percentile(lag, 99)),
    }


def _type_ballots(app: Any, watch: Any, screen: Any, session: Any, codes: list[str],
                  samples: int, key_ballots: int, floor: Any, key_times: list[float],
                  first_key_times: list[float], enter_times: list[float]) -> None:
    """Type ``samples`` ballots by key presses, timing as :func:`entry_figures` says; ``floor``
    (a :class:`~tinnhiem_desktop.bench.figures.CommitFloor` or None) is timed between them."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    view = screen.paper_view
    for k in range(samples):
        marks = ballot_marks(codes, k, screen.paper.size)
        start = time.perf_counter()
        _press(view, marks[0])
        first_key_times.append(until_painted(app, watch) - start)
        if k < key_ballots:
            key_times.append(first_key_times[-1])
        for code in marks[1:]:
            if k < key_ballots:
                start = time.perf_counter()
                _press(view, code)
                app.processEvents()
                key_times.append(time.perf_counter() - start)
            else:
                _press(view, code)
        until_painted(app, watch)
        expected = session.next_number(screen.type_id)
        start = time.perf_counter()
        QTest.keyClick(view, Qt.Key.Key_Return)
        enter_times.append(until_painted(app, watch) - start)
        _check_recorded(screen, expected)
        if floor is not None:
            floor.once()


def _check_recorded(screen: Any, expected: int) -> None:
    """Ballot ``expected`` is shown recorded and the paper is blank for the next one."""
    if not screen.readback.title_text().endswith(f" {expected}") or \
            not screen.paper.is_blank():
        raise RuntimeError(f"ballot {expected} was not recorded")


class _EitherWatch:
    """Two windows watched as one: :func:`until_painted` waits until neither repaints."""

    def __init__(self, *watches: PaintWatch) -> None:
        self._watches = watches

    def take(self) -> bool:
        return any([w.take() for w in self._watches])  # every one taken, not short-circuited

    def remove(self) -> None:
        for w in self._watches[1:]:  # the first is the main window's, removed by its owner
            w.remove()


class PaintWatch:
    """Sees the window repaint: Qt paints every dirty widget of a window, and flushes it, when
    the window receives an ``UpdateRequest``; a layout pass that moves anything ends in one too.
    Only the window's own events pass through this filter, so it costs nothing per widget.

    With ``frames``, it also notes when each of the window's frames began and ended
    (``frames``, ``time.perf_counter()`` pairs; ``on_frame()`` is called after each): its
    filter then delivers the ``UpdateRequest`` itself, as Qt would next (the window's own
    ``event``: every dirty widget painted, then put on screen), and notes the time after."""

    def __init__(self, window: Any, frames: bool = False) -> None:
        from PySide6.QtCore import QEvent, QObject

        kinds = {QEvent.Type.UpdateRequest, QEvent.Type.Paint, QEvent.Type.LayoutRequest}
        request = QEvent.Type.UpdateRequest if frames else None
        self.frames: list[tuple[float, float]] = []
        self.on_frame: Callable[[], None] | None = None
        noted = self.frames
        watch = self

        class Filter(QObject):
            seen = False

            def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 - Qt's name
                kind = event.type()
                if kind in kinds:
                    self.seen = True
                    if kind == request and watched is window:
                        start = time.perf_counter()
                        watched.event(event)
                        noted.append((start, time.perf_counter()))
                        if watch.on_frame is not None:
                            watch.on_frame()
                        return True
                return False

        self._window = window
        self._filter = Filter()
        window.installEventFilter(self._filter)

    def take(self) -> bool:
        """Whether the window repainted (or laid out) since the last call."""
        seen, self._filter.seen = self._filter.seen, False
        return seen

    def remove(self) -> None:
        """Stop watching."""
        self._window.removeEventFilter(self._filter)


def until_painted(app: Any, watch: PaintWatch, quiet_rounds: int = 3) -> float:
    """Run the event loop until the window stops repainting; the moment its last repaint (or
    layout pass) was done, as ``time.perf_counter()``.

    Each round processes every pending event (layout requests, update requests, zero timers);
    ``quiet_rounds`` rounds in a row without a repaint end it, so work posted by a repaint (a
    second layout pass, a coalesced list update) is waited for and counted.
    """
    watch.take()
    last = time.perf_counter()
    quiet = 0
    while quiet < quiet_rounds:
        app.processEvents()
        if watch.take():
            last = time.perf_counter()
            quiet = 0
        else:
            quiet += 1
    return last


def backup_stall(app: Any, watch: PaintWatch, window: Any, codes: list[str],
                 timeout: float = 120.0) -> float:
    """The longest the GUI thread is blocked by one rolling copy: ballots are typed until one
    makes a copy due; from then until the copy is reported, the longest single turn of the event
    loop (the copy's start, its work if it runs on this thread, its report). No key is pressed
    meanwhile, so nothing else takes a turn's time."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    screen = window.workspace.entry_screen
    rolling = window.controller.session.rolling_backup
    if rolling is None:
        raise RuntimeError("the window made no rolling copies")
    before = (rolling.last_copy, rolling.last_error)
    for k in range(rolling.every + 1):
        for code in ballot_marks(codes, k, screen.paper.size):
            _press(screen.paper_view, code)
        QTest.keyClick(screen.paper_view, Qt.Key.Key_Return)
        until_painted(app, watch)
        if rolling.pending:
            break
    else:
        raise RuntimeError("no rolling copy became due")
    longest = 0.0
    deadline = time.perf_counter() + timeout
    while rolling.pending or (rolling.last_copy, rolling.last_error) == before:
        if time.perf_counter() > deadline:
            raise RuntimeError("the rolling copy did not finish")
        start = time.perf_counter()
        app.processEvents()
        longest = max(longest, time.perf_counter() - start)
        time.sleep(0.0005)
    if rolling.last_error is not None:
        raise RuntimeError(rolling.last_error)
    return longest


def _press(widget: Any, char: str) -> None:
    """One key with its text, as QTest types a character (the stubs know only the key form)."""
    from PySide6.QtTest import QTest

    QTest.keyClick(widget, char)  # type: ignore[call-overload]


def _results_screen_times(app: Any, window: Any, results: int, entry: int, codes: list[str],
                          runs: int) -> list[float]:
    """After each ballot recorded, the time for the results screen to show the new figures."""
    controller = window.controller
    screen = window.workspace.entry_screen
    times = []
    for k in range(runs):
        controller.record_ballot(screen.type_id, codes[k % len(codes)] * screen.paper.size)
        _settle(app)
        start = time.perf_counter()
        window.show_screen(results)
        app.processEvents()
        times.append(time.perf_counter() - start)
        window.show_screen(entry)
        _settle(app)
    return times


OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


@contextlib.contextmanager
def _quiet_offscreen_noise() -> Iterator[None]:
    """Drop the offscreen plugin's message on every resize (a Qt limitation, not ours); every
    other Qt message goes where it went before (a test's capture, or stderr)."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(kind: Any, context: Any, message: str) -> None:
        if OFFSCREEN_NOISE in message:
            return
        if previous is not None:
            previous(kind, context, message)
        else:
            sys.stderr.write(message + "\n")

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


def _settle(app: Any, rounds: int = 3) -> None:
    for _ in range(rounds):
        app.processEvents()


def _raising_prompter() -> Any:
    from tinnhiem_desktop.ui.dialogs.prompts import Prompter

    class RaisingPrompter(Prompter):
        """A modal box would hang an unattended benchmark: every question fails it instead."""

        def error(self, parent: Any, message: str) -> None:
            raise RuntimeError(message)

        def inform(self, parent: Any, title: str, message: str) -> None:
            raise RuntimeError(f"{title}: {message}")

        def confirm(self, parent: Any, title: str, question: str) -> bool:
            raise RuntimeError(f"{title}: {question}")

    return RaisingPrompter()


# ---------------------------------------------------------------- what figures.py calls


def measure(folder: Path, build_big_session: Callable[..., Any], n_candidates: int = 50,
            n_ballots: int = 10_000, samples: int = 200, startup_runs: int = 5,
            key_ballots: int = 20) -> dict[str, float]:
    """Every window figure; entry on ``n_candidates`` officials × ``n_ballots`` ballots.

    ``build_big_session(path, n_candidates, n_ballots)`` makes a session file (and returns it
    open). ``startup_ms`` opens a session the size of a large real conference
    (``n_candidates`` officials, ``REAL_BALLOTS`` ballots); ``startup_big_ms`` opens the big one,
    which the app verifies in full before showing it.
    """
    big = folder / "gui-big.tinnhiem"
    build_big_session(big, n_candidates, n_ballots).close()
    real = folder / "gui-real.tinnhiem"
    build_big_session(real, n_candidates, min(n_ballots, REAL_BALLOTS)).close()
    big_copy = folder / "gui-big-startup.tinnhiem"
    build_big_session(big_copy, n_candidates, n_ballots).close()
    figures = startup_figures(folder, {"startup": real, "startup_big": big_copy},
                              runs=startup_runs)
    with _quiet_offscreen_noise():
        figures.update(entry_figures(big, folder, samples=samples, key_ballots=key_ballots))
    return figures
