"""The state grant year by year (återrapportering): answers, derived marks, freezing and export.

The activity log is in `grant_activities`. Every write is one transaction with one audit event
('grant.<action>', entity 'grant_year' with the year as id); details carry field names and years,
never free text. Amounts are whole
kronor: "822 900", "822 900 kr" and ints are accepted, floats are refused.

Costs above the granted amount are refused with error code COSTS_EXCEED_GRANT until the caller passes
`confirm_over_grant=True` (the UI asks the user first). A frozen year (`freeze_year`) keeps a snapshot
of every figure: `report_figures` then returns the snapshot, edits of the year's answers and activities
are refused (GRANT_YEAR_FROZEN), and only `unfreeze_year` with a reason (audit-logged) opens it again.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sbdesk.domain.grant import (
    FIRST_GRANT_YEAR,
    Activity,
    ActivityArea,
    GrantAssessment,
    GrantSnapshot,
    GrantYear,
    PartnerType,
    WithoutGrant,
)
from sbdesk.domain.validators import format_kronor
from sbdesk.errors import IllegalTransition, ValidationError
from sbdesk.services import forms as f
from sbdesk.services.context import ServiceContext
from sbdesk.services.grant_data import compute_figures
from sbdesk.services.grant_figures import GrantFigures, round_half_up_percent
from sbdesk.services.housing import changed_fields
from sbdesk.services.settings import get_setting

COST_FIELDS = ("cost_salaries_sek", "cost_services_sek", "cost_travel_sek")
EXPORT_FORMATS = ("xlsx", "csv", "pdf")


def codes_parser(enum_cls: type[ActivityArea | PartnerType]) -> f.Parser:
    """A set of enum members given as members or values; returned as values in the form's order."""

    def parse(value: Any, field: str) -> list[str]:
        items = [value] if isinstance(value, str) else list(value)
        try:
            chosen = {enum_cls(v.value if isinstance(v, enum_cls) else v) for v in items}
        except ValueError as exc:
            raise ValidationError(field, "INVALID_CHOICE", "Välj bland alternativen i listan.") from exc
        return [m.value for m in enum_cls if m in chosen]

    return parse


GRANT_YEAR_FIELDS = [
    f.FieldSpec("granted_sek", "Beviljade medel", f.kronor),
    f.FieldSpec("cost_salaries_sek", "Lönekostnader", f.kronor),
    f.FieldSpec("cost_services_sek", "Köpta tjänster, material, hyrd utrustning", f.kronor),
    f.FieldSpec("cost_travel_sek", "Resor, kost och logi", f.kronor),
    f.FieldSpec("unused_time_shortage", "Tidsbrist", f.flag, blank=False),
    f.FieldSpec("unused_staff_shortage", "Personalbrist", f.flag, blank=False),
    f.FieldSpec("unused_other", "Annan orsak", f.flag, blank=False),
    f.FieldSpec("unused_other_text", "Annan orsak, beskrivning", f.long_text),
    f.FieldSpec("strengthened_existing", "Befintligt arbete förstärkt", f.flag),
    f.FieldSpec("started_new", "Nytt arbete startat", f.flag),
    f.FieldSpec("assessment", "Bedömning", f.choice(GrantAssessment)),
    f.FieldSpec("without_grant", "Utan statsbidraget", f.choice(WithoutGrant)),
    f.FieldSpec("documentation", "Dokumentation och spridning", f.long_text),
    f.FieldSpec("disseminated", "Resultaten spridda", f.flag),
]


@dataclass(frozen=True)
class GrantYearRow:
    """One year's grant and answers as the form shows them."""

    year: int
    granted_sek: int | None
    cost_salaries_sek: int | None
    cost_services_sek: int | None
    cost_travel_sek: int | None
    unused_time_shortage: bool
    unused_staff_shortage: bool
    unused_other: bool
    unused_other_text: str | None
    strengthened_existing: bool | None
    started_new: bool | None
    assessment: GrantAssessment | None
    without_grant: WithoutGrant | None
    documentation: str | None
    disseminated: bool | None
    confirmed_areas: tuple[str, ...]
    confirmed_partners: tuple[str, ...]
    frozen_at: datetime | None

    def values(self) -> dict[str, Any]:
        """The editable fields by name (what the form starts from)."""
        return {spec.name: getattr(self, spec.name) for spec in GRANT_YEAR_FIELDS}


