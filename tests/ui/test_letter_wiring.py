"""Letters are reachable where the coordinator works: the case form, Erbjudanden, a request, and Arkiv."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from sbdesk.services import requests
from sbdesk.services.context import ServiceContext
from sbdesk.services.offers import propose_offer, send_offer
from sbdesk.ui import consents_dialog, letter_batch, letter_dialog, templates_dialog
from sbdesk.ui.main_window import MainWindow
from sbdesk.ui.pages.case_dialog import CaseDialog
from sbdesk.ui.pages.offers import OffersPage
from sbdesk.ui.pages.requests import RequestsPage
from tests.unit.test_offers import new_apartment, new_case


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, ...]]:
    seen: list[tuple[Any, ...]] = []
    monkeypatch.setattr(letter_dialog, "show_letter", lambda parent, ctx, kind, **ids: seen.append((kind, ids)))
    monkeypatch.setattr(consents_dialog, "open_consents", lambda parent, ctx, case_id: seen.append(("consents", case_id)))
    monkeypatch.setattr(letter_batch, "start_offer_letters_of_day", lambda parent, ctx: seen.append(("batch",)))
    monkeypatch.setattr(templates_dialog, "open_templates", lambda parent, ctx: seen.append(("templates",)))
    return seen


def test_case_form_has_consents_and_the_fortur_certificate(qtbot: QtBot, ctx: ServiceContext,
                                                          calls: list[tuple[Any, ...]]) -> None:
    case_id = new_case(ctx)
    dialog = CaseDialog(ctx, case_id)
    qtbot.addWidget(dialog)
    assert dialog.consents_button.text() == "Samt&ycken…"
    dialog.consents_button.click()
    dialog.certificate_button.click()
    assert calls == [("consents", case_id), ("priority", {"case_id": case_id})]
    new = CaseDialog(ctx, None)
    qtbot.addWidget(new)
    assert not new.consents_button.isVisibleTo(new) and not new.certificate_button.isVisibleTo(new)


def test_offers_page_makes_the_offer_letter_and_the_days_batch(qtbot: QtBot, ctx: ServiceContext,
                                                              calls: list[tuple[Any, ...]]) -> None:
    offer = send_offer(ctx, propose_offer(ctx, new_case(ctx), new_apartment(ctx)).id,
                       date.today() + timedelta(days=5))
    page = OffersPage(ctx)
    qtbot.addWidget(page)
    page.activate()
    assert not page.letter_button.isEnabled()
    page.select_record(offer.id)
    assert page.letter_button.isEnabled()
    page.letter_button.click()
    page.batch_button.click()
    assert calls == [("offer", {"offer_id": offer.id}), ("batch",)]


def test_an_outgoing_request_has_its_letter(qtbot: QtBot, ctx: ServiceContext, calls: list[tuple[Any, ...]]) -> None:
    row = requests.create_outgoing(ctx, new_case(ctx), "0380")
    page = RequestsPage(ctx)
    qtbot.addWidget(page)
    page.open_record(row.id)
    detail = page.requests.detail
    assert detail.letter_button.isVisibleTo(page)
    detail.letter_button.click()
    assert calls == [("request", {"request_id": row.id})]


def test_letter_templates_are_in_the_file_menu(qtbot: QtBot, ctx: ServiceContext, tmp_path: Path,
                                               calls: list[tuple[Any, ...]]) -> None:
    window = MainWindow(ctx, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    assert "&Brevmallar…" in [a.text() for a in window.file_menu.actions()]
    window.templates_action.trigger()
    assert calls == [("templates",)]
