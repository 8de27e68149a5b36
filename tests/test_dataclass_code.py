"""Our dataclasses take their methods' code from tinnhiem_desktop/_dataclass_code/ instead of
compiling it at every start (tinnhiem_desktop/dataclass_code.py): the files are fresh, each block
is the text it is filed under and nothing else, and the classes made from them are the classes
``dataclasses`` compiles."""

from __future__ import annotations

import ast
import dataclasses
import json
import re
import subprocess
import sys

import pytest

import tinnhiem_desktop
from tests.helpers import ROOT, fresh_python
from tinnhiem_desktop import dataclass_code

FOLDER = ROOT / "tinnhiem_desktop" / "_dataclass_code"
BLOCK = re.compile(
    r"""\n(def __create_fn__\(.*?)\nCODE\[('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")\]"""
    r""" = __create_fn__\.__code__\n""",
    re.DOTALL)


def _generated_python() -> tuple[int, ...]:
    """The Python the files were written for (they say so; they serve no other)."""
    from tinnhiem_desktop._dataclass_code import domain_model

    return tuple(domain_model.PYTHON)


def test_installed_when_the_package_is_imported() -> None:
    assert dataclasses.exec is dataclass_code._exec  # type: ignore[attr-defined]
    assert not dataclass_code.install()  # once


def test_the_files_are_fresh() -> None:
    """What scripts/update_dataclass_code.py would write now is what is there: a dataclass
    changed without running it fails here (its class would be compiled at every start)."""
    if sys.version_info[:2] != _generated_python():
        pytest.skip("the files were written for another Python; they serve only that one")
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "update_dataclass_code.py"),
                          "--check"], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr + "\nrun scripts/update_dataclass_code.py"


def test_each_block_is_the_text_it_is_filed_under_and_nothing_else() -> None:
    """A generated file holds its header, then blocks that each define ``__create_fn__`` from
    exactly the text it is filed under: no other statement can hide in one."""
    files = sorted(FOLDER.glob("*.py"))
    assert len(files) > 20
    blocks = 0
    for path in files:
        text = path.read_text("utf-8")
        tree = ast.parse(text)
        if path.name == "__init__.py":
            assert len(tree.body) == 1 and isinstance(tree.body[0], ast.Expr)  # a docstring
            continue
        header, _, rest = text.partition("\nCODE = {}\n")
        assert rest, path.name
        assert [type(n) for n in ast.parse(header + "\nCODE = {}\n").body] == [
            ast.Expr, ast.Assign, ast.Assign]
        found = BLOCK.findall(rest)
        assert "".join(f"\n{s}\nCODE[{k}] = __create_fn__.__code__\n" for s, k in found) == rest
        for source, key in found:
            assert ast.literal_eval(key) == source
            (node,) = ast.parse(source).body
            assert isinstance(node, ast.FunctionDef) and node.name == "__create_fn__"
        blocks += len(found)
    assert blocks > 300


def test_opening_a_session_compiles_none_of_our_classes() -> None:
    """In a fresh interpreter, the modules the window imports to open a session make every
    class from the compiled files (with the hook left out, each of the 341 texts is compiled).
    """
    if sys.version_info[:2] != _generated_python():
        pytest.skip("the files were written for another Python")
    out = fresh_python(
        "import tinnhiem_desktop.services.session, tinnhiem_desktop.ui.controller, "
        "tinnhiem_desktop.ui.workspace, tinnhiem_desktop.ui.screens.entry_screen\n"
        "from tinnhiem_desktop import dataclass_code; import json\n"
        "print(json.dumps(dataclass_code.stats))")
    stats = json.loads(out)
    assert stats["misses"] == 0
    assert stats["hits"] > 300


