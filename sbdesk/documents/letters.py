"""Letters as PDF (reportlab Platypus), laid out like a Swedish municipal letter on A4.

Page 1: letterhead top left (logo, official name, department), the letter's name, "Sida n av N",
date and diarienummer top right, the recipient block on the right where a window envelope with
the window on the right (H2) shows it, the handläggare's contact on the left, then the body and the
signature block. Later pages repeat a small header. Every page has a footer with the postal
address, switchboard and organisation number, "Sekretess enligt OSL" when the letter is secret, and
the protection level at the top when the case has protected personal data. The PDF metadata holds
the letter's name, the reference and the municipality — never a person's data.
"""

from __future__ import annotations

import io
import logging
import os
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate, Paragraph, Spacer

from sbdesk.documents.merge import Block
from sbdesk.documents.pdf import FONT, FONT_BOLD, register_fonts

log = logging.getLogger(__name__)

WIDTH, HEIGHT = A4
LEFT, RIGHT = 25 * mm, WIDTH - 20 * mm
COLUMN = 110 * mm  # the right column: date, reference and the recipient (window envelope H2)
RED, GREY = colors.HexColor("#a31d1d"), colors.HexColor("#555555")
SECRECY = "Sekretess enligt OSL 26 kap. 1 §"
MAX_RECIPIENT_LINES = 7


@dataclass(frozen=True)
class Letterhead:
    """The sending municipality, from settings (never derived from the municipality list)."""

    official_name: str
    department: str = ""
    address: str = ""
    phone: str = ""
    org_number: str = ""
    logo_path: str | None = None


@dataclass(frozen=True)
class Signature:
    """The handläggare who signs the letter."""

    name: str
    title: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class LetterDocument:
    """Everything the layout prints; blocks are the merged template (plain text)."""

    name: str  # the kind of letter, e.g. "Erbjudande om lägenhet" (also the PDF title, with the reference)
    reference: str
    date: date
    recipient: tuple[str, ...]
    blocks: tuple[Block, ...]
    letterhead: Letterhead
    signature: Signature
    protection_label: str | None = None  # e.g. "Skyddad folkbokföring" when the case is protected
    secret: bool = True  # print "Sekretess enligt OSL" in the footer
    greeting: str = "Med vänlig hälsning"

    @property
    def pdf_title(self) -> str:
        """The metadata title: the letter's name and the reference only."""
        return f"{self.name} – {self.reference}"


@cache
def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("letter-body", fontName=FONT, fontSize=10, leading=14, spaceAfter=5)
    return {
        "title": ParagraphStyle("letter-title", parent=body, fontName=FONT_BOLD, fontSize=14, leading=18,
                                spaceAfter=6, keepWithNext=1),
        "heading": ParagraphStyle("letter-heading", parent=body, fontName=FONT_BOLD, fontSize=11, leading=14,
                                  spaceBefore=7, spaceAfter=2, keepWithNext=1),
        "body": body,
        "bullet": ParagraphStyle("letter-bullet", parent=body, leftIndent=6 * mm, bulletIndent=1.5 * mm,
                                 leading=13.5, spaceAfter=1, bulletFontName=FONT),
        "sign": ParagraphStyle("letter-sign", parent=body, spaceAfter=0, leading=13.5),
        "sign-name": ParagraphStyle("letter-sign-name", parent=body, fontName=FONT_BOLD, spaceAfter=0, leading=13.5),
    }


def _markup(text: str) -> str:
    """Plain text as Paragraph markup: escaped, line breaks kept."""
    return "<br/>".join(escape(part) for part in text.split("\n"))


@cache
def _logo(path: str, mtime: float) -> ImageReader:
    return ImageReader(path)


def _logo_reader(path: str | None) -> ImageReader | None:
    if not path:
        return None
    try:
        return _logo(path, os.path.getmtime(path))
    except (OSError, ValueError) as exc:  # a missing or broken logo never stops a letter
        log.warning("letter logo not usable: %s", type(exc).__name__)
        return None


