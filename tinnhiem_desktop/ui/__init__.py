"""The desktop window (Qt Widgets): everything of the product that imports PySide6."""

from tinnhiem_desktop.ui.pyside_fixes import make_singletons_immortal, read_sources_quickly

make_singletons_immortal()  # before any Qt call: see pyside_fixes

import PySide6  # noqa: E402, F401 - loads the support module read_sources_quickly changes

read_sources_quickly()  # before the window's modules are imported: see pyside_fixes
