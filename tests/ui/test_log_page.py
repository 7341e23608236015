"""Logg: filters by record, user, action and date; exports PDF and CSV; read-only."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from sbdesk.services.cases import create_case, open_case, reveal_identity
from sbdesk.services.context import ServiceContext
from sbdesk.ui.pages.log import LogPage


@pytest.fixture
def page(qtbot: QtBot, ctx: ServiceContext) -> LogPage:
    case = create_case(ctx, {"protection_level": "none", "risk_level": "low", "status": "new"})
    open_case(ctx, case.id)
    reveal_identity(ctx, case.id, reason="Kontroll")
    page = LogPage(ctx)
    qtbot.addWidget(page)
    page.activate()
    return page


def test_newest_first_and_read_only(page: LogPage) -> None:
    ids = [page.model.row_at(i).id for i in range(page.model.rowCount())]
    assert ids == sorted(ids, reverse=True)
    assert page.nav_title == "Logg"
    assert page.new_button.isHidden() and page.archive_button.isHidden()
    assert "händelse" in page.count_label.text()


def test_filters(page: LogPage, qtbot: QtBot) -> None:
    page.action_filter.setCurrentIndex(page.action_filter.findData("identity.reveal"))
    assert page.model.rowCount() == 1 and page.model.row_at(0).reason == "Kontroll"
    page.action_filter.setCurrentIndex(0)
    page.open_record(1)
    assert {page.model.row_at(i).entity_id for i in range(page.model.rowCount())} == {"1"}
    page.record_id.clear()
    page.use_dates.setChecked(True)
    assert page.model.rowCount() >= 3  # this month
    page.since.setDate(page.since.date().addYears(-3))
    page.until.setDate(page.since.date().addDays(1))
    assert page.model.rowCount() == 0


def test_exports(page: LogPage, tmp_path: Path) -> None:
    assert page.export("csv", tmp_path / "logg.csv") == tmp_path / "logg.csv"
    assert "Visade identitet" in (tmp_path / "logg.csv").read_text(encoding="utf-8-sig")
    assert page.export("pdf", tmp_path / "logg.pdf") == tmp_path / "logg.pdf"
    assert (tmp_path / "logg.pdf").read_bytes().startswith(b"%PDF")
    assert page.model.row_at(0).action == "log.export"  # the export itself is logged, and shown
