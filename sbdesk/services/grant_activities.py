"""Activities recorded against the state grant: date, what was done, areas, partners, hours or cost.

An activity belongs to the year of its date. Each write is one transaction with one audit event
('grant.activity_<action>', entity 'grant_activity'; details carry the year and field names, never the
description). Activities of a frozen year cannot be added, changed or archived (GRANT_YEAR_FROZEN).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sbdesk.domain.grant import Activity, ActivityArea, PartnerType
from sbdesk.domain.validators import parse_date
from sbdesk.errors import NotFound
from sbdesk.services import forms as f
from sbdesk.services.context import ServiceContext
from sbdesk.services.grant import codes_parser as _codes
from sbdesk.services.grant import frozen_error, load_year
from sbdesk.services.grant_data import year_bounds
from sbdesk.services.housing import changed_fields


def activity_fields(today: date | None = None) -> list[f.FieldSpec]:
    """The activity form's fields (the date may not lie after today)."""
    today = today or date.today()
    return [
        f.FieldSpec("occurred_on", "Datum", lambda v, field: parse_date(v, field=field, max_date=today), required=True),
        f.FieldSpec("description", "Beskrivning", f.text(500), required=True),
        f.FieldSpec("areas", "Verksamhetsområden", _codes(ActivityArea), blank=[]),
        f.FieldSpec("partners", "Samverkanspartner", _codes(PartnerType), blank=[]),
        f.FieldSpec("hours", "Timmar", f.integer(0, 10_000)),
        f.FieldSpec("cost_sek", "Kostnad", f.kronor),
    ]


@dataclass(frozen=True)
class ActivityRow:
    """One recorded activity."""

    id: int
    occurred_on: date
    description: str
    areas: tuple[ActivityArea, ...]
    partners: tuple[PartnerType, ...]
    hours: int | None
    cost_sek: int | None
    archived: bool


def _activity_row(a: Activity) -> ActivityRow:
    return ActivityRow(a.id, a.occurred_on, a.description, tuple(ActivityArea(v) for v in a.areas),
                       tuple(PartnerType(v) for v in a.partners), a.hours, a.cost_sek, a.archived)


def _refuse_if_frozen(s: Session, *days: date) -> None:
    for day in days:
        g = load_year(s, day.year)
        if g is not None and g.frozen_at is not None:
            raise frozen_error(day.year)


def create_activity(ctx: ServiceContext, values: dict[str, Any], *, today: date | None = None) -> ActivityRow:
    """Record an activity (audit 'grant.activity_create')."""
    data = f.clean(activity_fields(today), values)
    with ctx.write() as s:
        _refuse_if_frozen(s, data["occurred_on"])
        activity = Activity(**data)
        s.add(activity)
        s.flush()
        ctx.audit(s, "grant.activity_create", "grant_activity", activity.id,
                  details={"year": activity.occurred_on.year})
        return _activity_row(activity)


def update_activity(ctx: ServiceContext, activity_id: int, values: dict[str, Any], *,
                    today: date | None = None) -> ActivityRow:
    """Change an activity (partial values); neither its old nor its new year may be frozen."""
    data = f.clean(activity_fields(today), values, partial=True)
    with ctx.write() as s:
        activity = s.get(Activity, activity_id)
        if activity is None:
            raise NotFound()
        _refuse_if_frozen(s, activity.occurred_on, data.get("occurred_on", activity.occurred_on))
        changed = changed_fields(activity, data)
        if changed:
            ctx.audit(s, "grant.activity_update", "grant_activity", activity.id,
                      details={"year": activity.occurred_on.year, "fields": changed})
        return _activity_row(activity)


def set_activity_archived(ctx: ServiceContext, activity_id: int, archived: bool = True) -> ActivityRow:
    """Archive an activity (it no longer counts) or bring it back."""
    with ctx.write() as s:
        activity = s.get(Activity, activity_id)
        if activity is None:
            raise NotFound()
        _refuse_if_frozen(s, activity.occurred_on)
        activity.archived_at = datetime.now(UTC) if archived else None
        ctx.audit(s, "grant.activity_archive" if archived else "grant.activity_restore", "grant_activity",
                  activity.id, details={"year": activity.occurred_on.year})
        return _activity_row(activity)


def list_activities(ctx: ServiceContext, year: int, *, include_archived: bool = False) -> list[ActivityRow]:
    """A year's activities, oldest first."""
    first, last = year_bounds(year)
    stmt = select(Activity).where(Activity.occurred_on >= first, Activity.occurred_on <= last)
    if not include_archived:
        stmt = stmt.where(Activity.archived_at.is_(None))
    with ctx.read() as s:
        return [_activity_row(a) for a in s.scalars(stmt.order_by(Activity.occurred_on, Activity.id))]
