"""Exchange files between two sbdesk installations: export a request or an answer (import: exchange_import).

* Exporting an outgoing request **is sending it**: a draft is recorded as sent today in the same
  transaction (a sent request may be exported again, e.g. when a file was lost; later statuses may not).
* Only what the receiving municipality needs leaves the database (see exchange_payload); the applicant's
  name and personnummer only when the user ticks it, and never for a case with protected personal data
  (ProtectedIdentityRefused, EXCHANGE_PROTECTED_IDENTITY, whatever was ticked).
* The case must hold a valid consent to share with the receiving municipality; without one ConsentMissing
  (CONSENT_MISSING) is raised unless `consent_override_reason` is given — it is the audit event's reason.
* An answer is exported from an incoming request that has been answered, back to its sender; each
  answer of a request gets the next sequence number, so the sender can refuse an older one.
* Every export is one transaction with one audit event 'exchange.export' (entity 'request'): reference,
  kind, municipality codes, file id — no personal data. The one-time code is returned once and stored
  nowhere. The file is written atomically inside the transaction: no file without its log event.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sbdesk.domain.cases import Case
from sbdesk.domain.enums import ConsentRecipient, MemberRole, ProtectionLevel
from sbdesk.domain.exchange import ExchangeDirection, ExchangeFile, ExchangeKind
from sbdesk.domain.geography import Municipality
from sbdesk.domain.matching_rules import min_rooms
from sbdesk.domain.rings import HousingRing, Request, RequestDirection, RequestStatus
from sbdesk.errors import NotFound, SbdeskError, ValidationError
from sbdesk.services import exchange_payload as p
from sbdesk.services import forms as f
from sbdesk.services.consents import ConsentMissing, ConsentRow, find_valid_consent
from sbdesk.services.context import ServiceContext
from sbdesk.services.exchange_format import SealedFile, seal
from sbdesk.services.request_steps import apply_step, setting_in
from sbdesk.store.atomic import atomic_write_bytes

AUDIT_ACTIONS = {"exchange.export": "Exporterade utväxlingsfil", "exchange.import": "Importerade utväxlingsfil"}
FILE_SUFFIX = ".sbx"
_PNR_IN_TEXT = re.compile(r"(?<!\d)(?:\d{2})?\d{6}[-+ ]?\d{4}(?!\d)")


class ExchangeRefused(SbdeskError):
    """An export that may not be made; nothing was written."""

    code = "EXCHANGE_REFUSED"
    default_message = "Filen kan inte exporteras."


class ProtectedIdentityRefused(ExchangeRefused):
    """The user asked to include the identity of a person with protected personal data."""

    code = "EXCHANGE_PROTECTED_IDENTITY"
    default_message = ("Ärendet har skyddade personuppgifter. Namn och personnummer lämnar aldrig sbdesk i en "
                       "utväxlingsfil, vad som än har valts. Exportera utan identitet.")


class NotExportable(ExchangeRefused):
    """The request is not one that can be exported now (direction, status, archived case)."""

    code = "EXCHANGE_NOT_EXPORTABLE"


class NothingToAnswer(ExchangeRefused):
    """An incoming request that has not been answered yet, or lacks the sender's reference."""

    code = "EXCHANGE_NOTHING_TO_ANSWER"
    default_message = "Förfrågan är inte besvarad än. Registrera ert svar först och exportera sedan svaret."


class ExchangeWriteFailed(ExchangeRefused):
    """The file could not be written where the user chose."""

    code = "EXCHANGE_WRITE_FAILED"


def _no_pnr(parser: f.Parser) -> f.Parser:
    def parse(value: Any, field: str) -> Any:
        clean = parser(value, field)
        if isinstance(clean, str) and _PNR_IN_TEXT.search(clean):
            raise ValidationError(field, "PERSONAL_NUMBER_IN_TEXT", "Skriv inte personnummer i fritexten. "
                                  "Identiteten följer bara med om rutan för sökandes identitet är ikryssad.")
        return clean
    return parse


