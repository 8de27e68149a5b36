"""Reading our PDFs back as text, page by page, with whitespace folded."""

from __future__ import annotations

import io

from pypdf import PdfReader


def pages_text(data: bytes) -> list[str]:
    """The text of every page, runs of whitespace folded to one space."""
    reader = PdfReader(io.BytesIO(data))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def all_text(data: bytes) -> str:
    """The whole document's text, whitespace folded."""
    return " ".join(pages_text(data))


def vi_percent(json_percent: str | None) -> str:
    """``"38.88"`` → ``38,88``; None → the em dash printed when D = 0."""
    return "—" if json_percent is None else json_percent.replace(".", ",")


def font_names(data: bytes) -> set[str]:
    """Base names of every font the PDF uses."""
    reader = PdfReader(io.BytesIO(data))
    names: set[str] = set()
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            names.add(str(ref.get_object()["/BaseFont"]))
    return names
