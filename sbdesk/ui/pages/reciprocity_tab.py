"""Ömsesidighet: per partner municipality and per ring, for one year — requests sent and received,
accepted and households placed both ways, commitments, and median days to an answer and to the move;
a chart of sent against received per partner; export to CSV or XLSX. Figures only, no personal data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from matplotlib.ticker import MaxNLocator
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sbdesk.errors import SbdeskError
from sbdesk.services import reciprocity as service
from sbdesk.services.context import ServiceContext
from sbdesk.ui.charts import BAR_HEIGHT_PX, PANEL_EXTRA_PX, BarChart, Bars

RECEIVED_COLOUR = "#d9731a"  # beside the palette's highlight colour for 'sent'
RING_BACKGROUND = "#eef2f7"
MIN_SCALE = 5  # small counts get short bars: a single request should not fill the width
NUMBER_COLUMNS = [
    "sent", "received", "accepted_by_partner", "accepted_by_us", "placed_with_partner", "placed_with_us",
    "partner_quota", "own_quota", "median_answer_days_outgoing", "median_answer_days_incoming",
    "median_moved_days_outgoing", "median_moved_days_incoming",
]


def figure_text(value: Any) -> str:
    """A count as is, a median with a decimal comma when it has a half, blank as '–'."""
    if value is None:
        return "–"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:.1f}".replace(".", ",")
    return str(value)


class SentReceivedChart(BarChart):
    """Sent and received requests per partner, as pairs of horizontal bars on one axis."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(accessible_name, parent)
        self.labels: list[str] = []
        self.sent: list[int] = []
        self.received: list[int] = []
        self.series_names = ("", "")
        self.empty_text = ""

    def set_pairs(self, labels: list[str], sent: list[int], received: list[int], names: tuple[str, str],
                  empty_text: str) -> None:
        """Replace the figures and redraw (empty_text is shown when there are none)."""
        self.labels, self.sent, self.received = list(labels), list(sent), list(received)
        self.series_names, self.empty_text = names, empty_text
        self.panels = [Bars(names[0], self.labels, self.sent), Bars(names[1], self.labels, self.received)]
        self.setAccessibleDescription(". ".join(p.summary() for p in self.panels) if labels else empty_text)
        self.canvas.setFixedHeight(max(2, len(labels)) * (BAR_HEIGHT_PX + 8) + PANEL_EXTRA_PX + 24)
        self.redraw()

    def redraw(self) -> None:
        """Draw the pairs in the current palette (the base class's single series is not used)."""
        palette = self.palette()
        background = palette.color(QPalette.ColorRole.Window).name()
        text = palette.color(QPalette.ColorRole.WindowText).name()
        muted = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name()
        sent_colour = palette.color(QPalette.ColorRole.Highlight).name()
        size = max(7.0, self.font().pointSizeF())
        self.figure.clear()
        self.figure.set_facecolor(background)
        axes = self.figure.add_subplot(1, 1, 1)
        axes.set_facecolor(background)
        for side in ("top", "right", "left"):
            axes.spines[side].set_visible(False)
        axes.spines["bottom"].set_color(muted)
        if not self.labels:
            axes.set_xticks([])
            axes.set_yticks([])
            axes.spines["bottom"].set_visible(False)
            axes.text(0.0, 0.5, self.empty_text, color=muted, fontsize=size, transform=axes.transAxes)
            self.canvas.draw_idle()
            return
        positions = list(range(len(self.labels)))
        height = 0.38
        sent = axes.barh([p - height / 2 for p in positions], self.sent, height=height, color=sent_colour,
                         label=self.series_names[0])
        received = axes.barh([p + height / 2 for p in positions], self.received, height=height,
                             color=RECEIVED_COLOUR, label=self.series_names[1])
        axes.set_yticks(positions, self.labels, fontsize=size, color=text)
        axes.invert_yaxis()
        axes.tick_params(axis="y", length=0)
        axes.tick_params(axis="x", colors=muted, labelsize=size * 0.85)
        axes.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=6))
        for bars in (sent, received):
            axes.bar_label(bars, padding=3, color=text, fontsize=size * 0.9)
        axes.set_xlim(0, max([MIN_SCALE, *self.sent, *self.received]) * 1.12)
        legend = axes.legend(loc="lower left", bbox_to_anchor=(0.0, 1.0), ncol=2, fontsize=size * 0.9, frameon=False)
        for label in legend.get_texts():
            label.set_color(text)
        self.canvas.draw_idle()


