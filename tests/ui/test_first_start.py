"""First start: the create-database form, its live validation, creating, and the recovery key dialog."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from sbdesk.errors import ValidationError
from sbdesk.services import unlock
from sbdesk.store.keyslots import keyfile_path
from sbdesk.ui import start_flow
from sbdesk.ui.first_start import FirstStartDialog
from sbdesk.ui.recovery_key import RecoveryKeyDialog

GOOD = "lång-nog-lösen-1"



@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """QMessageBox static calls, captured instead of blocking: (kind, text)."""
    shown: list[tuple[str, str]] = []
    for kind in ("critical", "warning", "information", "question", "about"):

        def fake(_p: object, _t: str, text: str, *_a: object, _kind: str = kind, **_k: object) -> object:
            shown.append((_kind, text))
            return QMessageBox.StandardButton.Ok

        monkeypatch.setattr(QMessageBox, kind, fake)
    return shown


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """Per-test QSettings in a temp file (never the user's own)."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def dialog(qtbot: QtBot, tmp_path: Path) -> FirstStartDialog:
    """A first-start dialog for a database that does not exist yet."""
    d = FirstStartDialog(tmp_path / "ny" / "sbdesk.db")
    qtbot.addWidget(d)
    return d


def fill(d: FirstStartDialog, passphrase: str = GOOD, repeat: str | None = None) -> None:
    """Fill every field with valid input (or the given passphrases)."""
    d.name.setText("Kim Exempelsson")
    d.municipality.setEditText("Västerås")
    d.passphrase.first.setText(passphrase)
    d.passphrase.second.setText(passphrase if repeat is None else repeat)


def test_create_button_disabled_until_every_field_is_valid(dialog: FirstStartDialog) -> None:
    assert not dialog.create_button.isEnabled()
    dialog.name.setText("Kim Exempelsson")
    assert not dialog.create_button.isEnabled()
    dialog.municipality.setEditText("Västerås")
    assert not dialog.create_button.isEnabled()
    dialog.passphrase.first.setText(GOOD)
    assert not dialog.create_button.isEnabled()
    dialog.passphrase.second.setText(GOOD)
    assert dialog.create_button.isEnabled()
    assert dialog.municipality_code() == "1980"

    dialog.name.setText("   ")
    assert not dialog.create_button.isEnabled()
    assert dialog.name_error.text() == "Fyll i ditt namn."
    assert not dialog.name_error.isHidden()


def test_no_message_before_the_user_has_typed(dialog: FirstStartDialog) -> None:
    assert dialog.municipality.currentIndex() == -1 and dialog.municipality.currentText() == ""
    for label in (dialog.name_error, dialog.municipality_error, dialog.passphrase.first_error):
        assert label.isHidden()


def test_short_passphrase_shows_the_message_beside_the_field(qtbot: QtBot, dialog: FirstStartDialog) -> None:
    qtbot.keyClicks(dialog.passphrase.first.edit, "kort")
    expected = unlock.passphrase_problem("kort")
    assert expected and "10" in expected
    assert dialog.passphrase.first_error.text() == expected
    assert not dialog.passphrase.first_error.isHidden()
    assert dialog.passphrase.first.edit.accessibleDescription() == expected
    assert not dialog.create_button.isEnabled()


def test_mismatch_shows_the_message_beside_the_repeat_field(dialog: FirstStartDialog) -> None:
    fill(dialog, GOOD, "något-helt-annat-2")
    assert dialog.passphrase.second_error.text() == unlock.passphrase_problem(GOOD, "något-helt-annat-2")
    assert dialog.passphrase.second_error.text() == "Lösenfraserna är inte likadana."
    assert not dialog.create_button.isEnabled()
    dialog.passphrase.second.setText(GOOD)
    assert dialog.passphrase.second_error.isHidden()
    assert dialog.create_button.isEnabled()


def test_generate_fills_both_fields_and_shows_the_passphrase(qtbot: QtBot, dialog: FirstStartDialog) -> None:
    assert not dialog.passphrase.first.is_revealed()
    qtbot.mouseClick(dialog.passphrase.generate_button, Qt.MouseButton.LeftButton)
    generated = dialog.passphrase.passphrase()
    assert generated and dialog.passphrase.repeat() == generated
    assert unlock.passphrase_problem(generated, generated) is None
    assert dialog.passphrase.first.is_revealed() and dialog.passphrase.second.is_revealed()
    assert not dialog.passphrase.note.isHidden()


def test_show_toggle_reveals_and_hides(qtbot: QtBot, dialog: FirstStartDialog) -> None:
    edit = dialog.passphrase.first
    qtbot.mouseClick(edit.toggle, Qt.MouseButton.LeftButton)
    assert edit.is_revealed() and edit.toggle.text() == "Dölj"
    qtbot.mouseClick(edit.toggle, Qt.MouseButton.LeftButton)
    assert not edit.is_revealed() and edit.toggle.text() == "Visa"


def test_municipality_completer_finds_vasteras_from_vast(dialog: FirstStartDialog) -> None:
    completer = dialog.municipality.completer()
    completer.setCompletionPrefix("väst")
    model = completer.completionModel()
    found = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert "Västerås" in found and "Västervik" in found
    dialog.municipality.setEditText("Väst")
    assert dialog.municipality_code() is None
    dialog.municipality.setEditText("Zzz")
    assert "Zzz" in dialog.municipality_error.text()


def test_every_input_has_an_accessible_name(dialog: FirstStartDialog) -> None:
    p = dialog.passphrase
    for widget in (dialog.name, dialog.municipality, p.first.edit, p.second.edit, p.first.toggle,
                   p.generate_button, dialog.keyring):  # fmt: skip
        assert widget.accessibleName().strip()
    assert not dialog.keyring.isChecked()
    assert dialog.keyring.text() == "Lås upp automatiskt med operativsystemets nyckelring"


def test_accept_creates_the_database_and_key_file(dialog: FirstStartDialog, boxes: list) -> None:
    fill(dialog)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.created is not None and dialog.created.recovery_key
    assert dialog.path.is_file() and keyfile_path(dialog.path).is_file()
    assert dialog.created.ctx.actor == "Kim Exempelsson"
    assert dialog.passphrase.passphrase() == ""  # not kept in the widget
    assert boxes == []
    unlock.lock(dialog.created.ctx)
    ctx = unlock.unlock(dialog.path, passphrase=GOOD)
    unlock.lock(ctx)


def test_service_validation_errors_go_beside_the_fields(
    dialog: FirstStartDialog, boxes: list, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_a: object, **_k: object) -> unlock.Created:
        raise ValidationError.collect(
            [
                ValidationError("coordinator.name", "REQUIRED", "Namnet är för långt."),
                ValidationError("municipality.code", "UNKNOWN", "Välj en kommun i listan."),
            ]
        )

    monkeypatch.setattr(unlock, "create_database", refuse)
    fill(dialog)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.created is None
    assert dialog.name_error.text() == "Namnet är för långt."
    assert dialog.municipality_error.text() == "Välj en kommun i listan."
    assert boxes == []


def test_other_errors_are_shown_in_a_message_box(tmp_path: Path, qtbot: QtBot, boxes: list) -> None:
    path = tmp_path / "sbdesk.db"
    path.write_bytes(b"someone else's file")
    d = FirstStartDialog(path)
    qtbot.addWidget(d)
    fill(d)
    d.accept()
    assert d.created is None and d.result() != QDialog.DialogCode.Accepted
    assert [kind for kind, _ in boxes] == ["critical"]
    assert "redan en databas" in boxes[0][1]
    assert path.read_bytes() == b"someone else's file"


def test_keyring_failure_is_told_but_the_database_is_created(
    tmp_path: Path, qtbot: QtBot, boxes: list, settings: QSettings, no_keyring: None
) -> None:
    path = tmp_path / "sbdesk.db"

    def run(d: QDialog) -> int:
        if isinstance(d, FirstStartDialog):
            fill(d)
            d.keyring.setChecked(True)
            d.accept()
        elif isinstance(d, RecoveryKeyDialog):
            d.confirm.setChecked(True)
            d.accept()
        return d.result()

    outcome = start_flow.open_database(path, settings, exec_dialog=run)
    assert outcome.ctx is not None
    assert [kind for kind, _ in boxes] == ["information"]
    assert "Nyckelringen" in boxes[0][1] and "Lösenfrasen fungerar som vanligt." in boxes[0][1]
    assert not start_flow.keyring_opted_in(settings, path)
    unlock.lock(outcome.ctx)


def test_start_flow_first_start_then_recovery_key(tmp_path: Path, settings: QSettings, boxes: list) -> None:
    path = tmp_path / "sbdesk.db"
    seen: list[str] = []

    def run(d: QDialog) -> int:
        seen.append(type(d).__name__)
        if isinstance(d, FirstStartDialog):
            fill(d)
            d.keyring.setChecked(True)
            d.accept()
        elif isinstance(d, RecoveryKeyDialog):
            assert d.key_label.text().count("-") == 7
            d.confirm.setChecked(True)
            d.accept()
        return d.result()

    assert start_flow.first_step(path, settings) is start_flow.Step.FIRST_START
    outcome = start_flow.open_database(path, settings, exec_dialog=run)
    assert seen == ["FirstStartDialog", "RecoveryKeyDialog"]
    assert outcome.ctx is not None and outcome.exit_code == 0
    assert start_flow.keyring_opted_in(settings, path)  # memory keyring took the key
    assert str(path) not in str(settings.allKeys())
    unlock.lock(outcome.ctx)
    assert start_flow.first_step(path, settings) is start_flow.Step.KEYRING


def test_cancelling_first_start_creates_nothing(tmp_path: Path, settings: QSettings) -> None:
    path = tmp_path / "sbdesk.db"

    def cancel(d: QDialog) -> int:
        d.reject()
        return d.result()

    outcome = start_flow.open_database(path, settings, exec_dialog=cancel)
    assert outcome.ctx is None and outcome.exit_code == 0
    assert not unlock.database_exists(path)


def test_recovery_dialog_continue_needs_the_checkbox(qtbot: QtBot, tmp_path: Path) -> None:
    d = RecoveryKeyDialog("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789", tmp_path / "sbdesk.db")
    qtbot.addWidget(d)
    assert d.key_label.text() == "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789"
    assert d.key_label.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction
    assert not d.continue_button.isEnabled()
    d.accept()
    d.reject()
    assert d.result() != QDialog.DialogCode.Accepted
    qtbot.mouseClick(d.confirm, Qt.MouseButton.LeftButton)
    assert d.confirm.isChecked() and d.continue_button.isEnabled()
    assert d.confirm.text() == "Jag har skrivit ut eller sparat återställningsnyckeln på ett säkert ställe"
    d.accept()
    assert d.result() == QDialog.DialogCode.Accepted


def test_printed_page_has_key_file_name_and_date_only(qtbot: QtBot, tmp_path: Path) -> None:
    d = RecoveryKeyDialog("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789", tmp_path / "kommunen.db")
    qtbot.addWidget(d)
    text = d.document().toPlainText()
    assert "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789" in text
    assert "kommunen.db" in text and date.today().isoformat() in text
    assert str(tmp_path) not in text
    assert "återställningsnyckel" in text

