"""Förturskö: waiting households ranked by score, each score explained part by part, manual adjustments."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from sbdesk.errors import NotFound, ValidationError
from sbdesk.services import priority
from sbdesk.services.context import ServiceContext
from sbdesk.services.forms import check_field
from sbdesk.ui.badges import BadgeDelegate, badge_colour, badge_text
from sbdesk.ui.widgets import FieldError, form_label, with_error

PART_CODES = tuple(priority.PART_LABELS)
_FIXED = 5  # rank, reference, pseudonym, protection, total; then one column per part
PROTECTION_COLUMN = 3
CASE_ID_ROLE = Qt.ItemDataRole.UserRole


class QueueModel(QAbstractTableModel):
    """The queue as a table: rank, reference, pseudonym, protection badge, total, one column per part."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[priority.QueueEntry] = []
        self.levels: dict[int, Any] = {}

    def set_entries(self, entries: list[priority.QueueEntry], levels: dict[int, Any]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self.entries, self.levels = entries, levels
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Number of households (flat table)."""
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Fixed columns plus one per score part."""
        return 0 if parent.isValid() else _FIXED + len(PART_CODES)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles (part titles are the service's Swedish labels)."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        fixed = [self.tr("Place"), self.tr("Reference"), self.tr("Pseudonym"), self.tr("Protection"),
                 self.tr("Points")]
        return fixed[section] if section < _FIXED else priority.PART_LABELS[PART_CODES[section - _FIXED]]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, alignment, badge colour and the case id (UserRole); never queries."""
        if not index.isValid():
            return None
        e, col = self.entries[index.row()], index.column()
        if role == CASE_ID_ROLE:
            return e.case_id
        if role == Qt.ItemDataRole.DisplayRole:
            if col >= _FIXED:
                return str(e.part(PART_CODES[col - _FIXED]).points)
            return [str(e.rank), e.reference, e.pseudonym, badge_text(self.levels.get(e.case_id)), str(e.total)][col]
        if role == Qt.ItemDataRole.BackgroundRole and col == PROTECTION_COLUMN:
            colour = badge_colour(self.levels.get(e.case_id))
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.TextAlignmentRole and (col == 0 or col == 4 or col >= _FIXED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class AdjustDialog(QDialog):
    """Move a household up or down the queue: points (not zero) and a mandatory reason."""

    def __init__(self, ctx: ServiceContext, entry: priority.QueueEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.entry = ctx, entry
        self.saved: priority.AdjustmentRow | None = None
        self.setWindowTitle(self.tr("Adjust the queue – %1").replace("%1", entry.reference))
        self.points = QSpinBox()
        self.points.setRange(-priority.MAX_ADJUSTMENT, priority.MAX_ADJUSTMENT)
        self.points.setValue(10)
        self.points.setAccessibleName(self.tr("Points (negative moves down)"))
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("Why the household is moved (written to the log)"))
        self.points_error = FieldError(self.points)
        self.reason_error = FieldError(self.reason)
        form = QFormLayout()
        form.addRow(form_label(self.tr("&Points (negative moves down)"), self.points),
                    with_error(self.points, self.points_error))
        form.addRow(form_label(self.tr("&Reason"), self.reason), with_error(self.reason, self.reason_error))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("%1 has %2 points now.").replace("%1", entry.reference).replace("%2", str(entry.total)))
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.points, self.reason)
        self.setTabOrder(self.reason, self.save_button)
        self.points.valueChanged.connect(self.validate)
        self.reason.textChanged.connect(self.validate)
        self.resize(460, 280)
        self.validate()

    def errors(self) -> dict[str, str]:
        """Swedish messages for the fields that are not fine."""
        out: dict[str, str] = {}
        if self.points.value() == 0:
            out["points"] = self.tr("Enter a number of points other than zero.")
        message = check_field(priority.ADJUST_FIELDS, "reason", self.reason.toPlainText())
        if message:
            out["reason"] = message
        return out

    def validate(self) -> bool:
        """Show messages beside the fields; Save only while everything is fine."""
        errors = self.errors()
        self.points_error.set_message(errors.get("points"))
        self.reason_error.set_message(errors.get("reason"))
        self.save_button.setEnabled(not errors)
        return not errors

    def accept(self) -> None:
        """Save through the service (refused while invalid); service messages go beside the fields."""
        if not self.validate():
            return
        try:
            self.saved = priority.adjust_queue(self.ctx, self.entry.case_id, self.points.value(),
                                               self.reason.toPlainText())
        except ValidationError as exc:
            found = exc.by_field()
            self.points_error.set_message(found.get("points"))
            self.reason_error.set_message(found.get("reason") or (None if "points" in found else exc.message))
            return
        except NotFound:
            self.reason_error.set_message(self.tr("The case no longer exists."))
            return
        super().accept()

    def reject(self) -> None:
        """Close; ask first when a reason has been written."""
        if self.reason.toPlainText().strip():
            answer = QMessageBox.question(self, self.tr("Unsaved changes"),
                                          self.tr("Discard the adjustment you have written?"))
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()


class QueuePage(QWidget):
    """Förturskö: the priority queue with each household's score explained."""

    status_text = Signal(str)
    open_record_in = Signal(str, int)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.nav_title = self.tr("Priority queue")
        self.model = QueueModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.nav_title)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setItemDelegateForColumn(PROTECTION_COLUMN, BadgeDelegate(self.table))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.doubleClicked.connect(lambda index: self.open_selected())
        self.table.installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_detail())
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Why is the household here?"))
        self.detail.setOpenLinks(False)
        self.adjust_button = QPushButton(self.tr("Adjust…"))
        self.adjust_button.setToolTip(self.tr("Move the household up or down, with a reason"))
        self.adjust_button.clicked.connect(self.adjust)
        self.open_button = QPushButton(self.tr("Open case"))
        self.open_button.clicked.connect(self.open_selected)
        self.count_label = QLabel()
        heading = QLabel(self.nav_title)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.count_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.adjust_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        self.setTabOrder(self.table, self.adjust_button)
        self.setTabOrder(self.adjust_button, self.open_button)
        self.setTabOrder(self.open_button, self.detail)
        self._update_buttons()

    # -- loading --------------------------------------------------------------------------------

    def activate(self) -> None:
        """Reload the queue, keeping the selected household when it is still there."""
        keep = self.current_entry()
        entries = priority.priority_queue(self.ctx)
        levels = {e.case_id: e.protection_level for e in entries}
        self.model.set_entries(entries, levels)
        if entries:
            row = next((i for i, e in enumerate(entries) if keep and e.case_id == keep.case_id), 0)
            self.table.selectRow(row)
        self.show_detail()
        text = self.tr("%n household(s) in the queue", "", len(entries))
        self.count_label.setText(text)
        self.status_text.emit(text)

    def focus_search(self) -> None:
        """No search box here: focus the table."""
        self.table.setFocus()

    def current_entry(self) -> priority.QueueEntry | None:
        """The selected household, if any."""
        index = self.table.currentIndex()
        return self.model.entries[index.row()] if index.isValid() and index.row() < len(self.model.entries) else None

    def _update_buttons(self) -> None:
        has = self.current_entry() is not None
        self.adjust_button.setEnabled(has)
        self.open_button.setEnabled(has)

    # -- explanation ----------------------------------------------------------------------------

    def explanation(self, entry: priority.QueueEntry, adjustments: list[priority.AdjustmentRow]) -> str:
        """HTML explaining the score part by part, and the reasons of manual adjustments."""
        heading, manual = self.tr("Why is the household here?"), self.tr("Manual adjustments")
        out = [f"<h3>{html.escape(heading)}</h3>"]
        summary = self.tr("%1 (%2) is number %3 in the queue with %4 points:")
        summary = summary.replace("%1", entry.reference).replace("%2", entry.pseudonym)
        out.append(f"<p>{html.escape(summary.replace('%3', str(entry.rank)).replace('%4', str(entry.total)))}</p><ul>")
        for part in entry.parts:
            out.append(f"<li><b>{html.escape(part.label)}</b>: {part.points:+d} – {html.escape(part.detail)}</li>")
        out.append("</ul>")
        if adjustments:
            out.append(f"<p><b>{html.escape(manual)}</b></p><ul>")
            for a in adjustments:
                out.append(f"<li>{a.points:+d} – {html.escape(a.reason)}</li>")
            out.append("</ul>")
        return "".join(out)

    def show_detail(self) -> None:
        """Explain the selected household's score (or say that nothing is selected)."""
        self._update_buttons()
        entry = self.current_entry()
        if entry is None:
            message = self.tr("No household is waiting.") if not self.model.entries else self.tr("Choose a household.")
            self.detail.setPlainText(message)
            return
        adjustments = priority.list_adjustments(self.ctx, entry.case_id) if entry.part("manual").points else []
        self.detail.setHtml(self.explanation(entry, adjustments))

    # -- actions --------------------------------------------------------------------------------

    def open_selected(self) -> None:
        """Ask the window to open the selected case on the cases page."""
        entry = self.current_entry()
        if entry is not None:
            self.open_record_in.emit("cases", entry.case_id)

    def open_record(self, record_id: int) -> None:
        """Select the household with this case id (when it is in the queue)."""
        for row, entry in enumerate(self.model.entries):
            if entry.case_id == record_id:
                self.table.selectRow(row)
                return

    def adjust(self) -> bool:
        """The adjust dialog for the selected household; refresh after a saved adjustment."""
        entry = self.current_entry()
        if entry is None:
            return False
        accepted = bool(AdjustDialog(self.ctx, entry, self).exec())
        if accepted:
            self.activate()
        return accepted

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter/Return in the table opens the case."""
        if (watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.open_selected()
            return True
        return super().eventFilter(watched, event)
