"""The cheap tests that let the extractor skip a pattern never skip one that would match.

Word gates: a word a pattern needs whole, ignoring case, is one of the sentence's runs of
letters (`words_of`), in any text. End gates: a pattern anchored at the end of the text before a
number matches only where `may_end` passes that text's `ending`."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from figcheck.extractors import (
    _attribution,
    _bodies,
    _context,
    _hedges,
    _nonclaims,
    _nonclaims_more,
    _numbers,
    _subjects,
    _unitwords,
    _wholes,
    news,
)
from figcheck.extractors import _source_patterns as sp
from figcheck.extractors._mention import FOLD, ending, letters_only, may_end, words_of

_END_GATES = [
    (_nonclaims._DATE_BEFORE, _nonclaims._DATE_ENDS),
    (_nonclaims._REFERENCE, _nonclaims._REFERENCE_ENDS),
    (_nonclaims._CALL_BEFORE, _nonclaims._CALL_ENDS),
    (_nonclaims._TOP_BEFORE, _nonclaims._TOP_ENDS),
    (_nonclaims_more._FIRST_PERIOD, _nonclaims_more._FIRST_ENDS),
    (_hedges._HEDGE_BEFORE, _hedges._HEDGE_ENDS),
    (_numbers._CUR_BEFORE, _numbers._CUR_ENDS),
    (_numbers._NEG_BEFORE, _numbers._NEG_ENDS),
    (_subjects._DET_BEFORE, _subjects._DET_ENDS),
    (_subjects._ADJECTIVAL, _subjects._ADJECTIVAL_ENDS),
    (_subjects._ADDING, _subjects._ADDING_ENDS),
    (_subjects._TAKING, _subjects._TO_ENDS),
    (_unitwords._APPOS_BEFORE, _unitwords._APPOS_ENDS),
    (_wholes._REL_BEFORE, _wholes._REL_ENDS),
    (_wholes._WHOLE_FIRST_NEAR, _wholes._WHOLE_FIRST_ENDS),
    (news._DEFINITE, news._DEFINITE_ENDS),
    (_wholes._INCLUDES_GAP, _wholes._INCLUDES_ENDS),
]
_END_WORDS = sorted({w.rstrip(".") for _, ends in _END_GATES for ws in ends.values() for w in ws})
# the inverse of FOLD: ASCII letters written as the letters `re` matches to them
_UNFOLD = {"i": ["\u0130", "\u0131"], "s": ["\u017f"], "k": ["\u212a"]}


def _spellings(word: str) -> st.SearchStrategy[str]:
    folded = [word.replace(a, b) for a, bs in _UNFOLD.items() for b in bs if a in word]
    return st.sampled_from([word, word.upper(), word.title(), *folded])


_PIECE = st.one_of(
    st.sampled_from(_END_WORDS).flatmap(_spellings),
    st.sampled_from([" ", "  ", "\t", "\u00a0", ", ", ". ", "# ", "$", "€ ", "£", "−", "-", "(",
                     "the ", "of ", "1,200 ", "3.5% ", "'s ", "’", "é", "\u2009"]),
    st.text(max_size=3),
)  # fmt: skip


def _check_end_gates(before: str) -> None:
    last = ending(before)
    for pattern, ends in _END_GATES:
        if pattern.search(before):
            assert may_end(last, ends), (pattern.pattern[:60], before)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECE, max_size=12).map("".join))
def test_end_gates_pass_every_text_their_pattern_matches(text: str) -> None:
    for cut in range(len(text) + 1):
        _check_end_gates(text[:cut])


def test_end_gates_pass_every_text_before_a_gold_number() -> None:
    root = Path(__file__).resolve().parent.parent / "data" / "gold"
    for name in ("news_dev.jsonl", "news_eval.jsonl"):
        for line in (root / name).read_text(encoding="utf-8").splitlines():
            text = json.loads(line)["text"]
            for m in re.finditer(r"\d", text):
                _check_end_gates(text[max(0, m.start() - 80) : m.start()])


def test_fold_names_every_letter_re_matches_to_an_ascii_one() -> None:
    ascii_letter = re.compile("[a-z]", re.IGNORECASE)
    found = {c: chr(c).lower() for c in range(128, 0x110000) if ascii_letter.fullmatch(chr(c))}
    assert set(found) == set(FOLD)
    for c in found:
        assert re.fullmatch(FOLD[c], chr(c), re.IGNORECASE)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_PIECE, st.sampled_from(["said", "Said", "ſaid", "İt", "Kılo"])),
                max_size=15).map("".join))  # fmt: skip
def test_every_whole_word_match_is_one_of_the_words(text: str) -> None:
    assert len(letters_only(text)) == len(text)
    words = set(words_of(text))
    for m in re.finditer(r"\b[a-z]+\b", text, re.IGNORECASE):
        assert m.group(0).translate(FOLD).lower() in words, (m.group(0), text)


def _sentences() -> list[str]:
    root = Path(__file__).resolve().parent.parent / "data"
    out = []
    for name in ("news_dev.jsonl", "news_eval.jsonl"):
        for line in (root / "gold" / name).read_text(encoding="utf-8").splitlines():
            out.append(json.loads(line)["text"])
    for path in sorted((root / "news").glob("*_*.md")):
        text = path.read_text(encoding="utf-8")
        out += [text[a:b] for a, b in news._pieces(text)]
    return out


def test_source_patterns_skipped_for_want_of_their_keys_would_find_nothing() -> None:
    """A source pattern runs only when one of its KEYS is in the sentence; in the gold sentences
    and the news corpus, no pattern that finds a source there lacks its keys."""
    whole = {sp.BODY_ACTING: (_bodies.BODY_VERB, sp.BODY_ACTING[1])}  # scanned from its start
    for sentence in _sentences():
        present = _attribution.keys_present(sentence)
        for rank, pattern in enumerate(sp.PATTERNS):
            if present.isdisjoint(sp.GATES[rank]):
                found = _attribution._matches(whole.get(pattern, pattern), sentence)
                assert not found, (rank, sentence)


def test_word_gated_patterns_match_only_where_their_words_are() -> None:
    """The subject reader's reporting verbs, the event phrases and the "put ... at" pattern run
    only where their words are: in the gold sentences and the news corpus they find nothing
    anywhere else."""
    for sentence in _sentences():
        words = set(words_of(sentence))
        if _context._REPORTED_WORDS.isdisjoint(words):
            assert not _context._REPORTED.search(sentence), sentence
        if _context._no_event(sentence):
            assert not _context._EVENT_RE.search(sentence), sentence
        if not any(verb in sentence for verb in ("put", "set", "estimated")):
            assert not _context._PUT_AT.search(sentence), sentence


@pytest.mark.parametrize(
    "text",
    ["POLICE logged 40 arrests.", "UNHCR counts 12 million.", "The ministry has counted 3.",
     "McDONALD listed 5 sites.", "5UN counts 3.", "AI reported 4; TV showed 5.",
     "The UN’s office logged 7, and police recorded 9."],
)  # fmt: skip
def test_body_trigger_tried_at_its_starts_finds_what_a_scan_finds(text: str) -> None:
    scanned = [m.start("cut") for m in _bodies.BODY_VERB.finditer(text)]
    assert _bodies.bodies_acting(text) == scanned
