"""The panel beside the requests register: the selected request's facts, its timeline (every step with
date, note and who took it), the other open requests for the same case, and quick-action buttons for
exactly the steps its lifecycle allows next."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGridLayout,
    QInputDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sbdesk.domain.rings import RequestDirection, RequestStatus
from sbdesk.errors import SbdeskError
from sbdesk.services import requests as service
from sbdesk.services.context import ServiceContext
from sbdesk.ui import formatting
from sbdesk.ui.badges import ProtectionBadge
from sbdesk.ui.pages.request_step_dialog import StepDialog, step_button_text, step_tooltip

OVERDUE_TEXT = "#b3261e"
StepRunner = Callable[[StepDialog], Any]


def household_text(row: service.RequestRow) -> str:
    """'1 vuxen, 2 barn' for an incoming request's household ('' when nothing is recorded)."""
    parts = []
    if row.adults is not None:
        parts.append(QCoreApplication.translate("RequestDetail", "%n adult(s)", "", row.adults))
    if row.children is not None:
        parts.append(QCoreApplication.translate("RequestDetail", "%n child/children", "", row.children))
    return ", ".join(parts)


class RequestDetailPanel(QWidget):
    """One request: facts, timeline, open siblings and the quick actions for its next steps."""

    changed = Signal()  # a step was taken: the register should reload
    open_case = Signal(int)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail: service.RequestDetail | None = None
        self.run_dialog: StepRunner = lambda dialog: dialog.exec()  # tests drive dialogs without exec()

        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.empty = QLabel(self.tr("Select a request to see its timeline and next steps."))
        self.empty.setWordWrap(True)

        self.case_label = QLabel()
        self.case_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.badge = ProtectionBadge()
        case_box = QWidget()
        case_row = QHBoxLayout(case_box)
        case_row.setContentsMargins(0, 0, 0, 0)
        case_row.addWidget(self.case_label)
        case_row.addWidget(self.badge)
        case_row.addStretch(1)
        self.case_title = QLabel(self.tr("Case:"))
        self.counterpart_label = QLabel()
        self.counterpart_label.setWordWrap(True)
        self.counterpart_title = QLabel()
        self.ring_label = QLabel()
        self.ring_label.setWordWrap(True)
        self.their_label = QLabel()
        self.due_label = QLabel()
        self.reason_label = QLabel()
        self.reason_label.setWordWrap(True)
        self.reason_title = QLabel(self.tr("Reason:"))
        facts = QFormLayout()
        facts.setContentsMargins(0, 0, 0, 0)
        facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        facts.addRow(self.case_title, case_box)
        facts.addRow(self.counterpart_title, self.counterpart_label)
        facts.addRow(self.tr("Housing ring:"), self.ring_label)
        facts.addRow(self.tr("Their reference:"), self.their_label)
        facts.addRow(self.tr("Answer due:"), self.due_label)
        facts.addRow(self.reason_title, self.reason_label)
        self.facts = QWidget()
        self.facts.setLayout(facts)

        self.timeline_title = QLabel(self.tr("Timeline"))
        self.timeline_title.setFont(font)
        self.timeline = QListWidget()
        self.timeline.setWordWrap(True)
        self.timeline.setAccessibleName(self.tr("Timeline"))
        self.timeline.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self.siblings_label = QLabel()
        self.siblings_label.setWordWrap(True)

        self.steps_title = QLabel(self.tr("Next step"))
        self.steps_title.setFont(font)
        self.no_steps = QLabel(self.tr("No further steps: the request is finished."))
        self.no_steps.setWordWrap(True)
        self.step_buttons: dict[RequestStatus, QPushButton] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for to in RequestStatus:
            if to is RequestStatus.DRAFT:
                continue
            button = QPushButton()
            button.clicked.connect(lambda _c=False, status=to: self.take_step(status))
            self.step_buttons[to] = button
        self.step_grid = grid
        self.open_case_button = QPushButton(self.tr("Open the &case"))
        self.open_case_button.setToolTip(self.tr("Open the request's case on the Cases page"))
        self.open_case_button.clicked.connect(self._open_case)
        self.identity_button = QPushButton(self.tr("Show &identity…"))
        self.identity_button.setToolTip(self.tr("The applicant's name and personnummer as the sending municipality "
                                                "gave them (the reading is logged)"))
        self.identity_button.clicked.connect(self.show_identity)
        self.letter_button = QPushButton(self.tr("Request &letter…"))
        self.letter_button.setToolTip(self.tr("Förfrågan om mottagande to the partner municipality, as a PDF letter"))
        self.letter_button.clicked.connect(self.request_letter)

        facts_column = QVBoxLayout()
        facts_column.addWidget(self.facts)
        facts_column.addStretch(1)
        timeline_column = QVBoxLayout()
        timeline_column.addWidget(self.timeline_title)
        timeline_column.addWidget(self.timeline, 1)
        timeline_column.addWidget(self.siblings_label)
        steps_column = QVBoxLayout()
        steps_column.addWidget(self.steps_title)
        steps_column.addLayout(grid)
        steps_column.addWidget(self.no_steps)
        steps_column.addStretch(1)
        steps_column.addWidget(self.identity_button)
        steps_column.addWidget(self.letter_button)
        steps_column.addWidget(self.open_case_button)
        columns = QHBoxLayout()
        columns.addLayout(facts_column, 5)
        columns.addSpacing(12)
        columns.addLayout(timeline_column, 5)
        columns.addSpacing(12)
        columns.addLayout(steps_column, 2)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addLayout(columns, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.show_detail(None)

    # -- showing ------------------------------------------------------------------------------

    @property
    def request_id(self) -> int | None:
        """The id of the request on show."""
        return None if self.detail is None else self.detail.row.id

    def load(self, request_id: int | None, *, logged: bool) -> None:
        """Show a request: `logged` opens it through the audit-logged service call (a user opened it)."""
        if request_id is None:
            self.show_detail(None)
            return
        try:
            detail = (service.open_request if logged else service.get_request)(self.ctx, request_id)
        except SbdeskError as exc:
            self.show_detail(None)
            QMessageBox.warning(self, self.tr("Could not open the request"), exc.message)
            return
        self.show_detail(detail)

    def show_detail(self, detail: service.RequestDetail | None) -> None:
        """Fill the panel (or empty it for None)."""
        self.detail = detail
        shown = detail is not None
        for widget in (self.facts, self.timeline_title, self.timeline, self.steps_title, self.siblings_label):
            widget.setVisible(shown)
        self.empty.setVisible(not shown)
        if detail is None:
            self.heading.setText(self.tr("Request"))
            self._show_steps([])
            self.no_steps.hide()
            self.open_case_button.hide()
            self.letter_button.hide()
            self.identity_button.hide()
            return
        row = detail.row
        self.heading.setText(f"{row.reference} · {row.direction.label} · {row.status_label}")
        self._show_facts(detail)
        self._show_timeline(detail)
        if detail.siblings:
            text = ", ".join(f"{s.counterpart_name} ({s.reference}, {s.status_label.lower()})" for s in detail.siblings)
            self.siblings_label.setText(self.tr("Also sent to: %1").replace("%1", text))
        self.siblings_label.setVisible(bool(detail.siblings))
        steps = [] if row.archived else row.next_steps
        self._show_steps(steps)
        self.no_steps.setVisible(not steps)
        self.no_steps.setText(self.tr("The request is archived.") if row.archived
                              else self.tr("No further steps: the request is finished."))
        self.open_case_button.setVisible(row.case is not None)
        self.letter_button.setVisible(row.case is not None and row.direction is RequestDirection.OUTGOING)
        self.identity_button.setVisible(bool(detail.values.get("has_identity")))

    def show_identity(self) -> bool:
        """'Visa identitet…': the received applicant's identity after a reason, logged; True when shown."""
        if self.detail is None:
            return False
        reason, ok = QInputDialog.getText(self, self.tr("Show identity"), self.tr(
            "Why do you need the applicant's identity? (written to the log)"))
        if not ok:
            return False
        try:
            person = service.reveal_received_identity(self.ctx, self.detail.row.id, reason.strip() or None)
        except SbdeskError as exc:
            QMessageBox.warning(self, self.tr("Show identity"), exc.message)
            return False
        text = f"{person.first_name} {person.last_name}"
        if person.personal_number:
            text += f"\n{person.personal_number}"
        QMessageBox.information(self, self.tr("Applicant (logged)"), text)
        return True

    def request_letter(self) -> None:
        """'Förfrågningsbrev…': the outgoing request as a letter to the partner, previewed first."""
        from sbdesk.ui.letter_dialog import show_letter

        if self.detail is not None and self.detail.row.case is not None:
            show_letter(self, self.ctx, "request", request_id=self.detail.row.id)

    def _show_facts(self, detail: service.RequestDetail) -> None:
        row = detail.row
        if row.direction is RequestDirection.OUTGOING:
            self.case_title.setText(self.tr("Case:"))
            self.case_label.setText(row.case.display_name if row.case is not None else "—")
            self.badge.set_level(row.case.protection_level if row.case is not None else None)
            self.counterpart_title.setText(self.tr("Sent to:"))
        else:
            self.case_title.setText(self.tr("Household:"))
            parts = [household_text(row) or self.tr("Received household")]
            rooms = detail.values.get("rooms_needed")
            if rooms:
                parts.append(self.tr("needs %1 rok").replace("%1", str(rooms)))
            self.case_label.setText(" · ".join(p for p in parts if p))
            self.badge.set_level(None)
            self.counterpart_title.setText(self.tr("Received from:"))
        self.counterpart_label.setText(f"{row.counterpart_name} ({row.counterpart_municipality_code})")
        self.ring_label.setText(row.ring_name or self.tr("none"))
        self.their_label.setText(row.counterpart_reference or "—")
        overdue = row.days_overdue(date.today())
        due = formatting.day(row.due_on) or "—"
        if overdue:
            due += " · " + self.tr("%n day(s) overdue", "", overdue)
        self.due_label.setText(due)
        self.due_label.setStyleSheet(f"color: {OVERDUE_TEXT}; font-weight: bold;" if overdue else "")
        reason = detail.values.get("decline_reason") or detail.values.get("withdraw_reason") or ""
        self.reason_label.setText(reason)
        self.reason_label.setVisible(bool(reason))
        self.reason_title.setVisible(bool(reason))

    def _show_timeline(self, detail: service.RequestDetail) -> None:
        self.timeline.clear()
        for step in detail.steps:
            text = f"{formatting.day(step.on_date)} · {step.status_label} · {step.actor}"
            if step.note:
                text += "\n" + step.note
            item = QListWidgetItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.timeline.addItem(item)

    def _show_steps(self, steps: list[RequestStatus]) -> None:
        while self.step_grid.count():
            self.step_grid.takeAt(0)
        for button in self.step_buttons.values():
            button.hide()
        direction = self.detail.row.direction if self.detail is not None else RequestDirection.OUTGOING
        for i, to in enumerate(steps):
            button = self.step_buttons[to]
            button.setText(step_button_text(to, direction))
            button.setToolTip(step_tooltip(to, direction))
            self.step_grid.addWidget(button, i, 0)
            button.show()

    def offered_steps(self) -> list[RequestStatus]:
        """The steps whose buttons are on show (exactly the legal next steps)."""
        return [to for to, button in self.step_buttons.items() if not button.isHidden()]

    # -- acting -------------------------------------------------------------------------------

    def take_step(self, to: RequestStatus) -> bool:
        """Quick action: ask the step's date (and reason), confirm withdrawing siblings on accept; True when taken."""
        if self.detail is None or to not in self.detail.row.next_steps:
            return False
        row = self.detail.row
        withdraw: list[service.RequestRow] = []
        if to is RequestStatus.ACCEPTED and self.detail.siblings:
            siblings = service.siblings_open(self.ctx, row.id)
            if siblings:
                names = ", ".join(s.counterpart_name for s in siblings)
                answer = QMessageBox.question(
                    self, self.tr("Withdraw the other requests?"),
                    self.tr("Withdraw the requests to %1?").replace("%1", names),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                    | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes)
                if answer == QMessageBox.StandardButton.Cancel:
                    return False
                if answer == QMessageBox.StandardButton.Yes:
                    withdraw = siblings
        previous = max((st.on_date for st in self.detail.steps), default=None)
        dialog = StepDialog(self.ctx, row, to, previous, self, withdraw_others=withdraw)
        try:
            self.run_dialog(dialog)
            taken = dialog.result() == QDialog.DialogCode.Accepted.value
            refused = dialog.refused is not None
        finally:
            dialog.deleteLater()
        if taken or refused:
            self.load(row.id, logged=False)
            self.changed.emit()
        return taken

    def _open_case(self) -> None:
        if self.detail is not None and self.detail.row.case is not None:
            self.open_case.emit(self.detail.row.case.id)
