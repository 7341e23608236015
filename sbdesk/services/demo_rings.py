"""Fictional demo rings and requests: a county ring of the own county, Kompotten, and requests both ways.

Called by the demo filler after it has made cases (`add_demo_rings(ctx, rng, today)`). Everything is
invented: contact names are generic, phone numbers use the 010-area, e-mail goes to exempel.se.
Dates are relative to today and chosen so the overview has something to show: answers overdue both
ways, requests with no step for weeks, placements this year and last.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from sbdesk.domain.cases import Case
from sbdesk.domain.enums import CaseStatus
from sbdesk.domain.geography import County, Municipality
from sbdesk.domain.rings import RequestStatus as S
from sbdesk.domain.rings import RingScope
from sbdesk.services import requests as req
from sbdesk.services.context import ServiceContext
from sbdesk.services.rings import add_member, create_ring
from sbdesk.services.settings import get_setting

NATIONAL_CANDIDATES = ["0180", "1280", "1480", "0380", "1880", "0580", "2080", "2480", "1980", "0680"]
FIRST = ["Anna", "Karin", "Maria", "Lena", "Eva", "Jonas", "Peter", "Sara", "Johan", "Helena"]
LAST = ["Lind", "Berg", "Holm", "Ek", "Strand", "Sjöberg", "Nyström", "Falk", "Dahl", "Åberg"]
HOUSEHOLDS = [
    ("Kvinna med två barn i skyddat boende, behöver lägenhet långt från nuvarande ort.", 1, [2015, 2019], 3),
    ("Ensamstående kvinna med hög hotbild, behöver lägenhet med god säkerhet.", 1, [], 1),
    ("Kvinna med ett barn i förskoleålder, stöd från kvinnojour önskas.", 1, [2021], 2),
    ("Kvinna med tre barn, ett barn med behov av särskilt stöd i skolan.", 1, [2012, 2016, 2018], 4),
]


@dataclass(frozen=True)
class DemoRings:
    """What add_demo_rings made (ids), for tests and the demo command's summary."""

    county_ring_id: int | None
    national_ring_id: int
    request_ids: tuple[int, ...]


def _contacts(rng: random.Random, code: str) -> dict[str, str]:
    def person() -> str:
        return f"{rng.choice(FIRST)} {rng.choice(LAST)}"

    return {"contact_name": person(), "contact_phone": f"010-{rng.randint(100, 999)} {rng.randint(10, 99)} "
                                                         f"{rng.randint(10, 99)}",
            "contact_email": f"kontakt.{code}@exempel.se", "liaison_name": person(),
            "liaison_phone": f"010-{rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
            "liaison_email": f"chef.{code}@exempel.se"}


def _ring(ctx: ServiceContext, rng: random.Random, name: str, scope: RingScope, coordinator: str,
          codes: list[str], today: date) -> int:
    ring = create_ring(ctx, {"name": name, "scope": scope, "coordinator": coordinator,
                             "agreement_reference": f"Samverkansdokument {today.year - 2}"})
    for code in codes:
        add_member(ctx, ring.id, {"municipality_code": code, "yearly_quota": rng.randint(1, 4),
                                  "joined_on": date(today.year - 2, 1, 1), **_contacts(rng, code)})
    return ring.id


def _waiting_cases(ctx: ServiceContext) -> list[tuple[int, set[str]]]:
    with ctx.read() as s:
        cases = s.scalars(select(Case).options(selectinload(Case.excluded_municipalities)).where(
            Case.archived_at.is_(None), Case.purged_at.is_(None),
            Case.status.in_([CaseStatus.NEW, CaseStatus.WAITING, CaseStatus.OFFER_PENDING])).order_by(Case.id))
        return [(c.id, {m.code for m in c.excluded_municipalities}) for c in cases]


