"""The identity section of the case form: stored names appear only after a logged reveal and are
forgotten when the dialog closes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sbdesk.domain.enums import ProtectionLevel
from sbdesk.errors import SbdeskError
from sbdesk.services.cases import IDENTITY_FIELDS, Identity
from sbdesk.services.forms import check_field
from sbdesk.ui.clipboard import SensitiveCopy
from sbdesk.ui.pages.household import (
    IDENTITY_INPUTS,
    WARNING_STYLE,
    HouseholdEditor,
    MemberEditor,
    Reveal,
)
from sbdesk.ui.widgets import FieldError, with_error


class IdentityForm(QGroupBox):
    """Name, personnummer and contact details of one member, validated as typed."""

    changed = Signal()

    def __init__(self, editor: MemberEditor, identity: Identity | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.stored = identity is not None
        self.inputs: dict[str, QLineEdit] = {}
        self.errors: dict[str, FieldError] = {}
        self._touched: set[str] = set()
        labels = {"first_name": self.tr("First name"), "last_name": self.tr("Last name"),
                  "personal_number": self.tr("Personal identity number"), "phone": self.tr("Phone"),
                  "email": self.tr("E-mail"), "address": self.tr("Address")}
        self._labels = labels
        form = QFormLayout(self)
        for name in IDENTITY_INPUTS:
            line = QLineEdit("" if identity is None else (getattr(identity, name) or ""))
            line.setObjectName(f"identity_{name}")
            if name == "personal_number":
                line.setPlaceholderText(self.tr("YYYYMMDD-NNNN"))
                SensitiveCopy(line)  # a copied personnummer is cleared from the clipboard after 20 s
            error = FieldError(line)
            line.textChanged.connect(lambda _t, n=name: self._typed(n))
            self.inputs[name], self.errors[name] = line, error
            label = QLabel(labels[name] + ":")
            label.setBuddy(line)
            form.addRow(label, with_error(line, error))
        self._initial = self.values()
        editor.changed.connect(self._retitle)
        self._retitle()

    def _retitle(self) -> None:
        title = self.editor.describe()
        self.setTitle(title)
        for name, line in self.inputs.items():
            line.setAccessibleName(f"{self._labels[name]} ({title})")

    def values(self) -> dict[str, str]:
        """Every field as typed (trimmed)."""
        return {name: line.text().strip() for name, line in self.inputs.items()}

    def changed_values(self) -> dict[str, str]:
        """Fields that differ from what the form opened with."""
        return {k: v for k, v in self.values().items() if self._initial[k] != v}

    def is_blank(self) -> bool:
        """True when nothing is typed (a new member without identity)."""
        return not any(self.values().values())

    def problems(self) -> dict[str, str]:
        """Messages per field; an empty form of a member without a stored identity is fine."""
        if not self.stored and self.is_blank():
            return {}
        values = self.values()
        return {n: msg for n in IDENTITY_INPUTS if (msg := check_field(IDENTITY_FIELDS, n, values[n]))}

    def show_problems(self, everything: bool = False) -> None:
        """Show messages beside the fields typed in (or all)."""
        problems = self.problems()
        for name, error in self.errors.items():
            shown = everything or name in self._touched
            error.set_message(problems.get(name) if shown else None)

    def show_error(self, name: str, message: str) -> None:
        """Show a service message beside a field."""
        if name in self.errors:
            self.errors[name].set_message(message)

    def forget(self) -> None:
        """Clear every field (closing the dialog forgets what was shown)."""
        for line in self.inputs.values():
            line.blockSignals(True)
            line.clear()
            line.blockSignals(False)
        self._initial = self.values()

    def _typed(self, name: str) -> None:
        self._touched.add(name)
        self.show_problems()
        self.changed.emit()


class IdentitySection(QWidget):
    """Identities, collapsed and hidden: stored ones appear only after 'Visa identitet' (logged)."""

    changed = Signal()
    forms_changed = Signal()

    def __init__(self, household: HouseholdEditor, reveal: Reveal | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.household = household
        self._reveal = reveal
        self.revealed = False
        self.forms: dict[int, IdentityForm] = {}
        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setStyleSheet("QToolButton { border: none; font-weight: bold; }")
        self.toggle.toggled.connect(self.expand)
        self.content = QWidget()
        self.info = QLabel(
            self.tr("Names and personal identity numbers are shown only when you ask, and every time is logged.")
            if reveal is not None else self.tr("Enter identities for the people you add. They never appear in lists.")
        )
        self.info.setWordWrap(True)
        self.reveal_button = QPushButton(self.tr("Show &identity"))
        self.reveal_button.setAutoDefault(False)
        self.reveal_button.setVisible(reveal is not None)
        self.reveal_button.clicked.connect(self.reveal)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.hide()
        self._level = ProtectionLevel.NONE
        self.forms_layout = QVBoxLayout()
        inner = QVBoxLayout(self.content)
        inner.setContentsMargins(18, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.info, 1)
        row.addWidget(self.reveal_button, 0, Qt.AlignmentFlag.AlignTop)
        inner.addLayout(row)
        inner.addWidget(self.warning)
        inner.addLayout(self.forms_layout)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle)
        layout.addWidget(self.content)
        household.member_added.connect(lambda editor: self._add_form(editor, None))
        household.member_removed.connect(self._remove_form)
        for editor in household.new_members():
            self._add_form(editor, None)
        self.expand(False)

    def expand(self, shown: bool) -> None:
        """Open or collapse the section."""
        self.content.setVisible(shown)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        title = self.tr("Identity (shown in this window only)") if self.revealed else self.tr("Identity (hidden)")
        self.toggle.setText(title)
        self.toggle.setAccessibleName(title)
        if self.toggle.isChecked() != shown:
            self.toggle.setChecked(shown)

    def set_protection(self, level: ProtectionLevel | None) -> None:
        """The case's protection level: a warning line above revealed data of protected cases."""
        self._level = level or ProtectionLevel.NONE
        self._update_warning()

    def _update_warning(self) -> None:
        text = self.tr("%1: protected personal data – never give out address or phone.").replace(
            "%1", self._level.label)
        self.warning.setText(text)
        self.warning.setVisible(self._level.protected and (self.revealed or bool(self.forms)))

    def ask_reason(self) -> tuple[str, bool]:
        """Ask for an optional reason for the reveal (written to the audit log)."""
        return QInputDialog.getText(self, self.tr("Show identity"),
                                    self.tr("Reason (optional, written to the log):"))

    def reveal(self) -> bool:
        """Ask for a reason, reveal through the service (one audit event), then show the identities."""
        if self._reveal is None or self.revealed:
            return False
        reason, ok = self.ask_reason()
        if not ok:
            return False
        try:
            identities = {i.member_id: i for i in self._reveal(reason.strip() or None)}
        except SbdeskError as exc:
            QMessageBox.warning(self, self.tr("Show identity"), exc.message)
            return False
        self.revealed = True
        for editor in self.household.editors:  # stored members get their forms, in household order
            if editor.member_id is not None:
                self._add_form(editor, identities.get(editor.member_id))
        for editor in self.household.editors:
            self.forms_layout.addWidget(self.forms[editor.key])
        self.forms_changed.emit()
        self.reveal_button.hide()
        self.info.hide()
        self.expand(True)
        self._update_warning()
        return True

    def _add_form(self, editor: MemberEditor, identity: Identity | None) -> None:
        form = IdentityForm(editor, identity)
        form.changed.connect(self.changed)
        self.forms[editor.key] = form
        self.forms_layout.addWidget(form)
        form.show()
        self._update_warning()
        self.forms_changed.emit()

    def _remove_form(self, editor: MemberEditor | int) -> None:
        form = self.forms.pop(editor if isinstance(editor, int) else editor.key, None)
        if form is not None:
            form.forget()
            self.forms_layout.removeWidget(form)
            form.deleteLater()
        self._update_warning()
        self.forms_changed.emit()

    def focus_chain(self) -> list[QWidget]:
        """The inputs in tab order: the header, the reveal button, then each form's fields."""
        forms = [self.forms[e.key] for e in self.household.editors if e.key in self.forms]
        return [self.toggle, self.reveal_button] + [w for f in forms for w in f.inputs.values()]

    def form_for(self, editor: MemberEditor) -> IdentityForm | None:
        """The identity form of a member, if one is shown."""
        return self.forms.get(editor.key)

    def problems(self) -> dict[str, str]:
        """Messages keyed 'identity.<key>.<field>'."""
        return {f"identity.{key}.{n}": msg for key, form in self.forms.items() for n, msg in form.problems().items()}

    def show_all_problems(self) -> None:
        """Show every message and open the section when something is wrong."""
        for form in self.forms.values():
            form.show_problems(everything=True)
        if self.problems():
            self.expand(True)

    def is_dirty(self) -> bool:
        """True when an identity was typed or changed."""
        return any(form.changed_values() for form in self.forms.values())

    def identity_of(self, editor: MemberEditor) -> dict[str, str] | None:
        """A new member's identity for saving (None when left blank)."""
        form = self.forms.get(editor.key)
        return None if form is None or form.is_blank() else form.values()

    def identity_updates(self) -> dict[int, dict[str, str]]:
        """Revealed identities of stored members that changed: member id → changed fields (a member
        without a stored identity gets every field, so a new identity is complete)."""
        out: dict[int, dict[str, str]] = {}
        for editor in self.household.editors:
            form = self.forms.get(editor.key)
            if editor.member_id is None or form is None or not form.changed_values():
                continue
            out[editor.member_id] = form.changed_values() if form.stored else form.values()
        return out

    def forget(self) -> None:
        """Drop everything shown or typed (called when the dialog closes)."""
        for key in list(self.forms):
            self._remove_form(key)
        self.revealed = False
        self.warning.hide()
