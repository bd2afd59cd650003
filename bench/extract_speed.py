"""Throughput of figcheck's extractor and quantulum3 on the same news-like text, and growth.

Run: python bench/extract_speed.py [--max-mb 10]   (re-runs itself with PYTHONHASHSEED=0)

Four texts, each repeated to the size wanted: the news corpus (data/news: 120 articles on 14
topics, 340 KB, the main measure), the second corpus of plain wire copy (data/news2: 252
texts, 606 KB, denser in figures), the demo articles (data/demo: 11 short articles, sparser
in figures) and the gold sentences (data/gold, shuffled with a fixed seed: every sentence holds
figures). Time grows with the number of figures, so the table gives claims per KB and the time
per claim next to MB/s. figcheck reads the whole document (`news.extract`, the DataFrame with
its schema check); quantulum3 reads it sentence by sentence, on the small size only (it is far
slower). A later table reads the news corpus as separate texts, through
`figcheck.extract_many` (one table, one schema check) and through `figcheck.extract` per text
(a table and a schema check each).
Times up to 1 MB are the best of three runs, as timeit reports them (other jobs on the machine
only ever add time); 10 MB runs once.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _gold  # noqa: E402

SIZES = {"10 KB": 10_000, "1 MB": 1_000_000, "10 MB": 10_000_000}


def news_text(size: int, seed: int = 7) -> str:
    sentences = [c.text for name in ("news_dev", "news_eval") for c in _gold.news_cases(name)]
    rng = random.Random(seed)
    parts, total = [], 0
    while total < size:
        rng.shuffle(sentences)
        for s in sentences:
            parts.append(s)
            total += len(s) + 1
    return " ".join(parts)[:size]


def _corpus(folder: str) -> list[str]:
    root = Path(__file__).resolve().parent.parent / "data" / folder
    return [p.read_text(encoding="utf-8") for p in sorted(root.glob("*_*.md"))]  # not README


def corpus_text(size: int) -> str:
    """The news corpus (data/news: 120 articles of 2-4.5 KB, about 6.6 claims per KB) in file
    order, repeated to `size`."""
    docs = "\n\n".join(_corpus("news"))
    return (docs * (size // len(docs) + 1))[:size]


def wire_text(size: int) -> str:
    """The second corpus (data/news2: 228 texts of plain wire copy, about 11 claims per KB)
    in file order, repeated to `size`."""
    docs = "\n\n".join(_corpus("news2"))
    return (docs * (size // len(docs) + 1))[:size]


def corpus_texts(size: int) -> list[str]:
    """The news corpus's articles as separate texts, repeated to `size`."""
    docs, out = _corpus("news"), []
    while sum(map(len, out)) < size:
        out += docs
    return out


