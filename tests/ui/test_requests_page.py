"""Bostadsringar och förfrågningar, tab Förfrågningar: the register, its filters, the timeline panel and
the quick actions with their dialogs, driven without exec() (fictional data only)."""

from __future__ import annotations

import json
import sys
import types
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from sbdesk.domain.audit import AuditEvent
from sbdesk.domain.enums import MemberRole, ProtectionLevel
from sbdesk.domain.rings import RequestDirection, RequestStatus
from sbdesk.services import requests as svc
from sbdesk.services.cases import create_case
from sbdesk.services.context import ServiceContext
from sbdesk.ui.forms.record_dialog import RecordDialog
from sbdesk.ui.pages.request_dialogs import IncomingDialog, NewOutgoingDialog
from sbdesk.ui.pages.request_register import OVERDUE_COLOUR, RequestRegister
from sbdesk.ui.pages.request_step_dialog import StepDialog
from sbdesk.ui.pages.requests import RequestsPage
from sbdesk.ui.registers.table_model import ROW_ID_ROLE

TODAY = date.today()
S = RequestStatus
SECRET = "Hemlig"  # the fictional applicant's first name: must never be shown


def new_case(ctx: ServiceContext, level: ProtectionLevel = ProtectionLevel.NONE) -> int:
    identity = {"first_name": SECRET, "last_name": "Hemligsson"}
    return create_case(ctx, {"protection_level": level, "risk_level": "high", "status": "waiting"},
                       [{"role": MemberRole.APPLICANT, "birth_year": 1990, "identity": identity}]).id


def sent(ctx: ServiceContext, code: str = "1984", days_ago: int = 0, case_id: int | None = None) -> svc.RequestRow:
    """An outgoing request sent days_ago (its draft made the same day)."""
    day = TODAY - timedelta(days=days_ago)
    row = svc.create_outgoing(ctx, case_id or new_case(ctx), code, on=day)
    return svc.send(ctx, row.id, day)


def incoming(ctx: ServiceContext, code: str = "0180", days_ago: int = 0) -> svc.RequestRow:
    return svc.create_incoming(ctx, {"counterpart_municipality_code": code, "adults": 1, "children": 2,
                                     "received_on": TODAY - timedelta(days=days_ago)})


def audit_count(ctx: ServiceContext, action: str) -> int:
    with ctx.read() as s:
        return s.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.action == action)) or 0


@pytest.fixture
def page(qtbot: QtBot, ctx: ServiceContext) -> RequestsPage:
    page = RequestsPage(ctx)
    qtbot.addWidget(page)
    page.activate()
    return page


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Every QMessageBox text by kind; questions answer with boxes['answer'] (default Yes)."""
    seen: dict[str, list[Any]] = {"warning": [], "information": [], "question": [], "answer": []}

    def record(kind: str) -> Callable[..., QMessageBox.StandardButton]:
        def show(*args: Any, **kw: Any) -> QMessageBox.StandardButton:
            seen[kind].append(args[2])
            if kind == "question" and seen["answer"]:
                return seen["answer"].pop(0)
            return QMessageBox.StandardButton.Yes if kind == "question" else QMessageBox.StandardButton.Ok
        return show

    for kind in ("warning", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    return seen


def drive(fill: Callable[[Any], None], *, save: bool = True) -> tuple[Callable[[Any], int], list[Any]]:
    """A dialog runner that fills the form like a user and presses Save (instead of exec())."""
    seen: list[Any] = []

    def run(dialog: Any) -> int:
        seen.append(dialog)
        fill(dialog)
        if save:
            dialog.accept()
        return int(dialog.result())

    return run, seen


def register(page: RequestsPage) -> RequestRegister:
    return page.requests


def show(page: RequestsPage, request_id: int) -> None:
    page.open_record(request_id)
    assert page.requests.detail.request_id == request_id


def cell(reg: RequestRegister, request_id: int, key: str, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> Any:
    position = reg.model.position_of(request_id)
    assert position is not None
    return reg.model.index(position, reg.column_of(key)).data(role)


def listed_ids(reg: RequestRegister) -> set[int]:
    return {reg.model.index(i, 0).data(ROW_ID_ROLE) for i in range(reg.model.rowCount())}


def texts_of(widget: QWidget) -> str:
    """Every label's text, window title and list item under widget (what a user can read)."""
    from PySide6.QtWidgets import QAbstractButton, QListWidget

    parts = [widget.windowTitle()]
    parts += [label.text() for label in widget.findChildren(QLabel)]
    parts += [b.text() + b.toolTip() for b in widget.findChildren(QAbstractButton)]
    for lst in widget.findChildren(QListWidget):
        parts += [lst.item(i).text() for i in range(lst.count())]
    return "\n".join(parts)