def _address_lines(text: str) -> list[str]:
    """'Box 1, 721 87 Västerås' → ['Box 1', '721 87 Västerås'] (newlines are kept as lines)."""
    parts = [p.strip() for line in text.splitlines() for p in (line.split(",") if "\n" not in text else [line])]
    parts = [p for p in parts if p]
    return parts if len(parts) <= 2 else [parts[0], ", ".join(parts[1:])]


class _Page:
    """Draws the fixed parts of each page (everything but the body and the page number)."""

    def __init__(self, doc: LetterDocument) -> None:
        self.doc = doc
        self.logo = _logo_reader(doc.letterhead.logo_path)

    def _top(self, c: rl_canvas.Canvas, first: bool) -> None:
        d, head = self.doc, self.doc.letterhead
        c.setFillColor(colors.black)
        if first:
            name_top = 18 * mm
            if self.logo is not None:
                w, h = self.logo.getSize()
                scale = min(55 * mm / w, 16 * mm / h)
                c.drawImage(self.logo, LEFT, HEIGHT - 12 * mm - h * scale, w * scale, h * scale, mask="auto")
                name_top = 12 * mm + h * scale + 5 * mm
            c.setFont(FONT_BOLD, 12.5)
            c.drawString(LEFT, HEIGHT - name_top, head.official_name)
            c.setFont(FONT, 9)
            if head.department:
                c.drawString(LEFT, HEIGHT - name_top - 4.5 * mm, head.department)
            self._contact(c, max(name_top + 14 * mm, 48 * mm))
            self._recipient(c)
        else:
            c.setFont(FONT_BOLD, 10)
            c.drawString(LEFT, HEIGHT - 18 * mm, head.official_name)
            if head.department:
                c.setFont(FONT, 8)
                c.drawString(LEFT, HEIGHT - 22.5 * mm, head.department)
        c.setFont(FONT_BOLD, 10)
        c.drawString(COLUMN, HEIGHT - 18 * mm, d.name)
        for x, label, value in ((COLUMN, "Datum", d.date.isoformat()), (COLUMN + 32 * mm, "Diarienummer", d.reference)):
            c.setFont(FONT, 7)
            c.setFillColor(GREY)
            c.drawString(x, HEIGHT - 24.5 * mm, label)
            c.setFont(FONT, 9.5)
            c.setFillColor(colors.black)
            c.drawString(x, HEIGHT - 29 * mm, value)
        if d.protection_label:
            text = f"Skyddade personuppgifter: {d.protection_label}"
            c.setFont(FONT_BOLD, 9)
            width = c.stringWidth(text, FONT_BOLD, 9) + 6 * mm
            c.setStrokeColor(RED)
            c.setFillColor(RED)
            c.setLineWidth(0.8)
            c.rect((WIDTH - width) / 2, HEIGHT - 10.5 * mm, width, 6 * mm, stroke=1, fill=0)
            c.drawCentredString(WIDTH / 2, HEIGHT - 8.6 * mm, text)
            c.setFillColor(colors.black)

    def _contact(self, c: rl_canvas.Canvas, top: float) -> None:
        sig = self.doc.signature
        lines = [(FONT, 7, GREY, "Handläggare"), (FONT, 9, colors.black, sig.name)]
        lines += [(FONT, 9, colors.black, text) for text in (sig.title, sig.phone and f"Telefon {sig.phone}",
                                                             sig.email and f"E-post {sig.email}") if text]
        y = HEIGHT - top
        for font, size, colour, text in lines:
            c.setFont(font, size)
            c.setFillColor(colour)
            c.drawString(LEFT, y, text)
            y -= 4.3 * mm
        c.setFillColor(colors.black)

    def _recipient(self, c: rl_canvas.Canvas) -> None:
        c.setFont(FONT, 10.5)
        y = HEIGHT - 50 * mm
        for line in self.doc.recipient[:MAX_RECIPIENT_LINES]:
            c.drawString(COLUMN, y, line)
            y -= 5 * mm

    def _footer(self, c: rl_canvas.Canvas) -> None:
        head = self.doc.letterhead
        if self.doc.secret:
            c.setFont(FONT_BOLD, 8.5)
            c.setFillColor(RED)
            c.drawString(LEFT, 30 * mm, SECRECY)
        c.setStrokeColor(GREY)
        c.setLineWidth(0.4)
        c.line(LEFT, 27 * mm, RIGHT, 27 * mm)
        c.setFont(FONT_BOLD, 7.5)
        c.setFillColor(colors.black)
        c.drawString(LEFT, 23.3 * mm, " · ".join(p for p in (head.official_name, head.department) if p))
        x = LEFT
        for label, values, width in (("Postadress", _address_lines(head.address), 62 * mm),
                                     ("Telefon", [head.phone], 40 * mm),
                                     ("Organisationsnummer", [head.org_number], 40 * mm)):
            values = [v for v in values if v]
            if values:
                c.setFont(FONT, 6.5)
                c.setFillColor(GREY)
                c.drawString(x, 19.6 * mm, label)
                c.setFont(FONT, 7.5)
                c.setFillColor(colors.black)
                for i, value in enumerate(values[:2]):
                    c.drawString(x, 16.3 * mm - i * 3.3 * mm, value)
            x += width

    def first(self, c: rl_canvas.Canvas, _doc: Any) -> None:
        """onPage for page 1."""
        c.saveState()
        self._top(c, True)
        self._footer(c)
        c.restoreState()

    def later(self, c: rl_canvas.Canvas, _doc: Any) -> None:
        """onPage for pages 2 and on."""
        c.saveState()
        self._top(c, False)
        self._footer(c)
        c.restoreState()


