"""Ömsesidighet: the year's figures per partner and ring in the table and chart, and the CSV/XLSX
exports through a save dialog (fictional data only)."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sbdesk.domain.audit import AuditEvent
from sbdesk.domain.enums import MemberRole
from sbdesk.domain.rings import RequestStatus as S
from sbdesk.services import reciprocity as rec
from sbdesk.services import requests as req
from sbdesk.services.cases import create_case
from sbdesk.services.context import ServiceContext
from sbdesk.services.rings import add_member, create_ring
from sbdesk.ui.pages.reciprocity_tab import ReciprocityTab
from sbdesk.ui.pages.requests import RequestsPage

YEAR = date.today().year - 1  # a whole year in the past: every date is allowed


def d(month: int, day: int) -> date:
    return date(YEAR, month, day)


def _case(ctx: ServiceContext) -> int:
    return create_case(ctx, {"protection_level": "none", "risk_level": "low", "status": "waiting"},
                       [{"role": MemberRole.APPLICANT, "birth_year": 1985}]).id


@pytest.fixture
def figures(ctx: ServiceContext) -> ServiceContext:
    """A county ring (Arboga, Köping and us); two requests out to Arboga, one in from Köping, one in from
    Stockholm without a ring."""
    ring = create_ring(ctx, {"name": "Länskompotten", "scope": "county"}).id
    for code, quota in (("1980", 2), ("1984", 3), ("1983", 1)):
        add_member(ctx, ring, {"municipality_code": code, "yearly_quota": quota})
    moved = req.create_outgoing(ctx, _case(ctx), "1984", ring_id=ring, on=d(1, 5))
    for status, day in ((S.SENT, d(1, 10)), (S.ACCEPTED, d(1, 20)), (S.APARTMENT_FOUND, d(2, 1)),
                        (S.MOVED, d(3, 11))):
        req.advance(ctx, moved.id, status, day)
    declined = req.create_outgoing(ctx, _case(ctx), "1984", ring_id=ring, on=d(2, 1))
    req.send(ctx, declined.id, d(2, 1))
    req.decline(ctx, declined.id, "Inga lägenheter", d(2, 21))
    received = req.create_incoming(ctx, {"counterpart_municipality_code": "1983", "ring_id": ring,
                                         "received_on": d(4, 1)})
    req.accept(ctx, received.id, d(4, 11))
    req.create_incoming(ctx, {"counterpart_municipality_code": "0180", "received_on": d(5, 2)})
    return ctx


@pytest.fixture
def tab(qtbot: QtBot, figures: ServiceContext) -> ReciprocityTab:
    page = RequestsPage(figures)
    qtbot.addWidget(page)
    page.activate()
    page.tabs.setCurrentWidget(page.reciprocity)
    page.reciprocity.set_year(YEAR)
    return page.reciprocity


def table_rows(tab: ReciprocityTab) -> list[list[str]]:
    return [[tab.table.item(r, c).text() for c in range(tab.table.columnCount())] for r in range(tab.table.rowCount())]


def row_named(tab: ReciprocityTab, name: str) -> list[str]:
    return next(r for r in table_rows(tab) if r[1] == name)


def test_year_chooser_offers_the_years_with_requests(tab: ReciprocityTab) -> None:
    years = [tab.year.itemData(i) for i in range(tab.year.count())]
    assert years == [date.today().year, YEAR]
    assert tab.selected_year() == YEAR


def test_figures_per_partner_ring_and_total(tab: ReciprocityTab) -> None:
    #            type, name, sent, received, acc. by them, acc. by us, moved to them, moved to us,
    #            their quota, our quota, answer out, answer in, move out, move in
    assert row_named(tab, "Arboga") == ["Kommun", "Arboga", "2", "0", "1", "0", "1", "0", "3", "–",
                                        "15", "–", "60", "–"]
    assert row_named(tab, "Köping") == ["Kommun", "Köping", "0", "1", "0", "1", "0", "0", "1", "–",
                                        "–", "10", "–", "–"]
    assert row_named(tab, "Stockholm")[2:4] == ["0", "1"]
    ring = row_named(tab, "Länskompotten")
    assert ring[:10] == ["Bostadsring", "Länskompotten", "2", "1", "1", "1", "1", "0", "4", "2"]
    assert row_named(tab, "Utan bostadsring")[2:4] == ["0", "1"]
    total = table_rows(tab)[-1]
    assert total[:8] == ["Totalt", "", "2", "2", "1", "1", "1", "0"]
    chart = tab.chart
    assert chart.labels == ["Arboga", "Köping", "Stockholm"]  # partners with a request, in Swedish order
    assert (chart.sent, chart.received) == ([2, 0, 0], [0, 1, 1])
    assert "Arboga 2" in chart.accessibleDescription()


def test_a_year_without_requests_shows_an_empty_chart(tab: ReciprocityTab) -> None:
    tab.set_year(date.today().year)
    assert tab.chart.labels == []
    assert tab.chart.accessibleDescription() == f"Inga förfrågningar skickade eller mottagna {date.today().year}."
    assert row_named(tab, "Arboga")[2:8] == ["0"] * 6  # the ring member is listed with zeros
    assert table_rows(tab)[-1][0] == "Totalt"


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_exports_write_files_that_read_back(tab: ReciprocityTab, tmp_path: Path, kind: str,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    suggested: list[str] = []

    def save_name(*args: Any, **kw: Any) -> tuple[str, str]:
        suggested.append(args[2])
        return str(tmp_path / "siffror"), ""  # typed without the suffix

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    (tab.csv_button if kind == "csv" else tab.xlsx_button).click()
    assert suggested == [f"omsesidighet-{YEAR}.{kind}"]
    path = tmp_path / f"siffror.{kind}"
    assert path.is_file() and tab.saved_label.text() == f"Sparad: siffror.{kind}"
    headers = [header for _, header in rec.EXPORT_COLUMNS]
    if kind == "csv":
        text = path.read_bytes().decode("utf-8")
        assert text.startswith("\ufeff")
        rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff")), delimiter=";"))
    else:
        sheet = load_workbook(path).active
        rows = [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    assert rows[0] == headers
    by_name = {row[1]: row for row in rows[1:]}
    assert set(by_name) == {"Arboga", "Köping", "Stockholm", "Länskompotten", "Utan bostadsring", "Totalt"}
    arboga = dict(zip(headers, by_name["Arboga"], strict=True))
    assert (arboga["Skickade förfrågningar"], arboga["Accepterade av motparten"],
            arboga["Hushåll flyttade till motparten"]) == ("2", "1", "1")
    assert arboga["År"] == str(YEAR)
    with tab.ctx.read() as s:
        logged = s.scalars(select(AuditEvent.action).where(AuditEvent.action == "reciprocity.export")).all()
    assert logged == ["reciprocity.export"]


def test_export_cancelled_or_failing_writes_nothing(tab: ReciprocityTab, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert tab.export("xlsx") is None
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]) or QMessageBox.StandardButton.Ok)
    missing = tmp_path / "saknas" / "omsesidighet.csv"
    assert tab.export("csv", missing) is None and not missing.parent.exists()
    assert len(warnings) == 1 and tab.saved_label.text() == ""
    with tab.ctx.read() as s:
        assert s.scalars(select(AuditEvent.id).where(AuditEvent.action == "reciprocity.export")).all() == []
