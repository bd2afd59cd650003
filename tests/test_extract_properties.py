"""Properties of the news extractor over arbitrary text: no exceptions, valid offsets, order."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from figcheck.extractors import (
    _bodies,
    _context,
    _nonclaims,
    _notation,
    _numbers,
    _source_patterns,
    news,
)
from figcheck.extractors._mention import word_starts, words_of

# Text that looks like news numbers, mixed with arbitrary Unicode, finds more paths than either.
_PIECES = st.sampled_from(
    [" ", ", ", ". ", "about ", "nearly ", "between ", " and ", " to ", " of the ", "$", "£",
     "€", "%", " per cent", "m ", "bn ", " million", " km", " (", ")", "-year-old", "st ",
     "ranked ", "out of ", "half a ", "three ", "dozen ", "F-", "No. ", ":", "+44 ", "May ",
     "e6", "e612", "x10^", "10⁶", "2:01:09", "1:", " per ", " in ", "100,000", "12,34,567",
     " dollars ", " cents", " ft ", " hours and ", " minutes", "magnitude ", "world number ",
     ", police said", " put it at ", "according to ", "R$", "₹", " lakh crore", "Season ",
     "9/11", "–", " half of ", "by a fifth", "One ", "second ", " in the table", "aged ",
     " over ", "patients ", "the councillor, ", "\u2009", "R", "p ", " basis points", " bps",
     "sit ", "No ", " seed", " votes to ", ", with ", " of it", " of them", "the other ",
     "up to ", " from ", " paise", " pounds of ", " GMT", " points", "the last ", "Ward ",
     "a quarter-point", " or more", " a day or more", "Second-placed", " and a half ",
     "C$", " cents", "; ", " according to a poll of ", "Air force: "]
)  # fmt: skip
_NUMBERS = st.from_regex(r"\d{1,4}(,\d{3}){0,2}(\.\d{1,2})?", fullmatch=True)
_TEXT = st.one_of(
    st.text(max_size=200),
    st.lists(st.one_of(_PIECES, _NUMBERS, st.text(max_size=5)), max_size=40).map("".join),
)
_FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_FAST
@given(_TEXT)
def test_never_raises_and_offsets_and_intervals_hold(text: str) -> None:
    rows, discards = news.extract_rows(text)
    for r in rows:
        assert text[r["start"] : r["end"]] == r["surface"]
        assert r["surface"]
        assert not math.isnan(r["value"])
        assert r["low"] <= r["value"] <= r["high"]
    for d in discards:
        assert text[d.start : d.end] == d.surface


@_FAST
@given(_TEXT)
def test_deterministic(text: str) -> None:
    first, _ = news.extract_rows(text)
    second, _ = news.extract_rows(text)
    assert first == second


def test_long_line_of_digits_commas_and_spaces() -> None:
    """200 KB of number-like noise is read without pathological backtracking (timed in bench/)."""
    unit = "1,234 5,6,7 890,000,1 22 , 3.4 ,, 56789 "
    text = (unit * (200_000 // len(unit) + 1))[:200_000]
    rows, _ = news.extract_rows(text)
    assert rows
    assert all(text[r["start"] : r["end"]] == r["surface"] for r in rows)


def test_same_claims_under_any_hash_seed() -> None:
    """Set and dict order must not leak into the output: two interpreters with different hash
    seeds read the demo articles and the dev gold sentences the same (quantulum3 would not)."""
    import os
    import subprocess
    import sys

    code = (
        "import json, pathlib\n"
        "from figcheck.extractors import news\n"
        "root = pathlib.Path('data')\n"
        "texts = [p.read_text(encoding='utf-8') for p in sorted(root.glob('demo/articles/*.md'))]\n"
        "texts += [json.loads(x)['text'] for x in "
        "(root / 'gold/news_dev.jsonl').read_text(encoding='utf-8').splitlines()]\n"
        "rows = [news.extract_rows(t, published='2024-05-01')[0] for t in texts]\n"
        "print(json.dumps(rows, sort_keys=True, default=str))\n"
    )
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    outputs = []
    for seed in ("1", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run(
            [sys.executable, "-c", code], cwd=root, env=env, capture_output=True, text=True
        )
        assert run.returncode == 0, run.stderr
        outputs.append(run.stdout)
    assert outputs[0] == outputs[1]


def _spans(matches: Iterable[re.Match[str]]) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.lastgroup) for m in matches]


def _scans_agree(text: str) -> None:
    """The scans that start late (at the first digit, at the first number word) find what a
    scan of the whole text finds; the scans skipped for want of their words would find nothing."""
    words, pos = [], 0  # the words pattern over the whole text, each run of two split
    while (m := _numbers._WORDS.search(text, pos)) is not None:
        words.append(_numbers.split_run(text, m))
        pos = max(words[-1].end(), m.start() + 1)
    whole = sorted([*words, *_numbers._DIGITS.finditer(text)], key=lambda m: m.start())
    assert _spans(_numbers._core_matches(text)) == _spans(whole)
    digit = _nonclaims._DIGIT.search(text)
    first = digit.start() if digit else len(text)
    assert all(m.start() >= first - 1 for m in _nonclaims._PHONE.finditer(text))
    assert all(m.start() >= first for m in _nonclaims._SPANS.finditer(text))
    assert all(m.start() >= first for m in _nonclaims._IDENT_HINT.finditer(text))
    if _context._no_event(text):  # the event readers skip such a sentence
        assert _context._EVENT_RE.search(text) is None
    verbs = _source_patterns.ALL_VERBS.intersection(words_of(text))
    starts = set(word_starts(text, verbs))
    for pattern in (_source_patterns.VERB_RX, _source_patterns.S_VERB_RX):
        assert {m.start() for m in pattern.finditer(text)} <= starts
    bodies = [m.start("cut") for m in _bodies.BODY_VERB.finditer(text)]
    assert _bodies.bodies_acting(text) == bodies


_NUMBER_WORDS = st.sampled_from(
    ["a dozen", "a  third of", "A\tquarter million", "by a fifth", "half a", "one-third",
     "twenty-one", "finished second", "third out of 9", "Half", "someone", "often", "ones",
     "shot down", "Downed", "were killed", "registered", "fled.", "shotdown", "sent_",
     "SAID", "the ONS said", "an estimated", "claims that", "his claims", "noted,", "saidx",
     "The ministry has counted", "UNHCR counts", "AI reported", "Police recorded",
     "POLICE logged", "McDONALD listed", "5UN counts", "the UN’s office logged"]
)  # fmt: skip


@_FAST
@given(st.one_of(_TEXT, st.lists(st.one_of(_NUMBER_WORDS, _PIECES), max_size=12).map("".join)))
def test_late_scans_find_what_whole_scans_find(text: str) -> None:
    _scans_agree(text)


def test_late_scans_find_what_whole_scans_find_in_gold_sentences() -> None:
    root = Path(__file__).resolve().parent.parent / "data" / "gold"
    for name in ("news_dev.jsonl", "news_eval.jsonl"):
        for line in (root / name).read_text(encoding="utf-8").splitlines():
            _scans_agree(json.loads(line)["text"])


def test_plain_drops_the_characters_the_separator_pattern_names() -> None:
    """`plain` drops, by str.translate, exactly the characters of [,\\s\\u202f\\u00a0]."""
    separator = re.compile(r"[,\s\u202f\u00a0]")
    dropped = {chr(c) for c in range(0x110000) if separator.match(chr(c))}
    assert {chr(c) for c in _notation._DROP_SEPARATORS} == dropped
    assert _notation.plain("1,234\u202f567\u00a0890 1") == "12345678901"
