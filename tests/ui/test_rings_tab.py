"""Bostadsringar: rings and their members — forms validated as typed, end membership, archive with
confirmation (fictional data only; dialogs driven without exec())."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from sbdesk.domain.rings import RingScope
from sbdesk.services import rings as svc
from sbdesk.services.context import ServiceContext
from sbdesk.ui.forms.record_dialog import RecordDialog
from sbdesk.ui.pages.requests import RequestsPage
from sbdesk.ui.pages.rings_tab import RingsTab

TODAY = date.today()


@pytest.fixture
def page(qtbot: QtBot, ctx: ServiceContext) -> RequestsPage:
    page = RequestsPage(ctx)
    qtbot.addWidget(page)
    page.activate()
    page.tabs.setCurrentWidget(page.rings)
    return page


@pytest.fixture
def tab(page: RequestsPage) -> RingsTab:
    return page.rings


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[Any]]:
    """QMessageBox.question texts; answers taken from ['answer'] (default Yes); warnings recorded."""
    seen: dict[str, list[Any]] = {"question": [], "answer": [], "warning": []}

    def question(*args: Any, **kw: Any) -> QMessageBox.StandardButton:
        seen["question"].append(args[2])
        return seen["answer"].pop(0) if seen["answer"] else QMessageBox.StandardButton.Yes

    def warning(*args: Any, **kw: Any) -> QMessageBox.StandardButton:
        seen["warning"].append(args[2])
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning", warning)
    return seen


def drive(tab: RingsTab, fill: Callable[[RecordDialog], None]) -> list[RecordDialog]:
    """Make the tab's dialogs fill like a user and press Save."""
    seen: list[RecordDialog] = []

    def run(dialog: RecordDialog) -> int:
        seen.append(dialog)
        fill(dialog)
        dialog.accept()
        return int(dialog.result())

    tab.run_dialog = run
    return seen


def ring_names(tab: RingsTab) -> list[str]:
    return [tab.ring_model.row_at(i).name for i in range(tab.ring_model.rowCount())]


def member_names(tab: RingsTab) -> list[str]:
    return [tab.member_model.row_at(i).municipality_name for i in range(tab.member_model.rowCount())]


def make_ring(ctx: ServiceContext, name: str = "Länskompott Västmanland", codes: tuple[str, ...] = ("1980", "1984"),
              joined: date | None = None) -> svc.RingRow:
    ring = svc.create_ring(ctx, {"name": name, "scope": RingScope.COUNTY, "coordinator": "Länsstyrelsen"})
    for code in codes:
        svc.add_member(ctx, ring.id, {"municipality_code": code, "yearly_quota": 2, "joined_on": joined,
                                      "contact_name": "Kim Kontakt", "contact_phone": "010-123 45 67"})
    return svc.get_ring(ctx, ring.id)


def test_new_ring_validated_as_typed_and_selected_after_saving(tab: RingsTab, ctx: ServiceContext) -> None:
    def fill(d: RecordDialog) -> None:
        assert not d.save_button.isEnabled()  # name and scope are required
        d.set_value("name", "Bilateralt med Arboga")
        d.set_value("scope", RingScope.BILATERAL.value)
        d.set_value("coordinator", "9999")  # looks like a kommunkod that does not exist

    seen = drive(tab, fill)
    tab.new_ring_button.click()
    assert seen[0].result() == 0
    assert seen[0].errors["coordinator"].text() == \
        "Ange en kommunkod som finns, eller skriv namnet på den som samordnar."
    assert svc.list_rings(ctx) == []

    seen = drive(tab, lambda d: (fill(d), d.set_value("coordinator", "1980")))
    tab.new_ring()
    assert seen[0].result() == 1
    assert ring_names(tab) == ["Bilateralt med Arboga"]
    ring = tab.selected_ring()
    assert ring is not None and ring.coordinator_label == "Västerås"
    assert tab.member_heading.text() == "Medlemmar i Bilateralt med Arboga"


def test_members_listed_added_and_validated(tab: RingsTab, ctx: ServiceContext) -> None:
    ring = make_ring(ctx)
    tab.activate()
    assert tab.select_ring(ring.id)
    assert member_names(tab) == ["Arboga", "Västerås"]
    position = [r.id for r in tab.ring_model._rows].index(ring.id)
    assert tab.ring_model.index(position, 3).data() == "2"  # current members
    assert tab.ring_model.index(position, 4).data() == "4"  # commitments together

    def fill(d: RecordDialog) -> None:
        d.set_value("municipality_code", "1983")
        d.set_value("yearly_quota", "två")
        d.set_value("contact_email", "inte en adress")
        assert set(d.problems()) == {"yearly_quota", "contact_email"} and not d.save_button.isEnabled()
        d.set_value("yearly_quota", "3")
        d.set_value("contact_email", "kontakt@exempel.se")

    seen = drive(tab, fill)
    tab.add_member_button.click()
    assert seen[0].result() == 1
    assert member_names(tab) == ["Arboga", "Köping", "Västerås"]
    member = tab.selected_member()
    assert member is not None and (member.municipality_code, member.yearly_quota) == ("1983", 3)

    seen = drive(tab, lambda d: d.set_value("municipality_code", "1984"))  # Arboga again, same period
    tab.add_member()
    assert seen[0].result() == 0
    assert seen[0].errors["municipality_code"].text() == "Kommunen är redan medlem i ringen under den perioden."


