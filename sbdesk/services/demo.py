"""Fictional demo data: landlords, agreements, hundreds of apartments, dozens of cases.

Everything here is invented. Names are common Swedish first and last names combined at
random; personnummer use födelsenummer 980–999, the series used by Skatteverket's published
test personnummer, with a correct check digit. Fixed seed; dates relative to today.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import select, update

from sbdesk.domain.cases import Case, HouseholdMember, Person
from sbdesk.domain.enums import (
    AgreementKind,
    ApartmentStatus,
    CaseStatus,
    ContractType,
    LandlordKind,
    MemberRole,
    ProtectionLevel,
    RiskLevel,
)
from sbdesk.domain.validators import luhn_check_digit
from sbdesk.services.apartments import create_apartment
from sbdesk.services.cases import create_case
from sbdesk.services.context import ServiceContext
from sbdesk.services.demo_grant import add_demo_grant
from sbdesk.services.demo_offers import DemoCase, add_demo_grants, add_demo_offers
from sbdesk.services.demo_rings import add_demo_rings
from sbdesk.services.housing import create_agreement, create_landlord
from sbdesk.services.settings import set_settings, setup_profile

SEED = 20261127
DEMO_COORDINATOR = "Demo Handläggare"
DEMO_MUNICIPALITY = "1980"  # Västerås
MUNICIPALITIES = {  # code: (postal town, districts)
    "1980": ("Västerås", ["Bäckby", "Råby", "Skultuna", "Vallby", "Hammarby", "Centrum"]),
    "1984": ("Arboga", ["Centrum", "Brattberg"]),
    "1983": ("Köping", ["Malmaberg", "Karlberg"]),
    "0380": ("Uppsala", ["Gottsunda", "Sävja", "Luthagen", "Eriksberg"]),
    "2080": ("Falun", ["Norr", "Slätta", "Hosjö"]),
    "1880": ("Örebro", ["Vivalla", "Brickebacken", "Adolfsberg"]),
    "0580": ("Linköping", ["Skäggetorp", "Ryd", "Berga"]),
}
STREETS = ["Björkvägen", "Storgatan", "Lärkgatan", "Ängsvägen", "Skolgatan", "Furuvägen", "Kvarngatan",
           "Parkgatan", "Solvägen", "Hagagatan", "Åsgatan", "Ekbacken", "Vintergatan", "Norrbyvägen"]
FIRST = ["Anna", "Maria", "Sara", "Emma", "Fatima", "Elin", "Lina", "Johanna", "Amira", "Karin",
         "Sofia", "Nora", "Leila", "Hanna", "Ida", "Mira", "Oskar", "Liam", "Elsa", "Alva", "Noah",
         "Wilma", "Hugo", "Maja", "Adam", "Ella", "Omar", "Selma"]
LAST = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
        "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Hassan", "Ali", "Lindberg", "Berg"]
LANDLORDS = [
    ("Mälarhem Bostäder AB", LandlordKind.MUNICIPAL), ("Fyrklövern Fastigheter", LandlordKind.PRIVATE),
    ("Ängsbacken Bostads AB", LandlordKind.MUNICIPAL), ("Stenhus Förvaltning", LandlordKind.PRIVATE),
    ("Arbogahem AB", LandlordKind.MUNICIPAL), ("Norrgården Hyresfastigheter", LandlordKind.PRIVATE),
]


def fictional_personnummer(rng: random.Random, birth: date) -> str:
    """A test-series personnummer (födelsenummer 980–999) with a valid check digit."""
    serial = f"{rng.randint(980, 999)}"
    nine = f"{birth:%y%m%d}{serial}"
    return f"{birth:%Y%m%d}-{serial}{luhn_check_digit(nine)}"


def _identity(rng: random.Random, birth_year: int, last: str, town: str) -> dict[str, Any]:
    birth = date(birth_year, rng.randint(1, 12), rng.randint(1, 28))
    return {
        "first_name": rng.choice(FIRST),
        "last_name": last,
        "personal_number": fictional_personnummer(rng, birth),
        "phone": f"070-{rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
        "address": f"{rng.choice(STREETS)} {rng.randint(1, 80)}, {town}",
    }


OLD_CLOSED = ((7, ProtectionLevel.PROTECTED_REGISTRATION), (6, ProtectionLevel.NONE), (3, ProtectionLevel.NONE))


def _old_closed_cases(ctx: ServiceContext, rng: random.Random, today: date, count: int) -> None:
    """Households whose cases closed years ago, so Gallring has something to show. Their last entry is
    dated back directly (a demo only: in real use the date is the last time the case changed)."""
    for years, level in OLD_CLOSED[:count]:
        last = rng.choice(LAST)
        born = rng.randint(1965, 1995)
        case = create_case(ctx, {"protection_level": level, "risk_level": RiskLevel.MODERATE,
                                 "status": CaseStatus.CLOSED},
                           [{"role": MemberRole.APPLICANT, "birth_year": born,
                             "identity": _identity(rng, born, last, "Västerås")}])
        then = datetime(today.year - years, rng.randint(1, 12), rng.randint(1, 28), 10, tzinfo=UTC)
        with ctx.write() as s:
            s.execute(update(Case).where(Case.id == case.id).values(updated_at=then))
            person_ids = select(HouseholdMember.person_id).where(HouseholdMember.case_id == case.id)
            s.execute(update(Person).where(Person.id.in_(person_ids)).values(updated_at=then))


def fill_demo(ctx: ServiceContext, *, apartments: int = 300, cases: int = 40, today: date | None = None) -> None:
    """Fill a new database with fictional data (profile, landlords, agreements, apartments, cases)."""
    rng = random.Random(SEED)
    today = today or date.today()
    setup_profile(ctx, coordinator_name=DEMO_COORDINATOR, municipality_code=DEMO_MUNICIPALITY)
    set_settings(ctx, {
        "municipality.official_name": "Västerås stad",
        "coordinator.title": "Samordnare våld i nära relationer",
        "coordinator.phone": "021-39 00 00",
    })
    codes = list(MUNICIPALITIES)
    landlords = [create_landlord(ctx, {"name": n, "kind": k, "contact_name": f"{rng.choice(FIRST)} "
                                      f"{rng.choice(LAST)}", "phone": f"021-{rng.randint(100000, 999999)}"})
                 for n, k in LANDLORDS]
    agreements: dict[int, list[int]] = {ll.id: [] for ll in landlords}
    for ll in landlords:
        for kind in rng.sample(list(AgreementKind), 2):
            agreement = create_agreement(ctx, {
                "landlord_id": ll.id, "kind": kind, "title": f"{kind.label} {today.year}",
                "valid_from": date(today.year, 1, 1), "valid_to": date(today.year, 12, 31),
                "quota": rng.randint(2, 24), "municipality_code": rng.choice(codes),
                "rent_guarantee": rng.random() < 0.3,
            })
            agreements[ll.id].append(agreement.id)
    statuses = [ApartmentStatus.AVAILABLE] * 4 + [ApartmentStatus.PLANNED] * 2 + list(ApartmentStatus)
    for _ in range(apartments):
        ll = rng.choice(landlords)
        code = rng.choice(codes)
        town, districts = MUNICIPALITIES[code]
        rooms = rng.choices([1, 2, 3, 4, 5], weights=[3, 5, 4, 2, 1])[0]
        create_apartment(ctx, {
            "landlord_id": ll.id,
            "agreement_id": rng.choice(agreements[ll.id] + [None]),
            "address": f"{rng.choice(STREETS)} {rng.randint(1, 120)}",
            "postal_code": f"{rng.randint(100, 989)} {rng.randint(10, 99)}",
            "postal_town": town, "municipality_code": code, "district": rng.choice(districts),
            "rooms": rooms, "area_m2": 25 + rooms * 18 + rng.randint(0, 15),
            "rent_sek": 3500 + rooms * 1900 + rng.randint(0, 25) * 100, "floor": rng.randint(0, 8),
            "elevator": rng.random() < 0.5, "wheelchair_accessible": rng.random() < 0.15,
            "available_from": today + timedelta(days=rng.randint(-30, 180)),
            "contract_type": rng.choice(list(ContractType)), "status": rng.choice(statuses),
        })
    levels = list(ProtectionLevel)
    made: list[DemoCase] = []
    needs: dict[int, tuple[int, int, list[str], list[str]]] = {}  # case: size, max rent, excluded, wished
    old = len(OLD_CLOSED) if cases >= 20 else 0  # part of the count: a full demo shows Gallring at work
    for i in range(cases - old):
        level = levels[i] if i < len(levels) else rng.choice([ProtectionLevel.NONE] * 5 + levels[1:])
        children = rng.choices([0, 1, 2, 3, 4], weights=[3, 4, 3, 2, 1])[0]
        last = rng.choice(LAST)
        town = MUNICIPALITIES[rng.choice(codes)][0]
        born = rng.randint(1970, 2002)
        members = [{"role": MemberRole.APPLICANT, "birth_year": born, "identity": _identity(rng, born, last, town)}]
        members += [{"role": MemberRole.CHILD, "birth_year": (y := rng.randint(today.year - 17, today.year - 1)),
                     "identity": _identity(rng, y, last, town)} for _ in range(children)]
        sheltered = today - timedelta(days=rng.randint(10, 400 if i % 3 else 750))
        excluded = rng.sample(codes, rng.randint(0, 2))
        needed_by = sheltered + timedelta(days=rng.randint(120, 420))
        max_rent = 6000 + children * 1500 + rng.randint(0, 20) * 100
        wished = [c for c in rng.sample(codes, 2) if c not in excluded]
        case = create_case(ctx, {
            "protection_level": level, "risk_level": rng.choice(list(RiskLevel)),
            "status": rng.choice([CaseStatus.NEW, CaseStatus.WAITING, CaseStatus.WAITING]),
            "sheltered_since": sheltered, "queue_since": sheltered + timedelta(days=rng.randint(0, 20)),
            "needed_by": needed_by, "max_rent_sek": max_rent,
            "needs_elevator": rng.random() < 0.1, "needs_wheelchair": rng.random() < 0.05,
            "wishes": "Närhet till skola och kollektivtrafik." if children else "Närhet till arbete.",
        }, members, excluded=excluded, wished=wished)
        made.append(DemoCase(case.id, sheltered, needed_by))
        needs[case.id] = (len(members), max_rent, excluded, wished)

    def past_apartment(case_id: int, day: date) -> int:
        """An apartment that was free on day and fits the household (for last year's contracts)."""
        size, max_rent, excluded, wished = needs[case_id]
        code = next(c for c in wished + codes if c not in excluded)
        rooms = size // 2 + 1
        return create_apartment(ctx, {
            "landlord_id": rng.choice(landlords).id, "address": f"{rng.choice(STREETS)} {rng.randint(1, 120)}",
            "postal_code": f"{rng.randint(100, 989)} {rng.randint(10, 99)}",
            "postal_town": MUNICIPALITIES[code][0], "municipality_code": code,
            "district": rng.choice(MUNICIPALITIES[code][1]), "rooms": rooms, "area_m2": 25 + rooms * 18,
            "rent_sek": min(max_rent, 3500 + rooms * 1900), "floor": 0, "elevator": True,
            "wheelchair_accessible": True, "available_from": day, "contract_type": ContractType.FIRST_HAND,
            "status": ApartmentStatus.AVAILABLE,
        }).id

    add_demo_grants(ctx, rng, today, made)
    # Offers for the households waiting longest first, so the signed ones have realistic waits.
    add_demo_offers(ctx, rng, today, sorted(made, key=lambda c: c.sheltered), past_apartment)
    add_demo_rings(ctx, rng, today)
    _old_closed_cases(ctx, rng, today, old)
    add_demo_grant(ctx, rng, today)  # last: the frozen snapshot of last year includes the work above
