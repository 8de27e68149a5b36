"""What a window shows in words: every visible label, button, title, tab, list and table cell."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

DISPLAY = Qt.ItemDataRole.DisplayRole


def _model_texts(model: QAbstractItemModel) -> Iterator[str]:
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # QListWidget's model keeps it private: one column
        columns = 1
    rows = model.rowCount(QModelIndex())
    for column in range(columns):
        header = model.headerData(column, Qt.Orientation.Horizontal, DISPLAY)
        if header is not None:
            yield str(header)
    for row in range(rows):
        for column in range(columns):
            value = model.data(model.index(row, column), DISPLAY)
            if value is not None:
                yield str(value)


def visible_texts(root: QWidget, with_fields: bool = False) -> Iterator[tuple[str, str]]:
    """(where, text) for every text ``root`` shows on screen. Typed fields (user data) only
    ``with_fields``."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisible():
            continue
        where = f"{type(widget).__name__}:{widget.objectName()}"
        if isinstance(widget, QLabel | QAbstractButton):
            yield where, widget.text()
            if isinstance(widget, QAbstractButton) and widget.toolTip():
                yield where + " tooltip", widget.toolTip()
        elif isinstance(widget, QGroupBox):
            yield where, widget.title()
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield where, widget.tabText(i)
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield where, widget.itemText(i)
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            for text in _model_texts(widget.model()):
                yield where, text
        elif with_fields and isinstance(widget, QLineEdit):
            yield where, widget.text()
        elif with_fields and isinstance(widget, QPlainTextEdit):
            yield where, widget.toPlainText()
        if isinstance(widget, QMainWindow):
            yield where, widget.windowTitle()
            for action in widget.menuBar().actions():
                yield "menu", action.text()
