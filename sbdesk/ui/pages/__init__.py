"""The pages of the main window, in navigation order (a page appears when its issue builds it)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from sbdesk.services.context import ServiceContext

PageFactory = Callable[[ServiceContext], QWidget]


def page_factories() -> list[tuple[str, PageFactory]]:
    """(key, factory) for every page, in the order the navigation shows them."""
    from sbdesk.ui.pages.apartments import ApartmentsPage
    from sbdesk.ui.pages.cases import CasesPage
    from sbdesk.ui.pages.grant_report import GrantReportPage
    from sbdesk.ui.pages.landlords import LandlordsPage
    from sbdesk.ui.pages.log import LogPage
    from sbdesk.ui.pages.offers import OffersPage
    from sbdesk.ui.pages.overview import OverviewPage
    from sbdesk.ui.pages.queue import QueuePage
    from sbdesk.ui.pages.requests import RequestsPage
    from sbdesk.ui.pages.retention import RetentionPage

    return [
        ("overview", OverviewPage),
        ("cases", CasesPage),
        ("queue", QueuePage),
        ("offers", OffersPage),
        ("requests", RequestsPage),
        ("apartments", ApartmentsPage),
        ("landlords", LandlordsPage),
        ("grant_report", GrantReportPage),
        ("log", LogPage),
        ("retention", RetentionPage),
    ]
