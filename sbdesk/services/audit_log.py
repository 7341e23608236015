"""The audit log as the monthly log review (loggkontroll) reads it: filter, page, export CSV/PDF."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import String, cast, select

from sbdesk.domain.audit import AuditEvent
from sbdesk.domain.cases import Case
from sbdesk.services.context import ServiceContext
from sbdesk.services.exchange import AUDIT_ACTIONS as _EXCHANGE_ACTIONS
from sbdesk.services.listing import ListQuery, Page, run_page
from sbdesk.services.reciprocity import AUDIT_ACTIONS as _RECIPROCITY_ACTIONS
from sbdesk.services.requests import AUDIT_ACTIONS as _REQUEST_ACTIONS
from sbdesk.services.rings import AUDIT_ACTIONS as _RING_ACTIONS

ACTION_LABELS = {
    "case.open": "Öppnade ärende", "case.create": "Skapade ärende", "case.update": "Ändrade ärende",
    "case.archive": "Arkiverade ärende", "case.restore": "Återtog ärende", "case.member_add": "Lade till person",
    "case.member_remove": "Tog bort person", "identity.reveal": "Visade identitet",
    "identity.update": "Ändrade identitet", "identity.correct": "Rättade uppgift",
    "identity.extract": "Registerutdrag", "identity.search": "Sökte person", "retention.purge": "Gallrade", "retention.exempt": "Undantog från gallring",
    "retention.unexempt": "Tog bort gallringsundantag", "backup.create": "Säkerhetskopierade",
    "backup.restore": "Återställde säkerhetskopia", "database.create": "Skapade databasen",
    "database.unlock": "Låste upp", "database.verify": "Kontrollerade databasen", "database.lock": "Låste", "settings.update": "Ändrade inställningar",
    "passphrase.change": "Bytte lösenfras", "passphrase.reset": "Ny lösenfras med återställningsnyckel",
    "recovery_key.replace": "Ny återställningsnyckel", "key.rotate": "Bytte datanyckel",
    "keyring.enable": "Slog på nyckelring", "keyring.disable": "Slog av nyckelring",
    "landlord.create": "Skapade hyresvärd", "landlord.update": "Ändrade hyresvärd",
    "landlord.archive": "Arkiverade hyresvärd", "agreement.create": "Skapade avtal",
    "agreement.update": "Ändrade avtal", "agreement.archive": "Arkiverade avtal",
    "apartment.create": "Skapade lägenhet", "apartment.update": "Ändrade lägenhet",
    "apartment.archive": "Arkiverade lägenhet", "print": "Skrev ut", "export": "Exporterade",
    "log.export": "Exporterade loggen",
}
ENTITY_LABELS = {"case": "Ärende", "landlord": "Hyresvärd", "landlord_agreement": "Avtal", "apartment": "Lägenhet",
                 "setting": "Inställning", "offer": "Erbjudande", "housing_ring": "Bostadsring",
                 "ring_membership": "Medlemskap i ring", "request": "Förfrågan", "grant_year": "Återrapportering",
                 "grant_activity": "Aktivitet"}
ACTION_LABELS.update({
    "offer.propose": "Föreslog erbjudande", "offer.send": "Skickade erbjudande", "offer.accept": "Erbjudande accepterat",
    "offer.decline": "Erbjudande avböjt", "offer.expire": "Erbjudande utgånget", "offer.sign": "Kontrakt skrivet",
    "offer.withdraw": "Återkallade erbjudande", "priority.create": "Registrerade förtur",
    "priority.update": "Ändrade förtur", "priority.archive": "Tog bort förtur", "priority.restore": "Återtog förtur",
    "queue.adjust": "Justerade köplats", "case.match": "Matchade",
    "grant.create": "Registrerade statsbidragsår", "grant.update": "Ändrade återrapportering",
    "grant.confirm_mark": "Bekräftade markering", "grant.unconfirm_mark": "Tog bort bekräftad markering",
    "grant.freeze": "Frös återrapportering", "grant.unfreeze": "Låste upp återrapportering",
    "grant.export": "Exporterade återrapportering", "grant.activity_create": "Registrerade aktivitet",
    "grant.activity_update": "Ändrade aktivitet", "grant.activity_archive": "Arkiverade aktivitet",
    "grant.activity_restore": "Återtog aktivitet",
    "letter.print": "Skrev ut brev", "letter.save": "Sparade brev", "letter.identity": "Namn i brev",
    "letter.identity_confirmed": "Bekräftade namn i brev (skyddade personuppgifter)",
    "letter.consent_override": "Brev utan samtycke (skäl angivet)", "consent.add": "Registrerade samtycke",
    "consent.withdraw": "Registrerade återkallat samtycke", "letter_template.update": "Ändrade brevmall",
    "letter_template.reset": "Återställde brevmall", "import.commit": "Importerade", "retention.purge_incoming": "Gallrade mottagna förfrågningar",
    "request.identity_reveal": "Visade identitet i mottagen förfrågan",
    "import.mapping_save": "Sparade kolumnmappning", "import.mapping_delete": "Tog bort kolumnmappning",
    **_RING_ACTIONS, **_REQUEST_ACTIONS, **_RECIPROCITY_ACTIONS, **_EXCHANGE_ACTIONS,
})


@dataclass(frozen=True)
class LogRow:
    """One audit event as the log page shows it."""

    id: int
    occurred_at: str
    actor: str
    os_user: str
    action: str
    action_label: str
    entity: str | None
    entity_label: str
    entity_id: str | None
    reason: str | None
    record: str = ""  # the case reference for case events (what the log review looks for), else the id


def _row(ev: AuditEvent, reference: str | None = None) -> LogRow:
    return LogRow(ev.id, ev.occurred_at, ev.actor, ev.os_user, ev.action,
                  ACTION_LABELS.get(ev.action, ev.action), ev.entity, ENTITY_LABELS.get(ev.entity or "", ev.entity or ""),
                  ev.entity_id, ev.reason, reference or ev.entity_id or "")


def _with_reference(stmt: Any) -> Any:
    """Join the case reference onto case events."""
    return stmt.add_columns(Case.reference).outerjoin(
        Case, (AuditEvent.entity == "case") & (AuditEvent.entity_id == cast(Case.id, String)))


def _conditions(filters: dict[str, Any]) -> list[Any]:
    cond: list[Any] = []
    if (entity := filters.get("entity")) is not None:
        cond.append(AuditEvent.entity == entity)
    if (entity_id := filters.get("entity_id")) not in (None, ""):
        cond.append(AuditEvent.entity_id == str(entity_id))
    if (actor := filters.get("actor")) is not None:
        cond.append(AuditEvent.actor == actor)
    if (action := filters.get("action")) is not None:
        cond.append(AuditEvent.action.like(f"{action}%") if action.endswith(".") else AuditEvent.action == action)
    if (since := filters.get("since")) is not None:
        cond.append(AuditEvent.occurred_at >= since.isoformat())
    if (until := filters.get("until")) is not None:  # inclusive day
        cond.append(AuditEvent.occurred_at < (until + timedelta(days=1)).isoformat())
    return cond


LOG_SORT = {"id": AuditEvent.id, "occurred_at": AuditEvent.id, "actor": AuditEvent.actor,
            "action": AuditEvent.action, "entity": AuditEvent.entity, "entity_id": AuditEvent.entity_id}


def list_events(ctx: ServiceContext, query: ListQuery = ListQuery(sort="id", descending=True)) -> Page[LogRow]:
    """Events by filters: entity, entity_id, actor, action (or prefix 'case.'), since, until (dates)."""
    stmt = _with_reference(select(AuditEvent)).where(*_conditions(dict(query.filters)))
    if query.search.strip():
        pattern = f"%{query.search.strip().casefold()}%"
        stmt = stmt.where(AuditEvent.actor.ilike(pattern) | AuditEvent.action.ilike(pattern)
                          | AuditEvent.entity_id.ilike(pattern) | AuditEvent.reason.ilike(pattern))
    with ctx.read() as s:
        rows, total = run_page(s, stmt, query, LOG_SORT, "id", AuditEvent.id)
        return Page([_row(r[0], r[1]) for r in rows], total, query.offset)


def actors(ctx: ServiceContext) -> list[str]:
    """Everyone who appears in the log (for the user filter)."""
    with ctx.read() as s:
        return sorted(a for (a,) in s.execute(select(AuditEvent.actor).distinct()))


def all_events(ctx: ServiceContext, filters: dict[str, Any]) -> list[LogRow]:
    """Every event matching filters, oldest first (for exports)."""
    with ctx.read() as s:
        stmt = _with_reference(select(AuditEvent)).where(*_conditions(filters)).order_by(AuditEvent.id)
        return [_row(ev, ref) for ev, ref in s.execute(stmt)]


def export_csv(ctx: ServiceContext, filters: dict[str, Any], path: Path) -> int:
    """Write the filtered log as CSV (semicolon-separated, UTF-8 with BOM for Excel); audit-logged."""
    rows = all_events(ctx, filters)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(["Nr", "Tid (UTC)", "Användare", "Inloggning", "Händelse", "Post", "Diarienummer/id", "Skäl"])
    for r in rows:
        writer.writerow([r.id, r.occurred_at[:19].replace("T", " "), r.actor, r.os_user, r.action_label,
                         r.entity_label, r.record, r.reason or ""])
    Path(path).write_text("\ufeff" + buffer.getvalue(), encoding="utf-8")
    ctx.audit_standalone("log.export", details={"format": "csv", "rows": len(rows)})
    return len(rows)


def export_pdf(ctx: ServiceContext, filters: dict[str, Any], path: Path, *, period: str, municipality: str) -> int:
    """Write the filtered log as a PDF for the monthly review; audit-logged."""
    from sbdesk.documents.log_report import write_log_pdf

    rows = all_events(ctx, filters)
    write_log_pdf(rows, Path(path), period=period, municipality=municipality)
    ctx.audit_standalone("log.export", details={"format": "pdf", "rows": len(rows)})
    return len(rows)


def month_bounds(day: date) -> tuple[date, date]:
    """First and last day of day's month (the usual review period)."""
    first = day.replace(day=1)
    nxt = (first + timedelta(days=32)).replace(day=1)
    return first, nxt - timedelta(days=1)
