"""Texts of the core shown in the window, in the window's language.

The core writes Vietnamese (the CLI, the printed minutes); what it produces for the window keeps
its catalogue code (``domain/messages.py``) or, for a regime, its English in the regime's file,
so an English window shows English. User data (names, titles, typed reasons) stays as typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from tinnhiem_desktop.domain.messages import Lang, Text, reason_code, render
from tinnhiem_desktop.ui.i18n import ui_language

if TYPE_CHECKING:  # types only: the start page (which needs error_text) imports none of them
    from tinnhiem_desktop.domain.checks import Check
    from tinnhiem_desktop.domain.errors import UserFacingError
    from tinnhiem_desktop.domain.regimes import Band, Basis, Kind, Level, Regime
    from tinnhiem_desktop.domain.tally import BallotTypeResult


def _english() -> bool:
    return ui_language() is Lang.EN


def text(value: Text) -> str:
    """A catalogue text in the window's language."""
    return value.render(ui_language())


def error_text(error: UserFacingError) -> str:
    """A refusal in the window's language (Vietnamese when it has no catalogue text)."""
    return error.message if error.text is None else text(error.text)


def check_text(check: Check) -> str:
    """A check's message in the window's language."""
    return check.render(ui_language())


def basis_label(basis: Basis) -> str:
    """What the 100 % base counts ("tổng số phiếu thu về" / "the ballots collected")."""
    return render("basis." + basis.value, ui_language())


def base_sentence(result: BallotTypeResult) -> str:
    """The sentence under the results table that names the base."""
    return text(result.base_text)


def reason_text(reason: str) -> str:
    """A whole-ballot reason: a preset in the window's language, a typed reason as typed."""
    code = reason_code(reason)
    return reason if code is None else render(code, ui_language())


def regime_name(regime: Regime) -> str:
    """The regime's name."""
    return regime.name_en if _english() and regime.name_en else regime.name


def legal_basis(regime: Regime) -> str:
    """The regime's legal basis."""
    return regime.legal_basis_en if _english() and regime.legal_basis_en else regime.legal_basis


def level_label(level: Level) -> str:
    """A level's label ("Tín nhiệm cao" / "High confidence")."""
    return level.label_en if _english() and level.label_en else level.label


def band_label(band: Band) -> str:
    """A band's label as shown in the results table."""
    return band.label_en if _english() and band.label_en else band.label


def band_wording(band: Band) -> str:
    """What the band means: the article's own sentence (in English, a translation of it), or
    the band's label where the regime quotes no consequence."""
    if _english() and band.quote_en:
        return band.quote_en
    return band.wording


def band_basis(band: Band) -> str:
    """The article a band rests on, or the regime's convention where none is cited."""
    return band.article_en if _english() and band.article_en else band.basis


def person_noun(kind: Kind) -> str:
    """Who is on the ballot: "người được lấy phiếu" or "người được bỏ phiếu tín nhiệm"."""
    return render(f"kind.{kind.value}.person", ui_language())


class RegimeHints(QObject):
    """Keyboard hints that depend on the regime (2 or 3 levels)."""

    def entry_hint(self, regime: Regime) -> str:
        """The hint line of the entry screen: the level keys of this regime ("1 2 3" for a
        poll, "1 2" for a vote), then the keys every ballot shares."""
        return self.tr(
            "%1: đánh dấu và xuống dòng · 0 hoặc Cách: không đánh dấu · x: nhiều dấu · "
            "Backspace: lùi một dòng và xóa · Lên/Xuống: di chuyển · Enter: ghi phiếu · "
            "F8: cả phiếu không hợp lệ · Ctrl+Z: hủy phiếu vừa ghi để nhập lại · "
            "F6: danh sách phiếu · F9: để riêng chờ Ban kiểm phiếu"
        ).replace("%1", " ".join(regime.codes))
