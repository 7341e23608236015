"""Small bar charts on matplotlib's Qt canvas (FigureCanvasQTAgg), drawn in the application's palette."""

from __future__ import annotations

from dataclasses import dataclass

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

BAR_HEIGHT_PX = 22
PANEL_EXTRA_PX = 58  # title and axis of one panel


@dataclass(frozen=True)
class Bars:
    """One panel: a title and (label, value) bars, drawn top to bottom."""

    title: str
    labels: list[str]
    values: list[int]

    def summary(self) -> str:
        """'Title: label 3, label 5' — the figures in words, for screen readers."""
        return f"{self.title}: " + ", ".join(f"{lb} {v}" for lb, v in zip(self.labels, self.values, strict=True))


def _hex(colour: QColor) -> str:
    return colour.name(QColor.NameFormat.HexRgb)


class BarChart(QWidget):
    """One or more horizontal bar charts stacked in one canvas, their axes aligned."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panels: list[Bars] = []
        self.figure = Figure(layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        self.setAccessibleName(accessible_name)

    def set_panels(self, panels: list[Bars]) -> None:
        """Replace the charts and redraw."""
        self.panels = list(panels)
        self.setAccessibleDescription(". ".join(p.summary() for p in self.panels))
        rows = sum(max(1, len(p.labels)) for p in self.panels)
        self.canvas.setFixedHeight(rows * BAR_HEIGHT_PX + len(self.panels) * PANEL_EXTRA_PX)
        self.redraw()

    def redraw(self) -> None:
        """Draw again in the current palette and font."""
        palette = self.palette()
        background = _hex(palette.color(QPalette.ColorRole.Window))
        text = _hex(palette.color(QPalette.ColorRole.WindowText))
        muted = _hex(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText))
        bar = _hex(palette.color(QPalette.ColorRole.Highlight))
        size = max(7.0, self.font().pointSizeF())
        self.figure.clear()
        self.figure.set_facecolor(background)
        if not self.panels:
            self.canvas.draw_idle()
            return
        ratios = [max(1, len(p.labels)) + 1.6 for p in self.panels]
        for axes, panel in zip(self.figure.subplots(len(self.panels), 1, squeeze=False, height_ratios=ratios)[:, 0],
                               self.panels, strict=True):
            axes.set_facecolor(background)
            positions = list(range(len(panel.labels)))
            bars = axes.barh(positions, panel.values, color=bar, height=0.64)
            axes.set_yticks(positions, panel.labels, fontsize=size, color=text)
            axes.invert_yaxis()  # first label on top, as it is read
            axes.set_title(panel.title, loc="left", fontsize=size * 1.1, color=text, fontweight="bold")
            axes.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=5))
            axes.tick_params(axis="x", colors=muted, labelsize=size * 0.85)
            axes.tick_params(axis="y", length=0)
            axes.bar_label(bars, padding=3, color=text, fontsize=size * 0.95)
            axes.set_xlim(0, max([1, *panel.values]) * 1.15)
            for side in ("top", "right", "left"):
                axes.spines[side].set_visible(False)
            axes.spines["bottom"].set_color(muted)
        self.canvas.draw_idle()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Follow palette and font changes (light/dark mode)."""
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange) and self.panels:
            self.redraw()
        super().changeEvent(event)