# -- the lifecycle in the panel -----------------------------------------------------------------


def test_quick_actions_are_exactly_the_legal_next_steps(page: RequestsPage, ctx: ServiceContext,
                                                        boxes: dict[str, list[str]]) -> None:
    draft = svc.create_outgoing(ctx, new_case(ctx), "1984")
    out = sent(ctx, "1983")
    inc = incoming(ctx)
    declined = sent(ctx, "1982")
    svc.decline(ctx, declined.id, "Inga lägenheter")
    panel = page.requests.detail
    expected = {draft.id: [S.SENT, S.WITHDRAWN], out.id: [S.ACCEPTED, S.DECLINED, S.WITHDRAWN],
                inc.id: [S.ACCEPTED, S.DECLINED, S.WITHDRAWN], declined.id: []}
    for request_id, steps in expected.items():
        show(page, request_id)
        assert panel.offered_steps() == steps
        assert panel.no_steps.isHidden() == bool(steps)
    show(page, inc.id)
    assert panel.step_buttons[S.ACCEPTED].text() == "A&cceptera förfrågan…"
    show(page, out.id)
    assert panel.step_buttons[S.ACCEPTED].text() == "Svar: a&ccepterad…"
    assert panel.step_buttons[S.MOVED].isHidden() and panel.step_buttons[S.APARTMENT_FOUND].isHidden()
    ran, seen = drive(lambda d: None)
    panel.run_dialog = ran
    assert panel.take_step(S.MOVED) is False  # not offered, so not taken even when called
    assert seen == [] and svc.get_request(ctx, out.id).row.status is S.SENT


def test_a_step_moves_the_request_and_its_timeline(page: RequestsPage, ctx: ServiceContext,
                                                   boxes: dict[str, list[str]]) -> None:
    row = svc.create_outgoing(ctx, new_case(ctx), "1984", on=TODAY - timedelta(days=3))
    show(page, row.id)
    panel = page.requests.detail

    def fill(d: StepDialog) -> None:
        assert d.raw_values()["on"] == TODAY.isoformat()  # today by default
        assert "reason" not in d.inputs  # sending needs no reason
        d.set_value("on", (TODAY - timedelta(days=1)).isoformat())
        d.set_value("note", "Underlag via säker e-post")

    panel.run_dialog, seen = drive(fill)
    panel.step_buttons[S.SENT].click()
    assert isinstance(seen[0], StepDialog) and seen[0].result() == 1
    after = svc.get_request(ctx, row.id)
    assert after.row.status is S.SENT and after.row.sent_on == TODAY - timedelta(days=1)
    assert panel.offered_steps() == [S.ACCEPTED, S.DECLINED, S.WITHDRAWN]
    items = [panel.timeline.item(i).text() for i in range(panel.timeline.count())]
    assert len(items) == 2 and "Skickad" in items[1] and "Underlag via säker e-post" in items[1]
    assert "Testa Testsson" in items[1]
    assert cell(page.requests, row.id, "status_label") == "Skickad"
    assert boxes["warning"] == []


