"""Letters never leak a protected identity: for a case with protected personal data, no name,
personnummer, address, phone or e-mail of its people appears in a letter's text, its metadata, its
file name or the audit log — unless the letter goes to the person themself and the user confirmed,
which is logged (fictional data only)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from sbdesk.domain.audit import AuditEvent
from sbdesk.domain.enums import ProtectionLevel
from sbdesk.services import letters as svc
from sbdesk.services.context import ServiceContext
from sbdesk.services.letters import Letter
from tests.letter_data import (
    LANDLORD,
    TODAY,
    consent,
    grant,
    household,
    landlord,
    offer,
    pdf_fonts,
    pdf_info,
    pdf_text,
    sender,
)

PROTECTED = [level for level in ProtectionLevel if level.protected]


def letters_for(ctx: ServiceContext, level: ProtectionLevel, **kw: object) -> tuple[list[Letter], tuple[str, ...]]:
    """One letter of each kind about a protected household (kw go to every build)."""
    sender(ctx)
    case = household(ctx, level)
    ll = landlord(ctx)
    grant(ctx, case.case_id)
    consent(ctx, case.case_id, "landlord", LANDLORD)
    consent(ctx, case.case_id, "municipality", "Uppsala kommun")
    offer_id = offer(ctx, case.case_id, ll)
    made = [svc.offer_letter(ctx, offer_id, today=TODAY),
            svc.priority_letter(ctx, case.case_id, landlord_id=ll, today=TODAY, **kw),
            svc.request_letter(ctx, case.case_id, "0380", today=TODAY, **kw)]
    return made, case.secrets


def leaks(haystack: str, secrets: tuple[str, ...]) -> list[str]:
    folded = haystack.casefold().replace("\u00a0", " ")
    return [s for s in secrets if s.casefold() in folded]


def audit_text(ctx: ServiceContext) -> str:
    with ctx.read() as s:
        return "\n".join(f"{e.reason or ''} {e.details or ''}" for e in s.scalars(select(AuditEvent)))


@pytest.mark.parametrize("level", PROTECTED)
def test_no_identity_in_text_metadata_file_name_or_log(ctx: ServiceContext, level: ProtectionLevel,
                                                       tmp_path: Path) -> None:
    made, secrets = letters_for(ctx, level)
    for letter in made:
        data = svc.letter_pdf(letter)
        text = pdf_text(data, tmp_path)
        assert letter.reference in text and f"Skyddade personuppgifter: {level.label}" in text  # the check can see
        assert leaks(text, secrets) == [], letter.kind
        info = pdf_info(data, tmp_path)
        assert leaks(" ".join(info.values()), secrets) == []
        assert info["Title"] == f"{letter.kind.label} – {letter.reference}" and info["Author"] == "Västerås stad"
        assert leaks(data.decode("latin-1"), secrets) == []  # nothing in the raw file either
        assert leaks(letter.file_name + letter.title + repr(letter.document), secrets) == []
        assert not letter.identity_included
        assert all(f["embedded"] for f in pdf_fonts(data, tmp_path))
    offer_text = pdf_text(svc.letter_pdf(made[0]), tmp_path)
    assert f"Hushållet i ärende {made[0].reference}" in offer_text  # the reference stands in for the name
    assert "hushållet i ärende" in pdf_text(svc.letter_pdf(made[1]), tmp_path)
    assert leaks(audit_text(ctx), secrets) == []
    with ctx.read() as s:  # no identity was read for these letters, so none was logged as used
        assert not s.scalars(select(AuditEvent).where(AuditEvent.action.like("letter.identity%"))).all()


@pytest.mark.parametrize("level", PROTECTED)
def test_confirming_identity_never_opens_letters_to_others(ctx: ServiceContext, level: ProtectionLevel,
                                                           tmp_path: Path) -> None:
    made, secrets = letters_for(ctx, level, confirm_identity=True)
    for letter in made[1:]:  # the certificate to the landlord and the request to a municipality
        assert leaks(pdf_text(svc.letter_pdf(letter), tmp_path), secrets) == []
        assert not letter.identity_included


def test_the_person_themself_gets_their_name_only_after_a_logged_confirmation(ctx: ServiceContext,
                                                                              tmp_path: Path) -> None:
    sender(ctx)
    case = household(ctx, ProtectionLevel.PROTECTED_REGISTRATION)
    offer_id = offer(ctx, case.case_id, landlord(ctx))
    unconfirmed = svc.offer_letter(ctx, offer_id, today=TODAY)
    assert leaks(pdf_text(svc.letter_pdf(unconfirmed), tmp_path), case.secrets) == []
    confirmed = svc.offer_letter(ctx, offer_id, today=TODAY, confirm_identity=True)
    data = svc.letter_pdf(confirmed)
    text = pdf_text(data, tmp_path)
    assert "Fiktivia Påhittadsdotter" in text and "Hemligvägen 11" in text  # the envelope needs them
    assert leaks(text, tuple(s for s in case.secrets if any(c.isdigit() for c in s) and "Hemlig" not in s)) == []
    assert leaks(" ".join(pdf_info(data, tmp_path).values()) + confirmed.file_name, case.secrets) == []
    assert confirmed.identity_included and "Skyddade personuppgifter" in text
    with ctx.read() as s:
        logged = s.scalars(select(AuditEvent).where(AuditEvent.action.like("letter.%"))).all()
        assert [(e.action, e.entity_id, json.loads(e.details)) for e in logged] == [
            ("letter.identity_confirmed", str(case.case_id), {"kind": "offer", "record_id": offer_id,
                                                              "identity": True})]
    assert leaks(audit_text(ctx), case.secrets) == []


def test_unprotected_letters_to_others_carry_no_personnummer_or_phone(ctx: ServiceContext, tmp_path: Path) -> None:
    sender(ctx)
    case = household(ctx, ProtectionLevel.NONE)
    ll = landlord(ctx)
    grant(ctx, case.case_id)
    consent(ctx, case.case_id, "landlord", LANDLORD)
    consent(ctx, case.case_id, "municipality", "Uppsala")
    numbers = tuple(s for s in case.secrets if any(c.isdigit() for c in s)) + ("fiktivia@exempel.se",)
    for letter in (svc.priority_letter(ctx, case.case_id, landlord_id=ll, today=TODAY),
                   svc.request_letter(ctx, case.case_id, "0380", today=TODAY)):
        data = svc.letter_pdf(letter)
        text = pdf_text(data, tmp_path)
        assert "Fiktivia Påhittadsdotter" in text
        assert leaks(text, numbers) == []
        assert leaks(" ".join(pdf_info(data, tmp_path).values()) + letter.file_name, case.secrets) == []
