"""Build the one-folder app: ``python packaging/build.py`` → ``dist/tinnhiem-desktop/``.

Then run ``dist/tinnhiem-desktop/tinnhiem-desktop --self-test``. On Windows, build on Windows and
compile ``packaging/windows/tinnhiem-desktop.iss`` with Inno Setup for the installer.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    """Run PyInstaller on the spec, from a clean build folder."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print("PyInstaller chưa được cài: chạy ./scripts/setup.sh "
              "(hoặc pip install -e '.[package]')", file=sys.stderr)
        return 2
    for folder in (ROOT / "build" / "pyinstaller", ROOT / "dist" / "tinnhiem-desktop"):
        shutil.rmtree(folder, ignore_errors=True)
    cmd = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
        "--distpath", str(ROOT / "dist"), "--workpath", str(ROOT / "build" / "pyinstaller"),
        str(ROOT / "packaging" / "tinnhiem-desktop.spec"),
    ]
    print(" ".join(cmd), flush=True)
    result = subprocess.run(cmd, cwd=ROOT)
    if result.returncode == 0:
        exe = ROOT / "dist" / "tinnhiem-desktop" / "tinnhiem-desktop"
        print(f"\nXong: {exe}{'.exe' if sys.platform == 'win32' else ''}")
        print(f"Kiểm tra: {exe} --self-test")
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