def article_text(size: int) -> str:
    """The demo corpus's 11 articles (10 KB, about 3.7 claims per KB), repeated to `size`."""
    docs = "\n\n".join(_corpus("demo/articles"))
    return (docs * (size // len(docs) + 1))[:size]


def digit_lines(size: int) -> dict[str, str]:
    """Lines with no words, built to stress the number patterns: random digits, commas and
    spaces; "1,1,1,..." (thousands groups that never complete); "1 000 000 ..." (spaced
    thousands that never end)."""
    rng = random.Random(11)
    return {
        "random digits, commas, spaces": "".join(rng.choice("0123456789, ") for _ in range(size)),
        '"1,1,1,..."': ("1," * size)[:size],
        '"1 000 000 ..."': ("1" + " 000" * size)[:size],
    }


def timed(fn, text: str, repeat: int = 1) -> float:  # type: ignore[no-untyped-def]
    """The best of `repeat` runs, as timeit reports: other jobs on the machine only add time."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn(text)
        best = min(best, time.perf_counter() - t0)
    return best


FIRST = (
    "from figcheck.extractors import news; "
    "news.extract('Air defences shot down 38 of the 52 drones launched overnight.')"
)
# A plain `pip install figcheck` has no hypothesis (a dev extra); pandera imports it on its
# first validation when it is there. Making the import fail shows a plain install's start-up.
WITHOUT_HYPOTHESIS = "import sys; sys.modules['hypothesis'] = None; "


def first_sentence_seconds(prefix: str = "", repeat: int = 3) -> float:
    """Wall clock of a fresh interpreter that imports the extractor and reads one sentence."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", prefix + FIRST], check=True)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    _gold.pin_hash_seed()
    ap = argparse.ArgumentParser()
    ap.add_argument("--max-mb", type=float, default=10.0)
    args = ap.parse_args()
    from figcheck.extractors import news, quantulum

    startup = first_sentence_seconds()
    startup_plain = first_sentence_seconds(WITHOUT_HYPOTHESIS)
    news.extract("Warm up: 3 drones.")
    quantulum.extract("Warm up: 3 drones.")
    kinds = {"news corpus": corpus_text, "wire copy (news2)": wire_text,
             "demo articles": article_text, "gold sentences": news_text}  # fmt: skip
    rows = []
    for label, size in SIZES.items():
        if size > args.max_mb * 1e6:
            continue
        for kind, make in kinds.items():
            text = make(size)
            fig = timed(news.extract, text, repeat=3 if size <= 1_000_000 else 1)
            q = timed(quantulum.extract, text) if size <= 10_000 else None
            claims = len(news.extract(text)) if size <= 1_000_000 else None
            rows.append((label, kind, size, fig, q, claims))
    base = {kind: next(r[3] / r[2] for r in rows if r[1] == kind) for kind in kinds}
    density = {r[1]: r[5] / r[2] for r in rows if r[2] == 1_000_000}  # claims per byte, 1 MB
    print("| size | text | claims per KB | figcheck s | figcheck MB/s | µs per claim "
          "| s per byte vs 10 KB | quantulum3 s | quantulum3 MB/s | figcheck speed-up |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for label, kind, size, fig, q, claims in rows:
        qs = f"{q:.2f} | {size / q / 1e6:.3f} | {q / fig:.0f}x" if q else "- | - | -"
        n = claims if claims is not None else density.get(kind, 0) * size
        per = f"{fig / n * 1e6:.0f}" if n else "-"
        growth = fig / size / base[kind]
        print(f"| {label} | {kind} | {n / size * 1000:.1f} | {fig:.2f} | {size / fig / 1e6:.2f} "
              f"| {per} | {growth:.2f} | {qs} |")
    texts = corpus_texts(1_000_000)
    size = sum(map(len, texts))
    import figcheck

    many = timed(lambda _: figcheck.extract_many(texts), "", repeat=3)
    each = timed(lambda _: [figcheck.extract(t) for t in texts], "", repeat=3)
    print(f"\nThe news corpus as {len(texts)} separate texts of about "
          f"{size / len(texts) / 1000:.1f} KB ({size / 1e6:.1f} MB):\n")  # fmt: skip
    print("| call | s | MB/s |\n|---|---:|---:|")
    print(f"| figcheck.extract_many(texts): one table, checked once | {many:.2f} "
          f"| {size / many / 1e6:.2f} |")  # fmt: skip
    print(f"| figcheck.extract(text) for each text: a table and a check per text | {each:.2f} "
          f"| {size / each / 1e6:.2f} |")  # fmt: skip
    print("\nOne line of digits and separators, no words (issue target: 1 MB in about 1 s):\n")
    print("| line | 10 KB s | 1 MB s | s per byte, 1 MB vs 10 KB | claims in 1 MB |")
    print("|---|---:|---:|---:|---:|")
    small, big = digit_lines(10_000), digit_lines(1_000_000)
    for name in small:
        t_small = timed(news.extract, small[name])
        t0 = time.perf_counter()
        claims = len(news.extract(big[name]))
        t_big = time.perf_counter() - t0
        growth = (t_big / 1_000_000) / (t_small / 10_000)
        print(f"| {name} | {t_small:.3f} | {t_big:.2f} | {growth:.2f} | {claims:,} |")
    print("\nImport figcheck's extractor and extract the first sentence (fresh interpreter, "
          "wall clock, best of 3; target < 1 s):\n")  # fmt: skip
    print("| install | s |\n|---|---:|")
    print(f"| as installed here (dev extras: pandera's first check imports hypothesis) "
          f"| {startup:.2f} |")  # fmt: skip
    print(f"| plain install (hypothesis not importable) | {startup_plain:.2f} |")


if __name__ == "__main__":
    main()