@pytest.mark.parametrize("when", ["future", "before_previous", "malformed"])
def test_a_step_with_a_bad_date_shows_the_message_and_changes_nothing(
        page: RequestsPage, ctx: ServiceContext, boxes: dict[str, list[str]], when: str) -> None:
    row = sent(ctx, days_ago=10)
    before = audit_count(ctx, "request.decline")
    show(page, row.id)
    value, message = {
        "future": ((TODAY + timedelta(days=1)).isoformat(), f"Datumet får inte vara senare än {TODAY.isoformat()}."),
        "before_previous": ((TODAY - timedelta(days=11)).isoformat(),
                            f"Datumet får inte vara tidigare än {(TODAY - timedelta(days=10)).isoformat()}."),
        "malformed": ("11 maj", "Ange datum som ÅÅÅÅ-MM-DD."),
    }[when]

    def fill(d: StepDialog) -> None:
        d.set_value("reason", "Ingen lämplig lägenhet")
        d.set_value("on", value)

    panel = page.requests.detail
    panel.run_dialog, seen = drive(fill)
    panel.step_buttons[S.DECLINED].click()
    dialog = seen[0]
    assert dialog.errors["on"].text() == message and not dialog.errors["on"].isHidden()
    assert not dialog.save_button.isEnabled() and dialog.result() == 0
    assert svc.get_request(ctx, row.id).row.status is S.SENT
    assert len(svc.get_request(ctx, row.id).steps) == 2
    assert audit_count(ctx, "request.decline") == before


def test_decline_needs_a_reason(page: RequestsPage, ctx: ServiceContext) -> None:
    row = sent(ctx)
    show(page, row.id)
    panel = page.requests.detail
    panel.run_dialog, seen = drive(lambda d: d.set_value("reason", "   "))
    panel.step_buttons[S.DECLINED].click()
    assert seen[0].errors["reason"].text() == "Skäl måste fyllas i." and seen[0].result() == 0
    assert svc.get_request(ctx, row.id).row.status is S.SENT


def test_a_step_refused_by_the_service_is_shown_and_nothing_changes(
        page: RequestsPage, ctx: ServiceContext, boxes: dict[str, list[str]]) -> None:
    row = sent(ctx)
    show(page, row.id)

    def meanwhile(d: StepDialog) -> None:  # another window records an answer while this dialog is open
        d.set_value("reason", "Inga lägenheter")
        svc.accept(ctx, row.id)

    panel = page.requests.detail
    panel.run_dialog, seen = drive(meanwhile)
    panel.step_buttons[S.DECLINED].click()
    dialog = seen[0]
    assert dialog.result() == 0
    assert getattr(dialog.refused, "error_code", None) == "REQUEST_DECLINED_FROM_ACCEPTED"
    assert len(boxes["warning"]) == 1
    assert svc.get_request(ctx, row.id).row.status is S.ACCEPTED
    assert panel.offered_steps() == [S.APARTMENT_FOUND, S.WITHDRAWN]  # the panel shows the new state


# -- several partners -----------------------------------------------------------------------------


@pytest.mark.parametrize(("answer", "withdrawn"), [
    (QMessageBox.StandardButton.Yes, True), (QMessageBox.StandardButton.No, False)])
def test_accept_with_open_siblings_asks_and_withdraws_them(page: RequestsPage, ctx: ServiceContext,
                                                           boxes: dict[str, list[Any]],
                                                           answer: QMessageBox.StandardButton,
                                                           withdrawn: bool) -> None:
    group = svc.send_to_several(ctx, new_case(ctx), ["1984", "1983", "1982"], on=TODAY - timedelta(days=5))
    show(page, group[0].id)
    panel = page.requests.detail
    assert "Köping" in panel.siblings_label.text() and "Fagersta" in panel.siblings_label.text()
    boxes["answer"].append(answer)
    panel.run_dialog, seen = drive(lambda d: None)
    panel.step_buttons[S.ACCEPTED].click()
    assert boxes["question"] == ["Dra tillbaka förfrågningarna till Köping, Fagersta?"]  # by reference
    assert svc.get_request(ctx, group[0].id).row.status is S.ACCEPTED
    others = {svc.get_request(ctx, r.id).row.status for r in group[1:]}
    assert others == ({S.WITHDRAWN} if withdrawn else {S.SENT})
    assert bool(seen[0].withdraw_others) is withdrawn


