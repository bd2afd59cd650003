"""Ingest: read a folder's documents and CSV tables, with per-source metadata from sources.csv."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd

from figcheck import config
from figcheck.htmltext import html_to_text
from figcheck.model import Document, Finding, Table

MANIFEST = "sources.csv"
MANIFEST_COLUMNS = ("file", "outlet", "published", "url", "standing")
STANDINGS = ("high", "medium", "low")
TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
TABLE_SUFFIXES = (".csv", ".csv.gz")
IGNORED = {MANIFEST, config.CONFIG, "pyproject.toml", "figcheck-baseline.toml"}
CHECK = "ingest"


class InputError(Exception):
    """The input as a whole cannot be audited (missing folder, nothing to read): exit code 2."""


def _problem(path: str, message: str, severity: str = "error") -> Finding:
    return Finding(check=CHECK, severity=severity, message=message, source_ids=[path])


def load_folder(folder: Path) -> tuple[list[Document], list[Table], list[Finding]]:
    """Every readable source under `folder`; each unreadable one becomes a finding instead."""
    if not folder.exists():
        raise InputError(f"{folder}: no such folder; give the folder that holds your sources")
    if not folder.is_dir():
        raise InputError(f"{folder}: not a folder; give the folder that holds your sources")
    try:
        bindings = config.load(folder)
    except config.ConfigError as exc:
        raise InputError(str(exc)) from None
    meta, problems = read_manifest(folder)
    inputs = config.referenced_files(bindings)  # suites and schemas: read by their checks
    documents: list[Document] = []
    tables: list[Table] = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        rel = path.relative_to(folder).as_posix()
        if any(part.startswith(".") for part in path.relative_to(folder).parts):
            continue
        if path.name in IGNORED or path.name.lower().startswith("readme") or rel in inputs:
            continue
        suffix = ".csv.gz" if path.name.lower().endswith(".csv.gz") else path.suffix.lower()
        if suffix not in TEXT_SUFFIXES + TABLE_SUFFIXES:
            valid = ", ".join(TEXT_SUFFIXES + TABLE_SUFFIXES)
            problems.append(
                _problem(
                    rel,
                    f"{rel}: skipped, unsupported file type "
                    f"'{suffix or path.name}'; supported: {valid}",
                    "info",
                )
            )
            continue
        info = meta.pop(rel, None)
        if info is None and meta is not None and (folder / MANIFEST).exists():
            problems.append(
                _problem(
                    rel,
                    f"{rel}: not listed in {MANIFEST}, read without outlet "
                    f"or date; add a row for it",
                    "info",
                )
            )
        info = {"format": suffix.lstrip("."), **(info or {})}
        if rel in bindings and suffix in TABLE_SUFFIXES:
            info["binding"] = bindings.pop(rel)
        try:
            if suffix in TABLE_SUFFIXES:
                tables.append(read_table(path, rel, info))
            else:
                doc = read_document(path, rel, info)
                if not doc.text.strip():
                    problems.append(_problem(rel, f"{rel}: the file is empty", "warning"))
                documents.append(doc)
        except ValueError as exc:
            problems.append(_problem(rel, str(exc)))
    for rel, info in meta.items():
        problems.append(
            _problem(
                rel,
                f"{MANIFEST} line {info['line']}: '{rel}' does not exist "
                f"in {folder}; fix the path or remove the row",
            )
        )
    for rel in bindings:
        problems.append(
            _problem(
                config.CONFIG,
                f'{config.CONFIG}: tables."{rel}" is not a table in {folder}; '
                f"fix the path (relative to the folder) or remove the section",
            )
        )
    if not documents and not tables and not problems:
        raise InputError(
            f"{folder}: no sources found; supported files: "
            f"{', '.join(TEXT_SUFFIXES + TABLE_SUFFIXES)}"
        )
    return documents, tables, problems


def read_manifest(folder: Path) -> tuple[dict[str, dict[str, Any]], list[Finding]]:
    """sources.csv as {file: metadata}; bad rows and cells become findings naming the line."""
    path = folder / MANIFEST
    if not path.exists():
        return {}, []
    try:
        with path.open(newline="", encoding="utf-8-sig") as fh:
            reader = csv.DictReader(fh)
            fields = reader.fieldnames or []
            if "file" not in fields:
                return {}, [
                    _problem(
                        MANIFEST,
                        f"{MANIFEST}: no 'file' column (found: "
                        f"{', '.join(fields) or 'nothing'}); the columns are "
                        f"{', '.join(MANIFEST_COLUMNS)}",
                    )
                ]
            rows = list(reader)
    except (UnicodeDecodeError, csv.Error) as exc:
        return {}, [_problem(MANIFEST, f"{MANIFEST}: cannot read it ({exc}); save it as UTF-8 CSV")]
    meta: dict[str, dict[str, Any]] = {}
    problems = []
    for line, row in enumerate(rows, start=2):
        info = {k: (v or "").strip() or None for k, v in row.items() if k}
        info["line"] = line
        rel = (info.pop("file") or "").replace("\\", "/")
        if not rel:
            problems.append(_problem(MANIFEST, f"{MANIFEST} line {line}: empty 'file' cell"))
            continue
        problems += _check_cells(rel, line, info)
        meta[rel] = info
    return meta, problems


def _check_cells(rel: str, line: int, info: dict[str, Any]) -> list[Finding]:
    out = []
    if info.get("published"):
        try:
            date.fromisoformat(info["published"])
        except ValueError:
            out.append(
                _problem(
                    MANIFEST,
                    f"{MANIFEST} line {line}, column 'published': "
                    f"{info['published']!r} is not a date; write YYYY-MM-DD",
                    "warning",
                )
            )
            info["published"] = None
    if info.get("standing") and info["standing"] not in STANDINGS:
        out.append(
            _problem(
                MANIFEST,
                f"{MANIFEST} line {line}, column 'standing': "
                f"{info['standing']!r} is not one of {', '.join(STANDINGS)}",
                "warning",
            )
        )
        info["standing"] = None
    return out


def read_document(path: Path, rel: str, meta: dict[str, Any]) -> Document:
    """A text, Markdown or HTML file as a Document (HTML reduced to its visible text)."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(
            f"{rel}: not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start}); "
            f"re-save the file as UTF-8"
        ) from None
    if "\x00" in text:
        raise ValueError(f"{rel}: binary data (NUL bytes), not a text document")
    if path.suffix.lower() in (".html", ".htm"):
        text = html_to_text(text)
    return Document(id=rel, path=path, text=text, meta=meta)


def read_table(path: Path, rel: str, meta: dict[str, Any]) -> Table:
    """A CSV file (plain or gzipped) as a Table with pyarrow-backed dtypes."""
    try:
        frame = pd.read_csv(path, dtype_backend="pyarrow", compression="infer")
    except (EOFError, OSError) as exc:  # a truncated or not-really-gzip .csv.gz
        raise ValueError(f"{rel}: cannot decompress it ({exc}); re-create the .gz file") from None
    except UnicodeDecodeError:
        raise ValueError(f"{rel}: not UTF-8 text; re-save the CSV as UTF-8") from None
    except pd.errors.EmptyDataError:
        raise ValueError(f"{rel}: the CSV file is empty; it needs a header row") from None
    except pd.errors.ParserError as exc:
        raise ValueError(
            f"{rel}: cannot parse CSV ({str(exc).strip()}); fix that row or quote its fields"
        ) from None
    return Table(id=rel, path=path, frame=frame, meta=meta)
