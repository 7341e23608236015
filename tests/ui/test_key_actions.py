"""Arkiv → Säkerhet: change passphrase, new recovery key, re-encrypt, check — from the window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from sbdesk.errors import WrongPassphrase
from sbdesk.services.context import ServiceContext
from sbdesk.store.database import Database
from sbdesk.ui import key_actions
from sbdesk.ui.key_actions import ChangePassphraseDialog
from sbdesk.ui.recovery_key import RecoveryKeyDialog
from tests.conftest import PASSPHRASE, RECOVERY_KEY

NEW = "ny-lösenfras-2026"



@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    boxes: list[tuple[str, str]] = []
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda _p, _t, text, *a, _k=kind, **kw: boxes.append((_k, text)))
    return boxes


@pytest.fixture
def keys_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    keys: list[str] = []

    def fake_exec(self: RecoveryKeyDialog) -> int:
        keys.append(self.key_label.text())
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(RecoveryKeyDialog, "exec", fake_exec)
    return keys


def test_change_passphrase(qtbot: QtBot, ctx: ServiceContext, shown: list[Any]) -> None:
    dialog = ChangePassphraseDialog(ctx)
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled()
    dialog.current.edit.setText("fel-lösenfras-1")
    dialog.fields.first.setText(NEW)
    dialog.fields.second.setText(NEW)
    assert dialog.save_button.isEnabled()
    dialog.accept()
    assert "lösenfras" in dialog.current_error.text().lower() and dialog.result() == 0
    dialog.current.edit.setText(PASSPHRASE)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    path = ctx.db.path
    ctx.db.close()
    with pytest.raises(WrongPassphrase):
        Database.open(path, passphrase=PASSPHRASE)
    Database.open(path, passphrase=NEW).close()


def test_new_recovery_key_and_rotation(qtbot: QtBot, ctx: ServiceContext, shown: list[Any],
                                       keys_shown: list[str]) -> None:
    parent = QDialog()
    qtbot.addWidget(parent)
    assert key_actions.new_recovery_key(parent, ctx, PASSPHRASE)
    assert key_actions.rotate_key(parent, ctx, PASSPHRASE)
    assert len(keys_shown) == 2 and keys_shown[0] != keys_shown[1]
    assert key_actions.check_database(parent, ctx)
    assert shown[-1][0] == "information" and "Allt stämmer" in shown[-1][1]
    path: Path = ctx.db.path
    ctx.db.close()
    with pytest.raises(WrongPassphrase):
        Database.open(path, recovery_key=RECOVERY_KEY)
    Database.open(path, recovery_key=keys_shown[1].replace("\n", " ")).close()


def test_wrong_passphrase_for_rotation_changes_nothing(qtbot: QtBot, ctx: ServiceContext, shown: list[Any],
                                                       keys_shown: list[str]) -> None:
    parent = QDialog()
    qtbot.addWidget(parent)
    assert not key_actions.rotate_key(parent, ctx, "fel-lösenfras-1")
    assert shown and shown[-1][0] == "warning" and "oförändrad" in shown[-1][1] and not keys_shown