def add_demo_rings(ctx: ServiceContext, rng: random.Random, today: date | None = None) -> DemoRings:
    """Add a county ring (own county, 4–6 members), Kompotten, and about ten requests in varied states."""
    today = today or date.today()
    own = str(get_setting(ctx, "municipality.code"))
    with ctx.read() as s:
        county_name = s.scalar(select(County.name).where(County.code == own[:2])) or own[:2]
        neighbours = sorted(s.scalars(select(Municipality.code).where(
            Municipality.county_code == own[:2], Municipality.code != own)))
    county_members = rng.sample(neighbours, min(len(neighbours), rng.randint(3, 5)))
    county_id = _ring(ctx, rng, f"Länskompott {county_name}", RingScope.COUNTY, f"Länsstyrelsen {county_name}",
                      [own, *county_members], today) if county_members else None
    national_members = [c for c in NATIONAL_CANDIDATES if c != own and c not in county_members][:7]
    national_id = _ring(ctx, rng, "Kompotten", RingScope.NATIONAL, "1980", [own, *national_members], today)
    partners = [(code, county_id) for code in county_members] + [(code, national_id) for code in national_members]
    made: list[int] = []
    cases = _waiting_cases(ctx)

    def days(n: int) -> date:
        return today - timedelta(days=n)

    def outgoing(index: int, plan: list[tuple[S, int]], start: int) -> None:
        if index >= len(cases):
            return
        case_id, excluded = cases[index]
        code, ring_id = next(((c, r) for c, r in partners[index % len(partners):] + partners
                              if c not in excluded), (None, None))
        if code is None:
            return
        row = req.create_outgoing(ctx, case_id, code, ring_id=ring_id, on=days(start), today=today)
        for status, ago in plan:
            req.advance(ctx, row.id, status, days(ago), reason="Ingen lämplig lägenhet inom rimlig tid.",
                        today=today)
        made.append(row.id)

    def incoming(index: int, plan: list[tuple[S, int]], received: int) -> None:
        code, ring_id = partners[index % len(partners)]
        text, adults, years, rooms = HOUSEHOLDS[index % len(HOUSEHOLDS)]
        row = req.create_incoming(ctx, {
            "counterpart_municipality_code": code, "ring_id": ring_id, "received_on": days(received),
            "counterpart_reference": f"IFO-{today.year}-{rng.randint(100, 999)}", "received_description": text,
            "adults": adults, "children": len(years), "children_birth_years": years, "rooms_needed": rooms,
            "support_psychosocial": True, "support_safety": rng.random() < 0.5, "support_children": bool(years),
            **{k.replace("contact_", "sender_contact_"): v for k, v in _contacts(rng, code).items()
               if k.startswith("contact_")}}, today=today)
        for status, ago in plan:
            req.advance(ctx, row.id, status, days(ago), reason="Vi har inga lägenheter av rätt storlek.", today=today)
        made.append(row.id)

    outgoing(0, [(S.SENT, 75), (S.ACCEPTED, 60), (S.APARTMENT_FOUND, 40), (S.MOVED, 15)], 80)
    outgoing(1, [(S.SENT, 45)], 50)  # answer overdue
    outgoing(2, [(S.SENT, 120), (S.DECLINED, 100)], 125)
    outgoing(3, [], 30)  # a draft nobody sent: stalled
    outgoing(4, [(S.SENT, 400), (S.ACCEPTED, 380), (S.APARTMENT_FOUND, 350), (S.MOVED, 330), (S.CLOSED, 300)], 410)
    if len(cases) > 5:  # one case to three Kompotten partners; one accepted, the others withdrawn
        case_id, excluded = cases[5]
        codes = [c for c in national_members if c not in excluded][-3:]
        group = req.send_to_several(ctx, case_id, codes, national_id, on=days(50), today=today)
        req.accept(ctx, group[0].id, days(35), withdraw_others=True, today=today)  # no step since: stalled
        made.extend(r.id for r in group)
    incoming(0, [], 40)  # our answer is overdue
    incoming(1, [(S.ACCEPTED, 80), (S.APARTMENT_FOUND, 30)], 90)  # stalled after the apartment was found
    incoming(2, [(S.ACCEPTED, 190), (S.APARTMENT_FOUND, 170), (S.MOVED, 150), (S.CLOSED, 120)], 200)
    incoming(3, [], 10)
    incoming(4, [(S.DECLINED, 55)], 60)
    return DemoRings(county_id, national_id, tuple(made))
