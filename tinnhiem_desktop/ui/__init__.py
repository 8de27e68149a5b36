"""The desktop window (Qt Widgets). Everything that imports PySide6 lives in this package."""
