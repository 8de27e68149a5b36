"""The test deck's files: the ballots CSV (the format ``ballots import`` reads) and the expected
results JSON (the shape of ``results --json``, plus the deck's fingerprint)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tinnhiem_desktop.domain.deck import Deck, DeckForm, EnteredForm, EnteredOfficial
from tinnhiem_desktop.domain.errors import InvalidInput
from tinnhiem_desktop.domain.model import Ballot
from tinnhiem_desktop.domain.results import SessionResults
from tinnhiem_desktop.exchange.ballots_csv import write_ballots
from tinnhiem_desktop.exchange.csv_text import read_file_bytes
from tinnhiem_desktop.exchange.results_json import results_to_dict

DECK_KEY = "test_deck"


def deck_csv(form: DeckForm) -> str:
    """One ballot type's deck as a ballots CSV: ``ballots import`` records exactly the deck."""
    ballots = [Ballot(b.number, form.type_id, b.number, b.marks, b.invalid_reason, "")
               for b in form.ballots]
    return write_ballots(form.candidates, ballots)


def expected_to_dict(expected: SessionResults, deck: Deck) -> dict[str, Any]:
    """The expected results as ``results --json`` prints them, with the deck named."""
    data = results_to_dict(expected)
    data[DECK_KEY] = {
        "fingerprint": deck.fingerprint,
        "papers": deck.size,
        "note": "Kết quả đúng của bộ phiếu thử (phiếu thử, không phải phiếu thật).",
    }
    return data


def expected_json(expected: SessionResults, deck: Deck) -> str:
    """:func:`expected_to_dict` as the text written to ``--expected``."""
    return json.dumps(expected_to_dict(expected, deck), ensure_ascii=False, indent=2) + "\n"


_NOT_EXPECTED = ("Tệp “{name}” không phải tệp kết quả mong đợi của bộ phiếu thử (tạo bằng lệnh "
                 "test-deck): {why}.")


def parse_expected(text: str, name: str) -> tuple[str, tuple[EnteredForm, ...]]:
    """The deck fingerprint and the figures an expected-results file holds."""

    def refuse(why: str) -> InvalidInput:
        return InvalidInput(_NOT_EXPECTED.format(name=name, why=why))

    try:
        data = json.loads(text)
    except ValueError:
        raise refuse("không đọc được JSON") from None
    try:
        fingerprint = data[DECK_KEY]["fingerprint"]
        forms = []
        for bt in data["ballot_types"]:
            officials = tuple(
                EnteredOfficial(int(c["order"]), {str(k): int(v) for k, v in c["counts"].items()},
                                int(c["invalid"]))
                for c in bt["candidates"])
            forms.append(EnteredForm(str(bt["name"]), int(bt["recorded"]),
                                     int(bt["whole_invalid"]), officials))
    except (KeyError, TypeError, ValueError, AttributeError):
        raise refuse("thiếu mục hoặc sai kiểu") from None
    if not isinstance(fingerprint, str):
        raise refuse("thiếu dấu vân tay bộ phiếu thử")
    return fingerprint, tuple(forms)


def read_expected(path: Path) -> tuple[str, tuple[EnteredForm, ...]]:
    """:func:`parse_expected` of a file on disk."""
    data = read_file_bytes(path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput(_NOT_EXPECTED.format(name=Path(path).name,
                                                why="không phải văn bản UTF-8")) from None
    return parse_expected(text, Path(path).name)
