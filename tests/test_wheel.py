"""``pip install .`` gives a working app: the wheel carries resources/, and the installed CLI and
``--self-test`` run from a fresh virtual environment, away from the checkout.

Everything is built offline from a copy of the checkout in tmp_path (the build writes build/ and
*.egg-info next to its sources, which must not land in the checkout).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from pathlib import Path, PurePosixPath

import pytest

from tinnhiem_desktop import __version__

ROOT = Path(__file__).parents[1]
# What a build reads: the rest of the checkout (tests, docs, packaging) is not part of a wheel.
BUILD_INPUTS = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "tinnhiem_desktop",
                "resources")
# One of each kind the app cannot run or print without (the test below also compares the
# wheel with the whole folder).
MUST_SHIP = (
    "fonts/BeVietnamPro-Regular.ttf", "fonts/LiberationSerif-Regular.ttf",
    "fonts/LICENSE-BeVietnamPro.txt", "fonts/LICENSE-LiberationSerif.txt",
    "regimes/party-qd96-2023.toml", "regimes/state-nq96-2023.toml",
    "i18n/tinnhiem_en.qm", "i18n/qt_vi.qm", "samples/mau.tinnhiem",
    "icons/app-icon.png", "icons/app-icon.ico",
)
WINDOWS = sys.platform == "win32"


def _run(cmd: list[str | Path], cwd: Path, env: dict[str, str] | None = None,
         timeout: int = 180) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(c) for c in cmd], cwd=cwd, env=env, capture_output=True,
                          text=True, encoding="utf-8", timeout=timeout)


def _ok(proc: subprocess.CompletedProcess[str]) -> str:
    assert proc.returncode == 0, f"{proc.args}\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    return proc.stdout


def _shipped() -> set[str]:
    """Every file of the top-level resources/ folder, as a path relative to it."""
    return {p.relative_to(ROOT / "resources").as_posix()
            for p in (ROOT / "resources").rglob("*")
            if p.is_file() and "__pycache__" not in p.parts}


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of what the build reads, as a clean clone has it."""
    try:
        import setuptools  # noqa: F401 - --no-build-isolation builds with this environment's
    except ImportError:
        pytest.fail("setuptools is not installed in this environment: pip install -e '.[dev]'")
    tree = tmp_path_factory.mktemp("source")
    for name in BUILD_INPUTS:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, tree / name,
                            ignore=shutil.ignore_patterns("__pycache__", "*.py[cod]"))
        else:
            shutil.copy2(ROOT / name, tree / name)
    return tree


