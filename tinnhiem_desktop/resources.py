"""Finds a file in ``resources/`` from the source tree, an installed wheel or a frozen app."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The ``resources`` folder: under ``sys._MEIPASS`` in a PyInstaller bundle, inside the
    package when installed from a wheel (``setup.py`` copies it there), beside the package in a
    checkout or an editable install. The copy inside the package is tried before the folder beside
    it: installed, that neighbour is ``site-packages/resources``, which another distribution
    may own."""
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen:
        candidates.append(Path(frozen) / "resources")
    here = Path(__file__).resolve().parent
    candidates += [here / "resources", here.parent / "resources"]
    for candidate in candidates:
        if (candidate / "regimes").is_dir():
            return candidate
    raise FileNotFoundError("resources/ not found beside or inside the package: "
                            "the installation is broken")


def resource(*parts: str) -> Path:
    """Path of a file under ``resources/``."""
    return resources_dir().joinpath(*parts)
