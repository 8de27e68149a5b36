"""Tín Nhiệm Desktop: offline counting of confidence ballots."""

from tinnhiem_desktop import dataclass_code

__version__ = "0.1.0"

# Before any of our dataclasses is made (dataclass_code.py).
dataclass_code.install()
