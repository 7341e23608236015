"""Översikt: shows the figures of the day, never names, and every row opens the record it refers to."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.colors import to_hex
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from sbdesk.domain.enums import (
    AgreementKind,
    ApartmentStatus,
    CaseStatus,
    LandlordKind,
    MemberRole,
    ProtectionLevel,
)
from sbdesk.services.apartments import create_apartment
from sbdesk.services.cases import create_case
from sbdesk.services.context import ServiceContext
from sbdesk.services.housing import create_agreement, create_landlord
from sbdesk.ui.pages.overview import OverviewPage, RecordList

TODAY = date(2026, 11, 27)
SECRET_NAMES = ("Hemliga", "Skyddadsson")



def days(n: int) -> date:
    return TODAY + timedelta(days=n)


@pytest.fixture
def data(ctx: ServiceContext) -> dict[str, int]:
    """Two waiting households (one protected, with a fictional identity), one apartment, one agreement."""
    identity = {"first_name": SECRET_NAMES[0], "last_name": SECRET_NAMES[1], "personal_number": "19850315-9801"}
    protected = create_case(
        ctx, {"protection_level": ProtectionLevel.PROTECTED_REGISTRATION, "risk_level": "high",
              "status": CaseStatus.WAITING, "queue_since": days(-200), "pseudonym": "Ek 11"},
        [{"role": MemberRole.APPLICANT, "birth_year": 1985, "identity": identity}],
    ).id
    plain = create_case(ctx, {"protection_level": ProtectionLevel.NONE, "risk_level": "low",
                              "status": CaseStatus.NEW, "queue_since": days(-1), "pseudonym": "Lind 12"}).id
    create_case(ctx, {"protection_level": ProtectionLevel.NONE, "risk_level": "low", "status": CaseStatus.HOUSED,
                      "queue_since": days(-900), "pseudonym": "Gran 15"})
    landlord = create_landlord(ctx, {"name": "Mälarhem Bostäder AB", "kind": LandlordKind.MUNICIPAL}).id
    apartment = create_apartment(ctx, {
        "landlord_id": landlord, "address": "Lärkgatan 4", "municipality_code": "1980", "rooms": 2,
        "rent_sek": 7450, "contract_type": "first_hand", "status": ApartmentStatus.PLANNED,
        "available_from": days(3)}).id
    create_apartment(ctx, {
        "landlord_id": landlord, "address": "Storgatan 9", "municipality_code": "1980", "rooms": 3,
        "rent_sek": 9000, "contract_type": "first_hand", "status": ApartmentStatus.AVAILABLE,
        "available_from": days(-10)})
    agreement = create_agreement(ctx, {"landlord_id": landlord, "kind": AgreementKind.PRIORITY_QUOTA,
                                       "title": "Förtur 2026", "valid_from": date(2026, 1, 1),
                                       "valid_to": days(40)}).id
    return {"protected": protected, "plain": plain, "apartment": apartment, "agreement": agreement}


@pytest.fixture
def page(qtbot: QtBot, ctx: ServiceContext, data: dict[str, int]) -> OverviewPage:
    page = OverviewPage(ctx, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1300, 900)
    with qtbot.waitExposed(page):
        page.show()
    page.activate()
    return page


def all_texts(widget: QWidget) -> list[str]:
    """Every text a user could see or hear: labels, cells, tooltips, accessible names and descriptions."""
    texts = [label.text() for label in widget.findChildren(QLabel)]
    for table in widget.findChildren(RecordList):
        for r in range(table.rowCount()):
            for c in range(table.columnCount()):
                item = table.item(r, c)
                if item is not None:
                    texts += [item.text(), item.toolTip()]
    for child in widget.findChildren(QWidget):
        texts += [child.toolTip(), child.accessibleName(), child.accessibleDescription()]
    return texts


def test_shows_the_figures_of_the_day(page: OverviewPage, data: dict[str, int]) -> None:
    assert page.nav_title == "Översikt"
    assert page.date_label.text() == "Fredag 27 november 2026"
    assert page.waiting_figure.number.text() == "2"  # the housed case is not waiting
    assert page.available_figure.number.text() == "1"
    assert page.protected_figure.number.text() == "1"
    waiting = page.rows_of(page.waiting)
    assert [row[0].startswith("SB-") for row in waiting] == [True, True]
    assert [row[1:] for row in waiting] == [
        ["Ek 11", "Skyddad folkbokföring", "200 dagar", "2026-05-11", "Väntar"],
        ["Lind 12", "", "1 dag", "2026-11-26", "Ny"],
    ]
    assert page.rows_of(page.apartments) == [
        ["2026-11-30 (om 3 dagar)", "Lärkgatan 4", "Västerås", "2 rok", "7\u00a0450 kr", "Mälarhem Bostäder AB"]]
    assert page.rows_of(page.agreements) == [["2027-01-06 (om 40 dagar)", "Mälarhem Bostäder AB", "Förtur 2026"]]
    headers = [page.waiting.records.horizontalHeaderItem(c).text() for c in range(6)]
    assert headers == ["Ärende", "Pseudonym", "Skydd", "Väntat", "I kön sedan", "Status"]


def test_protection_badge_is_visible(page: OverviewPage) -> None:
    badge = page.waiting.records.item(0, 2)
    assert badge.text() == "Skyddad folkbokföring"
    assert badge.font().bold()
    assert badge.background().color().name() == "#f8d7da"
    assert page.waiting.records.item(1, 2).text() == ""


def test_never_shows_names_of_people(page: OverviewPage) -> None:
    texts = " ".join(all_texts(page))
    for name in SECRET_NAMES:
        assert name not in texts
    assert "19850315" not in texts and "Ek 11" in texts  # the pseudonym is what shows


@pytest.mark.parametrize(("section", "key", "record"), [
    ("waiting", "cases", "protected"), ("apartments", "apartments", "apartment"),
    ("agreements", "agreements", "agreement"),
])
def test_clicking_a_row_opens_its_record(
    qtbot: QtBot, page: OverviewPage, data: dict[str, int], section: str, key: str, record: str
) -> None:
    table = getattr(page, section).records
    rect = table.visualItemRect(table.item(0, 1))
    with qtbot.waitSignal(page.open_record_in, timeout=2000) as blocker:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [key, data[record]]


def test_enter_on_a_row_opens_it(qtbot: QtBot, page: OverviewPage, data: dict[str, int]) -> None:
    table = page.waiting.records
    table.setFocus()
    table.setCurrentCell(1, 0)
    qtbot.waitUntil(table.hasFocus)
    with qtbot.waitSignal(page.open_record_in, timeout=2000) as blocker:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert blocker.args == ["cases", data["plain"]]


def test_charts_count_by_status_with_swedish_labels_in_the_palette(page: OverviewPage) -> None:
    assert isinstance(page.chart.canvas, FigureCanvasQTAgg)
    apartments, cases = page.chart.panels
    assert apartments.title == "Lägenheter per status"
    assert dict(zip(apartments.labels, apartments.values, strict=True)) == {
        "Planerad": 1, "Ledig": 1, "Reserverad": 0, "Erbjuden": 0, "Uthyrd": 0, "Återtagen": 0}
    assert cases.title == "Ärenden per status"
    assert dict(zip(cases.labels, cases.values, strict=True)) == {
        "Ny": 1, "Väntar": 1, "Erbjudande pågår": 0, "I stadigvarande boende": 1, "Avslutad": 0}
    palette = page.chart.palette()
    figure = page.chart.figure
    assert to_hex(figure.get_facecolor()) == palette.color(QPalette.ColorRole.Window).name()
    bars = figure.axes[0].patches
    assert to_hex(bars[0].get_facecolor()) == palette.color(QPalette.ColorRole.Highlight).name()
    assert [t.get_text() for t in figure.axes[1].get_yticklabels()][:2] == ["Ny", "Väntar"]
    assert "Ledig 1" in page.chart.accessibleDescription()


def test_activate_reads_the_figures_again(page: OverviewPage, ctx: ServiceContext) -> None:
    create_case(ctx, {"protection_level": ProtectionLevel.ASSUMED_IDENTITY, "risk_level": "low",
                      "status": CaseStatus.WAITING, "queue_since": days(-400), "pseudonym": "Tall 14"})
    assert page.waiting_figure.number.text() == "2"
    page.activate()
    assert page.waiting_figure.number.text() == "3"
    assert page.protected_figure.number.text() == "2"
    assert page.rows_of(page.waiting)[0][1:4] == ["Tall 14", "Fingerade personuppgifter", "400 dagar"]


def test_status_text_counts_waiting_households(qtbot: QtBot, page: OverviewPage) -> None:
    with qtbot.waitSignal(page.status_text, timeout=2000) as blocker:
        page.activate()
    assert blocker.args == ["2 hushåll väntar"]


def test_long_lists_say_how_many_are_shown(qtbot: QtBot, ctx: ServiceContext) -> None:
    for n in range(12):
        create_case(ctx, {"protection_level": "none", "risk_level": "low", "status": CaseStatus.WAITING,
                          "queue_since": days(-n - 1), "pseudonym": f"Ask {n + 10}"})
    page = OverviewPage(ctx, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.activate()
    assert page.waiting.records.rowCount() == 10
    assert page.waiting.note.text() == "10 av 12"
    assert page.apartments.note.text() == ""


def test_empty_database_says_so(qtbot: QtBot, ctx: ServiceContext) -> None:
    page = OverviewPage(ctx, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    assert page.waiting_figure.number.text() == "0"
    for section, text in [(page.waiting, "Inga hushåll väntar."),
                          (page.apartments, "Ingen lägenhet blir ledig de närmaste 30 dagarna."),
                          (page.agreements, "Inget avtal löper ut de närmaste 60 dagarna.")]:
        assert section.empty.text() == text and section.empty.isVisible()
        assert not section.records.isVisible()


def test_page_has_no_new_or_search(ctx: ServiceContext, qtbot: QtBot) -> None:
    page: Any = OverviewPage(ctx)
    qtbot.addWidget(page)
    assert not hasattr(page, "new_record") and not hasattr(page, "focus_search")
    page.activate()
    assert page.data is not None and page.data.today == date.today()


def test_replies_due_are_listed_and_open_the_offer(qtbot: QtBot, ctx: ServiceContext) -> None:
    from sbdesk.services.offers import propose_offer, send_offer
    from tests.unit.test_offers import new_apartment, new_case

    real_today = date.today()
    overdue = send_offer(ctx, propose_offer(ctx, new_case(ctx), new_apartment(ctx), today=real_today).id,
                         real_today + timedelta(days=1), today=real_today)
    soon = send_offer(ctx, propose_offer(ctx, new_case(ctx), new_apartment(ctx), today=real_today).id,
                      real_today + timedelta(days=6), today=real_today)
    page = OverviewPage(ctx, today=lambda: real_today + timedelta(days=3))
    qtbot.addWidget(page)
    page.activate()
    rows = page.rows_of(page.replies)
    assert [r[0] for r in rows] == [f"{(real_today + timedelta(days=1)).isoformat()} (för 2 dagar sedan)",
                                    f"{(real_today + timedelta(days=6)).isoformat()} (om 3 dagar)"]
    assert rows[0][1].startswith("SB-") and rows[0][3] == "Provgatan 3, 2 rok"
    assert page.replies.records.item(0, 0).background().color().name() == "#f9c9c4"
    with qtbot.waitSignal(page.open_record_in) as sent:
        page.replies.records.chosen.emit(page.replies.records.item(1, 0).data(Qt.ItemDataRole.UserRole))
    assert sent.args == ["offers", soon.id] and overdue.id != soon.id


def test_overdue_and_stalled_requests_are_reminded(qtbot: QtBot, ctx: ServiceContext) -> None:
    from sbdesk.services import requests
    from sbdesk.services.settings import set_settings
    from tests.unit.test_offers import new_case

    sent_on = date(2026, 10, 1)
    late = requests.create_outgoing(ctx, new_case(ctx), "1984", on=sent_on, today=sent_on)
    requests.send(ctx, late.id, on=sent_on, today=sent_on)
    set_settings(ctx, {"requests.stalled_days": "10"})
    still = requests.create_outgoing(ctx, new_case(ctx), "0380", on=date(2026, 11, 1), today=date(2026, 11, 1))
    page = OverviewPage(ctx, today=lambda: date(2026, 11, 20))
    qtbot.addWidget(page)
    page.activate()
    rows = page.rows_of(page.requests)
    assert [(r[0], r[1]) for r in rows] == [(late.reference, "Arboga"), (still.reference, "Uppsala")]
    assert rows[0][3] == "Svaret 20 dagar försenat"  # due 31 October (30 days after sending)
    assert rows[1][3].startswith("Inget nytt steg på 19 dagar")
    assert rows[0][2].startswith("SB-")
    with qtbot.waitSignal(page.open_record_in) as sent:
        page.requests.records.chosen.emit(late.id)
    assert sent.args == ["requests", late.id]
