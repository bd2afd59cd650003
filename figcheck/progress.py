"""Progress on long work: a rich bar on a terminal, plain lines in CI or a pipe, or nothing."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import TextIO


class Progress:
    """Silent progress, the API's default; `task` yields a function to call once per item done."""

    verbose = False

    @contextmanager
    def task(self, label: str, total: int) -> Iterator[Callable[[], None]]:
        """A stage of `total` items, e.g. extraction over the documents."""
        yield lambda: None

    def note(self, message: str) -> None:
        """A line for --verbose (ledger, settings and their origin)."""


class PlainProgress(Progress):
    """One line per stage and note on `stream`: for CI logs and pipes (used with --verbose)."""

    def __init__(self, stream: TextIO) -> None:
        self.stream, self.verbose = stream, True

    @contextmanager
    def task(self, label: str, total: int) -> Iterator[Callable[[], None]]:
        start = time.perf_counter()
        yield lambda: None
        self.note(f"{label}: {total} done in {time.perf_counter() - start:.1f} s")

    def note(self, message: str) -> None:
        print(f"figcheck: {message}", file=self.stream, flush=True)


class RichProgress(Progress):
    """A transient rich progress bar on stderr; notes too when `verbose`."""

    def __init__(self, verbose: bool = False) -> None:
        from rich.console import Console

        self.console, self.verbose = Console(stderr=True), verbose

    @contextmanager
    def task(self, label: str, total: int) -> Iterator[Callable[[], None]]:
        from rich.progress import BarColumn, MofNCompleteColumn, TimeElapsedColumn
        from rich.progress import Progress as Bar

        columns = ("{task.description}", BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
        with Bar(*columns, console=self.console, transient=True) as bar:
            task = bar.add_task(label, total=total)
            yield lambda: bar.advance(task)
        if self.verbose:
            self.note(f"{label}: {total} done")

    def note(self, message: str) -> None:
        if self.verbose:
            self.console.print(f"figcheck: {message}", markup=False, highlight=False)


def choose(
    quiet: bool = False,
    verbose: bool = False,
    *,
    stream: TextIO | None = None,
    env: Mapping[str, str] | None = None,
) -> Progress:
    """Nothing when quiet; a bar on a terminal outside CI (`CI` set); else plain lines when
    verbose and silence otherwise, so that CI logs hold only the summary."""
    stream = sys.stderr if stream is None else stream
    env = os.environ if env is None else env
    if quiet:
        return Progress()
    if stream.isatty() and not env.get("CI"):
        return RichProgress(verbose)
    return PlainProgress(stream) if verbose else Progress()
