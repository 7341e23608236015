"""Tests for sbdesk.services.offer_list: offers joined, filtered, sorted and paged in SQL (fictional data)."""

from __future__ import annotations

from datetime import date, timedelta

from sbdesk.domain.enums import ProtectionLevel
from sbdesk.domain.offers import OfferStatus
from sbdesk.services.context import ServiceContext
from sbdesk.services.listing import ListQuery
from sbdesk.services.offer_list import count_active, list_offer_rows, replies_due
from sbdesk.services.offers import decline_offer, propose_offer, send_offer, withdraw_offer
from tests.unit.test_offers import new_apartment, new_case

TODAY = date(2026, 3, 10)


def test_rows_carry_reference_and_address_and_page_in_sql(ctx: ServiceContext) -> None:
    ids = []
    for _ in range(5):
        ids.append(propose_offer(ctx, new_case(ctx), new_apartment(ctx), today=TODAY).id)
    page = list_offer_rows(ctx, ListQuery(limit=2, offset=2, sort="proposed_on"), today=TODAY)
    assert page.total == 5 and len(page.rows) == 2
    row = page.rows[0]
    assert row.reference.startswith("SB-") and row.address == "Provgatan 3" and row.size == "2 rok"
    assert row.protection_level is ProtectionLevel.NONE and row.status is OfferStatus.PROPOSED
    every = list_offer_rows(ctx, ListQuery(limit=50), today=TODAY).rows
    assert [r.id for r in every] == sorted(ids, reverse=True)  # same day: the newest offer first
    assert count_active(ctx) == 5


def test_filters_status_case_overdue_and_search(ctx: ServiceContext) -> None:
    case_id = new_case(ctx)
    first = send_offer(ctx, propose_offer(ctx, case_id, new_apartment(ctx), today=TODAY).id,
                       TODAY + timedelta(days=3), today=TODAY)
    other = propose_offer(ctx, new_case(ctx), new_apartment(ctx), today=TODAY)
    withdraw_offer(ctx, other.id, "Fiktivt skäl")
    later = TODAY + timedelta(days=5)
    assert [r.id for r in list_offer_rows(ctx, ListQuery(filters={"overdue": True}), today=later).rows] == [first.id]
    assert list_offer_rows(ctx, ListQuery(filters={"overdue": True}), today=TODAY).total == 0
    assert [r.id for r in list_offer_rows(ctx, ListQuery(filters={"status": "active"})).rows] == [first.id]
    withdrawn = list_offer_rows(ctx, ListQuery(filters={"status": "withdrawn"})).rows
    assert [(r.id, r.reason) for r in withdrawn] == [(other.id, "Fiktivt skäl")]
    assert [r.id for r in list_offer_rows(ctx, ListQuery(filters={"case_id": case_id})).rows] == [first.id]
    assert list_offer_rows(ctx, ListQuery(search="provgatan")).total == 2
    assert list_offer_rows(ctx, ListQuery(search="ingenstans")).total == 0
    assert list_offer_rows(ctx, ListQuery(filters={"overdue": True}), today=later).rows[0].overdue


def test_replies_due_lists_passed_and_soon_due_offers_earliest_first(ctx: ServiceContext) -> None:
    soon = send_offer(ctx, propose_offer(ctx, new_case(ctx), new_apartment(ctx), today=TODAY).id,
                      TODAY + timedelta(days=6), today=TODAY)
    passed = send_offer(ctx, propose_offer(ctx, new_case(ctx), new_apartment(ctx), today=TODAY).id,
                        TODAY + timedelta(days=1), today=TODAY)
    far = send_offer(ctx, propose_offer(ctx, new_case(ctx), new_apartment(ctx), today=TODAY).id,
                     TODAY + timedelta(days=30), today=TODAY)
    decided = send_offer(ctx, propose_offer(ctx, new_case(ctx), new_apartment(ctx), today=TODAY).id,
                         TODAY + timedelta(days=2), today=TODAY)
    decline_offer(ctx, decided.id, "rent", today=TODAY)
    due = replies_due(ctx, today=TODAY + timedelta(days=2))
    assert [r.id for r in due] == [passed.id, soon.id]
    assert due[0].overdue and not due[1].overdue
    assert far.id not in [r.id for r in replies_due(ctx, today=TODAY)]
