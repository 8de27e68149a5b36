"""The arrows of conventions.md point down only, the core never imports Qt, only storage touches
SQL, and nothing of the product imports the benchmarks.

Every module is checked, the benchmarks included: what a layer may import is written in the
tables below, not in exemptions. Relative imports are resolved to the modules they name, and
``from tinnhiem_desktop import storage`` counts as importing ``storage``.
"""

import ast
from collections.abc import Iterator, Mapping
from pathlib import Path

PACKAGE = Path(__file__).parents[1] / "tinnhiem_desktop"
LAYERS = ("domain", "storage", "services", "exchange", "reports", "cli", "ui", "resources",
          "atomic_write", "__main__", "selftest", "__init__", "bench", "dataclass_code",
          "_dataclass_code", "verify_ahead")
ALLOWED: Mapping[str, frozenset[str]] = {
    "domain": frozenset(),
    "storage": frozenset({"domain"}),
    "services": frozenset({"domain", "storage", "resources", "atomic_write"}),
    "exchange": frozenset({"domain", "atomic_write"}),
    "reports": frozenset({"domain", "resources", "atomic_write"}),
    "cli": frozenset({"domain", "services", "reports", "exchange", "resources", "atomic_write",
                      "__init__"}),
    "ui": frozenset({"domain", "services", "reports", "exchange", "resources", "atomic_write",
                     "__init__", "verify_ahead"}),
    "resources": frozenset(),
    "atomic_write": frozenset({"domain"}),
    "__main__": frozenset({"cli", "ui", "selftest", "verify_ahead"}),
    # Started by __main__ before the window's modules load; its child verifies through services.
    "verify_ahead": frozenset({"domain", "services"}),
    "selftest": frozenset({"domain", "services", "reports", "resources", "atomic_write",
                           "__init__"}),
    "__init__": frozenset({"dataclass_code"}),
    # Installed first of all; it imports the generated code by name, as each class is made.
    "dataclass_code": frozenset(),
    "_dataclass_code": frozenset(),  # generated: the methods of our dataclasses, compiled
    # The benchmarks sit on top: they drive every layer from outside; nothing imports them.
    "bench": frozenset(set(LAYERS) - {"bench"}),
}
QT = ("PySide6", "shiboken6")
QT_ALLOWED = frozenset({"ui", "bench"})
SQL = ("sqlite3", "sqlite_utils")
SQL_ALLOWED = frozenset({"storage", "bench"})  # bench: the raw SQLite commit floor, on purpose


def _module_name(root: Path, path: Path) -> tuple[str, bool]:
    """The dotted name of the module at ``path`` and whether it is a package's ``__init__``."""
    parts = list(path.relative_to(root).with_suffix("").parts)
    is_package = parts[-1] == "__init__"
    if is_package:
        parts.pop()
    return ".".join([root.name, *parts]), is_package


def imported_names(root: Path, path: Path) -> Iterator[str]:
    """Every dotted name ``path`` imports, relative imports resolved to absolute names; for
    ``from M import a`` that is ``M.a`` (a module or a name in M: the layer is the same)."""
    module, is_package = _module_name(root, path)
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            yield from (a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0:
                base = node.module or ""
            else:
                up = package.split(".")
                if node.level - 1 >= len(up):
                    yield f"<relative import above {root.name}: {'.' * node.level}>"
                    continue
                base = ".".join(up[: len(up) - (node.level - 1)])
                if node.module:
                    base = f"{base}.{node.module}"
            for alias in node.names:
                yield base if alias.name == "*" else f"{base}.{alias.name}"


def layer_of(root: Path, parts: list[str]) -> str:
    """The layer of a module inside ``root`` given its parts below the package: its first folder
    or its own name at top level; a name that is neither (``__version__``) is ``__init__``'s."""
    if not parts:
        return "__init__"
    first = parts[0]
    if (root / first).is_dir() or (root / f"{first}.py").is_file():
        return first
    return "__init__"


def violations(root: Path, allowed: Mapping[str, frozenset[str]] = ALLOWED) -> list[str]:
    """Every import in the package at ``root`` that breaks a rule, one line each."""
    wrong = []
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root)
        layer = layer_of(root, list(rel.with_suffix("").parts))
        if layer not in allowed:
            wrong.append(f"{rel}: new layer {layer!r}: add it to ALLOWED")
            continue
        for name in imported_names(root, path):
            if name.startswith("<"):
                wrong.append(f"{rel}: {name}")
            elif name.split(".")[0] in QT and layer not in QT_ALLOWED:
                wrong.append(f"{rel} imports Qt ({name})")
            elif name.split(".")[0] in SQL and layer not in SQL_ALLOWED:
                wrong.append(f"{rel} touches SQL ({name})")
            elif name.split(".")[0] == root.name:
                target = layer_of(root, name.split(".")[1:])
                if target != layer and target not in allowed[layer]:
                    wrong.append(f"{rel} → {name}")
    return wrong