EXPORT_FIELDS = [
    f.FieldSpec("support_economic", "Ekonomiskt stöd", f.flag, blank=False),
    f.FieldSpec("support_psychosocial", "Psykosocialt stöd", f.flag, blank=False),
    f.FieldSpec("support_safety", "Skydd och säkerhet", f.flag, blank=False),
    f.FieldSpec("support_children", "Stöd till barnen", f.flag, blank=False),
    f.FieldSpec("support_text", "Stöd som behövs", _no_pnr(f.long_text)),
    f.FieldSpec("message", "Meddelande till mottagaren", _no_pnr(f.long_text)),
]
CHOSEN_AT_EXPORT = ("Stöd som behövs", "Meddelande")  # rows of describe_request chosen in the export dialog
IDENTITY_ROW = "Identitet"
_SUPPORT_COLUMNS = {"economic": "support_economic", "psychosocial": "support_psychosocial",
                    "safety": "support_safety", "children": "support_children"}


def check_export_field(name: str, value: Any) -> str | None:
    """Swedish message for one of the export's own inputs as the user types, or None."""
    return f.check_field(EXPORT_FIELDS, name, value)


def file_name(reference: str, kind: ExchangeKind | str) -> str:
    """The suggested file name: our reference and the kind only, e.g. 'F-2026-0007-forfragan.sbx'."""
    word = "forfragan" if ExchangeKind(kind) is ExchangeKind.REQUEST else "svar"
    return f"{re.sub(r'[^A-Za-z0-9-]', '_', reference)}-{word}{FILE_SUFFIX}"


@dataclass(frozen=True)
class RequestExportCheck:
    """What exporting an outgoing request will do and send, for the confirmation dialog."""

    request_id: int
    reference: str
    case_reference: str
    case_pseudonym: str
    protection_level: ProtectionLevel
    recipient_code: str
    recipient_name: str
    will_send: bool  # a draft becomes sent by the export
    fields: list[tuple[str, str]]  # (Swedish label, value): what the file carries besides CHOSEN_AT_EXPORT
    identity_allowed: bool  # not protected and the applicant has a recorded identity
    consent: ConsentRow | None
    support: dict[str, Any]  # the support last sent (prefills the dialog)
    file_name: str

    @property
    def consent_missing(self) -> bool:
        """True when no valid consent covers the receiving municipality."""
        return self.consent is None


@dataclass(frozen=True)
class AnswerExportCheck:
    """What exporting the answer of an incoming request will send."""

    request_id: int
    reference: str
    counterpart_reference: str
    recipient_code: str
    recipient_name: str
    sequence: int
    fields: list[tuple[str, str]]
    file_name: str


@dataclass(frozen=True)
class ExportResult:
    """A written exchange file and its one-time code (shown once, stored nowhere)."""

    path: Path
    code: str
    kind: ExchangeKind
    reference: str
    recipient_code: str
    recipient_name: str
    sent: bool  # the export recorded the request as sent


# -- shared -------------------------------------------------------------------------------------


def own_code(s: Session) -> str:
    """Our municipality's code (settings)."""
    code = str(setting_in(s, "municipality.code") or "")
    if not code:
        raise ValidationError("municipality.code", "REQUIRED", "Ange den egna kommunen i Inställningar först.")
    return code


def municipality_name(s: Session, code: str) -> str:
    """A municipality's name, or its code when unknown."""
    found = s.get(Municipality, code)
    return found.name if found is not None else code


def our_contact(s: Session, actor: str) -> p.Contact:
    """The coordinator's contact details and our organisation, from settings."""
    code = own_code(s)
    organisation = ", ".join(str(x) for x in (setting_in(s, "municipality.official_name")
                                              or f"{municipality_name(s, code)} kommun",
                                              setting_in(s, "municipality.department")) if x)
    return p.Contact(organisation, str(setting_in(s, "coordinator.name") or actor or "Samordnare"),
                     setting_in(s, "coordinator.title") or None, setting_in(s, "coordinator.phone") or None,
                     setting_in(s, "coordinator.email") or None)


