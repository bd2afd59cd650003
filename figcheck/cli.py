"""The `figcheck` command: a thin layer that parses options, calls the API and prints."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

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


@app.command()
def check(
    folder: Annotated[Path, typer.Argument(help="Folder with documents, CSV tables, sources.csv.")],
    html: Annotated[Path | None, typer.Option(help="Write the HTML report here.")] = None,
    json: Annotated[
        Path | None, typer.Option(help="Write claims and findings as JSON here.")
    ] = None,
    junit: Annotated[
        Path | None, typer.Option(help="Write JUnit XML (one case per check).")
    ] = None,
    fail_on: Annotated[
        FailOn, typer.Option(help="Exit 1 when a finding is at or above this severity.")
    ] = FailOn.error,
    extractor: Annotated[str, typer.Option(help="Text extractor: figcheck or quantulum3.")] = (
        "figcheck"
    ),
    only: Annotated[
        list[str] | None, typer.Option("--check", help="Run only this check (repeatable).")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only the verdict.")] = False,
) -> None:
    """Audit FOLDER; exit 0 when clean, 1 on findings at or above --fail-on, 2 on bad input."""
    from figcheck import api, reports
    from figcheck.ingest import InputError

    try:
        result = api.audit(folder, extractor=extractor, checks=only)
    except (InputError, ValueError) as exc:
        raise _fail(str(exc)) from None
    for fmt, path in (("html", html), ("json", json), ("junit", junit)):
        if path is not None:
            try:
                reports.WRITERS[fmt](result, path)
            except OSError as exc:
                raise _fail(f"cannot write the {fmt} report to {path}: {exc.strerror}; "
                            f"choose a writable path") from None  # fmt: skip
    summary = reports.render_summary(result, fail_on=fail_on.value)
    typer.echo(summary.splitlines()[-1] if quiet else summary, nl=not quiet or True)
    internal = (result.findings["check"] == "internal_error").any()
    raise typer.Exit(EXIT_INTERNAL if internal else result.exit_code(fail_on.value))


@app.command()
def extract(
    file: Annotated[Path, typer.Argument(help="A text, Markdown or HTML file.")],
    extractor: Annotated[str, typer.Option(help="figcheck or quantulum3.")] = "figcheck",
    debug: Annotated[bool, typer.Option(help="Also list discarded candidates and why.")] = False,
) -> None:
    """Print the numeric claims of one document as a table."""
    from figcheck import api
    from figcheck.ingest import read_document

    try:
        doc = read_document(file, file.name, {})
        claims = api.extract(doc.text, extractor=extractor, source_id=file.name)
    except (OSError, ValueError) as exc:
        raise _fail(str(exc)) from None
    cols = ["start", "surface", "value", "unit", "low", "high", "qualifier", "subject", "period"]
    typer.echo(claims[cols].to_string(index=False) if len(claims) else "no claims")
    if debug:
        for d in claims.attrs.get("discarded", []):
            typer.echo(f"discarded {d['surface']!r} at {d['start']}: {d['reason']}")


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
