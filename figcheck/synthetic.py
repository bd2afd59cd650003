"""Seeded synthetic corpora with planted cross-source conflicts, for measuring reconciliation."""

from __future__ import annotations

import csv
import math
import random
from dataclasses import dataclass, field
from pathlib import Path

from figcheck.rates import Rates, default_rates

PLACES = ["Uzbekistan", "Tajikistan", "Kyrgyzstan", "Armenia", "Moldova", "Georgia", "Belarus"]
GOODS = ["cotton", "wheat", "copper", "barley", "wool", "zinc", "grain", "uranium"]
ROUTES = ["Aktau", "Termez", "Osh", "Batumi", "Khorgos", "Kashgar"]
OUTLETS = ["Alpha Wire", "Beacon Times", "Courier", "Delta News", "Echo Daily", "Forum Post"]
YEARS = list(range(2016, 2024))


@dataclass
class Statement:
    """One sentence about one fact, as one source writes it, and the interval its words allow."""

    fact: str
    text: str
    low: float
    high: float
    planted_outlier: bool = False


@dataclass
class Corpus:
    """A generated corpus: articles per source and the pairs of sources that truly conflict."""

    articles: dict[str, list[Statement]] = field(default_factory=dict)
    conflicts: set[tuple[str, str, str]] = field(default_factory=set)  # (fact, source, source)

    def write(self, folder: Path) -> None:
        """Write one Markdown file per source and a sources.csv manifest."""
        folder.mkdir(parents=True, exist_ok=True)
        with (folder / "sources.csv").open("w", newline="", encoding="utf-8") as fh:
            out = csv.writer(fh)
            out.writerow(["file", "outlet", "published", "url", "standing"])
            for name, statements in sorted(self.articles.items()):
                (folder / name).write_text(" ".join(s.text for s in statements) + "\n", "utf-8")
                out.writerow([name, name.removesuffix(".md"), "2024-06-01", "", "high"])


def _round(x: float, rng: random.Random) -> tuple[str, float]:
    """x written as a journalist would ("3.3 million", "840,000", "26"), and its half precision."""
    if x >= 1e6:
        scale, word = (1e9, "billion") if x >= 1e9 else (1e6, "million")
        digits = rng.choice([1, 2])
        shown = round(x / scale, digits)
        return f"{shown:.{digits}f} {word}", 0.5 * 10**-digits * scale
    if x >= 1000:
        shown = int(round(x, -2))
        return f"{shown:,}", min(50.0, 0.05 * shown)
    return str(int(round(x))), 0.5


def _render(value: float, rng: random.Random, honest: bool) -> tuple[str, float, float]:
    """A figure with an optional hedge; (text, low, high) in the figure's own unit."""
    hedge = rng.choice(["", "", "about ", "more than ", "nearly ", "some "] if honest else ["", ""])
    if hedge == "more than ":
        value *= rng.uniform(0.8, 0.97)
    elif hedge == "nearly ":
        value *= rng.uniform(1.01, 1.05)
    text, half = _round(value, rng)
    shown = float(text.split()[0].replace(",", "")) * (
        1e9 if "billion" in text else 1e6 if "million" in text else 1
    )
    if hedge in ("about ", "some "):
        wide = max(half, 0.1 * shown)
        return hedge + text, shown - wide, shown + wide
    if hedge == "more than ":
        return hedge + text, shown, math.inf
    if hedge == "nearly ":
        return hedge + text, shown - max(half, 0.1 * shown), shown + half
    return text, shown - half, shown + half


def _fact_sentence(kind: str, key: str, year: int, figure: str, rng: random.Random) -> str:
    if kind == "migrants":
        return rng.choice([
            f"In {year}, {figure} labour migrants from {key} worked in Russia.",
            f"Officials counted {figure} labour migrants from {key} in {year}.",
        ])  # fmt: skip
    if kind == "exports":
        return rng.choice([
            f"Exports of {key} reached {figure} in {year}.",
            f"{key.capitalize()} exports totalled {figure} in {year}.",
        ])  # fmt: skip
    return f"The planned pipeline to {key} will run {figure}."


def generate(seed: int = 0, n_facts: int = 40, outlier_rate: float = 0.3) -> Corpus:
    """A corpus of `n_facts` facts, each reported by 2-4 sources; some have one planted outlier
    that is off by 30-60 %. Currencies (EUR/USD at the year's rate) and km/miles vary by source."""
    rng = random.Random(seed)
    rates = default_rates()
    corpus = Corpus()
    kinds = [("migrants", k) for k in PLACES] + [("exports", g) for g in GOODS]
    pool = [(k, key, y) for k, key in kinds for y in YEARS] + [("pipeline", r, 0) for r in ROUTES]
    facts = rng.sample(pool, n_facts)
    for kind, key, year in facts:
        fact = f"{kind}:{key}:{year}"
        truth = {"migrants": rng.uniform(2e4, 3e6), "exports": rng.uniform(5e7, 9e9),
                 "pipeline": rng.uniform(300, 3000)}[kind]  # fmt: skip
        sources = rng.sample(OUTLETS, rng.randint(2, 4))
        outlier = rng.choice(sources) if rng.random() < outlier_rate else None
        said: dict[str, Statement] = {}
        for src in sources:
            off = 1 + rng.choice([-1, 1]) * rng.uniform(0.3, 0.6)
            value = truth * off if src == outlier else truth
            said[src] = _statement(kind, key, year, value, src != outlier, rng, rates)
            said[src].fact, said[src].planted_outlier = fact, src == outlier
        for a in sources:
            for b in sources:
                if a < b and (said[a].high < said[b].low or said[b].high < said[a].low):
                    corpus.conflicts.add((fact, f"{a}.md", f"{b}.md"))
        for src, st in said.items():
            corpus.articles.setdefault(f"{src}.md", []).append(st)
    return corpus


def _statement(
    kind: str, key: str, year: int, value: float, honest: bool, rng: random.Random, rates: Rates
) -> Statement:
    """One source's sentence, with its interval in the base unit (USD, km, count)."""
    factor, unit = 1.0, ""
    if kind == "exports" and rng.random() < 0.3 and rates.usd_per("EUR", year):
        factor = 1 / rates.usd_per("EUR", year)  # written in euros
        unit = " euros"
    elif kind == "exports":
        unit = "$"
    elif kind == "pipeline":
        factor, unit = (1 / 1.609344, " miles") if rng.random() < 0.4 else (1.0, " km")
    text, low, high = _render(value * factor, rng, honest)
    figure = _dollar(text) if unit == "$" else text + unit
    if unit == " euros":  # convert the interval to USD with the rates' tolerance, like figcheck
        r, tol = rates.usd_per("EUR", year), rates.tolerance
        low, high = low * r * (1 - tol), high * r * (1 + tol)
    elif unit == " miles":
        low, high = low * 1.609344, high * 1.609344
    return Statement("", _fact_sentence(kind, key, year, figure, rng), low, high)


def _dollar(text: str) -> str:
    """ "about 3.2 billion" -> "about $3.2 billion"."""
    words = text.split(" ")
    for i, w in enumerate(words):
        if w[:1].isdigit():
            words[i] = "$" + w
            break
    return " ".join(words)


def fact_of_sentences(corpus: Corpus) -> dict[tuple[str, str], str]:
    """{(file, sentence): fact}: maps a claim's source and sentence back to its planted fact."""
    return {(name, st.text): st.fact for name, sts in corpus.articles.items() for st in sts}
