"""Letters as PDF: content and merge values of each kind, layout markings, metadata, file names,
consent and identity rules, templates from the database, and logging of print and save."""

from __future__ import annotations

import json
import re
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from sbdesk.domain.audit import AuditEvent
from sbdesk.domain.enums import ProtectionLevel
from sbdesk.domain.setting import Setting
from sbdesk.errors import NotFound, ValidationError
from sbdesk.services import letters as svc
from sbdesk.services.consents import ConsentMissing
from sbdesk.services.context import ServiceContext
from sbdesk.services.letter_templates import LetterKind, set_template
from sbdesk.services.settings import set_settings
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


def flat(text: str) -> str:
    """PDF text with line breaks and hyphenless wraps turned into single spaces."""
    return re.sub(r"\s+", " ", text)


def events(ctx: ServiceContext, prefix: str = "letter.") -> list[tuple[str, str | None, dict[str, object]]]:
    with ctx.read() as s:
        rows = s.scalars(select(AuditEvent).where(AuditEvent.action.like(prefix + "%")).order_by(AuditEvent.id)).all()
        return [(e.action, e.reason, json.loads(e.details or "{}")) for e in rows]


@pytest.fixture
def plain(ctx: ServiceContext) -> tuple[ServiceContext, int, int]:
    """An unprotected household with consents for the landlord and Uppsala, and a landlord."""
    sender(ctx)
    case = household(ctx, ProtectionLevel.NONE)
    ll = landlord(ctx)
    consent(ctx, case.case_id, "landlord", LANDLORD)
    consent(ctx, case.case_id, "municipality", "Uppsala kommun")
    return ctx, case.case_id, ll


def test_offer_letter_to_an_unprotected_household(plain: tuple[ServiceContext, int, int], tmp_path: Path) -> None:
    ctx, case_id, ll = plain
    offer_id = offer(ctx, case_id, ll)
    letter = svc.offer_letter(ctx, offer_id, today=TODAY, viewing="Tisdag 2026-03-17 kl. 14.00 vid porten")
    text = flat(pdf_text(svc.letter_pdf(letter), tmp_path))
    for expected in ("Västerås stad", "Socialförvaltningen, individ- och familjeomsorgen", "Erbjudande om lägenhet",
                     "Fiktivia Påhittadsdotter", "Hemligvägen 11", "722 22 Västerås",  # to the person themself
                     "Adress: Provgatan 3, 724 61 Västerås", "Område: Bäckby", "Storlek: 3 rok, 74 m²",
                     "Våning: Våning 2, hiss", "Hyra: 8 900 kr per månad", f"Hyresvärd: {LANDLORD}",
                     "Kontraktsform: Socialt kontrakt", f"Inflyttning: {(TODAY + timedelta(days=30)).isoformat()}",
                     "Tisdag 2026-03-17 kl. 14.00 vid porten", f"senast {(TODAY + timedelta(days=7)).isoformat()}",
                     "Med vänlig hälsning", "Testa Testsson", "Samordnare", "Telefon 021-39 11 11",
                     "Diarienummer", letter.reference, TODAY.isoformat(), "Sida 1 av 1",
                     "Box 1", "721 87 Västerås", "212000-2080"):
        assert expected.replace("\u00a0", " ") in text.replace("\u00a0", " "), expected
    assert "Sekretess enligt OSL" not in text  # a letter to the person, about an unprotected case
    assert "Skyddade personuppgifter" not in text
    assert letter.identity_included and letter.record_id == offer_id
    assert letter.file_name == f"{letter.reference}_erbjudande.pdf"
    assert events(ctx) == [("letter.identity", None, {"kind": "offer", "record_id": offer_id, "identity": True})]


def test_priority_certificate_to_a_landlord(plain: tuple[ServiceContext, int, int], tmp_path: Path) -> None:
    ctx, case_id, ll = plain
    grant_id = grant(ctx, case_id)
    letter = svc.priority_letter(ctx, case_id, landlord_id=ll, today=TODAY)
    text = flat(pdf_text(svc.letter_pdf(letter), tmp_path)).replace("\u00a0", " ")
    for expected in ("Intyg om förtur – underlag till hyresvärd", LANDLORD, "Att: Uthyrningen",
                     "Fiktivia Påhittadsdotter (född 1988) har beviljats social förtur", "Grund: sociala skäl",
                     f"Beslutad: {(TODAY - timedelta(days=10)).isoformat()}",
                     f"Giltig till och med: {(TODAY + timedelta(days=355)).isoformat()}",
                     "Förturen gäller för ett erbjudande.", "Hushållet: en vuxen och två barn",
                     "Storlek: minst 3 rum och kök (3 rok)", "Tillgänglighet: Hiss", "Högsta hyra: 9 500 kr per månad",
                     "Kontraktsform: Socialt kontrakt", "kommunal hyresgaranti", "Sekretess enligt OSL"):
        assert expected in text, expected
    assert "Hemligvägen" not in text  # a landlord never gets the current address
    assert letter.record_id == grant_id and letter.file_name == f"{letter.reference}_intyg-fortur.pdf"


