"""Option lists for drop-downs and filters, read through services (cached per page build)."""

from __future__ import annotations

from typing import Any

from sbdesk.services.context import ServiceContext
from sbdesk.services.geography import list_municipalities
from sbdesk.services.housing import list_agreements, list_landlords
from sbdesk.services.listing import MAX_PAGE, ListQuery


def municipality_options(ctx: ServiceContext) -> list[tuple[str, Any]]:
    """(name, code) for all 290 municipalities in Swedish order."""
    return [(m.name, m.code) for m in list_municipalities(ctx)]


def landlord_options(ctx: ServiceContext) -> list[tuple[str, Any]]:
    """(name, id) of landlords that are not archived."""
    rows: list[tuple[str, Any]] = []
    offset = 0
    while True:
        page = list_landlords(ctx, ListQuery(sort="name", offset=offset, limit=MAX_PAGE))
        rows += [(r.name, r.id) for r in page.rows]
        offset += len(page.rows)
        if not page.rows or offset >= page.total:
            return rows


def agreement_options(ctx: ServiceContext, landlord_id: int | None = None) -> list[tuple[str, Any]]:
    """('Landlord – title', id) of agreements that are not archived (optionally for one landlord)."""
    filters = {"landlord_id": landlord_id} if landlord_id is not None else {}
    page = list_agreements(ctx, ListQuery(sort="landlord_name", filters=filters, limit=MAX_PAGE))
    return [(f"{r.landlord_name} – {r.title}", r.id) for r in page.rows]
