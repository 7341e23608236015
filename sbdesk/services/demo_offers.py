"""Fictional demo förtur grants and offers in every state, made through the same services a
coordinator uses (so the queue, the agreement counters and the yearly report have data)."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from sbdesk.domain.enums import ApartmentStatus, ContractType
from sbdesk.domain.priority import PriorityGround
from sbdesk.errors import SbdeskError
from sbdesk.services import offers
from sbdesk.services.apartments import get_apartment
from sbdesk.services.context import ServiceContext
from sbdesk.services.matching import apartments_for_case, why_not
from sbdesk.services.priority import create_grant

ISSUERS = ["Socialsekreterare", "Läkare", "Polis", "Enhetschef"]
# What happens to the offers, in order; a plan that does not fit a case's dates is skipped.
PLAN = ["signed", "offered_due", "declined_household", "signed_last_year", "accepted", "offered_overdue",
        "proposed", "expired", "declined_landlord", "signed", "signed_last_year", "offered_due", "signed",
        "declined_household", "signed", "proposed"]
CONTRACTS = [ContractType.FIRST_HAND, ContractType.SOCIAL, ContractType.FIRST_HAND, ContractType.TRIAL,
             ContractType.SOCIAL, ContractType.HOUSING_FIRST]


@dataclass(frozen=True)
class DemoCase:
    """What the demo knows about a household it made (to find or make an apartment that fits)."""

    case_id: int
    sheltered: date
    needed_by: date


def add_demo_grants(ctx: ServiceContext, rng: random.Random, today: date, cases: list[DemoCase]) -> None:
    """About a third of the households get a förtur decided soon after they came to skyddat boende
    (valid for a year), so some offers later count against it and some contracts use it up."""
    for case in cases:
        if rng.random() >= 0.35:
            continue
        decided = min(case.sheltered + timedelta(days=rng.randint(5, 25)), today)
        create_grant(ctx, case.case_id, {
            "ground": rng.choice(list(PriorityGround)), "issued_by": rng.choice(ISSUERS),
            "applied_on": decided - timedelta(days=rng.randint(3, 30)), "decided_on": decided,
            "valid_until": decided + timedelta(days=365), "offers_allowed": rng.choice([1, 1, 2]),
            "credit_check_ok": rng.random() < 0.8, "references_ok": rng.random() < 0.8,
        })


def _day_for(plan: str, sheltered: date, today: date, rng: random.Random) -> date | None:
    """The day the offer is made, after the household came to skyddat boende; None when it cannot fit."""
    if plan == "signed_last_year":
        last_year_end = date(today.year - 1, 12, 20)
        if sheltered + timedelta(days=40) > last_year_end:
            return None
        return sheltered + timedelta(days=rng.randint(30, max(31, (last_year_end - sheltered).days - 10)))
    if plan in ("signed", "declined_household", "declined_landlord", "expired"):
        latest = today - timedelta(days=12)
        if sheltered + timedelta(days=30) > latest:
            return None
        return sheltered + timedelta(days=rng.randint(30, max(31, (latest - sheltered).days)))
    if plan in ("offered_due", "proposed"):
        return today - timedelta(days=rng.randint(0, 1))  # the reply is due in the coming days
    return today - timedelta(days=rng.randint(3, 6))  # every step already taken lies before today


def _run(ctx: ServiceContext, plan: str, case_id: int, apartment_id: int, day: date, rng: random.Random) -> None:
    if plan == "offered_overdue":
        day -= timedelta(days=12)
    offer = offers.propose_offer(ctx, case_id, apartment_id, today=day)
    if plan == "proposed":
        return
    reply_by = day + timedelta(days=rng.randint(5, 10) if plan != "offered_overdue" else 8)
    offers.send_offer(ctx, offer.id, reply_by, today=day)
    if plan.startswith("offered"):
        return
    reasons = offers.decline_reasons(ctx)
    if plan == "declined_household":
        offers.decline_offer(ctx, offer.id, rng.choice(list(reasons["household"])), today=day + timedelta(days=3))
    elif plan == "declined_landlord":
        offers.decline_offer(ctx, offer.id, rng.choice(list(reasons["landlord"])), today=day + timedelta(days=4))
    elif plan == "expired":
        offers.expire_offer(ctx, offer.id, today=reply_by + timedelta(days=1))
    elif plan in ("accepted", "signed", "signed_last_year"):
        offers.accept_offer(ctx, offer.id, today=day + timedelta(days=2))
        if plan != "accepted":
            signed = day + timedelta(days=rng.randint(5, 9))
            offers.sign_offer(ctx, offer.id, signed, rng.choice(CONTRACTS))


def add_demo_offers(ctx: ServiceContext, rng: random.Random, today: date, cases: list[DemoCase],
                    past_apartment: Callable[[int, date], int]) -> int:
    """Offers following PLAN, each for the first household it fits (oldest first); a plan no household
    fits is skipped. Last year's contracts get an apartment made for them by `past_apartment(case_id, day)`
    (today's apartments were not free then), kept only when it breaks no matching rule."""
    used: set[int] = set()
    for plan in PLAN:
        for case in cases:
            day = None if case.case_id in used else _day_for(plan, case.sheltered, today, rng)
            if day is None:
                continue
            if plan == "signed_last_year":
                day = min(day, case.needed_by)
                choice = past_apartment(case.case_id, day)
                if why_not(ctx, case.case_id, choice):
                    continue
            else:
                free = [m for m in apartments_for_case(ctx, case.case_id, today=today)
                        if get_apartment(ctx, m.apartment_id).status is ApartmentStatus.AVAILABLE]
                if not free:
                    continue
                choice = free[0].apartment_id
            try:
                _run(ctx, plan, case.case_id, choice, day, rng)
            except SbdeskError:
                continue  # e.g. the apartment was taken by an earlier plan: try the next household
            used.add(case.case_id)
            break
    return len(used)
