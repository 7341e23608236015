"""The case form: case fields, spärrområden and wished municipalities, the household, and the
identity section (hidden until a logged reveal); opening an existing case is audit-logged."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sbdesk.domain.enums import CaseStatus, ProtectionLevel, RiskLevel
from sbdesk.services import cases as service
from sbdesk.services import priority
from sbdesk.services.context import ServiceContext
from sbdesk.ui import formatting
from sbdesk.ui.badges import ProtectionBadge
from sbdesk.ui.forms.fields import FormField, Kind
from sbdesk.ui.forms.record_dialog import RecordDialog
from sbdesk.ui.grants_dialog import GrantsDialog
from sbdesk.ui.offers_panel import OffersPanel
from sbdesk.ui.pages.household import HouseholdEditor
from sbdesk.ui.pages.identity import IdentitySection
from sbdesk.ui.pages.options import municipality_options
from sbdesk.ui.widgets import FieldError

_NEW_MEMBER = re.compile(r"members\[(\d+)\]\.(\w+)")
_MEMBER = re.compile(r"member:(\d+)\.(\w+)")


class MunicipalityPicker(QWidget):
    """Several municipalities ticked from the 290, with a search box that filters the list."""

    changed = Signal()

    def __init__(self, title: str, options: list[tuple[str, Any]], selected: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(title + ":")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter municipalities…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Filter: %1").replace("%1", title))
        self.title.setBuddy(self.search)
        self.list = QListWidget()
        self.list.setAccessibleName(title)
        self.list.setUniformItemSizes(True)
        self.list.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
        self.list.setMaximumHeight(self.fontMetrics().lineSpacing() * 10)
        wanted = set(selected)
        for name, code in options:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in wanted else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self._initial = self.codes()
        self.search.textChanged.connect(self._filter)
        self.list.itemChanged.connect(self._item_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        layout.addWidget(self.summary)
        self._summarise()

    def codes(self) -> list[str]:
        """The ticked municipalities' codes, sorted."""
        return sorted(str(self.list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.list.count())
                      if self.list.item(i).checkState() == Qt.CheckState.Checked)

    def names(self) -> list[str]:
        """The ticked municipalities' names, in list order."""
        return [self.list.item(i).text() for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def set_codes(self, codes: list[str]) -> None:
        """Tick exactly these municipalities (as the user would)."""
        wanted = set(codes)
        for i in range(self.list.count()):
            item = self.list.item(i)
            state = Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in wanted else Qt.CheckState.Unchecked
            if item.checkState() != state:
                item.setCheckState(state)

    def is_dirty(self) -> bool:
        """True when the ticks differ from what the form opened with."""
        return self.codes() != self._initial

    def _filter(self, text: str) -> None:
        wanted = text.strip().casefold()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(wanted) and wanted not in item.text().casefold())

    def _item_changed(self, _item: QListWidgetItem) -> None:
        self._summarise()
        self.changed.emit()

    def _summarise(self) -> None:
        names = self.names()
        self.summary.setText(self.tr("Chosen: %1").replace("%1", ", ".join(names)) if names else self.tr("None chosen"))


