"""The shipped regimes are read one at a time, when first asked for (opening a session needs its
own only), and are then exactly what reading the whole folder gives."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tinnhiem_desktop.domain.regimes import RegimeError, RegimeFolder, load_regimes
from tinnhiem_desktop.resources import resource
from tinnhiem_desktop.services.regimes import shipped_regimes


def test_the_same_regimes_as_reading_the_whole_folder() -> None:
    every = load_regimes(resource("regimes"))
    shipped = shipped_regimes()
    assert list(shipped) == sorted(every) and len(shipped) == len(every)
    assert {k: shipped[k] for k in shipped} == every
    assert "party-qd96-2023" in shipped and "no-such-regime" not in shipped
    with pytest.raises(KeyError):
        shipped["no-such-regime"]


def test_a_regime_is_read_when_first_asked_for_and_checked_then(tmp_path: Path) -> None:
    folder = tmp_path / "regimes"
    folder.mkdir()
    shutil.copy(resource("regimes", "party-qd96-2023.toml"), folder)
    (folder / "broken.toml").write_text("id = [", encoding="utf-8")
    good = resource("regimes", "party-vote.toml").read_text(encoding="utf-8")
    (folder / "renamed.toml").write_text(good, encoding="utf-8")
    regimes = RegimeFolder(folder)
    assert list(regimes) == ["broken", "party-qd96-2023", "renamed"]
    assert regimes["party-qd96-2023"].id == "party-qd96-2023"  # the others not read
    with pytest.raises(RegimeError, match="không đọc được"):
        regimes["broken"]
    with pytest.raises(RegimeError, match="khác tên tệp"):
        regimes["renamed"]
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(RegimeError, match="không có thể thức nào"):
        RegimeFolder(empty)
