"""Tín Nhiệm Desktop: offline counting of confidence ballots."""

__version__ = "0.1.0"
