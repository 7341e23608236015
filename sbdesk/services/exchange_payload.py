"""What an exchange file holds (version 1), as plain data: built on export, read back strictly on import.

A request file holds only what the receiving municipality needs: our reference, the ring's name, the
household's composition (adults, children's birth years, rooms needed), the protection level, needs
(accessibility, school), support needed, a message, and our contact — never a name, personnummer, address
or phone of the household, unless the user ticked the applicant's name and personnummer for a case
without protected personal data. An answer file holds the receiving side's steps (accepted / declined
with reason / apartment found / moved / withdrawn with reason), its reference and a sequence number.

Reading never trusts the file: every field is type- and length-checked, and anything unexpected raises
ContentInvalid (EXCHANGE_CONTENT_INVALID).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise
from typing import Any

from sbdesk.domain.enums import ProtectionLevel
from sbdesk.domain.rings import RequestStatus
from sbdesk.services.exchange_format import ContentInvalid

# The steps of an incoming request that travel back to the sender in an answer (closing is each side's own).
ANSWER_STATUSES = (RequestStatus.ACCEPTED, RequestStatus.DECLINED, RequestStatus.APARTMENT_FOUND,
                   RequestStatus.MOVED, RequestStatus.WITHDRAWN)
SUPPORT_KEYS = ("economic", "psychosocial", "safety", "children")
SUPPORT_LABELS = {"economic": "ekonomiskt stöd", "psychosocial": "psykosocialt stöd", "safety": "skydd och säkerhet",
                  "children": "stöd till barnen"}
ACCESS_LABELS = {"elevator": "hiss", "ground_floor": "bottenvåning", "wheelchair": "rullstolsanpassad bostad"}
_LONG = 10_000


@dataclass(frozen=True)
class Contact:
    """The person to call at the sending municipality (a staff member, not the household)."""

    organisation: str
    name: str
    title: str | None = None
    phone: str | None = None
    email: str | None = None


@dataclass(frozen=True)
class Identity:
    """The applicant's name and personnummer, only when explicitly included (never for protected cases)."""

    first_name: str
    last_name: str
    personal_number: str | None


@dataclass(frozen=True)
class RequestContent:
    """A request as it travels."""

    reference: str
    ring: str | None
    sent_on: date
    adults: int
    children: int
    children_birth_years: tuple[int, ...]
    rooms_needed: int
    protection_level: ProtectionLevel
    access: tuple[str, ...]  # keys of ACCESS_LABELS
    school: str | None
    support: tuple[str, ...]  # keys of SUPPORT_LABELS
    support_text: str | None
    message: str | None
    contact: Contact
    identity: Identity | None = None


@dataclass(frozen=True)
class AnswerStep:
    """One step taken by the receiving municipality."""

    status: RequestStatus
    on: date
    reason: str | None = None


@dataclass(frozen=True)
class AnswerContent:
    """An answer as it travels: whose request it answers, the answering side's reference and steps."""

    request_reference: str
    reference: str
    sequence: int
    steps: tuple[AnswerStep, ...]
    contact: Contact | None = field(default=None)


# -- building -----------------------------------------------------------------------------------


def _contact_dict(c: Contact) -> dict[str, Any]:
    return {"organisation": c.organisation, "name": c.name, "title": c.title, "phone": c.phone, "email": c.email}


def request_payload(r: RequestContent) -> dict[str, Any]:
    """The JSON object of a request file."""
    identity = None if r.identity is None else {
        "first_name": r.identity.first_name, "last_name": r.identity.last_name,
        "personal_number": r.identity.personal_number}
    return {"request": {
        "reference": r.reference, "ring": r.ring, "sent_on": r.sent_on.isoformat(),
        "household": {"adults": r.adults, "children": r.children,
                      "children_birth_years": list(r.children_birth_years), "rooms_needed": r.rooms_needed},
        "protection_level": r.protection_level.value,
        "needs": {"access": list(r.access), "school": r.school},
        "support": {"needed": list(r.support), "text": r.support_text},
        "message": r.message, "contact": _contact_dict(r.contact), "identity": identity,
    }}


