"""The SHA-256 chain that fingerprints a session: each log entry hashes the one before it."""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from tinnhiem_desktop.domain.errors import InvalidInput

if TYPE_CHECKING:
    import hashlib

GENESIS = "0" * 64


_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)
"""Made once: ``json.dumps`` with these options builds a new encoder on every call, a third of
the cost of encoding a small payload (``verify`` encodes every entry of the log)."""


def canonical_json(value: Any) -> str:
    """One spelling per value: sorted keys, no spaces, UTF-8 kept (NFC text)."""
    return _CANONICAL.encode(value)


_PLAIN = re.compile(r"[0-9A-Za-z_:+.\- ]*")
"""Strings that JSON spells as themselves between quotes (hex digests, ISO times, action names)."""


def _json_string(text: str) -> str:
    return f'"{text}"' if _PLAIN.fullmatch(text) else canonical_json(text)


_INT = r"(?:0|-?[1-9][0-9]*)"
_BALLOT_JSON: re.Pattern[str] | None = None
"""The canonical spelling of a ballot's event with plain strings (nearly every entry of a log):
keys sorted, no spaces, integers as Python spells them, strings that need no escape. Compiled
by the first reading (:func:`_ballot_json`): only ``verify`` reads entries, and the window
leaves that to a second process (compiling it took ~0.5 ms of opening a session)."""


def _ballot_json() -> re.Pattern[str]:
    global _BALLOT_JSON
    _BALLOT_JSON = re.compile(
        rf'\{{"at":"({_PLAIN.pattern})","ballot_type_id":({_INT}),"id":({_INT}),'
        rf'"invalid_reason":null,"marks":"({_PLAIN.pattern})","number":({_INT})\}}'
    )
    return _BALLOT_JSON


def read_canonical(text: str) -> Any:
    """The value of ``text``, which must be canonical JSON (``canonical_json`` of that value
    gives ``text`` back); :class:`ValueError` otherwise.

    ``verify`` reads every payload of the log this way. A ballot's event is read by one pattern
    that matches only its canonical spelling (the same value and the same verdict as decoding and
    encoding again, which a test holds equal); anything else is decoded and encoded again.
    """
    match = (_BALLOT_JSON if _BALLOT_JSON is not None else _ballot_json()).fullmatch(text)
    if match is not None:
        at, type_id, ballot_id, marks, number = match.groups()
        return {"at": at, "ballot_type_id": int(type_id), "id": int(ballot_id),
                "invalid_reason": None, "marks": marks, "number": int(number)}
    value = json.loads(text)
    if _CANONICAL.encode(value) != text:
        raise ValueError("not canonical JSON")
    return value


_SHA256: hashlib._Hash | None = None
"""Copied for each hash: ``hashlib.sha256()`` looks the algorithm up in OpenSSL on every call
(locks and all), a copy does not; the same digest, in half the time. Made by the first hash
(:func:`_sha256`): loading OpenSSL takes 2–3 ms, which opening a session does without (it
writes no entry; the file is verified in a second process)."""


def _sha256() -> hashlib._Hash:
    global _SHA256
    import hashlib  # noqa: F811 - at the first hash, not at start

    _SHA256 = hashlib.sha256()
    return _SHA256


def chain_hash(prev: str, seq: int, at: str, action: str, payload_json: str) -> str:
    """The hash of one log entry, given the previous entry's hash: SHA-256 of
    ``canonical_json([prev, seq, at, action])``, a newline, and the payload's canonical JSON.

    The header is spelt by hand for the usual plain strings (the same bytes ``canonical_json``
    gives, and a test holds them equal): ``verify`` hashes every entry, and ``json.dumps`` per
    entry was a fifth of its time.
    """
    if _PLAIN.fullmatch(f"{prev}{at}{action}"):  # each is plain: one match instead of three
        head = f'["{prev}",{int(seq)},"{at}","{action}"]'
    else:
        head = f"[{_json_string(prev)},{int(seq)},{_json_string(at)},{_json_string(action)}]"
    hasher = (_SHA256 if _SHA256 is not None else _sha256()).copy()
    hasher.update(f"{head}\n{payload_json}".encode())
    return hasher.hexdigest()


