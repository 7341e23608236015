"""Lägenheter: the apartments register and the apartment form."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QPushButton

from sbdesk.domain.enums import ApartmentStatus, ContractType
from sbdesk.services import apartments as service
from sbdesk.services.listing import ListQuery, Page
from sbdesk.ui import formatting
from sbdesk.ui.forms.fields import FormField, Kind
from sbdesk.ui.forms.record_dialog import RecordDialog
from sbdesk.ui.offers_panel import OffersPanel
from sbdesk.ui.pages.options import (
    agreement_options,
    landlord_options,
    municipality_options,
)
from sbdesk.ui.registers.register_page import RegisterPage
from sbdesk.ui.registers.table_model import Column

STATUS_COLOURS = {
    ApartmentStatus.AVAILABLE: "#dff0d8",
    ApartmentStatus.PLANNED: "#e8eef7",
    ApartmentStatus.RESERVED: "#fcf3d9",
    ApartmentStatus.OFFERED: "#fcf3d9",
}


class ApartmentsPage(RegisterPage):
    """All apartments: search, filter by status, municipality, rooms, contract type and landlord."""

    default_sort = "address"

    def page_title(self) -> str:
        """'Lägenheter'."""
        return self.tr("Apartments")

    def build_filters(self) -> None:  # noqa: D102 - extended below
        self._build_filters()
        self.find_button = QPushButton(self.tr("Find &households…"))
        self.find_button.setToolTip(self.tr("Households this apartment fits, best first, with the reasons"))
        self.find_button.clicked.connect(self.find_households)
        self.filters.addWidget(self.find_button)

    def find_households(self) -> None:
        """Hitta hushåll: the ranked households for the selected apartment, and an offer from there."""
        apartment_id = self.selected_id()
        if apartment_id is None:
            return
        from sbdesk.ui.matches_dialog import MatchesDialog

        if MatchesDialog(self.ctx, apartment_id=apartment_id, parent=self).exec():
            self.reload()

    def columns(self) -> list[Column]:
        """Address, municipality, area, size, rent, availability, contract, status, landlord."""
        status_colour = lambda row: STATUS_COLOURS.get(row.status)  # noqa: E731
        return [
            Column("address", self.tr("Address"), "address"),
            Column("municipality_name", self.tr("Municipality"), "municipality_name"),
            Column("district", self.tr("Area"), "district"),
            Column("rooms", self.tr("Size"), "rooms", lambda v: f"{v} rok", align_right=True),
            Column("area_m2", self.tr("m²"), "area_m2", lambda v: "" if v is None else str(v), align_right=True),
            Column("rent_sek", self.tr("Rent/month"), "rent_sek", formatting.kronor, align_right=True),
            Column("floor", self.tr("Floor"), "floor", lambda v: "" if v is None else str(v), align_right=True),
            Column("available_from", self.tr("Available from"), "available_from", formatting.day),
            Column("contract_type", self.tr("Contract"), "contract_type", formatting.label),
            Column("status", self.tr("Status"), "status", formatting.label, background=status_colour),
            Column("landlord_name", self.tr("Landlord"), "landlord_name"),
        ]

    def fetch(self, query: ListQuery) -> Page[Any]:
        """Apartments from the service, filtered and sorted in SQL."""
        return service.list_apartments(self.ctx, query)

    def _build_filters(self) -> None:
        """Status, municipality, minimum rooms, contract type, landlord."""
        self.status_filter = self.add_combo_filter("status", self.tr("Status"), ApartmentStatus.options())
        self.municipality_filter = self.add_combo_filter(
            "municipality_code", self.tr("Municipality"), municipality_options(self.ctx)
        )
        self.rooms_filter = self.add_combo_filter(
            "rooms_min", self.tr("Rooms"), [(self.tr("at least %1 rok").replace("%1", str(n)), n) for n in range(1, 6)]
        )
        self.contract_filter = self.add_combo_filter("contract_type", self.tr("Contract"), ContractType.options())
        self.landlord_filter = self.add_combo_filter("landlord_id", self.tr("Landlord"), landlord_options(self.ctx))

    def count_text(self, total: int) -> str:
        """'N lägenheter'."""
        return self.tr("%n apartment(s)", "", total)

    def describe(self, row: Any) -> str:
        """Address and size."""
        return f"{row.address} ({row.rooms} rok)"

    def open_editor(self, record_id: int | None) -> bool:
        """The apartment form (new or existing)."""
        initial: dict[str, Any] = {"status": ApartmentStatus.AVAILABLE, "contract_type": ContractType.FIRST_HAND}
        if record_id is not None:
            row = service.get_apartment(self.ctx, record_id)
            initial = {spec.name: getattr(row, spec.name) for spec in service.APARTMENT_FIELDS}

        def save(values: dict[str, Any]) -> Any:
            if record_id is None:
                return service.create_apartment(self.ctx, values)
            return service.update_apartment(self.ctx, record_id, values)

        title = self.tr("New apartment") if record_id is None else self.tr("Apartment")
        offers = OffersPanel(self.ctx, apartment_id=record_id) if record_id is not None else None
        dialog = RecordDialog(title, self.form_fields(), service.APARTMENT_FIELDS, save, initial, self, extra=offers)
        wanted: list[int] = []

        def go_to_offer(offer_id: int) -> None:
            dialog.reject()  # asks about unsaved changes; stays open when the user cancels
            if not dialog.isVisible():
                wanted.append(offer_id)

        if offers is not None:
            offers.open_offer.connect(go_to_offer)
        try:
            saved = bool(dialog.exec())
        finally:
            dialog.deleteLater()
        if wanted:
            self.open_record_in.emit("offers", wanted[-1])
        return saved

    def set_archived(self, record_id: int, archived: bool) -> None:
        """Archive or bring back an apartment."""
        service.set_apartment_archived(self.ctx, record_id, archived)

    def form_fields(self) -> list[FormField]:
        """The inputs of the apartment form."""
        ctx = self.ctx
        return [
            FormField("landlord_id", self.tr("Landlord"), Kind.REFERENCE, True, lambda: landlord_options(ctx)),
            FormField("agreement_id", self.tr("Agreement"), Kind.REFERENCE, False, lambda: agreement_options(ctx)),
            FormField("address", self.tr("Address"), required=True, placeholder=self.tr("Street and number")),
            FormField("postal_code", self.tr("Postcode"), placeholder="123 45"),
            FormField("postal_town", self.tr("Postal town")),
            FormField("municipality_code", self.tr("Municipality"), Kind.REFERENCE, True,
                      lambda: municipality_options(ctx)),
            FormField("district", self.tr("Area")),
            FormField("rooms", self.tr("Rooms (rok, kitchen not counted)"), Kind.NUMBER, True),
            FormField("area_m2", self.tr("Area (m²)"), Kind.NUMBER),
            FormField("rent_sek", self.tr("Rent per month"), Kind.KRONOR, True),
            FormField("floor", self.tr("Floor"), Kind.NUMBER, help=self.tr("0 = ground floor")),
            FormField("elevator", self.tr("Elevator"), Kind.FLAG),
            FormField("wheelchair_accessible", self.tr("Accessible by wheelchair"), Kind.FLAG),
            FormField("available_from", self.tr("Available from"), Kind.DATE),
            FormField("contract_type", self.tr("Contract type"), Kind.CHOICE, True, ContractType.options()),
            FormField("status", self.tr("Status"), Kind.CHOICE, True, ApartmentStatus.options()),
            FormField("notes", self.tr("Notes"), Kind.MULTILINE),
        ]
