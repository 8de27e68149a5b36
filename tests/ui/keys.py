"""Typing Vietnamese into widgets: QTest only knows ASCII keys, so non-ASCII text is sent the way
an input method delivers it (a key event that carries the text)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` (ASCII by QTest, the rest as text-carrying key events)."""
    for char in text:
        if char.isascii():
            qtbot.keyClick(widget, char)
        else:
            send_text(widget, char)


def send_text(widget: QWidget, text: str) -> None:
    """Each character of ``text`` as a key event that carries it and names no key, as an input
    method delivers it: any character, control characters and marks included."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)
