"""FastTableView makes its own viewport (fast_table.own_viewport): set up as Qt sets up the one
it makes, and painted without PySide creating every widget class it had not loaded yet."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import createdByPython

from tests.helpers import fresh_python
from tinnhiem_desktop.ui.widgets.fast_table import FastTableView


def _facts(view: QTableView, port: QWidget) -> dict[str, Any]:
    return {
        "attributes": sorted(a.name for a in Qt.WidgetAttribute if port.testAttribute(a)),
        "roles": (port.backgroundRole(), port.foregroundRole()),
        "fills": port.autoFillBackground(),
        "tracks": port.hasMouseTracking(),
        "focus": (port.focusPolicy(), port.focusProxy() is view, port.parentWidget() is view),
        "name": port.objectName(),
        "menu": port.contextMenuPolicy(),
        "drops": port.acceptDrops(),
        "cursor": port.cursor().shape(),
        "shown": port.isVisible(),
        "geometry": port.geometry().getRect(),
        "flags": port.windowFlags(),
        "palette": port.palette() == view.palette(),
        "font": port.font() == view.font(),
        "policy": (port.sizePolicy().horizontalPolicy(), port.sizePolicy().verticalPolicy()),
    }


def test_its_viewport_is_set_up_as_the_one_qt_makes(qtbot: QtBot) -> None:
    ours, qts = FastTableView(), QTableView()
    for view in (ours, qts):
        qtbot.addWidget(view)
        view.setMouseTracking(True)
        view.resize(300, 200)
        view.show()
    qtbot.waitExposed(ours)
    qtbot.waitExposed(qts)
    assert createdByPython(ours.viewport()) and not createdByPython(qts.viewport())
    assert _facts(ours, ours.viewport()) == _facts(qts, qts.viewport())


PROBE = r"""
import json, sys
import PySide6.QtWidgets as widgets
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from tinnhiem_desktop.ui.widgets.fast_table import CellLook, FastTableView

class Model(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()): return 0 if parent.isValid() else 5
    def columnCount(self, parent=QModelIndex()): return 0 if parent.isValid() else 2
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return self.look(index.row(), index.column()).text if role == 0 else None
    def look(self, row, column): return CellLook(f"{row}.{column}")

app = QApplication([])
view = FastTableView()
model = Model()
view.setModel(model)
view.resize(300, 200)
view.show()
while not (view.windowHandle() and view.windowHandle().isExposed()):
    app.processEvents()
painted = view.grab()
print(json.dumps({"painted": not painted.isNull(), "widget classes": sorted(vars(widgets))}))
"""


def test_painting_it_creates_no_widget_class_it_does_not_use() -> None:
    """In a fresh interpreter: asking Python for the viewport Qt made would have PySide create
    every widget class (QCalendarWidget, QWizard, QFontDialog … 68 of them, with their enums)."""
    seen = json.loads(fresh_python(PROBE).splitlines()[-1])
    assert seen["painted"]
    assert not {"QCalendarWidget", "QWizard", "QFontDialog", "QColorDialog", "QMdiArea",
                "QDial"} & set(seen["widget classes"])
