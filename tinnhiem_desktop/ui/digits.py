"""Room for numbers that change after every ballot.

A label that shows a ballot number or a count keeps the room of the largest number of its kind,
so that a new number never changes its width (a label whose width changes makes the screen, or
the status bar and the window, lay themselves out again). That room is measured with the font's
widest digit: in Be Vietnam Pro bold "4" is wider than "8" and "0", "6", "9" are too, so
"PHIẾU SỐ 2004" is wider than "PHIẾU SỐ 8888" and an "8" placeholder was not enough (a layout
pass of the whole entry screen on most Enters, measured).
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics

_WIDEST: dict[str, str] = {}


def widest_digit(font: QFont) -> str:
    """The digit with the largest advance in ``font``, measured once per font."""
    key = font.key()
    digit = _WIDEST.get(key)
    if digit is None:
        metrics = QFontMetrics(font)
        digit = _WIDEST[key] = max("0123456789", key=metrics.horizontalAdvance)
    return digit


def widest_digits(font: QFont, number: int) -> str:
    """As many of ``font``'s widest digit as ``number`` has digits: at least as wide, in that
    font, as any number up to ``number``."""
    return widest_digit(font) * len(str(number))
