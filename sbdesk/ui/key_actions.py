"""Arkiv → Säkerhet: change the passphrase, a new recovery key, re-encrypt, and check the database."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from sbdesk.errors import SbdeskError, ValidationError, WrongPassphrase
from sbdesk.services import unlock
from sbdesk.services.context import ServiceContext
from sbdesk.ui.recovery_key import RecoveryKeyDialog
from sbdesk.ui.widgets import FieldError, PassphraseEdit, PassphraseFields, make_default, wait_cursor, with_error


class ChangePassphraseDialog(QDialog):
    """The current passphrase, then the new one twice (validated as you type)."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Change passphrase"))
        self.current = PassphraseEdit(self.tr("Current passphrase"), self)
        self.current_error = FieldError(self.current.edit)
        self.fields = PassphraseFields(self)
        self.fields.changed.connect(self._validate)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(self.tr("&Change passphrase"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        label = QLabel(self.tr("Current passphrase:"))
        label.setBuddy(self.current.edit)
        form.addRow(label, with_error(self.current, self.current_error))
        self.fields.add_rows(form)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        make_default(self, self.save_button)
        self._validate()

    def _validate(self) -> None:
        problems = self.fields.problems()
        self.fields.show_problems(problems)
        self.save_button.setEnabled(not problems)

    def accept(self) -> None:
        """Rewrap the passphrase slot; a wrong current passphrase keeps the dialog open."""
        try:
            with wait_cursor():
                unlock.change_passphrase(self.ctx, self.current.edit.text(), self.fields.passphrase(),
                                         self.fields.repeat())
        except WrongPassphrase as exc:
            self.current_error.set_message(exc.message)
            self.current.edit.selectAll()
            return
        except ValidationError as exc:
            self.fields.show_problems({"passphrase": exc.message}, everything=True)
            return
        except SbdeskError as exc:
            QMessageBox.warning(self, self.tr("Passphrase not changed"), exc.message)
            return
        QMessageBox.information(self, self.tr("Passphrase changed"),
                                self.tr("The new passphrase opens sbdesk from now on. Backups made earlier "
                                        "still open with the passphrase of their day."))
        super().accept()


class KeyActions(QObject):
    """The key-management actions (a QObject so its texts are translated in one context)."""

    def _ask_passphrase(self, parent: QWidget, title: str, text: str) -> str | None:
        secret, ok = QInputDialog.getText(parent, title, text, QLineEdit.EchoMode.Password)
        return secret if ok and secret else None

    def new_recovery_key(self, parent: QWidget, ctx: ServiceContext, passphrase: str | None = None) -> bool:
        """Make a new recovery key and show it once (the old printed one stops working)."""
        passphrase = passphrase or self._ask_passphrase(parent, self.tr("New recovery key"), self.tr(
            "A new recovery key replaces the old one, which then stops opening this database (old backups "
            "keep theirs). Your passphrase:"))
        if passphrase is None:
            return False
        try:
            with wait_cursor():
                key = unlock.new_recovery_key(ctx, passphrase)
        except SbdeskError as exc:
            QMessageBox.warning(parent, self.tr("No new recovery key"), exc.message)
            return False
        RecoveryKeyDialog(key, ctx.db.path, parent).exec()
        return True

    def rotate_key(self, parent: QWidget, ctx: ServiceContext, passphrase: str | None = None) -> bool:
        """Re-encrypt the database under a new data key; also gives a new recovery key, shown once."""
        passphrase = passphrase or self._ask_passphrase(parent, self.tr("Re-encrypt the database"), self.tr(
            "The database is re-encrypted with a new key (do this if a copy may have leaked). You also get a "
            "new recovery key. Your passphrase:"))
        if passphrase is None:
            return False
        try:
            with wait_cursor():
                key = unlock.rotate_data_key(ctx, passphrase)
        except SbdeskError as exc:
            QMessageBox.warning(parent, self.tr("Not re-encrypted"),
                                exc.message + "\n\n" + self.tr("The database is unchanged."))
            return False
        RecoveryKeyDialog(key, ctx.db.path, parent).exec()
        return True

    def check_database(self, parent: QWidget, ctx: ServiceContext) -> bool:
        """Run the same checks as `sbdesk verify` and show the result."""
        with wait_cursor():
            result = unlock.check_database(ctx)
        text = "\n".join(result.lines)
        if result.ok:
            QMessageBox.information(parent, self.tr("Database checked"),
                                    self.tr("Everything holds.") + "\n\n" + text)
        else:
            QMessageBox.critical(parent, self.tr("Faults found"), self.tr(
                "The check found faults. Keep working only after talking to IT; restore from a backup if "
                "they advise it.") + "\n\n" + text)
        return result.ok


def new_recovery_key(parent: QWidget, ctx: ServiceContext, passphrase: str | None = None) -> bool:
    """Make a new recovery key and show it once (the old printed one stops working)."""
    return KeyActions().new_recovery_key(parent, ctx, passphrase)


def rotate_key(parent: QWidget, ctx: ServiceContext, passphrase: str | None = None) -> bool:
    """Re-encrypt the database under a new data key; also gives a new recovery key, shown once."""
    return KeyActions().rotate_key(parent, ctx, passphrase)


def check_database(parent: QWidget, ctx: ServiceContext) -> bool:
    """Run the same checks as `sbdesk verify` and show the result."""
    return KeyActions().check_database(parent, ctx)
