"""Stable short identifiers (content hashes) for claims and findings."""

import hashlib


def short_hash(text: str, length: int = 10) -> str:
    """First `length` hex digits of the SHA-1 of `text`: stable across runs and machines."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:length]


def claim_id(source_id: str, start: int, end: int) -> str:
    """Claim id: hash of the source id and the character span (DESIGN.md)."""
    return "c" + short_hash(f"{source_id}:{start}:{end}")
