"""The household in the case form: members with role and birth year (identities: pages/identity.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sbdesk.domain.enums import MemberRole
from sbdesk.services.cases import MEMBER_FIELDS, Identity, MemberRow
from sbdesk.services.forms import check_field
from sbdesk.ui.widgets import FieldError, with_error

Reveal = Callable[[str | None], list[Identity]]
WARNING_STYLE = "background: #fdecea; color: #5f1410; border: 1px solid #b3261e; padding: 6px; font-weight: bold;"


class MemberEditor(QWidget):
    """One member row: role, birth year, whether an identity is recorded, and a remove button."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, key: int, member: MemberRow | None, role: MemberRole, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.member_id = member.id if member is not None else None
        self.has_identity = bool(member is not None and member.has_identity)
        self.role = QComboBox()
        for label, value in MemberRole.options():
            self.role.addItem(label, value)
        self.role.setCurrentIndex(self.role.findData((member.role if member else role).value))
        self.birth_year = QLineEdit("" if member is None else str(member.birth_year))
        self.birth_year.setPlaceholderText(self.tr("YYYY"))
        self.birth_year.setMaxLength(4)
        self.birth_year.setFixedWidth(self.fontMetrics().averageCharWidth() * 10)
        self.birth_error = FieldError(self.birth_year)
        status = self.tr("identity recorded") if self.has_identity else (
            self.tr("new") if member is None else self.tr("no identity"))
        self.status = QLabel(status)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        self._touched = False
        self.role.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.birth_year.textChanged.connect(self._typed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.role)
        layout.addWidget(with_error(self.birth_year, self.birth_error), 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.remove_button)
        self.set_number(1)

    def set_number(self, number: int) -> None:
        """Name the inputs after the member's position (for screen readers)."""
        self.role.setAccessibleName(self.tr("Role, person %1").replace("%1", str(number)))
        self.birth_year.setAccessibleName(self.tr("Birth year, person %1").replace("%1", str(number)))
        self.remove_button.setAccessibleName(self.tr("Remove person %1").replace("%1", str(number)))

    def values(self) -> dict[str, Any]:
        """Role value and birth year as typed."""
        return {"role": self.role.currentData(), "birth_year": self.birth_year.text().strip()}

    def describe(self) -> str:
        """'Sökande, född 1985' – role and birth year, never a name."""
        role = self.role.currentText()
        year = self.birth_year.text().strip()
        return self.tr("%1, born %2").replace("%1", role).replace("%2", year) if year else role

    def problem(self) -> str | None:
        """The Swedish message for the birth year, or None."""
        return check_field(MEMBER_FIELDS, "birth_year", self.birth_year.text())

    def show_problem(self, everything: bool = False) -> None:
        """Show the birth year's message once typed in (or always)."""
        self._touched = self._touched or everything
        self.birth_error.set_message(self.problem() if self._touched else None)

    def _typed(self) -> None:
        self._touched = True
        self.show_problem()
        self.changed.emit()


class HouseholdEditor(QGroupBox):
    """The people who move together: add, edit and remove members (saved with the case)."""

    changed = Signal()
    member_added = Signal(object)
    member_removed = Signal(object)

    def __init__(self, members: list[MemberRow], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Household"), parent)
        self.editors: list[MemberEditor] = []
        self.removed: list[int] = []
        self._next_key = 0
        self.rows = QVBoxLayout()
        self.summary = QLabel()
        self.add_button = QPushButton(self.tr("Add &person"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_member)
        bottom = QHBoxLayout()
        bottom.addWidget(self.add_button)
        bottom.addStretch(1)
        bottom.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(self.rows)
        layout.addLayout(bottom)
        for member in members:
            self._add(member, member.role)
        self._initial = self.state()
        self._renumber()

    def _add(self, member: MemberRow | None, role: MemberRole) -> MemberEditor:
        self._next_key += 1
        editor = MemberEditor(self._next_key, member, role)
        editor.changed.connect(self._changed)
        editor.remove_requested.connect(self.remove_member)
        self.editors.append(editor)
        self.rows.addWidget(editor)
        editor.show()  # at once, not when the event loop gets to it
        return editor

    def add_member(self) -> MemberEditor:
        """A new member: the applicant first, then children by default."""
        role = MemberRole.CHILD if self.editors else MemberRole.APPLICANT
        editor = self._add(None, role)
        self._renumber()
        self.member_added.emit(editor)
        editor.birth_year.setFocus(Qt.FocusReason.OtherFocusReason)
        self._changed()
        return editor

    def remove_member(self, editor: MemberEditor) -> bool:
        """Take a member out (a stored member after confirmation; removed for real on save)."""
        if editor.member_id is not None:
            answer = QMessageBox.question(
                self, self.tr("Remove person"),
                self.tr("Remove %1 from the household? A recorded identity is removed too when you save.")
                .replace("%1", editor.describe()),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
            self.removed.append(editor.member_id)
        self.editors.remove(editor)
        self.rows.removeWidget(editor)
        editor.hide()
        editor.deleteLater()
        self._renumber()
        self.member_removed.emit(editor)
        self._changed()
        return True

    def _renumber(self) -> None:
        for number, editor in enumerate(self.editors, 1):
            editor.set_number(number)
        children = sum(e.role.currentData() == MemberRole.CHILD.value for e in self.editors)
        self.summary.setText(self.tr("%n person(s)", "", len(self.editors)) + ", "
                             + self.tr("%n child(ren)", "", children))

    def _changed(self) -> None:
        self._renumber()
        self.changed.emit()

    def state(self) -> tuple[Any, ...]:
        """Everything the user can change, for the unsaved-changes check."""
        return tuple((e.member_id, tuple(e.values().items())) for e in self.editors), tuple(self.removed)

    def is_dirty(self) -> bool:
        """True when members were added, removed or changed."""
        return self.state() != self._initial

    def problems(self) -> dict[str, str]:
        """Messages keyed 'household.<key>.birth_year'."""
        return {f"household.{e.key}.birth_year": msg for e in self.editors if (msg := e.problem())}

    def show_all_problems(self) -> None:
        """Show every member's message (after a refused save)."""
        for editor in self.editors:
            editor.show_problem(everything=True)

    def focus_chain(self) -> list[QWidget]:
        """The inputs in tab order: each member's row, then 'Add person'."""
        return [w for e in self.editors for w in (e.role, e.birth_year, e.remove_button)] + [self.add_button]

    def new_members(self) -> list[MemberEditor]:
        """Members added in this dialog, in order."""
        return [e for e in self.editors if e.member_id is None]

    def updates(self) -> dict[int, dict[str, Any]]:
        """Stored members whose role or birth year changed: member id → changed values."""
        initial = {mid: dict(values) for mid, values in self._initial[0] if mid is not None}
        out = {}
        for e in self.editors:
            if e.member_id is not None:
                changed = {k: v for k, v in e.values().items() if initial[e.member_id].get(k) != v}
                if changed:
                    out[e.member_id] = changed
        return out


IDENTITY_INPUTS = ["first_name", "last_name", "personal_number", "phone", "email", "address"]
