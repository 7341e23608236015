"""The register extract (registerutdrag) as a PDF for the person."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from sbdesk.documents.pdf import build_pdf, styles

LABELS = {"förnamn": "Förnamn", "efternamn": "Efternamn", "personnummer": "Personnummer", "telefon": "Telefon",
          "e-post": "E-post", "adress": "Adress", "registrerad": "Registrerad", "senast_ändrad": "Senast ändrad",
          "roll": "Roll", "födelseår": "Födelseår", "antal_personer": "Antal personer i hushållet"}


def _label(key: str) -> str:
    return LABELS.get(key, key.replace("_", " ").capitalize())


def _text(value: Any) -> str:
    if value is None or value == []:
        return "–"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def _table(rows: list[tuple[str, str]]) -> Table:
    st = styles()
    table = Table([[Paragraph(escape(k), st["small"]), Paragraph(escape(v), st["body"])] for k, v in rows],
                  colWidths=[55 * mm, 115 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.25,
                                                                       colors.HexColor("#cccccc"))]))
    return table


def write_extract_pdf(data: dict[str, Any], path: Path, *, municipality: str, protected: bool) -> Path:
    """Render an extract from services.extract.person_extract(); the metadata names no one."""
    st = styles()
    story: list[Any] = [
        Paragraph("Registerutdrag", st["h1"]),
        Paragraph(escape(f"{municipality} – uppgifter som finns registrerade om dig i samordningen av "
                         f"stadigvarande boende (artikel 15 i dataskyddsförordningen). Utdraget skapades "
                         f"{data['utdrag_skapat']}."), st["body"]),
        Spacer(1, 6 * mm),
    ]
    for heading, key in (("Dina uppgifter", "person"), ("Ditt hushåll", "i_hushållet"), ("Ärendet", "ärende")):
        story += [Paragraph(heading, st["h2"]), _table([(_label(k), _text(v)) for k, v in data[key].items()])]
    story.append(Paragraph("Samtycken", st["h2"]))
    consents = data["samtycken"]
    story.append(_table([(c["mottagare"], f"{c['typ']}: {c['omfattning']} (lämnat {c['lämnat']}, "
                                          f"upphör {_text(c['upphör'])}, återkallat {_text(c['återkallat'])})")
                         for c in consents]) if consents else Paragraph("Inga samtycken är registrerade.", st["body"]))
    story.append(Paragraph("Vem som har läst eller ändrat ärendet", st["h2"]))
    story.append(_table([(e["när"][:16].replace("T", " "), f"{e['vad']} – {e['vem']}")
                         for e in data["åtkomst_och_ändringar"]]))
    marking = "Sekretess enligt OSL – skyddade personuppgifter" if protected else "Sekretess enligt OSL"
    return build_pdf(path, story, title="Registerutdrag", footer=municipality, marking=marking)
