"""Översikt: what needs attention today; every row opens the record it refers to."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sbdesk.domain.enums import ProtectionLevel
from sbdesk.errors import SbdeskError
from sbdesk.services import dashboard as service
from sbdesk.services import offer_list
from sbdesk.services.context import ServiceContext
from sbdesk.ui import formatting
from sbdesk.ui.charts import BarChart, Bars

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole
BADGE_COLOURS = {  # background of the protection badge; text is always black on it
    ProtectionLevel.CONFIDENTIALITY_MARK: "#fcf3d9",
    ProtectionLevel.PROTECTED_REGISTRATION: "#f8d7da",
    ProtectionLevel.ASSUMED_IDENTITY: "#f1c9f5",
}


class RecordList(QTableWidget):
    """A short read-only list of records; a click or Enter on a row emits `chosen(record_id)`."""

    chosen = Signal(int)

    def __init__(self, name: str, headers: Sequence[str], elastic: int = -1, parent: QWidget | None = None) -> None:
        """`elastic` is the column that takes the room left (and elides its text when there is too little)."""
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(list(headers))
        self.setAccessibleName(name)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.verticalHeader().setMinimumSectionSize(self.fontMetrics().height() + 4)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setSectionResizeMode(elastic % len(headers), QHeaderView.ResizeMode.Stretch)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.horizontalHeader().setHighlightSections(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.clicked.connect(lambda index: self._choose(index.row()))
        self.horizontalScrollBar().rangeChanged.connect(lambda *_: self._fit_height())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda: self._choose(self.currentRow()))

    def set_rows(self, rows: list[tuple[int, list[QTableWidgetItem]]]) -> None:
        """Fill the list: (record id, one item per column) per row; the height follows the rows."""
        self.clearContents()
        self.setRowCount(len(rows))
        for r, (record_id, items) in enumerate(rows):
            for c, item in enumerate(items):
                item.setData(ID_ROLE, record_id)
                self.setItem(r, c, item)
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as the rows (plus the horizontal scroll bar only while it is needed)."""
        header = self.horizontalHeader().sizeHint().height()
        body = sum(self.rowHeight(r) for r in range(self.rowCount()))
        bar = self.horizontalScrollBar()
        scrollbar = bar.sizeHint().height() if bar.maximum() > 0 else 0
        self.setFixedHeight(header + body + scrollbar + 2 * self.frameWidth())

    def record_id(self, row: int) -> int | None:
        """The id behind a row."""
        item = self.item(row, 0)
        return None if item is None else item.data(ID_ROLE)

    def _choose(self, row: int) -> None:
        record_id = self.record_id(row)
        if record_id is not None:
            self.chosen.emit(record_id)


