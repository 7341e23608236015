"""Forms for requests (förfrågningar): a new outgoing request (one case to one or several partner
municipalities), an incoming request with the household as the sending municipality describes it,
and editing a request's descriptive fields. Cases appear by reference, pseudonym and protection
level only — never a name."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sbdesk.domain.enums import CaseStatus, ProtectionLevel
from sbdesk.domain.rings import RequestDirection, RequestStatus
from sbdesk.domain.validators import parse_date
from sbdesk.services import forms as f
from sbdesk.services import requests as service
from sbdesk.services.cases import list_cases
from sbdesk.services.context import ServiceContext
from sbdesk.services.listing import MAX_PAGE, ListQuery
from sbdesk.services.rings import list_rings, partners_in_ring
from sbdesk.services.settings import get_setting
from sbdesk.ui.badges import ProtectionBadge, badge_text
from sbdesk.ui.forms.fields import FormField, Kind
from sbdesk.ui.forms.record_dialog import RecordDialog
from sbdesk.ui.pages.options import municipality_options
from sbdesk.ui.widgets import FieldError, with_error

WAITING = [CaseStatus.NEW.value, CaseStatus.WAITING.value, CaseStatus.OFFER_PENDING.value]
PARTNERS = "counterpart_municipality_code"


def own_code(ctx: ServiceContext) -> str:
    """The installation's own municipality code ('' before set-up)."""
    return str(get_setting(ctx, "municipality.code") or "")


def waiting_cases(ctx: ServiceContext) -> list[tuple[str, int, ProtectionLevel]]:
    """(label, id, protection level) of every case that may be sent: new, waiting or with an offer under way."""
    out: list[tuple[str, int, ProtectionLevel]] = []
    offset = 0
    while True:
        page = list_cases(ctx, ListQuery(sort="reference", filters={"status": WAITING}, offset=offset, limit=MAX_PAGE))
        for row in page.rows:
            badge = badge_text(row.protection_level)
            out.append((f"{row.display_name} – {badge}" if badge else row.display_name, row.id, row.protection_level))
        offset += len(page.rows)
        if not page.rows or offset >= page.total:
            return out


def ring_options(ctx: ServiceContext) -> list[tuple[str, Any]]:
    """(name, id) of the rings that are not archived."""
    return [(r.name, r.id) for r in list_rings(ctx)]


def partner_options(ctx: ServiceContext, ring_id: int | None) -> list[tuple[str, str]]:
    """(name, code) of the municipalities a request may go to: the ring's current members, else all but our own."""
    own = own_code(ctx)
    if ring_id is None:
        return [(name, code) for name, code in municipality_options(ctx) if code != own]
    return [(m.municipality_name, m.municipality_code) for m in partners_in_ring(ctx, ring_id, own)]


def _not_after_today(today: date) -> f.Parser:
    return lambda value, field: parse_date(value, field=field, max_date=today)


