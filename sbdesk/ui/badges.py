"""The protection-level badge (skyddade personuppgifter): a coloured label for dialogs and a
delegate that draws the same badge in table cells."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from sbdesk.domain.enums import ProtectionLevel

# background, text, border: fixed pairs so the badge reads the same on light and dark palettes
_COLOURS: dict[ProtectionLevel, tuple[str, str, str]] = {
    ProtectionLevel.CONFIDENTIALITY_MARK: ("#fff0b3", "#4d3b00", "#c9a100"),
    ProtectionLevel.PROTECTED_REGISTRATION: ("#ffd2a8", "#4a2100", "#d9731a"),
    ProtectionLevel.ASSUMED_IDENTITY: ("#f6c1d5", "#4d0a26", "#b8336a"),
}
_PAD_X, _PAD_Y = 8, 2


def _level(value: Any) -> ProtectionLevel | None:
    if value is None or value == "":
        return None
    try:
        return ProtectionLevel(value.value if isinstance(value, ProtectionLevel) else value)
    except ValueError:
        return None


def badge_text(level: Any) -> str:
    """The badge's text: the level's Swedish label, or '' for none ('Ingen' shows nothing)."""
    found = _level(level)
    return found.label if found is not None and found.protected else ""


def badge_colour(level: Any) -> str | None:
    """The badge's background colour for a table cell, or None when the case is not protected."""
    found = _level(level)
    return _COLOURS[found][0] if found is not None and found.protected else None


def badge_colours(level: Any) -> tuple[str, str, str] | None:
    """(background, text, border) for a protected level, else None."""
    found = _level(level)
    return _COLOURS.get(found) if found is not None else None


class ProtectionBadge(QLabel):
    """A coloured badge naming the protection level; hidden when the case has none."""

    def __init__(self, level: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.set_level(level)

    def set_level(self, level: Any) -> None:
        """Show the badge for level (hide it for none/unknown)."""
        text = badge_text(level)
        colours = badge_colours(level)
        self.setText(text)
        self.setAccessibleName(self.tr("Protected personal data: %1").replace("%1", text) if text else "")
        if colours is not None:
            bg, fg, border = colours
            self.setStyleSheet(
                f"QLabel {{ background: {bg}; color: {fg}; border: 1px solid {border}; border-radius: 9px;"
                f" padding: {_PAD_Y}px {_PAD_X}px; font-weight: bold; }}"
            )
        self.setVisible(bool(text))


class BadgeDelegate(QStyledItemDelegate):
    """Draws a cell's DisplayRole text as a rounded badge in its BackgroundRole colour."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        """The normal cell (selection, focus) without text, then the badge on top."""
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        brush = index.data(Qt.ItemDataRole.BackgroundRole)
        if not text or not isinstance(brush, QBrush):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        opt.backgroundBrush = QBrush()
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        bg = brush.color()
        fg, border = QColor("#1f1f1f"), bg.darker(150)
        for colours in _COLOURS.values():
            if QColor(colours[0]) == bg:
                fg, border = QColor(colours[1]), QColor(colours[2])
        font = QFont(opt.font)
        font.setBold(True)
        metrics = QFontMetrics(font)
        height = min(metrics.height() + 2 * _PAD_Y, opt.rect.height() - 2)
        width = min(metrics.horizontalAdvance(text) + 2 * _PAD_X + 2, opt.rect.width() - 6)
        rect = QRect(opt.rect.left() + 3, opt.rect.center().y() - height // 2 + 1, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(border, 1))
        painter.setBrush(bg)
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(fg)
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter,
                         metrics.elidedText(text, Qt.TextElideMode.ElideRight, width - 2 * _PAD_X + 2))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        """Room for the badge's padding (bold text is a little wider)."""
        size = super().sizeHint(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        if text:
            font = QFont(option.font)
            font.setBold(True)
            size.setWidth(max(size.width(), QFontMetrics(font).horizontalAdvance(text) + 2 * _PAD_X + 8))
        return size