def _item(text: str, *, right: bool = False, tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if tip:
        item.setToolTip(tip)  # the whole text where the column elides it (never a person's data)
    return item


def badge_item(level: ProtectionLevel) -> QTableWidgetItem:
    """The protection level as a coloured, bold badge (empty when the case has no protection)."""
    if not level.protected:
        return QTableWidgetItem("")
    item = QTableWidgetItem(formatting.label(level))
    font = QFont(item.font())
    font.setBold(True)
    item.setFont(font)
    item.setBackground(QBrush(QColor(BADGE_COLOURS[level])))
    item.setForeground(QBrush(QColor("#000000")))
    return item


class Section(QWidget):
    """A heading, a note (how many of how many), the list, and a text shown when the list is empty."""

    def __init__(self, title: str, records: RecordList, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(title)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.note = QLabel()
        self.records = records
        self.empty = QLabel(empty_text)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.records)
        layout.addWidget(self.empty)
        layout.addStretch(1)

    def show_rows(self, rows: list[tuple[int, list[QTableWidgetItem]]], note: str) -> None:
        """Fill the list, or show the empty text."""
        self.records.set_rows(rows)
        self.records.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.note.setText(note)


class KeyFigure(QFrame):
    """One big number with its caption."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.number = QLabel("–")
        font = self.number.font()
        font.setPointSizeF(font.pointSizeF() * 2.4)
        font.setBold(True)
        self.number.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        self.setAccessibleName(caption)

    def set_value(self, value: int) -> None:
        """Show the number."""
        self.number.setText(str(value))
        self.setAccessibleDescription(f"{value} {self.caption.text()}")


class OverviewPage(QWidget):
    """Översikt: longest waits, apartments free soon, agreements ending, key numbers and two charts."""

    status_text = Signal(str)
    open_record_in = Signal(str, int)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._today = today
        self.nav_title = self.tr("Overview")
        self.data: service.Dashboard | None = None

        self.heading = QLabel(self.nav_title)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.date_label = QLabel()
        self.waiting_figure = KeyFigure(self.tr("households waiting for a home"))
        self.available_figure = KeyFigure(self.tr("apartments available now"))
        self.protected_figure = KeyFigure(self.tr("open cases with protected personal data"))

        self.waiting = Section(
            self.tr("Households waiting longest"),
            RecordList(self.tr("Households waiting longest"),
                       [self.tr("Case"), self.tr("Pseudonym"), self.tr("Protection"), self.tr("Waited"),
                        self.tr("In the queue since"), self.tr("Status")]),
            self.tr("No household is waiting."),
        )
        self.apartments = Section(
            self.tr("Available within 30 days"),
            RecordList(self.tr("Apartments available within 30 days"),
                       [self.tr("Available from"), self.tr("Address"), self.tr("Municipality"), self.tr("Size"),
                        self.tr("Rent/month"), self.tr("Landlord")], elastic=5),
            self.tr("No apartment becomes available in the next 30 days."),
        )
        self.agreements = Section(
            self.tr("Agreements ending within 60 days"),
            RecordList(self.tr("Agreements ending within 60 days"),
                       [self.tr("Ends"), self.tr("Landlord"), self.tr("Agreement")], elastic=2),
            self.tr("No agreement ends in the next 60 days."),
        )
        self.replies = Section(
            self.tr("Replies to offers due within 7 days"),
            RecordList(self.tr("Replies to offers due within 7 days"),
                       [self.tr("Reply by"), self.tr("Case"), self.tr("Protection"), self.tr("Apartment")],
                       elastic=3),
            self.tr("No offer is waiting for a reply."),
        )
        self.replies.records.chosen.connect(lambda i: self.open_record_in.emit("offers", i))
        self.requests = Section(
            self.tr("Requests needing a reminder"),
            RecordList(self.tr("Requests needing a reminder"),
                       [self.tr("Request"), self.tr("Municipality"), self.tr("Case"), self.tr("Why")], elastic=2),
            self.tr("No request is overdue or stalled."),
        )
        self.requests.records.chosen.connect(lambda i: self.open_record_in.emit("requests", i))
        self.waiting.records.chosen.connect(lambda i: self.open_record_in.emit("cases", i))
        self.apartments.records.chosen.connect(lambda i: self.open_record_in.emit("apartments", i))
        self.agreements.records.chosen.connect(lambda i: self.open_record_in.emit("agreements", i))
        self.chart = BarChart(self.tr("Apartments and cases by status"))
        self._build_layout()

    def _build_layout(self) -> None:
        title_row = QHBoxLayout()
        title_row.addWidget(self.heading)
        title_row.addStretch(1)
        title_row.addWidget(self.date_label)
        figures = QHBoxLayout()
        for figure in (self.waiting_figure, self.available_figure, self.protected_figure):
            figures.addWidget(figure, 1)
        charts = QVBoxLayout()
        charts.addWidget(self.chart)
        charts.addStretch(1)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(18)
        reminders = QVBoxLayout()  # what waits for the coordinator's answer comes first, beside the waits
        reminders.setSpacing(18)
        reminders.addWidget(self.replies)
        reminders.addWidget(self.requests)
        reminders.addStretch(1)
        grid.addLayout(figures, 0, 0, 1, 2)
        grid.addWidget(self.waiting, 1, 0)
        grid.addLayout(reminders, 1, 1)
        grid.addWidget(self.apartments, 2, 0)
        grid.addWidget(self.agreements, 2, 1)
        grid.addLayout(charts, 3, 0, 1, 2)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 4)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(16, 12, 16, 12)
        column.addLayout(title_row)
        column.addLayout(grid)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        order = [self.waiting.records, self.apartments.records, self.agreements.records, self.replies.records,
                 self.requests.records]
        for before, after in pairwise(order):
            QWidget.setTabOrder(before, after)

    # -- behaviour ----------------------------------------------------------------------------

    def activate(self) -> None:
        """Called when the page is shown: read the figures again."""
        self.refresh()

    def refresh(self) -> None:
        """Fetch the overview from the service and show it."""
        try:
            data = service.dashboard(self.ctx, self._today())
        except SbdeskError as exc:
            log.warning("overview not loaded: %s", exc.code)
            QMessageBox.warning(self, self.tr("Could not load the overview"), exc.message)
            return
        self.data = data
        self.date_label.setText(QLocale().toString(QDate(data.today), "dddd d MMMM yyyy").capitalize())
        self.waiting_figure.set_value(data.figures.waiting_households)
        self.available_figure.set_value(data.figures.available_apartments)
        self.protected_figure.set_value(data.figures.protected_cases)
        self.waiting.show_rows([self._waiting_row(w) for w in data.waiting],
                               self._shown(len(data.waiting), data.waiting_total))
        self.apartments.show_rows([self._apartment_row(a) for a in data.upcoming_apartments],
                                  self._shown(len(data.upcoming_apartments), data.upcoming_total))
        self.agreements.show_rows([self._agreement_row(a) for a in data.ending_agreements],
                                  self._shown(len(data.ending_agreements), data.ending_total))
        try:
            due = offer_list.replies_due(self.ctx, today=data.today)
        except SbdeskError as exc:
            log.warning("replies due not loaded: %s", exc.code)
            due = []
        self.replies.show_rows([self._reply_row(o, data.today) for o in due], "")
        reminders = [self._overdue_row(r) for r in data.overdue_requests]
        reminders += [self._stalled_row(r) for r in data.stalled_requests]
        total = data.overdue_requests_total + data.stalled_requests_total
        self.requests.show_rows(reminders, self._shown(len(reminders), total))
        self.chart.set_panels([
            Bars(self.tr("Apartments by status"), [formatting.label(c.status) for c in data.apartments_by_status],
                 [c.count for c in data.apartments_by_status]),
            Bars(self.tr("Cases by status"), [formatting.label(c.status) for c in data.cases_by_status],
                 [c.count for c in data.cases_by_status]),
        ])
        self.status_text.emit(self.tr("%n household(s) waiting", "", data.figures.waiting_households))

    def _shown(self, shown: int, total: int) -> str:
        return self.tr("%1 of %2").replace("%1", str(shown)).replace("%2", str(total)) if total > shown else ""

    def _days(self, days: int) -> str:
        return self.tr("%n day(s)", "", days)

    def _in_days(self, days: int) -> str:
        return self.tr("today") if days == 0 else self.tr("in %n day(s)", "", days)

    def _waiting_row(self, w: service.WaitingHousehold) -> tuple[int, list[QTableWidgetItem]]:
        waited = "" if w.days_waiting is None else self._days(w.days_waiting)
        return w.id, [
            _item(w.reference), _item(w.pseudonym), badge_item(w.protection_level), _item(waited, right=True),
            _item(formatting.day(w.waiting_since)), _item(formatting.label(w.status)),
        ]

    def _apartment_row(self, a: service.UpcomingApartment) -> tuple[int, list[QTableWidgetItem]]:
        return a.id, [
            _item(f"{formatting.day(a.available_from)} ({self._in_days(a.days_until)})"), _item(a.address), _item(a.municipality_name),
            _item(f"{a.rooms} rok", right=True), _item(formatting.kronor(a.rent_sek), right=True),
            _item(a.landlord_name, tip=a.landlord_name),
        ]

    def _reply_row(self, o: offer_list.OfferListRow, today: date) -> tuple[int, list[QTableWidgetItem]]:
        days = (o.reply_by - today).days if o.reply_by else 0
        when = self._in_days(days) if days >= 0 else self.tr("%n day(s) ago", "", -days)
        item = _item(f"{formatting.day(o.reply_by)} ({when})")
        if o.overdue:
            item.setBackground(QBrush(QColor("#f9c9c4")))
            item.setToolTip(self.tr("The reply-by date has passed: record the answer or mark the offer expired"))
        return o.id, [item, _item(f"{o.reference} ({o.pseudonym})"), badge_item(o.protection_level),
                      _item(f"{o.address}, {o.size}", tip=o.address)]

    def _request_cells(self, row: Any, why: str, overdue: bool) -> tuple[int, list[QTableWidgetItem]]:
        who = f"{row.case.reference} ({row.case.pseudonym})" if row.case is not None else self.tr("Received household")
        badge = badge_item(row.protection_level)  # the case's, or the received household's
        case = _item(f"{who} – {badge.text()}" if badge.text() else who)
        if badge.text():
            case.setBackground(badge.background())
        case.setToolTip(case.text())
        reason = _item(why, tip=why)
        if overdue:
            reason.setBackground(QBrush(QColor("#f9c9c4")))
        return row.id, [_item(row.reference), _item(row.counterpart_name), case, reason]

    def _overdue_row(self, r: Any) -> tuple[int, list[QTableWidgetItem]]:
        why = self.tr("Answer %n day(s) late", "", r.days_overdue)
        return self._request_cells(r.row, why, True)

    def _stalled_row(self, r: Any) -> tuple[int, list[QTableWidgetItem]]:
        why = self.tr("No step for %n day(s)", "", r.days_since_step) + f" ({r.row.status_label.lower()})"
        return self._request_cells(r.row, why, False)

    def _agreement_row(self, a: service.EndingAgreement) -> tuple[int, list[QTableWidgetItem]]:
        return a.id, [
            _item(f"{formatting.day(a.valid_to)} ({self._in_days(a.days_left)})"), _item(a.landlord_name),
            _item(a.title, tip=a.title),
        ]

    def rows_of(self, section: Section) -> list[list[str]]:
        """The texts of a section's rows (for tests and accessibility checks)."""
        table = section.records
        return [[(table.item(r, c).text() if table.item(r, c) else "") for c in range(table.columnCount())]
                for r in range(table.rowCount())]

    def sections(self) -> dict[str, Section]:
        """The lists by the page key their rows open."""
        return {"cases": self.waiting, "apartments": self.apartments, "agreements": self.agreements,
                "offers": self.replies, "requests": self.requests}
