"""First start: ask for the coordinator, the municipality and a passphrase, then create the database."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCollator, QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from sbdesk.errors import SbdeskError, ValidationError
from sbdesk.services import unlock
from sbdesk.ui.widgets import (
    FieldError,
    PassphraseFields,
    form_label,
    grow_to_fit,
    make_default,
    wait_cursor,
    with_error,
)

log = logging.getLogger(__name__)


class FirstStartDialog(QDialog):
    """Create a new encrypted database: who you are, your municipality and your passphrase."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.created: unlock.Created | None = None
        self._touched: set[str] = set()
        self.setWindowTitle(self.tr("Welcome to sbdesk"))
        self._build()
        self._validate()

    # -- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "There is no sbdesk database on this computer yet. Fill in the form and a new, "
                "encrypted database is created:"
            )
        )
        intro.setWordWrap(True)
        where = QLabel(str(self.path))
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setWordWrap(True)

        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Your name"))
        self.name.setMaxLength(200)
        self.name.setPlaceholderText(self.tr("First and last name"))
        self.name_error = FieldError(self.name)
        self.name.textChanged.connect(lambda _t: self._touch("name"))

        self.municipality = self._municipality_box()
        self.municipality_error = FieldError(self.municipality)
        self.municipality.editTextChanged.connect(lambda _t: self._touch("municipality"))
        self.municipality.lineEdit().editingFinished.connect(self._validate)

        self.passphrase = PassphraseFields(self)
        self.passphrase.changed.connect(self._validate)

        self.keyring = QCheckBox(self.tr("Unlock automatically with the operating system's keyring"))
        self.keyring.setAccessibleName(self.keyring.text())
        keyring_help = QLabel(
            self.tr(
                "Then you are not asked for the passphrase when sbdesk starts. The data is protected only "
                "by your login to the computer and its screen lock, so lock the screen whenever you leave. "
                "Leave this off if you are unsure."
            )
        )
        keyring_help.setWordWrap(True)
        keyring_help.setIndent(24)

        self.general_error = QLabel()
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet(self.name_error.styleSheet())
        self.general_error.hide()

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(form_label(self.tr("Your &name:"), self.name), with_error(self.name, self.name_error))
        form.addRow(
            form_label(self.tr("&Municipality:"), self.municipality),
            with_error(self.municipality, self.municipality_error),
        )
        self.passphrase.add_rows(form)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(
            self.tr("&Create database"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(where)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(self.keyring)
        layout.addWidget(keyring_help)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        make_default(self, self.create_button)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)

        p = self.passphrase
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        order = [
            self.name, self.municipality, p.first.edit, p.first.toggle, p.second.edit, p.second.toggle,
            p.generate_button, self.keyring, self.create_button, cancel,
        ]  # fmt: skip
        for before, after in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(before, after)
        self.name.setFocus()

    def _municipality_box(self) -> QComboBox:
        box = QComboBox()
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        box.setMaxVisibleItems(15)
        box.setAccessibleName(self.tr("Municipality"))
        collator = QCollator(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
        choices = sorted(unlock.municipality_choices(), key=lambda m: collator.sortKey(m.name))
        self._codes = {m.name.casefold(): m.code for m in choices}
        for choice in choices:
            box.addItem(choice.name, choice.code)
        completer = QCompleter(box.model(), box)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        box.setCompleter(completer)
        box.setCurrentIndex(-1)
        box.lineEdit().setPlaceholderText(self.tr("Type to search, e.g. Väst"))
        return box

    # -- validation ---------------------------------------------------------------------------

    def municipality_code(self) -> str | None:
        """The code of the municipality whose name is in the box, or None."""
        return self._codes.get(self.municipality.currentText().strip().casefold())

    def problems(self) -> dict[str, str]:
        """Swedish messages for every field that is wrong now (empty when the form can be sent)."""
        found: dict[str, str] = {}
        if not self.name.text().strip():
            found["name"] = self.tr("Enter your name.")
        if self.municipality_code() is None:
            typed = self.municipality.currentText().strip()
            if not typed:
                found["municipality"] = self.tr("Choose your municipality from the list.")
            elif not any(typed.casefold() in name for name in self._codes):
                found["municipality"] = self.tr("No municipality name contains “%1”.").replace("%1", typed)
            else:
                found["municipality"] = self.tr("Choose one of the municipalities in the list.")
        found.update(self.passphrase.problems())
        return found

    def _touch(self, field: str) -> None:
        self._touched.add(field)
        self._validate()

    def _validate(self, *, everything: bool = False) -> bool:
        found = self.problems()
        if everything:
            self._touched |= {"name", "municipality"}
        # While the user is still typing part of a name, the completer list is the answer, not a message.
        typed = self.municipality.currentText().strip().casefold()
        still_typing = (
            not everything
            and self.municipality.hasFocus()
            and any(typed in name for name in self._codes)
        )
        self.name_error.set_message(found.get("name") if "name" in self._touched else None)
        self.municipality_error.set_message(
            found.get("municipality") if "municipality" in self._touched and not still_typing else None
        )
        self.passphrase.show_problems(found, everything=everything)
        self.general_error.hide()
        self.create_button.setEnabled(not found)
        QTimer.singleShot(0, self, lambda: grow_to_fit(self))
        return not found

    # -- creating -----------------------------------------------------------------------------

    def accept(self) -> None:
        """Create the database; on success the dialog closes with `created` set."""
        if self.created is not None:
            super().accept()
            return
        if not self._validate(everything=True):
            return
        code = self.municipality_code()
        assert code is not None
        try:
            with wait_cursor():
                created = unlock.create_database(
                    self.path,
                    self.passphrase.passphrase(),
                    coordinator_name=self.name.text().strip(),
                    municipality_code=code,
                    remember_in_keyring=self.keyring.isChecked(),
                )
        except ValidationError as exc:
            self._show_service_errors(exc.by_field())
            return
        except SbdeskError as exc:
            log.warning("database not created: %s", exc.code)
            QMessageBox.critical(self, self.tr("The database was not created"), exc.message)
            return
        except OSError as exc:
            log.warning("database not created: %s", type(exc).__name__)
            QMessageBox.critical(
                self,
                self.tr("The database was not created"),
                self.tr(
                    "The database file could not be written in the folder %1. Check that you may write there "
                    "and that the disk is not full, or contact IT."
                ).replace("%1", str(self.path.parent)),
            )
            return
        self.created = created
        self.passphrase.clear()
        log.info("database created")
        if created.keyring_message:
            QMessageBox.information(
                self,
                self.tr("Keyring not used"),
                created.keyring_message + "\n\n" + self.tr("Your passphrase works as usual."),
            )
        super().accept()

    def _show_service_errors(self, by_field: dict[str, str]) -> None:
        widgets = {
            "coordinator.name": self.name_error,
            "municipality.code": self.municipality_error,
            "passphrase": self.passphrase.first_error,
        }
        rest = []
        for field, message in by_field.items():
            if field in widgets:
                widgets[field].set_message(message)
            else:
                rest.append(message)
        self.general_error.setText("\n".join(rest))
        self.general_error.setVisible(bool(rest))
        self.create_button.setEnabled(not any(field in widgets for field in by_field))
