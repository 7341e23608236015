"""Bostadsringar och förfrågningar: one page with three tabs — the requests (förfrågningar) to and from
other municipalities, the housing rings and their members, and the reciprocity figures."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from sbdesk.services.context import ServiceContext
from sbdesk.ui.pages.reciprocity_tab import ReciprocityTab
from sbdesk.ui.pages.request_register import RequestRegister
from sbdesk.ui.pages.rings_tab import RingsTab


class RequestsPage(QWidget):
    """The page of the main window: tabs Förfrågningar, Bostadsringar, Ömsesidighet."""

    status_text = Signal(str)
    open_record_in = Signal(str, int)  # e.g. ("cases", case_id) from a request's case

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.nav_title = self.tr("Housing rings and requests")
        self.requests = RequestRegister(ctx)
        self.rings = RingsTab(ctx)
        self.reciprocity = ReciprocityTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.nav_title)
        self.tabs.addTab(self.requests, self.tr("Requests"))
        self.tabs.addTab(self.rings, self.tr("Housing rings"))
        self.tabs.addTab(self.reciprocity, self.tr("Reciprocity"))
        self.tabs.currentChanged.connect(lambda _i: self._activate_tab())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.requests.status_text.connect(self.status_text)
        self.requests.open_record_in.connect(self.open_record_in)
        self.rings.rings_changed.connect(self._rings_changed)
        self._rings_dirty = False
        self._active = False

    # -- the page interface of the main window ------------------------------------------------

    def activate(self) -> None:
        """Shown: refresh the tab on show (and the request figures for the status bar)."""
        self._active = True
        self._activate_tab()
        if self.tabs.currentWidget() is not self.requests:
            self.status_text.emit(self.requests.status_summary())

    def new_record(self) -> None:
        """Ctrl+N: a new ring on the rings tab, otherwise a new outgoing request."""
        if self.tabs.currentWidget() is self.rings:
            self.rings.new_ring()
            return
        self.show_tab(self.requests)
        self.requests.new_record()

    def focus_search(self) -> None:
        """Ctrl+F: the requests search."""
        self.show_tab(self.requests)
        self.requests.focus_search()

    def open_record(self, record_id: int) -> None:
        """Show one request (by id) selected in the Förfrågningar tab, with its timeline."""
        self.show_tab(self.requests)
        self.requests.open_record(record_id)

    def show_tab(self, tab: QWidget) -> None:
        """Switch to a tab (activating it)."""
        if self.tabs.currentWidget() is not tab:
            self.tabs.setCurrentWidget(tab)
        elif not self._active:
            self._activate_tab()

    # -- tabs ---------------------------------------------------------------------------------

    def _activate_tab(self) -> None:
        tab = self.tabs.currentWidget()
        if tab is self.requests and self._rings_dirty:
            self._rings_dirty = False
            self.requests.refresh_rings()
        if tab is self.requests or tab is self.rings or tab is self.reciprocity:
            tab.activate()

    def _rings_changed(self) -> None:
        self._rings_dirty = True
