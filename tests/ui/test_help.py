"""Hjälp: the user guide (Swedish, self-contained) in a window, the shortcut list and About sbdesk."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

import sbdesk
from sbdesk import paths
from sbdesk.ui import help as help_windows


@pytest.fixture
def guide(qtbot: QtBot) -> help_windows.GuideWindow:
    window = help_windows.GuideWindow()
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    return window


def test_guide_opens_in_swedish(guide: help_windows.GuideWindow) -> None:
    assert guide.windowTitle() == "Användarguide – sbdesk"
    assert guide.browser.source().toLocalFile() == str(help_windows.guide_path())
    text = guide.plain_text()
    for phrase in ("Starta och låsa upp", "Återställningsnyckeln", "Översikt", "Sök, filtrera och sortera",
                   "Arkivera", "Skyddade personuppgifter", "Visa identitet", "Ctrl+L", "sbdesk.db.keys",
                   "ring IT-supporten"):
        assert phrase in text, phrase


def test_guide_is_self_contained_html() -> None:
    html = help_windows.guide_path().read_text(encoding="utf-8")
    assert '<html lang="sv">' in html
    assert not re.search(r"(?i)https?:|<script|<link|<img|<iframe|@import|url\(", html)
    anchors = set(re.findall(r'id="([^"]+)"', html))
    assert set(re.findall(r'href="#([^"]+)"', html)) <= anchors  # every link stays inside the guide


def test_guide_lists_every_shortcut() -> None:
    html = help_windows.guide_path().read_text(encoding="utf-8")
    for keys, _ in help_windows.shortcut_rows():
        assert f"<td>{keys}</td>" in html


def test_internal_link_stays_in_the_guide(guide: help_windows.GuideWindow) -> None:
    guide.browser.setSource(guide.browser.source().resolved("#hjalp"))
    assert guide.browser.source().fragment() == "hjalp"
    assert guide.browser.source().toLocalFile() == str(help_windows.guide_path())


def test_find_in_the_guide(qtbot: QtBot, guide: help_windows.GuideWindow) -> None:
    guide.find_box.setText("återställningsnyckel")
    assert guide.find_next()
    assert guide.browser.textCursor().selectedText().lower() == "återställningsnyckel"
    assert guide.not_found.text() == ""
    guide.find_box.setText("xyzzy-finns-inte")
    qtbot.keyClick(guide.find_box, Qt.Key.Key_Return)
    assert guide.not_found.text() == "Hittades inte"


def test_missing_guide_says_so(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(help_windows, "guide_path", lambda: tmp_path / "saknas.html")
    window = help_windows.GuideWindow()
    qtbot.addWidget(window)
    assert "Kontakta IT" in window.plain_text()


def test_shortcut_list_names_every_shortcut_in_swedish(qtbot: QtBot) -> None:
    dialog = help_windows.ShortcutsDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Kortkommandon"
    rows = dict(dialog.texts())
    assert list(rows) == ["Ctrl+N", "Ctrl+F", "Enter", "Delete", "Ctrl+S", "Esc", "Ctrl+L", "Ctrl+Q", "Ctrl+,", "F1"]
    assert rows["Ctrl+L"] == "Lås sbdesk (lösenfrasen öppnar det igen)"
    assert rows["Ctrl+,"] == "Inställningar"
    assert rows["F1"] == "Användarguide"
    assert rows["Delete"] == "Arkivera den markerade posten (frågar först)"
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(2)]
    assert headers == ["Tangenter", "Vad som händer"]


def test_about_names_version_licence_and_data_folders(tmp_path: Path) -> None:
    text = help_windows.about_text(tmp_path / "mapp" / "sbdesk.db")
    assert f"sbdesk {sbdesk.__version__}" in text
    assert "Licens: EUPL-1.2" in text
    assert f"Standardmapp för data: {paths.default_data_dir()}" in text
    assert f"Mapp för den öppna databasen: {tmp_path / 'mapp'}" in text
    assert "Mapp för den öppna" not in help_windows.about_text(None)