def test_cancelling_the_sibling_question_takes_no_step(page: RequestsPage, ctx: ServiceContext,
                                                       boxes: dict[str, list[Any]]) -> None:
    group = svc.send_to_several(ctx, new_case(ctx), ["1984", "1983"])
    show(page, group[0].id)
    boxes["answer"].append(QMessageBox.StandardButton.Cancel)
    panel = page.requests.detail
    panel.run_dialog, seen = drive(lambda d: None)
    panel.step_buttons[S.ACCEPTED].click()
    assert seen == []
    assert {svc.get_request(ctx, r.id).row.status for r in group} == {S.SENT}


# -- the register -----------------------------------------------------------------------------


def test_overdue_filter_and_the_status_line(page: RequestsPage, ctx: ServiceContext, qtbot: QtBot) -> None:
    late_out = sent(ctx, "1984", days_ago=40)  # due 30 days after sending: 10 days late
    on_time = sent(ctx, "1983", days_ago=2)
    late_in = incoming(ctx, days_ago=35)  # our own answer is 5 days late
    answered = sent(ctx, "1982", days_ago=45)
    svc.accept(ctx, answered.id)
    reg = register(page)
    statuses: list[str] = []
    page.status_text.connect(statuses.append)
    page.activate()
    assert listed_ids(reg) == {late_out.id, on_time.id, late_in.id, answered.id}
    assert statuses[-1] == "3 förfrågningar väntar på svar · 2 försenade"
    assert cell(reg, late_out.id, "due_text").endswith("10 d sen")
    assert cell(reg, late_in.id, "due_text").endswith("5 d sen")
    assert cell(reg, late_out.id, "due_text", Qt.ItemDataRole.ToolTipRole) == "Svaret är 10 dagar försenat"
    assert cell(reg, late_out.id, "due_text", Qt.ItemDataRole.BackgroundRole).color().name() == OVERDUE_COLOUR
    assert cell(reg, on_time.id, "due_text", Qt.ItemDataRole.BackgroundRole) is None
    reg.overdue_only.setChecked(True)
    assert listed_ids(reg) == {late_out.id, late_in.id}
    reg.direction_filter.setCurrentIndex(reg.direction_filter.findData(RequestDirection.INCOMING.value))
    assert listed_ids(reg) == {late_in.id}
    reg.overdue_only.setChecked(False)
    reg.direction_filter.setCurrentIndex(0)
    reg.partner_filter.setCurrentIndex(reg.partner_filter.findData("1983"))
    assert listed_ids(reg) == {on_time.id}


def test_open_filter_hides_finished_requests_and_open_record_finds_them(page: RequestsPage,
                                                                        ctx: ServiceContext) -> None:
    done = sent(ctx)
    svc.withdraw(ctx, done.id, "Hushållet har fått bostad på annat sätt")
    other = sent(ctx, "1983")
    reg = register(page)
    page.activate()
    assert listed_ids(reg) == {other.id}
    reg.search.setText("Arboga")
    page.open_record(done.id)  # hidden by both the search and the status filter
    assert reg.selected_id() == done.id and reg.detail.request_id == done.id
    assert reg.search.text() == "" and reg.status_filter.currentData() is None
    assert reg.detail.reason_label.text() == "Hushållet har fått bostad på annat sätt"
    assert page.tabs.currentWidget() is reg


