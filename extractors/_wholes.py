"""Parts of wholes in a sentence: "42 of the 116", "Of the 62 patients, 35 ...", "71% of them"."""

from __future__ import annotations

import re

from figcheck.extractors._context import lemma, noun_after
from figcheck.extractors._mention import Mention, ending, endings, may_end, tail
from figcheck.units import DURATIONS, is_money

_REL_BEFORE = re.compile(
    r"""\b(?:of\s+(?:which|whom|them|these|those)|including|among\s+(?:them|whom)
    | of\s+(?:which|whom)(?:\s+[a-z]+){1,3}\s+(?:accounted\s+for|made\s+up|were|was|came\s+from
      |went\s+to))\s+$""",  # "of which solar accounted for 92.1 GW"
    re.I | re.VERBOSE,
)
# the last words _REL_BEFORE and _WHOLE_FIRST_NEAR need (see `may_end`)
_REL_ENDS = endings(
    "which whom them these those including for up were was from to".split(), stops=False
)
_CLAUSE_BREAK = re.compile(r"[,;]")
_REL_AFTER = re.compile(
    r"\s+of\s+(?:whom|which|them|those|these|that\s+(?:amount|sum|total|figure))\b",
    re.I,
)
# a whole that opens its clause: "Of the 62 patients ...,", "Out of 1,350 schools ...,", "Among
# the 2,700 detainees ... were"
_WHOLE_FIRST = re.compile(
    r"""(?:^|[;:]\s*|\b(?:But|And|Yet)\s+)
    (?:of(?:\s+the|\s+all)?|out\s+of(?:\s+the|\s+all)?|among(?:\s+the|\s+all)?)
    (?:\s+[\w-]+['’]s)?\s+$""",  # "Of the index's 101 constituents, 68", "Of 63 submissions"
    re.I | re.VERBOSE,
)
_WHOLE_FIRST_NEAR = re.compile(
    r"\b(?:of|among)\s+(?:the|all)(?:\s+[\w-]+['’]s)?\s+$|\b(?:out\s+of|among)\s+$"
    r"|(?:^|[;:]\s*)of\s+$",
    re.I,
)
_WHOLE_FIRST_ENDS = endings(["the", "all", "of", "among", "s"], stops=False)
_INCLUDES_ENDS = endings(
    "include includes included including comprise comprises comprised comprising".split(),
    stops=False,
)
_PART_GAP = re.compile(r",|\b(?:were|was|are|is|remain|remained)\b")
_INCLUDES_GAP = re.compile(
    r"\b(?:includes?|included|including|comprises?|comprised|comprising)\s+$", re.I
)
_CONTRAST_GAP = re.compile(  # "47% were allowed, up from | 29%"; not "came from ethnic minorities"
    r"\b(?:from|than|against|compared|versus|vs)\b(?!\s+[a-z]+\s+[a-z])", re.I
)
_LIST_GAP = re.compile(r"^[^\d;]*(?:,|\band\b)[^\d;]*$")
_MEMBER_AFTER = re.compile(r"-(?:member|seat|strong|nation|country|state)\b", re.I)
_IN_THE_GAP = re.compile(r"^\s+(?:[a-z]+\s+){0,3}in\s+(?:the|a|an)\s+$", re.I)
_OUT_OF_END = re.compile(r"\bout\s+of\s+(?:the\s+|all\s+)?$", re.I)
_DIGIT = re.compile(r"\d")
_OUT_OF_GAP = re.compile(r"^\s+(?:[a-z]+\s+){1,3}out\s+of\s+(?:the\s+|all\s+)?$", re.I)
_NO_WHOLE = ("percent", "percentage_point", "rank", "age_year", "age_month", "age_week",
             "age_day")
# "71% of them", "17% of that amount"; not "70% of those eligible" (another group)
_SHARE_AFTER = re.compile(
    r"\s+of\s+(?:whom|which|them|it|that\s+(?:amount|sum|total|figure)"
    r"|(?:those|these)(?!\s+[a-z]))\b",
    re.I,
)


