"""figcheck's own news extractor: regex speed, hedges as intervals, parts of wholes, context."""

from __future__ import annotations

import math
import re
import string
from datetime import date
from typing import Any

import pandas as pd

from figcheck.extractors._antecedents import IT_WAS, LOOK_BACK, QUOTE, antecedent, it_stands_for
from figcheck.extractors._attribution import PRONOUNS, attribution_at
from figcheck.extractors._lexicon import MONTHS
from figcheck.extractors._links import link
from figcheck.extractors._mention import ending, endings, letters_only, may_end
from figcheck.extractors._numbers import Discard, Mention, find_mentions, may_hold_numbers, tail
from figcheck.extractors._periods import period_of, year_before
from figcheck.extractors._ranks import is_listed_rank, is_rank
from figcheck.extractors._rates import (
    letters_in_use,
    local_dollars,
    local_pesos,
    local_shared,
    read_rates,
)
from figcheck.extractors._subjects import subjects as read_subjects
from figcheck.ids import claim_id
from figcheck.schemas import claims_frame
from figcheck.text import sentence_spans
from figcheck.units import DURATIONS

NAME = "figcheck-news"
VERSION = "0.1"
MAX_SENTENCE = 1000  # characters; longer spans are read in pieces (see _pieces)
NOT_PROSE_PIECE = 250  # the piece size when a long span is a run of figures, not prose
EARLIER = 6_000  # characters before a "he said" read for the name it may stand for (a story)
APPROX = 0.10  # "about 3.3 million" allows +-10 %, or the rounding precision if wider


_OF_THE_BEFORE = re.compile(r"\bof\s+(?:the|all)\s+$", re.I)
# not a letter: \W, digits, and the numeric characters \w also takes (½, ², Roman numerals)
_NOT_LETTER = re.compile(r"[\W\d_\u00b2\u00b3\u00b9\u00bc-\u00be\u2070-\u209f\u2150-\u218f]+")
_ASCII_LETTERS = string.ascii_letters.encode("ascii")
# "the two countries", "the county's two hospitals": numbers that refer back, not figures
_DEFINITE = re.compile(r"\b(?:the|these|those|both|all|its)\s+$|\w['’]s\s+$", re.I)
_DEFINITE_ENDS = endings("the these those both all its 's ’s".split(), stops=False)


def extract(text: str, **context: Any) -> pd.DataFrame:
    """Claims of one text as a DataFrame (see DESIGN.md).

    Candidates that are not claims (years, dates, model names...) are listed with the reason in
    ``frame.attrs["discarded"]`` (a list of dicts: start, end, surface, reason).

    Context keys: source_id, outlet, published (ISO date), url.
    """
    rows, discards = extract_rows(text, **context)
    frame = claims_frame(rows)
    frame.attrs["discarded"] = [dict(d.__dict__) for d in discards]
    return frame


