"""The news corpus (data/news): every article reads with valid offsets and intervals."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from figcheck.extractors import news

NEWS = Path(__file__).resolve().parent.parent / "data" / "news"
NEWS2 = NEWS.parent / "news2"  # the second corpus, plain wire copy (its own README)
ARTICLES = sorted(NEWS.glob("*_*.md"))
ARTICLES2 = sorted(NEWS2.glob("*_*.md"))


@pytest.mark.parametrize(
    "path", ARTICLES + ARTICLES2, ids=[f"{p.parent.name}/{p.stem}" for p in ARTICLES + ARTICLES2]
)
def test_article_reads_with_valid_offsets_and_intervals(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    rows, discards = news.extract_rows(text, source_id=path.stem)
    assert rows, f"{path.name}: no claim found in a news article"
    for r in rows:
        assert text[r["start"] : r["end"]] == r["surface"]
        assert text[r["sentence_start"] :].startswith(r["sentence"])
        assert not math.isnan(r["value"])
        assert r["low"] <= r["value"] <= r["high"]
    for d in discards:
        assert text[d.start : d.end] == d.surface


@pytest.mark.parametrize(("folder", "articles"), [(NEWS, ARTICLES), (NEWS2, ARTICLES2)])
def test_readme_counts_match_the_files(folder: Path, articles: list[Path]) -> None:
    readme = (folder / "README.md").read_text(encoding="utf-8")
    chars = sum(len(p.read_text(encoding="utf-8")) for p in articles)
    assert f"{len(articles)} news articles ({chars:,} characters)" in readme
    for prefix in sorted({p.name.split("_")[0] for p in articles}):
        files = [p for p in articles if p.name.startswith(prefix + "_")]
        size = sum(len(p.read_text(encoding="utf-8")) for p in files)
        assert f"| `{prefix}_` |" in readme and f"| {len(files)} | {size:,} |" in readme, prefix