def test_end_membership_refuses_a_future_date_then_greys_the_former_member(tab: RingsTab,
                                                                           ctx: ServiceContext) -> None:
    ring = make_ring(ctx, joined=TODAY - timedelta(days=100))
    tab.activate()
    tab.select_ring(ring.id)
    arboga = next(m for m in ring.members if m.municipality_code == "1984")
    from sbdesk.ui.registers.register_page import select_record

    assert select_record(tab.members_table, tab.member_model, arboga.id)
    assert tab.end_member_button.isEnabled()

    def future(d: RecordDialog) -> None:
        assert d.raw_values()["left_on"] == TODAY.isoformat()
        d.set_value("left_on", (TODAY + timedelta(days=1)).isoformat())

    seen = drive(tab, future)
    tab.end_member_button.click()
    assert seen[0].result() == 0 and not seen[0].save_button.isEnabled()
    assert seen[0].errors["left_on"].text() == f"Datumet får inte vara senare än {TODAY.isoformat()}."
    seen = drive(tab, lambda d: d.set_value("left_on", (TODAY - timedelta(days=101)).isoformat()))
    tab.end_member()
    assert seen[0].result() == 0  # before the day it joined
    assert svc.get_ring(ctx, ring.id).members_on(TODAY)[0].left_on is None

    seen = drive(tab, lambda d: None)
    tab.end_member()
    assert seen[0].result() == 1
    ended = next(m for m in svc.get_ring(ctx, ring.id).members if m.id == arboga.id)
    assert ended.left_on == TODAY
    row = [m.id for m in tab.member_model._rows].index(arboga.id)
    assert tab.member_model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # greyed
    assert tab.member_model.index(row, 2).data() == TODAY.isoformat()
    assert not tab.end_member_button.isEnabled()  # already ended


def test_archive_ring_asks_first_and_keeps_it_under_show_archived(tab: RingsTab, ctx: ServiceContext,
                                                                   questions: dict[str, list[Any]]) -> None:
    ring = make_ring(ctx)
    other = make_ring(ctx, "Kompotten", ("1980", "0180"))
    tab.activate()
    tab.select_ring(ring.id)
    questions["answer"].append(QMessageBox.StandardButton.No)
    tab.archive_ring_button.click()
    assert len(questions["question"]) == 1 and ring.name in questions["question"][0]
    assert sorted(ring_names(tab)) == ["Kompotten", "Länskompott Västmanland"]
    tab.archive_ring()  # Yes
    assert ring_names(tab) == ["Kompotten"]
    assert [r.id for r in svc.list_rings(ctx)] == [other.id]
    tab.show_archived.setChecked(True)
    assert sorted(ring_names(tab)) == ["Kompotten", "Länskompott Västmanland"]
    tab.select_ring(ring.id)
    assert not tab.add_member_button.isEnabled()  # an archived ring takes no new members
    assert tab.archive_ring_button.text() == "&Återta ring…"


def test_edit_member_contact_and_ring_filter_follows_new_rings(page: RequestsPage, tab: RingsTab,
                                                               ctx: ServiceContext) -> None:
    ring = make_ring(ctx)
    tab.activate()
    tab.select_ring(ring.id)
    from sbdesk.ui.registers.register_page import select_record

    select_record(tab.members_table, tab.member_model, ring.members[0].id)

    def fill(d: RecordDialog) -> None:
        assert d.raw_values()["contact_name"] == "Kim Kontakt"
        d.set_value("liaison_phone", "inte ett nummer")
        assert "liaison_phone" in d.problems()
        d.set_value("liaison_phone", "010-765 43 21")
        d.set_value("liaison_name", "Sam Samverkan")

    seen = drive(tab, fill)
    tab.edit_member_button.click()
    assert seen[0].result() == 1
    changed = next(m for m in svc.get_ring(ctx, ring.id).members if m.id == ring.members[0].id)
    assert (changed.liaison_name, changed.liaison_phone) == ("Sam Samverkan", "010-765 43 21")

    ring_filter = page.requests.ring_filter
    assert ring_filter.findData(ring.id) < 0  # the requests tab was built before the ring existed
    page.tabs.setCurrentWidget(page.requests)
    assert ring_filter.findData(ring.id) > 0
