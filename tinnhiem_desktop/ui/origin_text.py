"""What a copy of a set-up is, in words: a counting group's file, a second pass, a trial.

The status bar, the window title and the comparison screen all say it the same way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:  # the start page's status bar holds one of these before any session opens
    from tinnhiem_desktop.domain.groups import CopyOrigin


class OriginTexts(QObject):
    """Describes a :class:`CopyOrigin` in the window's language."""

    def describe(self, origin: CopyOrigin | None) -> str:
        """"Tổ 1 (được giao 120 phiếu)", "Lượt nhập kiểm tra của Tổ 1", … ; "" for a file
        that is no copy."""
        if origin is None:
            return ""
        from tinnhiem_desktop.domain.groups import CopyKind

        of = origin.label or origin.source_name
        if origin.kind is CopyKind.GROUP:
            text = self.tr("Tổ kiểm phiếu: %1").replace("%1", origin.label or "")
            if origin.ballots_handed is not None:
                text += self.tr(" (được giao %1 phiếu)").replace(
                    "%1", str(origin.ballots_handed))
            return text
        if origin.kind is CopyKind.SECOND_PASS:
            return self.tr("Lượt nhập kiểm tra của %1").replace("%1", of)
        return self.tr("Bản nhập thử của %1").replace("%1", of)
