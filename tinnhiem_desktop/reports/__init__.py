"""Printed outputs (fpdf2): the counting minutes and the blank ballot papers.

Reports format :class:`~tinnhiem_desktop.domain.results.SessionResults` and compute no figure.
"""