class _NumberedCanvas(rl_canvas.Canvas):
    """Holds pages back until the end so each can say 'Sida n av N' (top right)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # reportlab API
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(FONT, 9)
            self.setFillColor(colors.black)
            self.drawRightString(RIGHT, HEIGHT - 18 * mm, f"Sida {self._pageNumber} av {total}")
            super().showPage()
        super().save()


def _body(doc: LetterDocument) -> list[Flowable]:
    st = _styles()
    story: list[Flowable] = []
    title_done = False
    previous = ""
    for block in doc.blocks:
        if block.kind == "paragraph" and previous == "bullet":
            story.append(Spacer(1, 2.5 * mm))
        previous = block.kind
        if block.kind == "heading":
            story.append(Paragraph(_markup(block.text), st["heading" if title_done else "title"]))
            title_done = True
        elif block.kind == "bullet":
            story.append(Paragraph(_markup(block.text), st["bullet"], bulletText="•"))
        else:
            story.append(Paragraph(_markup(block.text), st["body"]))
    sig = doc.signature
    closing: list[Flowable] = [Spacer(1, 4 * mm), Paragraph(escape(doc.greeting), st["sign"]), Spacer(1, 6 * mm),
                               Paragraph(escape(sig.name), st["sign-name"])]
    for text in (sig.title, ", ".join(p for p in (doc.letterhead.department, doc.letterhead.official_name) if p),
                 sig.phone and f"Telefon {sig.phone}", sig.email and f"E-post {sig.email}"):
        if text:
            closing.append(Paragraph(escape(text), st["sign"]))
    story.append(KeepTogether(closing))
    return story


def render_letter(doc: LetterDocument) -> bytes:
    """The letter as PDF bytes (nothing is written to disk)."""
    register_fonts()
    out = io.BytesIO()
    pages = _Page(doc)
    template = BaseDocTemplate(
        out, pagesize=A4, leftMargin=LEFT, rightMargin=WIDTH - RIGHT, topMargin=40 * mm, bottomMargin=36 * mm,
        title=doc.pdf_title, author=doc.letterhead.official_name, subject=doc.name, keywords="",
        creator="sbdesk", producer="sbdesk", initialFontName=FONT,
    )
    body_width = RIGHT - LEFT
    first = Frame(LEFT, 36 * mm, body_width, HEIGHT - 92 * mm - 36 * mm, id="first", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    later = Frame(LEFT, 36 * mm, body_width, HEIGHT - 40 * mm - 36 * mm, id="later", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    template.addPageTemplates([
        PageTemplate("first", [first], onPage=pages.first, autoNextPageTemplate="later"),
        PageTemplate("later", [later], onPage=pages.later),
    ])
    template.build(_body(doc), canvasmaker=_NumberedCanvas)
    return out.getvalue()
