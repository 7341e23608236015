"""Letters built from the database: Förfrågan om mottagande (to another municipality), Intyg om
förtur (to a landlord) and Erbjudande om lägenhet (to the household).

Rules every letter follows:

* Protected identity: for a case with protected personal data a letter never holds a person's
  name, personnummer, current address or phone — the case reference stands in their place — unless
  the recipient is the person themself (the offer letter) and the caller passes
  ``confirm_identity=True``; that is audit-logged ('letter.identity_confirmed'). For other cases the
  names used in a letter are read in a logged transaction ('letter.identity'). Personnummer and
  phone numbers of a household are never printed at all.
* Consent: before a letter to a landlord or a municipality is made, the case must hold a valid
  consent for that recipient (services.consents.find_valid_consent); without one ConsentMissing
  (CONSENT_MISSING) is raised unless the caller gives ``consent_override_reason``, which is logged
  ('letter.consent_override').
* Metadata and file names carry only the letter's name and the reference.
* Every print and save is logged through `record_output` ('letter.print' / 'letter.save').
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from sbdesk.documents.letters import LetterDocument, Letterhead, Signature, render_letter
from sbdesk.documents.merge import render
from sbdesk.domain.cases import Case, HouseholdMember
from sbdesk.domain.enums import AgreementKind, ConsentRecipient, ContractType, MemberRole, ProtectionLevel
from sbdesk.domain.geography import Municipality
from sbdesk.domain.housing import Landlord, LandlordAgreement
from sbdesk.domain.offers import ACTIVE_OFFER_STATUSES, Offer
from sbdesk.domain.priority import PriorityGrant
from sbdesk.errors import NotFound, ValidationError
from sbdesk.services import letter_facts as facts
from sbdesk.services.consents import ConsentMissing, ConsentRow, find_valid_consent
from sbdesk.services.context import ServiceContext
from sbdesk.services.letter_templates import LetterKind, letter_kind, parsed_template
from sbdesk.services.priority import valid_grant
from sbdesk.services.settings import all_settings

OUTPUT_ACTIONS = ("print", "save")
_AGREEMENT_CONTRACT = {AgreementKind.SOCIAL_CONTRACTS: ContractType.SOCIAL, AgreementKind.FIRST_HAND: ContractType.FIRST_HAND}
SUPPORT_KEYS = ("ekonomiskt", "psykosocialt", "sakerhet", "barn")


@dataclass(frozen=True)
class Letter:
    """A letter ready to preview, print or save (its PDF is made by `letter_pdf`)."""

    kind: LetterKind
    case_id: int
    reference: str
    record_id: int | None  # the offer, the förtur grant or the request the letter is about
    protection_level: ProtectionLevel
    identity_included: bool
    document: LetterDocument

    @property
    def file_name(self) -> str:
        """'<reference>_<kind>.pdf' – nothing else, never a name."""
        return suggested_file_name(self.reference, self.kind)

    @property
    def title(self) -> str:
        """The PDF title: the letter's name and the reference."""
        return self.document.pdf_title


@dataclass(frozen=True)
class LetterCheck:
    """What must be confirmed before a letter is made: the identity question and the consent."""

    kind: LetterKind
    case_id: int
    reference: str
    protection_level: ProtectionLevel
    recipient_kind: ConsentRecipient | None
    recipient_name: str | None
    consent: ConsentRow | None

    @property
    def identity_question(self) -> bool:
        """True when the user may choose to print the person's name (offer letter, protected case)."""
        return self.kind is LetterKind.OFFER and self.protection_level.protected

    @property
    def consent_missing(self) -> bool:
        """True when the recipient needs a consent and the case holds none that is valid."""
        return self.recipient_kind is not None and self.consent is None


@dataclass
class _Facts:
    case: Case
    values: dict[str, str]
    recipient: list[str]
    record_id: int | None
    reference: str
    identity_used: bool = False


def suggested_file_name(reference: str, kind: LetterKind | str) -> str:
    """'SB-2026-0003_erbjudande.pdf' from the reference and the kind only."""
    safe = re.sub(r"[^0-9A-Za-z-]+", "-", reference).strip("-") or "brev"
    return f"{safe}_{letter_kind(kind).slug}.pdf"


def _case(s: Session, case_id: int) -> Case:
    case = s.get(Case, case_id, options=[selectinload(Case.members)])
    if case is None:
        raise NotFound()
    return case


def _offer(s: Session, offer_id: int) -> Offer:
    offer = s.get(Offer, offer_id)
    if offer is None:
        raise NotFound()
    return offer


def _municipality(s: Session, code: Any) -> Municipality:
    found = s.get(Municipality, str(code or "").strip())
    if found is None:
        raise ValidationError("counterpart_code", "UNKNOWN_MUNICIPALITY", "Välj en kommun i listan.")
    return found