def _year_row(g: GrantYear) -> GrantYearRow:
    return GrantYearRow(
        g.year, g.granted_sek, g.cost_salaries_sek, g.cost_services_sek, g.cost_travel_sek, g.unused_time_shortage,
        g.unused_staff_shortage, g.unused_other, g.unused_other_text, g.strengthened_existing, g.started_new,
        g.assessment, g.without_grant, g.documentation, g.disseminated, tuple(g.confirmed_areas or ()),
        tuple(g.confirmed_partners or ()), g.frozen_at)


def frozen_error(year: int) -> IllegalTransition:
    """The refusal for changes to a frozen year (stable error_code GRANT_YEAR_FROZEN)."""
    exc = IllegalTransition(f"Återrapporteringen för {year} är fryst. Lås upp den (med ett skäl) för att ändra.")
    exc.error_code = "GRANT_YEAR_FROZEN"  # type: ignore[attr-defined]
    return exc


def check_year(year: Any, today: date | None = None) -> int:
    """A report year from 2022 (the förordning's first) to next year."""
    today = today or date.today()
    last = today.year + 1
    number = f.integer()(year, "year")
    if not FIRST_GRANT_YEAR <= number <= last:
        raise ValidationError("year", "YEAR_RANGE", f"Ange ett år från {FIRST_GRANT_YEAR} till och med {last}.")
    return number


def over_grant_message(granted: int | None, costs: list[int | None]) -> str | None:
    """The Swedish warning when the costs add up to more than the grant (None when they do not)."""
    total = sum(c or 0 for c in costs)
    if granted is None or total <= granted:
        return None
    return (f"Kostnaderna ({format_kronor(total)}) överstiger beviljade medel ({format_kronor(granted)}) "
            f"med {format_kronor(total - granted)}.")


OTHER_TEXT_MESSAGE = "Beskriv den andra orsaken."


def grant_year_problems(values: dict[str, Any]) -> dict[str, str]:
    """Field → Swedish message for what is wrong in the form's values (for checks as the user types)."""
    data, errors = f.parse_fields(GRANT_YEAR_FIELDS, values, partial=True)
    problems: dict[str, str] = {}
    for err in errors:
        problems.setdefault(err.field, err.message)
    if data.get("unused_other") and not (data.get("unused_other_text") or "").strip():
        problems.setdefault("unused_other_text", OTHER_TEXT_MESSAGE)
    return problems


@dataclass(frozen=True)
class MoneyPreview:
    """Costs, unused money and its share worked out from the form's values as typed."""

    cost_total_sek: int
    unused_sek: int | None
    unused_share_percent: int | None
    warning: str | None


def preview_money(values: dict[str, Any]) -> MoneyPreview:
    """The sums the form shows beside the amounts (amounts that do not parse count as not entered)."""
    amounts: dict[str, int | None] = {}
    for spec in GRANT_YEAR_FIELDS[:4]:
        try:
            amounts[spec.name] = f.clean([spec], {spec.name: values.get(spec.name)})[spec.name]
        except ValidationError:
            amounts[spec.name] = None
    granted = amounts["granted_sek"]
    costs = [amounts[c] for c in COST_FIELDS]
    total = sum(c or 0 for c in costs)
    unused = None if granted is None else max(0, granted - total)
    share = round_half_up_percent(unused, granted) if granted and unused is not None else None
    return MoneyPreview(total, unused, share, over_grant_message(granted, costs))


def load_year(s: Session, year: int) -> GrantYear | None:
    return s.scalar(select(GrantYear).where(GrantYear.year == year))


# -- grant year -----------------------------------------------------------------------------------


