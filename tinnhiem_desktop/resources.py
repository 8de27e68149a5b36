"""Finds a file in ``resources/`` from the source tree, an installed wheel or a frozen app."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The ``resources`` folder: beside the package in a checkout, inside it when installed,
    or under ``sys._MEIPASS`` in a PyInstaller bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen:
        candidates.append(Path(frozen) / "resources")
    here = Path(__file__).resolve().parent
    candidates += [here.parent / "resources", here / "resources"]
    for candidate in candidates:
        if (candidate / "regimes").is_dir():
            return candidate
    raise FileNotFoundError("resources/ not found beside the package: the installation is broken")


def resource(*parts: str) -> Path:
    """Path of a file under ``resources/``."""
    return resources_dir().joinpath(*parts)
