"""Decide what to show at start (first start, keyring unlock or the unlock dialog) and run it."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from sbdesk.errors import KeyringUnavailable, SbdeskError
from sbdesk.services import unlock
from sbdesk.services.context import ServiceContext
from sbdesk.ui.first_start import FirstStartDialog
from sbdesk.ui.recovery_key import RecoveryKeyDialog
from sbdesk.ui.unlock import NewPassphraseDialog, UnlockDialog, report_fatal

log = logging.getLogger(__name__)

ExecDialog = Callable[[QDialog], int]


def exec_modal(dialog: QDialog) -> int:
    """Run a dialog modally (tests pass their own function that fills it in instead)."""
    return dialog.exec()


class Step(Enum):
    """The first thing to try when sbdesk starts."""

    FIRST_START = "first_start"
    KEYRING = "keyring"
    UNLOCK = "unlock"


@dataclass
class Outcome:
    """An unlocked context to work in, or None with the process exit code."""

    ctx: ServiceContext | None
    exit_code: int = 0


def keyring_setting_key(path: Path) -> str:
    """The QSettings key for the keyring opt-in of one database (a hash, so no path is stored)."""
    resolved = str(Path(path).expanduser().resolve())
    return f"databases/{hashlib.sha256(resolved.encode('utf-8')).hexdigest()[:20]}/keyring"


def keyring_opted_in(settings: QSettings, path: Path) -> bool:
    """True when this OS user chose keyring unlock for this database on this machine."""
    value = settings.value(keyring_setting_key(path), False)
    return value is True or str(value).lower() == "true"


def set_keyring_opt_in(settings: QSettings, path: Path, enabled: bool) -> None:
    """Remember (or forget) the keyring opt-in flag; never the key itself."""
    if enabled:
        settings.setValue(keyring_setting_key(path), True)
    else:
        settings.remove(keyring_setting_key(path))
    settings.sync()


def first_step(path: Path, settings: QSettings, *, allow_keyring: bool = True) -> Step:
    """Which dialog (or keyring attempt) comes first for the database at path."""
    if not unlock.database_exists(path):
        return Step.FIRST_START
    if allow_keyring and keyring_opted_in(settings, path):
        return Step.KEYRING
    return Step.UNLOCK


def open_database(
    path: Path,
    settings: QSettings,
    *,
    parent: QWidget | None = None,
    exec_dialog: ExecDialog = exec_modal,
    allow_keyring: bool = True,
) -> Outcome:
    """Create or unlock the database at path, showing whatever dialogs that needs."""
    step = first_step(path, settings, allow_keyring=allow_keyring)
    log.info("start: %s", step.value)
    if step is Step.FIRST_START:
        return _first_start(path, settings, parent, exec_dialog)
    notice = None
    if step is Step.KEYRING:
        try:
            return Outcome(unlock.unlock_with_keyring(path))
        except KeyringUnavailable as exc:
            log.info("keyring unlock not possible, asking for the passphrase")
            notice = exc.message
        except SbdeskError as exc:
            log.warning("database cannot be opened: %s", exc.code)
            report_fatal(parent, exc)
            return Outcome(None, 1)
    return _unlock(path, notice, parent, exec_dialog)


def _first_start(path: Path, settings: QSettings, parent: QWidget | None, exec_dialog: ExecDialog) -> Outcome:
    dialog = FirstStartDialog(path, parent)
    exec_dialog(dialog)
    created = dialog.created
    if created is None:
        return Outcome(None, 0)
    set_keyring_opt_in(settings, path, dialog.keyring.isChecked() and created.keyring_message is None)
    exec_dialog(RecoveryKeyDialog(created.recovery_key, path, parent))
    created.recovery_key = ""
    return Outcome(created.ctx)


def _unlock(path: Path, notice: str | None, parent: QWidget | None, exec_dialog: ExecDialog) -> Outcome:
    dialog = UnlockDialog(path, notice, parent)
    exec_dialog(dialog)
    if dialog.ctx is None:
        return Outcome(None, 1 if dialog.failure is not None else 0)
    if dialog.recovery_key is not None:
        exec_dialog(NewPassphraseDialog(dialog.ctx, dialog.recovery_key, parent))
        dialog.recovery_key = None
    if dialog.ctx.db.recovery_key_stale:
        renew_stale_recovery_key(dialog.ctx, parent)
    return Outcome(dialog.ctx)


def renew_stale_recovery_key(ctx: ServiceContext, parent: QWidget | None) -> bool:
    """After an interrupted key rotation was finished: the printed recovery key no longer works, so
    say so and make a new one now (asked again at every unlock until one is made)."""
    title = QCoreApplication.translate("StartFlow", "Make a new recovery key")
    text = QCoreApplication.translate(
        "StartFlow",
        "A change of the database key was interrupted last time and has now been finished. The recovery key "
        "you printed before no longer opens the database. Make a new one now and keep it safe.")
    QMessageBox.warning(parent, title, text)
    from sbdesk.ui.key_actions import new_recovery_key

    made = new_recovery_key(parent, ctx)  # type: ignore[arg-type]
    if made:
        ctx.db.recovery_key_stale = False
    return made
