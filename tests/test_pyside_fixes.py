"""PySide6 6.12.0 on Python 3.11 drops a reference to None/True/False on many calls; importing
``tinnhiem_desktop.ui`` must make that harmless (see ui/pyside_fixes.py)."""

from __future__ import annotations

import sys

from tests.helpers import fresh_python

# A fresh interpreter: in the test process None has far more references than in the app, so a
# crash that takes a few thousand calls in the app would take millions here.
CHILD = """
import tinnhiem_desktop.ui
from PySide6.QtCore import QObject, Signal

class Emitter(QObject):
    fired = Signal()

emitter = Emitter()
for _ in range(50_000):
    emitter.setObjectName("x")   # returns None
    emitter.fired.emit()         # returns True
print("ok")
"""


def test_many_qt_calls_do_not_free_none_or_true() -> None:
    assert fresh_python(CHILD).strip() == "ok"


# ---------------------------------------------------------------- PySide's source reading

QUICK_CHILD = """
import inspect, sys
import tinnhiem_desktop.ui
read = []
real_getsource = inspect.getsource
def counting(obj):
    read.append(getattr(obj, "__name__", obj))
    return real_getsource(obj)
inspect.getsource = counting
import tinnhiem_desktop.ui.main_window        # imports modules that use PySide6 (i18n)
import tinnhiem_desktop.domain.results        # imports pure ones (model)
feature = sys.modules["shibokensupport.feature"]
ours = [n for n in read if n.startswith("tinnhiem_desktop")]
print(ours)
print(feature.pyside_feature_dict["tinnhiem_desktop.ui.i18n"],
      feature.pyside_feature_dict["tinnhiem_desktop.domain.model"])
"""


def test_pyside_no_longer_reads_the_source_of_each_module_imported() -> None:
    """After ``import tinnhiem_desktop.ui``, PySide's per-import check reads no module's
    source through ``inspect`` (32–40 ms of start-up) and still tells a module that uses
    PySide6 (0) from one that does not (-1)."""
    assert fresh_python(QUICK_CHILD).split("\n")[:2] == ["[]", "0 -1"]


def test_the_quick_check_answers_as_pysides_own_for_every_module_loaded() -> None:
    import tinnhiem_desktop.ui  # noqa: F401 - installs the quick check
    import tinnhiem_desktop.ui.main_window  # noqa: F401 - modules that use PySide6 and not

    feature = sys.modules["shibokensupport.feature"]
    quick = feature._mod_uses_pyside
    original = quick.original
    modules = [m for m in list(sys.modules.values()) if m is not None]
    assert len(modules) > 300
    answers = {m.__name__: quick(m) for m in modules}
    assert answers == {m.__name__: original(m) for m in modules}
    assert answers["tinnhiem_desktop.ui.main_window"] is True
    assert answers["tinnhiem_desktop.domain.model"] is False
    assert answers["sys"] is False  # built in: PySide's own check answers


def test_the_quick_check_is_installed_once_and_skips_a_pyside_without_the_check(
        monkeypatch) -> None:
    import types

    from tinnhiem_desktop.ui.pyside_fixes import read_sources_quickly

    assert read_sources_quickly() is False  # done when tinnhiem_desktop.ui was imported
    monkeypatch.setitem(sys.modules, "shibokensupport.feature", types.ModuleType("feature"))
    assert read_sources_quickly() is False
    fake = types.ModuleType("feature")
    fake._mod_uses_pyside = lambda module: True  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "shibokensupport.feature", fake)
    assert read_sources_quickly() is True
    assert fake._mod_uses_pyside(sys) is True  # type: ignore[attr-defined]  # via the original
    assert fake._mod_uses_pyside(types) is False  # type: ignore[attr-defined]  # its bytes


# ---------------------------------------------------------------- enums built by an overload

ACTION_CHILD = """
import gc, enum
import tinnhiem_desktop.ui
from PySide6.QtWidgets import QApplication, QWidget
from tinnhiem_desktop.ui.pyside_fixes import text_action


def icon_enums():
    return sorted(o.__qualname__ for o in gc.get_objects() if isinstance(o, type)
                  and issubclass(o, enum.Enum) and o.__qualname__.startswith("QIcon."))


app = QApplication([])
parent = QWidget()
ours = text_action("&Mở…", parent)
print(ours.text(), ours.parent() is parent, icon_enums())
from PySide6.QtGui import QAction
theirs = QAction("&Mở…", parent)
print(theirs.text(), theirs.parent() is parent, "QIcon.ThemeIcon" in icon_enums())
"""


def test_a_text_action_is_the_same_action_without_building_the_icon_enums() -> None:
    """``text_action(text, parent)`` gives what ``QAction(text, parent)`` gives, without PySide
    building ``QIcon``'s enums to rule out the icon overload (which the plain call does)."""
    lines = fresh_python(ACTION_CHILD).split("\n")
    assert lines[:2] == ["&Mở… True []", "&Mở… True True"]