def link_relatives(sentence: str, ms: list[Mention]) -> None:
    """ "15 members, 9 of whom", "120 drones and 7 missiles, of which 95 drones": the part's
    whole is the earlier figure of the same thing (else the nearest one before); "1,200 km, of
    which some 250 km" in the same unit; "with men accounting for 71% of them", "17% of that
    amount", "half of it": a share of the nearest earlier figure of the kind named."""
    for i, m in enumerate(ms):
        if i == 0 or m.bare or m.part_of is not None or m.whole is not None:
            continue  # not "one in four of them": a ratio has its whole
        share = m.unit != "count" or m.value < 1  # a share, an amount or a fraction
        after = (_SHARE_AFTER if share else _REL_AFTER).match(sentence, m.end)
        before = tail(sentence, m.lead)[1]
        if not (after or (may_end(ending(before), _REL_ENDS) and _REL_BEFORE.search(before))):
            continue
        if not _CLAUSE_BREAK.search(sentence, ms[i - 1].end, m.start):
            continue
        cands = _share_wholes(ms, i, after) if share else _count_wholes(sentence, ms, i)
        if not cands:
            continue
        w = cands[-1]
        if m.unit == ms[w].unit and m.unit not in ("count", "percent"):
            _parts_of(sentence, ms, w, i)  # "of which solar accounted for 92.1 GW and wind 47.7 GW"
        else:
            m.whole, m.part_of = ms[w].value, w


def _count_wholes(sentence: str, ms: list[Mention], i: int) -> list[int]:
    """The earlier, larger counts a count can be part of, those of its own noun if any."""
    m = ms[i]
    noun = [lemma(w) for w in noun_after(sentence, m.end)[:1]]
    cands = [j for j in range(i) if ms[j].unit == "count" and ms[j].value > m.value]
    cands = [j for j in cands if ms[j].whole is None]  # not "one in five adults"
    same = [j for j in cands if [lemma(w) for w in noun_after(sentence, ms[j].end)[:1]] == noun]
    return (same or cands) if noun else cands


def _share_wholes(ms: list[Mention], i: int, after: re.Match[str] | None) -> list[int]:
    """The earlier figures a percentage, a fraction or an amount can be a share of: money after
    "of that amount" or "of it", else counts; an amount in a unit takes a larger one of it."""
    m = ms[i]
    if m.unit != "percent" and m.value >= 1:  # "1,200 km, of which some 250 km"
        return [j for j in range(i) if ms[j].unit == m.unit and ms[j].value > m.value]
    cands = [j for j in range(i) if ms[j].unit not in _NO_WHOLE and ms[j].whole is None]
    cands = [j for j in cands if ms[j].unit not in DURATIONS]  # "12 weeks" counts no one
    said = after.group(0).split()[-1].lower() if after else ""
    money = said in ("amount", "sum", "total", "figure", "it")  # "of that amount", "of it"
    kind = [j for j in cands if is_money(ms[j].unit) == money]
    return kind or cands


def link_wholes(sentence: str, ms: list[Mention]) -> None:
    """Wholes named apart from their parts: "Of the 62 patients, 35 improved, 21 ... and 6 ...";
    "a list of 25 firms includes 4 banks and 6 ..."; "154 seats in the 300-member parliament";
    "14 farms out of the 96 inspected"."""
    for i, m in enumerate(ms):
        if m.bare or i + 1 == len(ms):
            continue
        nxt = ms[i + 1]
        gap = sentence[m.end : nxt.lead]  # "212 votes out of | more than 96,000"
        # read before the hedge: "Of the roughly 1.2 million Ukrainians ..., about 266,000"
        before = tail(sentence, m.lead)[1]
        if (
            may_end(ending(before), _WHOLE_FIRST_ENDS)
            and _WHOLE_FIRST_NEAR.search(before)
            and _WHOLE_FIRST.search(sentence, 0, m.lead)
        ):
            if _PART_GAP.search(gap):
                _parts_of(sentence, ms, i, i + 1)
        elif (
            may_end(ending(gap), _INCLUDES_ENDS)
            and _INCLUDES_GAP.search(gap)
            and nxt.value < m.value
        ):  # "9 regions, including 41"
            _parts_of(sentence, ms, i, i + 1)  # is no part of the 9: an earlier whole is
        elif nxt.part_of is None and m.part_of is None and m.whole is None:
            count = m.unit == "count"
            member = count and _MEMBER_AFTER.match(sentence, nxt.end) and _IN_THE_GAP.match(gap)
            out_of = _OUT_OF_GAP.match(gap) or (
                _OUT_OF_END.search(gap) and not _DIGIT.search(gap)  # "..., a US official said,
            )  # out of the roughly 11,000 deployed", "$231 million received out of $2.47 billion"
            if (member or out_of) and m.value < nxt.value and (count or m.unit == nxt.unit):
                m.whole, m.part_of = nxt.value, i + 1



