"""The regimes this build ships, each loaded and validated once, when first asked for."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from tinnhiem_desktop.domain.regimes import Regime, RegimeFolder
from tinnhiem_desktop.resources import resource


@cache
def shipped_regimes() -> Mapping[str, Regime]:
    """The regimes shipped in ``resources/regimes`` (each read and validated when first asked
    for: :class:`~tinnhiem_desktop.domain.regimes.RegimeFolder`)."""
    return RegimeFolder(resource("regimes"))