_DESCRIBE = r"""
import dataclasses, dis, importlib, inspect, json, pkgutil, re, sys
if sys.argv[1] == "compiled":
    import builtins
    dataclasses.exec = builtins.exec  # taken before the package: install() leaves it be
import tinnhiem_desktop
from tinnhiem_desktop import dataclass_code

from tests.helpers import ROOT, fresh_python
def const(c):  # a set's order follows the process's string hashing: compare its members
    return sorted(map(repr, c)) if isinstance(c, frozenset) else repr(c)
def code_facts(code):
    return [code.co_name, code.co_qualname, code.co_argcount, code.co_kwonlyargcount,
            code.co_varnames, code.co_freevars, code.co_cellvars, code.co_names, code.co_flags,
            [[i.opname, const(i.argval)] for i in dis.get_instructions(code)],
            [code_facts(c) if hasattr(c, "co_code") else const(c) for c in code.co_consts]]
facts = {}
for info in pkgutil.walk_packages(tinnhiem_desktop.__path__, "tinnhiem_desktop."):
    if info.name.endswith(".__main__") or info.name.startswith(dataclass_code.GENERATED):
        continue
    module = importlib.import_module(info.name)
    for name, cls in sorted(vars(module).items()):
        if (isinstance(cls, type) and dataclasses.is_dataclass(cls)
                and cls.__module__ == info.name):
            methods = {}
            for method in ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__",
                           "__delattr__"):
                fn = inspect.unwrap(vars(cls).get(method)) if method in vars(cls) else None
                if fn is None or not hasattr(fn, "__code__"):
                    methods[method] = repr(fn)
                    continue
                methods[method] = [fn.__qualname__, fn.__module__, str(inspect.signature(fn)),
                                   fn.__globals__ is vars(module), repr(fn.__defaults__),
                                   repr(fn.__kwdefaults__), sorted(fn.__annotations__),
                                   [re.sub(" at 0x[0-9a-f]+", "", repr(c.cell_contents))
                                    for c in fn.__closure__ or ()],
                                   code_facts(fn.__code__)]
            facts[f"{info.name}.{name}"] = methods
print(json.dumps([facts, dataclass_code.stats]))
"""


def test_the_classes_are_those_dataclasses_compiles() -> None:
    """Every dataclass of the package, made from the files and compiled as usual: the same
    methods, signatures, globals, closures and bytecode."""
    served, served_stats = json.loads(fresh_python(_DESCRIBE.replace("sys.argv[1]", "'served'")))
    compiled, compiled_stats = json.loads(fresh_python(_DESCRIBE.replace("sys.argv[1]",
                                                                    "'compiled'")))
    assert compiled_stats == {"hits": 0, "misses": 0}
    if sys.version_info[:2] == _generated_python():
        assert served_stats["misses"] == 0 and served_stats["hits"] > 400
    assert len(served) > 70
    assert served == compiled


def test_a_class_not_filed_is_compiled_as_usual() -> None:
    """A text not in the files (a class changed since they were written) is compiled; a
    module with no file at all too."""
    before = dict(dataclass_code.stats)
    namespace: dict[str, object] = {"__name__": "tinnhiem_desktop.domain.model"}
    exec(compile(  # a class of that module's name, with fields no class there has
        "from dataclasses import dataclass\n"
        "@dataclass(frozen=True)\nclass Planted:\n    never_seen_field: int = 3\n",
        "<planted>", "exec", dont_inherit=True), namespace)
    planted = namespace["Planted"]
    assert repr(planted()) == "Planted(never_seen_field=3)"  # type: ignore[operator]
    with pytest.raises(dataclasses.FrozenInstanceError):
        planted().never_seen_field = 4  # type: ignore[operator]
    assert dataclass_code.stats["misses"] >= before["misses"] + 5
    elsewhere: dict[str, object] = {"__name__": "tinnhiem_desktop.nowhere"}
    exec(compile("from dataclasses import dataclass\n@dataclass\nclass A:\n    x: int\n",
                 "<elsewhere>", "exec", dont_inherit=True), elsewhere)
    assert elsewhere["A"](1) == elsewhere["A"](1)  # type: ignore[operator]


def test_other_modules_are_left_to_exec() -> None:
    assert dataclass_code.generated_module("tests.test_dataclass_code") is None
    assert dataclass_code.generated_module("tinnhiem_desktop._dataclass_code.domain_model") is None
    assert (dataclass_code.generated_module("tinnhiem_desktop.ui.screens.entry_layout")
            == "tinnhiem_desktop._dataclass_code.ui_screens_entry_layout")

    @dataclasses.dataclass(frozen=True)
    class Local:
        a: int

    assert Local(1) == Local(1) and hash(Local(1)) == hash(Local(1))
    assert tinnhiem_desktop.__version__
