"""Letters benchmark: time to make one letter of each kind, and a batch of 500 offer letters.

One letter = what the preview does: read the database and merge the template (`build_letter`), then
lay out the PDF (`letter_pdf`). A batch letter = what the batch worker does for each offer: build,
lay out, write the file and log the save (`record_output`). Goal: under 50 ms per letter on a
2-core machine. Fictional data in an encrypted database in a temporary folder that is removed at
the end; nothing else is written. Run from the repository root:

    python bench/bench_letters.py [--batch 500] [--repeat 20]
"""

from __future__ import annotations

import argparse
import os
import platform
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

from sbdesk.domain.enums import (
    ApartmentStatus,
    CaseStatus,
    ContractType,
    LandlordKind,
    MemberRole,
    ProtectionLevel,
)
from sbdesk.services import letters
from sbdesk.services.apartments import create_apartment
from sbdesk.services.cases import create_case
from sbdesk.services.consents import add_consent
from sbdesk.services.context import ServiceContext
from sbdesk.services.demo import fictional_personnummer
from sbdesk.services.housing import create_landlord
from sbdesk.services.offers import propose_offer, send_offer
from sbdesk.services.priority import create_grant
from sbdesk.services.settings import set_settings, setup_profile
from sbdesk.store import keyslots
from sbdesk.store.database import Database

TODAY = date(2026, 3, 16)
GOAL_MS = 50.0


def ms(action: Callable[[], object]) -> tuple[float, object]:
    """Milliseconds taken by action, and its result."""
    start = time.perf_counter()
    result = action()
    return (time.perf_counter() - start) * 1000, result


def fill(ctx: ServiceContext, households: int, seed: int) -> tuple[list[int], list[int], int]:
    """Households with identities (a quarter protected), one sent offer each, förtur and consents."""
    rng = random.Random(seed)
    setup_profile(ctx, coordinator_name="Bänk Handläggare", municipality_code="1980")
    set_settings(ctx, {"municipality.official_name": "Västerås stad", "municipality.department": "Socialförvaltningen",
                       "municipality.address": "Box 1, 721 87 Västerås", "municipality.phone": "021-39 00 00",
                       "municipality.org_number": "212000-2080", "coordinator.phone": "021-39 11 11"})
    landlord = create_landlord(ctx, {"name": "Exempelhem AB", "kind": LandlordKind.MUNICIPAL})
    levels = [ProtectionLevel.NONE] * 3 + [ProtectionLevel.PROTECTED_REGISTRATION]
    cases, offers = [], []
    for n in range(households):
        born = rng.randint(1970, 2000)
        members = [{"role": MemberRole.APPLICANT, "birth_year": born, "identity": {
            "first_name": "Bänkfiktiv", "last_name": f"Testsdotter{n}", "address": f"Provvägen {n}, 722 22 Västerås",
            "personal_number": fictional_personnummer(rng, date(born, 5, 17))}}]
        members += [{"role": MemberRole.CHILD, "birth_year": rng.randint(2010, 2024)} for _ in range(rng.randint(0, 3))]
        case = create_case(ctx, {"protection_level": levels[n % 4], "risk_level": "high",
                                 "status": CaseStatus.WAITING, "max_rent_sek": 9000}, members)
        apartment = create_apartment(ctx, {
            "landlord_id": landlord.id, "address": f"Bänkgatan {n + 1}", "postal_code": "724 61",
            "postal_town": "Västerås", "municipality_code": "1980", "rooms": 3, "area_m2": 70, "rent_sek": 8500,
            "contract_type": ContractType.SOCIAL, "status": ApartmentStatus.AVAILABLE})
        offer = propose_offer(ctx, case.id, apartment.id, today=TODAY)
        send_offer(ctx, offer.id, TODAY + timedelta(days=7), today=TODAY)
        cases.append(case.id)
        offers.append(offer.id)
    for case_id in cases[:4]:
        create_grant(ctx, case_id, {"ground": "social", "issued_by": "Socialsekreterare",
                                    "decided_on": TODAY - timedelta(days=5)})
        for kind, name in (("landlord", "Exempelhem AB"), ("municipality", "Uppsala kommun")):
            add_consent(ctx, case_id, {"recipient_kind": kind, "recipient_name": name, "scope": "Bänk",
                                       "given_on": TODAY}, today=TODAY)
    return cases, offers, landlord.id


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--seed", type=int, default=20260316)
    args = parser.parse_args()
    keyslots.use_test_kdf(True)  # unlocking is measured by bench_store.py
    with tempfile.TemporaryDirectory(prefix="sbdesk-bench-letters-") as tmp:
        db, _ = Database.create(Path(tmp) / "bench.db", "bänk-lösen-123")
        ctx = ServiceContext(db, actor="Bänk Handläggare")
        try:
            setup_ms, (cases, offers, landlord_id) = ms(lambda: fill(ctx, args.batch, args.seed))
            print(f"sbdesk letters benchmark | Python {platform.python_version()} | {os.cpu_count()} CPUs | "
                  f"{platform.platform()}")
            print(f"data: {len(offers)} households with a sent offer (1 in 4 protected), made in {setup_ms / 1000:.1f} s")
            kinds = {
                "Erbjudande om lägenhet (plain)": lambda: letters.build_letter(ctx, "offer", offer_id=offers[0], today=TODAY),
                "Erbjudande om lägenhet (protected)": lambda: letters.build_letter(ctx, "offer", offer_id=offers[3],
                                                                                   today=TODAY),
                "Intyg om förtur": lambda: letters.build_letter(ctx, "priority", case_id=cases[0],
                                                                landlord_id=landlord_id, today=TODAY),
                "Förfrågan om mottagande": lambda: letters.build_letter(ctx, "request", case_id=cases[0],
                                                                        counterpart_code="0380", today=TODAY),
            }
            print(f"\none letter, median of {args.repeat} (ms)         build   layout    total   max total   goal")
            worst = 0.0
            for name, build in kinds.items():
                build()  # warm-up: fonts, template cache, connection
                builds, layouts, totals = [], [], []
                for _ in range(args.repeat):
                    b, letter = ms(build)
                    lay, _pdf = ms(lambda letter=letter: letters.letter_pdf(letter))
                    builds.append(b)
                    layouts.append(lay)
                    totals.append(b + lay)
                med = statistics.median(totals)
                worst = max(worst, med)
                print(f"  {name:<36} {statistics.median(builds):7.1f}  {statistics.median(layouts):7.1f}  {med:7.1f}"
                      f"  {max(totals):10.1f}   {'ok' if med < GOAL_MS else 'SLOW'}")
            folder = Path(tmp) / "brev"
            folder.mkdir()

            def batch() -> int:
                for offer_id in offers:
                    letter = letters.build_letter(ctx, "offer", offer_id=offer_id, today=TODAY)
                    (folder / letter.file_name).write_bytes(letters.letter_pdf(letter))
                    letters.record_output(ctx, letter, "save")
                return len(offers)

            total_ms, count = ms(batch)
            per = total_ms / max(int(count), 1)  # type: ignore[call-overload]
            size = sum(p.stat().st_size for p in folder.iterdir()) / len(offers) / 1024
            print(f"\nbatch of {count} offer letters (build + layout + write + log the save): {total_ms / 1000:.1f} s, "
                  f"{per:.1f} ms per letter ({'ok' if per < GOAL_MS else 'SLOW'}: goal < {GOAL_MS:.0f} ms), "
                  f"{size:.0f} KiB per PDF")
            print(f"slowest single-letter median: {worst:.1f} ms")
        finally:
            db.close()


if __name__ == "__main__":
    main()