@pytest.fixture(scope="module")
def wheel(source: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel ``pip install .`` would build (offline: no index, no isolated build env)."""
    out = tmp_path_factory.mktemp("wheelhouse")
    _ok(_run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
              "--no-index", "-q", "-w", out, "."], cwd=source))
    (built,) = out.glob("tinnhiem_desktop-*.whl")
    return built


def test_wheel_carries_every_resource_inside_the_package(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    prefix = "tinnhiem_desktop/resources/"
    carried = {n.removeprefix(prefix) for n in names if n.startswith(prefix)}
    assert set(MUST_SHIP) <= _shipped(), "resources/ itself lacks a file the app needs"
    assert carried == _shipped()
    # nothing outside the package: no top-level resources/, tests or packaging scripts
    assert {PurePosixPath(n).parts[0] for n in names} == {
        "tinnhiem_desktop", f"tinnhiem_desktop-{__version__}.dist-info"}


def test_sdist_carries_resources(source: Path, tmp_path: Path) -> None:
    """A wheel built from the sdist (as pip does from PyPI) needs resources/ in it too."""
    out = tmp_path / "sdist"
    _ok(_run([sys.executable, "-c", "import sys, setuptools.build_meta as b; "
              "print(b.build_sdist(sys.argv[1]))", out], cwd=source))
    (sdist,) = out.glob("tinnhiem_desktop-*.tar.gz")
    with tarfile.open(sdist) as tar:
        names = {PurePosixPath(*PurePosixPath(n).parts[1:]).as_posix() for n in tar.getnames()}
    assert {f"resources/{f}" for f in _shipped()} <= names
    assert {"setup.py", "pyproject.toml", "tinnhiem_desktop/resources.py"} <= names


def _fresh_venv(folder: Path, wheel: Path) -> tuple[Path, Path]:
    """A virtual environment holding only the installed wheel; its dependencies (PySide6 …) are
    borrowed from this environment's site-packages through a .pth line, so nothing is
    downloaded. ``--system-site-packages`` would not do: it shows the *base* interpreter's
    packages, not this environment's. A directory named in a .pth file is only appended to
    sys.path: the .pth files inside it (the editable install's finder that maps
    ``tinnhiem_desktop`` to the checkout) are not run, so the checkout stays invisible."""
    _ok(_run([sys.executable, "-m", "venv", "--without-pip", folder], cwd=folder.parent))
    bindir = folder / ("Scripts" if WINDOWS else "bin")
    python = bindir / ("python.exe" if WINDOWS else "python")
    _ok(_run([sys.executable, "-m", "pip", "--python", python, "install", "--no-deps",
              "--no-index", "-q", wheel], cwd=folder.parent))
    site_packages = Path(_ok(_run([python, "-c", "import sysconfig; "
                                   "print(sysconfig.get_paths()['purelib'])"],
                                  cwd=folder.parent)).strip())
    ours = dict.fromkeys(sysconfig.get_paths()[k] for k in ("purelib", "platlib"))
    (site_packages / "_borrowed_dependencies.pth").write_text("\n".join(ours) + "\n", "utf-8")
    return bindir, python


def test_installed_wheel_runs_away_from_the_checkout(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    bindir, python = _fresh_venv(venv, wheel)
    work = tmp_path / "work"  # the cwd: outside the checkout, so '' on sys.path finds nothing
    work.mkdir()
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONSTARTUP")}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONUTF8="1")

    where = json.loads(_ok(_run([python, "-c", (
        "import json, sys, tinnhiem_desktop, tinnhiem_desktop.resources as r; "
        "print(json.dumps({'package': tinnhiem_desktop.__file__, "
        "'resources': str(r.resources_dir()), 'path': sys.path, "
        "'finders': [type(f).__module__ for f in sys.meta_path]}))")], cwd=work, env=env)))
    assert Path(where["package"]).is_relative_to(venv)
    assert Path(where["resources"]).is_relative_to(venv)
    assert str(ROOT) not in where["path"]
    assert not any("__editable__" in f for f in where["finders"])

    app = str(bindir / ("tinnhiem-desktop.exe" if WINDOWS else "tinnhiem-desktop"))
    session = work / "s.tinnhiem"
    out = _ok(_run([app, "new", session, "--regime", "party-qd96-2023", "--title", "Hội nghị"],
                   cwd=work, env=env))
    assert "Đã tạo phiên" in out and session.is_file()
    results = json.loads(_ok(_run([app, "results", session, "--json"], cwd=work, env=env)))
    assert results["session"]["regime_id"] == "party-qd96-2023"
    _ok(_run([app, "minutes", session, "-o", work / "x.pdf"], cwd=work, env=env))
    assert (work / "x.pdf").read_bytes().startswith(b"%PDF")
    # the sample session the app offers on its start page is installed and verifies
    sample = Path(where["resources"]) / "samples" / "mau.tinnhiem"
    shutil.copy2(sample, work / "mau.tinnhiem")
    _ok(_run([app, "verify", work / "mau.tinnhiem"], cwd=work, env=env))

    test = _run([app, "--self-test"], cwd=work, env=env, timeout=300)
    assert "ĐẠT" in _ok(test) and "biên bản PDF" in test.stdout and "Qt" in test.stdout
    assert f"resources: {where['resources']}" in test.stdout
