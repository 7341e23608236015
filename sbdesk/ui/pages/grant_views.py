"""Read-only views of the återrapportering: key figures, a kronor chart, question/result tables, marks."""

from __future__ import annotations

from matplotlib.ticker import FuncFormatter
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sbdesk.services.grant_figures import Mark
from sbdesk.services.grant_layout import ReportRow, format_answer
from sbdesk.ui import formatting
from sbdesk.ui.charts import BarChart

HEADING_COLOUR = "#e8eef7"
DERIVED_COLOUR = "#fcf3d9"
MARK_ROLE = Qt.ItemDataRole.UserRole


def _grouped(value: float) -> str:
    return f"{int(value):,}".replace(",", "\u00a0")


class KronorChart(BarChart):
    """A BarChart whose bar labels and axis read as kronor ('700 000 kr'), every panel on one scale."""

    def redraw(self) -> None:
        """Draw as BarChart does, then write the amounts with thousands separators."""
        super().redraw()
        top = max([1, *(v for panel in self.panels for v in panel.values)]) * 1.2
        for axes in self.figure.axes:
            axes.set_xlim(0, top)  # one scale for every panel, so this year and last year compare
            for text in axes.texts:
                digits = text.get_text().replace("\u00a0", "").replace(" ", "")
                if digits.isdigit():
                    text.set_text(f"{_grouped(int(digits))} kr")
            axes.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: _grouped(v)))
        self.canvas.draw_idle()


