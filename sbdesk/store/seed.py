"""Reference data loaded by migrations: SCB's counties and municipalities."""

from __future__ import annotations

import csv
from pathlib import Path

from sqlalchemy import Connection, column, insert, table

from sbdesk.resources import resource_path


def _rows(name: str) -> list[dict[str, str]]:
    path: Path = resource_path("data", name)
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def load_counties() -> list[dict[str, str]]:
    """The 21 counties as {'code', 'name'} dicts."""
    return [{"code": r["lanskod"], "name": r["lan"]} for r in _rows("lan.csv")]


def load_municipalities() -> list[dict[str, str]]:
    """The 290 municipalities as {'code', 'name', 'county_code'} dicts."""
    return [
        {"code": r["kommunkod"], "name": r["kommun"], "county_code": r["lanskod"]}
        for r in _rows("kommuner.csv")
    ]


def seed_geography(conn: Connection) -> None:
    """Insert counties and municipalities (run once, from the first migration)."""
    # Lightweight tables, not the ORM models: this migration must keep working as models evolve.
    county = table("county", column("code"), column("name"))
    municipality = table("municipality", column("code"), column("name"), column("county_code"))
    conn.execute(insert(county), load_counties())
    conn.execute(insert(municipality), load_municipalities())
