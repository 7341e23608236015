"""Enumerations of the domain, with the Swedish labels users see."""

from __future__ import annotations

import enum


class LabelledEnum(str, enum.Enum):
    """A string enum whose members carry a Swedish label."""

    label: str

    def __new__(cls, value: str, label: str) -> LabelledEnum:
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        return obj

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        """(value, Swedish label) pairs in declaration order."""
        return [(m.value, m.label) for m in cls]

    @classmethod
    def options(cls) -> list[tuple[str, str]]:
        """(Swedish label, value) pairs for drop-downs, in declaration order."""
        return [(m.label, m.value) for m in cls]


class LandlordKind(LabelledEnum):
    MUNICIPAL = ("municipal", "Kommunalt bostadsbolag")
    PRIVATE = ("private", "Privat hyresvärd")


class AgreementKind(LabelledEnum):
    PRIORITY_QUOTA = ("priority_quota", "Förturskvot (antal per år)")
    SET_ASIDE = ("set_aside", "Avsatta lägenheter (per månad)")
    SOCIAL_CONTRACTS = ("social_contracts", "Ram för sociala kontrakt")
    FIRST_HAND = ("first_hand", "Åtagande om förstahandskontrakt")


class ContractType(LabelledEnum):
    FIRST_HAND = ("first_hand", "Förstahandskontrakt")
    SOCIAL = ("social", "Socialt kontrakt")
    TRIAL = ("trial", "Försökslägenhet")
    EMERGENCY = ("emergency", "Jourlägenhet")
    HOUSING_FIRST = ("housing_first", "Bostad först")


class ApartmentStatus(LabelledEnum):
    PLANNED = ("planned", "Planerad")
    AVAILABLE = ("available", "Ledig")
    RESERVED = ("reserved", "Reserverad")
    OFFERED = ("offered", "Erbjuden")
    LET = ("let", "Uthyrd")
    WITHDRAWN = ("withdrawn", "Återtagen")


class ProtectionLevel(LabelledEnum):
    NONE = ("none", "Ingen")
    CONFIDENTIALITY_MARK = ("confidentiality_mark", "Sekretessmarkering")
    PROTECTED_REGISTRATION = ("protected_registration", "Skyddad folkbokföring")
    ASSUMED_IDENTITY = ("assumed_identity", "Fingerade personuppgifter")

    @property
    def protected(self) -> bool:
        """True for every level above none."""
        return self is not ProtectionLevel.NONE


class RiskLevel(LabelledEnum):
    LOW = ("low", "Låg")
    MODERATE = ("moderate", "Måttlig")
    HIGH = ("high", "Hög")
    ACUTE = ("acute", "Akut")


class CaseStatus(LabelledEnum):
    NEW = ("new", "Ny")
    WAITING = ("waiting", "Väntar")
    OFFER_PENDING = ("offer_pending", "Erbjudande pågår")
    HOUSED = ("housed", "I stadigvarande boende")
    CLOSED = ("closed", "Avslutad")


class MemberRole(LabelledEnum):
    APPLICANT = ("applicant", "Sökande")
    ADULT = ("adult", "Vuxen")
    CHILD = ("child", "Barn")


class ConsentRecipient(LabelledEnum):
    LANDLORD = ("landlord", "Hyresvärd")
    MUNICIPALITY = ("municipality", "Kommun")
    OTHER = ("other", "Annan part")
