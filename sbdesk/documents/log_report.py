"""The audit log as a PDF for the monthly log review (loggkontroll)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from sbdesk.documents.pdf import build_pdf, styles


def write_log_pdf(rows: Sequence[Any], path: Path, *, period: str, municipality: str) -> Path:
    """A summary (events per kind and per user) and every event, oldest first."""
    st = styles()
    story: list[Any] = [
        Paragraph("Loggkontroll", st["h1"]),
        Paragraph(escape(f"{municipality} – sbdesk. Period: {period}. {len(rows)} händelser."), st["body"]),
        Spacer(1, 4 * mm),
        Paragraph("Sammanfattning", st["h2"]),
    ]
    by_kind = Counter(r.action_label for r in rows)
    by_user = Counter(r.actor for r in rows)
    summary = [[Paragraph(escape(k), st["small"]), str(v)] for k, v in by_kind.most_common()]
    summary += [[Paragraph(escape(f"Användare: {k}"), st["small"]), str(v)] for k, v in by_user.most_common()]
    if summary:
        story.append(Table(summary, colWidths=[120 * mm, 30 * mm],
                           style=[("FONTNAME", (0, 0), (-1, -1), "DejaVuSans"), ("FONTSIZE", (0, 0), (-1, -1), 9)]))
    story.append(Paragraph("Händelser", st["h2"]))
    data = [["Nr", "Tid (UTC)", "Användare", "Händelse", "Post", "Skäl"]]
    for r in rows:
        data.append([str(r.id), r.occurred_at[:16].replace("T", " "), Paragraph(escape(r.actor), st["small"]),
                     Paragraph(escape(r.action_label), st["small"]),
                     Paragraph(escape(f"{r.entity_label} {r.record}".strip()), st["small"]),
                     Paragraph(escape(r.reason or ""), st["small"])])
    table = Table(data, colWidths=[12 * mm, 28 * mm, 35 * mm, 40 * mm, 25 * mm, 30 * mm], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), "DejaVuSans"), ("FONTSIZE", (0, 0), (-1, -1), 7.5),
        ("FONTNAME", (0, 0), (-1, 0), "DejaVuSans-Bold"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#cccccc")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
    ]))
    story.append(table)
    return build_pdf(path, story, title="Loggkontroll", footer=municipality, marking="Sekretess enligt OSL")
