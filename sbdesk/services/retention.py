"""Retention (gallring): which closed cases are due for purging, and the purge itself.

Social-services records are purged five years after the last entry, at the latest by the end of
the following calendar year (DOMAIN.md); the municipality's document plan may exempt records (a
research sample by birth day, or everything). A purge removes identities, contact details, consents
and free text, and keeps what the yearly report counts: status, dates, household roles and birth
years, protection and risk level.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import flag_modified

from sbdesk.domain.cases import Case, HouseholdMember, Person
from sbdesk.domain.enums import CaseStatus, ProtectionLevel
from sbdesk.errors import ValidationError
from sbdesk.services.backups import automatic_backups
from sbdesk.services.context import ServiceContext
from sbdesk.services.requests import incoming_to_scrub, scrub_case_requests, scrub_request
from sbdesk.store.keyslots import keyfile_path

log = logging.getLogger(__name__)

PURGED_PSEUDONYM = "Gallrad"


@dataclass(frozen=True)
class RetentionPolicy:
    """How long closed cases are kept and what the document plan exempts."""

    years: int = 5
    keep_everything: bool = False
    exempt_birth_days: tuple[int, ...] = field(default_factory=tuple)  # e.g. (5, 15, 25)


@dataclass(frozen=True)
class DueCase:
    """A closed case whose retention time has passed (no personal data)."""

    id: int
    reference: str
    protection_level: ProtectionLevel
    last_entry: date
    due: date
    deadline: date


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _exempt_by_birth_day(case: Case, days: tuple[int, ...]) -> bool:
    if not days:
        return False
    from sbdesk.domain.validators import parse_personnummer

    for member in case.members:
        person = member.person
        if person is not None and person.personal_number:
            try:
                if parse_personnummer(person.personal_number).birth_date.day in days:
                    return True
            except ValidationError:
                continue
    return False


def due_for_purge(ctx: ServiceContext, today: date, policy: RetentionPolicy = RetentionPolicy()) -> list[DueCase]:
    """Closed, not yet purged, not exempted cases whose last entry is `years` or more ago."""
    if policy.keep_everything:
        return []
    last_person = (
        select(func.max(Person.updated_at)).join(HouseholdMember, HouseholdMember.person_id == Person.id)
        .where(HouseholdMember.case_id == Case.id).correlate(Case).scalar_subquery()
    )
    stmt = (
        select(Case, last_person)
        .options(selectinload(Case.members).selectinload(HouseholdMember.person))
        .where(Case.status == CaseStatus.CLOSED, Case.purged_at.is_(None), Case.retention_exempt.is_(False))
        .order_by(Case.updated_at, Case.id)
    )
    due = []
    with ctx.read() as s:
        for case, person_updated in s.execute(stmt):
            stamps = [t for t in (case.updated_at, person_updated) if t is not None]
            last = max(t.date() if isinstance(t, datetime) else t for t in stamps)
            due_day = _add_years(last, policy.years)
            if due_day > today or _exempt_by_birth_day(case, policy.exempt_birth_days):
                continue
            due.append(DueCase(case.id, case.reference, case.protection_level, last, due_day,
                               date(due_day.year + 1, 12, 31)))
    return due


def purge(ctx: ServiceContext, case_ids: list[int], today: date,
          policy: RetentionPolicy = RetentionPolicy(), reason: str | None = None) -> int:
    """Purge the personal data of due cases (confirmed by the user); returns how many were purged."""
    allowed = {d.id for d in due_for_purge(ctx, today, policy)}
    refused = [i for i in case_ids if i not in allowed]
    if refused:
        raise ValidationError("case_ids", "NOT_DUE", "Några av ärendena är inte gallringsbara ännu; inget har gallrats.")
    with ctx.write() as s:
        for case_id in case_ids:
            _purge_case(ctx, s, case_id, reason)
    with ctx.db.engine.connect() as conn:  # fold the WAL in so the freed, zeroed pages reach the file
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    log.info("retention purge: %d case(s)", len(case_ids))
    return len(case_ids)


def _purge_case(ctx: ServiceContext, s: Session, case_id: int, reason: str | None) -> None:
    """Remove one case's personal data in the caller's transaction, with its audit event."""
    case = s.get(Case, case_id, options=[selectinload(Case.members)])
    assert case is not None
    people = [m.person for m in case.members if m.person is not None]
    for member in case.members:
        member.person = None
    for person in people:
        s.delete(person)
    for consent in list(case.consents):
        s.delete(consent)
    case.notes = case.wishes = case.excluded_areas = case.school_needs = None
    case.pseudonym = PURGED_PSEUDONYM
    case.log_key = None  # shreds sealed old values (corrections) left in the audit log
    case.excluded_municipalities = []
    case.wished_municipalities = []
    case.purged_at = datetime.now(UTC)
    scrub_case_requests(s, case.id)  # requests stay for the statistics, their free text goes
    ctx.audit(s, "retention.purge", "case", case.id, reason=reason, details={"persons": len(people)})


def incoming_requests_due(ctx: ServiceContext, today: date, policy: RetentionPolicy = RetentionPolicy()) -> int:
    """How many received requests (another municipality's household, no case of ours) ended more than
    the retention period ago and still hold what we were told about the household."""
    if policy.keep_everything:
        return 0
    with ctx.read() as s:
        return len(incoming_to_scrub(s, _add_years(today, -policy.years)))


def purge_incoming_requests(ctx: ServiceContext, today: date, policy: RetentionPolicy = RetentionPolicy(),
                            reason: str | None = None) -> int:
    """Clear the household details of those received requests (the dates and counts stay for the
    statistics); one audit event with the number. Returns how many were cleared."""
    if policy.keep_everything:
        return 0
    with ctx.write() as s:
        due = incoming_to_scrub(s, _add_years(today, -policy.years))
        for request in due:
            scrub_request(request)
        if due:
            ctx.audit(s, "retention.purge_incoming", "request", None, reason=reason,
                      details={"requests": len(due)})
    if due:
        with ctx.db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return len(due)


def purged_case_ids(ctx: ServiceContext) -> list[int]:
    """The cases whose personal data has been purged (kept so a restore cannot bring them back)."""
    with ctx.read() as s:
        return list(s.scalars(select(Case.id).where(Case.purged_at.is_not(None)).order_by(Case.id)))


REPURGE_REASON = "Gallrad igen: säkerhetskopian gjordes före gallringen"


def repurge(ctx: ServiceContext, case_ids: list[int]) -> int:
    """After a restore from a backup made before a purge: purge again the cases that had been purged
    (a purge decision outlives the backup); returns how many had come back."""
    with ctx.write() as s:
        back = list(s.scalars(select(Case.id).where(Case.id.in_(case_ids), Case.purged_at.is_(None))))
        for case_id in back:
            _purge_case(ctx, s, case_id, REPURGE_REASON)
    if back:
        with ctx.db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        log.info("restore: %d purged case(s) purged again", len(back))
    return len(back)


@dataclass(frozen=True)
class ExemptCase:
    """A case kept from purging on the document plan's word (reference only, never a name)."""

    id: int
    reference: str
    protection_level: ProtectionLevel
    status: CaseStatus


def exempted_cases(ctx: ServiceContext) -> list[ExemptCase]:
    """The cases exempted from purging (not purged), by reference."""
    with ctx.read() as s:
        rows = s.scalars(select(Case).where(Case.retention_exempt.is_(True), Case.purged_at.is_(None))
                         .order_by(Case.reference))
        return [ExemptCase(c.id, c.reference, c.protection_level, c.status) for c in rows]


def set_exempt(ctx: ServiceContext, case_id: int, exempt: bool, reason: str) -> None:
    """Exempt a case from purging (or end the exemption), with the document plan's reason."""
    if not reason.strip():
        raise ValidationError("reason", "REQUIRED", "Ange skälet (t.ex. punkten i dokumenthanteringsplanen).")
    with ctx.write() as s:
        case = s.get(Case, case_id)
        if case is None:
            from sbdesk.errors import NotFound

            raise NotFound()
        case.retention_exempt = exempt
        # An exemption is not an entry in the case: keep the last-entry time the retention rule counts from.
        flag_modified(case, "updated_at")
        ctx.audit(s, "retention.exempt" if exempt else "retention.unexempt", "case", case_id, reason=reason)


def purge_old_backups(folder: Path, today: date, policy: RetentionPolicy = RetentionPolicy()) -> list[Path]:
    """Delete automatic backups older than the retention period (they hold purged data)."""
    if policy.keep_everything:
        return []
    cutoff = _add_years(today, -policy.years)
    removed = []
    for day, path in automatic_backups(folder):
        if day < cutoff:
            path.unlink(missing_ok=True)
            keyfile_path(path).unlink(missing_ok=True)
            removed.append(path)
    return removed


def refresh_backups_after_purge(ctx: ServiceContext, folder: Path, today: date) -> list[Path]:
    """After a purge, older copies still hold the purged data: write today's backup afresh, then delete
    the other sbdesk backups in the folder (automatic and manual) and the copies kept beside the
    database before a restore or an upgrade."""
    from sbdesk.services.backups import auto_backup_name, is_open_database, make_backup

    folder = Path(folder)
    fresh = folder / auto_backup_name(today)
    make_backup(ctx, fresh)  # written and verified before anything is deleted
    db_path = ctx.db.path
    candidates = [p for p in folder.glob("sbdesk-*.db") if p.is_file()]
    candidates += [p for p in db_path.parent.glob(db_path.name + ".före-*") if not p.name.endswith(".keys")]
    removed = []
    for path in candidates:
        if path == fresh or is_open_database(ctx, path):
            continue
        for leftover in (path, keyfile_path(path), Path(str(path) + "-wal"), Path(str(path) + "-shm")):
            leftover.unlink(missing_ok=True)
        removed.append(path)
    return removed


def retention_policy(ctx: ServiceContext) -> RetentionPolicy:
    """The policy from the settings (Gallring tab)."""
    from sbdesk.services.settings import get_setting

    return RetentionPolicy(
        years=int(get_setting(ctx, "retention.years")),
        keep_everything=bool(get_setting(ctx, "retention.keep_everything")),
        exempt_birth_days=tuple(get_setting(ctx, "retention.exempt_birth_days") or ()),
    )