def _write(path: Path, sealed: SealedFile) -> None:
    try:
        atomic_write_bytes(Path(path), sealed.data, mode=0o600)
    except OSError as exc:
        raise ExchangeWriteFailed(f"Filen kunde inte sparas ({exc.strerror or type(exc).__name__}). "
                                  "Ingenting har exporterats.") from exc


def _record(ctx: ServiceContext, s: Session, sealed: SealedFile, request: Request, sequence: int,
            reason: str | None = None, **details: Any) -> None:
    h = sealed.header
    s.add(ExchangeFile(file_id=h.file_id, direction=ExchangeDirection.EXPORT, kind=ExchangeKind(h.kind),
                       request_id=request.id, counterpart_municipality_code=h.recipient, sequence=sequence,
                       file_created_at=h.created))
    ctx.audit(s, "exchange.export", "request", request.id, reason=reason, details={
        "kind": h.kind, "reference": request.reference, "sender": h.sender, "recipient": h.recipient,
        "file_id": h.file_id, "sequence": sequence, **details})


def _commit_file(ctx: ServiceContext, path: Path,
                 build: Callable[[Session], tuple[SealedFile, ExportResult]]) -> ExportResult:
    """Run build(session) -> (sealed, result) in one transaction; the file is written last inside it and
    removed again if the commit fails."""
    written = False
    try:
        with ctx.write() as s:
            sealed, result = build(s)
            s.flush()
            _write(path, sealed)
            written = True
        return result
    except BaseException:
        if written:
            Path(path).unlink(missing_ok=True)
        raise


# -- request files ------------------------------------------------------------------------------


def _outgoing(s: Session, request_id: int) -> tuple[Request, Case]:
    request = s.get(Request, request_id)
    if request is None:
        raise NotFound()
    if request.direction is not RequestDirection.OUTGOING:
        raise NotExportable("Bara utgående förfrågningar kan exporteras som förfrågan. Svara på en inkommande "
                            "förfrågan med ”Exportera svar”.")
    if request.archived:
        raise NotExportable("Förfrågan är arkiverad och kan inte exporteras.")
    if request.status not in (RequestStatus.DRAFT, RequestStatus.SENT):
        raise NotExportable(f"Förfrågan är {request.status.label.lower()} och kan inte exporteras. Bara ett "
                            "utkast eller en skickad förfrågan kan exporteras.")
    case = s.get(Case, request.case_id) if request.case_id is not None else None
    if case is None or case.purged_at is not None or case.archived:
        raise NotExportable("Ärendet är arkiverat eller gallrat; förfrågan kan inte exporteras.")
    if request.counterpart_municipality_code in {m.code for m in case.excluded_municipalities}:
        raise NotExportable("Kommunen är ett spärrområde för ärendet; förfrågan kan inte exporteras dit.")
    return request, case


def _applicant_identity(case: Case) -> p.Identity | None:
    for member in case.members:
        if member.role is MemberRole.APPLICANT and member.person is not None:
            person = member.person
            return p.Identity(person.first_name, person.last_name, person.personal_number)
    return None


def _request_content(ctx: ServiceContext, s: Session, request: Request, case: Case, sent_on: date,
                     support: dict[str, Any], message: str | None, identity: bool) -> p.RequestContent:
    children = sorted(m.birth_year for m in case.members if m.role is MemberRole.CHILD)
    ring = s.get(HousingRing, request.ring_id) if request.ring_id is not None else None
    access = tuple(k for k, on in (("elevator", case.needs_elevator), ("ground_floor", case.needs_ground_floor),
                                   ("wheelchair", case.needs_wheelchair)) if on)
    return p.RequestContent(
        reference=request.reference, ring=ring.name if ring is not None else None, sent_on=sent_on,
        adults=len(case.members) - len(children), children=len(children), children_birth_years=tuple(children),
        rooms_needed=min_rooms(len(case.members), int(setting_in(s, "crowding.persons_per_room") or 2)),
        protection_level=case.protection_level, access=access, school=(case.school_needs or "").strip() or None,
        support=tuple(k for k, column in _SUPPORT_COLUMNS.items() if support.get(column)),
        support_text=support.get("support_text") or None, message=message or None,
        contact=our_contact(s, ctx.actor), identity=_applicant_identity(case) if identity else None)


