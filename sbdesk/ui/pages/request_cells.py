"""The case cell of the requests register: reference and pseudonym, then the protection badge of a
protected case drawn right after the text (the same colours as the badge everywhere else)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from sbdesk.ui.badges import badge_colours, badge_text
from sbdesk.ui.registers.table_model import ROW_ROLE

PAD_X, PAD_Y, GAP = 8, 2, 8
Index = QModelIndex | QPersistentModelIndex


def _badge(index: Index) -> tuple[str, tuple[str, str, str]] | None:
    level = getattr(index.data(ROW_ROLE), "protection_level", None)
    text, colours = badge_text(level), badge_colours(level)
    return (text, colours) if text and colours is not None else None


class CaseBadgeDelegate(QStyledItemDelegate):
    """Draws the cell's text, elided when needed, followed by the row's protection badge."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """The normal cell with the text shortened to leave room, then the badge after the text."""
        badge = _badge(index)
        if badge is None:
            super().paint(painter, option, index)
            return
        label, (background, foreground, border) = badge
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        bold = QFont(opt.font)
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        badge_width = metrics.horizontalAdvance(label) + 2 * PAD_X + 2
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        room = max(0, opt.rect.width() - badge_width - GAP - 2 * margin)
        opt.text = opt.fontMetrics.elidedText(opt.text, Qt.TextElideMode.ElideRight, room)
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        left = opt.rect.left() + margin + opt.fontMetrics.horizontalAdvance(opt.text) + GAP
        width = min(badge_width, opt.rect.right() - left - 2)
        if width <= 2 * PAD_X:
            return
        height = min(metrics.height() + 2 * PAD_Y, opt.rect.height() - 2)
        rect = QRect(left, opt.rect.center().y() - height // 2 + 1, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(border), 1))
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(QColor(foreground))
        painter.setFont(bold)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter,
                         metrics.elidedText(label, Qt.TextElideMode.ElideRight, width - 2 * PAD_X + 2))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """Room for the text and the badge."""
        size = super().sizeHint(option, index)
        badge = _badge(index)
        if badge is not None:
            bold = QFont(option.font)
            bold.setBold(True)
            size.setWidth(size.width() + GAP + QFontMetrics(bold).horizontalAdvance(badge[0]) + 2 * PAD_X + 4)
        return size
