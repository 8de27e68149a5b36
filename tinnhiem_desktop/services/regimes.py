"""The regimes this build ships, loaded and validated once."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from tinnhiem_desktop.domain.regimes import Regime, load_regimes
from tinnhiem_desktop.resources import resource


@cache
def shipped_regimes() -> Mapping[str, Regime]:
    """The regimes shipped in ``resources/regimes``, loaded and validated once."""
    return load_regimes(resource("regimes"))
