"""The SHA-256 chain that fingerprints a session: each log entry hashes the one before it."""

from __future__ import annotations

import hashlib
import json
from typing import Any

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
