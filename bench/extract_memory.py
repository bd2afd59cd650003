"""Memory while a large corpus is streamed through the extractor's row form, document by document.

Run: python bench/extract_memory.py [--docs 3000]
Prints resident memory (RSS) after every batch: flat growth means nothing is kept per document.
The documents are the news corpus's articles (data/news) with their figures varied, so no two
are equal.
"""

from __future__ import annotations

import argparse
import random
import re
import time
from collections.abc import Iterator
from pathlib import Path

from figcheck.extractors import news

ROOT = Path(__file__).resolve().parent.parent


def rss_mb() -> float:
    """Resident set size of this process in MB (Linux /proc)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def documents(n: int, seed: int = 3) -> Iterator[str]:
    """`n` news documents, generated lazily from the news corpus's articles."""
    bases = [p.read_text("utf-8") for p in sorted((ROOT / "data/news").glob("*_*.md"))]
    rng = random.Random(seed)
    for i in range(n):
        text = bases[i % len(bases)]
        yield re.sub(r"\d+", lambda m: str(int(m.group(0)) + rng.randint(0, 9)), text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=3000)
    args = parser.parse_args()
    news.extract("Warm up: 3 drones.")
    start, t0, size, claims = rss_mb(), time.perf_counter(), 0, 0
    print("| documents | MB read | claims | RSS MB | RSS growth MB |")
    print("|---:|---:|---:|---:|---:|")
    step = max(1, args.docs // 6)
    for i, text in enumerate(documents(args.docs), start=1):
        claims += len(news.extract_rows(text, source_id=f"doc{i}")[0])
        size += len(text)
        if i % step == 0 or i == args.docs:
            now = rss_mb()
            print(f"| {i} | {size / 1e6:.1f} | {claims} | {now:.0f} | {now - start:+.1f} |")
    print(f"\n{size / 1e6:.1f} MB in {time.perf_counter() - t0:.1f} s; RSS at start {start:.0f} MB")


if __name__ == "__main__":
    main()
