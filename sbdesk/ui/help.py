"""Hjälp: the user guide in a window of its own, the list of keyboard shortcuts, and About sbdesk."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

import sbdesk
from sbdesk import paths
from sbdesk.resources import resource_path

log = logging.getLogger(__name__)

LICENCE = "EUPL-1.2"


def guide_path() -> Path:
    """The user guide shipped with sbdesk (resources/help/anvandarguide.html)."""
    return resource_path("help", "anvandarguide.html")


def shortcut_rows() -> list[tuple[str, str]]:
    """(keys, what they do) for every keyboard shortcut of sbdesk, translated."""
    return [
        ("Ctrl+N", QCoreApplication.translate("Shortcuts", "New record on the page you are on")),
        ("Ctrl+F", QCoreApplication.translate("Shortcuts", "Search on the page you are on")),
        ("Enter", QCoreApplication.translate("Shortcuts", "Open the selected record")),
        ("Delete", QCoreApplication.translate("Shortcuts", "Archive the selected record (asks first)")),
        ("Ctrl+S", QCoreApplication.translate("Shortcuts", "Save the form")),
        ("Esc", QCoreApplication.translate("Shortcuts", "Close the form (asks about unsaved changes)")),
        ("Ctrl+L", QCoreApplication.translate("Shortcuts", "Lock sbdesk (the passphrase opens it again)")),
        ("Ctrl+Q", QCoreApplication.translate("Shortcuts", "Exit sbdesk")),
        ("Ctrl+,", QCoreApplication.translate("Shortcuts", "Settings")),
        ("F1", QCoreApplication.translate("Shortcuts", "User guide")),
    ]


def native_keys(keys: str) -> str:
    """Keys as this platform writes them (Ctrl is ⌘ on macOS); single keys as the guide names them."""
    if "+" not in keys.rstrip("+,"):
        return keys
    text = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
    return text or keys


class GuideWindow(QWidget):
    """The user guide (HTML shipped with sbdesk) in a window with a search box; links stay inside."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("User guide – sbdesk"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setAccessibleName(self.tr("User guide"))
        self.find_box = QLineEdit()
        self.find_box.setPlaceholderText(self.tr("Find in the guide…"))
        self.find_box.setAccessibleName(self.tr("Find in the guide"))
        self.find_box.setClearButtonEnabled(True)
        self.find_box.returnPressed.connect(self.find_next)
        self.not_found = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.find_box, 1)
        top.addWidget(self.not_found)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        QShortcut(QKeySequence.StandardKey.Find, self).activated.connect(self.find_box.setFocus)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self).activated.connect(self.close)
        self.resize(self.fontMetrics().averageCharWidth() * 100, self.fontMetrics().height() * 40)
        self.load()

    def load(self) -> None:
        """Show the guide from the start (a short notice when the file is missing)."""
        path = guide_path()
        if path.is_file():
            self.browser.setSource(QUrl.fromLocalFile(str(path)))
        else:
            log.warning("user guide not found; the installation is incomplete")
            self.browser.setPlainText(self.tr("The user guide is missing from this installation. Contact IT."))

    def find_next(self) -> bool:
        """Find the search text after the cursor, from the top again at the end."""
        text = self.find_box.text()
        if not text:
            return False
        found = self.browser.find(text)
        if not found:
            self.browser.moveCursor(self.browser.textCursor().MoveOperation.Start)
            found = self.browser.find(text)
        self.not_found.setText("" if found else self.tr("Not found"))
        return found

    def plain_text(self) -> str:
        """The guide's text (for tests)."""
        document: QTextDocument = self.browser.document()
        return document.toPlainText()


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut with what it does."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows()
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What it does")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        for r, (keys, what) in enumerate(rows):
            key_item = QTableWidgetItem(native_keys(keys))
            font = key_item.font()
            font.setBold(True)
            key_item.setFont(font)
            self.table.setItem(r, 0, key_item)
            self.table.setItem(r, 1, QTableWidgetItem(what))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        height = self.table.horizontalHeader().sizeHint().height() + sum(
            self.table.rowHeight(r) for r in range(len(rows))) + 2 * self.table.frameWidth()
        self.table.setMinimumHeight(height)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)

    def texts(self) -> list[tuple[str, str]]:
        """(keys, what) as shown."""
        return [(self.table.item(r, 0).text(), self.table.item(r, 1).text()) for r in range(self.table.rowCount())]


def about_text(database_path: Path | None) -> str:
    """Version, licence and where the data is kept."""
    translate = QCoreApplication.translate
    lines = [
        translate("About", "sbdesk %1").replace("%1", sbdesk.__version__),
        "",
        translate("About", "Housing coordination for people exposed to violence in close relationships."),
        translate("About", "Licence: %1").replace("%1", LICENCE),
        "",
        translate("About", "Default data folder: %1").replace("%1", str(paths.default_data_dir())),
    ]
    if database_path is not None:
        folder = str(Path(database_path).parent)
        lines.append(translate("About", "Folder of the open database: %1").replace("%1", folder))
    return "\n".join(lines)


def show_about(parent: QWidget | None, database_path: Path | None) -> None:
    """The About box."""
    QMessageBox.about(parent, QCoreApplication.translate("About", "About sbdesk"), about_text(database_path))