def link_budget_lines(sentence: str, ms: list[Mention]) -> None:
    """ "a £2.3bn package ..., with £640m for mental health", "$8.4bn, with $2.1bn for schools
    and $1.3bn for the police": amounts after ", with" that share out an earlier, larger one."""
    for i, m in enumerate(ms):
        if i == 0 or m.part_of is not None or not is_money(m.unit):
            continue
        before = tail(sentence, m.lead)[1]
        listed = i > 1 and ms[i - 1].part_of is not None and _LIST_GAP.match(
            sentence[ms[i - 1].end : m.lead]
        )
        if not (_WITH_BEFORE.search(before) or listed):
            continue
        cands = [j for j in range(i) if ms[j].unit == m.unit and ms[j].value > m.value]
        cands = [j for j in cands if ms[j].part_of is None]
        if cands:
            m.whole, m.part_of = ms[cands[-1]].value, cands[-1]


_WITH_BEFORE = re.compile(r",\s+with\s+(?:just\s+|only\s+|some\s+|about\s+)?$", re.I)


def link_other_parts(sentence: str, ms: list[Mention]) -> None:
    """ "38 of the 40 drones, but two got through", "Three of the five ...; the other two were
    cleared", "46 of 58 drones downed, 9 hit targets": a later bare count, in a clause of its
    own, that fits in what the earlier part leaves of its whole, is another part of it."""
    for i, m in enumerate(ms):
        if i == 0 or m.bare or m.unit != "count" or m.part_of is not None or m.whole is not None:
            continue
        parts = [j for j in range(i) if ms[j].part_of is not None and ms[j].part_of < i]
        if not parts:
            continue
        p = ms[parts[-1]]
        w = ms[p.part_of]  # type: ignore[index]
        if w.unit != "count" or p.value + m.value > w.value:
            continue
        gap = sentence[p.end : m.start]
        if not _CLAUSE_BREAK.search(gap) and " but " not in gap:
            continue
        other = _OTHER_BEFORE.search(tail(sentence, m.lead)[1])
        nxt = _NEXT_TOKEN.match(sentence, m.end)
        word = nxt.group(1).lower() if nxt else ""
        verb = word in _PART_VERBS or word.endswith("ed")
        if other or verb:
            m.whole, m.part_of = w.value, p.part_of


def link_subsets(sentence: str, ms: list[Mention]) -> None:
    """ "More than 1,000 school buildings contain crumbling concrete, and 174 had to close",
    "19 drones crossed into its airspace; 4 were shot down": a count with no noun of its own
    that opens a later clause with its verb is part of the nearest earlier, larger count of
    things named."""
    if ";" not in sentence and ", and " not in sentence and ", but " not in sentence:
        return  # no later clause to open (see _SUBSET_OPENS)
    for i, m in enumerate(ms):
        if i == 0 or m.bare or m.unit != "count" or m.part_of is not None or m.whole is not None:
            continue
        if not _SUBSET_VERB.match(sentence, m.end) or _DOING.match(sentence, m.end):
            continue  # "174 had to", "four were"; not "174 schools", "1 million have crossed",
            # "112,660 are living in temporary accommodation" (a count of its own)
        if not _SUBSET_OPENS.search(sentence, max(0, m.lead - 20), m.lead):
            continue
        for j in range(i - 1, -1, -1):
            w = ms[j]
            if w.unit != "count" or w.part_of is not None or w.whole is not None:
                continue
            if w.value > m.value and noun_after(sentence, w.end):
                if not _SUBSET_BREAK.search(sentence, w.end, m.lead):
                    m.whole, m.part_of = w.value, j
            break  # only the nearest count: "left 260,000 homes without power; 18,000 were"


