"""The ledger: memory across runs, status, schema versions, damaged files, kills and concurrency."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

import figcheck
from figcheck import ledger, ledger_schema
from figcheck.ledger import LedgerError, opened
from figcheck.ledger_query import diff, runs

JAN = "Air defences shot down 42 of the 116 drones launched overnight on 15 March 2025.\n"
FEB = "Overnight on 15 March 2025, air defences shot down 60 of the 116 drones launched.\n"
MANIFEST = (
    "file,outlet,published,url,standing\n"
    "jan.md,Danube Wire,2025-03-15,,high\nfeb.md,Kyiv Post,2025-03-16,,high\n"
)


def folder_with(tmp_path: Path, **files: str) -> Path:
    data = tmp_path / "data"
    data.mkdir(exist_ok=True)
    for old in data.glob("*.md"):
        old.unlink()
    for name, text in files.items():
        (data / f"{name}.md").write_text(text, encoding="utf-8")
    return data


def test_a_second_run_over_new_data_conflicts_with_the_first_runs_facts(tmp_path: Path):
    data = folder_with(tmp_path, jan=JAN)
    path = tmp_path / "ledger.duckdb"
    first = figcheck.audit(data, ledger=path)
    assert first.run_id == 1 and first.previous_run is None and first.findings.empty
    data = folder_with(tmp_path, feb=FEB)  # last month's article is gone from the folder
    assert figcheck.audit(data).findings.empty  # the pure API sees no conflict
    second = figcheck.audit(data, ledger=path)
    (row,) = second.findings.to_dict("records")
    assert row["check"] == "cross_source_conflict" and row["status"] == "new"
    assert row["source_ids"] == ["jan.md", "feb.md"]
    assert row["details"]["from_ledger"] == [{"source_id": "jan.md", "run_id": 1}]
    assert row["message"].endswith("(earlier source: jan.md as read in ledger run 1)")
    assert second.recalled == {"jan.md": 1}
    assert list(second.claims["source_id"].unique()) == ["feb.md"]  # only this run's claims


def test_recalled_sources_keep_their_outlet_and_standing(tmp_path: Path):
    data = folder_with(tmp_path, jan=JAN)
    (data / "sources.csv").write_text(MANIFEST, encoding="utf-8")
    path = tmp_path / "ledger.duckdb"
    figcheck.audit(data, ledger=path)
    data = folder_with(tmp_path, feb=FEB)
    result = figcheck.audit(data, ledger=path, checks=["cross_source_conflict"])
    conflicts = result.findings[result.findings["check"] == "cross_source_conflict"]
    (row,) = conflicts.to_dict("records")
    assert row["message"].startswith("drones shot down (2025-03): Danube Wire says 42; Kyiv Post")
    assert [i["standing"] for i in row["details"]["intervals"]] == ["high", "high"]


def test_findings_among_earlier_sources_only_are_not_repeated(tmp_path: Path):
    data = folder_with(tmp_path, jan=JAN, feb=FEB)
    path = tmp_path / "ledger.duckdb"
    assert len(figcheck.audit(data, ledger=path).findings) == 1
    data = folder_with(tmp_path, other="The port handled 12 ships in 2024.\n")
    result = figcheck.audit(data, ledger=path)
    assert result.findings.empty and result.recalled == {"feb.md": 1, "jan.md": 1}


def test_a_renamed_source_is_not_recalled_twice(tmp_path: Path):
    data = folder_with(tmp_path, jan=JAN)
    path = tmp_path / "ledger.duckdb"
    figcheck.audit(data, ledger=path)
    data = folder_with(tmp_path, january=JAN)
    assert figcheck.audit(data, ledger=path).recalled == {}


def test_status_is_persisting_on_the_second_run_and_diff_sorts_findings(tmp_path: Path):
    data = folder_with(tmp_path, jan=JAN, feb=FEB)
    path = tmp_path / "ledger.duckdb"
    figcheck.audit(data, ledger=path)
    second = figcheck.audit(data, ledger=path)
    assert list(second.findings["status"]) == ["persisting"] and second.previous_run == 1
    (data / "feb.md").write_text(FEB.replace("60", "42"), encoding="utf-8")  # now they agree
    figcheck.audit(data, ledger=path)
    parts = diff(path, 2, 3)
    assert [len(parts[k]) for k in ("new", "fixed", "open")] == [0, 1, 0]
    history = runs(path)
    assert list(history["run_id"]) == [1, 2, 3] and list(history["n_findings"]) == [1, 1, 0]


def test_every_run_stores_sources_claims_facts_and_findings(tmp_path: Path):
    data = folder_with(tmp_path, jan=JAN, feb=FEB)
    path = tmp_path / "ledger.duckdb"
    result = figcheck.audit(data, ledger=path)
    with opened(path) as con:
        counts = {
            t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("runs", "sources", "claims", "facts", "findings")
        }
        run = con.execute("SELECT figcheck_version, folder, config_hash FROM runs").fetchone()
        hashes = con.execute("SELECT source_id, content_hash FROM sources ORDER BY 1").fetchall()
        details = con.execute("SELECT details FROM findings").fetchone()[0]
    assert counts == {"runs": 1, "sources": 2, "claims": len(result.claims),
                      "facts": len(result.facts), "findings": 1}  # fmt: skip
    assert run[0] == figcheck.__version__ and run[1] == data.as_posix() and len(run[2]) == 12
    assert hashes[0][0] == "feb.md" and hashes[0][1] == ledger.content_hash(data / "feb.md")
    assert json.loads(details)["key"] == "drone|shot down | count | 2025-03"


def test_a_newer_ledger_is_refused_with_the_fix(tmp_path: Path):
    path = tmp_path / "ledger.duckdb"
    with opened(path) as con:
        con.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(LedgerError) as info:
        figcheck.audit(folder_with(tmp_path, jan=JAN), ledger=path)
    assert str(info.value) == (
        f"{path}: written by a newer figcheck (ledger schema 99, this figcheck reads up to "
        f"{ledger_schema.SCHEMA_VERSION}); upgrade figcheck or give another --ledger path"
    )


def test_a_damaged_ledger_names_the_file_and_the_fix(tmp_path: Path):
    path = tmp_path / "ledger.duckdb"
    path.write_bytes(b"not a database" * 500)
    with pytest.raises(LedgerError) as info:
        figcheck.audit(folder_with(tmp_path, jan=JAN), ledger=path)
    message = str(info.value)
    assert message.startswith(f"{path}: not a readable figcheck ledger (")
    assert message.endswith(
        "); move the file aside to start a new ledger (its history is then lost) "
        "or restore it from a backup"
    )


def test_a_database_that_is_not_a_ledger_is_refused(tmp_path: Path):
    path = tmp_path / "other.duckdb"
    duckdb.connect(str(path)).execute("CREATE TABLE t (x INTEGER)").close()
    with pytest.raises(LedgerError, match="not a figcheck ledger \\(it holds other tables\\)"):
        with opened(path):
            pass


def test_migrations_run_in_order_up_to_the_current_version(tmp_path, monkeypatch):
    path = tmp_path / "ledger.duckdb"
    with opened(path) as con:
        assert ledger_schema.version_of(con) == 1

    def v2(con):
        con.execute("ALTER TABLE runs ADD COLUMN note VARCHAR")

    monkeypatch.setattr(ledger_schema, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(ledger_schema.MIGRATIONS, 2, v2)
    monkeypatch.setattr(ledger_schema.migrate, "__defaults__", (2,))
    with opened(path) as con:
        assert ledger_schema.version_of(con) == 2
        assert "note" in [r[0] for r in con.execute("DESCRIBE runs").fetchall()]


def _cli(data: Path, path: Path, *extra: str, pause: float | None = None) -> subprocess.Popen:
    env = {**os.environ, "FIGCHECK_LEDGER": str(path)}
    if pause is not None:
        env[ledger.PAUSE_ENV] = str(pause)
    args = [sys.executable, "-m", "figcheck.cli", "check", str(data), "-q", *extra]
    return subprocess.Popen(
        args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def _wait_for(marker: Path, proc: subprocess.Popen, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not marker.exists():
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the writer never reached its transaction"
        time.sleep(0.05)


def test_a_run_killed_mid_write_leaves_the_ledger_as_it_was(tmp_path: Path):
    data = folder_with(tmp_path, jan=JAN, feb=FEB)
    path = tmp_path / "ledger.duckdb"
    figcheck.audit(data, ledger=path)
    writer = _cli(data, path, pause=60)
    _wait_for(Path(f"{path}.paused"), writer)
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    history = runs(path)
    assert list(history["run_id"]) == [1]
    with opened(path) as con:
        assert con.execute("SELECT count(DISTINCT run_id) FROM claims").fetchone()[0] == 1
    assert figcheck.audit(data, ledger=path).run_id == 2  # and it takes the next run


def test_two_runs_at_once_one_waits_and_one_gives_up_with_a_clear_message(tmp_path: Path):
    data = folder_with(tmp_path, jan=JAN)
    path = tmp_path / "ledger.duckdb"
    figcheck.audit(data, ledger=path)
    first = _cli(data, path, pause=2.5)  # another process, holding the ledger mid-write
    _wait_for(Path(f"{path}.paused"), first)
    with pytest.raises(LedgerError) as info:
        figcheck.audit(data, ledger=path, lock_timeout=0.2)
    assert first.poll() is None, "the first run ended before the test could overlap it"
    assert str(info.value).startswith(
        f"{path}: the ledger is in use by another figcheck run (process {first.pid}); "
        "waited 0.2 s. Let that run finish, raise the wait with --lock-timeout or "
        "FIGCHECK_LOCK_TIMEOUT, or give this run its own --ledger"
    )
    assert figcheck.audit(data, ledger=path, lock_timeout=30).run_id == 3  # waited its turn
    _, err = first.communicate(timeout=60)
    assert first.returncode == 0, err
    assert list(runs(path)["run_id"]) == [1, 2, 3]


def test_ledger_problems_are_input_errors_in_the_cli(tmp_path: Path):
    from typer.testing import CliRunner

    from figcheck.cli import app

    path = tmp_path / "ledger.duckdb"
    path.write_bytes(b"garbage" * 1000)
    data = folder_with(tmp_path, jan=JAN)
    res = CliRunner().invoke(app, ["check", str(data), "--ledger", str(path)])
    assert res.exit_code == 2
    assert res.stderr.startswith(f"figcheck: error: {path}: not a readable figcheck ledger")
