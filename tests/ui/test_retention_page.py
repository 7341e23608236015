"""Gallring: the page lists exactly the due cases, purges only after confirmation and a reason, renews the
backups, requires a reason for an exemption, and lists nothing when the municipality keeps everything."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from sbdesk.domain.enums import ProtectionLevel
from sbdesk.services.audit_log import all_events
from sbdesk.services.backups import backup_config, make_backup
from sbdesk.services.cases import create_case, list_cases
from sbdesk.services.context import ServiceContext
from sbdesk.services.extract import find_people
from sbdesk.services.retention import due_for_purge
from sbdesk.services.settings import set_settings
from sbdesk.ui.badges import badge_colour
from sbdesk.ui.pages.retention import (
    DEADLINE_COLUMN,
    ID_ROLE,
    OVERDUE_COLOUR,
    RetentionPage,
)

TODAY = date(2026, 11, 27)
Yes, Cancel = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Cancel



def _case(ctx: ServiceContext, last_name: str, *, status: str = "closed", level: str = "none") -> int:
    return create_case(ctx, {"protection_level": level, "risk_level": "high", "status": status,
                             "notes": "Fiktiv anteckning"},
                       [{"role": "applicant", "birth_year": 1985,
                         "identity": {"first_name": "Testa", "last_name": last_name,
                                      "phone": "070-111 22 33"}}]).id


def _last_entry(ctx: ServiceContext, case_id: int, day: date) -> None:
    """Pretend the case's last entry was made on day (tests only write timestamps directly)."""
    stamp = datetime(day.year, day.month, day.day, 12, tzinfo=UTC)
    with ctx.db.engine.begin() as conn:
        conn.execute(text('UPDATE "case" SET updated_at = :t WHERE id = :i'), {"t": stamp, "i": case_id})
        conn.execute(text("UPDATE person SET updated_at = :t WHERE id IN (SELECT person_id FROM household_member "
                          "WHERE case_id = :i)"), {"t": stamp, "i": case_id})


@pytest.fixture
def cases(ctx: ServiceContext) -> dict[str, int]:
    """overdue: due 2024, purge by 2025-12-31; due: due 2026, purge by 2027; the rest are not due."""
    made = {
        "overdue": _case(ctx, "Gammalsson", level="protected_registration"),
        "due": _case(ctx, "Femårsson"),
        "recent": _case(ctx, "Nyligensson"),
        "open": _case(ctx, "Pågåendesson", status="waiting"),
        "fresh": _case(ctx, "Färsksson"),
    }
    _last_entry(ctx, made["overdue"], date(2019, 3, 1))
    _last_entry(ctx, made["due"], date(2021, 5, 10))
    _last_entry(ctx, made["recent"], date(2023, 1, 1))
    _last_entry(ctx, made["open"], date(2019, 3, 1))
    return made


@pytest.fixture
def page(qtbot: QtBot, ctx: ServiceContext, cases: dict[str, int]) -> RetentionPage:
    page = RetentionPage(ctx, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.activate()
    return page


def _listed(page: RetentionPage) -> dict[int, list[str]]:
    return {page.table.item(r, 0).data(ID_ROLE): [page.table.item(r, c).text() for c in range(5)]
            for r in range(page.table.rowCount())}


def _reference(ctx: ServiceContext, case_id: int) -> str:
    return next(r.reference for r in list_cases(ctx).rows if r.id == case_id)


def test_lists_exactly_the_due_cases_with_badge_and_overdue_deadline(page: RetentionPage, ctx: ServiceContext,
                                                                      cases: dict[str, int], qtbot: QtBot) -> None:
    listed = _listed(page)
    assert set(listed) == {cases["overdue"], cases["due"]}
    overdue, due = listed[cases["overdue"]], listed[cases["due"]]
    assert overdue == [_reference(ctx, cases["overdue"]), "Skyddad folkbokföring", "2019-03-01", "2024-03-01",
                       "2025-12-31 – försenad"]
    assert due == [_reference(ctx, cases["due"]), "", "2021-05-10", "2026-05-10", "2027-12-31"]
    rows = {page.table.item(r, 0).data(ID_ROLE): r for r in range(page.table.rowCount())}
    assert page.table.item(rows[cases["overdue"]], DEADLINE_COLUMN).background().color().name() == OVERDUE_COLOUR
    assert page.table.item(rows[cases["due"]], DEADLINE_COLUMN).background().style() == Qt.BrushStyle.NoBrush
    assert page.table.item(rows[cases["overdue"]], 1).background().color().name() == badge_colour(
        ProtectionLevel.PROTECTED_REGISTRATION)
    assert rows[cases["overdue"]] == 0  # most urgent first
    assert page.nav_title == "Gallring"
    assert "5 år efter den sista anteckningen" in page.intro.text() and "Inställningar → Gallring" in page.intro.text()
    with qtbot.waitSignal(page.status_text) as signal:
        page.activate()
    assert signal.args == ["2 ärenden att gallra"]
    assert page.count_label.text() == "2 ärenden att gallra"
    assert not page.purge_button.isEnabled() and not page.exempt_button.isEnabled()


def _patch(monkeypatch: pytest.MonkeyPatch, *, confirm: QMessageBox.StandardButton = Yes,
           reason: tuple[str, bool] = ("Gallring 2026", True)) -> dict[str, list[Any]]:
    said: dict[str, list[Any]] = {"warning": [], "information": [], "input": []}

    def warning(_parent: Any, _title: str, message: str, *args: Any) -> QMessageBox.StandardButton:
        said["warning"].append(message)
        return confirm if args else QMessageBox.StandardButton.Ok

    def get_text(_parent: Any, _title: str, label: str, *args: Any) -> tuple[str, bool]:
        said["input"].append((label, args[1] if len(args) > 1 else ""))
        return reason

    monkeypatch.setattr(QMessageBox, "warning", warning)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, m, *a: said["information"].append(m))
    monkeypatch.setattr(QInputDialog, "getText", get_text)
    return said


