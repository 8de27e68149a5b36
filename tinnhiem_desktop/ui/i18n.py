"""Fonts and translations: the bundled UI font, Vietnamese by default, English as a choice."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QFont, QFontDatabase

from tinnhiem_desktop.resources import resource

if TYPE_CHECKING:  # imported when first asked, after the window's first frame
    from tinnhiem_desktop.domain.messages import Lang

UI_FONT_FILES = ("Regular", "Medium", "SemiBold", "Bold")
FALLBACK_FAMILY = "Be Vietnam Pro"


def load_ui_font() -> str:
    """Register the bundled Be Vietnam Pro faces; returns the family name (never a system font)."""
    family = FALLBACK_FAMILY
    for style in UI_FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(
            str(resource("fonts", f"BeVietnamPro-{style}.ttf"))
        )
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            family = families[0]
    return family


def ui_font(family: str, points: float) -> QFont:
    """The application font at ``points``."""
    font = QFont(family)
    font.setPointSizeF(points)
    return font


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the app's translation (English) or the Vietnamese texts of Qt's own widgets.

    The source strings are Vietnamese, so Vietnamese needs no app translation; Qt ships no
    Vietnamese, so ``qt_vi`` gives Qt's own texts the app shows Vietnamese labels: standard
    buttons (OK, Cancel, Yes, No), text fields' context menus, the file dialog and the print
    dialog. Returns the translators so the caller keeps them alive.
    """
    installed = []
    name = "tinnhiem_en.qm" if language == "en" else "qt_vi.qm"
    translator = QTranslator(app)
    if translator.load(str(resource("i18n", name))):
        app.installTranslator(translator)
        installed.append(translator)
    return installed


def ui_language() -> Lang:
    """The language the window speaks: whatever translation is installed says so (the English
    translation turns the marker "vi" into "en"), so core texts follow the window's own."""
    from tinnhiem_desktop.domain.messages import Lang

    return Lang.EN if QCoreApplication.translate("Language", "vi") == "en" else Lang.VI
