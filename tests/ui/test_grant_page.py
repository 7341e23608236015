"""Återrapportering page: figures shown, the grant year form checked as the user types, the over-grant
confirmation, activities, confirming derived marks, freezing and export (fictional data)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from sbdesk.services.context import ServiceContext
from sbdesk.services.grant import get_grant_year, report_figures
from sbdesk.services.grant_activities import list_activities
from sbdesk.ui.pages.grant_activities import ActivityDialog
from sbdesk.ui.pages.grant_form import GrantYearDialog
from sbdesk.ui.pages.grant_report import GrantReportPage, UnfreezeDialog
from tests.unit.test_grant_figures import TODAY, YEAR, build_year


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """QMessageBox.question answers Yes unless told otherwise; warnings are collected (nothing blocks)."""
    state: dict[str, Any] = {"answer": QMessageBox.StandardButton.Yes, "asked": [], "warnings": []}

    def question(*args: Any, **kw: Any) -> QMessageBox.StandardButton:
        state["asked"].append(args[2] if len(args) > 2 else "")
        return state["answer"]

    def warning(*args: Any, **kw: Any) -> QMessageBox.StandardButton:
        state["warnings"].append(args[2])
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning", warning)
    return state


@pytest.fixture
def page(qtbot: QtBot, ctx: ServiceContext, answers: dict[str, Any]) -> GrantReportPage:
    build_year(ctx)
    page = GrantReportPage(ctx, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1400, 860)
    page.activate()
    return page


def fake_exec(monkeypatch: pytest.MonkeyPatch, cls: type, fill: Callable[[Any], None]) -> list[Any]:
    """Make cls.exec fill the dialog like a user and press Save (no event loop)."""
    seen: list[Any] = []

    def run(self: Any) -> int:
        seen.append(self)
        fill(self)
        self.accept()
        return int(self.result())

    monkeypatch.setattr(cls, "exec", run)
    return seen


def test_page_shows_the_years_figures(page: GrantReportPage) -> None:
    assert page.nav_title == "Återrapportering"
    assert page.year == YEAR  # February: last year's report is the one being written
    assert page.overview.granted.value.text() == "822\u00a0900 kr"
    assert page.overview.unused.value.text() == "64\u00a0048 kr" and page.overview.share.value.text() == "8 %"
    assert "Fråga 7" in page.overview.missing.text()
    assert "5 hushåll (4 barn)" in page.overview.results.text()
    rows = {r[0]: r for r in page.questions.texts()}
    assert rows["1a"][2] == "822\u00a0900 kr" and rows["1c"][2] == "8 %"
    assert rows["5b"][2] == "Ja" and "2 sociala kontrakt" in rows["5b"][3]
    assert page.questions.isColumnHidden(4)  # 2024 is not registered
    results = {r[0]: r for r in page.results.texts()}
    assert results["Median"][1] == "106 dagar"
    assert page.state.text().startswith("Inte fryst")


def test_grant_form_checks_as_you_type_and_asks_before_saving_costs_over_the_grant(
        page: GrantReportPage, ctx: ServiceContext, answers: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = GrantYearDialog(ctx, YEAR, page, today=lambda: TODAY)
    assert dialog.raw_values()["granted_sek"] == "822\u00a0900 kr" and dialog.save_button.isEnabled()
    assert "64\u00a0048 kr" in dialog.money.text() and "8 %" in dialog.money.text()
    dialog.set_value("granted_sek", "822.900")
    assert dialog.errors["granted_sek"].isVisibleTo(dialog) and not dialog.save_button.isEnabled()
    assert "mellanslag" in dialog.errors["granted_sek"].text()
    dialog.set_value("granted_sek", "700 000 kr")
    assert not dialog.errors["granted_sek"].isVisibleTo(dialog) and dialog.save_button.isEnabled()
    assert "58\u00a0852 kr" in dialog.money_warning.text()  # costs 758 852 > 700 000
    dialog.set_value("unused_other", True)
    assert "Beskriv" in dialog.errors["unused_other_text"].text() and not dialog.save_button.isEnabled()
    dialog.set_value("unused_other", False)
    dialog.set_value("assessment", "fairly_high")
    dialog.set_value("strengthened_existing", True)

    answers["answer"] = QMessageBox.StandardButton.No  # do not save costs above the grant
    dialog.accept()
    assert dialog.isVisible() is False and dialog.result() == 0
    assert any("överstiger" in text for text in answers["asked"])
    assert get_grant_year(ctx, YEAR).granted_sek == 822_900  # type: ignore[union-attr]

    answers["answer"] = QMessageBox.StandardButton.Yes
    dialog.accept()
    assert dialog.result() == 1
    saved = get_grant_year(ctx, YEAR)
    assert saved is not None and (saved.granted_sek, saved.assessment.value, saved.strengthened_existing) == (  # type: ignore[union-attr]
        700_000, "fairly_high", True)
    dialog.deleteLater()


def test_unsaved_changes_are_guarded(page: GrantReportPage, ctx: ServiceContext, answers: dict[str, Any]) -> None:
    dialog = GrantYearDialog(ctx, YEAR, page, today=lambda: TODAY)
    dialog.show()
    dialog.set_value("documentation", "Presenterat för nämnden")
    answers["answer"] = QMessageBox.StandardButton.Cancel
    dialog.reject()
    assert dialog.isVisible() and answers["asked"]  # asked, and stayed open
    answers["answer"] = QMessageBox.StandardButton.Discard
    dialog.reject()
    assert not dialog.isVisible()
    assert get_grant_year(ctx, YEAR).documentation is None  # type: ignore[union-attr]


def test_edit_button_saves_through_the_dialog(page: GrantReportPage, ctx: ServiceContext,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    seen = fake_exec(monkeypatch, GrantYearDialog, lambda d: (d.set_value("without_grant", "some"),
                                                               d.set_value("disseminated", False)))
    page.edit_button.click()
    assert isinstance(seen[0], GrantYearDialog)
    rows = {r[0]: r for r in page.questions.texts()}
    assert rows["8"][2] == "Vissa av dem" and rows["9a"][2] == "Nej"
    assert "Fråga 8" not in page.overview.missing.text()


def test_activities_add_and_archive(page: GrantReportPage, ctx: ServiceContext, answers: dict[str, Any],
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    def fill(d: ActivityDialog) -> None:
        assert d.raw_values()["occurred_on"] == "2025-12-31"  # a past year's activity defaults to its last day
        d.set_value("occurred_on", "2025-10-10")
        d.set_value("description", "Möte om att flytta på våldsutövaren")
        d.set_value("hours", "4")
        d.tick("move_perpetrator")
        d.tick("authority")

    fake_exec(monkeypatch, ActivityDialog, fill)
    page.new_record()
    assert page.tabs.currentWidget() is page.activities
    assert any("Möte om att flytta" in r[1] for r in page.activities.table.texts())
    assert report_figures(ctx, YEAR, today=TODAY).mark("area", "move_perpetrator").reported
    rows = {r[0]: r for r in page.questions.texts()}
    assert rows["5e"][2] == "Ja"

    index = next(i for i, a in enumerate(page.activities.rows) if a.description.startswith("Möte om att flytta"))
    page.activities.table.selectRow(index)
    assert page.activities.archive_button.isEnabled()
    page.activities.archive_button.click()
    assert all(not a.description.startswith("Möte om att flytta") for a in list_activities(ctx, YEAR))
    assert {r[0]: r for r in page.questions.texts()}["5e"][2] == "Nej"


def test_activity_form_refuses_a_future_date(page: GrantReportPage, ctx: ServiceContext) -> None:
    dialog = ActivityDialog(ctx, None, page, today=TODAY)
    dialog.set_value("occurred_on", "2026-03-01")
    dialog.set_value("description", "Planerat")
    assert dialog.errors["occurred_on"].text() and not dialog.save_button.isEnabled()
    dialog.set_value("occurred_on", "2026-02-10")
    assert dialog.save_button.isEnabled()
    dialog.deleteLater()


def test_confirming_a_derived_mark(page: GrantReportPage, ctx: ServiceContext) -> None:
    item = page.areas.confirm_item("priority")
    assert item is not None and item.checkState() == Qt.CheckState.Unchecked
    assert page.areas.confirm_item("collaboration") is None  # nothing derived: no checkbox
    item.setCheckState(Qt.CheckState.Checked)
    assert report_figures(ctx, YEAR, today=TODAY).mark("area", "priority").reported
    row = next(r for r in page.areas.texts() if r[0] == "Förtur till bostad")
    assert row[4] == "Ja"


def test_freeze_and_unfreeze(page: GrantReportPage, ctx: ServiceContext, answers: dict[str, Any],
                             monkeypatch: pytest.MonkeyPatch) -> None:
    page.freeze_button.click()
    assert any("saknas" in text for text in answers["asked"])  # the question says what is still missing
    assert report_figures(ctx, YEAR).frozen
    assert page.state.text().startswith("Fryst") and not page.edit_button.isEnabled()
    assert not page.activities.new_button.isEnabled()
    item = page.areas.confirm_item("priority")
    assert item is not None and not item.flags() & Qt.ItemFlag.ItemIsEnabled

    seen = fake_exec(monkeypatch, UnfreezeDialog, lambda d: d.set_value("reason", "Rättelse av kostnader"))
    page.freeze_button.click()
    assert isinstance(seen[0], UnfreezeDialog)
    assert not report_figures(ctx, YEAR).frozen and page.edit_button.isEnabled()


def test_export_through_the_save_dialog(page: GrantReportPage, tmp_path: Path, answers: dict[str, Any],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "ut.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Excel (*.xlsx)"))
    page.export_buttons["xlsx"].click()
    assert any("saknas" in text for text in answers["asked"])
    rows = {r[0]: r for r in load_workbook(target)["Återrapportering"].iter_rows(values_only=True) if r[0]}
    assert rows["1a"][2] == 822_900

    answers["answer"] = QMessageBox.StandardButton.No
    other = tmp_path / "inte.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(other), "PDF (*.pdf)"))
    assert page.export("pdf") is None and not other.exists()
    assert page.export("csv", tmp_path / "direkt.csv") == tmp_path / "direkt.csv"


def test_default_year_follows_the_reporting_season(qtbot: QtBot, ctx: ServiceContext) -> None:
    late = GrantReportPage(ctx, today=lambda: date(2026, 9, 1))
    qtbot.addWidget(late)
    assert late.year == 2026
    late.set_year(2024)
    late.activate()
    assert late.overview.granted.value.text() == "–" and "registrerat" in late.overview.missing.text()