def extract_rows(text: str, **context: Any) -> tuple[list[dict[str, Any]], list[Discard]]:
    """Row dicts of the claims table, and the discarded candidates (offsets into `text`)."""
    published = _date(context.get("published"))
    source = context.get("source_id", "text")
    outlet, date_text, url = context.get("outlet"), context.get("published"), context.get("url")
    if published is None and not date_text:  # "*Harbour Post, Tuesday 14 January 2025*"
        published = _dateline(text)
        date_text = published.isoformat() if published else None
    extractor = f"{NAME} {VERSION}"
    rows: list[dict[str, Any]] = []
    discards: list[Discard] = []
    letters = letters_only(text)
    in_use = letters_in_use(text)  # "N" in a story of naira marks "N185" too
    pieces = _pieces(text)
    meant: dict[tuple[int, str], str | None] = {}  # whom "he said" in a piece stands for
    for index, (s0, s1) in enumerate(pieces):
        if not may_hold_numbers(text, s0, s1, letters):
            continue  # no digit and no number word: nothing to find
        sentence = text[s0:s1]
        mentions, dropped = find_mentions(sentence, in_use)
        if not mentions and not dropped:  # most sentences hold no number at all
            continue
        mentions = _keep_claims(sentence, mentions, dropped)
        link(sentence, mentions)
        read_rates(sentence, mentions)
        ids = [claim_id(source, s0 + m.start, s0 + m.end) for m in mentions]
        prose = bool(mentions) and _is_prose(sentence)  # a run of digits has no subject
        subjects = read_subjects(sentence, mentions) if prose else [(None, None)] * len(mentions)
        for m, cid, (subject, key) in zip(mentions, ids, subjects, strict=True):
            if subject is None and prose and index and IT_WAS.search(sentence, 0, m.lead):
                subject, key = it_stands_for(text[slice(*pieces[index - 1])])  # "The total
                # waiting list ... was not affected. It stood at 412,300": the list
            low, high = _interval(m)
            said_by = attribution_at(sentence, m.start) if prose else None
            if said_by in PRONOUNS or said_by is None and prose and sentence[0] in _QUOTES:
                ask = said_by or QUOTE  # "he said": the source named before; a quotation
                if (index, ask) not in meant:  # alone: its speaker
                    meant[index, ask] = (
                        _speaker(text, pieces, index)
                        if ask == QUOTE
                        else _stands_for(text, pieces, index, ask)
                    )
                said_by = meant[index, ask]
            if subject and said_by and m.kind != "age" and m.unit not in DURATIONS:
                if _same_words(subject, said_by):  # "The government has promised to pay
                    subject = key = None  # ₦25,000": not the government (but "Sunita Patil,
                    # 49" is her age, and "The trial, expected to last 12 weeks" its length)
            period = period_of(sentence, m.start, m.end, published) if prose else None
            if period is None and prose and rows and rows[-1]["sentence_start"] == s0:
                period = year_before(sentence, m.end, rows[-1]["period"])  # "from 4.8% a year
                # earlier": the year before the figure's it is compared with
            rows.append(
                {
                    "claim_id": cid,
                    "source_id": source,
                    "outlet": outlet,
                    "published": date_text,
                    "url": url,
                    "start": s0 + m.start,
                    "end": s0 + m.end,
                    "surface": sentence[m.start : m.end],
                    "sentence": sentence,
                    "sentence_start": s0,
                    "value": m.value,
                    "unit": m.unit,
                    "low": low,
                    "high": high,
                    "qualifier": m.qualifier,
                    "subject": subject,
                    "subject_key": key,
                    "whole": m.whole,
                    "part_of": ids[m.part_of] if m.part_of is not None else None,
                    "equivalent_of": ids[m.equivalent_of] if m.equivalent_of is not None else None,
                    "period": period,
                    "attributed_to": said_by,
                    "extractor": extractor,
                }
            )
        discards += [Discard(s0 + d.start, s0 + d.end, d.surface, d.reason) for d in dropped]
    local_pesos(text, rows)
    local_shared(text, rows)
    local_dollars(text, rows)
    return rows, discards


def _stands_for(text: str, pieces: list[tuple[int, int]], index: int, pronoun: str) -> str | None:
    """Whom `pronoun`, the source of a figure in pieces[index], stands for (see antecedent)."""
    before = [text[a:b] for a, b in pieces[max(0, index - 2 * LOOK_BACK) : index]]
    start, end = pieces[index]
    own = re.search(rf"\b{pronoun}\b", text[start:end], re.IGNORECASE) if pronoun != QUOTE else None
    if own and own.start() > 0:  # "..., the regulator said, but it found": the regulator
        before.append(text[start : start + own.start()])
    return antecedent(before, pronoun, text[max(0, start - EARLIER) : start])


_QUOTES = "\"“‘'"
_CLOSES = re.compile(r"[\w,.!?;:…—–-]\s?[\"”’']")  # the end of a quotation


def _speaker(text: str, pieces: list[tuple[int, int]], index: int) -> str | None:
    """Who speaks a quotation that opens pieces[index] and names no speaker there: the one
    named where it ends, in a later sentence of the paragraph ('"We need 15,000. That is the
    minimum," said Jane Doe.'), or, for a quotation that ends in its own sentence, the one
    named in the sentences before ('Jane Doe said ... . "We need 15,000."')."""
    s0, s1 = pieces[index]
    if not _CLOSES.search(text, s0 + 1, s1):  # it runs on: read where it ends
        end = s1
        for a, b in pieces[index + 1 : index + 4]:
            if "\n\n" in text[end:a]:
                break  # a new paragraph
            end = b
            if _CLOSES.search(text, a, b):
                said = attribution_at(text[a:b], 0)
                if said in PRONOUNS:
                    return _stands_for(text, pieces, index, said)
                if said is not None:
                    return said
                break
    return _stands_for(text, pieces, index, QUOTE)


