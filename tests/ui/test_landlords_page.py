"""Hyresvärdar och avtal: both registers, their forms, and how selecting a landlord filters its agreements."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from sbdesk.domain.enums import AgreementKind, LandlordKind
from sbdesk.domain.validators import luhn_check_digit
from sbdesk.errors import ValidationError
from sbdesk.services.apartments import create_apartment
from sbdesk.services.context import ServiceContext
from sbdesk.services.forms import check_field
from sbdesk.services.housing import (
    LANDLORD_FIELDS,
    create_agreement,
    create_landlord,
    list_agreements,
    list_landlords,
)
from sbdesk.services.listing import ListQuery
from sbdesk.ui.forms.record_dialog import RecordDialog
from sbdesk.ui.pages.agreements import AgreementDialog, AgreementRegister
from sbdesk.ui.pages.landlords import LandlordsPage
from sbdesk.ui.registers.register_page import RegisterPage

TODAY = date.today()
ORG = f"556677-889{luhn_check_digit('556677889')}"  # a made-up, well-formed organisationsnummer
BAD_CHECKSUM = ORG[:-1] + str((int(ORG[-1]) + 1) % 10)



@pytest.fixture(autouse=True)
def no_blocking_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes never block; what they would have said is recorded."""
    shown: list[tuple[str, str]] = []

    def record(*args: Any, **_kw: Any) -> QMessageBox.StandardButton:
        shown.append((args[1], args[2]))
        return QMessageBox.StandardButton.Ok

    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, record)
    return shown


@pytest.fixture
def data(ctx: ServiceContext) -> dict[str, int]:
    """Three fictional landlords, three agreements and three apartments with distinct values."""
    a = create_landlord(ctx, {"name": "Ängsbacken Bostads AB", "kind": LandlordKind.MUNICIPAL,
                              "contact_name": "Berit Berg", "phone": "021-10 20 30", "email": "b@angsbacken.se"})
    b = create_landlord(ctx, {"name": "Björkhem Fastigheter", "kind": LandlordKind.PRIVATE,
                              "contact_name": "Adam Ali", "phone": "021-30 20 10", "email": "c@bjorkhem.se"})
    c = create_landlord(ctx, {"name": "Cederlunds Hyreshus", "kind": LandlordKind.PRIVATE,
                              "contact_name": "Cilla Carlsson", "phone": "021-20 10 30", "email": "a@cederlund.se"})
    x = create_agreement(ctx, {"landlord_id": a.id, "kind": AgreementKind.PRIORITY_QUOTA, "title": "Förtur",
                               "valid_from": TODAY - timedelta(days=300), "valid_to": TODAY + timedelta(days=10),
                               "quota": 12, "municipality_code": "1980", "rent_guarantee": True})
    y = create_agreement(ctx, {"landlord_id": a.id, "kind": AgreementKind.SET_ASIDE, "title": "Avsatta",
                               "valid_from": TODAY - timedelta(days=100), "valid_to": TODAY + timedelta(days=200),
                               "quota": 3, "municipality_code": "0180", "rent_guarantee": False})
    z = create_agreement(ctx, {"landlord_id": b.id, "kind": AgreementKind.SOCIAL_CONTRACTS, "title": "Ram",
                               "valid_from": TODAY - timedelta(days=700), "valid_to": TODAY - timedelta(days=5),
                               "quota": 7, "municipality_code": "1280", "rent_guarantee": False})
    for landlord in (a.id, a.id, c.id):
        create_apartment(ctx, {"landlord_id": landlord, "address": "Lärkgatan 4", "municipality_code": "1980",
                               "rooms": "2", "rent_sek": "7 450", "contract_type": "first_hand",
                               "status": "available"})
    return {"a": a.id, "b": b.id, "c": c.id, "x": x.id, "y": y.id, "z": z.id}


@pytest.fixture
def page(qtbot: QtBot, ctx: ServiceContext, data: dict[str, int]) -> LandlordsPage:
    page = LandlordsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.activate()
    return page


def rows(register: RegisterPage, attr: str = "id") -> list[Any]:
    return [getattr(register.model.row_at(i), attr) for i in range(register.model.rowCount())]