class NewOutgoingDialog(RecordDialog):
    """Ask one or several partner municipalities to receive a waiting case's household."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None, *, case_id: int | None = None,
                 today: date | None = None) -> None:
        self.ctx = ctx
        self.today = today or date.today()
        cases = waiting_cases(ctx)
        self._levels = {case: level for _label, case, level in cases}
        specs = [
            f.FieldSpec("case_id", "Ärende", f.identifier, required=True),
            f.FieldSpec("ring_id", "Bostadsring", f.identifier),
            f.FieldSpec("send_now", "Skickad", f.flag, blank=False),
            f.FieldSpec("sent_on", "Skickad", _not_after_today(self.today), required=True),
            f.FieldSpec("notes", "Anteckningar", f.long_text),
        ]
        fields = [
            FormField("case_id", self.tr("Case"), Kind.REFERENCE, True, [(label, case) for label, case, _ in cases],
                      placeholder=self.tr("Reference or pseudonym")),
            FormField("ring_id", self.tr("Housing ring"), Kind.REFERENCE, False, lambda: ring_options(ctx)),
            FormField("send_now", self.tr("Already sent: record it as sent on the date below"), Kind.FLAG),
            FormField("sent_on", self.tr("Sent on"), Kind.DATE, True),
            FormField("notes", self.tr("Notes"), Kind.MULTILINE),
        ]
        super().__init__(self.tr("New request"), fields, specs, self._save_request,
                         {"case_id": case_id, "sent_on": self.today}, parent,
                         intro=self.tr("Ask another municipality to receive the household. With one municipality the "
                                       "request is saved as a draft unless it is already sent; a request to several "
                                       "municipalities is recorded as sent to all of them."))
        self._build_partners()
        self.inputs["ring_id"].currentIndexChanged.connect(lambda _i: self._fill_partners())
        self.inputs["case_id"].currentIndexChanged.connect(lambda _i: self._case_changed())
        self._fill_partners()
        self._case_changed()
        self._initial = self.raw_values()
        self._touched.clear()
        self._refresh_errors()

    # -- the partner list ---------------------------------------------------------------------

    def _build_partners(self) -> None:
        form = self._body.findChild(QFormLayout)
        assert form is not None
        self.badge = ProtectionBadge()
        badge_row = QWidget()
        badge_layout = QHBoxLayout(badge_row)
        badge_layout.setContentsMargins(0, 0, 0, 0)
        badge_layout.addWidget(self.badge)
        badge_layout.addStretch(1)
        form.insertRow(1, "", badge_row)
        self.partner_filter = QLineEdit()
        self.partner_filter.setPlaceholderText(self.tr("Filter municipalities…"))
        self.partner_filter.setAccessibleName(self.tr("Filter municipalities"))
        self.partner_filter.setClearButtonEnabled(True)
        self.partner_filter.textChanged.connect(self._filter_partners)
        self.partners = QListWidget()
        self.partners.setAccessibleName(self.tr("Municipalities to ask"))
        self.partners.setObjectName(f"field_{PARTNERS}")
        self.partners.setMinimumHeight(self.fontMetrics().lineSpacing() * 9)
        self.partners.itemChanged.connect(lambda _item: self._partners_changed())
        self.chosen_label = QLabel()
        self.chosen_label.setWordWrap(True)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.partner_filter)
        column.addWidget(self.partners)
        column.addWidget(self.chosen_label)
        self.errors[PARTNERS] = FieldError(self.partners)
        self._getters[PARTNERS] = self.chosen_codes
        label = QLabel(self.tr("Municipalities") + " *:")
        label.setBuddy(self.partner_filter)
        form.insertRow(3, label, with_error(box, self.errors[PARTNERS]))
        form.invalidate()
        self._body.layout().activate()
        self._fit_to(self._body)

    def _fill_partners(self) -> None:
        chosen = set(self.chosen_codes())
        ring = self.inputs["ring_id"].currentData()
        self.partners.blockSignals(True)
        self.partners.clear()
        for name, code in partner_options(self.ctx, ring if isinstance(ring, int) else None):
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if code in chosen else Qt.CheckState.Unchecked)
            self.partners.addItem(item)
        self.partners.blockSignals(False)
        self._filter_partners(self.partner_filter.text())
        self._partners_changed()

    def _filter_partners(self, text: str) -> None:
        wanted = text.strip().casefold()
        for i in range(self.partners.count()):
            item = self.partners.item(i)
            item.setHidden(bool(wanted) and wanted not in item.text().casefold())

    def chosen_codes(self) -> list[str]:
        """The codes of the ticked municipalities, in list order."""
        items = (self.partners.item(i) for i in range(self.partners.count())) if hasattr(self, "partners") else ()
        return [str(item.data(Qt.ItemDataRole.UserRole)) for item in items
                if item.checkState() == Qt.CheckState.Checked]

    def choose(self, *codes: str) -> None:
        """Tick municipalities by code (as a user would)."""
        for i in range(self.partners.count()):
            item = self.partners.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in codes:
                item.setCheckState(Qt.CheckState.Checked)

    def _partners_changed(self) -> None:
        names = [self.partners.item(i).text() for i in range(self.partners.count())
                 if self.partners.item(i).checkState() == Qt.CheckState.Checked]
        self.chosen_label.setText(self.tr("Chosen: %1").replace("%1", ", ".join(names)) if names else "")
        several = len(names) > 1
        send_now = self.inputs["send_now"]
        assert isinstance(send_now, QCheckBox)
        send_now.setEnabled(not several)
        send_now.setToolTip(self.tr("A request to several municipalities is recorded as sent") if several else "")
        self.inputs["sent_on"].setEnabled(self.sending())
        self._changed(PARTNERS)

    def _case_changed(self) -> None:
        case = self.inputs["case_id"].currentData()
        self.badge.set_level(self._levels.get(case) if isinstance(case, int) else None)

    # -- validation and saving ----------------------------------------------------------------

    def sending(self) -> bool:
        """True when the request(s) are recorded as sent (always with several municipalities)."""
        return bool(self._getters["send_now"]()) or len(self.chosen_codes()) > 1

    def _changed(self, name: str) -> None:
        if name == "send_now" and hasattr(self, "partners"):
            self.inputs["sent_on"].setEnabled(self.sending())
        super()._changed(name)

    def field_problem(self, name: str) -> str | None:
        """Every field's own check, plus: at least one municipality; a date only when sending."""
        if name == PARTNERS:
            return None if self.chosen_codes() else self.tr("Choose at least one municipality.")
        if name == "sent_on" and not self.sending():
            return None
        return super().field_problem(name)

    def show_errors(self, by_field: dict[str, str]) -> None:
        """The service's date errors (field 'on') belong beside 'Sent on'."""
        if "on" in by_field:
            by_field = {("sent_on" if k == "on" else k): v for k, v in by_field.items()}
        super().show_errors(by_field)

    def _save_request(self, values: dict[str, Any]) -> list[service.RequestRow]:
        codes, notes = values[PARTNERS], values["notes"] or None
        if self.sending():
            return service.send_to_several(self.ctx, values["case_id"], codes, values["ring_id"],
                                           on=values["sent_on"], note=notes)
        return [service.create_outgoing(self.ctx, values["case_id"], codes[0], ring_id=values["ring_id"],
                                        notes=notes)]


