"""The user's preferences (QSettings) and where the app may write its own files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSettings

MAX_RECENT = 8
DEFAULT_POINTS = 11.0
LANGUAGES = ("vi", "en")


class AppSettings:
    """Recent files, language, zoom and window geometry; ``data_dir`` holds copies of the
    sample session."""

    def __init__(self, settings: QSettings, data_dir: Path) -> None:
        self._settings = settings
        self.data_dir = data_dir

    def recent_files(self) -> list[Path]:
        """Recently opened sessions that still exist, newest first."""
        value = self._settings.value("recent_files", [])
        items: list[str] = [value] if isinstance(value, str) else (
            [str(v) for v in value] if isinstance(value, list) else []
        )
        return [Path(p) for p in items if p and Path(p).exists()]

    def add_recent(self, path: Path) -> None:
        """Put ``path`` first in the recent files."""
        path = Path(path).resolve()
        recent = self.recent_files()
        items = [str(path)] + [str(p) for p in recent if p.resolve() != path]
        if items[:MAX_RECENT] == [str(p) for p in recent]:
            return  # already first (opening the last file again): the disk is not touched
        self._settings.setValue("recent_files", items[:MAX_RECENT])
        self._settings.sync()

    @property
    def language(self) -> str:
        """``vi`` (default) or ``en``."""
        value = str(self._settings.value("language", "vi"))
        return value if value in LANGUAGES else "vi"

    @language.setter
    def language(self, value: str) -> None:
        value = value if value in LANGUAGES else "vi"
        if value != self.language:
            self._settings.setValue("language", value)
            self._settings.sync()

    @property
    def points(self) -> float:
        """The base font size (the zoom)."""
        try:
            value = float(str(self._settings.value("points", DEFAULT_POINTS)))
        except ValueError:
            return DEFAULT_POINTS
        return min(max(value, 8.0), 28.0)

    @points.setter
    def points(self, value: float) -> None:
        value = min(max(value, 8.0), 28.0)
        if value != self.points:
            # Written only when it changes: the window applies the stored size as it opens,
            # and writing it back there synced the settings file to disk before the first
            # frame (17 ms).
            self._settings.setValue("points", value)
            self._settings.sync()

    @property
    def table_margins(self) -> tuple[int, int] | None:
        """The style's margins beside text in a table's headers and cells, as last asked
        (``fast_table.assume_margins``); None when never stored or unreadable."""
        value = self._settings.value("style/table_margins", None)
        parts = value if isinstance(value, list) else []
        try:
            header, cell = (int(str(v)) for v in parts)
        except ValueError:
            return None
        if not (0 <= header <= 64 and 0 <= cell <= 64):
            return None
        return header, cell

    @table_margins.setter
    def table_margins(self, value: tuple[int, int]) -> None:
        if value != self.table_margins:
            self._settings.setValue("style/table_margins", [str(v) for v in value])
            self._settings.sync()

    def window_geometry(self, key: str) -> tuple[QRect | None, bool]:
        """The last normal geometry of the window or dialog ``key`` and whether it was
        maximised; ``(None, False)`` when never stored (or unreadable)."""
        value = self._settings.value(f"geometry/{key}", None)
        parts = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        rect = None
        try:
            x, y, width, height = (int(str(v)) for v in parts)
            if width > 0 and height > 0:
                rect = QRect(x, y, width, height)
        except ValueError:
            rect = None
        maximised = str(self._settings.value(f"maximised/{key}", "false")).lower() == "true"
        return rect, maximised

    def set_window_geometry(self, key: str, rect: QRect, maximised: bool) -> None:
        """Remember where ``key`` was (its normal geometry) and whether it was maximised."""
        self._settings.setValue(
            f"geometry/{key}", [str(v) for v in (rect.x(), rect.y(), rect.width(), rect.height())])
        self._settings.setValue(f"maximised/{key}", "true" if maximised else "false")
        self._settings.sync()