def test_purge_after_confirmation_removes_the_identity_and_renews_backups(
    page: RetentionPage, ctx: ServiceContext, cases: dict[str, int], monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = backup_config(ctx).folder
    make_backup(ctx, folder / "sbdesk-2026-11-20.db")  # an older backup that holds the data
    said = _patch(monkeypatch)
    page.select_cases([cases["overdue"]])
    assert page.purge_button.isEnabled()

    assert page.purge_selected() == 1

    question = said["warning"][0]
    assert _reference(ctx, cases["overdue"]) in question and _reference(ctx, cases["due"]) not in question
    for removed in ("namn", "personnummer", "kontaktuppgifter", "samtyckena", "fritexten"):
        assert removed in question
    assert "anonyma uppgifter för årsrapporten" in question
    assert said["input"][0][1] == "Gallring 2026"  # the suggested reason
    assert find_people(ctx, "Gammalsson") == []  # the identity is gone
    assert len(find_people(ctx, "Femårsson")) == 1  # the other due case was not touched
    rows = {r.id: r for r in list_cases(ctx).rows}
    assert rows[cases["overdue"]].pseudonym == "Gallrad" and rows[cases["overdue"]].household_size == 1
    purges = all_events(ctx, {"action": "retention.purge"})
    assert [(e.entity_id, e.reason) for e in purges] == [(str(cases["overdue"]), "Gallring 2026")]
    assert sorted(p.name for p in folder.glob("*.db")) == ["sbdesk-2026-11-27.db"]  # older one replaced
    assert "ersatts av en ny säkerhetskopia" in said["information"][0]
    assert set(_listed(page)) == {cases["due"]}
    assert page.count_label.text() == "1 ärende att gallra"


@pytest.mark.parametrize(("confirm", "reason"), [(Cancel, ("Gallring 2026", True)), (Yes, ("Gallring 2026", False)),
                                                 (Yes, ("  ", True))])
def test_cancelling_changes_nothing(page: RetentionPage, ctx: ServiceContext, cases: dict[str, int],
                                    monkeypatch: pytest.MonkeyPatch, confirm: QMessageBox.StandardButton,
                                    reason: tuple[str, bool]) -> None:
    said = _patch(monkeypatch, confirm=confirm, reason=reason)
    page.select_cases([cases["overdue"], cases["due"]])
    assert page.purge_selected() == 0
    assert len(said["input"]) == (0 if confirm == Cancel else 1)  # no reason asked for after Cancel
    assert len(find_people(ctx, "Gammalsson")) == 1 and len(find_people(ctx, "Femårsson")) == 1
    assert [d.id for d in due_for_purge(ctx, TODAY)] == [cases["overdue"], cases["due"]]
    assert all_events(ctx, {"action": "retention."}) == []
    assert not backup_config(ctx).folder.exists() or list(Path(backup_config(ctx).folder).iterdir()) == []
    assert set(_listed(page)) == {cases["overdue"], cases["due"]}


def test_exemption_requires_a_reason(page: RetentionPage, ctx: ServiceContext, cases: dict[str, int],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    page.select_cases([cases["overdue"], cases["due"]])
    assert not page.exempt_button.isEnabled()  # one case at a time
    page.select_cases([cases["due"]])
    assert page.exempt_button.isEnabled()

    said = _patch(monkeypatch, reason=("   ", True))
    assert page.exempt_selected() is False
    assert said["warning"] == ["Ange skälet (t.ex. punkten i dokumenthanteringsplanen)."]
    assert _reference(ctx, cases["due"]) in said["input"][0][0]
    assert {d.id for d in due_for_purge(ctx, TODAY)} == {cases["overdue"], cases["due"]}

    _patch(monkeypatch, reason=("Dokumenthanteringsplan 4.2", False))  # cancelled
    assert page.exempt_selected() is False
    assert all_events(ctx, {"action": "retention."}) == []

    _patch(monkeypatch, reason=("Dokumenthanteringsplan 4.2", True))
    assert page.exempt_selected() is True
    assert [d.id for d in due_for_purge(ctx, TODAY)] == [cases["overdue"]]
    assert set(_listed(page)) == {cases["overdue"]}
    assert [e.reason for e in all_events(ctx, {"action": "retention.exempt"})] == ["Dokumenthanteringsplan 4.2"]


def test_keep_everything_lists_nothing_and_says_so(page: RetentionPage, ctx: ServiceContext, qtbot: QtBot) -> None:
    assert page.table.rowCount() == 2 and page.keep_label.isHidden()
    set_settings(ctx, {"retention.keep_everything": True})
    with qtbot.waitSignal(page.status_text) as signal:
        page.activate()
    assert page.table.rowCount() == 0 and page.table.isHidden()
    assert not page.keep_label.isHidden() and "Kommunen bevarar allt" in page.keep_label.text()
    assert page.intro.isHidden() and page.purge_button.isHidden() and page.exempt_button.isHidden()
    assert signal.args == ["Ingen gallring: kommunen bevarar allt"]
    assert page.purge_selected() == 0


def test_policy_years_and_research_sample_are_explained(page: RetentionPage, ctx: ServiceContext,
                                                        cases: dict[str, int]) -> None:
    set_settings(ctx, {"retention.years": 7, "retention.exempt_birth_days": "5, 15"})
    page.activate()
    assert "7 år efter den sista anteckningen" in page.intro.text()
    assert "född dag 5, 15 i månaden" in page.intro.text()
    assert set(_listed(page)) == {cases["overdue"]}  # 2019 + 7 = 2026 is due; 2021 + 7 is not


def test_enter_on_a_row_opens_the_case(page: RetentionPage, cases: dict[str, int], qtbot: QtBot) -> None:
    row = next(r for r in range(page.table.rowCount()) if page.table.item(r, 0).data(ID_ROLE) == cases["due"])
    page.table.setCurrentCell(row, 0)
    page.table.setFocus()
    with qtbot.waitSignal(page.open_record_in) as signal:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert signal.args == ["cases", cases["due"]]


def test_an_exemption_is_listed_and_can_be_ended_with_a_reason(page: RetentionPage, ctx: ServiceContext,
                                                              cases: dict[str, int],
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    exempted = page.exempted
    assert exempted.empty.isVisibleTo(page) and not exempted.end_button.isVisibleTo(page)
    page.select_cases([cases["due"]])
    _patch(monkeypatch, reason=("Dokumenthanteringsplan 4.2", True))
    assert page.exempt_selected()
    assert [c.id for c in exempted.cases] == [cases["due"]]
    assert exempted.table.item(0, 0).text() == _reference(ctx, cases["due"])
    exempted.table.selectRow(0)
    said = _patch(monkeypatch, reason=("  ", True))
    assert not exempted.end_selected()  # a reason is required
    assert said["warning"] == ["Ange skälet (t.ex. punkten i dokumenthanteringsplanen)."]
    _patch(monkeypatch, reason=("Planen ändrad 2026", True))
    assert exempted.end_selected()
    assert exempted.cases == [] and cases["due"] in _listed(page)  # due for purging again
    assert [e.reason for e in all_events(ctx, {"action": "retention.unexempt"})] == ["Planen ändrad 2026"]


def test_old_received_requests_are_purged_after_a_question(page: RetentionPage, ctx: ServiceContext,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from sbdesk.services import requests

    assert not page.incoming_button.isVisibleTo(page)
    then = date(2019, 2, 1)
    row = requests.create_incoming(ctx, {"counterpart_municipality_code": "0180", "received_on": then,
                                         "adults": 1, "children": 1, "needs": "Nära förskola."}, today=then)
    requests.decline(ctx, row.id, "Ingen lägenhet", on=then, today=then)
    page.activate()
    assert page.incoming_button.isVisibleTo(page) and page.incoming_button.text() == "Gallra 1 mottagen förfrågan…"
    said = _patch(monkeypatch, confirm=Cancel)
    assert page.purge_incoming() == 0 and requests.get_request(ctx, row.id).values["needs"] == "Nära förskola."
    said = _patch(monkeypatch, confirm=Yes)
    monkeypatch.setattr("sbdesk.ui.pages.retention.refresh_backups_after_purge", lambda *a: [])
    assert page.purge_incoming() == 1
    assert requests.get_request(ctx, row.id).values["needs"] is None
    assert "1 mottagen förfrågan gallrades." in said["information"][0]
    assert not page.incoming_button.isVisibleTo(page)
