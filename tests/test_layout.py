"""Packaging: one import name, `figcheck`; the top-level folders are its subpackages."""

from __future__ import annotations

import importlib
import subprocess
import sys
import sysconfig
from importlib.metadata import distributions
from pathlib import Path

from tests.conftest import ROOT


def test_subpackages_import_under_figcheck():
    for name in ("checks", "extractors", "reports"):
        module = importlib.import_module(f"figcheck.{name}")
        assert Path(module.__file__).resolve().parent == ROOT / name


def test_no_bare_top_level_packages(tmp_path: Path):
    """From outside the repo, `checks`, `extractors` and `reports` are not importable."""
    code = (
        "import importlib.util as u\n"
        "print([n for n in ('checks', 'extractors', 'reports') if u.find_spec(n)])\n"
        "import figcheck.checks, figcheck.reports, figcheck.extractors\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


def test_distribution_declares_only_figcheck():
    """The installed metadata (not a stray egg-info in the repo) names one top-level package."""
    purelib = sysconfig.get_paths()["purelib"]
    dist = next(iter(distributions(name="figcheck", path=[purelib])))
    assert (dist.read_text("top_level.txt") or "").split() == ["figcheck"]
    top = {Path(str(p)).parts[0] for p in dist.files or [] if str(p).endswith(".py")}
    assert not top & {"checks", "extractors", "reports", "tests"}, top
    assert dist.entry_points.select(group="console_scripts")["figcheck"].value == (
        "figcheck.cli:main"
    )


def test_registries_are_explicit_and_named():
    from figcheck.checks import REGISTRY as CHECKS
    from figcheck.extractors import REGISTRY as EXTRACTORS

    assert {"cross_source_conflict", "part_exceeds_whole"} <= set(CHECKS)
    assert all(c.name == name and c.needs in ("claims", "tables") for name, c in CHECKS.items())
    assert set(EXTRACTORS) == {"figcheck", "quantulum3"}


def test_every_module_has_a_one_line_docstring():
    for folder in ("figcheck", "checks", "extractors", "reports"):
        for path in (ROOT / folder).glob("*.py"):
            text = path.read_text(encoding="utf-8")
            if not text.strip():
                continue
            first = text.lstrip().splitlines()[0]
            assert first.startswith('"""') and first.endswith('"""') and len(first) > 6, path