class IncomingDialog(RecordDialog):
    """Register a request received from another municipality, or edit one (the household as described)."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None, *, request_id: int | None = None,
                 today: date | None = None) -> None:
        self.ctx = ctx
        self.request_id = request_id
        today = today or date.today()
        new = request_id is None
        specs = [replace(s, parse=_not_after_today(today)) if s.name == "received_on" else s
                 for s in service.INCOMING_FIELDS if new or s.name != "received_on"]
        initial: dict[str, Any] = {"received_on": today, "protection_level": ProtectionLevel.NONE}
        title = self.tr("Register incoming request")
        if not new:
            assert request_id is not None
            detail = service.open_request(ctx, request_id)
            row = detail.row
            initial = {**detail.values, "counterpart_municipality_code": row.counterpart_municipality_code,
                       "ring_id": row.ring_id, "counterpart_reference": row.counterpart_reference}
            initial["children_birth_years"] = ", ".join(str(y) for y in detail.values["children_birth_years"])
            title = self.tr("Incoming request %1").replace("%1", row.reference)
        super().__init__(title, self.household_fields(ctx, new=new), specs, self._save_incoming, initial, parent,
                         intro=self.tr("What the sending municipality told us about the household. Record only "
                                       "what is needed to decide; no names or personal identity numbers."))

    def household_fields(self, ctx: ServiceContext, *, new: bool) -> list[FormField]:
        """The inputs of the incoming request's form (received_on only when new)."""
        fields = [
            FormField("counterpart_municipality_code", self.tr("Sending municipality"), Kind.REFERENCE, True,
                      lambda: [(n, c) for n, c in municipality_options(ctx) if c != own_code(ctx)]),
            FormField("ring_id", self.tr("Housing ring"), Kind.REFERENCE, False, lambda: ring_options(ctx)),
            FormField("counterpart_reference", self.tr("Their reference number")),
        ]
        if new:
            fields.append(FormField("received_on", self.tr("Received on"), Kind.DATE, True))
        return fields + [
            FormField("received_description", self.tr("What we received"), Kind.MULTILINE,
                      help=self.tr("The documents and information the sending municipality gave")),
            FormField("protection_level", self.tr("Protected personal data"), Kind.CHOICE, True,
                      ProtectionLevel.options(),
                      help=self.tr("As the sending municipality told it; shown as a badge wherever the request is")),
            FormField("adults", self.tr("Adults"), Kind.NUMBER),
            FormField("children", self.tr("Children"), Kind.NUMBER),
            FormField("children_birth_years", self.tr("Children's birth years"),
                      placeholder=self.tr("e.g. 2014, 2019")),
            FormField("rooms_needed", self.tr("Rooms needed (rok)"), Kind.NUMBER),
            FormField("needs", self.tr("Needs"), Kind.MULTILINE),
            FormField("support_economic", self.tr("Needs economic support"), Kind.FLAG),
            FormField("support_psychosocial", self.tr("Needs psychosocial support"), Kind.FLAG),
            FormField("support_safety", self.tr("Needs protection and safety measures"), Kind.FLAG),
            FormField("support_children", self.tr("Needs support for the children"), Kind.FLAG),
            FormField("support_text", self.tr("Support needed"), Kind.MULTILINE),
            FormField("sender_contact_name", self.tr("Contact at the sending municipality")),
            FormField("sender_contact_phone", self.tr("Contact's phone"), placeholder="021-123 45 67"),
            FormField("sender_contact_email", self.tr("Contact's e-mail"), placeholder=self.tr("name@example.se")),
            FormField("notes", self.tr("Notes"), Kind.MULTILINE),
        ]

    def _save_incoming(self, values: dict[str, Any]) -> service.RequestRow:
        if self.request_id is None:
            return service.create_incoming(self.ctx, values)
        return service.update_request(self.ctx, self.request_id, values)


