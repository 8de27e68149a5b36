"""The Qt half of ``--self-test``: the bundled Qt starts and draws with the bundled fonts."""

from __future__ import annotations

import os

from tinnhiem_desktop.resources import resource


def check_qt() -> None:
    """Start Qt (offscreen when there is no display), load the UI font, draw a Vietnamese label."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QFontDatabase, QGuiApplication
    from PySide6.QtWidgets import QApplication, QLabel

    if QApplication.instance() is None:
        QApplication(["tinnhiem-desktop"])
    font_id = QFontDatabase.addApplicationFont(str(resource("fonts", "BeVietnamPro-Regular.ttf")))
    if font_id < 0:
        raise RuntimeError("Qt không nạp được phông chữ giao diện")
    family = QFontDatabase.applicationFontFamilies(font_id)[0]
    label = QLabel("Đặng Thị Ngọc Thịnh — Ưng Hoàng Phúc")
    label.setFont(family)
    image = label.grab().toImage()
    if image.isNull() or image.width() < 50:
        raise RuntimeError("Qt không vẽ được cửa sổ")
    from PySide6 import __version__ as pyside_version

    print(f"[ok] Qt {pyside_version} khởi động ({QGuiApplication.platformName()}), "
          f"phông chữ “{family}”", flush=True)
