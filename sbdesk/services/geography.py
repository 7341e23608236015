"""Counties and municipalities for pickers and lookups."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from sbdesk.domain.geography import County, Municipality
from sbdesk.domain.text import swedish_sort_key
from sbdesk.services.context import ServiceContext


@dataclass(frozen=True)
class MunicipalityRow:
    """A municipality as pickers show it."""

    code: str
    name: str
    county_code: str
    county_name: str


def list_municipalities(ctx: ServiceContext) -> list[MunicipalityRow]:
    """All 290 municipalities in Swedish alphabetical order."""
    with ctx.read() as s:
        rows = s.execute(
            select(Municipality.code, Municipality.name, County.code, County.name)
            .join(County)
            .order_by(Municipality.name)
        ).all()
    return sorted((MunicipalityRow(*r) for r in rows), key=lambda r: swedish_sort_key(r.name))


def find_municipality(ctx: ServiceContext, text: str) -> MunicipalityRow | None:
    """Look up by four-digit code or name, ignoring case ('västerås', '1980', 'Västerås kommun')."""
    wanted = text.strip().casefold().removesuffix(" kommun").removesuffix(" stad")
    for row in list_municipalities(ctx):
        if wanted in (row.code, row.name.casefold()):
            return row
    return None


def count_geography(ctx: ServiceContext) -> tuple[int, int]:
    """(municipalities, counties) in the database."""
    with ctx.read() as s:
        return (
            s.scalar(select(func.count()).select_from(Municipality)) or 0,
            s.scalar(select(func.count()).select_from(County)) or 0,
        )