def run_dialog(monkeypatch: pytest.MonkeyPatch, values: dict[str, Any], *, press_save: bool = True,
               check: Callable[[RecordDialog], None] | None = None) -> list[RecordDialog]:
    """Make RecordDialog.exec (and AgreementDialog's) fill the form like a user and press Save."""
    seen: list[RecordDialog] = []

    def fake_exec(self: RecordDialog) -> int:
        seen.append(self)
        if check is not None:
            check(self)
        for name, value in values.items():
            self.set_value(name, value)
        if press_save:
            self.accept()
        return int(self.result())

    monkeypatch.setattr(RecordDialog, "exec", fake_exec)
    return seen


def focus(qtbot: QtBot, page: LandlordsPage, widget: Any) -> None:
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


# -- texts --------------------------------------------------------------------------------------


def test_swedish_texts_and_status(qtbot: QtBot, ctx: ServiceContext, data: dict[str, int]) -> None:
    page = LandlordsPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.status_text) as status:
        page.activate()
    assert page.nav_title == "Hyresvärdar och avtal"
    assert page.status() == "3 hyresvärdar · 3 avtal" == status.args[0]
    assert page.landlords.heading.text() == "Hyresvärdar"
    assert page.agreements.heading.text() == "Avtal med alla hyresvärdar"
    assert page.agreements.all_landlords.text() == "Visa alla hyresvärdars avtal"
    assert page.agreements.active_only.text() == "Endast gällande i dag"
    headers = [page.landlords.model.headerData(i, Qt.Orientation.Horizontal) for i in range(7)]
    assert headers == ["Namn", "Typ", "Kontaktperson", "Telefon", "E-post", "Avtal", "Lägenheter"]
    headers = [page.agreements.model.headerData(i, Qt.Orientation.Horizontal) for i in range(9)]
    assert headers == ["Benämning", "Hyresvärd", "Typ", "Gäller från", "Gäller till", "Kvot", "Använt", "Kommun",
                       "Hyresgaranti"]
    kinds = [page.landlords.kind_filter.itemText(i) for i in range(3)]
    assert kinds == ["Typ: alla", "Kommunalt bostadsbolag", "Privat hyresvärd"]
    page.landlords.select_record(data["a"])
    assert page.agreements.heading.text() == "Avtal med Ängsbacken Bostads AB"
    assert page.status() == "3 hyresvärdar · 2 avtal"


# -- creating through the forms -----------------------------------------------------------------


