"""Dialogs for the steps of an offer: send (reply-by date), decline (reason), sign (date and contract
type) and withdraw (reason). Each validates as the user types and keeps Save disabled while invalid."""

from __future__ import annotations

import logging
from datetime import date, timedelta
from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from sbdesk.domain.enums import ContractType
from sbdesk.domain.offers import DeclineParty
from sbdesk.domain.validators import parse_date
from sbdesk.errors import ValidationError
from sbdesk.services import forms as f
from sbdesk.services import offers as service
from sbdesk.services.context import ServiceContext
from sbdesk.ui.forms.fields import FormField, Kind
from sbdesk.ui.forms.record_dialog import ActionDialog

log = logging.getLogger(__name__)

REPLY_DAYS = 7  # default time to answer an offer


class OfferStepDialog(ActionDialog):
    """A form for one step of an offer; a refused step (IllegalTransition) closes it with a message."""


def _reply_by_parser(today: date) -> f.Parser:
    return lambda value, field: parse_date(value, field=field, min_date=today)


def _signed_on_parser(today: date) -> f.Parser:
    return lambda value, field: parse_date(value, field=field, max_date=today)


class SendOfferDialog(OfferStepDialog):
    """'Skicka erbjudande': the reply-by date (default seven days ahead, not before today)."""

    def __init__(self, ctx: ServiceContext, offer_id: int, about: str, parent: QWidget | None = None,
                 *, today: date | None = None) -> None:
        today = today or date.today()
        specs = [f.FieldSpec("reply_by", "Svara senast", _reply_by_parser(today), required=True)]
        fields = [FormField("reply_by", self.tr("Reply by"), Kind.DATE, True)]
        super().__init__(
            self.tr("Send offer"), fields, specs,
            lambda values: service.send_offer(ctx, offer_id, values["reply_by"]),
            {"reply_by": today + timedelta(days=REPLY_DAYS)}, parent,
            intro=self.tr("The household is offered %1 and answers by the date below.").replace("%1", about),
        )


def reason_options(reasons: dict[str, dict[str, str]]) -> list[tuple[str, str]]:
    """(label, code) for every decline reason, the household's first, each label naming its party."""
    out: list[tuple[str, str]] = []
    for party in DeclineParty:
        out += [(f"{party.label} – {wording}", code) for code, wording in reasons.get(party.value, {}).items()]
    known = {party.value for party in DeclineParty}
    for name, codes in reasons.items():  # a party configured beyond the two known ones
        if name not in known:
            out += [(wording, code) for code, wording in codes.items()]
    return out


class DeclineOfferDialog(OfferStepDialog):
    """'Tacka nej': a reason from the household's or the landlord's list, and an optional comment."""

    def __init__(self, ctx: ServiceContext, offer_id: int, about: str, parent: QWidget | None = None) -> None:
        reasons = service.decline_reasons(ctx)
        codes = {code for codes in reasons.values() for code in codes}

        def reason(value: Any, field: str) -> str:
            if value not in codes:
                raise ValidationError(field, "INVALID_CHOICE", "Välj ett skäl i listan.")
            return str(value)

        specs = [f.FieldSpec("reason_code", "Skäl", reason, required=True),
                 f.FieldSpec("note", "Kommentar", f.long_text)]
        options = reason_options(reasons)
        fields = [FormField("reason_code", self.tr("Reason"), Kind.CHOICE, True, options,
                            placeholder=self.tr("Choose a reason")),
                  FormField("note", self.tr("Comment"), Kind.MULTILINE)]
        super().__init__(
            self.tr("Decline offer"), fields, specs,
            lambda values: service.decline_offer(ctx, offer_id, values["reason_code"], values["note"] or None),
            {}, parent,
            intro=self.tr("The offer of %1 is declined. A decline by the household counts against its priority (förtur).")
            .replace("%1", about),
        )
        combo = self.inputs["reason_code"]
        household = len(reasons.get("household", {}))
        if isinstance(combo, QComboBox):
            combo.setPlaceholderText(self.tr("Choose a reason"))
            if 0 < household < combo.count():
                combo.insertSeparator(household)


class SignOfferDialog(OfferStepDialog):
    """'Kontrakt skrivet': the date the contract was signed (not in the future) and its type."""

    def __init__(self, ctx: ServiceContext, offer_id: int, about: str, contract_type: ContractType | None = None,
                 parent: QWidget | None = None, *, today: date | None = None) -> None:
        today = today or date.today()
        specs = [f.FieldSpec("signed_on", "Kontraktet skrevs", _signed_on_parser(today), required=True),
                 f.FieldSpec("contract_type", "Kontraktsform", f.choice(ContractType), required=True)]
        fields = [FormField("signed_on", self.tr("Contract signed on"), Kind.DATE, True),
                  FormField("contract_type", self.tr("Contract type"), Kind.CHOICE, True, ContractType.options())]
        super().__init__(
            self.tr("Contract signed"), fields, specs,
            lambda values: service.sign_offer(ctx, offer_id, values["signed_on"], values["contract_type"]),
            {"signed_on": today, "contract_type": contract_type}, parent,
            intro=self.tr("The contract for %1 is signed: the household is housed and the apartment let.")
            .replace("%1", about),
        )


class WithdrawOfferDialog(OfferStepDialog):
    """'Återkalla': why the offer is withdrawn (required; written to the audit log)."""

    def __init__(self, ctx: ServiceContext, offer_id: int, about: str, parent: QWidget | None = None) -> None:
        specs = [f.FieldSpec("reason", "Skäl", f.long_text, required=True)]
        fields = [FormField("reason", self.tr("Reason (written to the log)"), Kind.MULTILINE, True)]
        super().__init__(
            self.tr("Withdraw offer"), fields, specs,
            lambda values: service.withdraw_offer(ctx, offer_id, values["reason"]),
            {}, parent,
            intro=self.tr("The offer of %1 is withdrawn. The apartment becomes available again.").replace("%1", about),
        )
