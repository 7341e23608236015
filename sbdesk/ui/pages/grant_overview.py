"""The first tab of Återrapportering: key figures beside last year's, costs by item as a chart, what is
missing before export, and the year's results in brief."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from sbdesk.services.grant_figures import GrantFigures
from sbdesk.services.grant_layout import format_answer
from sbdesk.ui import formatting
from sbdesk.ui.charts import Bars
from sbdesk.ui.pages.grant_views import FigureBox, KronorChart
from sbdesk.ui.widgets import FieldError


def _bold(text: str = "") -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


class GrantOverview(QWidget):
    """Key figures, the cost chart, the missing list and results in brief for one year."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.granted = FigureBox(self.tr("Granted amount"))
        self.costs = FigureBox(self.tr("Costs"))
        self.unused = FigureBox(self.tr("Unused money"))
        self.share = FigureBox(self.tr("Share unused"))
        self.overspent = FieldError(self.costs)
        self.chart = KronorChart(self.tr("Costs by item"))
        self.missing_heading = _bold()
        self.missing = QLabel()
        self.missing.setObjectName("missing_list")
        self.missing.setWordWrap(True)
        self.missing.setTextFormat(Qt.TextFormat.PlainText)
        self.missing.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.results = QLabel()
        self.results.setObjectName("results_brief")
        self.results.setWordWrap(True)
        self.results.setTextFormat(Qt.TextFormat.PlainText)

        figures = QHBoxLayout()
        for box in (self.granted, self.costs, self.unused, self.share):
            figures.addWidget(box, 1)
        left = QVBoxLayout()
        left.addWidget(_bold(self.tr("Costs by item (kr)")))
        left.addWidget(self.chart)
        left.addWidget(self.overspent)
        left.addSpacing(12)
        left.addWidget(_bold(self.tr("Results in brief")))
        left.addWidget(self.results)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.missing_heading)
        right.addWidget(self.missing)
        right.addStretch(1)
        grid = QGridLayout()
        grid.setHorizontalSpacing(28)
        grid.addLayout(figures, 0, 0, 1, 2)
        grid.addLayout(left, 1, 0)
        grid.addLayout(right, 1, 1)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 4)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(4, 8, 4, 8)
        column.addLayout(grid)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def show_figures(self, fig: GrantFigures) -> None:
        """Fill every part from one year's figures."""
        prev = fig.previous
        before = (lambda text: f"{prev.year}: {text or '–'}") if prev else (lambda _text: "")
        self.granted.set_value(formatting.kronor(fig.granted_sek),
                               before(formatting.kronor(prev.granted_sek) if prev else ""))
        self.costs.set_value(formatting.kronor(fig.cost_total_sek),
                             before(formatting.kronor(prev.cost_total_sek) if prev else ""))
        self.unused.set_value(formatting.kronor(fig.unused_sek),
                              before(formatting.kronor(prev.unused_sek) if prev else ""))
        self.share.set_value(format_answer(fig.unused_share_percent, "%"),
                             before(format_answer(prev.unused_share_percent, "%") if prev else ""))
        self.overspent.set_message(
            self.tr("The costs exceed the granted amount by %1.").replace("%1", formatting.kronor(fig.overspent_sek))
            if fig.overspent_sek else None)
        items = [(c.label, c.amount_sek or 0) for c in fig.costs] + [(self.tr("Unused money"), fig.unused_sek or 0)]
        panels = [Bars(str(fig.year), [label for label, _v in items], [v for _l, v in items])]
        if prev is not None:
            old = [(c.label, c.amount_sek or 0) for c in prev.costs] + [(self.tr("Unused money"), prev.unused_sek or 0)]
            panels.append(Bars(str(prev.year), [label for label, _v in old], [v for _l, v in old]))
        self.chart.set_panels(panels)
        if fig.missing:
            self.missing_heading.setText(self.tr("Missing before export (%1)").replace("%1", str(len(fig.missing))))
            self.missing.setText("\n".join(f"• {m.message}" for m in fig.missing))
        else:
            self.missing_heading.setText(self.tr("Nothing is missing"))
            self.missing.setText(self.tr("Every question is answered.") if fig.frozen else
                                 self.tr("Every question is answered. Freeze the year when the report is sent."))
        self.results.setText(self._results(fig))

    def _results(self, fig: GrantFigures) -> str:
        o = fig.outcome
        days = (self.tr("median %1 days, longest %2 days in skyddat boende before moving in")
                .replace("%1", str(o.median_days)).replace("%2", str(o.longest_days))
                if o.median_days is not None else self.tr("no recorded days in skyddat boende"))
        lines = [
            self.tr("%1 households (%2 children) moved into a permanent home; %3.")
            .replace("%1", str(o.households_moved)).replace("%2", str(o.children_moved)).replace("%3", days),
            self.tr("%1 requests sent and %2 received; %3 households moved through a request.")
            .replace("%1", str(o.requests_out)).replace("%2", str(o.requests_in))
            .replace("%3", str(o.moved_out + o.moved_in)),
            self.tr("%1 offers made: %2 accepted, %3 declined, %4 unanswered.")
            .replace("%1", str(o.offers_made)).replace("%2", str(o.offers_accepted))
            .replace("%3", str(o.offers_declined)).replace("%4", str(o.offers_expired)),
            self.tr("%1 activities recorded, %2 hours.").replace("%1", str(len(fig.activities)))
            .replace("%2", str(fig.activity_hours)),
        ]
        return "\n".join(lines)
