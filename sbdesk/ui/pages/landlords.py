"""Hyresvärdar och avtal: the landlords register on top, the agreements of the selected one below."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QSplitter, QVBoxLayout, QWidget

from sbdesk.domain.enums import LandlordKind
from sbdesk.services import housing as service
from sbdesk.services.context import ServiceContext
from sbdesk.services.listing import ListQuery, Page
from sbdesk.ui import formatting
from sbdesk.ui.forms.fields import FormField, Kind
from sbdesk.ui.forms.record_dialog import RecordDialog
from sbdesk.ui.pages.agreements import AgreementRegister, LinkedRegister
from sbdesk.ui.registers.table_model import Column


def _count(value: int | None) -> str:
    return "" if value is None else str(value)


class LandlordRegister(LinkedRegister):
    """Landlords: municipal housing companies and private landlords, with their agreements and flats."""

    default_sort = "name"

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.new_button.setText(self.tr("&New landlord"))

    def page_title(self) -> str:
        """'Hyresvärdar'."""
        return self.tr("Landlords")

    def columns(self) -> list[Column]:
        """Name, type, contact, phone, e-mail, agreements, apartments."""
        sort = service.LANDLORD_SORT
        return [
            Column("name", self.tr("Name"), "name"),
            Column("kind", self.tr("Type"), "kind", formatting.label),
            Column("contact_name", self.tr("Contact person"), "contact_name"),
            Column("phone", self.tr("Phone"), "phone"),
            Column("email", self.tr("E-mail"), self.sortable("email", sort)),
            Column("agreement_count", self.tr("Agreements"), "agreement_count", _count, align_right=True,
                   tooltip=lambda _row: self.tr("Agreements that are not archived")),
            Column("apartment_count", self.tr("Apartments"), "apartment_count", _count, align_right=True,
                   tooltip=lambda _row: self.tr("Apartments that are not archived")),
        ]

    def fetch(self, query: ListQuery) -> Page[Any]:
        """Landlords from the service, filtered and sorted in SQL."""
        return service.list_landlords(self.ctx, query)

    def build_filters(self) -> None:
        """Municipal or private."""
        self.kind_filter = self.add_combo_filter("kind", self.tr("Type"), LandlordKind.options())

    def count_text(self, total: int) -> str:
        """'N hyresvärdar'."""
        return self.tr("%n landlord(s)", "", total)

    def describe(self, row: Any) -> str:
        """The landlord's name."""
        return str(row.name)

    def selected_row(self) -> service.LandlordRow | None:
        """The landlord selected in the table, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def open_editor(self, record_id: int | None) -> bool:
        """The landlord form (new or existing)."""
        initial: dict[str, Any] = {}
        if record_id is not None:
            row = service.get_landlord(self.ctx, record_id)
            initial = {spec.name: getattr(row, spec.name) for spec in service.LANDLORD_FIELDS}

        def save(values: dict[str, Any]) -> Any:
            if record_id is None:
                return service.create_landlord(self.ctx, values)
            return service.update_landlord(self.ctx, record_id, values)

        title = self.tr("New landlord") if record_id is None else self.tr("Landlord")
        dialog = RecordDialog(title, self.form_fields(), service.LANDLORD_FIELDS, save, initial, self)
        return self.saved(dialog)

    def set_archived(self, record_id: int, archived: bool) -> None:
        """Archive or bring back a landlord (its agreements stay as they are)."""
        service.set_landlord_archived(self.ctx, record_id, archived)
        self.records_changed.emit()

    def form_fields(self) -> list[FormField]:
        """The inputs of the landlord form."""
        return [
            FormField("name", self.tr("Name"), required=True),
            FormField("kind", self.tr("Type of landlord"), Kind.CHOICE, True, LandlordKind.options()),
            FormField("org_number", self.tr("Organisation number"), placeholder="NNNNNN-NNNN"),
            FormField("contact_name", self.tr("Contact person")),
            FormField("phone", self.tr("Phone"), placeholder="021-123 45 67"),
            FormField("email", self.tr("E-mail"), placeholder=self.tr("name@example.se")),
            FormField("notes", self.tr("Notes"), Kind.MULTILINE),
        ]


class LandlordsPage(QWidget):
    """One page: landlords above, the agreements of the selected landlord below (a vertical splitter)."""

    status_text = Signal(str)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.nav_title = self.tr("Landlords and agreements")
        self.landlords = LandlordRegister(ctx)
        self.agreements = AgreementRegister(ctx)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.landlords)
        self.splitter.addWidget(self.agreements)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        QWidget.setTabOrder(self.landlords.archive_button, self.agreements.search)

        self._selected_id: int | None = None
        self._activating = False
        self.landlords.table.selectionModel().selectionChanged.connect(lambda *_: self._landlord_selected())
        self.landlords.model.modelReset.connect(self._landlords_reset)
        self.landlords.status_text.connect(lambda _t: self._emit_status())
        self.agreements.status_text.connect(lambda _t: self._emit_status())
        self.landlords.records_changed.connect(self.agreements.reload)  # names and archive state
        self.agreements.records_changed.connect(self.landlords.reload)  # agreement counts

    # -- the page interface of the main window ------------------------------------------------

    def activate(self) -> None:
        """Load both registers the first time; afterwards keep them (and re-read 'today')."""
        self._activating = True  # one status line once both are loaded, not a half-counted one first
        try:
            self.landlords.activate()
            self.agreements.activate()
            self.agreements.refresh_today()
        finally:
            self._activating = False
        self._emit_status()

    def new_record(self) -> None:
        """Ctrl+N: a new agreement while the agreements list has focus, otherwise a new landlord."""
        if self._in_agreements():
            self.agreements.new_record()
        else:
            self.landlords.new_record()

    def focus_search(self) -> None:
        """Ctrl+F: the landlord search (the agreement search while the agreements list has focus)."""
        if self._in_agreements():
            self.agreements.focus_search()
        else:
            self.landlords.focus_search()

    def open_record(self, record_id: int) -> None:
        """Open a landlord (e.g. from the overview)."""
        self.activate()
        self.landlords.open_record(record_id)

    def open_agreement(self, agreement_id: int) -> None:
        """Open an agreement: select its landlord above, the agreement below, and show its form."""
        self.activate()
        row = self.agreements.agreement_row(agreement_id)
        if row is None:
            return
        if not self.landlords.select_record(row.landlord_id):
            self.landlords.table.clearSelection()  # hidden by search or filter: show every landlord's
        self.agreements.open_record(agreement_id)

    def status(self) -> str:
        """'6 hyresvärdar · 12 avtal'."""
        return (f"{self.landlords.count_text(self.landlords.model.total)} · "
                f"{self.agreements.count_text(self.agreements.model.total)}")

    # -- keeping the two registers together ---------------------------------------------------

    def _in_agreements(self) -> bool:
        focus = QApplication.focusWidget()
        return focus is not None and (focus is self.agreements or self.agreements.isAncestorOf(focus))

    def _landlord_selected(self) -> None:
        row = self.landlords.selected_row()
        self._selected_id = None if row is None else row.id
        self.agreements.set_landlord(None if row is None else row.id, "" if row is None else row.name)

    def _landlords_reset(self) -> None:
        """After a search, filter or reload keep the landlord selected when it is still listed."""
        position = None if self._selected_id is None else self.landlords.model.position_of(self._selected_id)
        if position is None:
            self._landlord_selected()
        else:
            self.landlords.select_record(self.landlords.model.row_at(position).id)

    def _emit_status(self) -> None:
        if not self._activating:
            self.status_text.emit(self.status())
