"""Avtal med hyresvärdar: the agreements register (one landlord's or all) and the agreement form."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QScrollArea,
    QWidget,
)

from sbdesk.domain.enums import AgreementKind
from sbdesk.domain.validators import parse_date
from sbdesk.services import housing as service
from sbdesk.services.context import ServiceContext
from sbdesk.services.forms import check_field
from sbdesk.services.listing import MAX_PAGE, ListQuery, Page
from sbdesk.services.settings import get_setting
from sbdesk.ui import formatting
from sbdesk.ui.forms.fields import FormField, Kind
from sbdesk.ui.forms.record_dialog import RecordDialog
from sbdesk.ui.pages.options import landlord_options, municipality_options
from sbdesk.ui.registers.register_page import RegisterPage
from sbdesk.ui.registers.table_model import Column

ENDING_SOON_DAYS = 60
QUOTA_REACHED = "#fde2b8"  # the quota of the period is used up


def days_left(end: date | None, today: date | None = None) -> int | None:
    """Days until an end date (0 = ends today, negative = has ended); None without an end date."""
    return None if end is None else (end - (today or date.today())).days


def ends_soon(row: service.AgreementRow, today: date | None = None) -> bool:
    """True for an agreement, not archived, that ends within ENDING_SOON_DAYS (today included)."""
    left = days_left(row.valid_to, today)
    return left is not None and 0 <= left <= ENDING_SOON_DAYS and not row.archived


def warning_colour() -> str:
    """An amber that keeps the table's text readable on light and dark palettes."""
    dark = QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
    return "#6b4e16" if dark else "#fbe0a6"


def fit_to_content(dialog: QWidget) -> None:
    """Open a record dialog tall enough to show the whole form (within the screen), not a scroll slit."""
    scroll = dialog.findChild(QScrollArea)
    if scroll is None or scroll.widget() is None:
        return
    extra = dialog.sizeHint().height() - scroll.sizeHint().height()
    wanted = scroll.widget().sizeHint().height() + extra + 8
    screen = dialog.screen().availableGeometry().height() if dialog.screen() is not None else wanted
    dialog.resize(max(dialog.width(), dialog.minimumWidth()), min(wanted, int(screen * 0.9)))


class LinkedRegister(RegisterPage):
    """A register sharing a page with another: a heading, a change signal and honest sort arrows."""

    records_changed = Signal()

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.saved_id: int | None = None
        self.heading = QLabel(self.nav_title)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        layout = self.layout()
        layout.insertWidget(0, self.heading)  # type: ignore[attr-defined]
        layout.setContentsMargins(6, 6, 6, 6)
        header = self.table.horizontalHeader()
        header.sortIndicatorChanged.connect(self._keep_sort_indicator_honest)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the name/title takes spare width
        self._fix_tab_order()
        self.filters.addStretch(1)

    def sortable(self, key: str, supported: Any) -> str | None:
        """key when the service can sort by it, else None (the column then refuses sorting)."""
        return key if key in supported else None

    def new_record(self) -> None:
        """Create a record and select it afterwards."""
        self.saved_id = None
        super().new_record()
        if self.saved_id is not None:
            self.select_record(self.saved_id)

    def saved(self, dialog: RecordDialog) -> bool:
        """Run a record dialog; remember what it saved and tell the other register."""
        fit_to_content(dialog)
        if not dialog.exec():
            return False
        self.saved_id = getattr(dialog.result_value, "id", None)
        self.records_changed.emit()
        return True

    def _keep_sort_indicator_honest(self, section: int, _order: Qt.SortOrder) -> None:
        if self.model.columns[section].sort_key is not None:
            return
        current = next((i for i, c in enumerate(self.model.columns) if c.sort_key == self.model.query.sort), 0)
        order = Qt.SortOrder.DescendingOrder if self.model.query.descending else Qt.SortOrder.AscendingOrder
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(current, order)
        header.blockSignals(False)
        header.viewport().update()

    def _fix_tab_order(self) -> None:
        """Search, filters, 'show archived', table, buttons — the order they appear on screen."""
        filters = [w for i in range(self.filters.count()) if (w := self.filters.itemAt(i).widget()) is not None]
        chain = [self.search, *filters, self.show_archived, self.table,
                 self.new_button, self.edit_button, self.archive_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)


