"""Time the forensic table checks on real data and print the timings (and, optionally, results).

python bench/forensics_speed.py             # every bound check on 2011 and 2024, the mortality file
python bench/forensics_speed.py --results   # also all six election years and excess periods
"""

from __future__ import annotations

import argparse
import os
import platform
import time
from pathlib import Path

from figcheck import config
from figcheck.checks import REGISTRY, CheckContext
from figcheck.checks import excess_deaths as ed
from figcheck.ingest import read_table
from figcheck.schemas import empty_claims

ROOT = Path(__file__).resolve().parent.parent
ELECTIONS, MORTALITY = ROOT / "data" / "elections", ROOT / "data" / "mortality"
PERIODS = ("2020", "2021", "2022", "2023", "2020-01/2021-12")
MONTHS = {"year": "year", "month": "time", "deaths": "deaths"}


def timed(fn, *args, **kwargs):
    start = time.perf_counter()
    out = fn(*args, **kwargs)
    return out, time.perf_counter() - start


def check_times(folder: Path, only: tuple[str, ...] | None = None) -> list[tuple]:
    """(table, check, rows, read s, check s, findings) for the tables bound in folder's config."""
    rows = []
    for rel, binding in config.load(folder).items():
        if only is not None and rel not in only:
            continue
        table, read_s = timed(read_table, folder / rel, rel, {"binding": binding})
        for name in binding["checks"]:
            ctx = CheckContext(claims=empty_claims(), documents=[], tables=[table])
            findings, secs = timed(REGISTRY[name].run, ctx)
            rows.append((rel, name, len(table.frame), read_s, secs, findings))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--results", action="store_true", help="all six years, with results")
    args = parser.parse_args()
    cpu = platform.processor() or platform.machine()
    print(f"machine: {cpu}, {os.cpu_count()} cores, Python {platform.python_version()}")
    elections = check_times(ELECTIONS, None if args.results else ("2011.csv.gz", "2024.csv.gz"))
    print(f"\n{'table':<26}{'check':<24}{'rows':>8}{'read s':>8}{'check s':>9}")
    for table, name, n, read_s, secs, _ in elections + check_times(MORTALITY):
        print(f"{table:<26}{name:<24}{n:>8,}{read_s:>8.2f}{secs:>9.2f}")
    if args.results:
        print_results([row for row in elections if row[1] == "integer_percent_peaks"])
        print_others([row for row in elections if row[1] != "integer_percent_peaks"])


def print_results(elections: list[tuple]) -> None:
    """Every election year's integer-percent result and the excess deaths per period."""
    head = ("table", "stations", "observed", "null mean", "null SD", "excess", "z")
    print("\n" + "".join(f"{h:>11}" for h in head))
    for table, *_, findings in elections:
        d = findings[0].details
        cells = (d["stations"], d["observed"], d["null_mean"], d["null_sd"], d["excess"], d["z"])
        print(f"{table:>11}" + "".join(f"{c:>11,.1f}" for c in cells))
    print(f"\n{'vintage':<10}{'period':<18}{'excess':>11}{'SD':>9}{'ratio to 57,555':>17}")
    vintages = (
        ("elife2021", "russia_monthly_wmd_elife2021_frozen.csv", ("2020",)),
        ("current", "russia_monthly_wmd.csv", PERIODS),
    )
    for vintage, name, periods in vintages:
        table = read_table(MORTALITY / name, name, {})
        for period in periods:
            e = ed.excess_deaths(table, MONTHS, period)
            ratio = e.excess / 57555
            print(f"{vintage:<10}{period:<18}{e.excess:>11,.0f}{e.sd:>9,.0f}{ratio:>17.2f}")


def print_others(rows: list[tuple]) -> None:
    """Severity, statistic, z and p of the other checks on every election year."""
    print(f"\n{'table':<14}{'check':<24}{'severity':<10}{'statistic':>11}{'z':>8}{'p':>11}")
    for table, name, *_, findings in rows:
        f = findings[0]
        stat, z = f.statistic or 0.0, f.details.get("z", 0.0)
        print(f"{table:<14}{name:<24}{f.severity:<10}{stat:>11,.1f}{z:>8.2f}{f.p_value:>11.2g}")


if __name__ == "__main__":
    main()
