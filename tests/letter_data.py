"""Fictional households, landlords, offers and förtur grants for the letter tests, and PDF helpers
(pdftotext, pdfinfo, pdffonts from poppler-utils)."""

from __future__ import annotations

import random
import subprocess
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sbdesk.domain.enums import ApartmentStatus, CaseStatus, ContractType, LandlordKind, MemberRole, ProtectionLevel
from sbdesk.services.apartments import create_apartment
from sbdesk.services.cases import create_case
from sbdesk.services.consents import add_consent
from sbdesk.services.context import ServiceContext
from sbdesk.services.demo import fictional_personnummer
from sbdesk.services.housing import create_agreement, create_landlord
from sbdesk.services.offers import propose_offer, send_offer
from sbdesk.services.priority import create_grant
from sbdesk.services.settings import set_settings

TODAY = date(2026, 3, 16)
LANDLORD = "Exempelhem Bostäder AB"


@dataclass(frozen=True)
class Household:
    """A fictional case and everything about its people that must never leak when protected."""

    case_id: int
    reference: str
    secrets: tuple[str, ...]


def sender(ctx: ServiceContext) -> None:
    """The letterhead and the coordinator's contact details (fictional)."""
    set_settings(ctx, {
        "municipality.official_name": "Västerås stad",
        "municipality.department": "Socialförvaltningen, individ- och familjeomsorgen",
        "municipality.address": "Box 1, 721 87 Västerås", "municipality.phone": "021-39 00 00",
        "municipality.org_number": "212000-2080", "coordinator.title": "Samordnare",
        "coordinator.phone": "021-39 11 11", "coordinator.email": "samordnare@exempel.se",
    })


def household(ctx: ServiceContext, level: ProtectionLevel, *, first: str = "Fiktivia", last: str = "Påhittadsdotter",
              child: str = "Låtsasbarn", seed: int = 1) -> Household:
    """An applicant born 1988 and a child born 2015, both with identities, and one child without."""
    rng = random.Random(seed)
    pnr_adult = fictional_personnummer(rng, date(1988, 4, 3))
    pnr_child = fictional_personnummer(rng, date(2015, 9, 21))
    street, phone, email = f"Hemligvägen {seed + 10}", f"070-{seed:03d} 44 55", f"{first.lower()}@exempel.se"
    members = [
        {"role": MemberRole.APPLICANT, "birth_year": 1988,
         "identity": {"first_name": first, "last_name": last, "personal_number": pnr_adult, "phone": phone,
                      "email": email, "address": f"{street}, 722 22 Västerås"}},
        {"role": MemberRole.CHILD, "birth_year": 2015,
         "identity": {"first_name": child, "last_name": last, "personal_number": pnr_child}},
        {"role": MemberRole.CHILD, "birth_year": 2019},
    ]
    row = create_case(ctx, {"protection_level": level, "risk_level": "high", "status": CaseStatus.WAITING,
                            "needs_elevator": True, "max_rent_sek": 9500, "school_needs": "Skola åk 5 nära bostaden",
                            "wishes": "Närhet till kollektivtrafik", "needed_by": TODAY + timedelta(days=90)}, members)
    digits = [p.replace("-", "") for p in (pnr_adult, pnr_child)]
    secrets = (first, last, child, street, phone, email, pnr_adult, pnr_child, *digits, *(d[2:] for d in digits),
               *(f"{d[2:8]}-{d[8:]}" for d in digits))
    return Household(row.id, row.reference, secrets)


def landlord(ctx: ServiceContext, *, guarantee: bool = True) -> int:
    """A municipal landlord with a social-contracts agreement (with rent guarantee) in force."""
    ll = create_landlord(ctx, {"name": LANDLORD, "kind": LandlordKind.MUNICIPAL, "contact_name": "Uthyrningen"})
    create_agreement(ctx, {"landlord_id": ll.id, "kind": "social_contracts", "title": "Sociala kontrakt",
                           "valid_from": TODAY - timedelta(days=60), "valid_to": TODAY + timedelta(days=300),
                           "rent_guarantee": guarantee})
    return ll.id


def grant(ctx: ServiceContext, case_id: int) -> int:
    """A förtur grant valid on TODAY."""
    return create_grant(ctx, case_id, {"ground": "social", "issued_by": "Socialsekreterare",
                                       "decided_on": TODAY - timedelta(days=10),
                                       "valid_until": TODAY + timedelta(days=355)}).id


def offer(ctx: ServiceContext, case_id: int, landlord_id: int, *, address: str = "Provgatan 3") -> int:
    """An apartment offered (sent) on TODAY with a reply-by date a week later."""
    apartment = create_apartment(ctx, {
        "landlord_id": landlord_id, "address": address, "postal_code": "724 61", "postal_town": "Västerås",
        "municipality_code": "1980", "district": "Bäckby", "rooms": 3, "area_m2": 74, "rent_sek": 8900, "floor": 2,
        "elevator": True, "available_from": TODAY + timedelta(days=30), "contract_type": ContractType.SOCIAL,
        "status": ApartmentStatus.AVAILABLE,
    })
    made = propose_offer(ctx, case_id, apartment.id, today=TODAY)
    send_offer(ctx, made.id, TODAY + timedelta(days=7), today=TODAY)
    return made.id


def consent(ctx: ServiceContext, case_id: int, kind: str, name: str) -> int:
    """A consent given a month before TODAY."""
    return add_consent(ctx, case_id, {"recipient_kind": kind, "recipient_name": name, "scope": "Behov och förtur",
                                      "given_on": TODAY - timedelta(days=30)}, today=TODAY).id


def pdf_text(data: bytes, tmp_path: Path, name: str = "brev.pdf") -> str:
    """The text of a PDF (pdftotext, reading order)."""
    path = tmp_path / name
    path.write_bytes(data)
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def pdf_info(data: bytes, tmp_path: Path) -> dict[str, str]:
    """The document information dictionary (pdfinfo)."""
    path = tmp_path / "info.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdfinfo", "-enc", "UTF-8", str(path)], check=True, capture_output=True, text=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines()) if v}


def pdf_fonts(data: bytes, tmp_path: Path) -> list[dict[str, Any]]:
    """Every font of a PDF with its embedded flag (pdffonts)."""
    path = tmp_path / "fonts.pdf"
    path.write_bytes(data)
    lines = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout.splitlines()[2:]
    fonts = []
    for line in lines:
        parts = line.split()
        # name, type words…, encoding, emb, sub, uni, object id, generation: emb is the 5th field from the end
        fonts.append({"name": parts[0], "embedded": parts[-5] == "yes"})
    return fonts
