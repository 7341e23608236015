"""Shared widgets: inline field errors, passphrase inputs with a show/hide toggle, a wait cursor."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sbdesk.services import unlock


@contextmanager
def wait_cursor() -> Iterator[None]:
    """Show the busy cursor while a slow call (key derivation, migration) runs on the GUI thread."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def ask_save_changes(parent: QWidget) -> QMessageBox.StandardButton:
    """'Save the changes?' with Save / Discard / Cancel, as every form asks before closing."""
    return QMessageBox.question(
        parent,
        QCoreApplication.translate("Forms", "Unsaved changes"),
        QCoreApplication.translate("Forms", "You have changes that are not saved. Save them?"),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )


class GuardedDialog(QDialog):
    """A form dialog that asks 'Save the changes?' before Esc, Cancel or the close button throws
    anything away; subclasses say what dirty means (is_dirty) and how to save (accept)."""

    def is_dirty(self) -> bool:
        """True when something typed is not saved (override)."""
        return False

    def reject(self) -> None:
        """Esc / Cancel / close: ask before throwing away changes (Save saves, Cancel stays)."""
        if self.is_dirty():
            answer = ask_save_changes(self)
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self.accept()
                return
        super().reject()

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        """The window's close button behaves like Cancel (with the same question)."""
        event.ignore()
        self.reject()


def read_only_table(name: str, headers: list[str]) -> QTableWidget:
    """A small list of records: whole rows selected one at a time, never edited, columns fitting their
    content with the last one taking the rest, no row numbers; `name` for screen readers."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def make_default(dialog: QWidget, button: QPushButton) -> None:
    """Let Enter press button, and only it (no other button in the dialog takes the default)."""
    for other in dialog.findChildren(QPushButton):
        if other is not button:
            other.setAutoDefault(False)
            other.setDefault(False)
    button.setAutoDefault(True)
    button.setDefault(True)


def grow_to_fit(window: QWidget) -> None:
    """Make a window big enough for its content after messages or wider fields appeared (never shrinks)."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    width = max(window.width(), layout.minimumSize().width())
    height = max(window.height(), window.heightForWidth(width))
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)


def _error_colour(widget: QWidget) -> str:
    """A red that stays readable on light and dark palettes."""
    dark = widget.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return "#ff8a80" if dark else "#b3261e"


class FieldError(QLabel):
    """A Swedish message shown under one input; hidden while the input is fine."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._field = field
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet(f"color: {_error_colour(field)};")
        self.hide()

    def set_message(self, message: str | None) -> None:
        """Show message (or hide when None) and expose it to screen readers on the field."""
        self.setText(message or "")
        self.setVisible(bool(message))
        self._field.setAccessibleDescription(message or "")


def with_error(field: QWidget, error: QLabel, *extra: QWidget) -> QWidget:
    """A field with its error label (and optional notes) stacked below it, for one form row."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    for widget in (field, error, *extra):
        layout.addWidget(widget)
    return box


def form_label(text: str, buddy: QWidget) -> QLabel:
    """A form label whose mnemonic focuses buddy."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


class PassphraseEdit(QWidget):
    """A password-mode line edit with a 'Show'/'Hide' toggle beside it."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(accessible_name)
        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setAccessibleName(self.tr("Show or hide: %1").replace("%1", accessible_name))
        self.toggle.toggled.connect(self.set_revealed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.toggle)
        self.setFocusProxy(self.edit)
        self.set_revealed(False)

    def text(self) -> str:
        """The text typed."""
        return self.edit.text()

    def setText(self, text: str) -> None:  # noqa: N802 - mirrors QLineEdit
        """Replace the text."""
        self.edit.setText(text)

    def set_revealed(self, revealed: bool) -> None:
        """Show the passphrase in clear text, or hide it again."""
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if revealed else QLineEdit.EchoMode.Password)
        self.toggle.setText(self.tr("Hide") if revealed else self.tr("Show"))
        if self.toggle.isChecked() != revealed:
            self.toggle.setChecked(revealed)

    def is_revealed(self) -> bool:
        """True while the passphrase is shown in clear text."""
        return self.edit.echoMode() == QLineEdit.EchoMode.Normal


class PassphraseFields(QObject):
    """A new passphrase typed twice, checked live, with a 'Generate passphrase' button."""

    changed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.first = PassphraseEdit(self.tr("Passphrase"), parent)
        self.second = PassphraseEdit(self.tr("Repeat passphrase"), parent)
        self.first_error = FieldError(self.first.edit, parent)
        self.second_error = FieldError(self.second.edit, parent)
        self.generate_button = QPushButton(self.tr("&Generate passphrase"), parent)
        self.generate_button.setAutoDefault(False)
        self.generate_button.setAccessibleName(self.tr("Generate passphrase"))
        self.generate_button.clicked.connect(self.generate)
        self.hint = QLabel(
            self.tr("At least %1 characters. A few unrelated words are easy to remember and hard to guess.")
            .replace("%1", str(unlock.MIN_PASSPHRASE_LENGTH)),
            parent,
        )
        self.hint.setWordWrap(True)
        self.note = QLabel(
            self.tr("Write the passphrase down now and keep the note somewhere safe until you know it by heart."),
            parent,
        )
        self.note.setWordWrap(True)
        self.note.hide()
        self._touched: set[str] = set()
        self._show_all = False
        self.first.edit.textChanged.connect(lambda _t: self._touch("first"))
        self.second.edit.textChanged.connect(lambda _t: self._touch("second"))

    def add_rows(self, form: QFormLayout) -> None:
        """Put the passphrase rows into a form layout."""
        buttons = QWidget()
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.generate_button)
        row.addStretch(1)
        form.addRow(
            form_label(self.tr("&Passphrase:"), self.first.edit),
            with_error(self.first, self.first_error, self.hint),
        )
        form.addRow(
            form_label(self.tr("&Repeat passphrase:"), self.second.edit),
            with_error(self.second, self.second_error),
        )
        form.addRow("", with_error(buttons, self.note))

    def passphrase(self) -> str:
        """The new passphrase as typed in the first field."""
        return self.first.text()

    def repeat(self) -> str:
        """The passphrase as typed in the second field."""
        return self.second.text()

    def problems(self) -> dict[str, str]:
        """Swedish messages for what is wrong now: keys 'passphrase' and/or 'repeat'."""
        own = unlock.passphrase_problem(self.passphrase())
        if own is not None:
            return {"passphrase": own}
        both = unlock.passphrase_problem(self.passphrase(), self.repeat())
        return {"repeat": both} if both is not None else {}

    def show_problems(self, problems: dict[str, str], *, everything: bool = False) -> None:
        """Show the messages beside fields the user has typed in (or all of them)."""
        self._show_all = self._show_all or everything
        first_shown = self._show_all or "first" in self._touched
        second_shown = self._show_all or "second" in self._touched
        self.first_error.set_message(problems.get("passphrase") if first_shown else None)
        self.hint.setVisible(self.first_error.isHidden())
        self.second_error.set_message(problems.get("repeat") if second_shown else None)

    def generate(self) -> None:
        """Fill both fields with a generated passphrase and show it so it can be written down."""
        passphrase = unlock.generate_passphrase()
        self.first.setText(passphrase)
        self.second.setText(passphrase)
        self.first.set_revealed(True)
        self.second.set_revealed(True)
        self.note.show()

    def clear(self) -> None:
        """Forget what was typed (called once the passphrase has been used)."""
        self.first.edit.clear()
        self.second.edit.clear()

    def _touch(self, which: str) -> None:
        self._touched.add(which)
        self.changed.emit()