class AgreementDialog(RecordDialog):
    """The agreement form; also refuses, as the user types, an end date before the start date."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.inputs["valid_from"].textChanged.connect(self._start_changed)  # type: ignore[attr-defined]

    def field_problem(self, name: str) -> str | None:
        """The field's own problem, plus the date order for 'valid_to'."""
        problem = super().field_problem(name)
        if problem is None and name == "valid_to":
            problem = self.date_order_problem()
        return problem

    def date_order_problem(self) -> str | None:
        """The service's DATE_ORDER rule, checked while typing (the service checks it again on save)."""
        values = self.raw_values()
        start, end = str(values["valid_from"] or "").strip(), str(values["valid_to"] or "").strip()
        specs = service.AGREEMENT_FIELDS
        if not start or not end or check_field(specs, "valid_from", start) or check_field(specs, "valid_to", end):
            return None
        if parse_date(end) < parse_date(start):
            return self.tr("The end date cannot be before the start date.")
        return None

    def _start_changed(self, _text: str) -> None:
        if str(self.raw_values()["valid_to"] or "").strip():
            self._changed("valid_to")  # show the date-order message beside 'Gäller till' at once


class AgreementRegister(LinkedRegister):
    """Agreements with landlords: by default those of the landlord selected above."""

    default_sort = "title"

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._landlord: tuple[int, str] | None = None
        self._municipalities = {code: name for name, code in municipality_options(ctx)}
        self.new_button.setText(self.tr("New a&greement"))
        self.new_button.setToolTip(self.tr("New agreement with the selected landlord (Ctrl+N in the agreements list)"))
        self.edit_button.setText(self.tr("Open agreement"))
        self.archive_button.setText(self.tr("Archive agreement"))
        self._update_heading()

    def page_title(self) -> str:
        """'Avtal'."""
        return self.tr("Agreements")

    def columns(self) -> list[Column]:
        """Title, landlord, type, period, quota, municipality, rent guarantee; rows ending soon in amber."""
        sort = service.AGREEMENT_SORT
        columns = [
            Column("title", self.tr("Title"), "title"),
            Column("landlord_name", self.tr("Landlord"), "landlord_name"),
            Column("kind", self.tr("Type"), "kind", formatting.label),
            Column("valid_from", self.tr("Valid from"), "valid_from", formatting.day),
            Column("valid_to", self.tr("Valid to"), "valid_to", self.end_text),
            Column("quota", self.tr("Quota"), "quota", lambda v: "" if v is None else str(v), align_right=True),
            Column("usage", self.tr("Used"), None, align_right=True,
                   tooltip=lambda row: self.tr("Apartments let through the agreement this month")
                   if row.kind is AgreementKind.SET_ASIDE
                   else self.tr("Apartments let through the agreement this year"),
                   background=lambda row: QUOTA_REACHED if row.quota is not None and row.used >= row.quota else None),
            Column("municipality_code", self.tr("Municipality"), "municipality_code", self.municipality_text),
            Column("rent_guarantee", self.tr("Rent guarantee"), self.sortable("rent_guarantee", sort),
                   formatting.yes_no),
        ]
        return [replace(c, background=self.row_colour, tooltip=self.row_tooltip) for c in columns]

    def fetch(self, query: ListQuery) -> Page[Any]:
        """Agreements from the service, filtered and sorted in SQL."""
        return service.list_agreements(self.ctx, query)

    def build_filters(self) -> None:
        """Type, 'only active today', 'all landlords'."""
        self.kind_filter = self.add_combo_filter("kind", self.tr("Type"), AgreementKind.options())
        self.active_only = QCheckBox(self.tr("Only active today"))
        self.active_only.setToolTip(self.tr("Only agreements in force today"))
        self.active_only.toggled.connect(lambda _on: self.refresh_today())
        self.all_landlords = QCheckBox(self.tr("Show all landlords' agreements"))
        self.all_landlords.toggled.connect(lambda _on: self._apply_landlord_filter())
        self.filters.addWidget(self.active_only)
        self.filters.addWidget(self.all_landlords)

    def count_text(self, total: int) -> str:
        """'N avtal'."""
        return self.tr("%n agreement(s)", "", total)

    def describe(self, row: Any) -> str:
        """Title and landlord."""
        return f"”{row.title}” ({row.landlord_name})"

    # -- display ------------------------------------------------------------------------------

    def end_text(self, value: date | None) -> str:
        """The end date, with how soon it comes when that is within 60 days (not only a colour)."""
        left = days_left(value)
        if value is None or left is None:
            return ""
        if left < 0:
            return self.tr("%1 (ended)").replace("%1", value.isoformat())
        if left == 0:
            return self.tr("%1 (ends today)").replace("%1", value.isoformat())
        if left <= ENDING_SOON_DAYS:
            return self.tr("%1 (in %n day(s))", "", left).replace("%1", value.isoformat())
        return value.isoformat()

    def municipality_text(self, code: str | None) -> str:
        """'1980 Västerås' (the code first, since the service sorts by it)."""
        if not code:
            return ""
        return f"{code} {self._municipalities.get(code, '')}".strip()

    def row_colour(self, row: service.AgreementRow) -> str | None:
        """Amber for agreements that end within 60 days."""
        return warning_colour() if ends_soon(row) else None

    def row_tooltip(self, row: service.AgreementRow) -> str:
        """Why a row is amber."""
        if not ends_soon(row):
            return ""
        return self.tr("The agreement ends within %n day(s).", "", days_left(row.valid_to) or 0)

    # -- which landlord -----------------------------------------------------------------------

    def set_landlord(self, landlord_id: int | None, name: str = "") -> None:
        """Follow the landlord selected above (None: nothing selected, show every landlord's)."""
        self._landlord = (landlord_id, name) if landlord_id is not None else None
        self._apply_landlord_filter()

    def landlord_filter(self) -> int | None:
        """The landlord whose agreements are shown, or None for all."""
        if self._landlord is None or self.all_landlords.isChecked():
            return None
        return self._landlord[0]

    def refresh_today(self) -> None:
        """Apply 'only active today' with today's date (called again when the page is shown)."""
        self.model.set_filter("active_on", date.today() if self.active_only.isChecked() else None)

    def _apply_landlord_filter(self) -> None:
        self.model.set_filter("landlord_id", self.landlord_filter())
        self._update_heading()

    def _update_heading(self) -> None:
        if self.landlord_filter() is not None and self._landlord is not None:
            self.heading.setText(self.tr("Agreements with %1").replace("%1", self._landlord[1]))
        else:
            self.heading.setText(self.tr("Agreements with all landlords"))

    # -- editing ------------------------------------------------------------------------------

    def agreement_row(self, agreement_id: int) -> service.AgreementRow | None:
        """An agreement as listed: from the rows on show, else looked up through the service."""
        position = self.model.position_of(agreement_id)
        if position is not None:
            return self.model.row_at(position)
        offset = 0
        while True:
            page = service.list_agreements(self.ctx, ListQuery(include_archived=True, offset=offset, limit=MAX_PAGE))
            for row in page.rows:
                if row.id == agreement_id:
                    return row
            offset += len(page.rows)
            if not page.rows or offset >= page.total:
                return None

    def open_editor(self, record_id: int | None) -> bool:
        """The agreement form (new: for the selected landlord, in our own municipality)."""
        landlords = landlord_options(self.ctx)
        if record_id is None:
            if not landlords:
                QMessageBox.information(self, self.tr("No landlord yet"),
                                        self.tr("Add a landlord first: every agreement belongs to a landlord."))
                return False
            own = str(get_setting(self.ctx, "municipality.code") or "") or None
            initial: dict[str, Any] = {"landlord_id": self._landlord[0] if self._landlord else None,
                                       "municipality_code": own, "rent_guarantee": False}
        else:
            row = self.agreement_row(record_id)
            if row is None:
                QMessageBox.warning(self, self.tr("Agreements"), self.tr("The agreement no longer exists."))
                return False
            initial = {spec.name: getattr(row, spec.name) for spec in service.AGREEMENT_FIELDS}
            if all(value != row.landlord_id for _label, value in landlords):  # an archived landlord
                landlords.append((self.tr("%1 (archived)").replace("%1", row.landlord_name), row.landlord_id))

        def save(values: dict[str, Any]) -> Any:
            if record_id is None:
                return service.create_agreement(self.ctx, values)
            return service.update_agreement(self.ctx, record_id, values)

        title = self.tr("New agreement") if record_id is None else self.tr("Agreement")
        dialog = AgreementDialog(title, self.form_fields(landlords), service.AGREEMENT_FIELDS, save, initial, self)
        return self.saved(dialog)

    def set_archived(self, record_id: int, archived: bool) -> None:
        """Archive or bring back an agreement."""
        service.set_agreement_archived(self.ctx, record_id, archived)
        self.records_changed.emit()

    def form_fields(self, landlords: list[tuple[str, Any]]) -> list[FormField]:
        """The inputs of the agreement form."""
        ctx = self.ctx
        return [
            FormField("landlord_id", self.tr("Landlord"), Kind.REFERENCE, True, landlords),
            FormField("kind", self.tr("Type of agreement"), Kind.CHOICE, True, AgreementKind.options()),
            FormField("title", self.tr("Title"), required=True,
                      placeholder=self.tr("e.g. Priority quota %1").replace("%1", str(date.today().year))),
            FormField("valid_from", self.tr("Valid from"), Kind.DATE),
            FormField("valid_to", self.tr("Valid to"), Kind.DATE),
            FormField("quota", self.tr("Number of apartments"), Kind.NUMBER,
                      help=self.tr("How many apartments the agreement covers (per year or per month, by its type)")),
            FormField("municipality_code", self.tr("Municipality"), Kind.REFERENCE, False,
                      lambda: municipality_options(ctx)),
            FormField("rent_guarantee", self.tr("Municipal rent guarantee"), Kind.FLAG),
            FormField("consent_routine", self.tr("Consent routine"), Kind.MULTILINE,
                      help=self.tr("How the person's consent is obtained before anything is shared with the landlord")),
            FormField("notes", self.tr("Notes"), Kind.MULTILINE),
        ]