BALLOT_ACTION = "ballot_recorded"
"""``Action.BALLOT_RECORDED``'s value, spelt here because ``events`` imports modules that import
this one (a test holds the two equal)."""


def spelt_as_itself(text: str) -> bool:
    """True when canonical JSON spells ``text`` as itself between quotes: no quote, no
    backslash, no control character. Checked at C speed; a few printable-looking characters
    (U+007F, U+0085, separators) fail too, which only sends their entry the general way."""
    return text.isprintable() and '"' not in text and "\\" not in text


def is_ballot_entry(prev: str, seq: int, at: object, payload_json: object, digest: object,
                    row: tuple[object, ...]) -> bool:
    """True when a log entry is exactly the event of recording the ballot ``row`` (the ballots
    table's ``id, ballot_type_id, number, marks, invalid_reason, recorded_at``: three ints,
    marks, no reason, a time) as the app writes it — the payload its canonical JSON, the header
    its canonical JSON, the hash ``digest``. Then ``chain_hash`` and ``read_canonical`` accept the
    entry and read back that row's values, which a property test holds equal.

    ``verify`` asks this of nearly every entry: the row the table holds next is the likely
    content of the entry, and building its spelling and comparing the two strings costs less
    than reading the entry (a pattern, three ints) and then comparing the result with the row.
    Preconditions: ``prev`` is :data:`GENESIS` or a hash :func:`chain_hash` gave (hex digits),
    ``seq`` an int and the entry's action :data:`BALLOT_ACTION`: the header then needs no check
    but its time's. And the marks must be spelt as themselves, which this does not check:
    ``verify`` accepts an entry only once the replay has found its marks in the regime's
    alphabet (digits and ``x``), a stricter test it makes anyway.
    """
    ballot_id, type_id, number, marks, reason, ballot_at = row
    if (reason is not None or type(ballot_id) is not int or type(type_id) is not int
            or type(number) is not int or type(marks) is not str or type(ballot_at) is not str
            or payload_json != f'{{"at":"{ballot_at}","ballot_type_id":{type_id},"id":{ballot_id},'
                               f'"invalid_reason":null,"marks":"{marks}","number":{number}}}'
            # The time spelt as itself (spelt_as_itself, inline: this runs per ballot).
            or not ballot_at.isprintable() or '"' in ballot_at or "\\" in ballot_at
            or (at != ballot_at and not (type(at) is str and spelt_as_itself(at)))):
        return False
    hasher = (_SHA256 if _SHA256 is not None else _sha256()).copy()
    hasher.update(f'["{prev}",{seq},"{at}","{BALLOT_ACTION}"]\n{payload_json}'.encode())
    return hasher.hexdigest() == digest


def group_hex(digest: str, groups: int | None = None) -> str:
    """``abcd ef01 …``: a digest in groups of four, all of it or the first ``groups``."""
    parts = [digest[i : i + 4] for i in range(0, len(digest), 4)]
    return " ".join(parts if groups is None else parts[:groups])


def short_fingerprint(digest: str) -> str:
    """The first 16 hex digits in groups, for the status bar."""
    return group_hex(digest, 4)


MIN_PREFIX = 16
"""The fewest hex digits accepted for a fingerprint: the 16 the status bar shows."""


def parse_fingerprint(text: str) -> str:
    """A fingerprint as typed from paper or read off the status bar: its first 16 to all 64 hex
    digits, spaces and case ignored."""
    digest = "".join(text.split()).lower()
    if not MIN_PREFIX <= len(digest) <= 64 or any(ch not in "0123456789abcdef" for ch in digest):
        raise InvalidInput(
            f"“{text}” không phải dấu vân tay: cần từ {MIN_PREFIX} đến 64 chữ số hex (0-9, a-f), "
            "có thể có dấu cách, chép đúng như in trên biên bản hoặc trên thanh trạng thái."
        )
    return digest


NO_MATCH = (
    "Dấu vân tay KHÔNG khớp với bất kỳ thời điểm nào của tệp: tệp này không phải tệp đã in ra "
    "bản giấy đó, hoặc đã bị sửa ngoài phần mềm."
)