def _applicant(case: Case) -> HouseholdMember | None:
    members = facts.ordered_members(case)
    return next((m for m in members if m.role is MemberRole.APPLICANT), members[0] if members else None)


def _recipient_of(s: Session, kind: LetterKind, ids: Mapping[str, Any]) -> tuple[Case, str | None]:
    """The case a letter is about and the recipient's name for the consent check."""
    if kind is LetterKind.OFFER:
        return _offer(s, ids["offer_id"]).case, None
    case = _case(s, ids["case_id"])
    if kind is LetterKind.REQUEST:
        m = _municipality(s, ids.get("counterpart_code"))
        if m.code in {x.code for x in case.excluded_municipalities}:  # as requests and exchange files refuse
            raise ValidationError("counterpart_code", "EXCLUDED_MUNICIPALITY",
                                  "Kommunen är ett spärrområde för hushållet. Brevet kan inte skrivas dit.")
        return case, facts.municipality_title(m.code, m.name)
    landlord = s.get(Landlord, ids["landlord_id"]) if ids.get("landlord_id") else None
    if ids.get("landlord_id") and landlord is None:
        raise NotFound()
    return case, landlord.name if landlord else None


def _with_request(ctx: ServiceContext, kind: LetterKind, ids: dict[str, Any]) -> dict[str, Any]:
    """For a request letter given request_id: its case, counterpart and reference from the requests service."""
    if kind is not LetterKind.REQUEST or not ids.get("request_id"):
        return ids
    # imported here: letters of the other kinds never need the requests service
    from sbdesk.domain.rings import RequestDirection
    from sbdesk.services.requests import detail

    with ctx.read() as s:
        row = detail(s, int(ids["request_id"])).row
    if row.direction is not RequestDirection.OUTGOING or row.case is None:
        raise ValidationError("request_id", "REQUEST_NOT_OUTGOING", "Brev kan bara skrivas för en utgående "
                              "förfrågan som hör till ett ärende.")
    return {**ids, "case_id": row.case.id, "counterpart_code": row.counterpart_municipality_code,
            "request_reference": row.reference}


def letter_check(ctx: ServiceContext, kind: LetterKind | str, *, today: date | None = None,
                 **ids: Any) -> LetterCheck:
    """What the user must confirm before the letter is made (reads no identity; not logged)."""
    kind, today = letter_kind(kind), today or date.today()
    ids = _with_request(ctx, kind, ids)
    with ctx.read() as s:
        case, name = _recipient_of(s, kind, ids)
        case_id, reference, level = case.id, case.reference, case.protection_level
    recipient = kind.recipient_kind
    consent = find_valid_consent(ctx, case_id, recipient, name, today) if recipient is not None else None
    return LetterCheck(kind, case_id, reference, level, recipient, name, consent)


# -- the facts of each kind -------------------------------------------------------------------------


def _request_facts(s: Session, today: date, cfg: Mapping[str, Any], names: bool, ids: Mapping[str, Any]) -> _Facts:
    case = _case(s, ids["case_id"])
    m = _municipality(s, ids.get("counterpart_code"))
    support = {k: str(v or "").strip() for k, v in dict(ids.get("support") or {}).items() if k in SUPPORT_KEYS}
    if not support.get("sakerhet"):
        safety = f"Risknivå enligt riskbedömningen: {case.risk_level.label.lower()}."
        if case.protection_level.protected:
            safety += f" Hushållet har skyddade personuppgifter ({case.protection_level.label.lower()})."
        support["sakerhet"] = safety
    due_days = int(cfg.get("requests.answer_due_days") or 30)
    values = {
        **facts.household_values(case, today, names=names),
        **facts.need_values(case, int(cfg.get("crowding.persons_per_room") or 2)),
        "mottagare.kommun": facts.municipality_title(m.code, m.name),
        "behov.skola": case.school_needs or "", "behov.onskemal": case.wishes or "",
        "behov.senast": case.needed_by.isoformat() if case.needed_by else "",
        **{f"stod.{k}": support.get(k, "") for k in SUPPORT_KEYS},
        "forfragan.rattslig_grund": str(ids.get("legal_basis") or ""),
        "forfragan.ataganden": str(ids.get("commitments") or ""),
        "forfragan.svar_senast": (today + timedelta(days=due_days)).isoformat(),
    }
    contact = str(ids.get("contact") or "").strip()
    recipient = [facts.municipality_title(m.code, m.name), "Socialtjänsten",
                 f"Att: {contact}" if contact else "Att: kontaktperson för bostadsfrågor"]
    reference = str(ids.get("request_reference") or case.reference)
    identity = names and any(m.person_id is not None for m in case.members)
    return _Facts(case, values, recipient, ids.get("request_id"), reference, identity)


