"""Reciprocity (ömsesidighet) in the housing rings: per partner municipality and per ring, for one year.

Each figure counts what happened in the year, by the date of the step:
* sent / received — outgoing / incoming requests with sent_on (received) in the year;
* accepted by partner / by us — outgoing / incoming requests answered in the year and not declined
  (a request withdrawn after an accept still counts as accepted);
* households placed with the partner / with us — outgoing / incoming requests moved (verkställd)
  in the year;
* commitments — the partner's yearly quota (for a ring: the other members' quotas together) and ours,
  summed over memberships valid at some time in the year; None when none is recorded;
* medians — days from sent to answer, and from sent to moved, over the requests answered / moved in
  the year, each direction apart; None for an empty set (blank in exports).

No personal data: figures only. Exports are audit-logged when given the context.
"""

from __future__ import annotations

import csv
import io
import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select

from sbdesk.domain.geography import Municipality
from sbdesk.domain.rings import HousingRing, Request, RequestDirection, RequestStatus, RingMembership
from sbdesk.domain.text import swedish_sort_key
from sbdesk.exports.cells import csv_safe, xlsx_text
from sbdesk.services.context import ServiceContext
from sbdesk.services.settings import get_setting
from sbdesk.store.atomic import atomic_write_bytes

KIND_LABELS = {"partner": "Kommun", "ring": "Bostadsring", "total": "Totalt"}
NO_RING = "Utan bostadsring"
AUDIT_ACTIONS = {"reciprocity.export": "Exporterade ömsesidighet"}


@dataclass(frozen=True)
class ReciprocityRow:
    """The figures for one partner municipality, one ring, or all requests, in one year."""

    kind: str  # 'partner' | 'ring' | 'total'
    name: str
    year: int
    municipality_code: str | None
    ring_id: int | None
    sent: int
    received: int
    accepted_by_partner: int
    accepted_by_us: int
    placed_with_partner: int
    placed_with_us: int
    partner_quota: int | None
    own_quota: int | None
    median_answer_days_outgoing: float | None
    median_answer_days_incoming: float | None
    median_moved_days_outgoing: float | None
    median_moved_days_incoming: float | None

    @property
    def kind_label(self) -> str:
        """'Kommun', 'Bostadsring' or 'Totalt'."""
        return KIND_LABELS[self.kind]


@dataclass(frozen=True)
class ReciprocityReport:
    """Every row of one year: partners (by name), rings (by name, 'Utan bostadsring' last) and the total."""

    year: int
    partners: list[ReciprocityRow]
    rings: list[ReciprocityRow]
    total: ReciprocityRow

    @property
    def rows(self) -> list[ReciprocityRow]:
        """Partners, rings, then the total (the order of the table and the exports)."""
        return [*self.partners, *self.rings, self.total]


@dataclass(frozen=True)
class _Req:
    direction: RequestDirection
    status: RequestStatus
    counterpart: str
    ring_id: int | None
    sent_on: date | None
    answered_on: date | None
    moved_on: date | None


def _in(day: date | None, year: int) -> bool:
    return day is not None and day.year == year


def _median(values: list[int]) -> float | None:
    return float(statistics.median(values)) if values else None


def _quota(values: list[int | None]) -> int | None:
    known = [v for v in values if v is not None]
    return sum(known) if known else None


def _figures(kind: str, name: str, year: int, reqs: list[_Req], *, code: str | None = None,
             ring_id: int | None = None, partner_quota: int | None = None,
             own_quota: int | None = None) -> ReciprocityRow:
    out = [r for r in reqs if r.direction is RequestDirection.OUTGOING]
    inc = [r for r in reqs if r.direction is RequestDirection.INCOMING]

    def accepted(rs: list[_Req]) -> list[_Req]:
        return [r for r in rs if _in(r.answered_on, year) and r.status is not RequestStatus.DECLINED]

    def answer_days(rs: list[_Req]) -> float | None:
        return _median([(r.answered_on - r.sent_on).days for r in rs
                        if _in(r.answered_on, year) and r.sent_on and r.answered_on])

    def moved_days(rs: list[_Req]) -> float | None:
        return _median([(r.moved_on - r.sent_on).days for r in rs if _in(r.moved_on, year) and r.sent_on and r.moved_on])

    return ReciprocityRow(
        kind, name, year, code, ring_id,
        sum(_in(r.sent_on, year) for r in out), sum(_in(r.sent_on, year) for r in inc),
        len(accepted(out)), len(accepted(inc)),
        sum(_in(r.moved_on, year) for r in out), sum(_in(r.moved_on, year) for r in inc),
        partner_quota, own_quota, answer_days(out), answer_days(inc), moved_days(out), moved_days(inc),
    )


