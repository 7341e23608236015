"""Hitta hushåll: ranked households for an apartment (no names), and an offer proposed from there."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from sbdesk.services.apartments import create_apartment
from sbdesk.services.cases import create_case
from sbdesk.services.context import ServiceContext
from sbdesk.services.housing import create_landlord
from sbdesk.services.offers import list_offers
from sbdesk.ui.matches_dialog import MatchesDialog
from sbdesk.ui.pages.apartments import ApartmentsPage


@pytest.fixture
def data(ctx: ServiceContext) -> tuple[int, int, int]:
    ll = create_landlord(ctx, {"name": "Matchhem AB", "kind": "municipal"}).id
    apt = create_apartment(ctx, {"landlord_id": ll, "address": "Lärkgatan 4", "municipality_code": "1980",
                                 "rooms": 3, "rent_sek": 8000, "contract_type": "first_hand", "status": "available"})
    fits = create_case(ctx, {"protection_level": "protected_registration", "risk_level": "high", "status": "waiting",
                             "max_rent_sek": 9000},
                       [{"role": "applicant", "birth_year": 1985,
                         "identity": {"first_name": "Hemlig", "last_name": "Testsson"}},
                        {"role": "child", "birth_year": 2015}])
    excluded = create_case(ctx, {"protection_level": "none", "risk_level": "acute", "status": "waiting"},
                           [{"role": "applicant", "birth_year": 1990}], excluded=["1980"])
    return apt.id, fits.id, excluded.id


def test_matches_are_listed_without_names_and_excluded_households_never(
        qtbot: QtBot, ctx: ServiceContext, data: tuple[int, int, int], monkeypatch: pytest.MonkeyPatch) -> None:
    apartment_id, fits, excluded = data
    dialog = MatchesDialog(ctx, apartment_id=apartment_id)
    qtbot.addWidget(dialog)
    cases = [m.case_id for m in dialog.matches]
    assert fits in cases and excluded not in cases
    texts = [dialog.table.item(r, c).text() for r in range(dialog.table.rowCount())
             for c in range(dialog.table.columnCount()) if dialog.table.item(r, c)]
    assert "Skyddad folkbokföring" in texts and not any("Hemlig" in t or "Testsson" in t for t in texts)
    assert dialog.windowTitle() == "Hushåll som passar lägenheten"
    shown: list[Any] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a))
    dialog.table.selectRow(cases.index(fits))
    offer = dialog.propose()
    assert offer is not None and [o.id for o in list_offers(ctx, apartment_id=apartment_id)] == [offer.id]


def test_apartments_page_opens_the_matches(qtbot: QtBot, ctx: ServiceContext, data: tuple[int, int, int],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    apartment_id, _fits, _excluded = data
    page = ApartmentsPage(ctx)
    qtbot.addWidget(page)
    page.activate()
    seen: list[MatchesDialog] = []
    monkeypatch.setattr(MatchesDialog, "exec", lambda self: seen.append(self) or 0)
    assert page.find_button.text() == "Hitta &hushåll…"
    page.select_record(apartment_id)
    page.find_button.click()
    assert len(seen) == 1 and seen[0].apartment_id == apartment_id


def test_apartments_for_a_case(qtbot: QtBot, ctx: ServiceContext, data: tuple[int, int, int]) -> None:
    apartment_id, fits, excluded = data
    dialog = MatchesDialog(ctx, case_id=fits)
    qtbot.addWidget(dialog)
    assert [m.apartment_id for m in dialog.matches] == [apartment_id]
    none = MatchesDialog(ctx, case_id=excluded)
    qtbot.addWidget(none)
    assert none.matches == [] and not none.propose_button.isEnabled()


def test_cases_page_opens_the_matches(qtbot: QtBot, ctx: ServiceContext, data: tuple[int, int, int],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from sbdesk.ui.pages.cases import CasesPage

    _apartment_id, fits, _excluded = data
    page = CasesPage(ctx)
    qtbot.addWidget(page)
    page.activate()
    seen: list[MatchesDialog] = []
    monkeypatch.setattr(MatchesDialog, "exec", lambda self: seen.append(self) or 0)
    assert page.find_button.text() == "Hitta &lägenhet…"
    page.select_record(fits)
    page.find_button.click()
    assert len(seen) == 1 and seen[0].case_id == fits


def test_why_not_explains_a_household_that_is_not_listed(qtbot: QtBot, ctx: ServiceContext,
                                                         data: tuple[int, int, int]) -> None:
    apartment_id, fits, excluded = data
    dialog = MatchesDialog(ctx, apartment_id=apartment_id)
    qtbot.addWidget(dialog)
    panel = dialog.why_not
    assert panel.choice.findData(fits) == -1  # already listed above
    assert panel.explain() == [] and panel.result.text() == "Välj i listan först."
    assert panel.select(excluded)
    broken = panel.explain()
    assert [code for code, _m in broken] == ["EXCLUDED_MUNICIPALITY"]
    assert "Västerås" in panel.result.text() and "<li>" in panel.result.text()


def test_why_not_for_a_household_lists_apartments_and_no_rule_broken(qtbot: QtBot, ctx: ServiceContext,
                                                                     data: tuple[int, int, int]) -> None:
    apartment_id, fits, _excluded = data
    ll = create_landlord(ctx, {"name": "Dyrhem AB", "kind": "private"}).id
    dear = create_apartment(ctx, {"landlord_id": ll, "address": "Dyrgatan 1", "municipality_code": "1980",
                                  "rooms": 3, "rent_sek": 12000, "contract_type": "first_hand",
                                  "status": "available"}).id
    dialog = MatchesDialog(ctx, case_id=fits)
    qtbot.addWidget(dialog)
    panel = dialog.why_not
    assert panel.choice.findData(apartment_id) == -1 and panel.select(dear)
    assert [code for code, _m in panel.explain()] == ["RENT"]
