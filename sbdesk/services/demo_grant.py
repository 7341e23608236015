"""Fictional demo data for the återrapportering: last year's grant (answered and frozen) and this year's
(partly entered), and about fifteen activities. Call it after the other demo data, so last year's
derived marks and outcome figures are frozen with the offers, grants and requests already in place."""

from __future__ import annotations

import random
from datetime import date, timedelta

from sbdesk.domain.grant import ActivityArea as A
from sbdesk.domain.grant import GrantAssessment, WithoutGrant
from sbdesk.domain.grant import PartnerType as P
from sbdesk.services.context import ServiceContext
from sbdesk.services.grant import confirm_mark, freeze_year, report_figures, save_grant_year
from sbdesk.services.grant_activities import create_activity

ACTIVITIES: list[tuple[str, list[A], list[P], int | None, int | None]] = [
    ("Samverkansmöte med det kommunala bostadsbolaget om avsatta lägenheter", [A.COLLABORATION, A.SOCIAL_CONTRACT],
     [P.MUNICIPAL_LANDLORDS], 3, None),
    ("Nätverksträff i länskompotten, samordnad av länsstyrelsen", [A.COLLABORATION],
     [P.COUNTY_MUNICIPALITIES, P.AUTHORITY], 6, 1_450),
    ("Utbildning för socialsekreterare om förtur och bostadsfrågor", [A.PRIORITY], [P.INTERNAL], 8, None),
    ("Bostadssökning tillsammans med kvinnojouren", [A.HOUSING_SEARCH], [P.CIVIL_SOCIETY], 12, None),
    ("Ny rutin för sociala kontrakt tillsammans med fastighetsavdelningen", [A.SOCIAL_CONTRACT], [P.INTERNAL], 10,
     None),
    ("Möte med privat hyresvärd om förstahandskontrakt för hushåll med förtur", [A.COLLABORATION, A.PRIORITY],
     [P.PRIVATE_LANDLORDS], 2, None),
    ("Samråd med polisen om insatser för att flytta på våldsutövaren", [A.MOVE_PERPETRATOR], [P.AUTHORITY], 4,
     None),
    ("Kompotten: nationell samordningsträff", [A.COLLABORATION], [P.OTHER_MUNICIPALITIES], 7, 3_860),
    ("Informationsmaterial om att söka bostad, på fem språk", [A.HOUSING_SEARCH, A.OTHER],
     [P.CIVIL_SOCIETY, P.OTHER], None, 12_500),
    ("Uppföljning av sociala kontrakt med boendestöd", [A.SOCIAL_CONTRACT], [P.INTERNAL], 5, None),
    ("Workshop om bostad först för våldsutsatta", [A.OTHER], [P.INTERNAL, P.CIVIL_SOCIETY], 4, 2_200),
    ("Avstämning med grannkommunerna om mottagande av hushåll", [A.COLLABORATION], [P.COUNTY_MUNICIPALITIES], 2,
     None),
    ("Studiebesök hos en kommun i ett annat län om bostadskedjor", [A.COLLABORATION], [P.OTHER_MUNICIPALITIES], 9,
     4_120),
    ("Förtursansökningar: genomgång med bostadsförmedlingen", [A.PRIORITY], [P.MUNICIPAL_LANDLORDS], 3, None),
    ("Stöd vid visningar och kontraktsskrivning", [A.HOUSING_SEARCH], [P.PRIVATE_LANDLORDS], 6, None),
]


def _day_in(rng: random.Random, year: int, today: date) -> date:
    first = date(year, 1, 1)
    last = min(date(year, 12, 31), today)
    return first + timedelta(days=rng.randint(0, max(0, (last - first).days)))


def add_demo_grant(ctx: ServiceContext, rng: random.Random, today: date, *, freeze_last_year: bool = True) -> None:
    """Last year's grant fully answered (and frozen), this year's partly entered, ~15 activities."""
    last_year, this_year = today.year - 1, today.year
    for i, (description, areas, partners, hours, cost) in enumerate(ACTIVITIES):
        year = last_year if i % 2 == 0 else this_year
        create_activity(ctx, {"occurred_on": _day_in(rng, year, today), "description": description,
                              "areas": areas, "partners": partners, "hours": hours, "cost_sek": cost}, today=today)
    # Last year: 822 900 granted, 64 048 unused → 8 % (the rounding example from Socialstyrelsen's tables).
    save_grant_year(ctx, last_year, {
        "granted_sek": "822 900 kr", "cost_salaries_sek": "640 000", "cost_services_sek": "82 400",
        "cost_travel_sek": "36 452", "unused_time_shortage": True, "strengthened_existing": True,
        "started_new": True, "assessment": GrantAssessment.FAIRLY_HIGH, "without_grant": WithoutGrant.SOME,
        "documentation": "Arbetet har dokumenterats i en verksamhetsberättelse och presenterats för "
                         "socialnämnden och i länskompotten.",
        "disseminated": True,
    }, today=today)
    for mark in report_figures(ctx, last_year, today=today).marks():
        if mark.awaiting_confirmation:
            confirm_mark(ctx, last_year, mark.kind, mark.code)
    # This year: the grant and part of the costs so far; the questions are not answered yet.
    save_grant_year(ctx, this_year, {
        "granted_sek": 850_000, "cost_salaries_sek": rng.randrange(380_000, 520_000, 100),
        "cost_travel_sek": rng.randrange(8_000, 20_000, 10), "strengthened_existing": True,
    }, today=today)
    if freeze_last_year:
        freeze_year(ctx, last_year, today=today)
