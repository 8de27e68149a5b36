"""Entry point: a headless subcommand, or the window when none is given."""

from __future__ import annotations

import gc
import sys

CLI_COMMANDS = frozenset({
    "new", "committee", "candidates", "accounting", "ballots", "results", "verify", "minutes",
    "ballot-paper", "export", "finalise", "addendum", "backup", "set-aside", "decide",
    "spot-check", "copy-setup", "compare", "reconcile", "merge", "hand-count", "test-deck",
    "test-deck-check",
})
"""The names of ``cli.COMMANDS``, spelled out so that opening the window does not import the
CLI (it pulls in the PDF and spreadsheet libraries: about 0.4 s of start-up). A test checks the
two agree."""


def _ensure_streams() -> None:
    """A Windows GUI build has no console, so its standard streams are None and printing fails.
    There the output of a command or of --self-test goes to a log file in the temporary folder
    (``tinnhiem-desktop-cli.exe``, the console build, prints normally)."""
    if sys.stdout is not None and sys.stderr is not None:
        # Vietnamese goes out as UTF-8 whatever the console's code page (a piped stdout on
        # Windows is cp1252, where --self-test would fail on its first accented letter).
        for stream in (sys.stdout, sys.stderr):
            reconfigure = getattr(stream, "reconfigure", None)
            if reconfigure is not None:
                reconfigure(encoding="utf-8")
        return
    import tempfile
    from pathlib import Path

    log = (Path(tempfile.gettempdir()) / "tinnhiem-desktop.log").open("a", encoding="utf-8")
    sys.stdout = sys.stdout or log
    sys.stderr = sys.stderr or log


def main() -> int:
    """Dispatch: known subcommands and --help/--version go to the CLI; the rest opens the app
    (and, when it names a file, starts verifying it in a second process at once)."""
    args = sys.argv[1:]
    if args[:1] == ["--verify-ahead"]:
        from tinnhiem_desktop.verify_ahead import child_main

        return child_main(args[1:])
    if args[:1] == ["--self-test"] or (args and args[0] in CLI_COMMANDS):
        _ensure_streams()
    if args[:1] == ["--self-test"]:
        from tinnhiem_desktop.selftest import main as self_test
        from tinnhiem_desktop.ui.selfcheck import check_qt

        return self_test(check_qt)
    if args and (args[0] in CLI_COMMANDS or args[0] in ("-h", "--help", "--version")):
        from tinnhiem_desktop.cli import main as cli_main

        return cli_main(args)
    # No collection of cyclic garbage until the window is usable: starting makes some 50,000
    # objects that all live on (modules, Qt's enums, the window, the session's screens), and
    # the interpreter scanned them 63 times before a 500-ballot session was usable (7 ms of
    # the app's ~110 ms of work). ui.app._started turns it back on once the file named here is
    # open or refused, or the start page is up; the garbage made meanwhile is ~60 objects.
    gc.disable()
    files = [a for a in args if not a.startswith("-")]
    if files:
        # Before Qt and the window's modules load: the child verifies the file meanwhile.
        from pathlib import Path

        from tinnhiem_desktop import verify_ahead

        verify_ahead.start(Path(files[0]))
    try:
        from tinnhiem_desktop.ui.app import run
    except ImportError as exc:
        # Every build ships the window and its Qt: failing to load them is a broken install,
        # said as such (never turned into the command line's help).
        _ensure_streams()
        print(f"tinnhiem-desktop: không mở được cửa sổ: bản cài đặt thiếu {exc.name or exc} "
              f"({exc}). Hãy cài đặt lại phần mềm.", file=sys.stderr)
        return 1
    return int(run(args))


if __name__ == "__main__":
    sys.exit(main())
