"""The dialog of one quick action on a request (förfrågan): the step's date, a reason where one is
required (declined, withdrawn) and a note. The date is checked as it is typed: not in the future and
not before the request's previous step."""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from sbdesk.domain.rings import RequestDirection, RequestStatus
from sbdesk.domain.validators import parse_date
from sbdesk.errors import SbdeskError
from sbdesk.services import forms as f
from sbdesk.services import requests as service
from sbdesk.services.context import ServiceContext
from sbdesk.ui.forms.fields import FormField, Kind
from sbdesk.ui.forms.record_dialog import ActionDialog

log = logging.getLogger(__name__)

S = RequestStatus
OUTGOING = RequestDirection.OUTGOING


_IN, _OUT = RequestDirection.INCOMING, RequestDirection.OUTGOING
# (step, direction or None for both) → English source, translated in context "RequestSteps"
_BUTTONS: dict[tuple[RequestStatus, RequestDirection | None], str] = {
    (S.SENT, None): QT_TRANSLATE_NOOP("RequestSteps", "Mark as &sent…"),
    (S.ACCEPTED, _OUT): QT_TRANSLATE_NOOP("RequestSteps", "Answer: &accepted…"),
    (S.ACCEPTED, _IN): QT_TRANSLATE_NOOP("RequestSteps", "&Accept the request…"),
    (S.DECLINED, _OUT): QT_TRANSLATE_NOOP("RequestSteps", "Answer: &declined…"),
    (S.DECLINED, _IN): QT_TRANSLATE_NOOP("RequestSteps", "D&ecline the request…"),
    (S.APARTMENT_FOUND, None): QT_TRANSLATE_NOOP("RequestSteps", "Apartment &found…"),
    (S.MOVED, None): QT_TRANSLATE_NOOP("RequestSteps", "Household &moved…"),
    (S.CLOSED, None): QT_TRANSLATE_NOOP("RequestSteps", "&Close the request…"),
    (S.WITHDRAWN, None): QT_TRANSLATE_NOOP("RequestSteps", "&Withdraw…"),
}
_TOOLTIPS: dict[tuple[RequestStatus, RequestDirection | None], str] = {
    (S.SENT, None): QT_TRANSLATE_NOOP("RequestSteps", "The request has been sent; the answer's due date follows"),
    (S.ACCEPTED, _OUT): QT_TRANSLATE_NOOP("RequestSteps", "The other municipality accepts to receive the household"),
    (S.ACCEPTED, _IN): QT_TRANSLATE_NOOP("RequestSteps", "We accept to receive the household"),
    (S.DECLINED, _OUT): QT_TRANSLATE_NOOP("RequestSteps", "The other municipality declines (a reason is required)"),
    (S.DECLINED, _IN): QT_TRANSLATE_NOOP("RequestSteps", "We decline the request (a reason is required)"),
    (S.APARTMENT_FOUND, None): QT_TRANSLATE_NOOP("RequestSteps", "An apartment has been found for the household"),
    (S.MOVED, None): QT_TRANSLATE_NOOP("RequestSteps", "The household has moved (verkställd)"),
    (S.CLOSED, None): QT_TRANSLATE_NOOP("RequestSteps", "Follow-up done: the request is closed"),
    (S.WITHDRAWN, None): QT_TRANSLATE_NOOP("RequestSteps", "The request is withdrawn (a reason is required)"),
}


def _lookup(table: dict[tuple[RequestStatus, RequestDirection | None], str], to: RequestStatus,
            direction: RequestDirection) -> str | None:
    source = table.get((to, direction)) or table.get((to, None))
    return None if source is None else QCoreApplication.translate("RequestSteps", source)


def step_button_text(to: RequestStatus, direction: RequestDirection) -> str:
    """The quick-action button for moving a request to `to` (with a mnemonic and an ellipsis)."""
    return _lookup(_BUTTONS, to, direction) or to.label_for(direction)


def step_tooltip(to: RequestStatus, direction: RequestDirection) -> str:
    """What the quick action records, in one sentence."""
    return _lookup(_TOOLTIPS, to, direction) or ""


def _date_parser(previous: date | None, today: date) -> f.Parser:
    return lambda value, field: parse_date(value, field=field, min_date=previous, max_date=today)


class StepDialog(ActionDialog):
    """Take one step of a request: date (default today), reason when required, note."""

    def __init__(self, ctx: ServiceContext, row: service.RequestRow, to: RequestStatus, previous: date | None,
                 parent: QWidget | None = None, *, withdraw_others: list[service.RequestRow] | None = None,
                 today: date | None = None) -> None:
        today = today or date.today()
        self.ctx, self.row, self.to = ctx, row, to
        self.withdraw_others = list(withdraw_others or [])
        self.refused: SbdeskError | None = None
        needs_reason = to in service.REASON_REQUIRED
        specs = [f.FieldSpec("on", "Datum", _date_parser(previous, today), required=True),
                 f.FieldSpec("note", "Anteckning", f.long_text)]
        fields = [FormField("on", self.tr("Date of the step"), Kind.DATE, True)]
        if needs_reason:
            specs.append(f.FieldSpec("reason", "Skäl", f.long_text, required=True))
            fields.append(FormField("reason", self.tr("Reason (written to the log)"), Kind.MULTILINE, True))
        fields.append(FormField("note", self.tr("Note on the step"), Kind.MULTILINE))
        label = to.label_for(row.direction)
        title = self.tr("Request %1: %2").replace("%1", row.reference).replace("%2", label)
        super().__init__(title, fields, specs, self._save_step, {"on": today}, parent, intro=self._intro(previous))
        self.setAccessibleName(title)

    def _intro(self, previous: date | None) -> str:
        label = self.to.label_for(self.row.direction).lower()
        about = (self.tr("Record the step ”%1” for the request to %2.") if self.row.direction is OUTGOING
                 else self.tr("Record the step ”%1” for the request from %2."))
        lines = [about.replace("%1", label).replace("%2", self.row.counterpart_name)]
        if previous is not None:
            lines.append(self.tr("The previous step was taken on %1.").replace("%1", previous.isoformat()))
        if self.withdraw_others:
            names = ", ".join(r.counterpart_name for r in self.withdraw_others)
            lines.append(self.tr("The requests to %1 are withdrawn at the same time.").replace("%1", names))
        return "\n".join(lines)

    def _save_step(self, values: dict[str, Any]) -> service.RequestRow:
        return service.advance(self.ctx, self.row.id, self.to, values["on"], reason=values.get("reason") or None,
                               note=values.get("note") or None, withdraw_others=bool(self.withdraw_others))
