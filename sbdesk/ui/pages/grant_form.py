"""The grant year form: questions 1–4 and 7–9 of the återrapportering, grouped as the form asks them,
checked as the user types, with the unused money worked out live and costs above the grant confirmed."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sbdesk.domain.grant import GrantAssessment, WithoutGrant
from sbdesk.errors import SbdeskError, ValidationError
from sbdesk.services import grant as service
from sbdesk.services.context import ServiceContext
from sbdesk.ui import formatting
from sbdesk.ui.forms.fields import FormField, Kind, is_invalid_choice, make_input
from sbdesk.ui.widgets import FieldError, GuardedDialog, make_default, with_error

log = logging.getLogger(__name__)


class GrantYearDialog(GuardedDialog):
    """Edit one year's grant, costs and answers; save refused while a field is wrong."""

    def __init__(self, ctx: ServiceContext, year: int, parent: QWidget | None = None,
                 today: Callable[[], Any] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.year = year
        self._today = today
        self.result_value: service.GrantYearRow | None = None
        self.setWindowTitle(self.tr("Grant %1").replace("%1", str(year)))
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, FieldError] = {}
        self._getters: dict[str, Callable[[], Any]] = {}
        self._setters: dict[str, Callable[[Any], None]] = {}
        self._touched: set[str] = set()

        yes_no = [(self.tr("Yes"), True), (self.tr("No"), False)]
        groups: list[tuple[str, list[FormField]]] = [
            (self.tr("1–2. Grant and costs by item"), [
                FormField("granted_sek", self.tr("Granted amount"), Kind.KRONOR),
                FormField("cost_salaries_sek", self.tr("Salaries"), Kind.KRONOR),
                FormField("cost_services_sek", self.tr("Purchased services, material, rented equipment"), Kind.KRONOR),
                FormField("cost_travel_sek", self.tr("Travel, food and lodging"), Kind.KRONOR),
            ]),
            (self.tr("3. Why was money left unused?"), [
                FormField("unused_time_shortage", self.tr("Lack of time"), Kind.FLAG),
                FormField("unused_staff_shortage", self.tr("Lack of staff"), Kind.FLAG),
                FormField("unused_other", self.tr("Other reason"), Kind.FLAG),
                FormField("unused_other_text", self.tr("Other reason, described"), Kind.MULTILINE),
            ]),
            (self.tr("4. Development work"), [
                FormField("strengthened_existing", self.tr("Strengthened existing work"), Kind.CHOICE,
                          options=yes_no),
                FormField("started_new", self.tr("Started new work"), Kind.CHOICE, options=yes_no),
            ]),
            (self.tr("7–8. Assessment"), [
                FormField("assessment", self.tr("The grant strengthened the work"), Kind.CHOICE,
                          options=GrantAssessment.options()),
                FormField("without_grant", self.tr("Activities would have happened without the grant"), Kind.CHOICE,
                          options=WithoutGrant.options()),
            ]),
            (self.tr("9. Documentation and dissemination"), [
                FormField("disseminated", self.tr("Results documented and disseminated"), Kind.CHOICE,
                          options=yes_no),
                FormField("documentation", self.tr("How (documentation and dissemination)"), Kind.MULTILINE),
            ]),
        ]
        body = QWidget()
        column = QVBoxLayout(body)
        intro = QLabel(self.tr("The answers to Socialstyrelsen's questions for %1. Amounts in whole kronor, "
                               "e.g. 822 900. Activity areas and partners (questions 5–6) come from the "
                               "activities and the recorded data.").replace("%1", str(year)))
        intro.setWordWrap(True)
        column.addWidget(intro)
        for title, fields in groups:
            box = QGroupBox(title)
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for spec in fields:
                self._add_field(form, spec)
            if fields[0].name == "granted_sek":
                self.money = QLabel()
                self.money.setObjectName("money_preview")
                self.money.setWordWrap(True)
                self.money_warning = FieldError(self.money)
                form.addRow("", with_error(self.money, self.money_warning))
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)

        self.general_error = FieldError(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        make_default(self, self.save_button)
        width = max(self.fontMetrics().averageCharWidth() * 110, body.sizeHint().width() + 48)
        self.setMinimumWidth(width)
        screen = self.screen().availableGeometry().height() if self.screen() is not None else 900
        self.resize(width, min(body.sizeHint().height() + 120, int(screen * 0.9)))

        row = service.get_grant_year(ctx, year)
        for name, value in (row.values() if row else {}).items():
            self._setters[name](value)
        self._initial = self.raw_values()
        self._touched.clear()
        self._refresh()
        self.inputs["granted_sek"].setFocus(Qt.FocusReason.OtherFocusReason)

    def _add_field(self, form: QFormLayout, spec: FormField) -> None:
        widget, getter, setter, signal = make_input(spec)
        widget.setAccessibleName(spec.label)
        widget.setObjectName(f"field_{spec.name}")
        error = FieldError(widget)
        self.inputs[spec.name], self.errors[spec.name] = widget, error
        self._getters[spec.name], self._setters[spec.name] = getter, setter
        signal.connect(lambda *_a, name=spec.name: self._changed(name))
        if spec.kind is Kind.FLAG:
            form.addRow("", with_error(widget, error))
        else:
            label = QLabel(spec.label + ":")
            label.setBuddy(widget)
            form.addRow(label, with_error(widget, error))

    # -- values and checks --------------------------------------------------------------------

    def raw_values(self) -> dict[str, Any]:
        """Every field's value as typed or chosen."""
        return {name: get() for name, get in self._getters.items()}

    def set_value(self, name: str, value: Any) -> None:
        """Set one field as the user would."""
        self._setters[name](value)

    def is_dirty(self) -> bool:
        """True when something differs from what the dialog opened with."""
        return self.raw_values() != self._initial

    def problems(self) -> dict[str, str]:
        """Every field with a problem, with its Swedish message."""
        values = self.raw_values()
        problems = {n: self.tr("Choose one of the options in the list.") for n, v in values.items()
                    if is_invalid_choice(v)}
        clean = {n: v for n, v in values.items() if n not in problems}
        return {**service.grant_year_problems(clean), **problems}

    def _changed(self, name: str) -> None:
        self._touched.add(name)
        if name == "unused_other":  # ticking "other reason" asks for its description at once
            self._touched.add("unused_other_text")
        self._refresh()

    def _refresh(self) -> None:
        problems = self.problems()
        for name, error in self.errors.items():
            error.set_message(problems.get(name) if name in self._touched else None)
        self.save_button.setEnabled(not problems)
        self.general_error.set_message(None)
        preview = service.preview_money(self.raw_values())
        unused = formatting.kronor(preview.unused_sek) if preview.unused_sek is not None else "–"
        share = f"{preview.unused_share_percent} %" if preview.unused_share_percent is not None else "–"
        self.money.setText(self.tr("Costs %1 · unused %2 · share unused %3")
                           .replace("%1", formatting.kronor(preview.cost_total_sek)).replace("%2", unused)
                           .replace("%3", share))
        self.money_warning.set_message(preview.warning)

    # -- saving and closing -------------------------------------------------------------------

    def _save(self, confirm: bool) -> service.GrantYearRow:
        today = self._today() if self._today else None
        return service.save_grant_year(self.ctx, self.year, self.raw_values(), confirm_over_grant=confirm, today=today)

    def accept(self) -> None:
        """Save; costs above the grant are saved only after the user confirms them."""
        problems = self.problems()
        if problems:
            self._touched.update(problems)
            self._refresh()
            return
        try:
            try:
                self.result_value = self._save(confirm=False)
            except ValidationError as exc:
                if exc.error_code != "COSTS_EXCEED_GRANT":
                    raise
                answer = QMessageBox.question(
                    self, self.tr("Costs exceed the grant"), exc.message + "\n\n" + self.tr("Save anyway?"),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
                if answer != QMessageBox.StandardButton.Yes:
                    return
                self.result_value = self._save(confirm=True)
        except ValidationError as exc:
            loose = [msg for name, msg in exc.by_field().items() if name not in self.errors]
            for name, msg in exc.by_field().items():
                if name in self.errors:
                    self.errors[name].set_message(msg)
            self.general_error.set_message("\n".join(loose) or None)
            return
        except SbdeskError as exc:
            log.warning("grant year not saved: %s", getattr(exc, "error_code", exc.code))
            QMessageBox.warning(self, self.tr("Not saved"), exc.message)
            return
        self._initial = self.raw_values()
        super().accept()