def link_shares_of_parts(sentence: str, ms: list[Mention]) -> None:
    """ "in 2,161 of the 419,297 people in the study, or 0.52%": the share that restates a part
    has its whole; "The survey of 32,000 adults found that 41% slept": a share of those asked."""
    if "%" not in sentence and "cent" not in sentence and "pc" not in sentence:
        return  # no share to link (a percentage is written with "%" or "per cent")
    for i, m in enumerate(ms):
        if i == 0 or m.unit != "percent" or m.whole is not None or m.part_of is not None:
            continue
        if sentence.startswith(" of ", m.end):
            continue  # "41% of the workforce": a share of what follows
        p = ms[i - 1]  # the whole, read after its part ("2,161 of the 419,297"), or the part
        whole = i - 1 if i > 1 and ms[i - 2].part_of == i - 1 else p.part_of
        if whole is not None and _OR_GAP.match(sentence[p.end : m.lead]):
            m.whole, m.part_of = ms[whole].value, whole
            continue
        for j in range(i - 1, -1, -1):
            w = ms[j]
            if w.unit != "count" or w.whole is not None or w.part_of is not None:
                continue
            asked = _ASKED_BEFORE.search(sentence, max(0, w.lead - 30), w.lead)
            gap = sentence[w.end : m.lead]
            if asked and _FOUND_GAP.match(gap) and not _DIGIT.search(gap):
                m.whole, m.part_of = w.value, j
            break


_OR_GAP = re.compile(r"^[^,;\d]{0,40},?\s+or\s+$")  # "... people in the study, or | 0.52%"
_ASKED_BEFORE = re.compile(
    r"\b(?:survey|surveys|poll|study|census|sample|questionnaire)\s+of\s+(?:about\s+|some\s+"
    r"|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$",
    re.I,
)
_FOUND_GAP = re.compile(  # "adults found that | 41%", "reefs found | 73%"
    r"^\s+(?:[\w'’-]+\s+){0,6}?(?:found|finds|showed|shows|suggests|suggested|revealed)"
    r"(?:\s+that)?\s+$",
    re.I,
)

# the verb of a state: "230,000 were still in the dark", "470,000 are in Phase 5", "1,200 have
# been brought back"; not an act of their own ("nearly 1 million have crossed": another group)
_SUBSET_VERB = re.compile(
    r"\s+(?:were|was|are|is|remain|remained|still|(?:have|has|had)\s+(?:already\s+)?(?:been|to))\b",
    re.I,
)
# the start of a clause before the count, with its hedge: ", and 174", "; 4", ", but fewer than";
# not a list ("61 drones had been shot down and 19 had been lost": parts of another whole)
_SUBSET_OPENS = re.compile(
    r"(?:,\s+(?:and|but)\s+|;\s*)(?:(?:at\s+least|about|around|some|nearly"
    r"|almost|more\s+than|fewer\s+than|less\s+than|over|only|just)\s+)?$",
    re.I,
)
_DOING = re.compile(r"\s+(?:were|was|are|is)\s+[a-z]+ing\b")
# words between a whole and its part that name another group or time: "from", "in 2023"
_SUBSET_BREAK = re.compile(
    r"\b(?:from|than|compared|versus|vs|whereas|against|while)\b|\b(?:19|20)\d\d\b"
)

_OTHER_BEFORE = re.compile(r"\b(?:the\s+)?(?:other|remaining|rest\s+of\s+the)\s+$", re.I)
_NEXT_TOKEN = re.compile(r"\s+([A-Za-z]+)")
_PART_VERBS = {
    "was", "were", "are", "is", "got", "hit", "had", "have", "has", "remain", "went",
    "made", "came", "fell", "escaped", "survived", "died", "reached", "struck", "landed",
}  # fmt: skip



def _parts_of(sentence: str, ms: list[Mention], whole: int, first: int) -> None:
    """Make ms[first] and the figures listed after it ("..., 21 ... and 6 ...") parts of
    ms[whole], while they are in the same unit. The first part is linked even when it is the
    larger ("Of the 38 detained, 41 remain": a contradiction for part_exceeds_whole to report);
    the further ones only while smaller."""
    w = ms[whole]
    for j in range(first, len(ms)):
        p = ms[j]
        gap = sentence[ms[j - 1].end : p.start]
        if j > first and (not _LIST_GAP.match(gap) or _CONTRAST_GAP.search(gap)):
            break  # "47% were allowed, up from 29%": a figure to compare, not another part
        share = p.unit == "percent" and w.unit != "percent"  # "Of the 2,140 ..., 38% were"
        if p.part_of is not None or not (share or p.unit == w.unit):
            break
        if j > first and not share and p.value >= w.value:
            break
        if j > first and share and sentence.startswith(" of ", p.end):
            break  # "..., with rents capped at 80% of market levels": a share of another whole
        p.whole, p.part_of = w.value, whole
