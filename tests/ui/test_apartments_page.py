"""Lägenheter: create, validate, search, filter, sort, edit and archive through the page and its form."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from sbdesk.domain.enums import ApartmentStatus, LandlordKind
from sbdesk.services.apartments import list_apartments
from sbdesk.services.context import ServiceContext
from sbdesk.services.housing import create_landlord
from sbdesk.ui.forms.record_dialog import RecordDialog
from sbdesk.ui.pages.apartments import ApartmentsPage


@pytest.fixture
def landlord(ctx: ServiceContext) -> int:
    return create_landlord(ctx, {"name": "Mälarhem Bostäder AB", "kind": LandlordKind.MUNICIPAL}).id


@pytest.fixture
def page(qtbot: QtBot, ctx: ServiceContext, landlord: int) -> ApartmentsPage:
    page = ApartmentsPage(ctx)
    qtbot.addWidget(page)
    page.activate()
    return page


def fill(dialog: RecordDialog, values: dict[str, Any]) -> None:
    for name, value in values.items():
        dialog.set_value(name, value)


GOOD = {"address": "Lärkgatan 4", "postal_code": "72212", "municipality_code": "1980", "rooms": "2",
        "rent_sek": "7 450", "contract_type": "first_hand", "status": "available"}


def run_dialog(monkeypatch: pytest.MonkeyPatch, landlord: int, values: dict[str, Any], *, press_save: bool = True) -> list[RecordDialog]:
    """Make RecordDialog.exec fill the form like a user and press Save (Ctrl+S)."""
    seen: list[RecordDialog] = []

    def fake_exec(self: RecordDialog) -> int:
        seen.append(self)
        fill(self, {"landlord_id": landlord, **values})
        if press_save:
            self.accept()
        return int(self.result())

    monkeypatch.setattr(RecordDialog, "exec", fake_exec)
    return seen


def test_create_apartment_through_the_form(page: ApartmentsPage, ctx: ServiceContext, landlord: int,
                                           monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> None:
    run_dialog(monkeypatch, landlord, GOOD)
    page.new_record()
    rows = list_apartments(ctx).rows
    assert [(r.address, r.postal_code, r.rent_sek, r.rooms) for r in rows] == [("Lärkgatan 4", "722 12", 7450, 2)]
    assert page.model.rowCount() == 1
    assert "1 lägenhet" in page.count_label.text()


@pytest.mark.parametrize(
    ("field", "value"),
    [("postal_code", "1234"), ("rent_sek", "-100"), ("rooms", "0"), ("rooms", "två"), ("rent_sek", "7,5"),
     ("available_from", "2026-13-01"), ("address", "")],
)
def test_bad_input_is_refused_with_a_message_and_nothing_saved(
    page: ApartmentsPage, ctx: ServiceContext, landlord: int, monkeypatch: pytest.MonkeyPatch,
    field: str, value: str,
) -> None:
    from sbdesk.services.apartments import APARTMENT_FIELDS
    from sbdesk.services.forms import check_field

    seen = run_dialog(monkeypatch, landlord, {**GOOD, field: value})
    page.new_record()
    dialog = seen[0]
    assert not dialog.save_button.isEnabled()
    expected = check_field(APARTMENT_FIELDS, field, value)
    assert expected  # the service refuses it too, in Swedish
    assert dialog.errors[field].text() == expected
    assert not dialog.errors[field].isHidden()  # beside the field
    assert list_apartments(ctx).total == 0


def test_search_filter_and_sort_run_in_sql(page: ApartmentsPage, ctx: ServiceContext, landlord: int,
                                           qtbot: QtBot) -> None:
    from sbdesk.services.apartments import create_apartment

    for address, rooms, rent, status in [("Ängsvägen 1", 1, 5000, "available"), ("Björkvägen 2", 3, 9000, "let"),
                                         ("Ängsvägen 3", 2, 7000, "available")]:
        create_apartment(ctx, {**GOOD, "landlord_id": landlord, "address": address, "rooms": rooms,
                               "rent_sek": rent, "status": status})
    page.reload()
    assert page.model.rowCount() == 3
    page.search.setText("ängs")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    page.status_filter.setCurrentIndex(page.status_filter.findData(ApartmentStatus.AVAILABLE.value))
    page.rooms_filter.setCurrentIndex(page.rooms_filter.findData(2))
    assert [page.model.row_at(i).address for i in range(page.model.rowCount())] == ["Ängsvägen 3"]
    page.search.clear()
    page.rooms_filter.setCurrentIndex(0)
    page.status_filter.setCurrentIndex(0)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    rent_column = [c.key for c in page.model.columns].index("rent_sek")
    page.table.sortByColumn(rent_column, Qt.SortOrder.DescendingOrder)
    assert [page.model.row_at(i).rent_sek for i in range(3)] == [9000, 7000, 5000]


def test_edit_and_archive(page: ApartmentsPage, ctx: ServiceContext, landlord: int,
                          monkeypatch: pytest.MonkeyPatch) -> None:
    from sbdesk.services.apartments import create_apartment

    apt = create_apartment(ctx, {**GOOD, "landlord_id": landlord})
    page.reload()
    assert page.select_record(apt.id)
    run_dialog(monkeypatch, landlord, {"rent_sek": "8 000 kr"})
    page.edit_selected()
    assert list_apartments(ctx).rows[0].rent_sek == 8000
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.select_record(apt.id)
    page.archive_selected()
    assert list_apartments(ctx).total == 0
    assert page.model.rowCount() == 0


def test_unsaved_changes_are_guarded(qtbot: QtBot, ctx: ServiceContext, landlord: int,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    page = ApartmentsPage(ctx)
    qtbot.addWidget(page)
    asked: list[str] = []

    def question(*args: Any, **kw: Any) -> QMessageBox.StandardButton:
        asked.append(args[2])
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    run_dialog(monkeypatch, landlord, {"address": "Halvfärdig 1"}, press_save=False)
    dialog = None

    def fake_exec(self: RecordDialog) -> int:
        nonlocal dialog
        dialog = self
        self.set_value("address", "Halvfärdig 1")
        self.reject()  # Esc
        return int(self.result())

    monkeypatch.setattr(RecordDialog, "exec", fake_exec)
    page.new_record()
    assert asked and dialog is not None and dialog.isVisible() is False
    assert dialog.result() == 0 and list_apartments(ctx).total == 0
