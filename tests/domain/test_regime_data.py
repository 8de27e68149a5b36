"""The shipped regimes are read at build time (scripts/update_regime_data.py into
domain/_regime_data.py), so that opening a session imports no TOML reader: the module is fresh,
each file's very text gives exactly what tomllib reads from it, and any other text is read by
tomllib as before."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tinnhiem_desktop.domain._regime_data import PARSED
from tinnhiem_desktop.domain.regimes import RegimeError, load_regime, read_regime_text
from tinnhiem_desktop.resources import resource

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = sorted(resource("regimes").glob("*.toml"))


def test_the_module_is_fresh() -> None:
    """What the script would write now is what is there: a regime file changed without running
    it fails here (and would be read with tomllib at every start)."""
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "update_regime_data.py"),
                          "--check"], cwd=ROOT, capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr + "\nrun scripts/update_regime_data.py"


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_a_shipped_text_gives_what_tomllib_reads_from_it(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert text in PARSED
    data = read_regime_text(text)
    assert data == tomllib.loads(text)
    assert repr(data) == repr(tomllib.loads(text))  # the same order of keys, the same types
    again = read_regime_text(text)
    assert again == data and again is not data and again["levels"] is not data["levels"]
    assert load_regime(path).id == path.stem


def test_any_other_text_is_read_by_tomllib(tmp_path: Path) -> None:
    shipped = SHIPPED[0].read_text(encoding="utf-8")
    changed = shipped.replace('name = "', 'name = "Đổi: ', 1)
    assert changed != shipped and changed not in PARSED
    assert read_regime_text(changed) == tomllib.loads(changed)
    assert read_regime_text(changed)["name"].startswith("Đổi: ")
    (tmp_path / f"{SHIPPED[0].stem}.toml").write_text(changed + "\n[[broken", encoding="utf-8")
    with pytest.raises(RegimeError, match="không đọc được"):
        load_regime(tmp_path / f"{SHIPPED[0].stem}.toml")
    (tmp_path / "bad.toml").write_bytes(b"id = \"\xff\"\n")
    with pytest.raises(RegimeError, match="không đọc được"):
        load_regime(tmp_path / "bad.toml")
