"""Text normalisation: every text that enters the app goes through :func:`clean`."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC (composed) form."""
    return unicodedata.normalize("NFC", text)


def clean(text: str) -> str:
    """NFC, with runs of white space folded to one space and the ends trimmed.

    Vietnamese typed with Windows' keyboard or UniKey "Unicode tổ hợp" arrives decomposed (NFD);
    without this, equal names would not compare equal and fonts would stack accents badly.
    """
    return _SPACES.sub(" ", nfc(text)).strip()


def clean_multiline(text: str) -> str:
    """NFC, keeping line breaks but trimming each line."""
    lines = [_SPACES.sub(" ", line).strip() for line in nfc(text).splitlines()]
    return "\n".join(lines).strip()


def fold_key(text: str) -> str:
    """A key for comparing names: cleaned and case-folded (accents kept: they are meaningful)."""
    return clean(text).casefold()
