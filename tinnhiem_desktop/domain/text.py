"""Text normalisation: every text that enters the app goes through :func:`clean` (one line) or
:func:`clean_multiline` (reasons, explanations, addenda).

Input hygiene happens here, once, so every duplicate check compares cleaned text: control
characters (C0, C1, DEL) and invisible format characters (Unicode category Cf: zero-width spaces
and joiners, soft hyphens, byte order marks, bidi controls …) are removed — they break exports,
reach a terminal raw, and make "the same" name a different official. Tabs and line breaks become
spaces (line breaks survive in multi-line fields). The result is NFC.
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
_LINE_BREAKS = "\n\r\x0b\x0c\x85\u2028\u2029"
"""What :meth:`str.splitlines` splits on, less the C0 separators U+001C–U+001E (removed)."""
_KEPT_CONTROLS = frozenset("\t" + _LINE_BREAKS)
_REMOVED_CATEGORIES = frozenset({"Cc", "Cf"})
REPLACEMENT = "\ufffd"
"""Shown in place of a lone surrogate (undecodable bytes in a command-line argument)."""


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC (composed) form."""
    return unicodedata.normalize("NFC", text)


def _strip_invisible(text: str) -> str:
    """Remove control and format characters, keeping tabs and line breaks for the caller."""
    if text.isascii() and text.isprintable():
        return text  # the common case, kept fast (the entry screen cleans on every key)
    out = []
    for char in text:
        category = unicodedata.category(char)
        if category == "Cs":
            out.append(REPLACEMENT)  # cannot be stored or printed; visible so it gets fixed
        elif category not in _REMOVED_CATEGORIES or char in _KEPT_CONTROLS:
            out.append(char)
    return "".join(out)


def clean(text: str) -> str:
    """One line of text: controls and invisible characters removed, runs of white space (tabs and
    line breaks included) folded to one space, the ends trimmed, NFC.

    Vietnamese typed with Windows' keyboard or UniKey "Unicode tổ hợp" arrives decomposed (NFD);
    without this, equal names would not compare equal and fonts would stack accents badly.
    """
    return nfc(_SPACES.sub(" ", _strip_invisible(text)).strip())


def clean_multiline(text: str) -> str:
    """Like :func:`clean`, but line breaks survive (as ``\\n``); each line is trimmed, and blank
    lines at the start and the end are dropped."""
    kept = _strip_invisible(text)
    lines = [_SPACES.sub(" ", line).strip() for line in kept.splitlines()]
    return nfc("\n".join(lines).strip())


def clean_v1(text: str) -> str:
    """How version 0.1.0 cleaned one line (NFC, white space folded, trimmed; controls kept).

    Only ``verify`` uses it: a log written by 0.1.0 is checked by the rules it was written by.
    """
    return _SPACES.sub(" ", nfc(text)).strip()


def clean_multiline_v1(text: str) -> str:
    """How version 0.1.0 cleaned a multi-line text (see :func:`clean_v1`)."""
    lines = [_SPACES.sub(" ", line).strip() for line in nfc(text).splitlines()]
    return "\n".join(lines).strip()


def fold_key(text: str) -> str:
    """A key for comparing names: cleaned and case-folded (accents kept: they are meaningful)."""
    return clean(text).casefold()


def plain_key(text: str) -> str:
    """A key for recognising words whatever the typing: cleaned, case-folded, without accents
    (``Đ`` → ``d``), so "Họ và tên", "HỌ VÀ TÊN", "Ho va ten" and the decomposed (NFD) forms
    compare equal. For column headings and a choice among a few known words (roles, "Quốc hội"),
    never for names (there the accents are meaningful: see :func:`fold_key`)."""
    decomposed = unicodedata.normalize("NFD", clean(text).replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn").casefold()


def ascii_digits(text: str) -> bool:
    """True when ``text`` is one or more ASCII digits 0–9 and nothing else.

    ``str.isdigit`` also accepts Arabic-Indic, full-width and superscript digits, which ``int``
    may read or not and a printed document would show as typed: counts, dates and times accept
    only what a Vietnamese keyboard types.
    """
    return text.isascii() and text.isdigit()
