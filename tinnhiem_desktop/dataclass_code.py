"""Our dataclasses without compiling their methods at every start.

For each class, ``dataclasses`` writes the source of ``__init__``, ``__repr__``, ``__eq__``,
``__hash__`` and (frozen) ``__setattr__``/``__delattr__`` and compiles each with ``exec``: six
compilations, about 1.5 ms a class here. The window opening a session creates 58 of our classes
(63–96 ms, a quarter of its work between the first frame and a usable window); the command line
as many.

That source depends only on the class's fields and options, so it can be compiled once, like the
rest of our code: ``scripts/update_dataclass_code.py`` writes it, exactly as ``dataclasses``
spells it, into ``tinnhiem_desktop/_dataclass_code/`` (a module per module of ours), each block
filed under its own text. Python compiles those modules to ``.pyc`` as it does every module, and
:func:`install` has ``dataclasses`` take a block's code from there instead of compiling the same
text again. The text itself is the key, not a digest of it: only that very text finds the code,
and no digest is computed at start (``hashlib`` took 2–3 ms to load OpenSSL, which opening a
session does without). Nothing else changes: the same text gives the same code, the function
is made over the class module's globals as ``exec`` would, and a text not filed (a class
changed since the files were written, another Python) is compiled as before. A test holds the
files fresh and every block equal to the text it is filed under.

No cache is written at run time: the code comes only from modules shipped with the app.
"""

from __future__ import annotations

import builtins
import dataclasses
import importlib
import sys
from types import CodeType, FunctionType
from typing import Any

PACKAGE = "tinnhiem_desktop"
GENERATED = f"{PACKAGE}._dataclass_code"
ENTRY = "__create_fn__"
"""The name of the function each text defines (``dataclasses`` calls it to make the method)."""

stats = {"hits": 0, "misses": 0}
"""How many texts were served from the compiled modules, and how many were compiled."""

_tables: dict[str, dict[str, CodeType]] = {}


def generated_module(module: str) -> str | None:
    """The compiled module holding the texts of ``module``'s classes; None for a module not
    ours (``tinnhiem_desktop.domain.model`` → ``tinnhiem_desktop._dataclass_code.domain_model``).
    """
    if not module.startswith(PACKAGE + ".") or module.startswith(GENERATED):
        return None
    return f"{GENERATED}.{module[len(PACKAGE) + 1:].replace('.', '_')}"


def _table(name: str) -> dict[str, CodeType]:
    table = _tables.get(name)
    if table is None:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            table = {}
        else:
            same_python = getattr(module, "PYTHON", None) == tuple(sys.version_info[:2])
            table = module.CODE if same_python else {}
        _tables[name] = table
    return table


def _exec(source: Any, globals: Any = None, locals: Any = None, /, *args: Any,
          **kwargs: Any) -> None:
    """``exec`` as ``dataclasses`` calls it: a text filed for the class's module is not
    compiled; its code is taken from the compiled module and defined as ``exec`` would."""
    if (not args and not kwargs and type(source) is str and type(globals) is dict
            and type(locals) is dict):
        name = globals.get("__name__")
        generated = generated_module(name) if isinstance(name, str) else None
        if generated is not None:
            code = _table(generated).get(source)
            if code is not None:
                locals[ENTRY] = FunctionType(code, globals)
                stats["hits"] += 1
                return
            stats["misses"] += 1
    builtins.exec(source, globals, locals, *args, **kwargs)


def install() -> bool:
    """Have ``dataclasses`` take our classes' methods from the compiled modules; returns
    whether it was installed now (not on another interpreter than CPython, nor over another
    replacement of its ``exec``)."""
    if sys.implementation.name != "cpython" or "exec" in vars(dataclasses):
        return False
    dataclasses.exec = _exec  # type: ignore[attr-defined]
    return True