class FigureBox(QFrame):
    """One key figure: caption, big value, and last year's value below when there is one."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        self.value = QLabel("–")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.value.setFont(font)
        self.previous = QLabel()
        self.previous.setObjectName("previous_year")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.previous)
        self.setAccessibleName(caption)

    def set_value(self, text: str, previous: str = "") -> None:
        """Show the value (and last year's, e.g. '2025: 822 900 kr')."""
        self.value.setText(text or "–")
        self.previous.setText(previous)
        self.previous.setVisible(bool(previous))
        self.setAccessibleDescription(f"{text} {previous}".strip())


def cell_item(text: str, *, bold: bool = False, right: bool = False, tip: str = "") -> QTableWidgetItem:
    """A read-only table cell, aligned to the top (rows wrap), bold or right-aligned when asked."""
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if bold:
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    else:
        item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    if tip:
        item.setToolTip(tip)
    return item


class WrappingTable(QTableWidget):
    """A read-only, word-wrapping table with rows as tall as their text."""

    def __init__(self, name: str, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(0, columns, parent)
        self.setAccessibleName(name)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setShowGrid(False)
        self.setAlternatingRowColors(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setHighlightSections(False)

    def set_headers(self, headers: list[str], stretch: list[int]) -> None:
        """Column titles; the stretch columns share the room left (and wrap their text)."""
        self.setHorizontalHeaderLabels(headers)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def fit_height(self) -> None:
        """As tall as the rows, so short lists leave no empty box."""
        body = sum(self.rowHeight(r) for r in range(self.rowCount()))
        self.setFixedHeight(self.horizontalHeader().sizeHint().height() + body + 2 * self.frameWidth() + 2)

    def texts(self) -> list[list[str]]:
        """Every cell's text, row by row (for tests and accessibility checks)."""
        return [[(self.item(r, c).text() if self.item(r, c) else "") for c in range(self.columnCount())]
                for r in range(self.rowCount())]


class RowsTable(WrappingTable):
    """Report rows: (Nr,) question or figure, answer, what it rests on, last year's answer."""

    def __init__(self, name: str, numbered: bool, parent: QWidget | None = None) -> None:
        super().__init__(name, 5 if numbered else 4, parent)
        self.numbered = numbered
        headers = ([self.tr("No.")] if numbered else []) + [
            self.tr("Question") if numbered else self.tr("Figure"), self.tr("Answer"), self.tr("Based on"),
            self.tr("Last year")]
        first = 1 if numbered else 0
        self.set_headers(headers, [first, first + 2])
        header = self.horizontalHeader()
        for column in (first + 1, first + 3):  # answers wrap in a column of their own width
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, self.fontMetrics().averageCharWidth() * 26)

    def set_rows(self, rows: list[ReportRow], previous_year: int | None) -> None:
        """Fill the table; the last-year column shows only when that year is registered."""
        offset = 1 if self.numbered else 0
        self.setHorizontalHeaderItem(offset + 3, QTableWidgetItem(str(previous_year) if previous_year else ""))
        self.setColumnHidden(offset + 3, previous_year is None)
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = ([cell_item(row.number, bold=row.heading)] if self.numbered else []) + [
                cell_item(row.text, bold=row.heading),
                cell_item("" if row.heading else (format_answer(row.answer, row.unit) or "–"),
                      right=isinstance(row.answer, int)),
                cell_item(row.note),
                cell_item("" if row.heading else (format_answer(row.previous, row.unit) or "–"),
                      right=isinstance(row.previous, int)),
            ]
            for c, item in enumerate(cells):
                if row.heading:
                    item.setBackground(QBrush(QColor(HEADING_COLOUR)))
                    item.setForeground(QBrush(QColor("#000000")))
                self.setItem(r, c, item)
        self.resizeRowsToContents()


class MarksTable(WrappingTable):
    """Areas or partners: activities that mark each, what the data shows, a confirm checkbox, the answer."""

    confirm_changed = Signal(str, str, bool)  # kind, code, confirmed

    CONFIRM_COLUMN = 3

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, 5, parent)
        self.set_headers([self.tr("Mark"), self.tr("Activities"), self.tr("What the recorded data shows"),
                          self.tr("Confirmed"), self.tr("In the report")], [0, 2])
        self._filling = False
        self.itemChanged.connect(self._changed)

    def set_marks(self, marks: tuple[Mark, ...], editable: bool) -> None:
        """Fill the rows; a confirm checkbox appears where the data shows a mark (enabled unless frozen)."""
        self._filling = True
        self.setRowCount(len(marks))
        for r, m in enumerate(marks):
            confirm = cell_item("")
            if m.derived:
                flags = Qt.ItemFlag.ItemIsUserCheckable | (Qt.ItemFlag.ItemIsEnabled if editable else Qt.ItemFlag.NoItemFlags)
                confirm.setFlags(flags)
                confirm.setCheckState(Qt.CheckState.Checked if m.confirmed else Qt.CheckState.Unchecked)
                confirm.setData(MARK_ROLE, (m.kind, m.code))
                confirm.setToolTip(self.tr("Confirm that the report answers yes because of what the data shows"))
            derived = cell_item(m.derived)
            if m.awaiting_confirmation:
                derived.setBackground(QBrush(QColor(DERIVED_COLOUR)))
                derived.setForeground(QBrush(QColor("#000000")))
            cells = [cell_item(m.label), cell_item(str(m.manual) if m.manual else "", right=True), derived, confirm,
                     cell_item(formatting.yes_no(m.reported), bold=m.reported)]
            for c, item in enumerate(cells):
                self.setItem(r, c, item)
        self.resizeRowsToContents()
        self.fit_height()
        self._filling = False

    def _changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != self.CONFIRM_COLUMN or item.data(MARK_ROLE) is None:
            return
        kind, code = item.data(MARK_ROLE)
        self.confirm_changed.emit(kind, code, item.checkState() == Qt.CheckState.Checked)

    def confirm_item(self, code: str) -> QTableWidgetItem | None:
        """The confirm checkbox of a mark (None when the data shows nothing for it)."""
        for r in range(self.rowCount()):
            item = self.item(r, self.CONFIRM_COLUMN)
            if item is not None and item.data(MARK_ROLE) is not None and item.data(MARK_ROLE)[1] == code:
                return item
        return None