def test_request_letter_to_another_municipality(plain: tuple[ServiceContext, int, int], tmp_path: Path) -> None:
    ctx, case_id, _ll = plain
    letter = svc.request_letter(ctx, case_id, "0380", today=TODAY, legal_basis="Se även kommunens riktlinje 4.2.",
                                commitments="Vi bekostar flyttfirma.",
                                support={"ekonomiskt": "Försörjningsstöd de första tre månaderna.", "okänd": "x"})
    text = flat(pdf_text(svc.letter_pdf(letter), tmp_path)).replace("\u00a0", " ")
    for expected in ("Förfrågan om mottagande av hushåll", "Uppsala kommun", "Socialtjänsten",
                     "Västerås stad frågar Uppsala kommun", "en vuxen och två barn",
                     "Fiktivia Påhittadsdotter – Sökande, 38 år (född 1988)", "Barn, 7 år (född 2019)",
                     "Storlek: minst 3 rum och kök (3 rok)", "Skola och förskola: Skola åk 5 nära bostaden",
                     "Önskemål: Närhet till kollektivtrafik", "Ekonomiskt stöd: Försörjningsstöd de första tre månaderna.",
                     "Säkerhet: Risknivå enligt riskbedömningen: hög.", "socialtjänstlagen (2025:400)",
                     "Se även kommunens riktlinje 4.2.", "Vi bekostar flyttfirma.",
                     f"senast {(TODAY + timedelta(days=30)).isoformat()}", "Sekretess enligt OSL"):
        assert expected in text, expected
    assert "Psykosocialt stöd:" not in text  # an empty line is left out
    assert letter.file_name == f"{letter.reference}_forfragan.pdf"


def test_the_pdf_opens_with_embedded_fonts_and_clean_metadata(plain: tuple[ServiceContext, int, int],
                                                              tmp_path: Path) -> None:
    ctx, case_id, _ll = plain
    letter = svc.request_letter(ctx, case_id, "0380", today=TODAY)
    data = svc.letter_pdf(letter)
    assert data.startswith(b"%PDF-")
    info = pdf_info(data, tmp_path)
    assert info["Title"] == f"Förfrågan om mottagande – {letter.reference}"
    assert info["Author"] == "Västerås stad"
    assert info["Subject"] == "Förfrågan om mottagande" and info.get("Keywords", "") == ""
    assert info["Page size"].startswith("595.276 x 841.89") and int(info["Pages"]) >= 1
    fonts = pdf_fonts(data, tmp_path)
    assert fonts and all(f["embedded"] for f in fonts), fonts
    assert {f["name"].split("+")[-1] for f in fonts} >= {"DejaVuSans", "DejaVuSans-Bold"}
    pages = int(info["Pages"])
    text = pdf_text(data, tmp_path)
    assert all(f"Sida {n} av {pages}" in text for n in range(1, pages + 1))


def test_a_protected_case_is_marked_on_every_page(ctx: ServiceContext, tmp_path: Path) -> None:
    sender(ctx)
    case = household(ctx, ProtectionLevel.PROTECTED_REGISTRATION)
    consent(ctx, case.case_id, "municipality", "Uppsala")
    set_template(ctx, "request", "# Förfrågan\n" + "\n\n".join(f"Stycke {n}. " + "Text " * 80 for n in range(12)))
    data = svc.letter_pdf(svc.request_letter(ctx, case.case_id, "0380", today=TODAY))
    pages = int(pdf_info(data, tmp_path)["Pages"])
    assert pages >= 2
    for n in range(1, pages + 1):
        out = tmp_path / "page.pdf"
        out.write_bytes(data)
        page = subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), "-enc", "UTF-8", str(out), "-"],
                              check=True, capture_output=True, text=True).stdout
        assert "Skyddade personuppgifter: Skyddad folkbokföring" in page
        assert "Sekretess enligt OSL" in page and f"Sida {n} av {pages}" in page