def reciprocity(ctx: ServiceContext, year: int) -> ReciprocityReport:
    """The year's figures per partner municipality, per ring and in total."""
    own = str(get_setting(ctx, "municipality.code") or "")
    first, last = date(year, 1, 1), date(year, 12, 31)
    with ctx.read() as s:
        reqs = [_Req(*r) for r in s.execute(
            select(Request.direction, Request.status, Request.counterpart_municipality_code, Request.ring_id,
                   Request.sent_on, Request.answered_on, Request.moved_on)
            .where(or_(*(c.between(first, last) for c in (Request.sent_on, Request.answered_on, Request.moved_on)))))]
        members = s.execute(
            select(RingMembership.ring_id, RingMembership.municipality_code, RingMembership.yearly_quota)
            .join(HousingRing, RingMembership.ring_id == HousingRing.id)
            .where(HousingRing.archived_at.is_(None),
                   or_(RingMembership.joined_on.is_(None), RingMembership.joined_on <= last),
                   or_(RingMembership.left_on.is_(None), RingMembership.left_on > first))).all()
        rings = {rid: (name, archived is None) for rid, name, archived in s.execute(
            select(HousingRing.id, HousingRing.name, HousingRing.archived_at))}
        names = dict(s.execute(select(Municipality.code, Municipality.name)).all())
    partner_codes = {r.counterpart for r in reqs} | {m.municipality_code for m in members}
    partner_codes.discard(own)
    partners = [
        _figures("partner", names.get(code, code), year, [r for r in reqs if r.counterpart == code], code=code,
                 partner_quota=_quota([m.yearly_quota for m in members if m.municipality_code == code]))
        for code in partner_codes
    ]
    partners.sort(key=lambda row: swedish_sort_key(row.name))
    ring_ids = {rid for rid, (_, live) in rings.items() if live} | {r.ring_id for r in reqs if r.ring_id is not None}
    ring_rows = []
    for rid in ring_ids:
        in_ring = [m for m in members if m.ring_id == rid]
        ring_rows.append(_figures(
            "ring", rings[rid][0], year, [r for r in reqs if r.ring_id == rid], ring_id=rid,
            partner_quota=_quota([m.yearly_quota for m in in_ring if m.municipality_code != own]),
            own_quota=_quota([m.yearly_quota for m in in_ring if m.municipality_code == own])))
    ring_rows.sort(key=lambda row: swedish_sort_key(row.name))
    without = [r for r in reqs if r.ring_id is None]
    if without:
        ring_rows.append(_figures("ring", NO_RING, year, without))
    total = _figures("total", "Totalt", year, reqs,
                     own_quota=_quota([m.yearly_quota for m in members if m.municipality_code == own]))
    return ReciprocityReport(year, partners, ring_rows, total)


def request_years(ctx: ServiceContext, today: date | None = None) -> list[int]:
    """Years with a sent request, newest first (always including the current year), for a year picker."""
    today = today or date.today()
    with ctx.read() as s:
        days = s.scalars(select(Request.sent_on).where(Request.sent_on.is_not(None)).distinct())
        years = {d.year for d in days} | {today.year}
    return sorted(years, reverse=True)


EXPORT_COLUMNS: list[tuple[str, str]] = [
    ("kind_label", "Typ"), ("name", "Kommun eller ring"), ("municipality_code", "Kommunkod"), ("year", "År"),
    ("sent", "Skickade förfrågningar"), ("received", "Mottagna förfrågningar"),
    ("accepted_by_partner", "Accepterade av motparten"), ("accepted_by_us", "Accepterade av oss"),
    ("placed_with_partner", "Hushåll flyttade till motparten"), ("placed_with_us", "Hushåll flyttade till oss"),
    ("partner_quota", "Motpartens åtagande (hushåll per år)"), ("own_quota", "Vårt åtagande (hushåll per år)"),
    ("median_answer_days_outgoing", "Median dagar till svar (utgående)"),
    ("median_answer_days_incoming", "Median dagar till svar (inkommande)"),
    ("median_moved_days_outgoing", "Median dagar till flytt (utgående)"),
    ("median_moved_days_incoming", "Median dagar till flytt (inkommande)"),
]


def _cell(value: Any) -> Any:
    """A number as a number (whole medians as int), None as blank."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _csv_text(value: Any) -> str:
    value = _cell(value)
    if value is None:
        return ""
    return str(value).replace(".", ",") if isinstance(value, float) else str(csv_safe(value))


def _log(ctx: ServiceContext | None, fmt: str, rows: list[ReciprocityRow]) -> None:
    if ctx is not None:
        ctx.audit_standalone("reciprocity.export", details={"format": fmt, "rows": len(rows),
                                                            "years": sorted({r.year for r in rows})})


def export_csv(rows: Iterable[ReciprocityRow], path: Path, *, ctx: ServiceContext | None = None) -> int:
    """Write rows as CSV for Excel: semicolons, UTF-8 with BOM, Swedish headers, decimal comma; blank for None."""
    rows = list(rows)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([header for _, header in EXPORT_COLUMNS])
    for row in rows:
        writer.writerow([_csv_text(getattr(row, attr)) for attr, _ in EXPORT_COLUMNS])
    atomic_write_bytes(Path(path), ("\ufeff" + buffer.getvalue()).encode("utf-8"), mode=0o644)
    _log(ctx, "csv", rows)
    return len(rows)


def export_xlsx(rows: Iterable[ReciprocityRow], path: Path, *, ctx: ServiceContext | None = None,
                sheet_title: str = "Ömsesidighet") -> int:
    """Write rows as an XLSX sheet: Swedish headers in bold, numbers as numbers, blank cells for None."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    rows = list(rows)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = sheet_title[:31]
    sheet.append([header for _, header in EXPORT_COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([_cell(getattr(row, attr)) for attr, _ in EXPORT_COLUMNS])
        for cell in sheet[sheet.max_row]:
            xlsx_text(cell)  # a ring's name is typed by a user: never a formula
    sheet.freeze_panes = "C2"
    for index, (_, header) in enumerate(EXPORT_COLUMNS, start=1):
        sheet.column_dimensions[sheet.cell(1, index).column_letter].width = max(10, min(40, len(header) + 2))
    book.properties.creator = "sbdesk"
    buffer = io.BytesIO()
    book.save(buffer)
    atomic_write_bytes(Path(path), buffer.getvalue(), mode=0o644)
    _log(ctx, "xlsx", rows)
    return len(rows)