def _priority_facts(s: Session, today: date, cfg: Mapping[str, Any], names: bool, ids: Mapping[str, Any]) -> _Facts:
    case = _case(s, ids["case_id"])
    grant = s.get(PriorityGrant, ids["grant_id"]) if ids.get("grant_id") else valid_grant(s, case.id, today)
    if grant is None or grant.case_id != case.id or not grant.valid_on(today):
        raise ValidationError("grant_id", "NO_VALID_PRIORITY", "Ärendet har ingen giltig förtur i dag. Registrera "
                              "eller förnya förturen på ärendet innan intyget skrivs.")
    landlord = s.get(Landlord, ids["landlord_id"]) if ids.get("landlord_id") else None
    agreements = [] if landlord is None else s.scalars(select(LandlordAgreement).where(
        LandlordAgreement.landlord_id == landlord.id, LandlordAgreement.archived_at.is_(None))).all()
    active = [a for a in agreements if (a.valid_from is None or a.valid_from <= today)
              and (a.valid_to is None or a.valid_to >= today)]
    contract = ids.get("contract_type")
    contract = ContractType(contract) if contract else next(
        (_AGREEMENT_CONTRACT[a.kind] for a in active if a.kind in _AGREEMENT_CONTRACT), None)
    guarantee = ids.get("rent_guarantee")
    guarantee = any(a.rent_guarantee for a in active) if guarantee is None else bool(guarantee)
    applicant = _applicant(case) if names else None
    name = facts.person_name(applicant) if applicant is not None else ""
    values = {
        **facts.household_values(case, today, names=names),
        **facts.need_values(case, int(cfg.get("crowding.persons_per_room") or 2)),
        **facts.grant_values(grant),
        "hyresvard.namn": landlord.name if landlord else "",
        "sokande": f"{name} (född {applicant.birth_year})" if name and applicant else
                   f"hushållet i ärende {case.reference}",
        "kontrakt.form": contract.label if contract else "",
        "hyresgaranti": "Kommunen lämnar kommunal hyresgaranti för hushållet enligt avtalet med er." if guarantee else "",
    }
    recipient = ["Till berörd hyresvärd"]
    if landlord is not None:
        recipient = [landlord.name, *([f"Att: {landlord.contact_name}"] if landlord.contact_name else [])]
    identity = names and any(m.person_id is not None for m in case.members)
    return _Facts(case, values, recipient, grant.id, case.reference, identity)


def _offer_facts(s: Session, today: date, cfg: Mapping[str, Any], names: bool, ids: Mapping[str, Any]) -> _Facts:
    offer = _offer(s, ids["offer_id"])
    case = _case(s, offer.case_id)
    applicant = _applicant(case) if names else None
    name = facts.person_name(applicant) if applicant is not None else ""
    if name:
        recipient = [name, *facts.address_lines(applicant.person.address if applicant and applicant.person else None)]
    else:
        recipient = [f"Hushållet i ärende {case.reference}", "Lämnas genom handläggaren"]
    viewing = str(ids.get("viewing") or "").strip() or (
        f"Kontakta {cfg.get('coordinator.name') or 'handläggaren'} för att boka en tid för visning.")
    values = {
        **facts.household_values(case, today, names=False),
        **facts.apartment_values(offer.apartment, offer.contract_type),
        "erbjudande.svara_senast": offer.reply_by.isoformat() if offer.reply_by else "",
        "erbjudande.visning": viewing,
    }
    return _Facts(case, values, recipient, offer.id, case.reference, bool(name))


_GATHER = {LetterKind.REQUEST: _request_facts, LetterKind.PRIORITY: _priority_facts, LetterKind.OFFER: _offer_facts}


# -- building --------------------------------------------------------------------------------------


def _sender(cfg: Mapping[str, Any]) -> tuple[Letterhead, Signature]:
    name = str(cfg.get("municipality.official_name") or "").strip()
    if not name:
        raise ValidationError("municipality.official_name", "SENDER_MISSING", "Ange kommunens officiella namn i "
                              "Inställningar innan brev skrivs.")
    head = Letterhead(name, *(str(cfg.get(k) or "") for k in (
        "municipality.department", "municipality.address", "municipality.phone", "municipality.org_number")),
        logo_path=str(cfg.get("letter.logo_path") or "") or None)
    sig = Signature(*(str(cfg.get(k) or "") for k in (
        "coordinator.name", "coordinator.title", "coordinator.phone", "coordinator.email")))
    return head, sig


