"""The återrapportering as a PDF summary: key figures, a chart of costs by item (matplotlib, Agg, no Qt),
the questions with their answers, the outcome figures and the activity log."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Image, KeepTogether, Paragraph, Spacer, Table, TableStyle

from sbdesk.documents.pdf import FONT, FONT_BOLD, build_pdf, styles
from sbdesk.exports.grant_report import status_line
from sbdesk.services.grant_figures import GrantFigures
from sbdesk.services.grant_layout import TITLE, ReportRow, format_answer, question_rows, result_rows

BAR = "#2f5d8a"
BAR_PREVIOUS = "#b8c7d9"
TEXT_WIDTH = 170 * mm


def _kr(value: float, _pos: Any = None) -> str:
    return f"{int(value):,}".replace(",", "\u00a0")


def cost_items(fig: GrantFigures) -> list[tuple[str, int]]:
    """(label, kronor) for each cost item and the unused money, as the chart shows them."""
    return [(c.label, c.amount_sek or 0) for c in fig.costs] + [("Oanvända medel", fig.unused_sek or 0)]


def cost_chart_png(fig: GrantFigures, *, width_in: float = 6.6, dpi: int = 200) -> bytes:
    """Horizontal bars of the costs by item (and last year's beside them), rendered to PNG in memory."""
    items = cost_items(fig)
    previous = dict(cost_items(fig.previous)) if fig.previous else None
    figure = Figure(figsize=(width_in, 0.45 + 0.3 * len(items) * (2 if previous else 1)), layout="constrained",
                    facecolor="white")
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    positions = list(range(len(items)))
    height = 0.4 if previous else 0.62
    values = [v for _l, v in items]
    bars = axes.barh([p - (height / 2 if previous else 0) for p in positions], values, height=height, color=BAR,
                     label=str(fig.year))
    axes.bar_label(bars, labels=[f"{_kr(v)} kr" for v in values], padding=3, fontsize=8)
    if previous is not None and fig.previous is not None:
        old = [previous.get(label, 0) for label, _v in items]
        old_bars = axes.barh([p + height / 2 for p in positions], old, height=height, color=BAR_PREVIOUS,
                             label=str(fig.previous.year))
        axes.bar_label(old_bars, labels=[f"{_kr(v)} kr" for v in old], padding=3, fontsize=7.5, color="#444444")
        axes.legend(loc="lower right", fontsize=8, frameon=False)
    axes.set_yticks(positions, [label for label, _v in items], fontsize=8.5)
    axes.invert_yaxis()
    top = max([1, *values, *(previous.values() if previous else [])])
    axes.set_xlim(0, top * 1.28)
    axes.xaxis.set_visible(False)  # every bar carries its amount
    axes.tick_params(axis="y", length=0)
    for side in ("top", "right", "bottom"):
        axes.spines[side].set_visible(False)
    axes.spines["left"].set_color("#888888")
    out = io.BytesIO()
    figure.savefig(out, format="png", dpi=dpi)
    return out.getvalue()


LONG_ANSWER = 28  # longer answers (free text) are printed under the question, not in the narrow column


def _long(value: object) -> bool:
    return isinstance(value, str) and len(value) > LONG_ANSWER


def _answer(value: object, unit: str) -> Any:
    """An answer cell: 'se ovan' for free text, a right-aligned paragraph when it may need to wrap."""
    if _long(value):
        return "se ovan"
    text = format_answer(value, unit) or "–"  # type: ignore[arg-type]
    if len(text) <= 12:
        return text
    return Paragraph(escape(text), ParagraphStyle("answer", parent=styles()["small"], alignment=TA_RIGHT))


def _table(rows: list[ReportRow], fig: GrantFigures, *, numbered: bool) -> Table:
    st = styles()
    prev = [str(fig.previous.year)] if fig.previous else []
    head = (["Nr"] if numbered else []) + ["Fråga" if numbered else "Uppgift", str(fig.year), *prev]
    data: list[list[Any]] = [head]
    style = [
        ("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9d9d9")),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#cccccc")),
        ("ALIGN", (-1 - len(prev), 0), (-1, -1), "RIGHT"),
    ]
    for i, row in enumerate(rows, start=1):
        text = escape(row.text) + (f"<br/><font size=7 color='#555555'>{escape(row.note)}</font>" if row.note else "")
        for year, value in ((fig.year, row.answer), (fig.previous.year if fig.previous else 0, row.previous)):
            if _long(value):
                text += f"<br/><i>{year}:</i> {escape(str(value))}"
        cells: list[Any] = [row.number] if numbered else []
        cells.append(Paragraph(f"<b>{text}</b>" if row.heading else text, st["small"]))
        if row.heading:
            cells += [""] * (1 + len(prev))
            style.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#e8eef7")))
            style.append(("SPAN", (1 if numbered else 0, i), (-1, i)))
        else:
            cells.append(_answer(row.answer, row.unit))
            if prev:
                cells.append(_answer(row.previous, row.unit))
        data.append(cells)
    widths = ([10 * mm] if numbered else []) + [(96 if numbered else 106) * mm, 38 * mm] + ([26 * mm] if prev else [])
    scale = TEXT_WIDTH / sum(widths)
    table = Table(data, colWidths=[w * scale for w in widths], repeatRows=1)
    table.setStyle(TableStyle(style))
    return table


