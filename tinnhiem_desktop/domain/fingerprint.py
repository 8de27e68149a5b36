"""The SHA-256 chain that fingerprints a session: each log entry hashes the one before it."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from tinnhiem_desktop.domain.errors import InvalidInput

GENESIS = "0" * 64


def canonical_json(value: Any) -> str:
    """One spelling per value: sorted keys, no spaces, UTF-8 kept (NFC text)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def chain_hash(prev: str, seq: int, at: str, action: str, payload_json: str) -> str:
    """The hash of one log entry, given the previous entry's hash."""
    material = canonical_json([prev, seq, at, action]) + "\n" + payload_json
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


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
