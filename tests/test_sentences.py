"""Sentence boundaries: where figcheck.text.sentence_spans cuts a text, and where it does not."""

from __future__ import annotations

import pytest

from figcheck.text import sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Turnout was last this high in the 1920s. Élections Québec said 6.3 million voted.",
         ["Turnout was last this high in the 1920s.",
          "Élections Québec said 6.3 million voted."]),  # a capital outside ASCII starts one
        ("The year was 1.55 C above the average, up 0.1 C. The decade was the warmest.",
         ["The year was 1.55 C above the average, up 0.1 C.", "The decade was the warmest."]),
        ("Prices rose 4%. ₹5 crore was set aside.", ["Prices rose 4%.", "₹5 crore was set aside."]),
        # no cut after an initial, a title or a compass point of an address
        ("It was signed by J. Smith on Monday.", ["It was signed by J. Smith on Monday."]),
        ("Dr. Amina Yusuf said 40% improved.", ["Dr. Amina Yusuf said 40% improved."]),
        ("The fire at 200 W. Main St. spread fast.", ["The fire at 200 W. Main St. spread fast."]),
    ],
)  # fmt: skip
def test_sentence_spans(text: str, sentences: list[str]) -> None:
    assert _sentences(text) == sentences


def test_spans_map_back_into_the_text() -> None:
    text = "  One.  Two, at 3 p.m.\n\n# Head\nThree!  "
    assert all(text[a:b].strip() == text[a:b] and text[a:b] for a, b in sentence_spans(text))
