"""Samtycken of one case: list, add (validated as typed) and withdraw (fictional data only)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from sbdesk.domain.enums import ProtectionLevel
from sbdesk.services.consents import find_valid_consent, list_consents
from sbdesk.services.context import ServiceContext
from sbdesk.ui.consents_dialog import AddConsentDialog, ConsentsDialog, WithdrawConsentDialog, open_consents
from sbdesk.ui.forms.record_dialog import RecordDialog
from tests.letter_data import TODAY, consent, household


def run_dialog(monkeypatch: pytest.MonkeyPatch, fill: Callable[[RecordDialog], None]) -> list[RecordDialog]:
    """Make RecordDialog.exec fill the form like a user and press Save."""
    seen: list[RecordDialog] = []

    def fake_exec(self: RecordDialog) -> int:
        seen.append(self)
        fill(self)
        self.accept()
        return int(self.result())

    monkeypatch.setattr(RecordDialog, "exec", fake_exec)
    return seen


def test_add_and_withdraw_a_consent(qtbot: QtBot, ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch) -> None:
    case = household(ctx, ProtectionLevel.CONFIDENTIALITY_MARK)
    consent(ctx, case.case_id, "landlord", "Exempelhem Bostäder AB")
    dialog = ConsentsDialog(ctx, case.case_id, today=TODAY)
    qtbot.addWidget(dialog)
    assert case.reference in dialog.windowTitle() and "Fiktivia" not in dialog.windowTitle()
    assert dialog.badge.text() == "Sekretessmarkering"
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 5).text() == "Giltigt i dag"
    assert not dialog.withdraw_button.isEnabled()

    def fill(d: RecordDialog) -> None:
        d.set_value("recipient_kind", "municipality")
        d.set_value("recipient_name", "Uppsala kommun")
        d.set_value("scope", "Förfrågan om mottagande: behov och hushållets sammansättning")

    seen = run_dialog(monkeypatch, fill)
    added = dialog.add()
    assert isinstance(seen[0], AddConsentDialog) and added is not None
    assert dialog.table.rowCount() == 2
    assert find_valid_consent(ctx, case.case_id, "municipality", "Uppsala", TODAY) is not None

    dialog.table.selectRow([r.id for r in dialog.rows].index(added.id))
    assert dialog.withdraw_button.isEnabled()
    seen = run_dialog(monkeypatch, lambda d: None)  # withdrawn today (the default)
    dialog.withdraw_button.click()
    assert isinstance(seen[0], WithdrawConsentDialog)
    assert find_valid_consent(ctx, case.case_id, "municipality", "Uppsala", TODAY) is None
    row = [r.id for r in dialog.rows].index(added.id)
    assert dialog.table.item(row, 5).text() == f"Återkallat {TODAY.isoformat()}"
    assert not dialog.withdraw_button.isEnabled()  # still selected, already withdrawn


def test_the_add_form_checks_as_typed_and_shows_service_errors(qtbot: QtBot, ctx: ServiceContext,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)  # on close
    case = household(ctx, ProtectionLevel.NONE)
    form = AddConsentDialog(ctx, case.case_id, case.reference, today=TODAY)
    qtbot.addWidget(form)
    assert not form.save_button.isEnabled()  # recipient, name and scope are required
    form.set_value("recipient_kind", "landlord")
    form.set_value("recipient_name", "Exempelhem")
    form.set_value("scope", "Behov")
    form.set_value("given_on", "2026-13-01")
    assert not form.save_button.isEnabled() and form.errors["given_on"].isVisibleTo(form)
    form.set_value("given_on", (TODAY + timedelta(days=2)).isoformat())  # a date the service refuses
    assert form.save_button.isEnabled()
    form.accept()
    assert form.result() == 0 and "framtiden" in form.errors["given_on"].text()
    assert list_consents(ctx, case.case_id, today=TODAY) == []


def test_open_consents_of_a_missing_case_warns(ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[Any] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: seen.append(a[2]))
    open_consents(None, ctx, 9999)
    assert len(seen) == 1
