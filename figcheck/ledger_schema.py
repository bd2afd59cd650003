"""The ledger's tables, their schema version and the migrations that bring a file up to date."""

from __future__ import annotations

from collections.abc import Callable

import duckdb

from figcheck.schemas import CLAIMS_SCHEMA

SCHEMA_VERSION = 1

_SQL_TYPES = {"int64": "BIGINT", "float64": "DOUBLE"}


def _claim_columns() -> str:
    """The claims table's columns (figcheck.schemas.CLAIMS_SCHEMA) as SQL column definitions."""
    return ", ".join(
        f'"{name}" {_SQL_TYPES.get(str(column.dtype), "VARCHAR")}'
        for name, column in CLAIMS_SCHEMA.columns.items()
    )


def _v1(con: duckdb.DuckDBPyConnection) -> None:
    """Runs, their sources (content hashes), claims, facts and findings; lists are JSON text."""
    con.execute(
        "CREATE TABLE runs (run_id INTEGER PRIMARY KEY, started VARCHAR NOT NULL, "
        "finished VARCHAR NOT NULL, figcheck_version VARCHAR NOT NULL, folder VARCHAR NOT NULL, "
        "config_hash VARCHAR NOT NULL, extractor VARCHAR, checks VARCHAR, n_sources INTEGER, "
        "n_claims INTEGER, n_findings INTEGER, n_failing INTEGER)"
    )
    con.execute(
        "CREATE TABLE sources (run_id INTEGER NOT NULL, source_id VARCHAR NOT NULL, "
        "kind VARCHAR NOT NULL, content_hash VARCHAR NOT NULL, meta VARCHAR, "
        "PRIMARY KEY (run_id, source_id))"
    )
    con.execute(f"CREATE TABLE claims (run_id INTEGER NOT NULL, {_claim_columns()})")
    con.execute(
        "CREATE TABLE facts (run_id INTEGER NOT NULL, fact_id VARCHAR, key VARCHAR, "
        "subject VARCHAR, dimension VARCHAR, period VARCHAR, base_unit VARCHAR, "
        "claim_ids VARCHAR, source_ids VARCHAR, n_sources INTEGER, consensus_low DOUBLE, "
        "consensus_high DOUBLE, spread DOUBLE, consistent BOOLEAN)"
    )
    con.execute(
        'CREATE TABLE findings (run_id INTEGER NOT NULL, finding_id VARCHAR NOT NULL, "check" '
        "VARCHAR, severity VARCHAR, message VARCHAR, claim_ids VARCHAR, source_ids VARCHAR, "
        '"table" VARCHAR, "column" VARCHAR, "rows" VARCHAR, expected VARCHAR, observed VARCHAR, '
        "statistic DOUBLE, p_value DOUBLE, details VARCHAR, status VARCHAR, accepted BOOLEAN, "
        "evidence VARCHAR, PRIMARY KEY (run_id, finding_id))"
    )


# MIGRATIONS[n] brings a ledger at version n - 1 to version n (0 is a new, empty file).
MIGRATIONS: dict[int, Callable[[duckdb.DuckDBPyConnection], None]] = {1: _v1}


def version_of(con: duckdb.DuckDBPyConnection) -> int | None:
    """The file's schema version: 0 for an empty file, None when it holds other tables only."""
    tables = {row[0] for row in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    if "meta" not in tables:
        return 0 if not tables else None
    row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else None


def migrate(con: duckdb.DuckDBPyConnection, current: int, target: int = SCHEMA_VERSION) -> None:
    """Apply the migrations after `current` up to `target`, inside the caller's transaction."""
    if current == 0:
        con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)")
        con.execute("INSERT INTO meta VALUES ('schema_version', '0')")
    for version in range(current + 1, target + 1):
        MIGRATIONS[version](con)
        con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(version)])