def test_layers_import_only_downwards() -> None:
    wrong = violations(PACKAGE)
    assert not wrong, "\n".join(wrong)


def test_every_layer_is_in_the_table() -> None:
    found = {layer_of(PACKAGE, list(p.relative_to(PACKAGE).with_suffix("").parts))
             for p in PACKAGE.rglob("*.py")}
    assert found == set(LAYERS) == set(ALLOWED)


def test_nothing_imports_the_benchmarks() -> None:
    assert not [layer for layer, targets in ALLOWED.items() if "bench" in targets]


def _plant(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        target = root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, "utf-8")
    return root


def test_the_checker_sees_relative_and_package_imports(tmp_path: Path) -> None:
    root = _plant(tmp_path / "tinnhiem_desktop", {
        "__init__.py": '__version__ = "0"\n',
        "domain/__init__.py": "",
        "domain/x.py": "from ..storage import y\n",
        "domain/z.py": "from .. import storage\nfrom . import x\nfrom .x import y\n",
        "domain/deep/__init__.py": "from ... import services\n",
        "domain/v.py": "from tinnhiem_desktop import __version__\n",
        "storage/__init__.py": "",
        "storage/y.py": "from ..domain import x\nimport sqlite3\n",
        "services/__init__.py": "from ..storage import y\n",
        "cli.py": "from .bench import figures\nfrom . import __version__\n",
        "reports/r.py": "from ... import outside\nimport PySide6.QtCore\n",
        "bench/__init__.py": "",
        "bench/figures.py": "from ..ui import window\nimport sqlite3\nimport PySide6\n",
        "ui/window.py": "import sqlite3\nfrom .. import bench\n",
    })
    assert sorted(violations(root)) == sorted([
        "domain/x.py → tinnhiem_desktop.storage.y",
        "domain/z.py → tinnhiem_desktop.storage",
        "domain/deep/__init__.py → tinnhiem_desktop.services",
        "domain/v.py → tinnhiem_desktop.__version__",
        "cli.py → tinnhiem_desktop.bench.figures",
        "reports/r.py: <relative import above tinnhiem_desktop: ...>",
        "reports/r.py imports Qt (PySide6.QtCore)",
        "ui/window.py touches SQL (sqlite3)",
        "ui/window.py → tinnhiem_desktop.bench",
    ])


def test_the_window_starts_without_the_heavy_libraries() -> None:
    """fpdf2 and openpyxl (about 0.5 s to import) load only when printing or exporting."""
    import subprocess
    import sys

    code = ("import sys, tinnhiem_desktop.ui.app; "
            "print(sorted(m for m in ('fpdf', 'openpyxl', 'pypdf') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120, check=True).stdout.strip()
    assert out == "[]"


def test_nothing_outside_services_and_storage_reaches_the_session_file() -> None:
    """Services are the only way in: no attribute named ``file`` or ``_file`` (the storage
    object behind a Session) in the window, the CLI, the reports, the benchmarks or the tests;
    tests/helpers.raw_connection is the one door, for tests that forge a file."""
    root = PACKAGE.parent
    found = []
    for path in [*PACKAGE.rglob("*.py"), *(root / "tests").rglob("*.py")]:
        rel = path.relative_to(root)
        if rel.parts[:2] in (("tinnhiem_desktop", "services"), ("tinnhiem_desktop", "storage")):
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in ("file", "_file"):
                found.append(f"{rel}:{node.lineno}")
    door = [f for f in found if f.startswith("tests/helpers.py:")]
    assert len(door) == 1, door  # raw_connection
    assert not [f for f in found if f not in door], found