def _common(head: Letterhead, sig: Signature, today: date, reference: str, recipient: list[str]) -> dict[str, str]:
    contact = ", ".join(x for x in (sig.name, sig.phone and f"telefon {sig.phone}", sig.email and f"e-post {sig.email}")
                        if x)
    return {"datum": today.isoformat(), "referens": reference, "kommun.namn": head.official_name,
            "kommun.forvaltning": head.department, "kommun.telefon": head.phone, "handlaggare.namn": sig.name,
            "handlaggare.titel": sig.title, "handlaggare.telefon": sig.phone, "handlaggare.epost": sig.email,
            "handlaggare.kontakt": contact, "mottagare.namn": recipient[0] if recipient else ""}


def build_letter(ctx: ServiceContext, kind: LetterKind | str, *, today: date | None = None,
                 confirm_identity: bool = False, consent_override_reason: str | None = None, **ids: Any) -> Letter:
    """Make a letter from the database.

    ids by kind – request: request_id (an outgoing request: its case, counterpart and reference are
    used), or case_id and counterpart_code (kommunkod); optionally legal_basis, commitments, support
    ({'ekonomiskt'|'psykosocialt'|'sakerhet'|'barn': text}), contact; priority: case_id and optionally grant_id (default: the förtur
    valid today), landlord_id, contract_type, rent_guarantee; offer: offer_id and optionally viewing.
    """
    kind, today = letter_kind(kind), today or date.today()
    reason = (consent_override_reason or "").strip()
    ids = _with_request(ctx, kind, ids)
    check = letter_check(ctx, kind, today=today, **ids)
    if check.consent_missing and not reason:
        raise ConsentMissing(check.recipient_kind or ConsentRecipient.OTHER, check.recipient_name)
    protected = check.protection_level.protected
    names = not protected or (kind is LetterKind.OFFER and confirm_identity)
    cfg = all_settings(ctx)
    head, sig = _sender(cfg)
    template = parsed_template(ctx, kind)
    overridden = check.consent_missing
    with (ctx.write() if names or overridden else ctx.read()) as s:
        found = _GATHER[kind](s, today, cfg, names, ids)
        details = {"kind": kind.value, "record_id": found.record_id, "identity": found.identity_used}
        if overridden:
            details["recipient_kind"] = check.recipient_kind.value if check.recipient_kind else None
            ctx.audit(s, "letter.consent_override", "case", found.case.id, reason=reason, details=details)
        elif found.identity_used:
            action = "letter.identity_confirmed" if protected else "letter.identity"
            ctx.audit(s, action, "case", found.case.id, details=details)
        level, case_id = found.case.protection_level, found.case.id
    values = {**_common(head, sig, today, found.reference, found.recipient), **found.values}
    document = LetterDocument(
        kind.label, found.reference, today, tuple(found.recipient), tuple(render(template, values)), head, sig,
        protection_label=level.label if level.protected else None,
        secret=level.protected or kind is not LetterKind.OFFER)
    return Letter(kind, case_id, found.reference, found.record_id, level, found.identity_used, document)


def request_letter(ctx: ServiceContext, case_id: int, counterpart_code: str, **kw: Any) -> Letter:
    """Förfrågan om mottagande to another municipality (see build_letter for the options)."""
    return build_letter(ctx, LetterKind.REQUEST, case_id=case_id, counterpart_code=counterpart_code, **kw)


def priority_letter(ctx: ServiceContext, case_id: int, **kw: Any) -> Letter:
    """Intyg om förtur – underlag till hyresvärd (see build_letter for the options)."""
    return build_letter(ctx, LetterKind.PRIORITY, case_id=case_id, **kw)


def offer_letter(ctx: ServiceContext, offer_id: int, **kw: Any) -> Letter:
    """Erbjudande om lägenhet to the household (see build_letter for the options)."""
    return build_letter(ctx, LetterKind.OFFER, offer_id=offer_id, **kw)


def letter_pdf(letter: Letter) -> bytes:
    """The letter as PDF bytes, in memory."""
    return render_letter(letter.document)


def record_output(ctx: ServiceContext, letter: Letter, action: str = "print") -> None:
    """Log that a letter was printed or saved ('letter.print' / 'letter.save'; no personal data)."""
    if action not in OUTPUT_ACTIONS:
        raise ValidationError("action", "INVALID_CHOICE", "Okänd åtgärd för brevet.")
    ctx.audit_standalone(f"letter.{action}", "case", letter.case_id, details={
        "kind": letter.kind.value, "record_id": letter.record_id, "identity": letter.identity_included})


def offers_sent_on(ctx: ServiceContext, day: date) -> list[int]:
    """Ids of the active offers sent on day (the day's offer letters), oldest first."""
    with ctx.read() as s:
        return list(s.scalars(select(Offer.id).where(Offer.offered_on == day, Offer.status.in_(ACTIVE_OFFER_STATUSES))
                              .order_by(Offer.id)))
