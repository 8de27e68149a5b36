"""The frozen app builds and passes its self-test (slow: PyInstaller takes a minute or two)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]


@pytest.mark.slow
def test_build_and_self_test(tmp_path: Path) -> None:
    build = subprocess.run([sys.executable, "packaging/build.py"], cwd=ROOT, capture_output=True,
                           text=True, timeout=1200)
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    exe = ROOT / "dist" / "tinnhiem-desktop" / "tinnhiem-desktop"
    env = {k: v for k, v in os.environ.items() if k != "DISPLAY"}
    run = subprocess.run([str(exe), "--self-test"], capture_output=True, text=True,
                         encoding="utf-8", timeout=300, env=env)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "ĐẠT" in run.stdout and "biên bản PDF" in run.stdout
    # the console build of the same bundle (on Windows the window's build has no console)
    cli = subprocess.run([str(exe.with_name("tinnhiem-desktop-cli")), "--version"],
                         capture_output=True, text=True, encoding="utf-8", timeout=120, env=env)
    assert cli.returncode == 0 and "tinnhiem-desktop" in cli.stdout
    # The child that verifies a file opened by a double click (tinnhiem_desktop/verify_ahead.py):
    # the bundle holds what it imports only inside its function.
    from tinnhiem_desktop.bench.figures import build_big_session

    sample = tmp_path / "phien.tinnhiem"
    build_big_session(sample, 3, 20).close()
    child = subprocess.run([str(exe.with_name("tinnhiem-desktop-cli")), "--verify-ahead",
                            str(sample)], capture_output=True, text=True, timeout=120, env=env)
    assert child.returncode == 0, child.stderr[-3000:]
    assert '"problems": []' in child.stdout and child.stdout.startswith("before ")


def test_installer_script_has_the_app_version() -> None:
    """Inno Setup cannot read Python: its script spells the version, and must spell ours."""
    import re

    from tinnhiem_desktop import __version__

    iss = (ROOT / "packaging" / "windows" / "tinnhiem-desktop.iss").read_text("utf-8")
    assert re.findall(r'^#define AppVersion "([^"]+)"$', iss, re.M) == [__version__]