def _stored_support(request: Request) -> dict[str, Any]:
    return {**{c: bool(getattr(request, c)) for c in _SUPPORT_COLUMNS.values()}, "support_text": request.support_text}


def check_request_export(ctx: ServiceContext, request_id: int, *, today: date | None = None) -> RequestExportCheck:
    """What exporting this outgoing request sends (default choices), whether it sends it, and the consent."""
    today = today or date.today()
    with ctx.read() as s:
        request, case = _outgoing(s, request_id)
        support = _stored_support(request)
        content = _request_content(ctx, s, request, case, request.sent_on or today, support, None, False)
        code, name = own_code(s), municipality_name(s, request.counterpart_municipality_code)
        fields = [row for row in p.describe_request(content, f"{municipality_name(s, code)} ({code})",
                                                    f"{name} ({request.counterpart_municipality_code})")
                  if row[0] not in CHOSEN_AT_EXPORT]
        check = {"request_id": request.id, "reference": request.reference, "case_reference": case.reference,
                 "case_pseudonym": case.pseudonym, "protection_level": case.protection_level,
                 "recipient_code": request.counterpart_municipality_code, "recipient_name": name,
                 "will_send": request.status is RequestStatus.DRAFT, "fields": fields,
                 "identity_allowed": not case.protection_level.protected and _applicant_identity(case) is not None,
                 "support": support, "file_name": file_name(request.reference, ExchangeKind.REQUEST)}
        case_id = case.id
    consent = find_valid_consent(ctx, case_id, ConsentRecipient.MUNICIPALITY, name, today)
    return RequestExportCheck(consent=consent, **check)


def export_request(ctx: ServiceContext, request_id: int, path: Path | str, *, support: dict[str, Any] | None = None,
                   message: str | None = None, include_identity: bool = False,
                   consent_override_reason: str | None = None, today: date | None = None) -> ExportResult:
    """Write the outgoing request as an encrypted 'request' file at path (sending a draft today) and
    return the one-time code. support: support_economic/psychosocial/safety/children flags and support_text
    (default: what was sent last); message: free text for the receiver."""
    today = today or date.today()
    inputs = f.clean(EXPORT_FIELDS, {**(support or {}), "message": message}, partial=support is None)
    reason = (consent_override_reason or "").strip() or None
    with ctx.read() as s:
        request, case = _outgoing(s, request_id)
        if include_identity and case.protection_level.protected:
            raise ProtectedIdentityRefused()
        if include_identity and _applicant_identity(case) is None:
            raise ValidationError("include_identity", "NO_IDENTITY", "Ärendet har ingen registrerad identitet "
                                  "för den sökande.")
        case_id, recipient = case.id, municipality_name(s, request.counterpart_municipality_code)
    consent = find_valid_consent(ctx, case_id, ConsentRecipient.MUNICIPALITY, recipient, today)
    if consent is None and reason is None:
        raise ConsentMissing(ConsentRecipient.MUNICIPALITY, recipient)

    def build(s: Session) -> tuple[SealedFile, ExportResult]:
        request, case = _outgoing(s, request_id)
        if include_identity and case.protection_level.protected:  # checked again inside the transaction
            raise ProtectedIdentityRefused()
        sent = request.status is RequestStatus.DRAFT
        if sent:
            apply_step(ctx, s, request, RequestStatus.SENT, today, today)
        chosen = {**_stored_support(request), **{k: v for k, v in inputs.items() if k != "message"}}
        for column in (*_SUPPORT_COLUMNS.values(), "support_text"):
            setattr(request, column, chosen[column])
        assert request.sent_on is not None
        content = _request_content(ctx, s, request, case, request.sent_on, chosen, inputs.get("message"),
                                   include_identity)
        sealed = seal("request", p.request_payload(content), sender=own_code(s),
                      recipient=request.counterpart_municipality_code)
        _record(ctx, s, sealed, request, 1, reason if consent is None else None, sent=sent,
                identity=content.identity is not None, consent="recorded" if consent is not None else "override",
                case_id=case.id)
        return sealed, ExportResult(Path(path), sealed.code, ExchangeKind.REQUEST, request.reference,
                                    request.counterpart_municipality_code, recipient, sent)

    return _commit_file(ctx, Path(path), build)