class OutgoingEditDialog(RecordDialog):
    """Edit an outgoing request's ring, their reference and notes (the municipality while it is a draft)."""

    def __init__(self, ctx: ServiceContext, request_id: int, parent: QWidget | None = None) -> None:
        self.ctx = ctx
        self.request_id = request_id
        detail = service.open_request(ctx, request_id)
        row = detail.row
        draft = row.status is RequestStatus.DRAFT
        names = {"counterpart_municipality_code", "ring_id", "counterpart_reference", "notes"}
        if not draft:
            names.discard("counterpart_municipality_code")
        specs = [s for s in service.INCOMING_FIELDS if s.name in names]
        fields = [
            FormField("counterpart_municipality_code", self.tr("Municipality asked"), Kind.REFERENCE, True,
                      lambda: partner_options(ctx, None)),
            FormField("ring_id", self.tr("Housing ring"), Kind.REFERENCE, False, lambda: ring_options(ctx)),
            FormField("counterpart_reference", self.tr("Their reference number")),
            FormField("notes", self.tr("Notes"), Kind.MULTILINE),
        ]
        initial = {"counterpart_municipality_code": row.counterpart_municipality_code, "ring_id": row.ring_id,
                   "counterpart_reference": row.counterpart_reference, "notes": detail.values.get("notes")}
        case = row.case.display_name if row.case is not None else "—"
        super().__init__(
            self.tr("Outgoing request %1").replace("%1", row.reference),
            [x for x in fields if x.name in names], specs,
            lambda values: service.update_request(ctx, request_id, values), initial, parent,
            intro=self.tr("Case %1 · status: %2").replace("%1", case).replace("%2", row.status_label))
        if row.case is not None and row.case.protection_level.protected:
            self._body.layout().insertWidget(1, ProtectionBadge(row.case.protection_level))


def edit_dialog(ctx: ServiceContext, request_id: int, direction: RequestDirection,
                parent: QWidget | None = None) -> RecordDialog:
    """The form for an existing request (opening it is audit-logged)."""
    if direction is RequestDirection.INCOMING:
        return IncomingDialog(ctx, parent, request_id=request_id)
    return OutgoingEditDialog(ctx, request_id, parent)
