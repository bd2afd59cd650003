"""The `figcheck` command: a thin layer that parses options, calls the API and prints."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import Annotated, Any

import typer

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Audit numbers: extract numeric claims from text, check them, report conflicts.",
)

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


class FailOn(StrEnum):
    error = "error"
    warning = "warning"
    never = "never"


def _fail(message: str, code: int = EXIT_USAGE) -> typer.Exit:
    typer.echo(f"figcheck: error: {message}", err=True)
    return typer.Exit(code)


Opt = typer.Option


@app.command()
def check(
    folder: Annotated[Path, typer.Argument(help="Folder with documents, CSV tables, sources.csv.")],
    html: Annotated[Path | None, Opt(help="Write the HTML report here.")] = None,
    json: Annotated[Path | None, Opt(help="Write claims and findings as JSON here.")] = None,
    junit: Annotated[Path | None, Opt(help="Write JUnit XML (one case per check).")] = None,
    summary_md: Annotated[
        Path | None, Opt(help="Write a Markdown summary here (e.g. $GITHUB_STEP_SUMMARY).")
    ] = None,
    fail_on: Annotated[
        FailOn | None, Opt(help="Exit 1 when a finding is at or above this severity [error].")
    ] = None,
    extractor: Annotated[str | None, Opt(help="Text extractor: figcheck or quantulum3.")] = None,
    only: Annotated[list[str] | None, Opt("--check", help="Run only this check (repeatable).")] = (
        None
    ),
    ledger: Annotated[Path | None, Opt(help="Ledger file [FOLDER/.figcheck/ledger.duckdb].")] = (
        None
    ),
    no_ledger: Annotated[bool, Opt("--no-ledger", help="Neither read nor write a ledger.")] = False,
    baseline: Annotated[
        Path | None, Opt(help="Baseline file [FOLDER/figcheck-baseline.toml].")
    ] = None,
    lock_timeout: Annotated[
        float | None, Opt(help="Seconds to wait for a ledger in use by another run [30].", min=0)
    ] = None,
    html_cards: Annotated[
        int, Opt(help="Findings drawn as full cards in the HTML; the rest are one line.", min=0)
    ] = 300,
    html_claims: Annotated[
        int, Opt(help="Rows of the HTML claims table (the JSON has them all).", min=0)
    ] = 2000,
    quiet: Annotated[bool, Opt("--quiet", "-q", help="Print only the verdict.")] = False,
    verbose: Annotated[bool, Opt("--verbose", "-v", help="Also print settings and stages.")] = (
        False
    ),
) -> None:
    """Audit FOLDER; exit 0 when clean, 1 on findings at or above --fail-on, 2 on bad input.

    Settings come from the flags, then FIGCHECK_* environment variables, then [figcheck] in
    FOLDER/figcheck.toml (or [tool.figcheck] in FOLDER/pyproject.toml), then the defaults.
    """
    from figcheck import api, reports
    from figcheck.progress import choose

    flags = {"fail_on": fail_on.value if fail_on else None, "extractor": extractor,
             "checks": only, "ledger": False if no_ledger else _text(ledger),
             "baseline": _text(baseline), "lock_timeout": lock_timeout}  # fmt: skip
    settings = _settings(folder, flags)
    fail, progress = settings.fail_on, choose(quiet, verbose)
    for key, where in settings.origin.items():
        if where != "default" or verbose:
            progress.note(f"{key} = {getattr(settings, key)!r} ({where})")
    with _input_errors():
        result = api.audit(
            folder, extractor=settings.extractor, checks=settings.checks,
            options=settings.options, ledger=settings.ledger_path,
            baseline=settings.baseline_path, lock_timeout=settings.lock_timeout,
            progress=progress,
        )  # fmt: skip
    writers = {
        **reports.WRITERS,
        "html": partial(reports.write_html, full_cards=html_cards, max_claims=html_claims),
        "summary-md": partial(reports.append_markdown, fail_on=fail),
    }
    outputs = {"html": html, "json": json, "junit": junit, "summary-md": summary_md}
    for fmt, path in outputs.items():
        if path is not None:
            try:
                writers[fmt](result, path)
            except OSError as exc:
                raise _fail(f"cannot write the {fmt} report to {path}: {exc.strerror}; "
                            f"choose a writable path") from None  # fmt: skip
    summary = reports.render_summary(result, fail_on=fail)
    typer.echo(summary.splitlines()[-1] if quiet else summary.rstrip("\n"))
    internal = (result.findings["check"] == "internal_error").any()
    raise typer.Exit(EXIT_INTERNAL if internal else result.exit_code(fail))


def _text(path: Path | None) -> str | None:
    return None if path is None else str(path)


def _settings(folder: Path, flags: dict) -> Any:
    from figcheck.settings import resolve

    with _input_errors():
        return resolve(folder, flags)


@contextmanager
def _input_errors() -> Iterator[None]:
    """Input, configuration and ledger problems become exit code 2 with their message."""
    from figcheck.ingest import InputError
    from figcheck.ledger import LedgerError

    try:
        yield
    except (InputError, LedgerError, ValueError) as exc:
        raise _fail(str(exc)) from None


def _ledger_of(folder: Path, ledger: Path | None, other: str = "") -> Path:
    settings = _settings(folder, {"ledger": _text(ledger)})
    if settings.ledger_path is None:
        where = settings.origin["ledger"]
        raise _fail(f"the ledger is turned off ({where}); give --ledger PATH{other}")
    return settings.ledger_path


FOLDER_OPT = Opt("--folder", "-f", help="The audited folder (where its ledger and baseline are).")
LEDGER_OPT = Opt(help="Ledger file [FOLDER/.figcheck/ledger.duckdb].")
CHECK_JSON = "`figcheck check FOLDER --json findings.json`"
JSON_OPT = Opt("--json", help="Print JSON instead of text (its keys: docs/ci.md).")


@app.command()
def history(
    folder: Annotated[Path, FOLDER_OPT] = Path("."),
    ledger: Annotated[Path | None, LEDGER_OPT] = None,
    as_json: Annotated[bool, JSON_OPT] = False,
) -> None:
    """List the runs recorded in the ledger, oldest first."""
    from figcheck import ledger_json
    from figcheck.ledger_query import runs
    from figcheck.reports.ledger_text import render_history

    path = _ledger_of(folder, ledger)
    with _input_errors():
        found = runs(path)
    text = ledger_json.dumps(ledger_json.history(path, found)) if as_json else None
    typer.echo(text or render_history(found), nl=False)


@app.command()
def diff(
    old: Annotated[int | None, typer.Argument(help="The earlier run [the one before NEW].")] = None,
    new: Annotated[int | None, typer.Argument(help="The later run [the latest].")] = None,
    folder: Annotated[Path, FOLDER_OPT] = Path("."),
    ledger: Annotated[Path | None, LEDGER_OPT] = None,
    as_json: Annotated[bool, JSON_OPT] = False,
) -> None:
    """Findings new, fixed and still open between two runs (default: the last two)."""
    from figcheck import ledger_json, ledger_query
    from figcheck.reports.ledger_text import render_diff

    path = _ledger_of(folder, ledger)
    with _input_errors():
        if old is None or new is None:
            last = ledger_query.last_two(path)
            old, new = (last[0], last[1]) if old is None else (old, last[1])
        parts = ledger_query.diff(path, old, new)
    text = ledger_json.dumps(ledger_json.diff(path, parts, old, new)) if as_json else None
    typer.echo(text or render_diff(parts, old, new), nl=False)


@app.command()
def accept(
    finding_id: Annotated[str, typer.Argument(help="The id of a finding of the latest run.")],
    reason: Annotated[str, Opt(help="Why the finding is accepted (kept in the baseline).")],
    folder: Annotated[
        Path | None, Opt("--folder", "-f", help="The audited folder [., or the one --from names].")
    ] = None,
    ledger: Annotated[Path | None, LEDGER_OPT] = None,
    source: Annotated[
        Path | None,
        Opt("--from", help="Read the finding from this file of `figcheck check --json`."),
    ] = None,
    baseline: Annotated[
        Path | None, Opt(help="Baseline file [FOLDER/figcheck-baseline.toml].")
    ] = None,
    by: Annotated[str | None, Opt(help="Who accepts it (default: your login name).")] = None,
) -> None:
    """Accept a reviewed finding: it is still reported but no longer fails the run.

    The finding is looked up in the latest run of the ledger, or with --from in a findings JSON.
    """
    import getpass

    from figcheck import baseline as reviewed
    from figcheck.ledger import now
    from figcheck.ledger_query import finding

    if source is None:
        folder = Path(".") if folder is None else folder
        path = _ledger_of(folder, ledger, f", or --from findings.json (from {CHECK_JSON})")
        with _input_errors():
            found = finding(path, finding_id)
    elif ledger is not None:
        raise _fail("--from and --ledger both say where the finding is; give one of them")
    else:
        with _input_errors():
            found, folder = reviewed.from_report(source, finding_id, folder)
    target = _settings(folder, {"baseline": _text(baseline)}).baseline_path
    if target is None:
        raise _fail("the baseline is turned off; give --baseline PATH")
    with _input_errors():
        entry = reviewed.accept(target, found, reason=reason, by=by or getpass.getuser(), at=now())
    typer.echo(f"accepted {entry.finding_id} in {target} (evidence {entry.evidence}); commit it")


@app.command("export-suite")
def export_suite(
    folder: Annotated[Path, typer.Argument(help="The folder whose figcheck.toml has the mirror.")],
    table: Annotated[str, Opt(help="The table that holds the [mirror] section.")],
    mirror: Annotated[str, Opt(help="The mirror's name in that section.")],
    out: Annotated[Path, Opt(help="Folder for <mirror>.suite.json and <mirror>.csv.")] = Path("."),
) -> None:
    """Export a mirror-table comparison as a Great Expectations suite and the frame it checks."""
    from figcheck import ge
    from figcheck.ingest import InputError

    try:
        suite, frame = ge.export_mirror_suite(folder, table, mirror, out)
    except (InputError, ValueError, OSError) as exc:
        raise _fail(str(exc)) from None
    typer.echo(f"wrote {suite} and {frame}; rerun with Great Expectations on the CSV")


@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(help="Text, Markdown or HTML files.")],
    extractor: Annotated[str, typer.Option(help="figcheck or quantulum3.")] = "figcheck",
    debug: Annotated[bool, typer.Option(help="Also list discarded candidates and why.")] = False,
    fmt: Annotated[
        str, typer.Option("--format", help="table (main columns), csv or json (every column).")
    ] = "table",
) -> None:
    """Print the numeric claims of documents (a table, or every column as CSV or JSON).

    A file that cannot be read is named on stderr and the others are still read; the exit code
    is then 2."""
    if fmt not in _EXTRACT_FORMATS:
        raise _fail(f"unknown --format {fmt!r}; valid: {', '.join(_EXTRACT_FORMATS)}")
    from figcheck import api
    from figcheck.ingest import read_document

    names = [f.name for f in files]
    unique = len(set(names)) == len(names)  # else the paths as given name the documents
    texts, failed = [], 0
    for file in files:
        source = file.name if unique else str(file)
        try:
            texts.append({"text": read_document(file, source, {}).text, "source_id": source})
        except (OSError, ValueError) as exc:
            typer.echo(f"figcheck: error: {exc}", err=True)
            failed += 1
    try:
        claims = api.extract_many(texts, extractor=extractor)
    except ValueError as exc:
        raise _fail(str(exc)) from None
    if fmt == "csv":
        typer.echo(claims.to_csv(index=False), nl=False)
    elif fmt == "json":
        typer.echo(claims.to_json(orient="records", force_ascii=False))
    else:
        cols = ["source_id"] if len(texts) > 1 else []
        cols += ["start", "surface", "value", "unit", "low", "high", "qualifier", "whole"]
        cols += ["subject", "period", "attributed_to"]
        table = claims[cols].to_string(index=False, float_format=_plain_number)
        typer.echo(table if len(claims) else "no claims")
    if debug:
        for d in claims.attrs.get("discarded", []):
            where = f"{d['source_id']} " if len(texts) > 1 else ""
            typer.echo(f"discarded {d['surface']!r} at {where}{d['start']}: {d['reason']}")
    if failed:
        raise typer.Exit(EXIT_USAGE)


_EXTRACT_FORMATS = ("table", "csv", "json")


def _plain_number(value: float) -> str:
    """904000000.0 as "904,000,000" and 16.15 as "16.15", not in scientific notation."""
    return f"{value:,.10g}"


def main() -> None:
    """Entry point: run the app, turning unexpected exceptions into exit code 3."""
    try:
        app()
    except SystemExit:
        raise
    except Exception as exc:  # an internal error, not the user's
        typer.echo(
            f"figcheck: internal error: {type(exc).__name__}: {exc}\n"
            "This is a bug in figcheck; please report it with this message.",
            err=True,
        )
        sys.exit(EXIT_INTERNAL)


if __name__ == "__main__":
    main()
