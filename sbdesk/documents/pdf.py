"""Shared PDF machinery: embedded DejaVu fonts (å ä ö), A4 pages with 'Sida 1 av 2', a footer
marking, and metadata that never carries personal data."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from sbdesk.resources import resource_path

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"


@cache
def register_fonts() -> None:
    """Embed DejaVu Sans (shipped under resources/fonts) so Swedish letters print everywhere."""
    pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


@cache
def styles() -> dict[str, ParagraphStyle]:
    """Paragraph styles in DejaVu: body, small, h1, h2."""
    register_fonts()
    base = getSampleStyleSheet()
    return {
        "body": ParagraphStyle("body", parent=base["BodyText"], fontName=FONT, fontSize=10, leading=13.5),
        "small": ParagraphStyle("small", parent=base["BodyText"], fontName=FONT, fontSize=8.5, leading=11),
        "h1": ParagraphStyle("h1", parent=base["Heading1"], fontName=FONT_BOLD, fontSize=16, leading=20),
        "h2": ParagraphStyle("h2", parent=base["Heading2"], fontName=FONT_BOLD, fontSize=12, leading=15,
                             spaceBefore=8),
    }


def _numbered_canvas(footer: str, marking: str | None) -> type[rl_canvas.Canvas]:
    class NumberedCanvas(rl_canvas.Canvas):
        """Defers page output so every page can say 'Sida n av N'."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab API
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            width, _height = A4
            self.setFont(FONT, 8)
            self.setFillColor(colors.black)
            self.drawRightString(width - 20 * mm, 12 * mm, f"Sida {self._pageNumber} av {total}")
            self.drawString(20 * mm, 12 * mm, footer)
            if marking:
                self.setFont(FONT_BOLD, 9)
                self.setFillColor(colors.HexColor("#b3261e"))
                self.drawCentredString(width / 2, A4[1] - 12 * mm, marking)

    return NumberedCanvas


def build_pdf(path: Path, story: Sequence[Flowable], *, title: str, footer: str = "",
              marking: str | None = None) -> Path:
    """Write story to path as A4. title goes into the metadata, so it must never name a person."""
    register_fonts()
    doc = SimpleDocTemplate(
        str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
        bottomMargin=22 * mm, title=title, author="sbdesk", subject="", creator="sbdesk", producer="sbdesk",
        keywords="", initialFontName=FONT,  # embedded DejaVu even where no style names a font
    )
    doc.build(list(story), canvasmaker=_numbered_canvas(footer, marking))
    return Path(path)