def test_without_consent_a_letter_is_refused_unless_a_reason_is_logged(ctx: ServiceContext) -> None:
    sender(ctx)
    case = household(ctx, ProtectionLevel.NONE)
    ll = landlord(ctx)
    grant(ctx, case.case_id)
    consent(ctx, case.case_id, "municipality", "Uppsala kommun")
    with pytest.raises(ConsentMissing) as caught:
        svc.priority_letter(ctx, case.case_id, landlord_id=ll, today=TODAY)
    assert caught.value.code == "CONSENT_MISSING" and caught.value.recipient_name == LANDLORD
    with pytest.raises(ConsentMissing):
        svc.request_letter(ctx, case.case_id, "1880", today=TODAY)  # Örebro: the consent names Uppsala
    assert events(ctx) == []
    letter = svc.priority_letter(ctx, case.case_id, landlord_id=ll, today=TODAY,
                                 consent_override_reason="Muntligt samtycke i telefon 2026-03-16")
    assert letter.kind is LetterKind.PRIORITY
    assert events(ctx) == [("letter.consent_override", "Muntligt samtycke i telefon 2026-03-16",
                            {"kind": "priority", "record_id": letter.record_id, "identity": True,
                             "recipient_kind": "landlord"})]
    check = svc.letter_check(ctx, "request", case_id=case.case_id, counterpart_code="0380", today=TODAY)
    assert not check.consent_missing and check.recipient_name == "Uppsala kommun"


def test_a_certificate_without_any_named_landlord_accepts_any_landlord_consent(ctx: ServiceContext) -> None:
    sender(ctx)
    case = household(ctx, ProtectionLevel.NONE)
    grant(ctx, case.case_id)
    with pytest.raises(ConsentMissing):
        svc.priority_letter(ctx, case.case_id, today=TODAY)
    consent(ctx, case.case_id, "landlord", "Någon hyresvärd")
    letter = svc.priority_letter(ctx, case.case_id, today=TODAY)
    assert letter.document.recipient == ("Till berörd hyresvärd",)


def test_a_certificate_needs_a_valid_priority(ctx: ServiceContext) -> None:
    sender(ctx)
    case = household(ctx, ProtectionLevel.NONE)
    consent(ctx, case.case_id, "landlord", LANDLORD)
    with pytest.raises(ValidationError) as caught:
        svc.priority_letter(ctx, case.case_id, today=TODAY)
    assert caught.value.error_code == "NO_VALID_PRIORITY"
    grant_id = grant(ctx, case.case_id)
    with pytest.raises(ValidationError) as caught:
        svc.priority_letter(ctx, case.case_id, grant_id=grant_id, today=TODAY + timedelta(days=400))
    assert caught.value.error_code == "NO_VALID_PRIORITY"


def test_unknown_records_and_municipalities(ctx: ServiceContext) -> None:
    sender(ctx)
    case = household(ctx, ProtectionLevel.NONE)
    with pytest.raises(NotFound):
        svc.offer_letter(ctx, 9999, today=TODAY)
    with pytest.raises(NotFound):
        svc.priority_letter(ctx, 9999, today=TODAY)
    with pytest.raises(ValidationError) as caught:
        svc.request_letter(ctx, case.case_id, "9999", today=TODAY)
    assert caught.value.error_code == "UNKNOWN_MUNICIPALITY"


def test_the_municipality_template_is_used(plain: tuple[ServiceContext, int, int], tmp_path: Path) -> None:
    ctx, case_id, ll = plain
    offer_id = offer(ctx, case_id, ll)
    set_template(ctx, "offer", "# Lägenhet till er\nNi får {lagenhet.adress} för {lagenhet.hyra}.\n- {okand}"
                 .replace("\n- {okand}", "\n- Ring {handlaggare.kontakt}"))
    text = flat(pdf_text(svc.letter_pdf(svc.offer_letter(ctx, offer_id, today=TODAY)), tmp_path)).replace("\u00a0", " ")
    assert "Lägenhet till er" in text and "Ni får Provgatan 3, 724 61 Västerås för 8 900 kr per månad." in text
    assert "Ring Testa Testsson, telefon 021-39 11 11, e-post samordnare@exempel.se" in text
    assert "Läs igenom uppgifterna" not in text  # the default wording is gone


def test_letters_need_the_official_name(plain: tuple[ServiceContext, int, int]) -> None:
    ctx, case_id, _ll = plain
    with ctx.write() as s:  # the settings dialog refuses an empty name; an old database may lack it
        s.get(Setting, "municipality.official_name").value = ""
    with pytest.raises(ValidationError) as caught:
        svc.request_letter(ctx, case_id, "0380", today=TODAY)
    assert caught.value.error_code == "SENDER_MISSING"


