"""Förtur on the case form, and offers shown on the case and apartment forms (fictional data)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from sbdesk.domain.enums import CaseStatus
from sbdesk.services.context import ServiceContext
from sbdesk.services.offers import propose_offer, send_offer
from sbdesk.services.priority import create_grant, list_grants
from sbdesk.ui.forms.record_dialog import RecordDialog
from sbdesk.ui.grants_dialog import GrantsDialog
from sbdesk.ui.offers_panel import OffersPanel
from sbdesk.ui.pages.apartments import ApartmentsPage
from sbdesk.ui.pages.case_dialog import CaseDialog
from sbdesk.ui.pages.cases import CasesPage
from tests.unit.test_offers import new_apartment, new_case

TODAY = date.today()


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes never block: a question answers Yes (or Discard for unsaved changes)."""
    shown: list[str] = []

    def record(*args: Any, **kw: Any) -> QMessageBox.StandardButton:
        shown.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, record)
    return shown


def test_grants_dialog_records_changes_and_removes_a_grant(qtbot: QtBot, ctx: ServiceContext,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    case_id = new_case(ctx)
    dialog = GrantsDialog(ctx, case_id, "SB-TEST (Rönn)")
    qtbot.addWidget(dialog)
    assert dialog.empty.isVisibleTo(dialog) and not dialog.edit_button.isEnabled()

    def fill(form: RecordDialog) -> int:
        form.set_value("ground", "threat")
        form.set_value("issued_by", "Socialsekreterare")
        form.set_value("decided_on", TODAY.isoformat())
        form.set_value("valid_until", (TODAY + timedelta(days=365)).isoformat())
        form.set_value("offers_allowed", "2")
        form.accept()
        return int(form.result())

    monkeypatch.setattr(RecordDialog, "exec", fill)
    with qtbot.waitSignal(dialog.changed):
        assert dialog.new_grant()
    (grant,) = list_grants(ctx, case_id)
    assert (grant.ground.value, grant.offers_allowed, grant.valid_today) == ("threat", 2, True)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 5).text() == "Giltig"
    assert dialog.table.item(0, 0).text() == "Hotbild" and dialog.table.item(0, 4).text() == "0 / 2"

    def bad(form: RecordDialog) -> int:
        form.set_value("valid_until", (TODAY - timedelta(days=3)).isoformat())
        form.accept()  # the service refuses: valid until before the decision
        assert "valid_until" in {k for k, e in form.errors.items() if e.isVisibleTo(form)}
        return int(QDialog.DialogCode.Rejected.value)

    monkeypatch.setattr(RecordDialog, "exec", bad)
    assert not dialog.edit_selected()
    assert list_grants(ctx, case_id)[0].valid_until == TODAY + timedelta(days=365)
    assert dialog.archive_selected()
    assert list_grants(ctx, case_id) == [] and dialog.empty.isVisibleTo(dialog)


def test_case_form_shows_fortur_and_offers_and_goes_to_an_offer(qtbot: QtBot, ctx: ServiceContext) -> None:
    case_id = new_case(ctx)
    create_grant(ctx, case_id, {"ground": "social", "issued_by": "Enhetschef", "decided_on": TODAY,
                                "valid_until": date(2031, 1, 31), "offers_allowed": 1})
    offer = send_offer(ctx, propose_offer(ctx, case_id, new_apartment(ctx)).id, TODAY + timedelta(days=5))
    dialog = CaseDialog(ctx, case_id)
    qtbot.addWidget(dialog)
    assert dialog.fortur_label.text() == "Förtur gäller till 2031-01-31 (erbjudanden kvar: 1)"
    assert dialog.offers is not None and dialog.offers.offer_ids() == [offer.id]
    assert dialog.offers.table.item(0, 0).text() == "Provgatan 3, 2 rok"
    assert dialog.offers.table.item(0, 1).text() == "Erbjudet"
    dialog.offers.table.selectRow(0)
    dialog.offers.open_button.click()
    assert dialog.requested_offer == offer.id


def test_new_case_has_no_fortur_or_offers(qtbot: QtBot, ctx: ServiceContext) -> None:
    dialog = CaseDialog(ctx, None)
    qtbot.addWidget(dialog)
    assert dialog.offers is None and not dialog.fortur_button.isVisibleTo(dialog)


def test_cases_page_sends_the_user_to_the_offer(qtbot: QtBot, ctx: ServiceContext,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    case_id = new_case(ctx, CaseStatus.WAITING)
    offer = propose_offer(ctx, case_id, new_apartment(ctx))
    page = CasesPage(ctx)
    qtbot.addWidget(page)

    def choose_offer(dialog: CaseDialog) -> int:
        assert dialog.offers is not None
        dialog.offers.open_offer.emit(offer.id)
        return int(QDialog.DialogCode.Rejected.value)

    monkeypatch.setattr(CaseDialog, "exec", choose_offer)
    with qtbot.waitSignal(page.open_record_in) as sent:
        page.open_editor(case_id)
    assert sent.args == ["offers", offer.id]


def test_apartment_form_lists_its_offers_by_household(qtbot: QtBot, ctx: ServiceContext,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    apartment_id = new_apartment(ctx)
    offer = propose_offer(ctx, new_case(ctx), apartment_id)
    page = ApartmentsPage(ctx)
    qtbot.addWidget(page)
    seen: list[OffersPanel] = []

    def look(dialog: RecordDialog) -> int:
        panels = dialog.findChildren(OffersPanel)
        seen.extend(panels)
        panels[0].open_offer.emit(offer.id)
        return int(QDialog.DialogCode.Rejected.value)

    monkeypatch.setattr(RecordDialog, "exec", look)
    with qtbot.waitSignal(page.open_record_in) as sent:
        page.open_editor(apartment_id)
    assert sent.args == ["offers", offer.id]
    assert seen and seen[0].table.item(0, 0).text().startswith("SB-")
    assert seen[0].table.horizontalHeaderItem(0).text() == "Hushåll"