def test_create_landlord_through_the_form(page: LandlordsPage, ctx: ServiceContext,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    seen = run_dialog(monkeypatch, {"name": "Dalhem Bostäder", "kind": "municipal", "org_number": ORG,
                                    "contact_name": "Doris Dahl", "phone": "021 - 44 55 66",
                                    "email": "doris@DALHEM.se"})
    page.new_record()  # nothing focused: Ctrl+N creates a landlord
    assert type(seen[0]) is RecordDialog and seen[0].windowTitle() == "Ny hyresvärd"
    new = [r for r in list_landlords(ctx).rows if r.name == "Dalhem Bostäder"]
    assert [(r.kind, r.org_number, r.contact_name, r.email) for r in new] == [
        (LandlordKind.MUNICIPAL, ORG, "Doris Dahl", "doris@dalhem.se")]
    assert page.landlords.model.rowCount() == 4
    assert page.landlords.selected_id() == new[0].id  # the new landlord is selected ...
    assert page.agreements.heading.text() == "Avtal med Dalhem Bostäder"  # ... and its (no) agreements shown
    assert page.agreements.model.rowCount() == 0
    assert page.status() == "4 hyresvärdar · 0 avtal"


def test_create_agreement_through_the_form(page: LandlordsPage, ctx: ServiceContext, data: dict[str, int],
                                           monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> None:
    page.landlords.select_record(data["c"])
    preselected: list[Any] = []
    seen = run_dialog(monkeypatch, {"kind": "first_hand", "title": "Förstahand 2026", "valid_from": "2026-01-01",
                                    "valid_to": "2026-12-31", "quota": "4", "municipality_code": "2080",
                                    "rent_guarantee": True, "consent_routine": "Skriftligt samtycke först."},
                      check=lambda d: preselected.append(d.raw_values()["landlord_id"]))
    focus(qtbot, page, page.agreements.table)
    page.new_record()  # the agreements list has focus: Ctrl+N creates an agreement
    assert isinstance(seen[0], AgreementDialog) and seen[0].windowTitle() == "Nytt avtal"
    assert preselected == [data["c"]]  # the selected landlord, filled in
    saved = [r for r in list_agreements(ctx).rows if r.title == "Förstahand 2026"]
    assert [(r.landlord_id, r.kind, r.valid_from, r.valid_to, r.quota, r.municipality_code, r.rent_guarantee,
             r.consent_routine) for r in saved] == [
        (data["c"], AgreementKind.FIRST_HAND, date(2026, 1, 1), date(2026, 12, 31), 4, "2080", True,
         "Skriftligt samtycke först.")]
    assert rows(page.agreements, "title") == ["Förstahand 2026"]
    assert page.agreements.selected_id() == saved[0].id
    position = page.landlords.model.position_of(data["c"])
    assert position is not None and page.landlords.model.row_at(position).agreement_count == 1  # counts refreshed


def test_new_agreement_defaults_to_our_municipality_and_needs_a_landlord(
    qtbot: QtBot, ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch, no_blocking_boxes: list[tuple[str, str]],
) -> None:
    page = LandlordsPage(ctx)
    qtbot.addWidget(page)
    page.activate()
    seen = run_dialog(monkeypatch, {}, press_save=False)
    page.agreements.new_record()
    assert seen == [] and no_blocking_boxes[0][0] == "Ingen hyresvärd ännu"
    create_landlord(ctx, {"name": "Eklunda AB", "kind": LandlordKind.PRIVATE})
    page.landlords.reload()
    page.agreements.new_record()
    assert seen[0].raw_values()["municipality_code"] == "1980"  # the profile's own municipality


# -- bad input ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value"),
    [("org_number", BAD_CHECKSUM), ("org_number", "12345"),
     ("org_number", "800101-1234"), ("email", "berit@"), ("email", "berit.exempel.se"), ("phone", "12"),
     ("phone", "021-abc"), ("name", "")],
)
def test_bad_landlord_input_is_refused_with_a_message(page: LandlordsPage, ctx: ServiceContext,
                                                      monkeypatch: pytest.MonkeyPatch, field: str, value: str) -> None:
    seen = run_dialog(monkeypatch, {"name": "Felhem AB", "kind": "private", field: value})
    page.landlords.new_record()
    dialog = seen[0]
    expected = check_field(LANDLORD_FIELDS, field, value)
    assert expected  # the service refuses it too, in Swedish
    assert dialog.errors[field].text() == expected
    assert not dialog.errors[field].isHidden()  # beside the field
    assert not dialog.save_button.isEnabled()
    assert dialog.result() == 0
    assert list_landlords(ctx).total == 3


GOOD_AGREEMENT = {"kind": "priority_quota", "title": "Förtur 2026", "valid_from": "2026-05-01"}


def service_date_order_message(ctx: ServiceContext, landlord: int) -> str:
    with pytest.raises(ValidationError) as refused:
        create_agreement(ctx, {"landlord_id": landlord, "kind": "set_aside", "title": "Prov",
                               "valid_from": "2026-05-01", "valid_to": "2026-04-30"})
    assert refused.value.error_code == "DATE_ORDER"
    return refused.value.by_field()["valid_to"]


def test_end_before_start_is_refused_beside_valid_to(page: LandlordsPage, ctx: ServiceContext,
                                                     data: dict[str, int], monkeypatch: pytest.MonkeyPatch) -> None:
    message = service_date_order_message(ctx, data["a"])
    page.landlords.select_record(data["a"])
    seen = run_dialog(monkeypatch, {**GOOD_AGREEMENT, "valid_to": "2026-04-30"})
    page.agreements.new_record()
    dialog = seen[0]
    assert dialog.errors["valid_to"].text() == message == "Slutdatum kan inte vara före startdatum."
    assert not dialog.errors["valid_to"].isHidden()
    assert dialog.errors["valid_from"].isHidden()
    assert not dialog.save_button.isEnabled() and dialog.result() == 0
    assert list_agreements(ctx).total == 3
    dialog.set_value("valid_to", "2026-05-01")  # fixed: the message goes away
    assert dialog.errors["valid_to"].isHidden() and dialog.save_button.isEnabled()
    dialog.set_value("valid_from", "2026-06-01")  # moving the start past the end shows it again, at once
    assert dialog.errors["valid_to"].text() == message and not dialog.save_button.isEnabled()


def test_service_date_order_message_is_shown_beside_valid_to(page: LandlordsPage, ctx: ServiceContext,
                                                             data: dict[str, int],
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Even when the as-you-type check is bypassed, the service's refusal lands beside 'Gäller till'."""
    message = service_date_order_message(ctx, data["a"])
    monkeypatch.setattr(AgreementDialog, "date_order_problem", lambda self: None)
    page.landlords.select_record(data["a"])
    seen = run_dialog(monkeypatch, {**GOOD_AGREEMENT, "valid_to": "2026-04-30"})
    page.agreements.new_record()
    assert seen[0].errors["valid_to"].text() == message and not seen[0].errors["valid_to"].isHidden()
    assert seen[0].result() == 0 and list_agreements(ctx).total == 3


# -- search, filters, selection -----------------------------------------------------------------


def test_search_and_filter_landlords(page: LandlordsPage, qtbot: QtBot) -> None:
    assert rows(page.landlords, "name") == ["Björkhem Fastigheter", "Cederlunds Hyreshus", "Ängsbacken Bostads AB"]
    page.landlords.search.insert("ängs")
    qtbot.waitUntil(lambda: rows(page.landlords, "name") == ["Ängsbacken Bostads AB"])
    page.landlords.search.clear()
    qtbot.waitUntil(lambda: page.landlords.model.rowCount() == 3)
    page.landlords.search.insert("Adam")  # the contact person
    qtbot.waitUntil(lambda: rows(page.landlords, "name") == ["Björkhem Fastigheter"])
    page.landlords.search.clear()
    qtbot.waitUntil(lambda: page.landlords.model.rowCount() == 3)
    combo = page.landlords.kind_filter
    combo.setCurrentIndex(combo.findData(LandlordKind.PRIVATE.value))
    assert rows(page.landlords, "name") == ["Björkhem Fastigheter", "Cederlunds Hyreshus"]
    assert page.status().startswith("2 hyresvärdar")


def test_search_and_filter_agreements(page: LandlordsPage, qtbot: QtBot, data: dict[str, int]) -> None:
    register = page.agreements
    assert sorted(rows(register)) == sorted([data["x"], data["y"], data["z"]])
    register.search.insert("björk")  # the landlord's name
    qtbot.waitUntil(lambda: rows(register) == [data["z"]])
    register.search.clear()
    register.search.insert("förtur")  # the title
    qtbot.waitUntil(lambda: rows(register) == [data["x"]])
    register.search.clear()
    qtbot.waitUntil(lambda: register.model.rowCount() == 3)
    register.kind_filter.setCurrentIndex(register.kind_filter.findData(AgreementKind.SET_ASIDE.value))
    assert rows(register) == [data["y"]]
    register.kind_filter.setCurrentIndex(0)
    register.active_only.setChecked(True)  # 'Ram' ended five days ago
    assert register.model.query.filters["active_on"] == TODAY
    assert sorted(rows(register)) == sorted([data["x"], data["y"]])
    register.active_only.setChecked(False)
    assert register.model.rowCount() == 3


def test_selecting_a_landlord_filters_the_agreements(page: LandlordsPage, qtbot: QtBot,
                                                     data: dict[str, int]) -> None:
    register = page.agreements
    page.landlords.select_record(data["a"])
    assert sorted(rows(register)) == sorted([data["x"], data["y"]])
    page.landlords.select_record(data["b"])
    assert rows(register) == [data["z"]] and register.heading.text() == "Avtal med Björkhem Fastigheter"
    register.all_landlords.setChecked(True)
    assert register.model.rowCount() == 3 and register.heading.text() == "Avtal med alla hyresvärdar"
    register.all_landlords.setChecked(False)
    assert rows(register) == [data["z"]]
    page.landlords.search.insert("björk")  # still listed: stays selected, its agreements stay
    qtbot.waitUntil(lambda: page.landlords.model.rowCount() == 1)
    assert page.landlords.selected_id() == data["b"] and rows(register) == [data["z"]]
    page.landlords.search.clear()
    page.landlords.search.insert("ceder")  # no longer listed: nothing selected, every landlord's agreements
    qtbot.waitUntil(lambda: rows(page.landlords) == [data["c"]])
    assert page.landlords.selected_id() is None and register.model.rowCount() == 3


LANDLORD_SORTS = ["name", "kind", "contact_name", "phone", "email", "agreement_count", "apartment_count"]
AGREEMENT_SORTS = ["title", "landlord_name", "kind", "valid_from", "valid_to", "quota", "municipality_code",
                   "rent_guarantee"]


def check_sorting(register: RegisterPage, key: str) -> None:
    keys = [c.key for c in register.model.columns]
    column = register.model.columns[keys.index(key)]
    if column.sort_key is None:
        pytest.skip(f"the service cannot sort by {key} yet (see the report)")
    values = {}
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        register.table.sortByColumn(keys.index(key), order)
        assert register.table.horizontalHeader().sortIndicatorSection() == keys.index(key)
        values[order] = [(v.value if hasattr(v, "value") else v) for v in rows(register, key)]
    ascending, descending = values[Qt.SortOrder.AscendingOrder], values[Qt.SortOrder.DescendingOrder]
    assert ascending == sorted(ascending) and descending == sorted(descending, reverse=True)
    assert ascending != descending  # the order really changed


@pytest.mark.parametrize("key", LANDLORD_SORTS)
def test_sort_landlords_by_every_column(page: LandlordsPage, key: str) -> None:
    check_sorting(page.landlords, key)


@pytest.mark.parametrize("key", AGREEMENT_SORTS)
def test_sort_agreements_by_every_column(page: LandlordsPage, key: str) -> None:
    check_sorting(page.agreements, key)


def test_unsortable_column_keeps_the_arrow_where_the_rows_are_sorted(page: LandlordsPage) -> None:
    for register in (page.landlords, page.agreements):
        unsortable = [i for i, c in enumerate(register.model.columns) if c.sort_key is None]
        if not unsortable:
            continue
        register.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        before = rows(register)
        register.table.sortByColumn(unsortable[0], Qt.SortOrder.AscendingOrder)
        header = register.table.horizontalHeader()
        assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (0, Qt.SortOrder.DescendingOrder)
        assert rows(register) == before


# -- archive, open, warnings, unsaved changes ---------------------------------------------------


def test_archive_landlord_and_agreement_with_confirmation(page: LandlordsPage, ctx: ServiceContext,
                                                          data: dict[str, int], qtbot: QtBot,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def question(*args: Any, **_kw: Any) -> QMessageBox.StandardButton:
        asked.append(args[2])
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    page.landlords.select_record(data["c"])
    page.landlords.archive_selected()
    assert asked == ["Vill du arkivera Cederlunds Hyreshus? Posten sparas men visas inte längre i listorna."]
    assert list_landlords(ctx).total == 3  # 'No' keeps it
    answer[0] = QMessageBox.StandardButton.Yes
    page.landlords.archive_selected()
    assert list_landlords(ctx).total == 2 and data["c"] not in rows(page.landlords)
    assert page.status().startswith("2 hyresvärdar")

    page.landlords.select_record(data["a"])
    page.agreements.select_record(data["x"])
    focus(qtbot, page, page.agreements.table)
    qtbot.keyClick(page.agreements.table, Qt.Key.Key_Delete)  # Delete = archive, after the question
    assert "Förtur" in asked[-1]
    assert [r.id for r in list_agreements(ctx).rows] == sorted([data["y"], data["z"]])
    assert rows(page.agreements) == [data["y"]]
    position = page.landlords.model.position_of(data["a"])
    assert position is not None and page.landlords.model.row_at(position).agreement_count == 1
    assert list_agreements(ctx, ListQuery(include_archived=True)).total == 3  # kept, not deleted


def test_agreements_ending_within_60_days_are_marked(page: LandlordsPage, data: dict[str, int]) -> None:
    register = page.agreements
    end_col = [c.key for c in register.model.columns].index("valid_to")

    def cell(agreement: int, column: int, role: Qt.ItemDataRole) -> Any:
        position = register.model.position_of(agreement)
        assert position is not None
        return register.model.index(position, column).data(role)

    soon = TODAY + timedelta(days=10)
    assert cell(data["x"], end_col, Qt.ItemDataRole.DisplayRole) == f"{soon.isoformat()} (om 10 dagar)"
    assert cell(data["x"], 0, Qt.ItemDataRole.BackgroundRole) is not None  # the whole row
    assert cell(data["x"], 0, Qt.ItemDataRole.ToolTipRole) == "Avtalet upphör inom 10 dagar."
    assert cell(data["y"], 0, Qt.ItemDataRole.BackgroundRole) is None
    assert cell(data["y"], end_col, Qt.ItemDataRole.DisplayRole) == (TODAY + timedelta(days=200)).isoformat()
    assert cell(data["z"], 0, Qt.ItemDataRole.BackgroundRole) is None
    assert cell(data["z"], end_col, Qt.ItemDataRole.DisplayRole).endswith("(har upphört)")
    municipality = [c.key for c in register.model.columns].index("municipality_code")
    assert cell(data["x"], municipality, Qt.ItemDataRole.DisplayRole) == "1980 Västerås"


def test_open_record_and_open_agreement(page: LandlordsPage, ctx: ServiceContext, data: dict[str, int],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    seen = run_dialog(monkeypatch, {"phone": "021-99 88 77"})
    page.open_record(data["b"])
    assert seen[0].raw_values()["name"] == "Björkhem Fastigheter"
    assert [r.phone for r in list_landlords(ctx).rows if r.id == data["b"]] == ["021-99 88 77"]
    page.landlords.select_record(data["c"])
    seen = run_dialog(monkeypatch, {"quota": "5"})
    page.open_agreement(data["y"])  # another landlord's agreement: its landlord gets selected
    assert page.landlords.selected_id() == data["a"] and page.agreements.selected_id() == data["y"]
    assert seen[0].raw_values()["title"] == "Avsatta" and seen[0].raw_values()["landlord_id"] == data["a"]
    assert [r.quota for r in list_agreements(ctx).rows if r.id == data["y"]] == [5]


@pytest.mark.parametrize("which", ["landlord", "agreement"])
def test_unsaved_changes_are_guarded(page: LandlordsPage, ctx: ServiceContext, data: dict[str, int],
                                     monkeypatch: pytest.MonkeyPatch, which: str) -> None:
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked: list[str] = []

    def question(*args: Any, **_kw: Any) -> QMessageBox.StandardButton:
        asked.append(args[2])
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    states: list[bool] = []

    def fake_exec(self: RecordDialog) -> int:
        self.show()
        self.set_value("title" if which == "agreement" else "name", "Halvfärdig")
        self.reject()  # Esc: asked, Cancel keeps the dialog open
        states.append(self.isVisible())
        self.reject()  # Esc again: Discard closes it
        states.append(self.isVisible())
        return int(self.result())

    monkeypatch.setattr(RecordDialog, "exec", fake_exec)
    page.landlords.select_record(data["a"])
    (page.agreements if which == "agreement" else page.landlords).new_record()
    assert asked == ["Du har ändringar som inte är sparade. Vill du spara dem?"] * 2
    assert states == [True, False]
    assert list_landlords(ctx).total == 3 and list_agreements(ctx).total == 3


def test_focus_search_follows_the_list_in_use(page: LandlordsPage, qtbot: QtBot) -> None:
    focus(qtbot, page, page.landlords.table)
    page.focus_search()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.landlords.search)
    page.agreements.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.agreements.table)
    page.focus_search()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.agreements.search)
    assert isinstance(page.agreements, AgreementRegister)