def get_grant_year(ctx: ServiceContext, year: int) -> GrantYearRow | None:
    """The registered grant year, or None."""
    with ctx.read() as s:
        g = load_year(s, year)
        return _year_row(g) if g else None


def report_years(ctx: ServiceContext, today: date | None = None) -> list[int]:
    """Years to offer: registered ones, years with activities, this year and last year; newest first."""
    today = today or date.today()
    with ctx.read() as s:
        years = set(s.scalars(select(GrantYear.year)))
        first, last = s.execute(select(func.min(Activity.occurred_on), func.max(Activity.occurred_on))).one()
    if first is not None and last is not None:
        years.update(range(max(first.year, FIRST_GRANT_YEAR), last.year + 1))
    years.update(y for y in (today.year, today.year - 1) if y >= FIRST_GRANT_YEAR)
    return sorted(years, reverse=True)


def save_grant_year(ctx: ServiceContext, year: int, values: dict[str, Any], *, confirm_over_grant: bool = False,
                    today: date | None = None) -> GrantYearRow:
    """Register or change a year's grant and answers (partial values); refuses a frozen year."""
    year = check_year(year, today)
    data, errors = f.parse_fields(GRANT_YEAR_FIELDS, values, partial=True)
    with ctx.write() as s:
        g = load_year(s, year)
        created = g is None
        if g is None:
            g = GrantYear(year=year, unused_time_shortage=False, unused_staff_shortage=False, unused_other=False,
                          confirmed_areas=[], confirmed_partners=[])
            s.add(g)
        elif g.frozen_at is not None:
            raise frozen_error(year)
        changed = changed_fields(g, data)
        if g.unused_other and not (g.unused_other_text or "").strip() and "unused_other_text" not in {
                e.field for e in errors}:
            errors.append(ValidationError("unused_other_text", "REQUIRED", OTHER_TEXT_MESSAGE))
        f.finish(errors)
        warning = over_grant_message(g.granted_sek, [getattr(g, c) for c in COST_FIELDS])
        if warning and not confirm_over_grant:
            raise ValidationError("cost_total", "COSTS_EXCEED_GRANT", warning + " Bekräfta att beloppen stämmer.")
        s.flush()
        if created or changed:
            ctx.audit(s, "grant.create" if created else "grant.update", "grant_year", year,
                      details={"year": year, "fields": changed, "over_grant_confirmed": bool(warning)})
        return _year_row(g)


def confirm_mark(ctx: ServiceContext, year: int, kind: str, code: str, confirmed: bool = True) -> GrantYearRow:
    """Confirm (or take back) a mark the recorded data shows, so the report answers yes for it."""
    enum_cls = {"area": ActivityArea, "partner": PartnerType}.get(kind)
    if enum_cls is None:
        raise ValidationError("kind", "INVALID_CHOICE", "Välj verksamhetsområde eller samverkanspart.")
    value = codes_parser(enum_cls)([code], "code")[0]
    year = check_year(year)
    with ctx.write() as s:
        g = load_year(s, year)
        if g is None:
            g = GrantYear(year=year, unused_time_shortage=False, unused_staff_shortage=False, unused_other=False,
                          confirmed_areas=[], confirmed_partners=[])
            s.add(g)
        elif g.frozen_at is not None:
            raise frozen_error(year)
        column = "confirmed_areas" if kind == "area" else "confirmed_partners"
        current = set(getattr(g, column) or [])
        current = current | {value} if confirmed else current - {value}
        setattr(g, column, [m.value for m in enum_cls if m.value in current])
        s.flush()
        ctx.audit(s, "grant.confirm_mark" if confirmed else "grant.unconfirm_mark", "grant_year", year,
                  details={"year": year, "kind": kind, "code": value})
        return _year_row(g)


# -- figures, freezing and export -----------------------------------------------------------------


def _own_municipality(ctx: ServiceContext) -> str | None:
    return str(get_setting(ctx, "municipality.code") or "") or None


