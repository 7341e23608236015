"""Arkiv → Importera: the wizard from file to report, driven like a user (nothing blocks: message
boxes are patched), with the preview and the import running off the GUI thread."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from sbdesk.domain.audit import AuditEvent
from sbdesk.domain.cases import Case
from sbdesk.domain.housing import Apartment, Landlord
from sbdesk.domain.setting import Setting
from sbdesk.services.apartments import create_apartment, list_apartments
from sbdesk.services.context import ServiceContext
from sbdesk.services.housing import create_landlord
from sbdesk.services.importing.mapping import list_mappings
from sbdesk.ui import import_preview_page
from sbdesk.ui.import_wizard import ImportWizard

LIST = ("Adress;Kommun;Rok;Hyra;Yta m²;Ledig från\n"
        "Lärkgatan 4;Västerås;2 rok;8 500 kr;54,5;1/7/2025\n"
        "Björkvägen 12;Västerås;2;8 200;61;2025-08-01\n"
        "Sparvgatan 9;Västeråås;3;9 950 kr;74;31/02/2025\n")


def db_state(ctx: ServiceContext) -> dict[str, int]:
    with ctx.read() as s:
        return {m.__tablename__: s.scalar(select(func.count()).select_from(m)) or 0
                for m in (Apartment, Landlord, Case, Setting, AuditEvent)}


@pytest.fixture
def landlord(ctx: ServiceContext) -> int:
    return create_landlord(ctx, {"name": "Mälarhem Bostäder AB", "kind": "municipal"}).id


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "lediga.csv"
    path.write_text(LIST, encoding="utf-8")
    return path


@pytest.fixture
def wizard(qtbot: QtBot, ctx: ServiceContext) -> ImportWizard:
    w = ImportWizard(ctx, today=date(2025, 6, 15))
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture(autouse=True)
def answer_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def question(parent: Any, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: QMessageBox.StandardButton.Ok))
    return asked


def choose(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def to_mapping(w: ImportWizard, path: Path, kind: str = "apartments") -> None:
    choose(w.file_page.kind, kind)
    w.file_page.path.setText(str(path))
    w.next()
    assert w.currentId() == 1


def fill_defaults(w: ImportWizard, landlord: int) -> None:
    choose(w.mapping_page.defaults["landlord_id"], landlord)
    choose(w.mapping_page.defaults["contract_type"], "first_hand")
    choose(w.mapping_page.defaults["status"], "available")


def to_preview(w: ImportWizard, qtbot: QtBot) -> None:
    w.next()
    assert w.currentId() == 2
    qtbot.waitUntil(lambda: w.preview_page.preview is not None and not w.preview_page.running(), timeout=10_000)


def import_now(w: ImportWizard, qtbot: QtBot) -> None:
    w.next()
    qtbot.waitUntil(lambda: w.currentId() == 3, timeout=10_000)


def test_a_landlords_list_from_file_to_report(wizard: ImportWizard, ctx: ServiceContext, landlord: int,
                                              source: Path, qtbot: QtBot, tmp_path: Path,
                                              answer_yes: list[str]) -> None:
    assert wizard.windowTitle() == "Importera"
    before = db_state(ctx)
    to_mapping(wizard, source)
    page = wizard.mapping_page
    assert page.columns["address"].currentData() == "Adress" and page.columns["rooms"].currentData() == "Rok"
    assert page.columns["area_m2"].currentData() == "Yta m²" and page.columns["landlord_id"].currentData() is None
    assert not page.isComplete()  # landlord, contract type and status have neither column nor default
    fill_defaults(wizard, landlord)
    assert page.isComplete()
    to_preview(wizard, qtbot)
    preview = wizard.preview_page
    assert [preview.tabs.tabText(i) for i in range(3)] == ["&Giltiga (2)", "&Fel (1)", "&Dubbletter (0)"]
    assert preview.views["errors"].model().rowCount() == 2  # municipality and date of row 4
    assert db_state(ctx) == before  # nothing until the user decides
    kinds: list[str] = []
    wizard.imported.connect(kinds.append)
    import_now(wizard, qtbot)
    assert len(answer_yes) == 1 and "1" in answer_yes[0]  # asked about the row with errors
    assert (wizard.result.imported, wizard.result.errors) == (2, 1) and kinds == ["apartments"]
    assert list_apartments(ctx).total == 2
    after = db_state(ctx)
    assert after["audit_event"] == before["audit_event"] + 1
    assert wizard.summary_page.view.model().rowCount() == 3
    saved = wizard.summary_page.save_report(tmp_path / "rapport.csv")
    assert saved is not None and saved.read_bytes().startswith(b"\xef\xbb\xbf")


@pytest.mark.parametrize(("content", "name"), [(b"", "tom.csv"), (b"Adress;Kommun\n", "rubrik.csv"),
                                               (b"\x89PNG\r\n\x1a\n\x00\x00", "bild.csv"), (b"merged", "m.xlsx")])
def test_a_bad_file_stays_on_the_first_page_with_the_reason(wizard: ImportWizard, ctx: ServiceContext,
                                                            tmp_path: Path, content: bytes, name: str) -> None:
    path = tmp_path / name
    if name.endswith(".xlsx"):
        wb = openpyxl.Workbook()
        wb.active.append(["Adress", "Hyra", None])
        wb.active.append(["Lärkgatan 4", 8500, 54])
        wb.active.merge_cells("B1:C1")
        wb.save(path)
    else:
        path.write_bytes(content)
    before = db_state(ctx)
    wizard.file_page.path.setText(str(path))
    wizard.next()
    assert wizard.currentId() == 0
    assert wizard.file_page.error.isVisible() and wizard.file_page.error.text()
    assert wizard.file_page.path.accessibleDescription() == wizard.file_page.error.text()
    assert db_state(ctx) == before


def test_a_bad_default_value_is_shown_and_blocks_next(wizard: ImportWizard, landlord: int, source: Path) -> None:
    to_mapping(wizard, source)
    fill_defaults(wizard, landlord)
    floor = wizard.mapping_page.defaults["floor"]
    assert isinstance(floor, QLineEdit)
    floor.setText("tio")
    assert not wizard.mapping_page.isComplete()
    assert "Våning" in wizard.mapping_page.problems.text() and floor.accessibleDescription()
    floor.setText("3")
    assert wizard.mapping_page.isComplete() and not wizard.mapping_page.problems.isVisible()


def test_a_saved_mapping_is_used_again_next_month(qtbot: QtBot, wizard: ImportWizard, ctx: ServiceContext,
                                                  landlord: int, source: Path, tmp_path: Path) -> None:
    to_mapping(wizard, source)
    fill_defaults(wizard, landlord)
    wizard.mapping_page.columns["available_from"].setCurrentIndex(0)  # the user drops a column
    wizard.mapping_page.name.setText("Mälarhem")
    assert wizard.mapping_page.save()
    assert list_mappings(ctx, "apartments") == ["Mälarhem"]
    next_month = tmp_path / "juli.csv"
    next_month.write_text("Adress;Kommun;Rok;Hyra;Ledig från\nEkgatan 2;Köping;3;9100;\n", encoding="utf-8")
    again = ImportWizard(ctx)
    qtbot.addWidget(again)
    again.show()
    to_mapping(again, next_month)
    page = again.mapping_page
    assert page.columns["available_from"].currentData() == "Ledig från"  # the guess, before loading
    choose(page.saved, "Mälarhem")
    page.load_saved()
    assert page.columns["available_from"].currentData() is None
    assert page.defaults["landlord_id"].currentData() == landlord and page.isComplete()
    assert page.columns["area_m2"].currentData() is None and "Yta m²" in page.load_note.text()  # July lacks it
    with ctx.read() as s:
        assert s.get(Setting, "import.mapping.apartments.Mälarhem") is not None


def test_a_saved_mapping_naming_a_missing_column_says_so(qtbot: QtBot, wizard: ImportWizard, ctx: ServiceContext,
                                                        landlord: int, source: Path, tmp_path: Path) -> None:
    to_mapping(wizard, source)
    fill_defaults(wizard, landlord)
    wizard.mapping_page.name.setText("Mälarhem")
    wizard.mapping_page.save()
    other = tmp_path / "annan.csv"
    other.write_text("Gata;Kommun;Rok;Hyra\nEkgatan 2;Köping;3;9100\n", encoding="utf-8")
    again = ImportWizard(ctx)
    qtbot.addWidget(again)
    again.show()
    to_mapping(again, other)
    choose(again.mapping_page.saved, "Mälarhem")
    again.mapping_page.load_saved()
    assert again.mapping_page.load_note.isVisible() and "Adress" in again.mapping_page.load_note.text()
    assert not again.mapping_page.isComplete()  # the address needs a column


def test_the_preview_runs_off_the_gui_thread(wizard: ImportWizard, landlord: int, source: Path, qtbot: QtBot,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    threads: list[threading.Thread] = []
    real = import_preview_page.build_preview

    def spy(*args: Any, **kw: Any) -> Any:
        threads.append(threading.current_thread())
        return real(*args, **kw)

    monkeypatch.setattr(import_preview_page, "build_preview", spy)
    to_mapping(wizard, source)
    fill_defaults(wizard, landlord)
    to_preview(wizard, qtbot)
    assert threads and threads[0] is not threading.main_thread()


def test_closing_while_checking_stops_the_worker(wizard: ImportWizard, ctx: ServiceContext, landlord: int,
                                                 source: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> None:
    started = threading.Event()

    def endless(ctx: Any, table: Any, mapping: Any, *, today: Any = None, progress: Any = None) -> Any:
        started.set()
        while True:
            progress(1, 2)  # raises once the wizard asks the worker to stop

    monkeypatch.setattr(import_preview_page, "build_preview", endless)
    to_mapping(wizard, source)
    fill_defaults(wizard, landlord)
    before = db_state(ctx)
    wizard.next()
    qtbot.waitUntil(started.is_set, timeout=5_000)
    assert wizard.preview_page.running() and not wizard.preview_page.isComplete()
    wizard.reject()  # what auto-lock does to open dialogs
    assert not wizard.preview_page.running()
    assert db_state(ctx) == before


def test_declining_the_question_about_errors_imports_nothing(wizard: ImportWizard, ctx: ServiceContext,
                                                              landlord: int, source: Path, qtbot: QtBot,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a: QMessageBox.StandardButton.No))
    to_mapping(wizard, source)
    fill_defaults(wizard, landlord)
    to_preview(wizard, qtbot)
    before = db_state(ctx)
    wizard.next()
    assert wizard.currentId() == 2 and not wizard.preview_page.running()
    assert db_state(ctx) == before


def test_updating_duplicates_is_a_choice(wizard: ImportWizard, ctx: ServiceContext, landlord: int, source: Path,
                                         qtbot: QtBot) -> None:
    create_apartment(ctx, {"landlord_id": landlord, "address": "Björkvägen 12", "municipality_code": "1980",
                           "rooms": "2", "rent_sek": "7 900", "contract_type": "first_hand", "status": "let"})
    to_mapping(wizard, source)
    fill_defaults(wizard, landlord)
    to_preview(wizard, qtbot)
    page = wizard.preview_page
    model = page.views["duplicates"].model()
    assert model.rowCount() == 1 and "7\u00a0900 kr → 8\u00a0200 kr" in model.data(model.index(0, model.columnCount() - 1))
    page.import_valid.setChecked(False)
    assert not page.isComplete()  # skipping everything: nothing to import
    page.update_duplicates.setChecked(True)
    assert page.isComplete()
    import_now(wizard, qtbot)
    assert (wizard.result.imported, wizard.result.updated) == (0, 1)
    assert [r.rent_sek for r in list_apartments(ctx).rows] == [8200]


def test_cases_show_the_protection_badge_and_no_file_examples(wizard: ImportWizard, tmp_path: Path,
                                                              qtbot: QtBot) -> None:
    path = tmp_path / "vantande.csv"
    path.write_text("Diarienummer;Skydd;Risk;Status;Födelseår;Namn\n"
                    "SO-2025-1;Skyddad folkbokföring;Hög;Väntar;1990;Anna Fiktiv\n"
                    "SO-2025-2;Ingen;Låg;Ny;1985;Bo Fiktiv\n", encoding="utf-8")
    to_mapping(wizard, path, "cases")
    assert wizard.mapping_page.table.isColumnHidden(3)  # a household list may hold personal data
    to_preview(wizard, qtbot)
    model = wizard.preview_page.views["valid"].model()
    column = model.badge_column
    assert isinstance(model.data(model.index(0, column), 8), QBrush)  # BackgroundRole: a protected case
    assert model.data(model.index(1, column), 8) is None
    texts = [model.data(model.index(r, c)) for r in range(model.rowCount()) for c in range(model.columnCount())]
    assert "Anna Fiktiv" not in texts and not any("Fiktiv" in (t or "") for t in texts)
    assert any("Namn" in w for w in wizard.preview_page.preview.warnings)


def test_mapping_inputs_have_accessible_names(wizard: ImportWizard, source: Path) -> None:
    to_mapping(wizard, source)
    assert wizard.mapping_page.columns["rent_sek"].accessibleName() == "Kolumn för Hyra per månad"
    assert wizard.mapping_page.defaults["rent_sek"].accessibleName() == "Standardvärde för Hyra per månad"


def test_an_unexpected_failure_while_reading_stays_on_the_page(wizard: ImportWizard, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from sbdesk.ui import import_wizard as module

    def broken(_path: Path) -> None:
        raise RuntimeError("oväntat")

    monkeypatch.setattr(module, "read_table", broken)
    path = tmp_path / "lista.csv"
    path.write_text("Adress;Hyra\nLärkgatan 4;8500\n", encoding="utf-8")
    wizard.file_page.path.setText(str(path))
    wizard.next()  # read in a background thread
    assert wizard.currentId() == 0
    assert wizard.file_page.error.text() == "Filen kunde inte läsas som ett kalkylblad."