def test_the_register_never_shows_a_name_of_a_protected_case(page: RequestsPage, ctx: ServiceContext,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    case_id = new_case(ctx, ProtectionLevel.PROTECTED_REGISTRATION)
    row = sent(ctx, case_id=case_id)
    svc.advance(ctx, row.id, S.ACCEPTED, note="Mottagande kommun har lägenhet")
    reg = register(page)
    page.open_record(row.id)
    assert cell(reg, row.id, "case_text") == row.case.display_name  # reference and pseudonym, then the badge
    assert cell(reg, row.id, "case_text", Qt.ItemDataRole.ToolTipRole) == \
        f"{row.case.display_name} – Skyddad folkbokföring"
    assert reg.model.row_at(reg.model.position_of(row.id)).protection_level is ProtectionLevel.PROTECTED_REGISTRATION
    shown = []
    for r in range(reg.model.rowCount()):
        for c in range(reg.model.columnCount()):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                shown.append(str(reg.model.index(r, c).data(role) or ""))
    panel_text = texts_of(reg.detail)
    assert SECRET not in "\n".join(shown) and SECRET not in panel_text and SECRET not in page.windowTitle()
    assert "Skyddad folkbokföring" in panel_text and not reg.detail.badge.isHidden()
    dialogs: list[Any] = []
    reg.run_dialog = lambda d: dialogs.append(texts_of(d) + "\n".join(
        d.inputs["case_id"].itemText(i) for i in range(d.inputs["case_id"].count()))) or 0
    reg.new_record()
    assert SECRET not in dialogs[0] and "Skyddad folkbokföring" in dialogs[0]


def test_selecting_a_request_opens_it_once_in_the_audit_log(page: RequestsPage, ctx: ServiceContext,
                                                            qtbot: QtBot) -> None:
    first, second = sent(ctx, "1984"), sent(ctx, "1983")
    reg = register(page)
    page.activate()
    before = audit_count(ctx, "request.open")
    reg.select_record(first.id)
    qtbot.waitUntil(lambda: reg.detail.request_id == first.id)
    assert audit_count(ctx, "request.open") == before + 1
    reg.reload()  # the same request again: not a new opening
    qtbot.waitUntil(lambda: not reg._open_timer.isActive())
    assert audit_count(ctx, "request.open") == before + 1
    reg.select_record(second.id)
    qtbot.waitUntil(lambda: reg.detail.request_id == second.id)
    assert audit_count(ctx, "request.open") == before + 2


def test_open_case_asks_the_window_for_the_cases_page(page: RequestsPage, ctx: ServiceContext,
                                                      qtbot: QtBot) -> None:
    case_id = new_case(ctx)
    row = sent(ctx, case_id=case_id)
    show(page, row.id)
    with qtbot.waitSignal(page.open_record_in) as blocker:
        page.requests.detail.open_case_button.click()
    assert blocker.args == ["cases", case_id]
    show(page, incoming(ctx).id)
    assert page.requests.detail.open_case_button.isHidden()  # an incoming request has no case of ours


# -- new requests -----------------------------------------------------------------------------


def test_new_request_to_one_partner_is_a_draft(page: RequestsPage, ctx: ServiceContext) -> None:
    case_id = new_case(ctx)
    reg = register(page)

    def fill(d: NewOutgoingDialog) -> None:
        assert not d.save_button.isEnabled()  # a case and a municipality are required
        d.set_value("case_id", case_id)
        assert d.field_problem("counterpart_municipality_code") == "Välj minst en kommun."
        d.choose("1984")
        d.set_value("notes", "Första kontakt per telefon")

    reg.run_dialog, seen = drive(fill)
    page.new_record()
    assert isinstance(seen[0], NewOutgoingDialog) and seen[0].result() == 1
    made = svc.requests_for_case(ctx, case_id)
    assert [(r.status, r.counterpart_municipality_code) for r in made] == [(S.DRAFT, "1984")]
    assert reg.selected_id() == made[0].id and reg.detail.request_id == made[0].id


def test_new_request_to_several_partners_sends_them_all(page: RequestsPage, ctx: ServiceContext) -> None:
    case_id = new_case(ctx)
    reg = register(page)

    def fill(d: NewOutgoingDialog) -> None:
        d.set_value("case_id", case_id)
        d.choose("1984", "1983")
        assert not d.inputs["send_now"].isEnabled() and d.sending()  # several: always recorded as sent
        d.set_value("sent_on", (TODAY + timedelta(days=2)).isoformat())
        assert not d.save_button.isEnabled()
        d.set_value("sent_on", (TODAY - timedelta(days=1)).isoformat())

    reg.run_dialog, seen = drive(fill)
    reg.new_button.click()
    assert seen[0].result() == 1
    made = svc.requests_for_case(ctx, case_id)
    assert {r.counterpart_municipality_code for r in made} == {"1984", "1983"}
    assert {(r.status, r.sent_on) for r in made} == {(S.SENT, TODAY - timedelta(days=1))}
    assert len({r.group_key for r in made}) == 1


def test_a_ring_limits_the_partners_and_a_refusal_shows_beside_the_list(page: RequestsPage,
                                                                         ctx: ServiceContext) -> None:
    from sbdesk.services.rings import add_member, create_ring

    excluded_case = create_case(ctx, {"protection_level": "none", "risk_level": "high", "status": "waiting"},
                                [{"role": MemberRole.APPLICANT, "birth_year": 1990}], excluded=["1984"]).id
    ring = create_ring(ctx, {"name": "Testringen", "scope": "county"})
    add_member(ctx, ring.id, {"municipality_code": "1983"})
    reg = register(page)

    def fill(d: NewOutgoingDialog) -> None:
        d.set_value("case_id", excluded_case)
        d.choose("1984")  # from the full list
        d.set_value("ring_id", ring.id)  # only the ring's members are listed now: 1984 is gone
        assert d.chosen_codes() == [] and d.partners.count() == 1
        d.set_value("ring_id", None)
        d.choose("1984")  # the household's spärrområde: the service refuses

    reg.run_dialog, seen = drive(fill)
    reg.new_record()
    dialog = seen[0]
    assert dialog.result() == 0
    assert dialog.errors["counterpart_municipality_code"].text() == \
        "Kommunen är ett spärrområde för ärendet och kan inte få förfrågan."
    assert svc.requests_for_case(ctx, excluded_case) == []


def test_incoming_form_validates_as_typed_and_guards_unsaved_changes(
        page: RequestsPage, ctx: ServiceContext, boxes: dict[str, list[Any]]) -> None:
    reg = register(page)

    def bad(d: IncomingDialog) -> None:
        d.set_value("counterpart_municipality_code", "0180")
        d.set_value("adults", "-1")
        d.set_value("children_birth_years", "20x4")
        d.set_value("received_on", (TODAY + timedelta(days=1)).isoformat())
        d.set_value("sender_contact_email", "inte-en-adress")

    reg.run_dialog, seen = drive(bad)
    reg.incoming_button.click()
    dialog = seen[0]
    assert not dialog.save_button.isEnabled() and dialog.result() == 0
    problems = dialog.problems()
    assert set(problems) == {"adults", "children_birth_years", "received_on", "sender_contact_email"}
    assert all(not dialog.errors[name].isHidden() for name in problems)
    assert dialog.errors["children_birth_years"].text() == "Ange födelseår med fyra siffror, t.ex. 2014, 2019."
    boxes["answer"].append(QMessageBox.StandardButton.Cancel)
    dialog.reject()  # unsaved changes: asked, and Cancel keeps the form
    assert boxes["question"] == ["Du har ändringar som inte är sparade. Vill du spara dem?"]
    assert dialog.result() == 0 and dialog.is_dirty()

    def good(d: IncomingDialog) -> None:
        for name, value in {"counterpart_municipality_code": "0180", "adults": "1", "children": "2",
                            "children_birth_years": "2014, 2019", "rooms_needed": "3",
                            "support_safety": True, "counterpart_reference": "STHLM-88"}.items():
            d.set_value(name, value)

    reg.run_dialog, seen = drive(good)
    reg.new_incoming()
    made = svc.list_requests(ctx).rows
    assert [(r.direction, r.status, r.adults, r.children) for r in made] == [
        (RequestDirection.INCOMING, S.SENT, 1, 2)]
    assert reg.selected_id() == made[0].id
    assert cell(reg, made[0].id, "case_text") == "Mottaget hushåll · 1 vuxen, 2 barn"
    assert cell(reg, made[0].id, "status_label") == "Mottagen"


def test_edit_an_incoming_request_keeps_the_household(page: RequestsPage, ctx: ServiceContext) -> None:
    row = svc.create_incoming(ctx, {"counterpart_municipality_code": "0180", "children": 2,
                                    "children_birth_years": "2014,2019", "received_on": TODAY})
    reg = register(page)
    page.open_record(row.id)
    reg.run_dialog, seen = drive(lambda d: d.set_value("rooms_needed", "4"))
    reg.edit_button.click()
    assert isinstance(seen[0], RecordDialog) and seen[0].result() == 1
    assert seen[0].raw_values()["children_birth_years"] == "2014, 2019"
    detail = svc.get_request(ctx, row.id)
    assert detail.values["rooms_needed"] == 4 and detail.values["children_birth_years"] == [2014, 2019]


# -- page and exchange files ------------------------------------------------------------------


def test_page_interface(page: RequestsPage, ctx: ServiceContext) -> None:
    assert page.nav_title == "Bostadsringar och förfrågningar"
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "Förfrågningar", "Bostadsringar", "Ömsesidighet"]
    page.tabs.setCurrentIndex(2)
    page.focus_search()
    assert page.tabs.currentIndex() == 0
    page.tabs.setCurrentIndex(1)
    page.rings.run_dialog = lambda d: 0
    reg = register(page)
    reg.run_dialog, seen = drive(lambda d: None, save=False)
    page.new_record()  # on the rings tab: a new ring, not a request
    assert seen == []
    page.tabs.setCurrentIndex(0)
    page.new_record()
    assert isinstance(seen[0], NewOutgoingDialog)


