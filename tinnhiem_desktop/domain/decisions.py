"""The committee's decisions during a count: doubtful ballots set aside, and random spot-checks.

**A doubtful ballot** (phiếu cần Ban kiểm phiếu xem xét) is set aside during entry with a short
note: it keeps its number but counts nowhere — not among the recorded ballots, not in any
official's figures — until the committee decides it: valid with the marks it decides, or invalid
as a whole with a reason. The decision records the ballot under the same number. Finalising is
refused while one is undecided.

**A spot-check** (kiểm tra xác suất) draws ``k`` of the recorded ballot numbers of a ballot type;
the committee pulls those papers and compares each with the record: "khớp" or the difference.
The draw is reproducible by anyone from its seed, without this app: sort the candidate numbers
by the SHA-256 of ``"<seed>:<number>"`` (UTF-8, hex, ascending) and take the first ``k``, then
list them in ascending order.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from tinnhiem_desktop.domain.errors import InvalidInput
from tinnhiem_desktop.domain.text import clean


@dataclass(frozen=True)
class SetAside:
    """A ballot set aside for the committee, with the recorder's note."""

    id: int
    ballot_type_id: int
    number: int
    note: str
    at: str


@dataclass(frozen=True)
class SetAsideDecision:
    """The committee's decision on a set-aside ballot: the ballot it recorded (same number)."""

    set_aside_id: int
    ballot_id: int
    at: str


@dataclass(frozen=True)
class SpotCheck:
    """A draw of ballot numbers to compare with their papers."""

    id: int
    ballot_type_id: int
    seed: str
    numbers: tuple[int, ...]
    at: str


@dataclass(frozen=True)
class SpotCheckResult:
    """What the committee found for one drawn ballot."""

    spot_check_id: int
    number: int
    matches: bool
    note: str
    at: str


MAX_NOTE = 300


def clean_note(note: str, required: bool) -> str:
    """A short note (why a ballot is set aside; the difference a spot-check found)."""
    text = clean(note)
    if required and not text:
        raise InvalidInput("Cần ghi ngắn gọn lý do (ví dụ: dấu không rõ ở dòng 3).")
    if len(text) > MAX_NOTE:
        raise InvalidInput(f"Ghi chú quá dài (tối đa {MAX_NOTE} ký tự).")
    return text


def new_seed() -> str:
    """A fresh seed for a draw: 8 decimal digits, easy to read out and to print."""
    import secrets  # here: opening a session imports this module, rarely draws

    return f"{secrets.randbelow(10**8):08d}"


def clean_seed(seed: str) -> str:
    """A seed as typed by the committee: 1 to 32 ASCII letters or digits."""
    text = clean(seed)
    if not (1 <= len(text) <= 32 and text.isascii() and text.isalnum()):
        raise InvalidInput("Mã bốc thăm (seed) gồm 1–32 chữ số hoặc chữ cái không dấu.")
    return text


def draw_numbers(seed: str, numbers: Iterable[int], k: int) -> tuple[int, ...]:
    """The ``k`` numbers the draw with ``seed`` picks among ``numbers``, ascending."""
    pool = sorted(set(numbers))
    if not 1 <= k <= len(pool):
        raise InvalidInput(
            f"Số phiếu cần bốc phải từ 1 đến {len(pool)} (số phiếu đã nhập), đã chọn {k}."
        )

    import hashlib  # here: OpenSSL loads in 2–3 ms, which opening a session does without

    def key(n: int) -> str:
        return hashlib.sha256(f"{seed}:{n}".encode()).hexdigest()

    return tuple(sorted(sorted(pool, key=key)[:k]))
