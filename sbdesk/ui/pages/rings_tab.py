"""Bostadsringar: the housing rings (bilateral agreements, county rings, the national network) above,
the member municipalities of the selected ring below — with each member's yearly commitment and its
kontaktperson (operativ) and samverkansperson (chef)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QMessageBox, QSplitter, QVBoxLayout, QWidget

from sbdesk.domain.rings import RingScope
from sbdesk.domain.validators import parse_date
from sbdesk.errors import SbdeskError
from sbdesk.services import forms as f
from sbdesk.services import rings as service
from sbdesk.services.context import ServiceContext
from sbdesk.services.listing import ListQuery, Page
from sbdesk.ui import formatting
from sbdesk.ui.forms.fields import FormField, Kind
from sbdesk.ui.forms.record_dialog import RecordDialog
from sbdesk.ui.pages.options import municipality_options
from sbdesk.ui.pages.ring_tables import MemberLine, RingLine, button, make_table, number, sorted_page
from sbdesk.ui.registers.register_page import select_record, selected_id
from sbdesk.ui.registers.table_model import Column, RegisterModel


class RingsTab(QWidget):
    """Rings above, members of the selected ring below; forms for both; archive and end membership."""

    rings_changed = Signal()
    DialogRunner = Callable[[RecordDialog], int]

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = date.today()
        self.run_dialog: RingsTab.DialogRunner = lambda dialog: int(dialog.exec())  # tests drive dialogs
        self._rings: list[RingLine] = []
        self._loaded = False
        self.ring_model = RegisterModel(self.ring_columns(), self._fetch_rings, default_sort="name", parent=self)
        self.member_model = RegisterModel(self.member_columns(), self._fetch_members, default_sort="municipality_name",
                                          parent=self)
        self.rings_table = make_table(self.ring_model, self.tr("Housing rings"))
        self.members_table = make_table(self.member_model, self.tr("Members"))
        self.rings_table.selectionModel().selectionChanged.connect(lambda *_: self._ring_selected())
        self.members_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.rings_table.activated.connect(lambda _i: self.edit_ring())
        self.members_table.activated.connect(lambda _i: self.edit_member())

        self.new_ring_button = button(self.tr("&New ring…"), self.tr("A new housing ring or bilateral agreement"),
                                      self.new_ring)
        self.edit_ring_button = button(self.tr("&Edit ring…"), self.tr("Change the selected ring (Enter)"),
                                       self.edit_ring)
        self.archive_ring_button = button(self.tr("&Archive ring…"), self.tr("Archive the selected ring"),
                                          self.archive_ring)
        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.show_archived.toggled.connect(self.ring_model.set_include_archived)
        self.add_member_button = button(self.tr("A&dd municipality…"), self.tr("Add a member municipality"),
                                        self.add_member)
        self.edit_member_button = button(self.tr("Edit &membership…"),
                                         self.tr("Change the selected membership (Enter)"), self.edit_member)
        self.end_member_button = button(self.tr("E&nd membership…"),
                                        self.tr("Record that the municipality left the ring"), self.end_member)
        self.ring_heading = self._heading(self.tr("Housing rings"))
        self.member_heading = self._heading(self.tr("Members"))
        self.ring_info = QLabel()
        self.ring_info.setWordWrap(True)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.ring_heading)
        top_layout.addWidget(self.rings_table, 1)
        top_layout.addLayout(self._row(self.new_ring_button, self.edit_ring_button, self.archive_ring_button,
                                       None, self.show_archived))
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.member_heading)
        bottom_layout.addWidget(self.ring_info)
        bottom_layout.addWidget(self.members_table, 1)
        bottom_layout.addLayout(self._row(self.add_member_button, self.edit_member_button, self.end_member_button,
                                          None))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([260, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._update_buttons()

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        label.setFont(font)
        return label

    def _row(self, *widgets: QWidget | None) -> QHBoxLayout:
        row = QHBoxLayout()
        for widget in widgets:
            if widget is None:
                row.addStretch(1)
            else:
                row.addWidget(widget)
        return row

    # -- tables -------------------------------------------------------------------------------

    def ring_columns(self) -> list[Column]:
        """Name, scope, coordinator, current members, their commitments, agreement document."""
        return [
            Column("name", self.tr("Name"), "name"),
            Column("scope", self.tr("Scope"), "scope", formatting.label),
            Column("coordinator_label", self.tr("Coordinated by"), "coordinator_label"),
            Column("member_count", self.tr("Members"), "member_count", number, align_right=True),
            Column("quota_total", self.tr("Commitments (households/year)"), "quota_total", number,
                   align_right=True,
                   tooltip=lambda _r: self.tr("The yearly commitments of the current members together")),
            Column("agreement_reference", self.tr("Agreement document"), "agreement_reference"),
        ]

    def member_columns(self) -> list[Column]:
        """Municipality, period, commitment, contact person and liaison with phone and e-mail."""
        return [
            Column("municipality_name", self.tr("Municipality"), "municipality_name"),
            Column("joined_on", self.tr("Joined"), "joined_on", formatting.day),
            Column("left_on", self.tr("Left"), "left_on", formatting.day),
            Column("yearly_quota", self.tr("Households/year"), "yearly_quota", number, align_right=True,
                   tooltip=lambda _r: self.tr("Households the municipality has committed to receive a year")),
            Column("contact_name", self.tr("Contact person (operational)"), "contact_name"),
            Column("contact_phone", self.tr("Phone"), "contact_phone"),
            Column("contact_email", self.tr("E-mail"), "contact_email"),
            Column("liaison_name", self.tr("Liaison (manager)"), "liaison_name"),
            Column("liaison_phone", self.tr("Phone"), "liaison_phone"),
            Column("liaison_email", self.tr("E-mail"), "liaison_email"),
        ]

    def _fetch_rings(self, query: ListQuery) -> Page[Any]:
        if query.offset == 0:
            rings = service.list_rings(self.ctx, include_archived=query.include_archived)
            self._rings = []
            for ring in rings:
                current = ring.members_on(self.today)
                quotas = [m.yearly_quota for m in current if m.yearly_quota is not None]
                self._rings.append(RingLine(ring, len(current), sum(quotas) if quotas else None))
        return sorted_page(self._rings, query, "name")

    def _fetch_members(self, query: ListQuery) -> Page[Any]:
        ring = self.selected_ring()
        members = [] if ring is None else [MemberLine(m, not m.active_on(self.today) and m.left_on is not None)
                                           for m in ring.members]
        return sorted_page(members, query, "municipality_name")

    # -- page behaviour -----------------------------------------------------------------------

    def activate(self) -> None:
        """Load once; afterwards fetch again (members' periods depend on today)."""
        self.today = date.today()
        self.reload()
        if not self._loaded:
            self._loaded = True
            self.rings_table.resizeColumnsToContents()
            if self.ring_model.rowCount():
                self.select_ring(self.ring_model.row_at(0).id)

    def reload(self) -> None:
        """Fetch rings and members again, keeping the selections."""
        ring_id, member_id = selected_id(self.rings_table), selected_id(self.members_table)
        self.ring_model.refresh()
        if ring_id is not None:
            select_record(self.rings_table, self.ring_model, ring_id)
        self._ring_selected()
        if member_id is not None:
            select_record(self.members_table, self.member_model, member_id)
        self._update_buttons()

    def selected_ring(self) -> service.RingRow | None:
        """The ring selected above, if any."""
        rows = self.rings_table.selectionModel().selectedRows()
        return None if not rows else self.ring_model.row_at(rows[0].row()).ring

    def selected_member(self) -> service.MemberRow | None:
        """The membership selected below, if any."""
        rows = self.members_table.selectionModel().selectedRows()
        return None if not rows else self.member_model.row_at(rows[0].row()).member

    def select_ring(self, ring_id: int) -> bool:
        """Select a ring by id."""
        return select_record(self.rings_table, self.ring_model, ring_id)

    def _ring_selected(self) -> None:
        ring = self.selected_ring()
        self.member_model.refresh()
        self.members_table.resizeColumnsToContents()
        if ring is None:
            self.member_heading.setText(self.tr("Members"))
            self.ring_info.setText(self.tr("Select a ring to see its member municipalities."))
        else:
            self.member_heading.setText(self.tr("Members of %1").replace("%1", ring.name))
            current = len(ring.members_on(self.today))
            info = [ring.scope.label, self.tr("%n current member(s)", "", current)]
            if ring.coordinator_label:
                info.append(self.tr("coordinated by %1").replace("%1", ring.coordinator_label))
            if ring.archived:
                info.append(self.tr("archived"))
            self.ring_info.setText(" · ".join(info))
        self._update_buttons()

    def _update_buttons(self) -> None:
        ring = self.selected_ring()
        member = self.selected_member()
        self.edit_ring_button.setEnabled(ring is not None)
        self.archive_ring_button.setEnabled(ring is not None)
        self.archive_ring_button.setText(self.tr("&Bring back ring…") if ring is not None and ring.archived
                                         else self.tr("&Archive ring…"))
        self.add_member_button.setEnabled(ring is not None and not ring.archived)
        self.edit_member_button.setEnabled(member is not None)
        self.end_member_button.setEnabled(member is not None and member.left_on is None)

    # -- rings --------------------------------------------------------------------------------

    def ring_fields(self) -> list[FormField]:
        """The inputs of the ring form."""
        return [
            FormField("name", self.tr("Name"), required=True, placeholder=self.tr("e.g. Länskompott Västmanland")),
            FormField("scope", self.tr("Scope"), Kind.CHOICE, True, RingScope.options()),
            FormField("coordinator", self.tr("Coordinated by"),
                      help=self.tr("A municipality code (e.g. 1980) or the name of who coordinates the ring")),
            FormField("agreement_reference", self.tr("Agreement document"),
                      help=self.tr("Where the samverkansdokument is kept, e.g. its diary number")),
            FormField("notes", self.tr("Notes"), Kind.MULTILINE),
        ]

    def new_ring(self) -> None:
        """A new ring; it is selected afterwards."""
        self._ring_form(None)

    def edit_ring(self) -> None:
        """The selected ring's form."""
        ring = self.selected_ring()
        if ring is not None:
            self._ring_form(ring)

    def _ring_form(self, ring: service.RingRow | None) -> None:
        initial = {} if ring is None else {s.name: getattr(ring, s.name) for s in service.RING_FIELDS}

        def save(values: dict[str, Any]) -> service.RingRow:
            if ring is None:
                return service.create_ring(self.ctx, values)
            return service.update_ring(self.ctx, ring.id, values)

        title = self.tr("New housing ring") if ring is None else self.tr("Housing ring %1").replace("%1", ring.name)
        self._run(RecordDialog(title, self.ring_fields(), service.RING_FIELDS, save, initial, self), select_ring=True)

    def archive_ring(self) -> None:
        """Archive (or bring back) the selected ring after confirmation."""
        ring = self.selected_ring()
        if ring is None:
            return
        question = (self.tr("Bring back the ring %1?") if ring.archived else
                    self.tr("Archive the ring %1? Its requests keep pointing at it, and it can be brought back."))
        answer = QMessageBox.question(self, self.tr("Archive"), question.replace("%1", ring.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            service.set_ring_archived(self.ctx, ring.id, not ring.archived)
        except SbdeskError as exc:
            QMessageBox.warning(self, self.tr("Not archived"), exc.message)
            return
        self.reload()
        self.rings_changed.emit()

    # -- members ------------------------------------------------------------------------------

    def member_fields(self) -> list[FormField]:
        """The inputs of the membership form."""
        ctx = self.ctx
        return [
            FormField("municipality_code", self.tr("Municipality"), Kind.REFERENCE, True,
                      lambda: municipality_options(ctx)),
            FormField("joined_on", self.tr("Joined on"), Kind.DATE),
            FormField("left_on", self.tr("Left on"), Kind.DATE),
            FormField("yearly_quota", self.tr("Commitment (households per year)"), Kind.NUMBER),
            FormField("contact_name", self.tr("Contact person (operational)")),
            FormField("contact_phone", self.tr("Contact person's phone"), placeholder="021-123 45 67"),
            FormField("contact_email", self.tr("Contact person's e-mail"), placeholder=self.tr("name@example.se")),
            FormField("liaison_name", self.tr("Liaison (manager)")),
            FormField("liaison_phone", self.tr("Liaison's phone"), placeholder="021-123 45 67"),
            FormField("liaison_email", self.tr("Liaison's e-mail"), placeholder=self.tr("name@example.se")),
            FormField("notes", self.tr("Notes"), Kind.MULTILINE),
        ]

    def add_member(self) -> None:
        """Add a municipality to the selected ring."""
        ring = self.selected_ring()
        if ring is None or ring.archived:
            return
        title = self.tr("Add a municipality to %1").replace("%1", ring.name)
        dialog = RecordDialog(title, self.member_fields(), service.MEMBER_FIELDS,
                              lambda values: service.add_member(self.ctx, ring.id, values),
                              {"joined_on": self.today}, self)
        self._run(dialog, select_member=True)

    def edit_member(self) -> None:
        """The selected membership's form."""
        member = self.selected_member()
        if member is None:
            return
        initial = {s.name: getattr(member, s.name) for s in service.MEMBER_FIELDS}
        title = self.tr("Membership of %1").replace("%1", member.municipality_name)
        dialog = RecordDialog(title, self.member_fields(), service.MEMBER_FIELDS,
                              lambda values: service.update_member(self.ctx, member.id, values), initial, self)
        self._run(dialog, select_member=True)

    def end_member(self) -> None:
        """Record the day the selected municipality left the ring (not in the future, not before it joined)."""
        member = self.selected_member()
        if member is None or member.left_on is not None:
            return
        today = self.today
        joined = member.joined_on
        specs = [f.FieldSpec("left_on", "Lämnade", lambda value, field: parse_date(
            value, field=field, min_date=joined, max_date=today), required=True)]
        fields = [FormField("left_on", self.tr("Left on"), Kind.DATE, True)]
        dialog = RecordDialog(
            self.tr("End membership"), fields, specs,
            lambda values: service.end_membership(self.ctx, member.id, values["left_on"]), {"left_on": today}, self,
            intro=self.tr("%1 leaves the ring. The membership and its history are kept.")
            .replace("%1", member.municipality_name))
        self._run(dialog, select_member=True)

    def _run(self, dialog: RecordDialog, *, select_ring: bool = False, select_member: bool = False) -> bool:
        try:
            saved = bool(self.run_dialog(dialog))
            result = dialog.result_value
        finally:
            dialog.deleteLater()
        if not saved:
            return False
        self.reload()
        if select_ring and result is not None:
            self.select_ring(result.id)
        if select_member and result is not None:
            select_record(self.members_table, self.member_model, result.id)
        self.rings_changed.emit()
        return True
