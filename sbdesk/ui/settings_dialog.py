"""Inställningar: one tab per group of the SETTINGS declaration, checked as the user types; plus the data
folder and the keyring opt-in."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sbdesk.errors import (
    KeyringUnavailable,
    SbdeskError,
    ValidationError,
    WrongPassphrase,
)
from sbdesk.services import settings as service
from sbdesk.services import unlock
from sbdesk.services.context import ServiceContext
from sbdesk.services.geography import list_municipalities
from sbdesk.ui.start_flow import keyring_opted_in, set_keyring_opt_in
from sbdesk.ui.widgets import (
    FieldError,
    GuardedDialog,
    make_default,
    wait_cursor,
    with_error,
)

log = logging.getLogger(__name__)

SECURITY_GROUP = "Säkerhet"  # the tab that also holds the data folder and the keyring


class SettingsDialog(GuardedDialog):
    """Edit the municipality's and the coordinator's settings; Save is refused while a value is wrong."""

    saved = Signal()

    def __init__(self, ctx: ServiceContext, qsettings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.qsettings = qsettings
        self.setWindowTitle(self.tr("Settings"))
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, FieldError] = {}
        self._getters: dict[str, Callable[[], str]] = {}
        self._tab_of: dict[str, int] = {}
        self._touched: set[str] = set()
        stored = service.all_settings(ctx)

        self.tabs = QTabWidget()
        for group in service.setting_groups():
            page = QWidget()
            form = QFormLayout()
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for definition in (d for d in service.SETTINGS if d.group == group):
                self._add_row(form, definition, stored.get(definition.key))
            column = QVBoxLayout(page)
            column.addLayout(form)
            if group == SECURITY_GROUP:
                column.addWidget(self._keyring_box())
                column.addWidget(self._data_folder_box())
            column.addStretch(1)
            self.tabs.addTab(page, group)
        self.municipality_note = QLabel(
            self.tr("You chose another municipality. Check the official name: it is not changed for you.")
        )
        self.municipality_note.setWordWrap(True)
        self.municipality_note.hide()
        official = self.inputs["municipality.official_name"].parentWidget()
        official.layout().addWidget(self.municipality_note)

        self.general_error = FieldError(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        make_default(self, self.save_button)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 100)
        self._initial = self.raw_values()
        self._refresh()

    # -- building -----------------------------------------------------------------------------

    def _add_row(self, form: QFormLayout, definition: service.SettingDef, value: Any) -> None:
        key = definition.key
        if definition.kind == "municipality":
            widget, getter, signal = self._municipality_input(value)
        elif definition.kind == "image":
            widget, getter, signal = self._image_input(value)
        elif definition.kind == "folder":
            widget, getter, signal = self._folder_input(value)
        elif definition.kind == "flag":
            box = QCheckBox(definition.label)
            box.setChecked(bool(value))
            widget, getter, signal = box, box.isChecked, box.toggled
        elif definition.kind == "lines":
            editor = QPlainTextEdit("\n".join(str(v) for v in value) if isinstance(value, list) else str(value or ""))
            editor.setTabChangesFocus(True)
            editor.setMaximumHeight(self.fontMetrics().lineSpacing() * 8 + 12)
            widget, getter, signal = editor, editor.toPlainText, editor.textChanged
        else:
            line = QLineEdit("" if value is None else (", ".join(str(v) for v in value) if isinstance(value, list)
                                                   else str(value)))
            if definition.kind == "number":
                line.setAlignment(Qt.AlignmentFlag.AlignRight)
                line.setMaxLength(6)
                line.setMaximumWidth(self.fontMetrics().averageCharWidth() * 12)
            widget, getter, signal = line, line.text, line.textChanged
        focus = widget.focusProxy() or widget
        focus.setAccessibleName(definition.label)
        focus.setObjectName(f"setting_{key}")
        error = FieldError(focus)
        extra = []
        if definition.help:
            hint = QLabel(definition.help)
            hint.setWordWrap(True)
            small = hint.font()
            small.setPointSizeF(small.pointSizeF() * 0.92)
            hint.setFont(small)
            extra.append(hint)
        self.inputs[key] = focus
        self.errors[key] = error
        self._getters[key] = getter
        self._tab_of[key] = self.tabs.count()
        signal.connect(lambda *_a, k=key: self._changed(k))
        if definition.kind == "flag":
            form.addRow("", with_error(widget, error, *extra))
            return
        label = QLabel(definition.label + (" *" if definition.required else "") + ":")
        label.setBuddy(focus)
        form.addRow(label, with_error(widget, error, *extra))

    def _municipality_input(self, value: Any) -> tuple[QWidget, Callable[[], str], Any]:
        box = QComboBox()
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        box.setMaxVisibleItems(15)
        self._municipality_codes: dict[str, str] = {}
        for row in list_municipalities(self.ctx):
            box.addItem(row.name, row.code)
            self._municipality_codes[row.name.casefold()] = row.code
        completer = QCompleter(box.model(), box)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        box.setCompleter(completer)
        box.setCurrentIndex(box.findData(value) if value else -1)
        box.lineEdit().setPlaceholderText(self.tr("Type to search, e.g. Väst"))
        self.municipality = box
        box.lineEdit().editingFinished.connect(self._refresh)

        def get() -> str:
            typed = box.currentText().strip()
            return self._municipality_codes.get(typed.casefold(), typed)  # unknown text fails the parser

        return box, get, box.editTextChanged

    def _folder_input(self, value: Any) -> tuple[QWidget, Callable[[], str], Any]:
        line = QLineEdit("" if value is None else str(value))
        line.setPlaceholderText(self.tr("Beside the database"))
        browse = QPushButton(self.tr("B&rowse…"))
        browse.setAccessibleName(self.tr("Choose a folder"))

        def choose() -> None:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder"), line.text() or str(Path.home()))
            if folder:
                line.setText(folder)

        browse.clicked.connect(choose)
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(line, 1)
        layout.addWidget(browse)
        row.setFocusProxy(line)
        return row, line.text, line.textChanged

    def _image_input(self, value: Any) -> tuple[QWidget, Callable[[], str], Any]:
        self.logo = QLineEdit("" if value is None else str(value))
        self.logo.setPlaceholderText(self.tr("No logo"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAccessibleName(self.tr("Choose a logo file"))
        browse.clicked.connect(self.browse_logo)
        self.logo_preview = QLabel()
        self.logo_preview.setAccessibleName(self.tr("Logo preview"))
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.logo, 1)
        layout.addWidget(browse)
        layout.addWidget(self.logo_preview)
        row.setFocusProxy(self.logo)
        self.logo.textChanged.connect(lambda _t: self._update_preview())
        self._update_preview()
        return row, self.logo.text, self.logo.textChanged

    def _keyring_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Keyring"))
        self.keyring_state = QLabel()
        self.keyring_state.setWordWrap(True)
        self.keyring_button = QPushButton()
        self.keyring_button.clicked.connect(self.toggle_keyring)
        explain = QLabel(self.tr(
            "With the keyring on, sbdesk opens without the passphrase for your login on this computer. The data "
            "is then protected only by your login and the screen lock, so lock the screen whenever you leave. "
            "After Lock (Ctrl+L) the passphrase is always asked for. The change takes effect at once."
        ))
        explain.setWordWrap(True)
        layout = QVBoxLayout(box)
        row = QHBoxLayout()
        row.addWidget(self.keyring_state, 1)
        row.addWidget(self.keyring_button)
        layout.addLayout(row)
        layout.addWidget(explain)
        self._show_keyring_state()
        return box

    def _data_folder_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Data folder"))
        self.data_folder = QLineEdit(str(self.ctx.db.path.parent))
        self.data_folder.setReadOnly(True)
        self.data_folder.setAccessibleName(self.tr("Data folder"))
        self.open_folder_button = QPushButton(self.tr("&Open in file manager"))
        self.open_folder_button.clicked.connect(self.open_data_folder)
        note = QLabel(self.tr(
            "The encrypted database %1 and its key file %2 are kept here. Back up both; without the key file "
            "the database cannot be opened."
        ).replace("%1", self.ctx.db.path.name).replace("%2", self.ctx.db.key_path.name))
        note.setWordWrap(True)
        layout = QVBoxLayout(box)
        row = QHBoxLayout()
        row.addWidget(self.data_folder, 1)
        row.addWidget(self.open_folder_button)
        layout.addLayout(row)
        layout.addWidget(note)
        return box

    # -- values and validation ----------------------------------------------------------------

    def raw_values(self) -> dict[str, str]:
        """Every setting's current text as typed (the municipality as its code when one is chosen)."""
        return {key: get() for key, get in self._getters.items()}

    def set_value(self, key: str, value: str) -> None:
        """Type a value into one input (as the user would)."""
        widget = self.inputs[key]
        if isinstance(widget, QComboBox):
            index = widget.findData(value)
            if index >= 0:
                widget.setCurrentIndex(index)
            else:
                widget.setEditText(value)
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value)
        else:
            assert isinstance(widget, QLineEdit)
            widget.setText(value)

    def is_dirty(self) -> bool:
        """True when something differs from what the dialog opened with."""
        return self.raw_values() != self._initial

    def problems(self) -> dict[str, str]:
        """Setting key → Swedish message, for every value that cannot be saved."""
        values = self.raw_values()
        return {k: msg for k, v in values.items() if (msg := service.check_setting(k, v)) is not None}

    def _changed(self, key: str) -> None:
        self._touched.add(key)
        self._refresh()

    def _refresh(self) -> None:
        problems = self.problems()
        if self._still_typing_municipality():
            problems_shown = {k: v for k, v in problems.items() if k != "municipality.code"}
        else:
            problems_shown = problems
        for key, error in self.errors.items():
            error.set_message(problems_shown.get(key) if key in self._touched else None)
        self.save_button.setEnabled(not problems)
        self.general_error.set_message(None)
        moved = self.raw_values()["municipality.code"] != self._initial["municipality.code"]
        self.municipality_note.setVisible(moved)

    def _still_typing_municipality(self) -> bool:
        """While part of a name is typed the completer's list is the answer, not a message."""
        typed = self.municipality.currentText().strip().casefold()
        return self.municipality.hasFocus() and bool(typed) and any(typed in n for n in self._municipality_codes)

    def show_errors(self, by_field: dict[str, str]) -> None:
        """Show messages beside their inputs and bring the first one's tab forward."""
        loose = []
        for key, message in by_field.items():
            if key in self.errors:
                self.errors[key].set_message(message)
            else:
                loose.append(message)
        self.general_error.set_message("\n".join(loose) if loose else None)
        first = next((k for k in self.errors if k in by_field), None)
        if first is not None:
            self.tabs.setCurrentIndex(self._tab_of[first])
            self.inputs[first].setFocus(Qt.FocusReason.OtherFocusReason)

    # -- actions ------------------------------------------------------------------------------

    def browse_logo(self) -> None:
        """Pick the logo image in a file dialog."""
        start = self.logo.text().strip() or str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a logo"), start, self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.logo.setText(path)

    def _update_preview(self) -> None:
        path = self.logo.text().strip()
        ok = bool(path) and service.check_setting("letter.logo_path", path) is None
        pixmap = QPixmap(path) if ok else QPixmap()
        height = self.fontMetrics().height() * 2
        self.logo_preview.setPixmap(pixmap.scaledToHeight(height, Qt.TransformationMode.SmoothTransformation)
                                    if not pixmap.isNull() else QPixmap())
        self.logo_preview.setVisible(not pixmap.isNull())

    def open_data_folder(self) -> None:
        """Show the data folder in the system's file manager."""
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(self.data_folder.text())):
            QMessageBox.information(self, self.tr("Data folder"), self.data_folder.text())

    def _show_keyring_state(self) -> None:
        on = keyring_opted_in(self.qsettings, self.ctx.db.path)
        self.keyring_state.setText(
            self.tr("On: sbdesk opens with the keyring on this computer.") if on
            else self.tr("Off: the passphrase is asked for every time sbdesk starts.")
        )
        self.keyring_button.setText(self.tr("Turn o&ff") if on else self.tr("Turn &on…"))
        self.keyring_button.setAccessibleName(
            self.tr("Turn off keyring unlock") if on else self.tr("Turn on keyring unlock")
        )

    def ask_passphrase(self) -> str | None:
        """The passphrase, asked for in a small dialog (None when cancelled)."""
        text, ok = QInputDialog.getText(
            self, self.tr("Keyring"), self.tr("Give your passphrase to turn on keyring unlock:"),
            QLineEdit.EchoMode.Password,
        )
        return text if ok and text else None

    def toggle_keyring(self) -> None:
        """Turn keyring unlock on (asks for the passphrase) or off; takes effect at once."""
        path = self.ctx.db.path
        if keyring_opted_in(self.qsettings, path):
            unlock.set_keyring(self.ctx, False)
            set_keyring_opt_in(self.qsettings, path, False)
            self._show_keyring_state()
            return
        passphrase = self.ask_passphrase()
        if passphrase is None:
            return
        try:
            with wait_cursor():
                unlock.set_keyring(self.ctx, True, passphrase)
        except WrongPassphrase as exc:
            QMessageBox.warning(self, self.tr("Keyring not turned on"), exc.message)
            return
        except KeyringUnavailable as exc:
            log.info("keyring opt-in not possible")
            QMessageBox.warning(
                self, self.tr("Keyring not turned on"),
                exc.message + "\n\n" + self.tr("sbdesk keeps asking for the passphrase, as before."),
            )
            return
        set_keyring_opt_in(self.qsettings, path, True)
        self._show_keyring_state()

    # -- saving and closing -------------------------------------------------------------------

    def accept(self) -> None:
        """Save what changed; stay open with messages beside the inputs when something is wrong."""
        problems = self.problems()
        if problems:
            self._touched.update(problems)
            self._refresh()
            self.show_errors(problems)
            return
        values = self.raw_values()
        changed = {k: v for k, v in values.items() if v != self._initial[k]}
        if changed:
            try:
                service.set_settings(self.ctx, changed)
            except ValidationError as exc:
                self.show_errors(exc.by_field())
                return
            except SbdeskError as exc:
                log.warning("settings not saved: %s", exc.code)
                QMessageBox.warning(self, self.tr("Not saved"), exc.message)
                return
            self._initial = values
            self.saved.emit()
        super().accept()

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        """The window's close button behaves like Cancel (with the same question); a hidden dialog just closes."""
        if not self.isVisible():
            event.accept()
            return
        super().closeEvent(event)
