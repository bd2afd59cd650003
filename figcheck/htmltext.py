"""HTML to plain text for extraction: visible article text only, block elements become lines."""

from __future__ import annotations

from html.parser import HTMLParser

_SKIP = {"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
         "button", "svg", "iframe"}  # fmt: skip
_BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "title",
          "article", "section", "blockquote", "tr", "table", "figcaption", "pre", "hr"}  # fmt: skip


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skipping += 1
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(" ".join(data.split()) if data.strip() else " ")


def html_to_text(html: str) -> str:
    """The visible text of an HTML page (entities decoded, scripts and page furniture dropped)."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    lines = [" ".join(chunk.split()) for chunk in "".join(parser.parts).split("\n\n")]
    return "\n\n".join(line for line in lines if line) + "\n"