def test_exchange_buttons_call_the_exchange_module(page: RequestsPage, ctx: ServiceContext,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[str, Any, Any]] = []
    fake: Any = types.ModuleType("sbdesk.ui.exchange_dialog")
    fake.export_request = lambda parent, c, request_id: calls.append(("export", parent, request_id)) or True
    fake.export_answer = lambda parent, c, request_id: calls.append(("answer", parent, request_id)) or True
    fake.import_file = lambda parent, c: calls.append(("import", parent, c)) or False
    monkeypatch.setitem(sys.modules, "sbdesk.ui.exchange_dialog", fake)
    import sbdesk.ui as ui_package

    monkeypatch.setattr(ui_package, "exchange_dialog", fake, raising=False)
    out, inc = sent(ctx), incoming(ctx)
    reg = register(page)
    page.open_record(inc.id)
    assert not reg.export_button.isEnabled()  # an incoming request not yet answered has nothing to send back
    svc.accept(ctx, inc.id, today=date.today())
    page.open_record(inc.id)
    assert reg.export_button.isEnabled()
    reg.export_button.click()
    page.open_record(out.id)
    assert reg.export_button.isEnabled()
    reg.export_button.click()
    reg.import_button.click()
    assert calls == [("answer", reg, inc.id), ("export", reg, out.id), ("import", reg, ctx)]


