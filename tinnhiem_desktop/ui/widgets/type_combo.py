"""The ballot-type selector shared by the officials, entry and results screens."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from tinnhiem_desktop.domain.model import BallotType


def fill_type_combo(combo: QComboBox, types: tuple[BallotType, ...], selected: int) -> None:
    """List ``types`` (data = id) keeping ``selected`` chosen, without emitting a change;
    the selector is disabled while there is only one type to choose."""
    combo.blockSignals(True)
    combo.clear()
    for bt in types:
        combo.addItem(bt.name, bt.id)
    combo.setCurrentIndex(max(0, combo.findData(selected)))
    combo.blockSignals(False)
    combo.setEnabled(combo.count() > 1)
