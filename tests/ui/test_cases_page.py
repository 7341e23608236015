"""Ärenden: the register never shows identities, the form validates, and identities appear only
after a logged reveal (fictional identities only: Skatteverket's test series)."""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from sbdesk.domain.audit import AuditEvent
from sbdesk.domain.cases import Person
from sbdesk.domain.enums import CaseStatus, MemberRole, ProtectionLevel, RiskLevel
from sbdesk.domain.validators import parse_personnummer
from sbdesk.errors import ValidationError
from sbdesk.services.cases import create_case, list_cases, open_case, reveal_identity
from sbdesk.services.context import ServiceContext
from sbdesk.services.demo import fictional_personnummer
from sbdesk.ui.badges import BadgeDelegate, badge_colour
from sbdesk.ui.pages.case_dialog import CaseDialog
from sbdesk.ui.pages.cases import CasesPage

APPLICANT_PNR = fictional_personnummer(random.Random(11), date(1987, 5, 14))
CHILD_PNR = fictional_personnummer(random.Random(12), date(2016, 9, 2))
ACCEPTED = int(QDialog.DialogCode.Accepted.value)
SECRETS = ["Fiktivia", "Påhittadsdotter", "Låtsasbarn", "Låtsasgatan", "fiktiv@exempel.se", "070-000 00 01",
           APPLICANT_PNR, APPLICANT_PNR.replace("-", ""), APPLICANT_PNR[2:], CHILD_PNR, CHILD_PNR[2:]]



