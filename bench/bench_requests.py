"""Requests, reminders, reciprocity and the yearly report on a large municipality's data.

Builds (in a temporary folder, fictional data) an encrypted database with --cases households,
--requests requests between municipalities in both directions with their timelines, and --offers
offers, then times what a coordinator waits for:

* the Förfrågningar register: first page, a search, the overdue filter;
* Översikt's reminders: overdue answers and stalled requests;
* reciprocity for a year (per partner and per ring);
* the återrapportering's figures for a year (outcome, derived marks, requests, offers).

Prints medians in milliseconds (figures, not assertions). Run from the repository root:

    python bench/bench_requests.py [--requests 10000] [--cases 5000] [--offers 5000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

sys.dont_write_bytecode = True
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert, select  # noqa: E402

from sbdesk.domain.cases import Case, HouseholdMember  # noqa: E402
from sbdesk.domain.enums import (  # noqa: E402
    ApartmentStatus,
    CaseStatus,
    ContractType,
    LandlordKind,
    MemberRole,
    ProtectionLevel,
    RiskLevel,
)
from sbdesk.domain.geography import Municipality  # noqa: E402
from sbdesk.domain.housing import Apartment, Landlord  # noqa: E402
from sbdesk.domain.offers import Offer, OfferStatus  # noqa: E402
from sbdesk.domain.rings import HousingRing, Request, RequestDirection, RequestStatus, RequestStep, RingScope  # noqa: E402
from sbdesk.services import grant, reciprocity, requests  # noqa: E402
from sbdesk.services.context import ServiceContext  # noqa: E402
from sbdesk.services.listing import ListQuery  # noqa: E402
from sbdesk.services.settings import set_settings  # noqa: E402
from sbdesk.store import keyslots  # noqa: E402
from sbdesk.store.database import Database  # noqa: E402

TODAY = date(2026, 11, 27)
PATHS = [  # the steps of each request, by how far it got
    [RequestStatus.SENT], [RequestStatus.SENT, RequestStatus.ACCEPTED],
    [RequestStatus.SENT, RequestStatus.DECLINED],
    [RequestStatus.SENT, RequestStatus.ACCEPTED, RequestStatus.APARTMENT_FOUND, RequestStatus.MOVED],
    [RequestStatus.SENT, RequestStatus.ACCEPTED, RequestStatus.APARTMENT_FOUND, RequestStatus.MOVED,
     RequestStatus.CLOSED],
    [RequestStatus.WITHDRAWN],
]


def fill(ctx: ServiceContext, rng: random.Random, n_cases: int, n_requests: int, n_offers: int) -> None:
    """Bulk rows through SQLAlchemy Core (the services are measured elsewhere; this is only the data)."""
    set_settings(ctx, {"coordinator.name": "Bench Samordnare", "municipality.code": "1980",
                       "municipality.official_name": "Västerås stad"})
    with ctx.write() as s:
        codes = [c for c in s.scalars(select(Municipality.code)) if c != "1980"]
        s.add(HousingRing(name="Länskompott Västmanland", scope=RingScope.COUNTY))
        s.add(HousingRing(name="Kompotten", scope=RingScope.NATIONAL))
        s.add(Landlord(name="Benchhem AB", kind=LandlordKind.MUNICIPAL))
        s.flush()
        s.execute(insert(Case), [{
            "reference": f"SB-2026-{i:05d}", "pseudonym": f"Bench {i}", "protection_level": ProtectionLevel.NONE,
            "risk_level": rng.choice(list(RiskLevel)), "status": rng.choice([CaseStatus.WAITING, CaseStatus.HOUSED]),
            "sheltered_since": TODAY - timedelta(days=rng.randint(10, 700)),
        } for i in range(1, n_cases + 1)])
        s.execute(insert(HouseholdMember), [{"case_id": i, "role": MemberRole.APPLICANT, "birth_year": 1985}
                                            for i in range(1, n_cases + 1)])
        s.execute(insert(Apartment), [{
            "landlord_id": 1, "address": f"Benchgatan {i}", "municipality_code": "1980", "rooms": 2,
            "rent_sek": 8000, "contract_type": ContractType.FIRST_HAND, "status": ApartmentStatus.LET,
        } for i in range(1, n_offers + 1)])
        offers = []
        for i in range(1, n_offers + 1):
            day = TODAY - timedelta(days=rng.randint(1, 700))
            status = rng.choice([OfferStatus.SIGNED, OfferStatus.DECLINED, OfferStatus.EXPIRED])
            offers.append({"case_id": rng.randint(1, n_cases), "apartment_id": i, "status": status,
                           "proposed_on": day, "offered_on": day, "reply_by": day + timedelta(days=7),
                           "decided_on": day + timedelta(days=3),
                           "signed_on": day + timedelta(days=6) if status is OfferStatus.SIGNED else None,
                           "contract_type": ContractType.SOCIAL if status is OfferStatus.SIGNED else None,
                           "decline_reason_text": "Hyran är för hög" if status is OfferStatus.DECLINED else None})
        s.execute(insert(Offer), offers)
        rows, steps = [], []
        for i in range(1, n_requests + 1):
            direction = rng.choice(list(RequestDirection))
            path = rng.choice(PATHS)
            sent = TODAY - timedelta(days=rng.randint(1, 700))
            days = [sent + timedelta(days=10 * k) for k in range(len(path))]
            days = [min(d, TODAY) for d in days]
            row = {"reference": f"F-2026-{i:05d}", "direction": direction, "status": path[-1],
                   "counterpart_municipality_code": rng.choice(codes), "ring_id": rng.choice([1, 2, None]),
                   "case_id": rng.randint(1, n_cases) if direction is RequestDirection.OUTGOING else None,
                   "sent_on": sent, "due_on": sent + timedelta(days=30), "adults": 1, "children": rng.randint(0, 3)}
            for status, day in zip(path, days, strict=True):
                key = {RequestStatus.ACCEPTED: "answered_on", RequestStatus.DECLINED: "answered_on",
                       RequestStatus.APARTMENT_FOUND: "apartment_found_on", RequestStatus.MOVED: "moved_on",
                       RequestStatus.CLOSED: "closed_on", RequestStatus.WITHDRAWN: "withdrawn_on"}.get(status)
                if key:
                    row[key] = day
                steps.append({"request_id": i, "status": status, "on_date": day, "actor": "Bench"})
            rows.append(row)
        s.execute(insert(Request), rows)
        s.execute(insert(RequestStep), steps)


def median_ms(action: Callable[[], object], repeat: int) -> float:
    action()  # warm-up (page cache)
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=10_000)
    parser.add_argument("--cases", type=int, default=5_000)
    parser.add_argument("--offers", type=int, default=5_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    keyslots.use_test_kdf(True)  # unlocking is measured by bench_store.py
    with tempfile.TemporaryDirectory() as tmp:
        db, _ = Database.create(Path(tmp) / "bench.db", "bench-lösen-123")
        ctx = ServiceContext(db, actor="Bench Samordnare")
        start = time.perf_counter()
        fill(ctx, random.Random(20261127), args.cases, args.requests, args.offers)
        print(f"data: {args.requests} requests, {args.cases} cases, {args.offers} offers "
              f"(built in {time.perf_counter() - start:.1f} s)\n")
        checks: list[tuple[str, Callable[[], object]]] = [
            ("Förfrågningar: first page (200 rows + count)",
             lambda: requests.list_requests(ctx, ListQuery(limit=200), today=TODAY)),
            ("Förfrågningar: search 'F-2026-0999'",
             lambda: requests.list_requests(ctx, ListQuery(search="F-2026-0999", limit=200), today=TODAY)),
            ("Förfrågningar: overdue only",
             lambda: requests.list_requests(ctx, ListQuery(filters={"overdue": True}, limit=200), today=TODAY)),
            ("Översikt: overdue answers (10 shown + count)",
             lambda: (requests.overdue_answers(ctx, TODAY, 10), requests.count_overdue(ctx, TODAY))),
            ("Översikt: stalled requests (10 shown + count)",
             lambda: (requests.stalled(ctx, TODAY, 10), requests.count_stalled(ctx, TODAY))),
            ("reciprocity 2026 (partners and rings)", lambda: reciprocity.reciprocity(ctx, 2026)),
            ("återrapportering figures 2026", lambda: grant.report_figures(ctx, 2026, today=TODAY)),
        ]
        print(f"{'what':<52}{'median ms':>10}")
        for label, action in checks:
            print(f"{label:<52}{median_ms(action, args.repeat):>10.1f}")
        db.close()


if __name__ == "__main__":
    main()