# -- answer files -------------------------------------------------------------------------------


def _incoming_answered(s: Session, request_id: int) -> tuple[Request, list[p.AnswerStep]]:
    request = s.get(Request, request_id)
    if request is None:
        raise NotFound()
    if request.direction is not RequestDirection.INCOMING:
        raise NotExportable("Bara en inkommande förfrågan kan besvaras med en svarsfil.")
    if not request.counterpart_reference:
        raise NothingToAnswer("Förfrågan saknar avsändarens referens (deras diarienummer), så svaret kan inte "
                              "kopplas till deras förfrågan. Fyll i den på förfrågan först.")
    reasons = {RequestStatus.DECLINED: request.decline_reason, RequestStatus.WITHDRAWN: request.withdraw_reason}
    steps = [p.AnswerStep(st.status, st.on_date, reasons.get(st.status))
             for st in sorted(request.steps, key=lambda st: (st.on_date, st.id)) if st.status in p.ANSWER_STATUSES]
    if not steps:
        raise NothingToAnswer()
    return request, steps


def _next_sequence(s: Session, request_id: int) -> int:
    last = s.scalar(select(func.max(ExchangeFile.sequence)).where(
        ExchangeFile.request_id == request_id, ExchangeFile.direction == ExchangeDirection.EXPORT,
        ExchangeFile.kind == ExchangeKind.ANSWER))
    return (last or 0) + 1


def _answer_content(ctx: ServiceContext, s: Session, request: Request, steps: list[p.AnswerStep]) -> p.AnswerContent:
    assert request.counterpart_reference is not None
    return p.AnswerContent(request.counterpart_reference, request.reference, _next_sequence(s, request.id),
                           tuple(steps), our_contact(s, ctx.actor))


def check_answer_export(ctx: ServiceContext, request_id: int) -> AnswerExportCheck:
    """What exporting the answer of this incoming request sends."""
    with ctx.read() as s:
        request, steps = _incoming_answered(s, request_id)
        content = _answer_content(ctx, s, request, steps)
        return AnswerExportCheck(request.id, request.reference, content.request_reference,
                                 request.counterpart_municipality_code,
                                 municipality_name(s, request.counterpart_municipality_code), content.sequence,
                                 p.describe_answer(content), file_name(request.reference, ExchangeKind.ANSWER))


def export_answer(ctx: ServiceContext, request_id: int, path: Path | str) -> ExportResult:
    """Write the answer of an incoming request (its steps so far, with their own dates) as an encrypted
    'answer' file at path."""

    def build(s: Session) -> tuple[SealedFile, ExportResult]:
        request, steps = _incoming_answered(s, request_id)
        content = _answer_content(ctx, s, request, steps)
        sealed = seal("answer", p.answer_payload(content), sender=own_code(s),
                      recipient=request.counterpart_municipality_code)
        _record(ctx, s, sealed, request, content.sequence,
                counterpart_reference=content.request_reference, status=request.status.value)
        return sealed, ExportResult(Path(path), sealed.code, ExchangeKind.ANSWER, request.reference,
                                    request.counterpart_municipality_code,
                                    municipality_name(s, request.counterpart_municipality_code), False)

    return _commit_file(ctx, Path(path), build)
