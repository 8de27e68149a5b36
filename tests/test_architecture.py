"""The arrows of conventions.md point down only, and the core never imports Qt."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).parents[1] / "tinnhiem_desktop"
ALLOWED = {
    "domain": set(),
    "storage": {"domain"},
    "services": {"domain", "storage", "resources", "atomic_write"},
    "exchange": {"domain", "atomic_write"},
    "reports": {"domain", "resources", "atomic_write"},
    "cli": {"domain", "services", "reports", "exchange", "resources", "atomic_write", "__init__"},
    "ui": {"domain", "services", "reports", "exchange", "resources", "atomic_write", "__init__",
           "ui"},
    "resources": set(),
    "atomic_write": {"domain"},
    "__main__": {"cli", "ui", "selftest"},
    "selftest": {"domain", "services", "reports", "resources", "atomic_write", "__init__"},
    "__init__": set(),
    "bench": {"domain", "services", "storage", "reports", "exchange", "resources", "ui",
              "atomic_write", "__init__"},
}
QT = ("PySide6", "shiboken6")


def _layer(path: Path) -> str:
    rel = path.relative_to(PACKAGE)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text("utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append(node.module)
    return found


def test_layers_import_only_downwards() -> None:
    wrong = []
    for path in PACKAGE.rglob("*.py"):
        layer = _layer(path)
        allowed = ALLOWED.get(layer)
        assert allowed is not None, f"new module {path}: add it to ALLOWED"
        for name in _imports(path):
            if name.startswith(QT) and layer not in ("ui", "bench"):
                wrong.append(f"{path.relative_to(PACKAGE)} imports Qt ({name})")
            if name.startswith("tinnhiem_desktop"):
                parts = name.split(".")
                target = parts[1] if len(parts) > 1 else "__init__"
                if target != layer and target not in allowed:
                    wrong.append(f"{path.relative_to(PACKAGE)} → {name}")
    assert not wrong, "\n".join(wrong)


def test_only_storage_touches_sql() -> None:
    for path in PACKAGE.rglob("*.py"):
        if _layer(path) in ("storage", "bench"):
            continue
        names = _imports(path)
        assert not any(n.startswith(("sqlite3", "sqlite_utils")) for n in names), path


def test_the_window_starts_without_the_heavy_libraries() -> None:
    """fpdf2 and openpyxl (about 0.5 s to import) load only when printing or exporting."""
    import subprocess
    import sys

    code = ("import sys, tinnhiem_desktop.ui.app; "
            "print(sorted(m for m in ('fpdf', 'openpyxl', 'pypdf') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120, check=True).stdout.strip()
    assert out == "[]"
