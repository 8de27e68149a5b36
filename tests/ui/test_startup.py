"""The first frame at once: the app, started by its own entry point in a fresh process, puts its
main window on screen before it imports the core (domain, storage, services, SQLite) and before
PySide builds the enums of the Qt namespace (~30 ms: the first ``Qt.*`` value does it), whatever
file it was asked to open; then it opens the file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from .builders import counted_session

PROBE = r"""
import enum, gc, json, os, sys

built = []
members = []
_create = enum.EnumType._create_


def _record(cls, class_name, *args, **kwargs):  # enum.EnumType.__call__ passes class_name=
    built.append(class_name)
    names = args[0] if args else kwargs.get("names")
    if isinstance(names, (list, tuple)):  # PySide passes (name, value) pairs
        members.extend(pair[0] for pair in names if isinstance(pair, (list, tuple)))
    return _create(cls, class_name, *args, **kwargs)


enum.EnumType._create_ = _record  # PySide makes each Qt enum through the functional API

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tinnhiem_desktop import __main__ as entry

app_exec = QApplication.exec
seen = {}


def exec_and_watch():
    app = QApplication.instance()

    def check():
        windows = [w for w in QApplication.topLevelWidgets()
                   if type(w).__name__ == "MainWindow" and w.isVisible()]
        handle = windows[0].windowHandle() if len(windows) == 1 else None
        if handle is None or not handle.isExposed():
            QTimer.singleShot(1, check)
            return
        if not seen:  # the first turn that finds the window exposed: its first frame is drawn
            seen["collecting_at_first_frame"] = gc.isenabled()
            seen["modules"] = sorted(sys.modules)
            seen["enums"] = list(built)
            seen["members"] = list(members)
        window = windows[0]
        if window.controller is None or window.controller.verifying:
            QTimer.singleShot(1, check)
            return
        if "opened" not in seen:
            seen["opened"] = window.controller.path.name
            seen["members_usable"] = list(members)
            seen["modules_usable"] = sorted(sys.modules)
            seen["screen"] = window.workspace.currentIndex()
        if not gc.isenabled():  # turned back on once the opening is over (5 s at most)
            if len(seen.setdefault("waits", [])) < 5000:
                seen["waits"].append(1)
                QTimer.singleShot(1, check)
                return
        seen["collecting_after"] = gc.isenabled()
        seen.pop("waits", None)
        print(json.dumps(seen), flush=True)
        os._exit(0)

    QTimer.singleShot(0, check)
    return app_exec()


QApplication.exec = staticmethod(exec_and_watch)
sys.argv = ["tinnhiem-desktop", *sys.argv[1:]]
sys.exit(entry.main())
"""

CORE = ("tinnhiem_desktop.domain", "tinnhiem_desktop.storage", "tinnhiem_desktop.services",
        "tinnhiem_desktop.ui.controller", "tinnhiem_desktop.ui.workspace", "sqlite_utils",
        "sqlite3")


def _first_frame(tmp_path: Path, *args: str) -> dict[str, Any]:
    env = dict(os.environ)
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        env[name] = str(tmp_path / name.lower())
    done = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True,
                          text=True, env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    seen: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return seen


def test_the_first_frame_comes_before_the_core_and_the_qt_enums(tmp_path: Path) -> None:
    path = counted_session(tmp_path)
    seen = _first_frame(tmp_path, str(path))
    modules = set(seen["modules"])
    assert "tinnhiem_desktop.ui.main_window" in modules  # the real window, not a stand-in
    imported = sorted(m for m in modules if m.startswith(CORE))
    assert imported == [], imported
    # Qt-namespace enums (AlignmentFlag, Key, ItemDataRole …) are built all at once, later.
    assert not {"AlignmentFlag", "Key", "ItemDataRole", "WindowState"} & set(seen["enums"])
    # Nor the enums of a class the first frame has no use for, which PySide builds whenever
    # the class is named, even to rule out an overload: QEvent's 179 event types (an event
    # filter in Python, an event class imported), QIcon's 151 theme icons (QAction(text,
    # parent) is checked against QAction(icon, text, parent)).
    assert not {"MouseButtonPress", "AddressBookNew"} & set(seen["members"])
    # QIcon's stay unbuilt while the session opens on its entry screen, too, and so do
    # QFileDialog's (the file is named: no dialog asks for it), and QGradient's 170 presets
    # (the tables and the read-back strip fill their boxes without fillRect, whose overloads
    # include one for a preset).
    assert not {"AddressBookNew", "AcceptOpen", "WarmFlame"} & set(seen["members_usable"])
    assert "MouseButtonPress" in seen["members_usable"]  # the probe sees enums being built
    # Then the file given opened, was verified and shown (entry: it holds ballots).
    assert seen["opened"] == path.name
    assert seen["screen"] == 2
    # Verified by the child process (verify_ahead), the file is shown without the window's
    # process loading the replay; nor Decimal, which only percentages need (1 ms each), nor
    # OpenSSL (2–3 ms), which only the first entry written needs (and merges, decks, draws),
    # nor a TOML reader: the session's regime, a shipped file, was read at build time.
    usable = set(seen["modules_usable"])
    assert "tinnhiem_desktop.services.session" in usable  # the probe sees the core loaded
    assert "tinnhiem_desktop.domain._regime_data" in usable
    assert not {"tinnhiem_desktop.storage.verify", "tinnhiem_desktop.domain.replay",
                "decimal", "hashlib", "_hashlib", "tomllib"} & usable
    # The interpreter collects no cyclic garbage while the app starts (60 scans of its 50,000
    # new objects, all alive), and collects again once the file is open.
    assert seen["collecting_at_first_frame"] is False
    assert seen["collecting_after"] is True


def test_a_session_opens_without_asking_the_style_once_its_margins_are_known(
        tmp_path: Path) -> None:
    """The tables' margins come from the style, and asking it makes PySide build QStyle's ~600
    enum values (5–6 ms): a first start asks it to open a file; a later one plans with the
    margins the settings remember (and asks the style only after the usable frame)."""
    path = counted_session(tmp_path)
    first = _first_frame(tmp_path, str(path))
    assert "PM_HeaderMargin" in first["members_usable"]  # the probe sees QStyle's enums
    conf = tmp_path / "xdg_config_home" / "TinNhiem" / "TinNhiemDesktop.conf"
    conf.parent.mkdir(parents=True, exist_ok=True)
    conf.write_text("[style]\ntable_margins=2, 3\n", encoding="utf-8")
    later = _first_frame(tmp_path, str(path))
    assert later["opened"] == path.name and later["screen"] == 2
    assert "PM_HeaderMargin" not in later["members_usable"]
