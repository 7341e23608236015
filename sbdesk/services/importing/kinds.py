"""The kinds of record that can be imported, by name (apartments, landlords, cases)."""

from __future__ import annotations

from sbdesk.errors import ValidationError
from sbdesk.services.importing.apartments import ApartmentImport
from sbdesk.services.importing.base import ImportKind
from sbdesk.services.importing.cases import CaseImport
from sbdesk.services.importing.landlords import LandlordImport

KINDS: dict[str, ImportKind] = {k.name: k for k in (ApartmentImport(), LandlordImport(), CaseImport())}


def get_kind(name: str) -> ImportKind:
    """The import kind called name; ValidationError UNKNOWN_KIND for anything else."""
    try:
        return KINDS[name]
    except KeyError:
        raise ValidationError("kind", "UNKNOWN_KIND",
                              "Välj vad som ska importeras: lägenheter, hyresvärdar eller ärenden.") from None


def kind_choices() -> list[tuple[str, str]]:
    """(Swedish title, name) of every kind, for a drop-down."""
    return [(k.title, k.name) for k in KINDS.values()]