def _pieces(text: str) -> list[tuple[int, int]]:
    """Sentence spans, with any span longer than MAX_SENTENCE cut at white space.

    A "sentence" of thousands of characters is not prose (a table dump, a line of digits); the
    context readers look across a whole sentence, so cutting keeps the time linear in the text.
    Such a span that is not prose is cut finer, as every claim row quotes its piece.
    """
    out = []
    for s0, s1 in sentence_spans(text):
        size = MAX_SENTENCE
        if s1 - s0 > MAX_SENTENCE and not _is_prose(text[s0 : s0 + 400]):
            size = NOT_PROSE_PIECE
        while s1 - s0 > size:
            cut = text.rfind(" ", s0 + size // 2, s0 + size)
            cut = cut if cut > s0 else s0 + size
            out.append((s0, cut))
            s0 = cut
            while s0 < s1 and text[s0].isspace():
                s0 += 1
        if s1 > s0:
            out.append((s0, s1))
    return out


def _is_prose(sentence: str) -> bool:
    """Words make up a fair share of the text (a table dump or a line of digits is not prose)."""
    head = sentence[:400]
    # count A-Z and a-z: delete them and see what went (outside ASCII, each other character
    # stands as one "?"); enough of them make prose, else count the other letters too
    data = head.encode("ascii", "replace")
    if len(data) - len(data.translate(None, _ASCII_LETTERS)) >= 0.25 * len(head):
        return True
    return not head.isascii() and len(_NOT_LETTER.sub("", head)) >= 0.25 * len(head)


_MONTH_NAMES = MONTHS[:12]  # "january" ... "december"
# a short line near the top that gives the publication date (not a place's dateline, "PERTH —")
_DATE_LINE = re.compile(
    r"^[^\n]{0,80}?\b(?:(?P<d>\d{1,2})\s+(?P<m>[A-Z][a-z]+)|(?P<m2>[A-Z][a-z]+)\s+(?P<d2>\d{1,2}),?)"
    r"\s+(?P<y>(?:19|20)\d\d)\b[^\n]{0,40}$",
    re.MULTILINE,
)


def _dateline(text: str) -> date | None:
    """The publication date a text gives in a short line near its top ("*The Outlet, Tuesday
    14 January 2025*", "March 3, 2024"), when the caller gives none; else None."""
    found = _DATE_LINE.search(text, 0, 400)
    if found is None:
        return None
    month, day = found.group("m") or found.group("m2"), found.group("d") or found.group("d2")
    if month.lower() not in _MONTH_NAMES:
        return None
    try:
        return date(int(found.group("y")), _MONTH_NAMES.index(month.lower()) + 1, int(day))
    except ValueError:
        return None


def _date(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _keep_claims(sentence: str, mentions: list[Mention], dropped: list[Discard]) -> list[Mention]:
    """Drop ordinals that are not ranks and definite references ("the two countries")."""
    kept = []
    ranks = [m.kind == "ordinal" and is_rank(sentence, m) for m in mentions]
    for m, rank in zip(mentions, ranks, strict=True):
        surface = sentence[m.start : m.end]
        if m.kind == "ordinal" and not rank and not is_listed_rank(sentence, m, any(ranks)):
            dropped.append(Discard(m.start, m.end, surface, "ordinal, not a rank"))
        elif (
            surface[0].isalpha()
            and m.unit == "count"
            and m.value < 100
            and _refers_back(tail(sentence, m.start)[1])
        ):
            dropped.append(Discard(m.start, m.end, surface, "definite reference, not a figure"))
        else:
            kept.append(m)
    return kept


def _same_words(subject: str, source: str) -> bool:
    """Whether a subject only repeats a source that acts ("government", "The government"); not
    one read from the sentence's opening words ("Last year's appeal was 22% funded, it said")."""
    words = [w for w in subject.lower().split() if w not in ("the", "a", "an")]
    same = words == [w for w in source.lower().split() if w not in ("the", "a", "an")]
    return same and not _ACTORS.isdisjoint(words)


# words for a body that pays, buys, sets or recorded a figure rather than being measured by it
_ACTORS = frozenset(
    """government ministry bank council agency authority authorities union company firm group
    board commission department office regulator treasury fund head official officials""".split()
)


def _refers_back(before: str) -> bool:
    """ "the two countries", "the county's two hospitals": the words before a number make it
    refer back (not "one of the two")."""
    if not may_end(ending(before), _DEFINITE_ENDS) or not _DEFINITE.search(before):
        return False
    return not _OF_THE_BEFORE.search(before)


def _interval(m: Mention) -> tuple[float, float]:
    """The interval the words allow: hedge class, range, and rounding precision."""
    v, h = m.value, m.half
    if m.range_high is not None:
        low = 2 * v - m.range_high
        return min(low, m.range_high), max(low, m.range_high)
    q = m.qualifier
    wide = max(h, APPROX * abs(v))
    if q == "approx":
        return v - wide, v + wide
    if q == "below":
        return v - wide, v + h
    if q in ("at_least", "more_than"):
        return v - h if q == "at_least" else v, math.inf
    if q in ("up_to", "less_than"):
        return 0.0 if v >= 0 else -math.inf, v
    return v - h, v + h