class CaseDialog(RecordDialog):
    """Create or edit a case; an existing case is opened through open_case (logged)."""

    def __init__(self, ctx: ServiceContext, case_id: int | None = None, parent: QWidget | None = None) -> None:
        self.ctx = ctx
        self.case_id = case_id
        self._ready = False
        detail = service.open_case(ctx, case_id) if case_id is not None else None
        self.detail = detail
        self._municipalities = options = municipality_options(ctx)
        self.excluded = MunicipalityPicker(self.tr("Excluded municipalities (spärrområden)"), options,
                                           detail.excluded_municipalities if detail else [])
        self.wished = MunicipalityPicker(self.tr("Wished municipalities"), options,
                                         detail.wished_municipalities if detail else [])
        self.overlap_error = FieldError(self.wished.list)
        self.household = HouseholdEditor(detail.members if detail else [])
        reveal = (lambda reason: service.reveal_identity(ctx, case_id, reason)) if case_id is not None else None
        self.identity = IdentitySection(self.household, reveal)
        extra = QWidget()
        pickers = QHBoxLayout()
        pickers.setContentsMargins(0, 0, 0, 0)
        pickers.addWidget(self.excluded)
        pickers.addWidget(self.wished)
        extra_layout = QVBoxLayout(extra)
        extra_layout.setContentsMargins(0, 0, 0, 0)
        extra_layout.addLayout(pickers)
        extra_layout.addWidget(self.overlap_error)
        extra_layout.addWidget(self.household)
        extra_layout.addWidget(self.identity)
        self.requested_offer: int | None = None
        self._closed = False
        self.offers: OffersPanel | None = None
        if case_id is not None:
            self.offers = OffersPanel(ctx, case_id=case_id)
            self.offers.open_offer.connect(self.go_to_offer)
            extra_layout.addWidget(self.offers)
        initial = dict(detail.values) if detail else {"status": CaseStatus.NEW}
        super().__init__(self.case_title(), self.form_fields(), service.CASE_FIELDS, self._save_case, initial,
                         parent, extra=extra)
        self.badge = ProtectionBadge(initial.get("protection_level"))
        self.heading = QLabel(self.case_title())
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        header = QHBoxLayout()
        header.addWidget(self.heading)
        header.addWidget(self.badge)
        header.addStretch(1)
        self.fortur_label = QLabel()
        self.fortur_button = QPushButton(self.tr("Förtu&r…"))
        self.fortur_button.setToolTip(self.tr("The household's förtur: grounds, validity, offers allowed"))
        self.fortur_button.clicked.connect(lambda: self.open_grants())
        self.consents_button = QPushButton(self.tr("Co&nsents…"))
        self.consents_button.setToolTip(self.tr("What the household has agreed may be shared, and with whom"))
        self.consents_button.clicked.connect(lambda: self.open_consents())
        self.certificate_button = QPushButton(self.tr("Förtur &certificate…"))
        self.certificate_button.setToolTip(self.tr("Intyg om förtur / underlag till hyresvärd as a PDF letter"))
        self.certificate_button.clicked.connect(lambda: self.certificate_letter())
        extras = (self.fortur_label, self.fortur_button, self.consents_button, self.certificate_button)
        for widget in extras:
            if case_id is not None:
                header.addWidget(widget)
            else:
                widget.hide()
        if case_id is not None:
            self._show_fortur()
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):  # RecordDialog's own layout: the header goes on top
            layout.insertLayout(0, header)
        for name in ("excluded_areas", "wishes", "school_needs", "notes"):
            self.inputs[name].setMaximumHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self._ready = True
        self.inputs["protection_level"].currentIndexChanged.connect(lambda _i: self._level_changed())
        for widget in (self.excluded, self.wished, self.household, self.identity):
            widget.changed.connect(self._refresh_errors)
        self.household.member_added.connect(lambda _e: self.order_tabs())
        self.household.member_removed.connect(lambda _e: self.order_tabs())
        self.identity.forms_changed.connect(self.order_tabs)
        self.order_tabs()
        self._level_changed()
        self._refresh_errors()
        self.resize(self.fontMetrics().averageCharWidth() * 110, self.fontMetrics().lineSpacing() * 44)

    def _show_fortur(self) -> None:
        grants = priority.list_grants(self.ctx, self.case_id) if self.case_id is not None else []
        valid = next((g for g in grants if g.valid_today), None)
        if valid is not None:
            left = valid.offers_allowed - valid.offers_used
            text = self.tr("Förtur valid until %1 (%2 offer(s) left)").replace(
                "%1", formatting.day(valid.valid_until) or self.tr("further notice")).replace("%2", str(left))
        elif grants:
            text = self.tr("No valid förtur")
        else:
            text = self.tr("No förtur")
        self.fortur_label.setText(text)

    def grants_dialog(self) -> GrantsDialog:
        """The förtur dialog of this case (not yet shown)."""
        assert self.case_id is not None and self.detail is not None
        row = self.detail.row
        dialog = GrantsDialog(self.ctx, self.case_id, f"{row.reference} ({row.pseudonym})", self)
        dialog.changed.connect(self._show_fortur)
        return dialog

    def open_grants(self) -> None:
        """'Förtur…': record or change the household's förtur (saved at once, logged)."""
        dialog = self.grants_dialog()
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def open_consents(self) -> None:
        """'Samtycken…': record or withdraw the household's consents (saved at once, logged)."""
        from sbdesk.ui.consents_dialog import open_consents

        if self.case_id is not None:
            open_consents(self, self.ctx, self.case_id)

    def certificate_letter(self) -> None:
        """'Intyg om förtur…': the letter to a landlord, previewed, then printed or saved."""
        from sbdesk.ui.letter_dialog import show_letter

        if self.case_id is not None:
            show_letter(self, self.ctx, "priority", case_id=self.case_id)

    def go_to_offer(self, offer_id: int) -> None:
        """Close the case (asking about unsaved changes) and ask the page to show the offer."""
        self.requested_offer = offer_id
        self.reject()
        if not self._closed:
            self.requested_offer = None

    def case_title(self) -> str:
        """'Ärende SB-2026-0007 – Rönn 42' (reference and pseudonym only), or 'Nytt ärende'."""
        if self.detail is None:
            return self.tr("New case")
        row = self.detail.row
        return self.tr("Case %1 – %2").replace("%1", row.reference).replace("%2", row.pseudonym)

    def form_fields(self) -> list[FormField]:
        """The inputs for CASE_FIELDS."""
        return [
            FormField("pseudonym", self.tr("Pseudonym"), placeholder=self.tr("Made up automatically when left empty"),
                      help=self.tr("A neutral name for lists; never derived from a real name.")),
            FormField("protection_level", self.tr("Protected personal data"), Kind.CHOICE, True,
                      ProtectionLevel.options()),
            FormField("risk_level", self.tr("Risk level"), Kind.CHOICE, True, RiskLevel.options()),
            FormField("status", self.tr("Status"), Kind.CHOICE, True, CaseStatus.options()),
            FormField("home_municipality_code", self.tr("Current municipality"), Kind.REFERENCE, False,
                      self._municipalities),
            FormField("sheltered_since", self.tr("In sheltered housing since"), Kind.DATE),
            FormField("queue_since", self.tr("In the queue since"), Kind.DATE),
            FormField("needed_by", self.tr("Needs a home by"), Kind.DATE),
            FormField("max_rent_sek", self.tr("Maximum rent per month"), Kind.KRONOR),
            FormField("needs_elevator", self.tr("Needs an elevator"), Kind.FLAG),
            FormField("needs_ground_floor", self.tr("Needs the ground floor"), Kind.FLAG),
            FormField("needs_wheelchair", self.tr("Needs wheelchair access"), Kind.FLAG),
            FormField("excluded_areas", self.tr("Excluded areas (free text)"), Kind.MULTILINE,
                      help=self.tr("Districts or places the household must not live in or near.")),
            FormField("wishes", self.tr("Wishes"), Kind.MULTILINE),
            FormField("school_needs", self.tr("School and preschool"), Kind.MULTILINE),
            FormField("notes", self.tr("Notes"), Kind.MULTILINE),
        ]

    def order_tabs(self) -> None:
        """Tab through the fields, the municipalities, the household, the identities, then the buttons
        (members and identity forms are added later than the buttons, so the order is set here)."""
        chain = [*self.inputs.values(), self.excluded.search, self.excluded.list, self.wished.search,
                 self.wished.list, *self.household.focus_chain(), *self.identity.focus_chain(),
                 *self.buttons.buttons()]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- validation of the whole form -----------------------------------------------------------

    def _overlap(self) -> str | None:
        both = set(self.excluded.names()) & set(self.wished.names())
        if not both:
            return None
        names = [n for n in self.wished.names() if n in both]
        return self.tr("A municipality cannot be both excluded and wished: %1").replace("%1", ", ".join(names))

    def problems(self) -> dict[str, str]:
        """Case fields, municipalities, household members and identities."""
        problems = super().problems()
        if not getattr(self, "_ready", False):
            return problems
        if (overlap := self._overlap()) is not None:
            problems["wished_municipalities"] = overlap
        return {**problems, **self.household.problems(), **self.identity.problems()}

    def _refresh_errors(self) -> None:
        super()._refresh_errors()
        if getattr(self, "_ready", False):
            self.overlap_error.set_message(self._overlap())

    def is_dirty(self) -> bool:
        """Any change to fields, municipalities, members or identities."""
        return super().is_dirty() or (getattr(self, "_ready", False) and (
            self.excluded.is_dirty() or self.wished.is_dirty() or self.household.is_dirty()
            or self.identity.is_dirty()))

    def _level_changed(self) -> None:
        value = self.raw_values().get("protection_level")
        level = ProtectionLevel(value) if value in {p.value for p in ProtectionLevel} else None
        self.badge.set_level(level)
        self.identity.set_protection(level)

    # -- saving ---------------------------------------------------------------------------------

    def accept(self) -> None:
        """Show every message in the household and identities too, then save as RecordDialog does."""
        self.household.show_all_problems()
        self.identity.show_all_problems()
        super().accept()

    def _new_members(self) -> list[dict[str, Any]]:
        out = []
        for editor in self.household.new_members():
            member: dict[str, Any] = editor.values()
            if (identity := self.identity.identity_of(editor)) is not None:
                member["identity"] = identity
            out.append(member)
        return out

    def _save_case(self, values: dict[str, Any]) -> Any:
        kw = {"excluded": self.excluded.codes(), "wished": self.wished.codes()}
        if self.case_id is None:
            return service.create_case(self.ctx, values, self._new_members(), **kw)
        changes = service.HouseholdChanges(
            add=self._new_members(), update=self.household.updates(),
            identities=self.identity.identity_updates(), remove=list(self.household.removed),
        )
        return service.update_case(self.ctx, self.case_id, values, household=changes, **kw)

    def show_errors(self, by_field: dict[str, str]) -> None:
        """Service messages beside their fields, including member and identity fields."""
        loose: dict[str, str] = {}
        new = self.household.new_members()
        stored = {e.member_id: e for e in self.household.editors if e.member_id is not None}
        for name, message in by_field.items():
            editor = None
            if m := _NEW_MEMBER.fullmatch(name):
                index, field = int(m.group(1)), m.group(2)
                editor = new[index] if index < len(new) else None
            elif m := _MEMBER.fullmatch(name):
                field = m.group(2)
                editor = stored.get(int(m.group(1)))
            if editor is None:
                if name in ("excluded_municipalities", "wished_municipalities"):
                    self.overlap_error.set_message(message)
                else:
                    loose[name] = message
                continue
            if field == "birth_year":
                editor.birth_error.set_message(message)
            elif (form := self.identity.form_for(editor)) is not None and field in form.errors:
                self.identity.expand(True)
                form.show_error(field, message)
            else:
                loose[name] = message
        super().show_errors(loose)

    def done(self, result: int) -> None:
        """Closing forgets revealed and typed identities."""
        self._closed = True
        self.identity.forget()
        super().done(result)