def answer_payload(a: AnswerContent) -> dict[str, Any]:
    """The JSON object of an answer file."""
    return {"answer": {
        "request_reference": a.request_reference, "reference": a.reference, "sequence": a.sequence,
        "steps": [{"status": st.status.value, "on": st.on.isoformat(), "reason": st.reason} for st in a.steps],
        "contact": None if a.contact is None else _contact_dict(a.contact),
    }}


# -- reading ------------------------------------------------------------------------------------


def _obj(value: Any, keys: set[str]) -> dict[str, Any]:
    if not isinstance(value, dict) or set(value) != keys:
        raise ContentInvalid()
    return value


def _text(value: Any, max_length: int, *, required: bool = False) -> str | None:
    if value is None and not required:
        return None
    if not isinstance(value, str) or len(value) > max_length or "\x00" in value:
        raise ContentInvalid()
    value = value.strip()
    if required and not value:
        raise ContentInvalid()
    return value or None


def _int(value: Any, low: int, high: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise ContentInvalid()
    return value


def _day(value: Any) -> date:
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ContentInvalid()
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise ContentInvalid() from exc


def _keys(value: Any, allowed: tuple[str, ...] | dict[str, str]) -> tuple[str, ...]:
    if not isinstance(value, list) or len(value) > len(allowed) or any(
            not isinstance(v, str) or v not in allowed for v in value):
        raise ContentInvalid()
    if len(set(value)) != len(value):
        raise ContentInvalid()
    return tuple(k for k in allowed if k in value)


def _reference(value: Any, max_length: int) -> str:
    text = _text(value, max_length, required=True)
    assert text is not None
    if not re.fullmatch(r"[\w./:+-]+(?: [\w./:+-]+)*", text):
        raise ContentInvalid()
    return text


def _contact(value: Any) -> Contact:
    c = _obj(value, {"organisation", "name", "title", "phone", "email"})
    organisation, name = _text(c["organisation"], 200, required=True), _text(c["name"], 200, required=True)
    assert organisation is not None and name is not None
    return Contact(organisation, name, _text(c["title"], 200), _text(c["phone"], 40), _text(c["email"], 200))


def read_request(payload: dict[str, Any]) -> RequestContent:
    """A request file's payload, checked field by field."""
    r = _obj(_obj(payload, {"request"})["request"],
             {"reference", "ring", "sent_on", "household", "protection_level", "needs", "support", "message",
              "contact", "identity"})
    h = _obj(r["household"], {"adults", "children", "children_birth_years", "rooms_needed"})
    years = h["children_birth_years"]
    if not isinstance(years, list) or len(years) > 20:
        raise ContentInvalid()
    children = _int(h["children"], 0, 20)
    birth_years = tuple(sorted(_int(y, 1900, 2200) for y in years))
    if len(birth_years) > children:
        raise ContentInvalid()
    try:
        level = ProtectionLevel(r["protection_level"])
    except (ValueError, TypeError) as exc:
        raise ContentInvalid() from exc
    needs = _obj(r["needs"], {"access", "school"})
    support = _obj(r["support"], {"needed", "text"})
    identity = None
    if r["identity"] is not None:
        i = _obj(r["identity"], {"first_name", "last_name", "personal_number"})
        first, last = _text(i["first_name"], 100, required=True), _text(i["last_name"], 100, required=True)
        assert first is not None and last is not None
        identity = Identity(first, last, _text(i["personal_number"], 13))
        if level is not ProtectionLevel.NONE:
            raise ContentInvalid()  # a protected identity never travels, whatever a file says
    return RequestContent(
        reference=_reference(r["reference"], 60), ring=_text(r["ring"], 200), sent_on=_day(r["sent_on"]),
        adults=_int(h["adults"], 0, 20), children=children, children_birth_years=birth_years,
        rooms_needed=_int(h["rooms_needed"], 1, 20), protection_level=level,
        access=_keys(needs["access"], ACCESS_LABELS), school=_text(needs["school"], _LONG),
        support=_keys(support["needed"], SUPPORT_KEYS), support_text=_text(support["text"], _LONG),
        message=_text(r["message"], _LONG), contact=_contact(r["contact"]), identity=identity)


def read_answer(payload: dict[str, Any]) -> AnswerContent:
    """An answer file's payload, checked field by field (steps in order, each status at most once)."""
    a = _obj(_obj(payload, {"answer"})["answer"], {"request_reference", "reference", "sequence", "steps", "contact"})
    raw_steps = a["steps"]
    if not isinstance(raw_steps, list) or not 1 <= len(raw_steps) <= len(ANSWER_STATUSES):
        raise ContentInvalid()
    steps = []
    for raw in raw_steps:
        st = _obj(raw, {"status", "on", "reason"})
        try:
            status = RequestStatus(st["status"])
        except (ValueError, TypeError) as exc:
            raise ContentInvalid() from exc
        if status not in ANSWER_STATUSES:
            raise ContentInvalid()
        steps.append(AnswerStep(status, _day(st["on"]), _text(st["reason"], _LONG)))
    if len({st.status for st in steps}) != len(steps) or any(b.on < a_.on for a_, b in pairwise(steps)):
        raise ContentInvalid()
    return AnswerContent(_reference(a["request_reference"], 30), _reference(a["reference"], 60),
                         _int(a["sequence"], 1, 1_000_000), tuple(steps),
                         None if a["contact"] is None else _contact(a["contact"]))


# -- describing ---------------------------------------------------------------------------------


def swedish_list(words: list[str]) -> str:
    """'a, b och c'."""
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " och " + words[-1] if words else ""


def describe_request(r: RequestContent, sender: str, recipient: str) -> list[tuple[str, str]]:
    """(Swedish label, value) for every field the request file carries — what leaves the database."""
    children = str(r.children) + (f" (födda {', '.join(map(str, r.children_birth_years))})"
                                  if r.children_birth_years else "")
    contact = ", ".join(x for x in (r.contact.name, r.contact.title, r.contact.phone, r.contact.email) if x)
    support = swedish_list([SUPPORT_LABELS[k] for k in r.support])
    rows = [("Vår referens", r.reference), ("Från", sender), ("Till", recipient),
            ("Bostadsring", r.ring or "–"), ("Skickad", r.sent_on.isoformat()),
            ("Vuxna", str(r.adults)), ("Barn", children), ("Antal rum som behövs", f"{r.rooms_needed} rok"),
            ("Skyddade personuppgifter", r.protection_level.label),
            ("Tillgänglighet", swedish_list([ACCESS_LABELS[k] for k in r.access]).capitalize() or "–"),
            ("Skola och förskola", r.school or "–"),
            ("Stöd som behövs", (support.capitalize() + (": " if r.support_text else "") if support else "")
             + (r.support_text or "") or "–"),
            ("Meddelande", r.message or "–"),
            ("Kontaktperson", f"{contact} ({r.contact.organisation})")]
    if r.identity is not None:
        rows.append(("Sökande", f"{r.identity.first_name} {r.identity.last_name}"
                                + (f", {r.identity.personal_number}" if r.identity.personal_number else "")))
    else:
        rows.append(("Identitet", "Ingen – inget namn, personnummer, adress eller telefon"))
    return rows


def describe_answer(a: AnswerContent) -> list[tuple[str, str]]:
    """(Swedish label, value) for every step an answer file carries."""
    rows = [("Er förfrågan", a.request_reference), ("Vår referens", a.reference)]
    for st in a.steps:
        rows.append((st.status.label, st.on.isoformat() + (f" – {st.reason}" if st.reason else "")))
    if a.contact is not None:
        contact = ", ".join(x for x in (a.contact.name, a.contact.title, a.contact.phone, a.contact.email) if x)
        rows.append(("Kontaktperson", f"{contact} ({a.contact.organisation})"))
    return rows