class ReciprocityTab(QWidget):
    """Year chooser, the figures table, the sent/received chart and the exports."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: service.ReciprocityReport | None = None
        self.year = QComboBox()
        self.year.setAccessibleName(self.tr("Year"))
        self.year.currentIndexChanged.connect(lambda _i: self.refresh())
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self.year)
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.csv_button.setToolTip(self.tr("Save the figures as a CSV file for Excel"))
        self.csv_button.clicked.connect(lambda _c=False: self.export("csv"))
        self.xlsx_button = QPushButton(self.tr("Export XLSX…"))
        self.xlsx_button.setToolTip(self.tr("Save the figures as an Excel workbook"))
        self.xlsx_button.clicked.connect(lambda _c=False: self.export("xlsx"))
        self.saved_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addSpacing(16)
        top.addWidget(self.csv_button)
        top.addWidget(self.xlsx_button)
        top.addWidget(self.saved_label)
        top.addStretch(1)

        self.table = QTableWidget()
        self.table.setAccessibleName(self.tr("Reciprocity"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        headers = self.headers()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 10)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.chart = SentReceivedChart(self.tr("Requests sent and received per municipality"))
        chart_scroll = QScrollArea()
        chart_scroll.setWidgetResizable(True)
        chart_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        chart_scroll.setWidget(self.chart)
        self.chart_title = QLabel()
        font = self.chart_title.font()
        font.setBold(True)
        self.chart_title.setFont(font)
        chart_box = QWidget()
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.chart_title)
        chart_layout.addWidget(chart_scroll, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(chart_box)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([430, 330])
        note = QLabel(self.tr("Each figure counts what happened in the year, by the date of the step. Medians are "
                              "days from sent to the answer and to the move; – means no request to count."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(note)

    def headers(self) -> list[str]:
        """Column titles (two lines where long)."""
        return [
            self.tr("Type"), self.tr("Municipality or ring"), self.tr("Sent"), self.tr("Received"),
            self.tr("Accepted\nby them"), self.tr("Accepted\nby us"), self.tr("Moved\nto them"),
            self.tr("Moved\nto us"), self.tr("Their\ncommitment"), self.tr("Our\ncommitment"),
            self.tr("Days to answer\n(outgoing)"), self.tr("Days to answer\n(incoming)"),
            self.tr("Days to move\n(outgoing)"), self.tr("Days to move\n(incoming)"),
        ]

    # -- page behaviour -----------------------------------------------------------------------

    def activate(self) -> None:
        """Fill the year chooser (keeping the chosen year) and show that year's figures."""
        chosen = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        for year in service.request_years(self.ctx):
            self.year.addItem(str(year), year)
        index = self.year.findData(chosen) if chosen is not None else 0
        self.year.setCurrentIndex(max(0, index))
        self.year.blockSignals(False)
        self.refresh()

    def selected_year(self) -> int | None:
        """The year on show."""
        year = self.year.currentData()
        return int(year) if year is not None else None

    def set_year(self, year: int) -> None:
        """Choose a year (as a user would)."""
        self.year.setCurrentIndex(self.year.findData(year))

    def refresh(self) -> None:
        """Compute the chosen year's figures and fill the table and the chart."""
        year = self.selected_year()
        if year is None:
            return
        self.report = service.reciprocity(self.ctx, year)
        self._fill_table(self.report)
        partners = [r for r in self.report.partners if r.sent or r.received]
        self.chart_title.setText(self.tr("Requests sent and received per municipality, %1").replace("%1", str(year)))
        self.chart.set_pairs([r.name for r in partners], [r.sent for r in partners], [r.received for r in partners],
                             (self.tr("Sent by us"), self.tr("Received from them")),
                             self.tr("No requests sent or received in %1.").replace("%1", str(year)))
        self._fit_split()

    def _fit_split(self) -> None:
        """Give the table the height of its rows (at most 60 %) and the chart the rest."""
        total = sum(self.splitter.sizes())
        if total <= 0:
            return
        header = self.table.horizontalHeader().sizeHint().height()
        wanted = header + self.table.rowCount() * self.table.verticalHeader().defaultSectionSize() \
            + 2 * self.table.frameWidth() + 4
        top = min(wanted, int(total * 0.6))
        self.splitter.setSizes([top, total - top])

    def _fill_table(self, report: service.ReciprocityReport) -> None:
        rows = report.rows
        self.table.setRowCount(len(rows))
        bold = QFont(self.table.font())
        bold.setBold(True)
        for r, row in enumerate(rows):
            name = "" if row.kind == "total" else row.name  # 'Totalt' once is enough
            cells = [row.kind_label, name] + [figure_text(getattr(row, n)) for n in NUMBER_COLUMNS]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if row.kind == "total":
                    item.setFont(bold)
                elif row.kind == "ring":
                    item.setBackground(QColor(RING_BACKGROUND))
                    item.setForeground(QColor("#1a1a1a"))
                self.table.setItem(r, c, item)

    # -- exports ------------------------------------------------------------------------------

    def suggested_name(self, kind: str) -> str:
        """'omsesidighet-2026.xlsx' — no personal data in file names."""
        return f"omsesidighet-{self.selected_year()}.{kind}"

    def export(self, kind: str, path: Path | None = None) -> Path | None:
        """Export the year's rows to a CSV or XLSX file the user chooses (the export is audit-logged)."""
        if self.report is None:
            return None
        if path is None:
            title = self.tr("Export reciprocity")
            pattern = "CSV (*.csv)" if kind == "csv" else "Excel (*.xlsx)"
            chosen, _ = QFileDialog.getSaveFileName(self, title, self.suggested_name(kind), pattern)
            if not chosen:
                return None
            path = Path(chosen)
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(path.name + f".{kind}")
        writer = service.export_csv if kind == "csv" else service.export_xlsx
        try:
            writer(self.report.rows, path, ctx=self.ctx)
        except (SbdeskError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Not exported"), str(exc))
            return None
        self.saved_label.setText(self.tr("Saved: %1").replace("%1", path.name))
        return path
