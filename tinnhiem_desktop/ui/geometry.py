"""Where windows and dialogs open: inside the screen's available area, where the user left them.

A fixed size (the window was 1280×800, the minutes preview 900×1000) hides the status bar or a
dialog's buttons below the edge of a 1366×768 or 1024×768 laptop screen. Every window and dialog
asks :class:`GeometryMemory` instead: the last geometry and maximised state (QSettings), else the
preferred size, always clamped to the available area of its screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QMargins, QObject, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from tinnhiem_desktop.ui.settings import AppSettings

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QDialog

FRAME_GUESS = QMargins(8, 32, 8, 8)
"""The window manager's frame (title bar, borders) before a window has been shown once."""


def available_area(widget: QWidget | None = None) -> QRect:
    """The available geometry (without task bars and docks) of ``widget``'s screen, or of the
    screen under its parent, or the primary screen. Tests replace this function."""
    screen = None
    if widget is not None:
        parent = widget.parentWidget()
        screen = (parent.window().screen() if parent is not None else None) or widget.screen()
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def frame_margins(widget: QWidget) -> QMargins:
    """The frame the window system draws around ``widget``: known once it has been shown;
    before that, the frame of the window it belongs to, or a generous guess."""
    parent = widget.parentWidget()
    for window in (widget, parent.window() if parent is not None else None):
        handle = window.windowHandle() if window is not None and window.isVisible() else None
        if handle is not None:
            return handle.frameMargins()
    if QGuiApplication.platformName() in ("offscreen", "minimal"):
        return QMargins()  # corrected when shown (:class:`_KeepInside`)
    return FRAME_GUESS


KEEP_INSIDE = "geometryKeepInside"


class _KeepInside(QObject):
    """Once a window is shown its real frame is known: if that frame pokes out of the screen,
    the window is moved (and if need be shrunk) inside."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        # Named here, once, not on every event: naming QEvent builds its 179 event types (PySide
        # makes a class's enums when the class is first named), which the main window's first
        # frame does without (see keep_inside).
        from PySide6.QtCore import QEvent

        self._show = QEvent.Type.Show

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == self._show and isinstance(watched, QWidget):
            bring_inside(watched)
        return False


def keep_inside(widget: QWidget) -> None:
    """From now on, each time ``widget`` is shown, bring its frame inside the available area
    (:func:`bring_inside`), and do it now if it is on screen.

    An event filter in Python sees every event of the window, and the first one makes PySide
    build ``QEvent``'s enums: the main window calls this once its first frame is on screen
    (``MainWindow.on_screen``), dialogs as they are placed (``GeometryMemory.place_dialog``)."""
    # Found by name: findChild(_KeepInside) wraps every child on the way, and PySide then builds
    # the enums of each child's class.
    if widget.findChild(QObject, KEEP_INSIDE) is None:
        keeper = _KeepInside(widget)
        keeper.setObjectName(KEEP_INSIDE)
        widget.installEventFilter(keeper)
    if widget.isVisible():
        bring_inside(widget)


def bring_inside(widget: QWidget) -> None:
    """Move (and if need be shrink) ``widget`` so that its frame is inside the available area,
    unless it is maximised or full screen."""
    if widget.isMaximized() or widget.isFullScreen():
        return
    area = available_area(widget)
    if not area.contains(widget.frameGeometry()):
        widget.setGeometry(fit_rect(widget.geometry(), area, frame_margins(widget)))


def fit_rect(wanted: QRect, area: QRect, frame: QMargins | None = None) -> QRect:
    """``wanted`` (a client rectangle) made to fit ``area`` with its ``frame`` around it:
    shrunk to the area's size, then moved (not shrunk further) until the frame is inside."""
    room = area.marginsRemoved(frame or QMargins())
    width = min(wanted.width(), room.width())
    height = min(wanted.height(), room.height())
    x = min(max(wanted.x(), room.left()), room.right() + 1 - width)
    y = min(max(wanted.y(), room.top()), room.bottom() + 1 - height)
    return QRect(x, y, width, height)


def centred(size: QSize, area: QRect, frame: QMargins | None = None) -> QRect:
    """A rectangle of ``size`` (clamped to the area) centred in ``area``."""
    room = area.marginsRemoved(frame or QMargins())
    width, height = min(size.width(), room.width()), min(size.height(), room.height())
    top_left = room.center() - QPoint(width // 2, height // 2) + QPoint(1, 1)
    return fit_rect(QRect(top_left, QSize(width, height)), area, frame)


class GeometryMemory:
    """Restores and remembers the geometry of windows and dialogs, by a key per kind of window.

    With no ``settings`` nothing is remembered, but every window still opens on the screen.
    """

    def __init__(self, settings: AppSettings | None = None) -> None:
        self._settings = settings

    def restore(self, widget: QWidget, key: str, preferred: QSize) -> bool:
        """Give ``widget`` its last geometry (or ``preferred``, centred), inside the available
        area. Returns whether it was maximised last time: show it with :func:`show_restored`.
        Keeping it inside whenever it is shown is :func:`keep_inside`'s."""
        area = available_area(widget)
        frame = frame_margins(widget)
        saved, maximised = (None, False) if self._settings is None else (
            self._settings.window_geometry(key))
        if saved is not None and saved.isValid():
            rect = fit_rect(saved, area, frame)
        else:
            rect = centred(preferred, area, frame)
        widget.setGeometry(rect)
        if maximised:
            # Imported here: the first Qt.* value makes PySide build the whole Qt namespace's
            # enums (~30 ms), which a window restored at its normal size does before its first
            # frame without.
            from PySide6.QtCore import Qt

            widget.setWindowState(widget.windowState() | Qt.WindowState.WindowMaximized)
        return maximised

    def remember(self, widget: QWidget, key: str) -> None:
        """Store ``widget``'s normal geometry and whether it is maximised."""
        if self._settings is None:
            return
        maximised = widget.isMaximized()
        rect = widget.normalGeometry() if maximised else widget.geometry()
        if not rect.isValid():
            rect = widget.geometry()
        self._settings.set_window_geometry(key, rect, maximised)

    def place_dialog(self, dialog: QDialog, key: str, preferred: QSize) -> None:
        """Restore ``dialog`` now, keep it inside the screen whenever it is shown, and remember
        its geometry when it closes (any button)."""
        self.restore(dialog, key, preferred)
        keep_inside(dialog)
        dialog.finished.connect(lambda _result: self.remember(dialog, key))
