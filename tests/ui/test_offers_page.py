"""Erbjudanden: the offer steps through the page and its dialogs, legal-step buttons, refused steps
(fictional data only)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from sbdesk.domain.enums import (
    ApartmentStatus,
    CaseStatus,
    ContractType,
    LandlordKind,
    MemberRole,
    ProtectionLevel,
)
from sbdesk.domain.offers import OfferStatus
from sbdesk.services import offers as svc
from sbdesk.services.apartments import create_apartment, get_apartment
from sbdesk.services.cases import create_case, list_cases
from sbdesk.services.context import ServiceContext
from sbdesk.services.housing import create_landlord
from sbdesk.services.listing import ListQuery
from sbdesk.ui.offer_dialog import (
    DeclineOfferDialog,
    OfferStepDialog,
    SendOfferDialog,
    SignOfferDialog,
    WithdrawOfferDialog,
)
from sbdesk.ui.pages.offers import OffersPage

TODAY = date.today()


def new_case(ctx: ServiceContext, level: ProtectionLevel = ProtectionLevel.NONE) -> int:
    return create_case(ctx, {"protection_level": level, "risk_level": "high", "status": CaseStatus.WAITING},
                       [{"role": MemberRole.APPLICANT, "birth_year": 1990}]).id


def new_apartment(ctx: ServiceContext, address: str = "Provgatan 3") -> int:
    landlord = create_landlord(ctx, {"name": "Exempelhem AB", "kind": LandlordKind.MUNICIPAL})
    return create_apartment(ctx, {
        "landlord_id": landlord.id, "address": address, "municipality_code": "1980", "rooms": 2, "area_m2": 54,
        "rent_sek": 7200, "contract_type": ContractType.SOCIAL, "status": ApartmentStatus.AVAILABLE,
    }).id


def case_status(ctx: ServiceContext, case_id: int) -> CaseStatus:
    rows = list_cases(ctx, ListQuery(limit=1000, include_archived=True)).rows
    return next(r.status for r in rows if r.id == case_id)


@pytest.fixture
def page(qtbot: QtBot, ctx: ServiceContext) -> OffersPage:
    page = OffersPage(ctx)
    qtbot.addWidget(page)
    page.activate()
    return page


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every QMessageBox.warning text (nothing blocks)."""
    seen: list[str] = []

    def warning(*args: Any, **kw: Any) -> QMessageBox.StandardButton:
        seen.append(args[2])
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    return seen


def run_dialog(monkeypatch: pytest.MonkeyPatch, fill: Callable[[OfferStepDialog], None],
               *, press_save: bool = True) -> list[OfferStepDialog]:
    """Make the step dialogs' exec fill the form like a user and press Save."""
    seen: list[OfferStepDialog] = []

    def fake_exec(self: OfferStepDialog) -> int:
        seen.append(self)
        fill(self)
        if press_save:
            self.accept()
        return int(self.result())

    monkeypatch.setattr(OfferStepDialog, "exec", fake_exec)
    return seen


def row_of(page: OffersPage, offer_id: int) -> Any:
    position = page.model.position_of(offer_id)
    assert position is not None
    return page.model.row_at(position)


def cell(page: OffersPage, offer_id: int, key: str) -> str:
    position = page.model.position_of(offer_id)
    assert position is not None
    return str(page.model.index(position, page.column_of(key)).data())


def enabled_steps(page: OffersPage) -> set[str]:
    return {step for step, button in page.step_buttons.items() if button.isEnabled()}


