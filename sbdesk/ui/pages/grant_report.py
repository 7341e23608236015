"""Återrapportering: pick the year, answer the grant's questions, keep the activity log, confirm what the
recorded data shows, see the results, export XLSX/CSV/PDF, and freeze the year once it is reported."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sbdesk.domain.grant import FIRST_GRANT_YEAR
from sbdesk.errors import SbdeskError
from sbdesk.services import forms as f
from sbdesk.services import grant as service
from sbdesk.services.context import ServiceContext
from sbdesk.services.grant_figures import GrantFigures
from sbdesk.services.grant_layout import question_rows, result_rows
from sbdesk.ui.charts import BarChart, Bars
from sbdesk.ui.forms.fields import FormField, Kind
from sbdesk.ui.forms.record_dialog import RecordDialog
from sbdesk.ui.pages.grant_activities import ActivitiesPanel
from sbdesk.ui.pages.grant_form import GrantYearDialog
from sbdesk.ui.pages.grant_overview import GrantOverview
from sbdesk.ui.pages.grant_views import MarksTable, RowsTable

log = logging.getLogger(__name__)
FILTERS = {"xlsx": "Excel (*.xlsx)", "csv": "CSV (*.csv)", "pdf": "PDF (*.pdf)"}


class UnfreezeDialog(RecordDialog):
    """'Lås upp': why the frozen report is opened again (required; written to the log)."""

    def __init__(self, ctx: ServiceContext, year: int, parent: QWidget | None = None) -> None:
        specs = [f.FieldSpec("reason", "Skäl", f.long_text, required=True)]
        fields = [FormField("reason", self.tr("Reason (written to the log)"), Kind.MULTILINE, True)]
        super().__init__(
            self.tr("Unfreeze %1").replace("%1", str(year)), fields, specs,
            lambda values: service.unfreeze_year(ctx, year, values["reason"]), {}, parent,
            intro=self.tr("The figures frozen for %1 are what was reported. Opened again, they follow the recorded "
                          "data and can be changed.").replace("%1", str(year)))


def default_year(today: date) -> int:
    """The year most likely being reported: last year until the end of March, then this year."""
    return today.year - 1 if today.month <= 3 else today.year


class GrantReportPage(QWidget):
    """The yearly report to Socialstyrelsen, produced from the year's recorded work."""

    status_text = Signal(str)
    open_record_in = Signal(str, int)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._today = today
        self.nav_title = self.tr("Grant report")
        self.figures: GrantFigures | None = None

        self.heading = QLabel(self.nav_title)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.year_combo = QComboBox()
        self.year_combo.setAccessibleName(self.tr("Year"))
        for year in range(today().year + 1, FIRST_GRANT_YEAR - 1, -1):
            self.year_combo.addItem(str(year), year)
        self.year_combo.setCurrentIndex(self.year_combo.findData(default_year(today())))
        self.year_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self.year_combo)
        self.state = QLabel()
        self.state.setObjectName("freeze_state")
        self.state.setWordWrap(True)  # narrow windows: the state wraps instead of pushing the buttons out
        self.edit_button = self._button(self.tr("&Edit answers…"), self.tr("Grant, costs and questions 1–4, 7–9"),
                                        self.edit_year)
        self.freeze_button = self._button(self.tr("&Freeze…"), "", self.toggle_freeze)
        self.export_buttons = {
            fmt: self._button(text, self.tr("Save the report as a file"), lambda fmt=fmt: self.export(fmt))
            for fmt, text in (("xlsx", self.tr("E&xcel…")), ("csv", self.tr("&CSV…")), ("pdf", self.tr("&PDF…")))}

        self.overview = GrantOverview()
        self.questions = RowsTable(self.tr("Questions 1–9"), numbered=True)
        self.areas = MarksTable(self.tr("Activity areas"))
        self.partners = MarksTable(self.tr("Collaboration partners"))
        for table in (self.areas, self.partners):
            table.confirm_changed.connect(self.confirm_mark)
        self.activities = ActivitiesPanel(ctx, today)
        self.activities.changed.connect(self.refresh)
        self.results = RowsTable(self.tr("Results"), numbered=False)
        self.results_chart = BarChart(self.tr("Results"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.overview, self.tr("Overview"))
        self.tabs.addTab(self.questions, self.tr("Questions 1–9"))
        self.tabs.addTab(self._marks_tab(), self.tr("Areas and partners"))
        self.tabs.addTab(self.activities, self.tr("Activities"))
        self.tabs.addTab(self._results_tab(), self.tr("Results"))

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(24)
        top.addWidget(year_label)
        top.addWidget(self.year_combo)
        top.addSpacing(12)
        top.addWidget(self.state, 1)
        for button in (self.edit_button, self.freeze_button):
            top.addWidget(button)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("Export:")))
        for button in self.export_buttons.values():
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

    def _button(self, text: str, tip: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        if tip:
            button.setToolTip(tip)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _marks_tab(self) -> QWidget:
        tab = QWidget()
        column = QVBoxLayout(tab)
        note = QLabel(self.tr("Marks from activities count at once. What the recorded data shows (requests, "
                              "agreements, contracts, förtur) counts when you confirm it."))
        note.setWordWrap(True)
        column.addWidget(note)
        for title, table in ((self.tr("5. Activity areas"), self.areas),
                             (self.tr("6. Collaboration partners"), self.partners)):
            heading = QLabel(title)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            heading.setBuddy(table)
            column.addSpacing(6)
            column.addWidget(heading)
            column.addWidget(table)
        column.addStretch(1)
        return tab

    def _results_tab(self) -> QWidget:
        tab = QWidget()
        row = QHBoxLayout(tab)
        row.addWidget(self.results, 3)
        side = QVBoxLayout()
        side.addWidget(self.results_chart)
        side.addStretch(1)
        row.addLayout(side, 2)
        return tab

    # -- page API ------------------------------------------------------------------------------

    @property
    def year(self) -> int:
        """The year on show."""
        return int(self.year_combo.currentData())

    def set_year(self, year: int) -> None:
        """Show another year."""
        self.year_combo.setCurrentIndex(self.year_combo.findData(year))

    def activate(self) -> None:
        """Shown: read the figures again (other pages change the data they come from)."""
        self.refresh()

    def new_record(self) -> None:
        """Ctrl+N: a new activity."""
        self.tabs.setCurrentWidget(self.activities)
        self.activities.new_activity()

    def refresh(self) -> None:
        """Compute (or read the frozen) figures for the year and show them everywhere."""
        try:
            fig = service.report_figures(self.ctx, self.year, today=self._today())
        except SbdeskError as exc:
            log.warning("grant figures not loaded: %s", exc.code)
            QMessageBox.warning(self, self.tr("Could not load the report"), exc.message)
            return
        self.figures = fig
        frozen = fig.frozen
        if frozen:
            self.state.setText(self.tr("Frozen %1 by %2: the figures are those reported.")
                               .replace("%1", (fig.frozen_at or "")[:10]).replace("%2", fig.frozen_by or ""))
        else:
            self.state.setText(self.tr("Not frozen: the figures follow the recorded data."))
        self.edit_button.setEnabled(not frozen)
        self.freeze_button.setText(self.tr("&Unfreeze…") if frozen else self.tr("&Freeze…"))
        self.freeze_button.setToolTip(self.tr("Open the frozen report again (the reason is logged)") if frozen
                                      else self.tr("Keep the figures as reported; later changes no longer alter them"))
        self.freeze_button.setEnabled(frozen or fig.registered)
        previous = fig.previous.year if fig.previous else None
        self.overview.show_figures(fig)
        self.questions.set_rows(question_rows(fig), previous)
        self.areas.set_marks(fig.areas, editable=not frozen)
        self.partners.set_marks(fig.partners, editable=not frozen)
        self.activities.set_year(self.year, frozen)
        self.results.set_rows(result_rows(fig), previous)
        o = fig.outcome
        self.results_chart.set_panels([
            Bars(self.tr("Households by contract type"), [c.label for c in o.by_contract],
                 [c.households for c in o.by_contract]),
            Bars(self.tr("Requests"), [self.tr("Requests sent"), self.tr("Requests received"),
                                       self.tr("Households moved")],
                 [o.requests_out, o.requests_in, o.moved_out + o.moved_in]),
            Bars(self.tr("Offers"), [self.tr("Offers made"), self.tr("Offers accepted"), self.tr("Offers declined"),
                                     self.tr("Offers unanswered")],
                 [o.offers_made, o.offers_accepted, o.offers_declined, o.offers_expired]),
        ])
        self.status_text.emit(self.tr("%n item(s) missing before export", "", len(fig.missing)) if fig.missing
                              else self.tr("Ready for export"))

    # -- actions -------------------------------------------------------------------------------

    def edit_year(self) -> bool:
        """'Redigera uppgifter…': the grant year form; True when saved."""
        dialog = GrantYearDialog(self.ctx, self.year, self, today=self._today)
        try:
            saved = bool(dialog.exec())
        finally:
            dialog.deleteLater()
        if saved:
            self.refresh()
        return saved

    def confirm_mark(self, kind: str, code: str, confirmed: bool) -> None:
        """A confirm checkbox was ticked or cleared."""
        try:
            service.confirm_mark(self.ctx, self.year, kind, code, confirmed)
        except SbdeskError as exc:
            QMessageBox.warning(self, self.tr("Not changed"), exc.message)
        self.refresh()

    def toggle_freeze(self) -> None:
        """Freeze the year (after a question), or unfreeze it with a reason."""
        if self.figures is None:
            return
        if self.figures.frozen:
            dialog = UnfreezeDialog(self.ctx, self.year, self)
            try:
                dialog.exec()
            finally:
                dialog.deleteLater()
            self.refresh()
            return
        text = self.tr("Freeze the report for %1? The figures are kept exactly as they are now; later changes to "
                       "the recorded data no longer alter them.").replace("%1", str(self.year))
        if self.figures.missing:
            text += "\n\n" + self.tr("%n item(s) are still missing.", "", len(self.figures.missing))
        if QMessageBox.question(self, self.tr("Freeze the report"), text) != QMessageBox.StandardButton.Yes:
            return
        try:
            service.freeze_year(self.ctx, self.year, today=self._today())
        except SbdeskError as exc:
            QMessageBox.warning(self, self.tr("Not frozen"), exc.message)
        self.refresh()

    def export(self, fmt: str, path: Path | None = None) -> Path | None:
        """Export the year's report to a file the user chooses (a frozen year exports its snapshot)."""
        if path is None:
            if self.figures is not None and self.figures.missing and QMessageBox.question(
                    self, self.tr("Export the report"),
                    self.tr("%n item(s) are still missing. Export anyway?", "", len(self.figures.missing)),
            ) != QMessageBox.StandardButton.Yes:
                return None
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export the report"),
                                                    f"aterrapportering-{self.year}.{fmt}", FILTERS[fmt])
            if not chosen:
                return None
            path = Path(chosen)
        try:
            written = service.export_report(self.ctx, self.year, fmt, path, today=self._today())
        except (SbdeskError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Not exported"), str(exc))
            return None
        self.status_text.emit(self.tr("Saved %1").replace("%1", written.name))
        return written
