"""Unlocking: passphrase, recovery key (then a new passphrase), keyring, and damaged files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from sbdesk.errors import DatabaseDamaged, KeyFileMissing, WrongPassphrase
from sbdesk.services import unlock
from sbdesk.services.context import ServiceContext
from sbdesk.store.keyslots import keyfile_path
from sbdesk.ui import start_flow
from sbdesk.ui.unlock import NewPassphraseDialog, UnlockDialog
from tests.conftest import COORDINATOR, PASSPHRASE, RECOVERY_KEY

NEW = "ny-lösenfras-2025"



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
def dialog(qtbot: QtBot, db_path: Path) -> UnlockDialog:
    """An unlock dialog for the test database."""
    d = UnlockDialog(db_path)
    qtbot.addWidget(d)
    return d


@pytest.fixture
def opened() -> Iterator[list[ServiceContext]]:
    """Contexts a test opened, locked again at the end."""
    contexts: list[ServiceContext] = []
    yield contexts
    for ctx in contexts:
        unlock.lock(ctx)


def never(d: QDialog) -> int:
    """An exec_dialog for flows that must not show any dialog."""
    raise AssertionError(f"{type(d).__name__} was shown")


def test_wrong_passphrase_keeps_the_dialog_open_with_the_message(dialog: UnlockDialog, boxes: list) -> None:
    assert not dialog.unlock_button.isEnabled()
    dialog.secret.setText("fel-lösen-999")
    assert dialog.unlock_button.isEnabled()
    dialog.accept()
    assert dialog.ctx is None and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.text() == WrongPassphrase().message
    assert not dialog.error.isHidden()
    assert dialog.secret.edit.selectedText() == "fel-lösen-999"
    assert boxes == []
    dialog.secret.setText("fel-lösen-998")  # typing again clears the message
    assert dialog.error.isHidden()


def test_right_passphrase_yields_a_context(dialog: UnlockDialog, opened: list) -> None:
    dialog.secret.setText(PASSPHRASE)
    dialog.accept()
    assert isinstance(dialog.ctx, ServiceContext)
    opened.append(dialog.ctx)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.ctx.db.opened_with == "passphrase" and dialog.ctx.actor == COORDINATOR
    assert dialog.recovery_key is None
    assert dialog.secret.text() == ""


def test_recovery_key_mode_then_a_new_passphrase_is_required(
    qtbot: QtBot, dialog: UnlockDialog, db_path: Path, opened: list, boxes: list
) -> None:
    assert dialog.switch_button.text() == "Jag har glömt lösenfrasen – använd återställningsnyckeln"
    qtbot.mouseClick(dialog.switch_button, Qt.MouseButton.LeftButton)
    assert dialog.recovery_mode and dialog.prompt.text() == "Åte&rställningsnyckel:"
    dialog.secret.setText(RECOVERY_KEY.lower().replace("-", " "))
    dialog.accept()
    assert dialog.ctx is not None and dialog.ctx.db.opened_with == "recovery_key"
    assert dialog.recovery_key

    new = NewPassphraseDialog(dialog.ctx, dialog.recovery_key)
    qtbot.addWidget(new)
    assert not new.save_button.isEnabled()
    new.reject()  # Escape does not skip it
    assert new.result() != QDialog.DialogCode.Accepted
    new.fields.first.setText("kort")
    assert new.fields.first_error.text() == unlock.passphrase_problem("kort")
    new.fields.first.setText(NEW)
    new.fields.second.setText(NEW + "x")
    assert new.fields.second_error.text() == "Lösenfraserna är inte likadana."
    new.fields.second.setText(NEW)
    assert new.save_button.isEnabled()
    new.accept()
    assert new.result() == QDialog.DialogCode.Accepted and boxes == []
    unlock.lock(dialog.ctx)

    opened.append(unlock.unlock(db_path, passphrase=NEW))
    with pytest.raises(WrongPassphrase):
        unlock.unlock(db_path, passphrase=PASSPHRASE)


def test_wrong_recovery_key_gets_its_own_message(dialog: UnlockDialog) -> None:
    dialog.set_recovery_mode(True)
    dialog.secret.setText("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6788")
    dialog.accept()
    assert dialog.ctx is None
    assert "Återställningsnyckeln stämmer inte" in dialog.error.text()
    dialog.secret.setText("för kort")
    dialog.accept()
    assert "32 tecken" in dialog.error.text()


def test_switching_back_to_passphrase_mode(dialog: UnlockDialog) -> None:
    dialog.set_recovery_mode(True)
    dialog.secret.setText("något")
    dialog.set_recovery_mode(False)
    assert dialog.secret.text() == "" and not dialog.secret.is_revealed()
    assert dialog.prompt.text() == "Lö&senfras:"


def test_keyring_opt_in_opens_without_a_dialog(db_path: Path, settings: QSettings, opened: list) -> None:
    ctx = unlock.unlock(db_path, passphrase=PASSPHRASE)
    unlock.set_keyring(ctx, True, PASSPHRASE)
    unlock.lock(ctx)
    start_flow.set_keyring_opt_in(settings, db_path, True)

    outcome = start_flow.open_database(db_path, settings, exec_dialog=never)
    assert outcome.ctx is not None and outcome.ctx.db.opened_with == "keyring"
    opened.append(outcome.ctx)


def test_keyring_key_stored_but_not_opted_in_here_asks_for_the_passphrase(
    db_path: Path, settings: QSettings
) -> None:
    ctx = unlock.unlock(db_path, passphrase=PASSPHRASE)
    unlock.set_keyring(ctx, True, PASSPHRASE)
    unlock.lock(ctx)
    assert start_flow.first_step(db_path, settings) is start_flow.Step.UNLOCK
    start_flow.set_keyring_opt_in(settings, db_path, True)
    assert start_flow.first_step(db_path, settings, allow_keyring=False) is start_flow.Step.UNLOCK


def test_no_keyring_falls_back_to_the_dialog_with_the_message(
    db_path: Path, settings: QSettings, opened: list, no_keyring: None
) -> None:
    start_flow.set_keyring_opt_in(settings, db_path, True)
    shown: list[UnlockDialog] = []

    def run(d: QDialog) -> int:
        assert isinstance(d, UnlockDialog)
        shown.append(d)
        d.secret.setText(PASSPHRASE)
        d.accept()
        return d.result()

    outcome = start_flow.open_database(db_path, settings, exec_dialog=run)
    assert len(shown) == 1
    assert not shown[0].notice.isHidden() and "Nyckelringen" in shown[0].notice.text()
    assert outcome.ctx is not None and outcome.ctx.db.opened_with == "passphrase"
    opened.append(outcome.ctx)


def test_damaged_database_is_reported_and_sbdesk_quits(
    db_path: Path, settings: QSettings, boxes: list
) -> None:
    with db_path.open("r+b") as fh:
        fh.truncate(5000)
    before = db_path.read_bytes()
    shown: list[UnlockDialog] = []

    def run(d: QDialog) -> int:
        assert isinstance(d, UnlockDialog)
        shown.append(d)
        d.secret.setText(PASSPHRASE)
        d.accept()
        return d.result()

    outcome = start_flow.open_database(db_path, settings, exec_dialog=run)
    assert outcome.ctx is None and outcome.exit_code == 1
    assert isinstance(shown[0].failure, DatabaseDamaged)
    assert [kind for kind, _ in boxes] == ["critical"]
    assert DatabaseDamaged().message in boxes[0][1]
    assert "sbdesk har inte ändrat någon fil" in boxes[0][1]
    assert db_path.read_bytes() == before


def test_missing_key_file_is_reported_even_on_the_keyring_path(
    db_path: Path, settings: QSettings, boxes: list
) -> None:
    keyfile_path(db_path).unlink()
    start_flow.set_keyring_opt_in(settings, db_path, True)
    outcome = start_flow.open_database(db_path, settings, exec_dialog=never)
    assert outcome.ctx is None and outcome.exit_code == 1
    assert [kind for kind, _ in boxes] == ["critical"]
    assert KeyFileMissing().message in boxes[0][1]


def test_cancel_quits_quietly(db_path: Path, settings: QSettings, boxes: list) -> None:
    def cancel(d: QDialog) -> int:
        d.reject()
        return d.result()

    outcome = start_flow.open_database(db_path, settings, exec_dialog=cancel)
    assert outcome.ctx is None and outcome.exit_code == 0 and boxes == []


def test_settings_key_does_not_contain_the_path(db_path: Path) -> None:
    key = start_flow.keyring_setting_key(db_path)
    assert db_path.name not in key and str(db_path.parent) not in key
    assert key == start_flow.keyring_setting_key(db_path.parent / "." / db_path.name)


def test_new_passphrase_goes_through_the_reset_service_when_it_exists(
    qtbot: QtBot, ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[object, ...]] = []
    monkeypatch.setattr(
        unlock, "reset_passphrase_with_recovery_key", lambda *args: calls.append(args), raising=False
    )
    d = NewPassphraseDialog(ctx, RECOVERY_KEY)
    qtbot.addWidget(d)
    d.fields.generate()
    new = d.fields.passphrase()
    d.accept()
    assert calls == [(ctx, RECOVERY_KEY, new, new)]
    assert d.result() == QDialog.DialogCode.Accepted


def test_return_in_the_passphrase_field_unlocks(qtbot: QtBot, db_path: Path) -> None:
    """What a person does: type the passphrase and press Enter (Enter must not mean Cancel)."""
    dialog = UnlockDialog(db_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.secret.edit.setFocus()
    dialog.secret.edit.insert(PASSPHRASE)  # keyClicks cannot type "ö" (QTest is ASCII-only)
    qtbot.keyClick(dialog.secret.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.ctx is not None)
    assert dialog.result() == QDialog.DialogCode.Accepted
    dialog.ctx.db.close()


def test_a_stale_recovery_key_is_renewed_right_after_unlocking(
    db_path: Path, settings: QSettings, opened: list, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = unlock.unlock(db_path, passphrase=PASSPHRASE)
    ctx.db.recovery_key_stale = True  # as after a finished interrupted rotation
    unlock._context(ctx.db)  # records the marker in the database
    ctx.db.close()
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(str(a[2])))
    made: list[ServiceContext] = []

    def fake_new_key(parent: object, c: ServiceContext, passphrase: str | None = None) -> bool:
        made.append(c)
        unlock.new_recovery_key(c, PASSPHRASE)
        return True

    from sbdesk.ui import key_actions

    monkeypatch.setattr(key_actions, "new_recovery_key", fake_new_key)

    def run(d: QDialog) -> int:
        d.secret.setText(PASSPHRASE)  # type: ignore[attr-defined]
        d.accept()
        return d.result()

    outcome = start_flow.open_database(db_path, settings, exec_dialog=run)
    assert outcome.ctx is not None and made == [outcome.ctx]
    assert warned and "återställningsnyckel" in warned[0].lower()
    assert not outcome.ctx.db.recovery_key_stale
    opened.append(outcome.ctx)