def _snapshot(s: Session, year: int) -> GrantSnapshot | None:
    return s.scalar(select(GrantSnapshot).where(GrantSnapshot.year == year, GrantSnapshot.superseded_at.is_(None))
                    .order_by(GrantSnapshot.id.desc()).limit(1))


def _figures(s: Session, year: int, own: str | None, today: date, *, with_previous: bool) -> GrantFigures:
    g = load_year(s, year)
    if g is not None and g.frozen_at is not None:
        snap = _snapshot(s, year)
        if snap is not None:
            stored = GrantFigures.from_json(snap.figures)
            return stored if with_previous else replace(stored, previous=None)
    figures = compute_figures(s, year, own_municipality=own, today=today)
    if with_previous and load_year(s, year - 1) is not None:
        figures = replace(figures, previous=_figures(s, year - 1, own, today, with_previous=False))
    return figures


def report_figures(ctx: ServiceContext, year: int, *, today: date | None = None) -> GrantFigures:
    """The year's figures: the frozen snapshot when frozen, else computed now (with the previous year)."""
    own = _own_municipality(ctx)
    with ctx.read() as s:
        return _figures(s, year, own, today or date.today(), with_previous=True)


def freeze_year(ctx: ServiceContext, year: int, *, today: date | None = None) -> GrantFigures:
    """Keep every figure as reported; later data changes no longer alter the year's report."""
    today = today or date.today()
    own = _own_municipality(ctx)
    with ctx.write() as s:
        g = load_year(s, year)
        if g is None:
            raise ValidationError("year", "GRANT_YEAR_MISSING",
                                  f"Statsbidraget för {year} är inte registrerat. Fyll i uppgifterna först.")
        if g.frozen_at is not None:
            raise frozen_error(year)
        now = datetime.now(UTC).replace(microsecond=0)
        figures = replace(_figures(s, year, own, today, with_previous=True),
                          frozen_at=now.isoformat(), frozen_by=ctx.actor or "okänd")
        s.add(GrantSnapshot(year=year, frozen_at=now, actor=ctx.actor or "okänd", figures=figures.to_json()))
        g.frozen_at = now
        s.flush()
        ctx.audit(s, "grant.freeze", "grant_year", year,
                  details={"year": year, "missing": [m.code for m in figures.missing]})
        return figures


def unfreeze_year(ctx: ServiceContext, year: int, reason: str) -> GrantYearRow:
    """Open a frozen year again; the reason is required and written to the audit log."""
    data = f.clean([f.FieldSpec("reason", "Skäl", f.long_text, required=True)], {"reason": reason})
    with ctx.write() as s:
        g = load_year(s, year)
        if g is None or g.frozen_at is None:
            exc = IllegalTransition(f"Återrapporteringen för {year} är inte fryst.")
            exc.error_code = "GRANT_YEAR_NOT_FROZEN"  # type: ignore[attr-defined]
            raise exc
        snap = _snapshot(s, year)
        if snap is not None:
            snap.superseded_at = datetime.now(UTC)
            snap.unfreeze_reason = data["reason"]
        g.frozen_at = None
        ctx.audit(s, "grant.unfreeze", "grant_year", year, reason=data["reason"], details={"year": year})
        return _year_row(g)


def export_report(ctx: ServiceContext, year: int, fmt: str, path: Path, *, today: date | None = None) -> Path:
    """Write the year's report as xlsx, csv or pdf (atomically) and log the export."""
    from sbdesk.exports.grant_report import write_report

    if fmt not in EXPORT_FORMATS:
        raise ValidationError("format", "INVALID_CHOICE", "Välj format: xlsx, csv eller pdf.")
    year = check_year(year, today)
    figures = report_figures(ctx, year, today=today)
    municipality = str(get_setting(ctx, "municipality.official_name") or "")
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".sbdesk-", suffix=f".{fmt}", dir=path.parent)
    os.close(fd)
    try:
        write_report(figures, fmt, Path(tmp), municipality=municipality)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    ctx.audit_standalone("grant.export", "grant_year", year,
                         details={"year": year, "format": fmt, "frozen": figures.frozen})
    return path