def test_a_received_protected_household_shows_its_badge(page: RequestsPage, ctx: ServiceContext) -> None:
    row = svc.create_incoming(ctx, {"counterpart_municipality_code": "0180", "received_on": date.today(),
                                    "adults": 1, "protection_level": "assumed_identity"}, today=date.today())
    reg = register(page)
    page.open_record(row.id)
    assert cell(reg, row.id, "case_text", Qt.ItemDataRole.ToolTipRole).endswith("– Fingerade personuppgifter")
    plain = incoming(ctx)
    page.activate()
    assert "–" not in cell(reg, plain.id, "case_text", Qt.ItemDataRole.ToolTipRole)


def test_a_received_identity_is_revealed_on_purpose_and_logged(page: RequestsPage, ctx: ServiceContext,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from sbdesk.domain.rings import Request

    row = incoming(ctx)
    with ctx.write() as s:
        s.get(Request, row.id).applicant_identity = json.dumps(
            {"first_name": "Fiktiva", "last_name": "Testdotter", "personal_number": "19121212-1212"})
    page.open_record(row.id)
    detail = page.requests.detail
    assert detail.identity_button.isVisibleTo(page) and "Fiktiva" not in texts_of(page)
    shown: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Kontakt med bostadsbolaget", True))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: shown.append(text))
    assert detail.show_identity()
    assert shown == ["Fiktiva Testdotter\n19121212-1212"]
    assert audit_count(ctx, "request.identity_reveal") == 1
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))  # cancelled: nothing read
    assert not detail.show_identity() and audit_count(ctx, "request.identity_reveal") == 1
