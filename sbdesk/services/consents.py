"""Consents on a case: to share information with a landlord, a municipality or another party.

Letters and exchange files call `find_valid_consent` before anything leaves sbdesk; without a valid
consent they raise ConsentMissing (code CONSENT_MISSING) unless the user gives a logged reason.
Adding and withdrawing are one transaction with one audit event each ('consent.add',
'consent.withdraw'); the details carry ids and the recipient kind, never the recipient's name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from sbdesk.domain.cases import Case, Consent
from sbdesk.domain.enums import ConsentRecipient, ProtectionLevel
from sbdesk.errors import NotFound, SbdeskError, ValidationError
from sbdesk.services import forms as f
from sbdesk.services.context import ServiceContext

CONSENT_FIELDS = [
    f.FieldSpec("recipient_kind", "Mottagare", f.choice(ConsentRecipient), required=True),
    f.FieldSpec("recipient_name", "Mottagarens namn", f.text(200), required=True),
    f.FieldSpec("scope", "Vad får lämnas", f.long_text, required=True),
    f.FieldSpec("given_on", "Lämnat", f.a_date, required=True),
    f.FieldSpec("expires_on", "Gäller till och med", f.a_date),
]
WITHDRAW_FIELDS = [f.FieldSpec("withdrawn_on", "Återkallat", f.a_date, required=True)]
_MUNICIPALITY_SUFFIX = re.compile(r"\s+(kommun|stad|municipality)$")


class ConsentMissing(SbdeskError):
    """No valid consent covers the recipient; the caller may go on only with a logged reason."""

    code = "CONSENT_MISSING"
    default_message = (
        "Det finns inget giltigt samtycke till att lämna uppgifter till mottagaren. Registrera samtycket "
        "på ärendet, eller ange varför uppgifterna ändå lämnas (det loggas)."
    )

    def __init__(self, recipient_kind: ConsentRecipient, recipient_name: str | None, message: str | None = None) -> None:
        super().__init__(message)
        self.recipient_kind = recipient_kind
        self.recipient_name = recipient_name


@dataclass(frozen=True)
class ConsentRow:
    """One consent as the case's consent list shows it."""

    id: int
    case_id: int
    recipient_kind: ConsentRecipient
    recipient_name: str
    scope: str
    given_on: date
    expires_on: date | None
    withdrawn_on: date | None
    valid_today: bool


@dataclass(frozen=True)
class CaseLabel:
    """A case's reference, pseudonym and protection level, for titles (no identity; not logged)."""

    id: int
    reference: str
    pseudonym: str
    protection_level: ProtectionLevel


def _row(c: Consent, today: date) -> ConsentRow:
    return ConsentRow(c.id, c.case_id, c.recipient_kind, c.recipient_name, c.scope, c.given_on, c.expires_on,
                      c.withdrawn_on, c.valid_on(today))


def recipient_key(kind: ConsentRecipient | str, name: str) -> str:
    """A name compared casefolded with spaces collapsed; for a municipality 'Uppsala kommun' = 'Uppsala'."""
    text = " ".join(str(name).split()).casefold()
    if ConsentRecipient(kind) is ConsentRecipient.MUNICIPALITY:
        text = _MUNICIPALITY_SUFFIX.sub("", text)
    return text


def case_label(ctx: ServiceContext, case_id: int) -> CaseLabel:
    """Reference, pseudonym and protection level of a case."""
    with ctx.read() as s:
        case = s.get(Case, case_id)
        if case is None:
            raise NotFound()
        return CaseLabel(case.id, case.reference, case.pseudonym, case.protection_level)


def list_consents(ctx: ServiceContext, case_id: int, *, today: date | None = None) -> list[ConsentRow]:
    """A case's consents, the latest given first (withdrawn and expired ones included)."""
    today = today or date.today()
    with ctx.read() as s:
        if s.get(Case, case_id) is None:
            raise NotFound()
        rows = s.scalars(select(Consent).where(Consent.case_id == case_id)
                         .order_by(Consent.given_on.desc(), Consent.id.desc()))
        return [_row(c, today) for c in rows]


def find_valid_consent(ctx: ServiceContext, case_id: int, recipient_kind: ConsentRecipient | str,
                       recipient_name: str | None, today: date | None = None) -> ConsentRow | None:
    """A consent valid on today for this kind of recipient and this name (casefolded; a municipality
    matches with or without 'kommun'/'stad'); recipient_name None accepts any name of that kind."""
    today = today or date.today()
    kind = ConsentRecipient(recipient_kind)
    wanted = None if recipient_name is None else recipient_key(kind, recipient_name)
    with ctx.read() as s:
        rows = s.scalars(select(Consent).where(Consent.case_id == case_id, Consent.recipient_kind == kind,
                                               Consent.archived_at.is_(None)).order_by(Consent.id.desc()))
        for consent in rows:
            if consent.valid_on(today) and (wanted is None or recipient_key(kind, consent.recipient_name) == wanted):
                return _row(consent, today)
    return None


def _date_errors(data: dict[str, Any], today: date) -> list[ValidationError]:
    errors = []
    if data["given_on"] > today:
        errors.append(ValidationError("given_on", "DATE_FUTURE", "Ett samtycke kan inte vara lämnat i framtiden."))
    if data.get("expires_on") and data["expires_on"] < data["given_on"]:
        errors.append(ValidationError("expires_on", "DATE_ORDER", "Slutdatum kan inte vara före datumet då "
                                      "samtycket lämnades."))
    return errors


def add_consent(ctx: ServiceContext, case_id: int, values: dict[str, Any], *, today: date | None = None) -> ConsentRow:
    """Record a consent on a case (audit 'consent.add')."""
    today = today or date.today()
    data = f.clean(CONSENT_FIELDS, values)
    f.finish(_date_errors(data, today))
    with ctx.write() as s:
        if s.get(Case, case_id) is None:
            raise NotFound()
        consent = Consent(case_id=case_id, **data)
        s.add(consent)
        s.flush()
        ctx.audit(s, "consent.add", "case", case_id,
                  details={"consent_id": consent.id, "recipient_kind": consent.recipient_kind.value})
        return _row(consent, today)


def withdraw_consent(ctx: ServiceContext, consent_id: int, withdrawn_on: Any = None, *,
                     today: date | None = None) -> ConsentRow:
    """Record that a consent was withdrawn (on withdrawn_on, default today; audit 'consent.withdraw')."""
    today = today or date.today()
    data = f.clean(WITHDRAW_FIELDS, {"withdrawn_on": withdrawn_on or today})
    with ctx.write() as s:
        consent = s.get(Consent, consent_id)
        if consent is None:
            raise NotFound()
        if consent.withdrawn_on is not None:
            raise ValidationError("withdrawn_on", "ALREADY_WITHDRAWN", "Samtycket är redan återkallat.")
        if data["withdrawn_on"] < consent.given_on:
            raise ValidationError("withdrawn_on", "DATE_ORDER", "Samtycket kan inte återkallas före datumet då "
                                  "det lämnades.")
        if data["withdrawn_on"] > today:
            raise ValidationError("withdrawn_on", "DATE_FUTURE", "Ange dagens datum eller ett tidigare datum.")
        consent.withdrawn_on = data["withdrawn_on"]
        ctx.audit(s, "consent.withdraw", "case", consent.case_id,
                  details={"consent_id": consent.id, "recipient_kind": consent.recipient_kind.value})
        return _row(consent, today)
