"""Exchange rates for money conversion: annual averages, widened by a tolerance for the year."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DEFAULT_FILE = Path(__file__).with_name("resources") / "fx_annual.csv"
DEFAULT_TOLERANCE = 0.05


@dataclass(frozen=True)
class Rates:
    """USD per unit of a currency by year; `tolerance` widens every conversion (rates move)."""

    usd_per_unit: dict[tuple[str, int], float] = field(default_factory=dict)
    tolerance: float = DEFAULT_TOLERANCE
    source: str = "none"

    def usd_per(self, currency: str, year: int | None) -> float | None:
        """USD per one unit of `currency` in `year`; 1 for USD; None when unknown."""
        if currency == "USD":
            return 1.0
        if year is None:
            return None
        return self.usd_per_unit.get((currency, year))

    def convert(
        self, low: float, high: float, currency: str, to: str, year: int | None
    ) -> tuple[float, float, float] | None:
        """(low, high, central rate) of an amount converted from `currency` to `to`, widened by
        the tolerance unless one side is USD-to-USD; None when a rate is missing."""
        a, b = self.usd_per(currency, year), self.usd_per(to, year)
        if a is None or b is None:
            return None
        rate = a / b
        if currency == to:
            return low, high, 1.0
        return low * rate * (1 - self.tolerance), high * rate * (1 + self.tolerance), rate


def load_rates(path: Path, tolerance: float = DEFAULT_TOLERANCE) -> Rates:
    """Read a rates CSV (columns currency, year, usd_per_unit); errors name the file and line."""
    table: dict[tuple[str, int], float] = {}
    with path.open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        missing = {"currency", "year", "usd_per_unit"} - set(reader.fieldnames or [])
        if missing:
            raise ValueError(
                f"{path}: missing column(s) {', '.join(sorted(missing))}; "
                "the columns are currency, year, usd_per_unit"
            )
        for line, row in enumerate(reader, start=2):
            try:
                table[(row["currency"].strip().upper(), int(row["year"]))] = float(
                    row["usd_per_unit"]
                )
            except (TypeError, ValueError):
                raise ValueError(
                    f"{path} line {line}: year must be a whole number and usd_per_unit a number"
                ) from None
    return Rates(table, tolerance, path.name)


@lru_cache(maxsize=1)
def default_rates() -> Rates:
    """The bundled ECB annual averages (see figcheck/resources/README.md)."""
    return load_rates(DEFAULT_FILE)