def _key_figures(fig: GrantFigures) -> Table:
    prev = fig.previous
    rows = [["", str(fig.year), *([str(prev.year)] if prev else [])]]
    for label, now, before in (
        ("Beviljade medel", fig.granted_sek, prev.granted_sek if prev else None),
        ("Kostnader", fig.cost_total_sek, prev.cost_total_sek if prev else None),
        ("Oanvända medel", fig.unused_sek, prev.unused_sek if prev else None),
    ):
        rows.append([label, format_answer(now, "kr") or "–", *([format_answer(before, "kr") or "–"] if prev else [])])
    rows.append(["Andel oförbrukade medel", format_answer(fig.unused_share_percent, "%") or "–",
                 *([format_answer(prev.unused_share_percent, "%") or "–"] if prev else [])])
    table = Table(rows, colWidths=[60 * mm, 40 * mm, *([40 * mm] if prev else [])], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTSIZE", (0, 0), (-1, -1), 9.5),
        ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#cccccc")),
    ]))
    return table


def _activities(fig: GrantFigures) -> Table:
    st = styles()
    data: list[list[Any]] = [["Datum", "Beskrivning", "Områden och samverkan", "Tim", "Kostnad"]]
    for a in fig.activities:
        marks = ", ".join((*a.areas, *a.partners))
        data.append([a.occurred_on, Paragraph(escape(a.description), st["small"]), Paragraph(escape(marks), st["small"]),
                     "" if a.hours is None else str(a.hours), format_answer(a.cost_sek, "kr")])
    table = Table(data, colWidths=[20 * mm, 62 * mm, 58 * mm, 10 * mm, 20 * mm], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTSIZE", (0, 0), (-1, -1), 7.5),
        ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9d9d9")), ("ALIGN", (3, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#cccccc")),
    ]))
    return table


def write_pdf(fig: GrantFigures, path: Path, *, municipality: str) -> Path:
    """A4 summary: key figures and chart first, then every question, the outcome figures and the activities."""
    st = styles()
    png = cost_chart_png(fig)
    chart = Image(io.BytesIO(png), width=TEXT_WIDTH, height=TEXT_WIDTH * _ratio(png))
    story: list[Any] = [
        Paragraph(f"Återrapportering {fig.year}", st["h1"]),
        Paragraph(escape(f"{municipality} – {TITLE.split(' – ', 1)[1]}"), st["body"]),
        Paragraph(escape(status_line(fig)), st["small"]),
        Spacer(1, 4 * mm),
        _key_figures(fig),
        Spacer(1, 4 * mm),
        Paragraph("Kostnader per post", st["h2"]),
        chart,
    ]
    if fig.missing:
        items = "".join(f"• {escape(m.message)}<br/>" for m in fig.missing)
        story += [KeepTogether([Paragraph("Saknas före inlämning", st["h2"]), Paragraph(items, st["small"])])]
    story += [Paragraph("Frågorna i återrapporteringen", st["h2"]), _table(question_rows(fig), fig, numbered=True),
              Paragraph("Resultat från registrerade uppgifter", st["h2"]),
              _table(result_rows(fig), fig, numbered=False),
              Paragraph(f"Aktiviteter ({len(fig.activities)})", st["h2"])]
    story.append(_activities(fig) if fig.activities else Paragraph("Inga aktiviteter registrerade.", st["body"]))
    return build_pdf(path, story, title=f"Återrapportering {fig.year}", footer=f"{municipality} – sbdesk")


def _ratio(png: bytes) -> float:
    """Height / width of a PNG (from its header)."""
    width = int.from_bytes(png[16:20], "big")
    height = int.from_bytes(png[20:24], "big")
    return height / width
