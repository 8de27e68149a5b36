"""Work-arounds for defects of the PySide6 we ship, applied once when ``ui`` is imported.

**PySide6 6.12.0 drops a reference to ``None``, ``True`` or ``False`` on many calls** on Python
3.10/3.11: every method returning nothing (``setText``, ``keyClick``, ``processEvents`` …) and every
``Signal.emit()``. Its stable-ABI build treats the three as immortal, which they are only from
Python 3.12 on (CPython gh-134989: ``Py_RETURN_NONE`` in the limited API of 3.11 and older). Our
process starts with about 3,000 references to ``None`` and 2,000 to ``True``; a few hundred
ballots later CPython aborts with "Fatal Python error: none_dealloc" (or ``bool_dealloc``) and the
window vanishes in the middle of a count. Adding 2**40 references to each makes them as good as
immortal here too (a trillion calls). On 3.12+ nothing is done.
"""

from __future__ import annotations

import sys

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
