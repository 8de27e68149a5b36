"""Refresh the translations: lupdate the window's sources, fill English, compile with lrelease.

Run from the checkout: ``.venv/bin/python scripts/update_translations.py``. The source strings
are Vietnamese (the default language), so only English needs an app translation; ``qt_vi``
gives Qt's own standard buttons Vietnamese labels. Writes ``resources/i18n/*.ts`` and ``*.qm``.
A source string with no English in ``translations_en.py`` is reported and left unfinished.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
I18N = ROOT / "resources" / "i18n"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from translations_en import EN, QT_VI  # noqa: E402


def app_sources() -> list[str]:
    """The window's modules (the minutes dialog included: it lives in ui/ too)."""
    return sorted(str(p) for p in (ROOT / "tinnhiem_desktop" / "ui").rglob("*.py"))


def fill(ts: Path) -> list[str]:
    """Put the English text into every message; returns the sources still missing."""
    tree = ET.parse(ts)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if source in EN:
            english = EN[source]
            if message.get("numerus") == "yes":
                # tr(text, "", n): English has two forms (1 ballot, 2 ballots); Vietnamese one.
                one, many = english if isinstance(english, tuple) else (english, english)
                for form in list(translation):
                    translation.remove(form)
                translation.text = None
                for text in (one, many):
                    ET.SubElement(translation, "numerusform").text = text
            else:
                translation.text = english if isinstance(english, str) else english[1]
            translation.attrib.pop("type", None)
        elif translation.attrib.get("type") != "vanished":
            missing.append(source)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def write_qt_vi(ts: Path) -> None:
    """A small .ts for Qt's own buttons."""
    root = ET.Element("TS", version="2.1", language="vi", sourcelanguage="en")
    contexts: dict[str, ET.Element] = {}
    for context, source, text in QT_VI:
        if context not in contexts:
            contexts[context] = ET.SubElement(root, "context")
            ET.SubElement(contexts[context], "name").text = context
        message = ET.SubElement(contexts[context], "message")
        ET.SubElement(message, "source").text = source
        ET.SubElement(message, "translation").text = text
    ET.indent(root)
    ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)


def main() -> int:
    I18N.mkdir(parents=True, exist_ok=True)
    en = I18N / "tinnhiem_en.ts"
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *app_sources(), "-source-language", "vi",
         "-target-language", "en", "-no-obsolete", "-ts", str(en)],
        check=True,
    )
    missing = fill(en)
    qt_vi = I18N / "qt_vi.ts"
    write_qt_vi(qt_vi)
    for ts in (en, qt_vi):
        subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True)
    for source in missing:
        print(f"chưa dịch: {source!r}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
