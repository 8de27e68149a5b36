"""Puts the top-level ``resources/`` folder into every wheel as ``tinnhiem_desktop/resources/``.

Everything else about the build is in ``pyproject.toml``. ``resources/`` stays the single source
(the PyInstaller spec and a checkout read it where it is); a wheel installed away from the
checkout has only what it carries, so the build copies the folder into the package. An editable
install copies nothing: ``tinnhiem_desktop/resources.py`` finds the folder beside the package.
"""

from __future__ import annotations

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

RESOURCES = Path(__file__).resolve().parent / "resources"


class BuildPyWithResources(build_py):
    """``build_py`` that also copies ``resources/`` into the built package."""

    def _resource_files(self) -> dict[str, str]:
        """Built file → source file, for every file under ``resources/``."""
        if not RESOURCES.is_dir():
            raise FileNotFoundError(f"{RESOURCES} is missing: the build would ship no resources")
        target = Path(self.build_lib, "tinnhiem_desktop", "resources")
        return {
            str(target / source.relative_to(RESOURCES)): str(source)
            for source in sorted(RESOURCES.rglob("*"))
            if source.is_file() and "__pycache__" not in source.parts
        }

    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return
        for built, source in self._resource_files().items():
            self.mkpath(str(Path(built).parent))
            self.copy_file(source, built)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = super().get_outputs(include_bytecode)
        return outputs + [f for f in self._resource_files() if f not in outputs]

    def get_output_mapping(self) -> dict[str, str]:
        return {**super().get_output_mapping(), **self._resource_files()}


setup(cmdclass={"build_py": BuildPyWithResources})