def test_a_logo_is_drawn_and_a_missing_one_is_skipped(plain: tuple[ServiceContext, int, int], tmp_path: Path) -> None:
    ctx, case_id, _ll = plain
    from PIL import Image  # matplotlib brings Pillow

    logo = tmp_path / "logo.png"
    Image.new("RGB", (240, 80), (20, 70, 140)).save(logo)
    set_settings(ctx, {"letter.logo_path": str(logo)})
    with_logo = svc.letter_pdf(svc.request_letter(ctx, case_id, "0380", today=TODAY))
    assert b"/Subtype /Image" in with_logo
    logo.unlink()
    without = svc.letter_pdf(svc.request_letter(ctx, case_id, "0380", today=TODAY))
    assert b"/Subtype /Image" not in without and without.startswith(b"%PDF-")


def test_print_and_save_are_logged_without_personal_data(plain: tuple[ServiceContext, int, int]) -> None:
    ctx, case_id, ll = plain
    letter = svc.offer_letter(ctx, offer(ctx, case_id, ll), today=TODAY)
    svc.record_output(ctx, letter, "print")
    svc.record_output(ctx, letter, action="save")
    with pytest.raises(ValidationError):
        svc.record_output(ctx, letter, "email")
    logged = events(ctx)[1:]
    assert [(a, d) for a, _r, d in logged] == [
        ("letter.print", {"kind": "offer", "record_id": letter.record_id, "identity": True}),
        ("letter.save", {"kind": "offer", "record_id": letter.record_id, "identity": True})]
    with ctx.read() as s:
        rows = s.scalars(select(AuditEvent).where(AuditEvent.action.like("letter.%"))).all()
        assert all(e.entity == "case" and e.entity_id == str(case_id) for e in rows)
        assert all("Fiktivia" not in (e.details or "") for e in rows)


def test_offers_sent_on_a_day(plain: tuple[ServiceContext, int, int]) -> None:
    ctx, case_id, ll = plain
    offer_id = offer(ctx, case_id, ll)
    assert svc.offers_sent_on(ctx, TODAY) == [offer_id]
    assert svc.offers_sent_on(ctx, TODAY + timedelta(days=1)) == []


@pytest.mark.parametrize("reference, kind, name", [
    ("SB-2026-0003", "offer", "SB-2026-0003_erbjudande.pdf"),
    ("FR 2026/12", LetterKind.REQUEST, "FR-2026-12_forfragan.pdf"),
    ("../../etc", "priority", "etc_intyg-fortur.pdf"),
    ("", "offer", "brev_erbjudande.pdf"),
])
def test_file_names_hold_only_reference_and_kind(reference: str, kind: str, name: str) -> None:
    assert svc.suggested_file_name(reference, kind) == name


def test_a_request_letter_from_a_recorded_request_uses_its_reference(plain: tuple[ServiceContext, int, int],
                                                                     tmp_path: Path) -> None:
    ctx, case_id, _ll = plain
    from sbdesk.services.requests import create_incoming, create_outgoing

    request = create_outgoing(ctx, case_id, "0380", today=TODAY)
    letter = svc.build_letter(ctx, "request", request_id=request.id, today=TODAY)
    assert (letter.reference, letter.case_id, letter.record_id) == (request.reference, case_id, request.id)
    assert letter.file_name == f"{request.reference}_forfragan.pdf"
    text = flat(pdf_text(svc.letter_pdf(letter), tmp_path))
    assert request.reference in text and "Uppsala kommun" in text
    incoming = create_incoming(ctx, {"counterpart_municipality_code": "0380", "adults": 1, "children": 0,
                                     "received_on": TODAY},
                               today=TODAY)
    with pytest.raises(ValidationError) as caught:
        svc.build_letter(ctx, "request", request_id=incoming.id, today=TODAY)
    assert caught.value.error_code == "REQUEST_NOT_OUTGOING"


def test_no_request_letter_to_a_municipality_the_household_must_stay_away_from(
        plain: tuple[ServiceContext, int, int]) -> None:
    from sbdesk.errors import ValidationError
    from sbdesk.services.cases import update_case

    ctx, case_id, _ll = plain
    update_case(ctx, case_id, {}, excluded=["0380"])
    with pytest.raises(ValidationError) as exc:
        svc.build_letter(ctx, "request", case_id=case_id, counterpart_code="0380", today=TODAY)
    assert exc.value.error_code == "EXCLUDED_MUNICIPALITY"
    with pytest.raises(ValidationError):
        svc.letter_check(ctx, "request", case_id=case_id, counterpart_code="0380", today=TODAY)
