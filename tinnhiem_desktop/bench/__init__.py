"""Benchmarks, outside the product's layers: ``python -m tinnhiem_desktop.bench``.

This package may import every layer and Qt; no module of the product imports it (a test of the
imports enforces both). It drives the app from outside, as a user or a test would. Kept empty so
that the start-up child (``bench.launch``) loads nothing the app itself would not.
"""
