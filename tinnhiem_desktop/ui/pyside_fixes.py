"""Work-arounds for defects of the PySide6 we ship, applied once when ``ui`` is imported.

**PySide6 6.12.0 drops a reference to ``None``, ``True`` or ``False`` on many calls** on Python
3.10/3.11: every method returning nothing (``setText``, ``keyClick``, ``processEvents`` …) and every
``Signal.emit()``. Its stable-ABI build treats the three as immortal, which they are only from
Python 3.12 on (CPython gh-134989: ``Py_RETURN_NONE`` in the limited API of 3.11 and older). Our
process starts with about 3,000 references to ``None`` and 2,000 to ``True``; a few hundred
ballots later CPython aborts with "Fatal Python error: none_dealloc" (or ``bool_dealloc``) and the
window vanishes in the middle of a count. Adding 2**40 references to each makes them as good as
immortal here too (a trillion calls). On 3.12+ nothing is done.

**PySide6 reads the source of every module imported after it** to decide whether the module
"uses PySide" (``shibokensupport.feature._mod_uses_pyside``: ``inspect.getsource`` of the whole
module, through ``linecache`` and the tokenizer, to look for the word ``PySide6``). The answer
only selects the ``__feature__`` options a module may switch on (``snake_case``,
``true_property``), which this app never uses; the reading cost 32–40 ms of start-up for the 130
modules the window imports. :func:`read_sources_quickly` answers the same question from the
file's bytes (the word is ASCII, our sources are UTF-8); any module it cannot answer for goes
to PySide's own check.

**PySide6 builds a class's Python enums the first time the class is needed**, also when it is
needed only to rule out an overload: ``QAction(text, parent)`` is checked against
``QAction(QIcon, text, parent)`` first, which builds ``QIcon``'s enums (its 151 theme icons and
more: about 3 ms, before the window's first frame and again on the entry screen).
:func:`text_action` makes the same action through the one overload that names no icon.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtGui import QAction

EXTRA_REFERENCES = 1 << 40
SINGLETONS: tuple[object, ...] = (None, True, False)


def make_singletons_immortal() -> bool:
    """Give ``None``, ``True`` and ``False`` enough references never to be freed, where the
    interpreter does not already; returns whether anything was done."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    if hasattr(sys, "gettotalrefcount"):  # a debug build: the object header differs
        return False
    import ctypes  # here: on 3.12+ (what we ship) the window starts without it

    done = False
    for singleton in SINGLETONS:
        if sys.getrefcount(singleton) < EXTRA_REFERENCES:
            # ob_refcnt is the first field of every object in a release build of CPython 3.11.
            ctypes.c_ssize_t.from_address(id(singleton)).value += EXTRA_REFERENCES
            done = True
    return done


def _quick_check(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    """PySide's ``_mod_uses_pyside`` for a module with a ``.py`` file of its own, from the
    file's bytes; ``original`` for any other module (built in, compiled, in a zip, frozen)."""

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return original(module)

    uses_pyside.original = original  # type: ignore[attr-defined]
    return uses_pyside


def read_sources_quickly() -> bool:
    """Replace PySide's per-import source reading (above) by :func:`_quick_check`, once
    PySide6 is imported; returns whether it was replaced now. A PySide without that function
    (a later release may drop it) is left as it is."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original) or hasattr(original, "original"):
        return False
    feature._mod_uses_pyside = _quick_check(original)  # type: ignore[attr-defined]
    return True


def text_action(text: str, parent: QObject) -> QAction:
    """``QAction(text, parent)`` without building ``QIcon``'s enums (see the module)."""
    from PySide6.QtGui import QAction  # here: this module is imported before PySide

    action = QAction(parent)
    action.setText(text)
    return action
