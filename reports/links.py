"""Links and quotes in the report: safe hrefs, sentence links, the number inside its sentence."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, urlsplit

from figcheck.ids import short_hash

from ._common import text

SAFE_SCHEMES = ("http", "https")


def safe_href(url: Any) -> str | None:
    """`url` if it is an absolute http(s) URL without whitespace or control chars, else None."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    if not url or any(c.isspace() or ord(c) < 32 or ord(c) == 127 for c in url):
        return None
    parts = urlsplit(url)
    return url if parts.scheme.lower() in SAFE_SCHEMES and parts.netloc else None


def _fragment_text(words: list[str]) -> str:
    """Percent-encoded text for a text fragment (`-`, `,` and `&` are syntax there)."""
    return quote(" ".join(words), safe="").replace("-", "%2D")


def sentence_href(url: Any, sentence: Any) -> str | None:
    """A link to the sentence in the online source: the URL with a text fragment
    (`#:~:text=start,end`), which browsers scroll to and highlight; None unless http(s)."""
    base = safe_href(url)
    words = text(sentence).split()
    if base is None or not words:
        return None
    base = base.split("#", 1)[0]
    if len(words) <= 8:
        return f"{base}#:~:text={_fragment_text(words)}"
    return f"{base}#:~:text={_fragment_text(words[:4])},{_fragment_text(words[-4:])}"


def sentence_parts(claim: dict[str, Any]) -> tuple[str, str, str]:
    """The sentence split as (before, number, after); number is "" if the span cannot be found."""
    sentence, surface = text(claim.get("sentence")), text(claim.get("surface"))
    start = int(claim["start"]) - int(claim["sentence_start"])
    end = int(claim["end"]) - int(claim["sentence_start"])
    if not (0 <= start < end <= len(sentence) and sentence[start:end] == surface):
        start = sentence.find(surface) if surface else -1
        if start < 0:
            return sentence, "", ""
        end = start + len(surface)
    return sentence[:start], sentence[start:end], sentence[end:]


def anchor(kind: str, ident: str) -> str:
    """A stable, URL-safe element id for a source or claim."""
    return f"{kind}-{short_hash(ident)}"