def test_full_path_propose_send_accept_sign(page: OffersPage, ctx: ServiceContext, warnings: list[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    case_id, apartment_id = new_case(ctx), new_apartment(ctx)
    offer = page.propose(case_id, apartment_id)
    assert offer is not None and page.selected_id() == offer.id
    assert cell(page, offer.id, "status") == "Föreslaget"
    assert cell(page, offer.id, "address") == "Provgatan 3" and cell(page, offer.id, "size") == "2 rok, 54 m²"
    assert "1 aktivt erbjudande" in page.count_label.text()

    seen = run_dialog(monkeypatch, lambda d: None)  # the default reply-by date: seven days ahead
    page.send_button.click()
    assert isinstance(seen[0], SendOfferDialog) and seen[0].result() == 1
    assert svc.get_offer(ctx, offer.id).reply_by == TODAY + timedelta(days=7)
    assert cell(page, offer.id, "status") == "Erbjudet"
    assert cell(page, offer.id, "reply_by") == (TODAY + timedelta(days=7)).isoformat()
    assert case_status(ctx, case_id) is CaseStatus.OFFER_PENDING

    page.accept_button.click()
    assert svc.get_offer(ctx, offer.id).status is OfferStatus.ACCEPTED
    assert cell(page, offer.id, "decided_on") == TODAY.isoformat()

    seen = run_dialog(monkeypatch, lambda d: d.set_value("contract_type", ContractType.FIRST_HAND.value))
    page.sign_button.click()
    assert isinstance(seen[0], SignOfferDialog)
    signed = svc.get_offer(ctx, offer.id)
    assert (signed.status, signed.signed_on, signed.contract_type) == (
        OfferStatus.SIGNED, TODAY, ContractType.FIRST_HAND)
    assert case_status(ctx, case_id) is CaseStatus.HOUSED
    assert case_status(ctx, case_id).label == "I stadigvarande boende"
    assert get_apartment(ctx, apartment_id).status.label == "Uthyrd"
    assert warnings == []
    assert page.model.position_of(offer.id) is None  # no longer active: gone from the default view
    assert "0 aktiva erbjudanden" in page.count_label.text()


def test_decline_with_household_reason_shows_frozen_wording(page: OffersPage, ctx: ServiceContext,
                                                           warnings: list[str],
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    offer = svc.propose_offer(ctx, new_case(ctx), new_apartment(ctx))
    svc.send_offer(ctx, offer.id, TODAY + timedelta(days=7))
    page.status_filter.setCurrentIndex(page.status_filter.findData(None))  # all offers
    page.reload()
    assert page.select_record(offer.id)

    def fill(d: OfferStepDialog) -> None:
        assert not d.save_button.isEnabled()  # a reason is required
        d.set_value("reason_code", "safety")
        d.set_value("note", "Fiktiv kommentar")

    seen = run_dialog(monkeypatch, fill)
    page.decline_button.click()
    assert isinstance(seen[0], DeclineOfferDialog)
    wording = svc.decline_reasons(page.ctx)["household"]["safety"]
    assert cell(page, offer.id, "reason") == wording
    assert cell(page, offer.id, "status") == "Avböjt"
    assert svc.get_offer(ctx, offer.id).decline_reason_text == wording
    assert enabled_steps(page) == set()  # a declined offer has no next step
    assert warnings == []


def test_buttons_enabled_only_for_legal_steps(page: OffersPage, ctx: ServiceContext) -> None:
    proposed = svc.propose_offer(ctx, new_case(ctx), new_apartment(ctx, "Ett 1"))
    offered = svc.propose_offer(ctx, new_case(ctx), new_apartment(ctx, "Två 2"))
    svc.send_offer(ctx, offered.id, TODAY + timedelta(days=3))
    accepted = svc.propose_offer(ctx, new_case(ctx), new_apartment(ctx, "Tre 3"))
    svc.send_offer(ctx, accepted.id, TODAY + timedelta(days=3))
    svc.accept_offer(ctx, accepted.id)
    withdrawn = svc.propose_offer(ctx, new_case(ctx), new_apartment(ctx, "Fyra 4"))
    svc.withdraw_offer(ctx, withdrawn.id, "Fiktivt skäl")
    page.status_filter.setCurrentIndex(page.status_filter.findData(None))
    assert page.model.rowCount() == 4
    assert enabled_steps(page) == set() and not page.open_button.isEnabled()  # nothing selected
    expected = {
        proposed.id: {"send", "withdraw"},
        offered.id: {"accept", "decline", "expire", "withdraw"},
        accepted.id: {"decline", "sign", "withdraw"},
        withdrawn.id: set(),
    }
    for offer_id, steps in expected.items():
        assert page.select_record(offer_id)
        assert enabled_steps(page) == steps, offer_id
        assert page.open_button.isEnabled()
    assert "3 aktiva erbjudanden" in page.count_label.text()
    page.status_filter.setCurrentIndex(0)  # active only
    assert {page.model.row_at(i).id for i in range(page.model.rowCount())} == {proposed.id, offered.id, accepted.id}
    page.status_filter.setCurrentIndex(page.status_filter.findData(OfferStatus.WITHDRAWN.value))
    assert [page.model.row_at(i).id for i in range(page.model.rowCount())] == [withdrawn.id]


def test_illegal_step_shows_swedish_message_and_changes_nothing(page: OffersPage, ctx: ServiceContext,
                                                               warnings: list[str]) -> None:
    case_id, apartment_id = new_case(ctx), new_apartment(ctx)
    offer = svc.propose_offer(ctx, case_id, apartment_id, today=TODAY - timedelta(days=10))
    svc.send_offer(ctx, offer.id, TODAY - timedelta(days=2), today=TODAY - timedelta(days=9))
    page.reload()
    assert page.select_record(offer.id)
    assert row_of(page, offer.id).overdue
    assert page.accept_button.isEnabled()  # legal for its status; the reply-by date has passed though
    page.accept_button.click()
    assert warnings == ["Svarstiden har gått ut. Markera erbjudandet som utgånget."]
    assert svc.get_offer(ctx, offer.id).status is OfferStatus.OFFERED

    svc.expire_offer(ctx, offer.id)  # elsewhere, while the page still shows it as offered
    before = (case_status(ctx, case_id), get_apartment(ctx, apartment_id).status)
    assert page.accept_button.isEnabled()
    page.accept_button.click()
    assert len(warnings) == 2 and "kan inte accepteras" in warnings[-1]
    after = svc.get_offer(ctx, offer.id)
    assert (after.status, after.decided_on) == (OfferStatus.EXPIRED, TODAY)
    assert (case_status(ctx, case_id), get_apartment(ctx, apartment_id).status) == before
    assert page.model.position_of(offer.id) is None  # refreshed: expired is not active
    page.status_filter.setCurrentIndex(page.status_filter.findData(None))
    assert cell(page, offer.id, "status") == "Svarstiden har gått ut"


@pytest.mark.parametrize(("value", "message"), [
    ("2026-13-01", "Datumet finns inte. Kontrollera månad och dag (ÅÅÅÅ-MM-DD)."),
    ("1 jan", "Ange datum som ÅÅÅÅ-MM-DD."),
    ("", "Svara senast måste fyllas i."),
    ((TODAY - timedelta(days=1)).isoformat(), f"Datumet får inte vara tidigare än {TODAY.isoformat()}."),
])
def test_send_dialog_validates_reply_by_as_typed(page: OffersPage, ctx: ServiceContext, value: str, message: str,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    offer = svc.propose_offer(ctx, new_case(ctx), new_apartment(ctx))
    page.reload()
    page.select_record(offer.id)
    seen = run_dialog(monkeypatch, lambda d: d.set_value("reply_by", value))
    page.send_selected()
    dialog = seen[0]
    assert not dialog.save_button.isEnabled()
    assert dialog.errors["reply_by"].text() == message and not dialog.errors["reply_by"].isHidden()
    assert dialog.result() == 0
    assert svc.get_offer(ctx, offer.id).status is OfferStatus.PROPOSED


def test_withdraw_needs_a_reason_and_sign_refuses_future_date(page: OffersPage, ctx: ServiceContext,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    offer = svc.propose_offer(ctx, new_case(ctx), new_apartment(ctx))
    page.reload()
    page.select_record(offer.id)
    seen = run_dialog(monkeypatch, lambda d: d.set_value("reason", "   "))
    page.withdraw_selected()
    assert isinstance(seen[0], WithdrawOfferDialog) and not seen[0].save_button.isEnabled()
    assert seen[0].errors["reason"].text() == "Skäl måste fyllas i."
    assert svc.get_offer(ctx, offer.id).status is OfferStatus.PROPOSED

    svc.send_offer(ctx, offer.id, TODAY + timedelta(days=7))
    svc.accept_offer(ctx, offer.id)
    page.reload()
    assert page.sign_button.isEnabled()
    seen = run_dialog(monkeypatch, lambda d: d.set_value("signed_on", (TODAY + timedelta(days=1)).isoformat()))
    page.sign_selected()
    assert seen[0].raw_values()["contract_type"] == ContractType.SOCIAL.value  # the apartment's, by default
    assert not seen[0].save_button.isEnabled()
    assert seen[0].errors["signed_on"].text() == f"Datumet får inte vara senare än {TODAY.isoformat()}."
    assert svc.get_offer(ctx, offer.id).status is OfferStatus.ACCEPTED

    seen = run_dialog(monkeypatch, lambda d: d.set_value("reason", "Fiktivt skäl"))
    page.withdraw_selected()
    assert svc.get_offer(ctx, offer.id).status is OfferStatus.WITHDRAWN
    assert get_apartment(ctx, offer.apartment_id).status is ApartmentStatus.AVAILABLE


def test_enter_opens_the_case_and_rows_carry_no_name(page: OffersPage, ctx: ServiceContext, qtbot: QtBot) -> None:
    case_id = new_case(ctx, ProtectionLevel.PROTECTED_REGISTRATION)
    offer = svc.propose_offer(ctx, case_id, new_apartment(ctx))
    page.reload()
    page.select_record(offer.id)
    assert cell(page, offer.id, "protection_level") == "Skyddad folkbokföring"  # the badge
    case = next(r for r in list_cases(ctx, ListQuery(limit=1000)).rows if r.id == case_id)
    assert cell(page, offer.id, "reference") == case.reference and cell(page, offer.id, "pseudonym") == case.pseudonym
    with qtbot.waitSignal(page.open_record_in) as blocker:
        QTest.keyClick(page.table, Qt.Key.Key_Return)
    assert blocker.args == ["cases", case_id]


def test_propose_refused_shows_message(page: OffersPage, ctx: ServiceContext, warnings: list[str]) -> None:
    apartment_id = new_apartment(ctx)
    assert page.propose(new_case(ctx), apartment_id) is not None
    assert page.propose(new_case(ctx), apartment_id) is None
    assert warnings == ["Lägenheten har redan ett pågående erbjudande."]
    assert page.model.rowCount() == 1
