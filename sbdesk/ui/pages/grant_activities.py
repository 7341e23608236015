"""The activity log of a grant year: a list with add / edit / archive, and the activity form with its
activity areas and collaboration partners as check boxes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sbdesk.domain.grant import ActivityArea, PartnerType
from sbdesk.errors import SbdeskError
from sbdesk.services import grant_activities as service
from sbdesk.services.context import ServiceContext
from sbdesk.ui import formatting
from sbdesk.ui.forms.fields import FormField, Kind
from sbdesk.ui.forms.record_dialog import RecordDialog
from sbdesk.ui.pages.grant_views import WrappingTable, cell_item

ID_ROLE = Qt.ItemDataRole.UserRole


def _boxes(title: str, members: list[Any], columns: int) -> tuple[QGroupBox, dict[str, QCheckBox]]:
    group = QGroupBox(title)
    grid = QGridLayout(group)
    boxes: dict[str, QCheckBox] = {}
    for i, member in enumerate(members):
        box = QCheckBox(member.label)
        box.setObjectName(f"mark_{member.value}")
        boxes[member.value] = box
        grid.addWidget(box, i // columns, i % columns)
    return group, boxes


class ActivityDialog(RecordDialog):
    """Record or change one activity: date, description, hours, cost, areas and partners."""

    def __init__(self, ctx: ServiceContext, row: service.ActivityRow | None = None, parent: QWidget | None = None,
                 *, today: date | None = None, default_day: date | None = None) -> None:
        today = today or date.today()
        self._area_boxes: dict[str, QCheckBox] = {}
        self._partner_boxes: dict[str, QCheckBox] = {}
        extra = QWidget()
        column = QVBoxLayout(extra)
        column.setContentsMargins(0, 0, 0, 0)
        areas, self._area_boxes = _boxes(self.tr("Activity areas (question 5)"), list(ActivityArea), 2)
        partners, self._partner_boxes = _boxes(self.tr("Collaboration partners (question 6)"), list(PartnerType), 2)
        column.addWidget(areas)
        column.addWidget(partners)
        fields = [
            FormField("occurred_on", self.tr("Date"), Kind.DATE, True),
            FormField("description", self.tr("What was done"), Kind.TEXT, True,
                      placeholder=self.tr("e.g. Meeting with the housing company about set-aside apartments")),
            FormField("hours", self.tr("Hours"), Kind.NUMBER),
            FormField("cost_sek", self.tr("Cost"), Kind.KRONOR),
        ]
        specs = service.activity_fields(today)

        def save(values: dict[str, Any]) -> service.ActivityRow:
            if row is None:
                return service.create_activity(ctx, values, today=today)
            return service.update_activity(ctx, row.id, values, today=today)

        initial: dict[str, Any] = {"occurred_on": default_day or today}
        if row is not None:
            initial = {"occurred_on": row.occurred_on, "description": row.description, "hours": row.hours,
                       "cost_sek": row.cost_sek}
        super().__init__(self.tr("New activity") if row is None else self.tr("Activity"), fields, specs, save,
                         initial, parent, extra=extra,
                         intro=self.tr("Work done with the grant. Tick the areas and partners it concerns: they "
                                       "count towards questions 5 and 6 of the report."))
        for box in (*self._area_boxes.values(), *self._partner_boxes.values()):
            box.toggled.connect(lambda _on: self._refresh_errors())
        if row is not None:
            for value in row.areas:
                self._area_boxes[value.value].setChecked(True)
            for value in row.partners:
                self._partner_boxes[value.value].setChecked(True)
        self._initial = self.raw_values()

    def raw_values(self) -> dict[str, Any]:
        """The fields plus the ticked areas and partners."""
        values = super().raw_values()
        values["areas"] = [v for v, box in getattr(self, "_area_boxes", {}).items() if box.isChecked()]
        values["partners"] = [v for v, box in getattr(self, "_partner_boxes", {}).items() if box.isChecked()]
        return values

    def tick(self, value: str, on: bool = True) -> None:
        """Tick an area or partner by its value (as the user would)."""
        (self._area_boxes.get(value) or self._partner_boxes[value]).setChecked(on)


class ActivitiesPanel(QWidget):
    """The year's activities with New / Edit / Archive (and Restore when archived ones are shown)."""

    changed = Signal()

    def __init__(self, ctx: ServiceContext, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._today = today
        self.year = today().year
        self.frozen = False
        self.rows: list[service.ActivityRow] = []
        self.table = WrappingTable(self.tr("Activities"), 6)
        self.table.set_headers([self.tr("Date"), self.tr("What was done"), self.tr("Activity areas"),
                                self.tr("Collaboration partners"), self.tr("Hours"), self.tr("Cost")], [1, 2, 3])
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.activated.connect(lambda _i: self.edit_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.new_button = self._button(self.tr("&New activity…"), self.new_activity)
        self.edit_button = self._button(self.tr("&Edit activity…"), self.edit_selected)
        self.archive_button = self._button(self.tr("&Archive"), self.archive_selected)
        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.show_archived.toggled.connect(lambda _on: self.refresh())
        self.summary = QLabel()
        buttons = QHBoxLayout()
        for widget in (self.new_button, self.edit_button, self.archive_button, self.show_archived):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

    def _button(self, text: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def set_year(self, year: int, frozen: bool) -> None:
        """Show another year's activities."""
        self.year, self.frozen = year, frozen
        self.refresh()

    def refresh(self) -> None:
        """Read the year's activities again."""
        self.rows = service.list_activities(self.ctx, self.year, include_archived=self.show_archived.isChecked())
        self.table.setRowCount(len(self.rows))
        for r, a in enumerate(self.rows):
            cells = [cell_item(formatting.day(a.occurred_on)), cell_item(a.description),
                     cell_item(", ".join(m.label for m in a.areas)),
                     cell_item(", ".join(m.label for m in a.partners)),
                     cell_item("" if a.hours is None else str(a.hours), right=True),
                     cell_item(formatting.kronor(a.cost_sek), right=True)]
            for c, item in enumerate(cells):
                item.setData(ID_ROLE, a.id)
                if a.archived:
                    item.setForeground(self.palette().brush(self.palette().ColorGroup.Disabled,
                                                            self.palette().ColorRole.WindowText))
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        live = [a for a in self.rows if not a.archived]
        self.summary.setText(self.tr("%n activity(ies)", "", len(live)) + " · "
                             + self.tr("%1 hours").replace("%1", str(sum(a.hours or 0 for a in live))))
        self._update_buttons()

    def selected(self) -> service.ActivityRow | None:
        """The selected activity, if any."""
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) and self.table.selectedItems() else None

    def _update_buttons(self) -> None:
        row = self.selected()
        self.new_button.setEnabled(not self.frozen)
        self.edit_button.setEnabled(row is not None and not self.frozen)
        self.archive_button.setEnabled(row is not None and not self.frozen)
        self.archive_button.setText(self.tr("&Restore") if row is not None and row.archived else self.tr("&Archive"))

    def _run(self, dialog: ActivityDialog) -> None:
        try:
            accepted = dialog.exec()
        finally:
            dialog.deleteLater()
        if accepted:
            self.refresh()
            self.changed.emit()

    def new_activity(self) -> None:
        """'Ny aktivitet…' (Ctrl+N): dated today, or the last day of a past year."""
        if self.frozen:
            return
        today = self._today()
        default = today if self.year >= today.year else date(self.year, 12, 31)
        self._run(ActivityDialog(self.ctx, None, self, today=today, default_day=default))

    def edit_selected(self) -> None:
        """Open the selected activity."""
        row = self.selected()
        if row is not None and not self.frozen:
            self._run(ActivityDialog(self.ctx, row, self, today=self._today()))

    def archive_selected(self) -> None:
        """Archive the selected activity (it stops counting), or restore an archived one."""
        row = self.selected()
        if row is None or self.frozen:
            return
        if not row.archived and QMessageBox.question(
                self, self.tr("Archive activity"),
                self.tr("Archive the activity? It no longer counts towards the report.")) != QMessageBox.StandardButton.Yes:
            return
        try:
            service.set_activity_archived(self.ctx, row.id, not row.archived)
        except SbdeskError as exc:
            QMessageBox.warning(self, self.tr("Not changed"), exc.message)
            return
        self.refresh()
        self.changed.emit()