@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes never block: each is recorded, and a question answers 'Discard'."""
    shown: list[str] = []

    def record(*args: Any, **kw: Any) -> QMessageBox.StandardButton:
        shown.append(str(args[2]))
        return QMessageBox.StandardButton.Discard

    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, record)
    return shown


def household() -> list[dict[str, Any]]:
    return [
        {"role": MemberRole.APPLICANT, "birth_year": 1987, "identity": {
            "first_name": "Fiktivia", "last_name": "Påhittadsdotter", "personal_number": APPLICANT_PNR,
            "phone": "070-000 00 01", "email": "fiktiv@exempel.se", "address": "Låtsasgatan 1, Ingenstans"}},
        {"role": MemberRole.CHILD, "birth_year": 2016, "identity": {
            "first_name": "Låtsasbarn", "last_name": "Påhittadsdotter", "personal_number": CHILD_PNR}},
    ]


def case_values(**kw: Any) -> dict[str, Any]:
    return {"protection_level": ProtectionLevel.NONE, "risk_level": RiskLevel.LOW, "status": CaseStatus.WAITING,
            **kw}


@pytest.fixture
def protected_case(ctx: ServiceContext) -> int:
    return create_case(ctx, case_values(pseudonym="Rönn 42", protection_level="protected_registration",
                                        risk_level="acute", max_rent_sek=9000,
                                        sheltered_since=date.today() - timedelta(days=30)),
                       household(), excluded=["1984"], wished=["0380"]).id


@pytest.fixture
def plain_case(ctx: ServiceContext) -> int:
    return create_case(ctx, case_values(pseudonym="Ask 10", queue_since=date.today() - timedelta(days=5)),
                       [{"role": "applicant", "birth_year": 1990}]).id


@pytest.fixture
def page(qtbot: QtBot, ctx: ServiceContext, protected_case: int, plain_case: int) -> CasesPage:
    page = CasesPage(ctx)
    qtbot.addWidget(page)
    page.activate()
    return page


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[CaseDialog]:
    """CaseDialog.exec records the dialog and returns at once (tests drive it themselves)."""
    seen: list[CaseDialog] = []

    def fake_exec(self: CaseDialog) -> int:
        seen.append(self)
        return int(self.result())

    monkeypatch.setattr(CaseDialog, "exec", fake_exec)
    return seen


def audit_count(ctx: ServiceContext, action: str | None = None) -> int:
    stmt = select(func.count()).select_from(AuditEvent)
    if action is not None:
        stmt = stmt.where(AuditEvent.action == action)
    with ctx.db.sessions() as s:
        return s.scalar(stmt) or 0


def last_event(ctx: ServiceContext) -> Any:
    with ctx.db.sessions() as s:
        return s.execute(select(AuditEvent.action, AuditEvent.reason, AuditEvent.details, AuditEvent.entity_id)
                         .order_by(AuditEvent.id.desc()).limit(1)).one()


def person_count(ctx: ServiceContext) -> int:
    with ctx.db.sessions() as s:
        return s.scalar(select(func.count()).select_from(Person)) or 0


def all_text(root: QWidget) -> str:
    """Every text a user or a screen reader could get from a window and its children."""
    parts = [root.windowTitle()]
    for w in [root, *root.findChildren(QWidget)]:
        parts += [w.toolTip(), w.accessibleName(), w.accessibleDescription(), w.windowTitle(), w.statusTip()]
        if isinstance(w, QLineEdit):
            parts += [w.text(), w.placeholderText()]
        elif isinstance(w, QLabel):
            parts.append(w.text())
        elif isinstance(w, QPlainTextEdit):
            parts.append(w.toPlainText())
        elif isinstance(w, QAbstractButton):
            parts.append(w.text())
        elif isinstance(w, QGroupBox):
            parts.append(w.title())
        elif isinstance(w, QComboBox):
            parts += [w.itemText(i) for i in range(w.count())]
    return "\n".join(parts)


def leaked(text: str) -> list[str]:
    return [s for s in SECRETS if s in text]


def model_text(page: CasesPage) -> str:
    model = page.model
    parts = [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                parts.append(str(model.data(model.index(r, c), role)))
    return "\n".join(parts)


def new_dialog(qtbot: QtBot, ctx: ServiceContext, case_id: int | None = None) -> CaseDialog:
    dialog = CaseDialog(ctx, case_id)
    qtbot.addWidget(dialog)
    return dialog


def fill_new_case(dialog: CaseDialog, **values: Any) -> None:
    for name, value in {"protection_level": "none", "risk_level": "moderate", **values}.items():
        dialog.set_value(name, value)


def reveal(dialog: CaseDialog, reason: str = "Underlag till hyresvärd") -> None:
    dialog.identity.ask_reason = lambda: (reason, True)  # type: ignore[method-assign]
    dialog.identity.reveal_button.click()


# -- the register ------------------------------------------------------------------------------


def test_register_lists_cases_without_any_identity(page: CasesPage, ctx: ServiceContext,
                                                   protected_case: int) -> None:
    assert page.model.rowCount() == 2
    assert "2 ärenden" in page.count_label.text()
    assert page.nav_title == "Ärenden"
    text = model_text(page) + all_text(page)
    assert "Rönn 42" in text and "SB-" in text
    assert leaked(text) == []
    ref = [c.key for c in page.model.columns].index("reference")
    assert page.model.index(0, ref).data() == open_case(ctx, protected_case).row.reference


def test_protected_case_shows_badge_in_the_list(page: CasesPage, protected_case: int, plain_case: int) -> None:
    column = page.column_of("protection_level")
    assert isinstance(page.table.itemDelegateForColumn(column), BadgeDelegate)
    rows = {page.model.row_at(r).id: r for r in range(page.model.rowCount())}
    protected = page.model.index(rows[protected_case], column)
    assert protected.data(Qt.ItemDataRole.DisplayRole) == "Skyddad folkbokföring"
    brush = protected.data(Qt.ItemDataRole.BackgroundRole)
    assert isinstance(brush, QBrush)
    assert brush.color().name() == badge_colour(ProtectionLevel.PROTECTED_REGISTRATION)
    plain = page.model.index(rows[plain_case], column)
    assert plain.data(Qt.ItemDataRole.DisplayRole) == ""  # "Ingen" shows nothing
    assert plain.data(Qt.ItemDataRole.BackgroundRole) is None


def test_waiting_days_and_money_columns(page: CasesPage, protected_case: int, plain_case: int) -> None:
    rows = {page.model.row_at(r).id: r for r in range(page.model.rowCount())}
    days = page.column_of("waiting_days")
    rent = page.column_of("max_rent_sek")
    assert page.model.index(rows[protected_case], days).data() == "30"
    assert page.model.index(rows[plain_case], days).data() == "5"
    assert page.model.index(rows[protected_case], rent).data().replace("\xa0", " ") == "9 000 kr"


def test_search_filter_and_sort_run_in_sql(page: CasesPage, ctx: ServiceContext, qtbot: QtBot,
                                           protected_case: int, plain_case: int) -> None:
    closed = create_case(ctx, case_values(pseudonym="Ek 77", status="closed", protection_level="assumed_identity",
                                          risk_level="high", sheltered_since=date.today() - timedelta(days=90))).id
    page.reload()
    assert page.model.rowCount() == 3
    page.search.setText("rönn")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.row_at(0).id == protected_case
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    page.protected_only.setChecked(True)
    assert {page.model.row_at(r).id for r in range(page.model.rowCount())} == {protected_case, closed}
    page.status_filter.setCurrentIndex(1)  # not closed
    assert [page.model.row_at(r).id for r in range(page.model.rowCount())] == [protected_case]
    page.protected_only.setChecked(False)
    page.status_filter.setCurrentIndex(0)
    page.risk_filter.setCurrentIndex(page.risk_filter.findData(RiskLevel.HIGH.value))
    assert [page.model.row_at(r).id for r in range(page.model.rowCount())] == [closed]
    page.risk_filter.setCurrentIndex(0)
    page.protection_filter.setCurrentIndex(page.protection_filter.findData(ProtectionLevel.NONE.value))
    assert [page.model.row_at(r).id for r in range(page.model.rowCount())] == [plain_case]
    page.protection_filter.setCurrentIndex(0)
    page.table.sortByColumn(page.column_of("waiting_days"), Qt.SortOrder.DescendingOrder)
    assert page.model.query.sort == "waiting_days"
    assert [page.model.row_at(r).id for r in range(3)] == [closed, protected_case, plain_case]
    for column in page.model.columns:
        assert column.sort_key is not None, column.key  # every column sorts (in SQL)


def test_opening_a_case_is_audited_and_titled_without_names(page: CasesPage, ctx: ServiceContext,
                                                            dialogs: list[CaseDialog], protected_case: int) -> None:
    before = audit_count(ctx, "case.open")
    assert page.select_record(protected_case)
    page.edit_selected()
    assert audit_count(ctx, "case.open") == before + 1
    dialog = dialogs[0]
    reference = open_case(ctx, protected_case).row.reference
    assert dialog.windowTitle() == f"Ärende {reference} – Rönn 42"
    assert leaked(dialog.windowTitle() + page.windowTitle()) == []


# -- the dialog: badge, reveal -----------------------------------------------------------------


def test_protected_case_shows_badge_in_the_dialog(qtbot: QtBot, ctx: ServiceContext, protected_case: int,
                                                  plain_case: int) -> None:
    dialog = new_dialog(qtbot, ctx, protected_case)
    assert dialog.badge.text() == "Skyddad folkbokföring"
    assert dialog.badge.isVisibleTo(dialog)
    dialog.set_value("protection_level", "assumed_identity")  # follows the choice
    assert dialog.badge.text() == "Fingerade personuppgifter"
    plain = new_dialog(qtbot, ctx, plain_case)
    assert not plain.badge.isVisibleTo(plain)


def test_reveal_writes_one_audit_event_and_names_appear_only_after(qtbot: QtBot, ctx: ServiceContext,
                                                                   protected_case: int, boxes: list[str]) -> None:
    opened = audit_count(ctx)
    dialog = new_dialog(qtbot, ctx, protected_case)
    dialog.show()
    assert audit_count(ctx) == opened + 1 and last_event(ctx).action == "case.open"  # opening reveals nothing
    assert audit_count(ctx, "identity.reveal") == 0
    assert dialog.identity.toggle.text() == "Identitet (dold)"
    assert not dialog.identity.content.isVisible()
    assert leaked(all_text(dialog)) == []
    before = audit_count(ctx)
    reveal(dialog, "Underlag till hyresvärd")
    assert audit_count(ctx) == before + 1
    action, reason, _details, entity_id = last_event(ctx)
    assert (action, reason, entity_id) == ("identity.reveal", "Underlag till hyresvärd", str(protected_case))
    shown = all_text(dialog)
    for secret in ("Fiktivia", "Låtsasbarn", APPLICANT_PNR, CHILD_PNR, "Låtsasgatan 1, Ingenstans"):
        assert secret in shown
    assert dialog.identity.content.isVisible()
    assert dialog.identity.warning.isVisible()
    assert "lämna aldrig ut adress eller telefon" in dialog.identity.warning.text()
    assert leaked(dialog.windowTitle()) == []
    dialog.reject()  # nothing changed: closes without asking
    assert not dialog.isVisible() and boxes == []
    assert leaked(all_text(dialog)) == []  # closing forgets the identities
    assert audit_count(ctx) == before + 1


def test_cancelled_reveal_shows_and_logs_nothing(qtbot: QtBot, ctx: ServiceContext, protected_case: int) -> None:
    dialog = new_dialog(qtbot, ctx, protected_case)
    dialog.identity.ask_reason = lambda: ("", False)  # type: ignore[method-assign]
    before = audit_count(ctx)
    dialog.identity.reveal_button.click()
    assert audit_count(ctx) == before
    assert leaked(all_text(dialog)) == []


def test_no_warning_for_unprotected_case(qtbot: QtBot, ctx: ServiceContext, plain_case: int) -> None:
    dialog = new_dialog(qtbot, ctx, plain_case)
    dialog.show()
    reveal(dialog, "")
    _action, reason, *_ = last_event(ctx)
    assert reason is None  # an empty reason is stored as none
    assert not dialog.identity.warning.isVisible()


def test_edit_a_revealed_identity_is_saved_and_logged_without_values(qtbot: QtBot, ctx: ServiceContext,
                                                                     protected_case: int) -> None:
    dialog = new_dialog(qtbot, ctx, protected_case)
    reveal(dialog)
    applicant = dialog.household.editors[0]
    form = dialog.identity.form_for(applicant)
    assert form is not None
    form.inputs["phone"].setText("070-000 00 05")
    assert dialog.is_dirty()
    dialog.accept()
    assert dialog.result() == ACCEPTED
    with ctx.db.sessions() as s:
        rows = s.execute(select(AuditEvent.action, AuditEvent.details).where(AuditEvent.action == "identity.update")).all()
    assert len(rows) == 1 and json.loads(rows[0].details)["fields"] == ["phone"]
    assert "070" not in rows[0].details
    assert reveal_identity(ctx, protected_case)[0].phone == "070-000 00 05"


# -- the dialog: bad input ---------------------------------------------------------------------


def test_invalid_personnummer_is_refused_beside_the_field(qtbot: QtBot, ctx: ServiceContext) -> None:
    dialog = new_dialog(qtbot, ctx)
    dialog.show()
    fill_new_case(dialog)
    editor = dialog.household.add_member()
    qtbot.keyClicks(editor.birth_year, "1912")
    dialog.identity.toggle.click()
    form = dialog.identity.form_for(editor)
    assert form is not None
    qtbot.keyClicks(form.inputs["first_name"], "Tolvan")
    qtbot.keyClicks(form.inputs["last_name"], "Tolvansson")
    qtbot.keyClicks(form.inputs["personal_number"], "19121212-1213")  # wrong check digit
    with pytest.raises(ValidationError) as info:
        parse_personnummer("19121212-1213")
    error = form.errors["personal_number"]
    assert error.text() == info.value.message
    assert error.isVisible()
    assert form.inputs["personal_number"].accessibleDescription() == info.value.message
    assert not dialog.save_button.isEnabled()
    dialog.accept()  # Ctrl+S
    assert dialog.isVisible()
    assert list_cases(ctx).total == 0 and person_count(ctx) == 0
    form.inputs["personal_number"].clear()
    qtbot.keyClicks(form.inputs["personal_number"], "19121212-1212")
    assert error.isHidden() and dialog.save_button.isEnabled()
    dialog.accept()
    assert not dialog.isVisible()
    [row] = list_cases(ctx).rows
    assert (row.household_size, row.children) == (1, 0)
    [identity] = reveal_identity(ctx, row.id)
    assert (identity.first_name, identity.personal_number) == ("Tolvan", "19121212-1212")


@pytest.mark.parametrize(("value", "code_message"), [
    ("-100", "Beloppet får inte vara negativt."),
    ("mycket", "Ange beloppet med siffror"),
])
def test_bad_max_rent_is_refused_and_nothing_saved(qtbot: QtBot, ctx: ServiceContext, value: str,
                                                   code_message: str) -> None:
    dialog = new_dialog(qtbot, ctx)
    dialog.show()
    fill_new_case(dialog)
    dialog.inputs["max_rent_sek"].setText(value)
    assert dialog.errors["max_rent_sek"].text().startswith(code_message)
    assert dialog.errors["max_rent_sek"].isVisible()
    assert not dialog.save_button.isEnabled()
    dialog.accept()
    assert list_cases(ctx).total == 0


def test_text_in_birth_year_is_refused(qtbot: QtBot, ctx: ServiceContext) -> None:
    dialog = new_dialog(qtbot, ctx)
    dialog.show()
    fill_new_case(dialog)
    editor = dialog.household.add_member()
    qtbot.keyClicks(editor.birth_year, "abcd")
    assert editor.birth_error.text() == "Ange ett heltal med siffror, t.ex. 12."
    assert editor.birth_error.isVisible()
    assert not dialog.save_button.isEnabled()
    dialog.accept()
    assert list_cases(ctx).total == 0


def test_a_municipality_cannot_be_both_excluded_and_wished(qtbot: QtBot, ctx: ServiceContext) -> None:
    dialog = new_dialog(qtbot, ctx)
    dialog.show()
    fill_new_case(dialog)
    dialog.excluded.set_codes(["1984"])
    dialog.wished.set_codes(["1984", "0380"])
    assert "Arboga" in dialog.overlap_error.text() and dialog.overlap_error.isVisible()
    assert not dialog.save_button.isEnabled()
    dialog.wished.set_codes(["0380"])
    assert dialog.overlap_error.isHidden() and dialog.save_button.isEnabled()
    dialog.accept()
    detail = open_case(ctx, list_cases(ctx).rows[0].id)
    assert (detail.excluded_municipalities, detail.wished_municipalities) == (["1984"], ["0380"])


def test_municipality_list_filters_as_you_type(qtbot: QtBot, ctx: ServiceContext) -> None:
    dialog = new_dialog(qtbot, ctx)
    picker = dialog.excluded
    assert picker.list.count() == 290
    picker.search.insert("väst")
    shown = [picker.list.item(i).text() for i in range(picker.list.count()) if not picker.list.item(i).isHidden()]
    assert "Västerås" in shown and "Arboga" not in shown


@pytest.mark.parametrize("change", ["field", "member"])
def test_closing_with_unsaved_changes_asks(qtbot: QtBot, ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch,
                                           change: str) -> None:
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.Cancel]

    def question(*args: Any, **kw: Any) -> QMessageBox.StandardButton:
        asked.append(args[2])
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog = new_dialog(qtbot, ctx)
    dialog.show()
    if change == "field":
        dialog.inputs["pseudonym"].insert("Halvfärdig")
    else:
        dialog.household.add_member()
    dialog.close()  # the window's close button
    assert asked == ["Du har ändringar som inte är sparade. Vill du spara dem?"]
    assert dialog.isVisible()
    answer[0] = QMessageBox.StandardButton.Discard
    dialog.reject()  # Esc
    assert not dialog.isVisible() and dialog.result() == 0
    assert list_cases(ctx).total == 0


# -- the household -----------------------------------------------------------------------------


def test_new_case_with_household_through_the_page(page: CasesPage, ctx: ServiceContext, qtbot: QtBot,
                                                  dialogs: list[CaseDialog], monkeypatch: pytest.MonkeyPatch) -> None:
    def fake_exec(self: CaseDialog) -> int:
        dialogs.append(self)
        fill_new_case(self, protection_level="confidentiality_mark", max_rent_sek="8 500 kr")
        adult = self.household.add_member()
        adult.birth_year.insert("1990")
        child = self.household.add_member()
        child.birth_year.insert("2019")
        assert child.role.currentData() == MemberRole.CHILD.value
        form = self.identity.form_for(adult)
        assert form is not None
        form.inputs["first_name"].insert("Påhittad")
        form.inputs["last_name"].insert("Testperson")
        form.inputs["personal_number"].insert("19121212-1212")
        self.accept()
        return int(self.result())

    monkeypatch.setattr(CaseDialog, "exec", fake_exec)
    page.new_record()
    assert page.model.rowCount() == 3
    new = [page.model.row_at(r) for r in range(3) if page.model.row_at(r).protection_level.protected
           and page.model.row_at(r).protection_level is ProtectionLevel.CONFIDENTIALITY_MARK]
    assert len(new) == 1 and (new[0].household_size, new[0].children, new[0].max_rent_sek) == (2, 1, 8500)
    assert "Påhittad" not in model_text(page) and "19121212" not in model_text(page)
    assert [i.first_name for i in reveal_identity(ctx, new[0].id)] == ["Påhittad"]


def test_remove_and_change_members_of_an_existing_case(qtbot: QtBot, ctx: ServiceContext,
                                                       monkeypatch: pytest.MonkeyPatch, protected_case: int) -> None:
    questions: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: questions.append(a[2]) or QMessageBox.StandardButton.Yes)
    dialog = new_dialog(qtbot, ctx, protected_case)
    applicant, child = dialog.household.editors
    dialog.household.remove_member(child)
    assert len(questions) == 1 and "Barn, född 2016" in questions[0]
    applicant.birth_year.setText("1986")
    added = dialog.household.add_member()
    added.birth_year.insert("2024")
    dialog.accept()
    assert dialog.result() == ACCEPTED
    detail = open_case(ctx, protected_case)
    assert [(m.role, m.birth_year, m.has_identity) for m in detail.members] == [
        (MemberRole.APPLICANT, 1986, True), (MemberRole.CHILD, 2024, False)]
    assert person_count(ctx) == 1  # the removed child's identity went with it


def test_every_input_has_an_accessible_name(qtbot: QtBot, ctx: ServiceContext, protected_case: int) -> None:
    dialog = new_dialog(qtbot, ctx, protected_case)
    reveal(dialog)
    dialog.household.add_member()
    inputs = [w for w in dialog.findChildren(QWidget)
              if isinstance(w, (QLineEdit, QComboBox, QPlainTextEdit, QListWidget, QCheckBox))
              and not isinstance(w.parent(), QComboBox)]
    assert len(inputs) > 30
    missing = [w.objectName() or type(w).__name__ for w in inputs if not (w.accessibleName() or
                                                                         getattr(w, "text", lambda: "")())]
    assert missing == []


def next_tab(widget: QWidget) -> QWidget:
    """The next widget Tab would reach (containers in the focus chain are skipped)."""
    w = widget.nextInFocusChain()
    while not (w.focusPolicy() & Qt.FocusPolicy.TabFocus) or w.focusProxy() is not None:
        w = w.nextInFocusChain()
    return w


def test_tab_order_runs_through_members_then_identities(qtbot: QtBot, ctx: ServiceContext, protected_case: int) -> None:
    dialog = new_dialog(qtbot, ctx, protected_case)
    dialog.show()
    reveal(dialog)
    added = dialog.household.add_member()
    first = dialog.household.editors[0]
    assert next_tab(first.remove_button) is dialog.household.editors[1].role
    assert next_tab(added.remove_button) is dialog.household.add_button
    assert next_tab(dialog.household.add_button) is dialog.identity.toggle
    last_form = dialog.identity.form_for(added)
    assert last_form is not None
    assert next_tab(last_form.inputs["address"]) is dialog.save_button
    assert next_tab(dialog.inputs["notes"]) is dialog.excluded.search


def test_a_case_that_is_gone_gives_a_message_not_a_crash(page: CasesPage, boxes: list[str],
                                                         dialogs: list[CaseDialog]) -> None:
    page.open_record(99999)
    assert dialogs == [] and boxes == ["Posten finns inte (den kan ha tagits bort eller arkiverats)."]
