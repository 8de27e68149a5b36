"""Text cells of the CSV files we write: a spreadsheet must show them, never run them.

A cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is a formula to Excel
and LibreOffice (``=HYPERLINK(…)`` as an official's name would be a live link). Such a cell gets a
leading ``'``, as does a cell that already starts with ``'``, so :func:`restore` undoes exactly
what :func:`neutralise` did when our own CSV comes back in (``ballots export``, then
``ballots import``).
Only text cells go through these; counts and marks (``1``, ``x``, empty) never start that way.
"""

from __future__ import annotations

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
ESCAPE = "'"
_ESCAPED_START = (*FORMULA_START, ESCAPE)


def neutralise(value: str) -> str:
    """``value`` as a CSV text cell no spreadsheet takes for a formula."""
    return ESCAPE + value if value.startswith(_ESCAPED_START) else value


def restore(value: str) -> str:
    """Inverse of :func:`neutralise`, for a text cell read back from a CSV."""
    if value.startswith(ESCAPE) and value[1:].startswith(_ESCAPED_START):
        return value[1:]
    return value
