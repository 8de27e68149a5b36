"""The desktop window (Qt Widgets): everything of the product that imports PySide6."""

from tinnhiem_desktop.ui.pyside_fixes import make_singletons_immortal

make_singletons_immortal()  # before any Qt call: see pyside_fixes
