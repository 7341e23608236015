"""Unlock an existing database with the passphrase or the recovery key, and set a new passphrase."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sbdesk.errors import SbdeskError, ValidationError, WrongPassphrase
from sbdesk.services import unlock
from sbdesk.services.context import ServiceContext
from sbdesk.ui.widgets import FieldError, PassphraseEdit, PassphraseFields, grow_to_fit, make_default, wait_cursor

log = logging.getLogger(__name__)


def report_fatal(parent: QWidget | None, error: SbdeskError) -> None:
    """Tell the user why the database cannot be opened, that nothing changed, and that sbdesk closes."""
    QMessageBox.critical(
        parent,
        QCoreApplication.translate("UnlockDialog", "sbdesk cannot open the database"),
        error.message
        + "\n\n"
        + QCoreApplication.translate("UnlockDialog", "sbdesk has not changed any file and will now close."),
    )


class UnlockDialog(QDialog):
    """Ask for the passphrase (or the recovery key) until the database opens or the user gives up."""

    def __init__(self, path: Path, notice: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.ctx: ServiceContext | None = None
        self.failure: SbdeskError | None = None
        self.recovery_key: str | None = None
        self.recovery_mode = False
        self.setWindowTitle(self.tr("Unlock sbdesk"))

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.notice = QLabel(notice or "")
        self.notice.setWordWrap(True)
        self.notice.setVisible(bool(notice))

        self.secret = PassphraseEdit(self.tr("Passphrase"))
        self.error = FieldError(self.secret.edit)
        self.prompt = QLabel()
        self.prompt.setBuddy(self.secret.edit)
        self.secret.edit.textChanged.connect(self._changed)

        self.switch_button = QPushButton()
        self.switch_button.setFlat(True)
        self.switch_button.setAutoDefault(False)
        self.switch_button.setStyleSheet("text-align: left; text-decoration: underline;")
        self.switch_button.clicked.connect(lambda: self.set_recovery_mode(not self.recovery_mode))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.unlock_button = self.buttons.addButton(self.tr("&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.prompt, self.secret)
        form.addRow("", self.error)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.notice)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addWidget(self.switch_button)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        make_default(self, self.unlock_button)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        self.set_recovery_mode(False)

    def set_recovery_mode(self, on: bool) -> None:
        """Switch the field between the passphrase and the recovery key."""
        self.recovery_mode = on
        edit = self.secret.edit
        edit.clear()
        self.error.set_message(None)
        name = self.path.name
        if on:
            self.intro.setText(
                self.tr("Type the recovery key for %1 (32 characters, from the printed sheet).").replace("%1", name)
            )
            self.prompt.setText(self.tr("&Recovery key:"))
            edit.setAccessibleName(self.tr("Recovery key"))
            edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
            edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText() + "MM"))
            self.secret.set_revealed(True)
            self.switch_button.setText(self.tr("Use the passphrase instead"))
        else:
            self.intro.setText(self.tr("Type your passphrase to unlock %1.").replace("%1", name))
            self.prompt.setText(self.tr("&Passphrase:"))
            edit.setAccessibleName(self.tr("Passphrase"))
            edit.setPlaceholderText("")
            edit.setFont(self.font())
            edit.setMinimumWidth(0)
            self.secret.set_revealed(False)
            self.switch_button.setText(self.tr("I have forgotten the passphrase – use the recovery key"))
        self.switch_button.setAccessibleName(self.switch_button.text())
        self._changed()
        edit.setFocus()
        QTimer.singleShot(0, self, lambda: grow_to_fit(self))

    def _changed(self) -> None:
        self.error.set_message(None)
        self.unlock_button.setEnabled(bool(self.secret.text()))

    def accept(self) -> None:
        """Try to unlock; stays open on a wrong secret, closes (rejected, `failure` set) on a fatal error."""
        secret = self.secret.text()
        if not secret:
            return
        try:
            with wait_cursor():
                if self.recovery_mode:
                    ctx = unlock.unlock(self.path, recovery_key=secret)
                else:
                    ctx = unlock.unlock(self.path, passphrase=secret)
        except WrongPassphrase as exc:
            log.info("unlock refused: wrong %s", "recovery key" if self.recovery_mode else "passphrase")
            message = (
                self.tr("The recovery key is wrong. Check each group of four characters.")
                if self.recovery_mode
                else exc.message
            )
            self._refuse(message)
            return
        except ValidationError as exc:
            self._refuse(exc.message)
            return
        except SbdeskError as exc:
            log.warning("database cannot be opened: %s", exc.code)
            self.failure = exc
            report_fatal(self, exc)
            super().reject()
            return
        self.ctx = ctx
        self.recovery_key = secret if self.recovery_mode else None
        self.secret.edit.clear()
        super().accept()

    def _refuse(self, message: str) -> None:
        self.error.set_message(message)
        QTimer.singleShot(0, self, lambda: grow_to_fit(self))
        self.secret.edit.selectAll()
        self.secret.edit.setFocus()


class NewPassphraseDialog(QDialog):
    """After a recovery-key unlock: require a new passphrase, typed twice."""

    def __init__(self, ctx: ServiceContext, recovery_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._recovery_key = recovery_key
        self.setWindowTitle(self.tr("Choose a new passphrase"))
        intro = QLabel(
            self.tr(
                "You unlocked sbdesk with the recovery key. Choose a new passphrase now; the old one stops "
                "working. The recovery key stays the same."
            )
        )
        intro.setWordWrap(True)
        self.fields = PassphraseFields(self)
        self.fields.changed.connect(self._validate)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("&Save passphrase"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        form = QFormLayout()
        self.fields.add_rows(form)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        make_default(self, self.save_button)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        self._validate()
        self.fields.first.edit.setFocus()

    def _validate(self, *, everything: bool = False) -> bool:
        problems = self.fields.problems()
        self.fields.show_problems(problems, everything=everything)
        self.save_button.setEnabled(not problems)
        QTimer.singleShot(0, self, lambda: grow_to_fit(self))
        return not problems

    def accept(self) -> None:
        """Save the new passphrase; stays open with the reason when it cannot be saved."""
        if not self._validate(everything=True):
            return
        try:
            with wait_cursor():
                unlock.reset_passphrase_with_recovery_key(
                    self.ctx, self._recovery_key, self.fields.passphrase(), self.fields.repeat()
                )
        except ValidationError as exc:
            self.fields.show_problems({"passphrase": exc.message}, everything=True)
            return
        except SbdeskError as exc:
            log.warning("new passphrase not saved: %s", exc.code)
            QMessageBox.critical(self, self.tr("The passphrase was not changed"), exc.message)
            return
        log.info("passphrase reset with the recovery key")
        self._recovery_key = ""
        self.fields.clear()
        super().accept()

    def reject(self) -> None:
        """A new passphrase is required: Escape does not skip it."""
