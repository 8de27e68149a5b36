"""The English translation is complete and current, and the window really speaks it.

A string added with ``self.tr("…")`` but not yet run through ``scripts/update_translations.py``
fails here, with the command to run.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from tinnhiem_desktop.resources import resource
from tinnhiem_desktop.ui.dialogs.prompts import Prompter
from tinnhiem_desktop.ui.i18n import install_translators
from tinnhiem_desktop.ui.main_window import MainWindow
from tinnhiem_desktop.ui.settings import AppSettings

from .builders import counted_session

UI = Path(__file__).parents[2] / "tinnhiem_desktop" / "ui"
TS = resource("i18n", "tinnhiem_en.ts")
RUN = "run: .venv/bin/python scripts/update_translations.py"
PLACEHOLDER = re.compile(r"%\d|\{\d\}")
FORMS = "\x1f"
"""Joins the singular and plural English of a numerus message (``tr(text, "", n)``)."""

Key = tuple[str, str]  # (context, source)


def ts_messages() -> dict[Key, tuple[str, str | None]]:
    """(context, source) → (translation text, its type attribute) from the English .ts."""
    found = {}
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            text = "" if translation is None else translation.text or ""
            if message.get("numerus") == "yes" and translation is not None:
                # tr(text, "", n): English singular and plural; each must be there.
                forms = [f.text or "" for f in translation.iter("numerusform")]
                text = FORMS.join(forms) if len(forms) == 2 and all(f.strip() for f in forms) \
                    else ""
            kind = None if translation is None else translation.get("type")
            found[(name, message.findtext("source") or "")] = (text, kind)
    return found


def tr_literals() -> Iterator[tuple[Key, str]]:
    """Every ``self.tr("literal")`` in ui/**/*.py with its class (lupdate's context) and place."""
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            for node in ast.walk(cls):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                        and node.func.attr == "tr" and isinstance(node.func.value, ast.Name)
                        and node.func.value.id == "self" and node.args
                        and isinstance(node.args[0], ast.Constant)
                        and isinstance(node.args[0].value, str)):
                    yield (cls.name, node.args[0].value), f"{path.name}:{node.lineno}"


def test_the_scan_finds_the_strings() -> None:
    literals = dict(tr_literals())
    assert ("MainWindow", "&Tệp") in literals
    assert ("ExportFlow", "Xuất kết quả") in literals
    assert len(literals) > 250


def test_every_message_is_translated() -> None:
    bad = [f"{context}: {source!r} ({kind or 'empty'})"
           for (context, source), (text, kind) in ts_messages().items()
           if kind is not None or not text.strip()]
    assert not bad, f"untranslated or stale in {TS.name} ({RUN}):\n" + "\n".join(bad)


def test_every_tr_string_is_in_the_ts() -> None:
    messages = ts_messages()
    missing = [f"{place} [{context}] {source!r}"
               for (context, source), place in tr_literals() if (context, source) not in messages]
    assert not missing, (f"strings missing from {TS.name}: add English to "
                         f"scripts/translations_en.py and {RUN}\n" + "\n".join(missing))


def test_placeholders_survive_translation() -> None:
    wrong = [f"{context}: {source!r} → {form!r}"
             for (context, source), (text, _) in ts_messages().items()
             for form in text.split(FORMS)
             if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(form))
             or ("%n" in source) != ("%n" in form)]
    assert not wrong, "\n".join(wrong)


def _mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def _menu_clashes(menu: QMenu, path: str) -> Iterator[str]:
    seen: dict[str, str] = {}
    for action in menu.actions():
        key = _mnemonic(action.text())
        if key is not None and key in seen:
            yield f"{path}: “{seen[key]}” and “{action.text()}” share &{key}"
        elif key is not None:
            seen[key] = action.text()
        if action.menu() is not None:
            yield from _menu_clashes(action.menu(), f"{path} → {action.text()}")


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "en")
    assert translators, "tinnhiem_en.qm did not load"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def test_the_window_speaks_english(
    qtbot: QtBot, english: None, settings: AppSettings, font_family: str, tmp_path: Path
) -> None:
    window = MainWindow(settings, Prompter(), font_family)
    qtbot.addWidget(window)
    menus = [a.menu() for a in window.menuBar().actions()]
    assert [m.title() for m in menus] == ["&File", "&Results", "&View", "&Settings", "&Help"]
    assert window.windowTitle() == "Confidence ballot counting"
    results = [a.text() for a in menus[1].actions() if not a.isSeparator()]
    assert results == ["&Finalise results…", "&Add addendum…",
                       "Ballots awaiting a &decision…", "S&pot-check…",
                       "&Check the file and its fingerprint…", "&Export results…",
                       "Print &blank ballots…"]
    clashes = [c for m in menus for c in _menu_clashes(m, m.title())]
    assert not clashes, "\n".join(clashes)

    assert window.open_path(counted_session(tmp_path))
    assert window.workspace is not None
    tabs = [window.workspace.tabText(i) for i in range(window.workspace.count())]
    assert tabs == ["1 · Session", "2 · Officials", "3 · Ballot entry", "4 · Results"]
    assert window.workspace.results_screen.export_button.text() == "Export results…"
    window.close_session()
