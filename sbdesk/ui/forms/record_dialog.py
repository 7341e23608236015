"""A dialog that edits one record: validates each field as the user types, refuses to save what is
wrong, and asks before throwing away unsaved changes."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sbdesk.errors import SbdeskError, ValidationError
from sbdesk.services.forms import FieldSpec, check_field
from sbdesk.ui.forms.fields import FormField, Kind, is_invalid_choice, make_input
from sbdesk.ui.widgets import FieldError, GuardedDialog, make_default, with_error

log = logging.getLogger(__name__)

Saver = Callable[[dict[str, Any]], Any]


class RecordDialog(GuardedDialog):
    """Edit the fields of one record; `save(values)` is the service call (raises ValidationError)."""

    def __init__(
        self,
        title: str,
        fields: list[FormField],
        specs: list[FieldSpec],
        save: Saver,
        initial: dict[str, Any] | None = None,
        parent: QWidget | None = None,
        *,
        intro: str = "",
        extra: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.fields = fields
        self._specs = {s.name: s for s in specs}
        self._save = save
        self.result_value: Any = None
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, FieldError] = {}
        self._getters: dict[str, Callable[[], Any]] = {}
        self._setters: dict[str, Callable[[Any], None]] = {}
        self._touched: set[str] = set()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in fields:
            widget, getter, setter, signal = make_input(spec)
            widget.setAccessibleName(spec.label)
            widget.setObjectName(f"field_{spec.name}")
            if spec.help:
                widget.setToolTip(spec.help)
            error = FieldError(widget)
            self.inputs[spec.name] = widget
            self.errors[spec.name] = error
            self._getters[spec.name] = getter
            self._setters[spec.name] = setter
            signal.connect(lambda *_a, name=spec.name: self._changed(name))
            if spec.kind is Kind.FLAG:
                form.addRow("", with_error(widget, error))
            else:
                label = QLabel(spec.label + (" *" if spec.required else "") + ":")
                label.setBuddy(widget)
                form.addRow(label, with_error(widget, error))

        body = QWidget()
        body_layout = QVBoxLayout(body)
        if intro:
            intro_label = QLabel(intro)
            intro_label.setWordWrap(True)
            body_layout.addWidget(intro_label)
        body_layout.addLayout(form)
        if extra is not None:
            body_layout.addWidget(extra)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        self._body = body

        self.general_error = FieldError(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        save_shortcut.activated.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        make_default(self, self.save_button)
        self._fit_to(body)

        for name, value in (initial or {}).items():
            if name in self._setters:
                self._setters[name](value)
        self._initial = self.raw_values()
        self._touched.clear()
        self._refresh_errors()
        first = next(iter(self.inputs.values()), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fit_to(self, body: QWidget) -> None:
        """Open wide enough for every field (no sideways scrolling) and as tall as the screen allows."""
        hint = body.sizeHint()
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        max_height = int(screen.height() * 0.85) if screen is not None else 900
        width = max(self.fontMetrics().averageCharWidth() * 80, hint.width() + 48)
        self.setMinimumWidth(width)
        self.resize(width, min(max_height, hint.height() + 120))

    # -- values and validation ----------------------------------------------------------------

    def raw_values(self) -> dict[str, Any]:
        """Every field's current raw value (text as typed, ids and enum values as chosen)."""
        return {name: get() for name, get in self._getters.items()}

    def set_value(self, name: str, value: Any) -> None:
        """Set one field (as the user would)."""
        self._setters[name](value)

    def is_dirty(self) -> bool:
        """True when something differs from what the dialog opened with."""
        return self.raw_values() != self._initial

    def field_problem(self, name: str) -> str | None:
        """The Swedish message for one field's current value, or None."""
        value = self._getters[name]()
        if is_invalid_choice(value):
            return self.tr("Choose one of the options in the list.")
        spec = self._specs.get(name)
        if spec is None:
            return None
        return check_field([spec], name, value)

    def problems(self) -> dict[str, str]:
        """Every field with a problem."""
        return {name: msg for name in self._getters if (msg := self.field_problem(name)) is not None}

    def _changed(self, name: str) -> None:
        self._touched.add(name)
        self._refresh_errors()

    def _refresh_errors(self) -> None:
        problems = self.problems()
        for name, error in self.errors.items():
            error.set_message(problems.get(name) if name in self._touched else None)
        self.save_button.setEnabled(not problems)
        self.general_error.set_message(None)

    def show_errors(self, by_field: dict[str, str]) -> None:
        """Show service messages beside their fields (or below the form when no field matches)."""
        loose = []
        for name, message in by_field.items():
            if name in self.errors:
                self.errors[name].set_message(message)
            else:
                loose.append(message)
        self.general_error.set_message("\n".join(loose) if loose else None)

    # -- saving and closing -------------------------------------------------------------------

    def values_for_save(self) -> dict[str, Any]:
        """The raw values handed to the service (subclasses may adjust)."""
        return self.raw_values()

    def accept(self) -> None:
        """Save through the service; stay open with messages when it refuses."""
        problems = self.problems()
        if problems:
            self._touched.update(problems)
            self._refresh_errors()
            return
        try:
            self.result_value = self._save(self.values_for_save())
        except ValidationError as exc:
            self.show_errors(exc.by_field())
            return
        except SbdeskError as exc:
            log.warning("save refused: %s", exc.code)
            QMessageBox.warning(self, self.tr("Not saved"), exc.message)
            return
        self._initial = self.raw_values()
        super().accept()


class ActionDialog(RecordDialog):
    """A form for one step of a lifecycle (an offer, a request). Field errors stay beside their fields;
    a step the service refuses (e.g. someone else took it meanwhile) is shown and the dialog closes,
    because retrying it here cannot help. `refused` holds that error."""

    refused: SbdeskError | None = None

    def accept(self) -> None:
        """Take the step through the service."""
        problems = self.problems()
        if problems:
            self._touched.update(problems)
            self._refresh_errors()
            return
        try:
            self.result_value = self._save(self.values_for_save())
        except ValidationError as exc:
            self.show_errors(exc.by_field())
            return
        except SbdeskError as exc:
            log.warning("step refused: %s", getattr(exc, "error_code", exc.code))
            self.refused = exc
            QMessageBox.warning(self, self.tr("Step not possible"), exc.message)
            QDialog.reject(self)
            return
        self._initial = self.raw_values()
        QDialog.accept(self)
