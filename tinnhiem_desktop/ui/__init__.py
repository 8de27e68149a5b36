"""The desktop window (Qt Widgets). Everything that imports PySide6 lives in this package."""

from tinnhiem_desktop.ui.pyside_fixes import make_singletons_immortal

make_singletons_immortal()  # before any Qt call: see pyside_fixes
