"""Domain models (typed SQLAlchemy 2), enums and validators; importing this registers every table."""

from sbdesk.domain.audit import AuditEvent
from sbdesk.domain.base import Base
from sbdesk.domain.cases import Case, Consent, HouseholdMember, Person
from sbdesk.domain.exchange import ExchangeFile
from sbdesk.domain.geography import County, Municipality
from sbdesk.domain.grant import Activity, GrantSnapshot, GrantYear
from sbdesk.domain.housing import Apartment, Landlord, LandlordAgreement
from sbdesk.domain.offers import Offer
from sbdesk.domain.priority import PriorityGrant, QueueAdjustment
from sbdesk.domain.rings import HousingRing, Request, RequestStep, RingMembership
from sbdesk.domain.setting import Setting

__all__ = [
    "Activity",
    "Apartment",
    "AuditEvent",
    "Base",
    "Case",
    "Consent",
    "County",
    "ExchangeFile",
    "GrantSnapshot",
    "GrantYear",
    "HouseholdMember",
    "HousingRing",
    "Landlord",
    "LandlordAgreement",
    "Municipality",
    "Offer",
    "Person",
    "PriorityGrant",
    "QueueAdjustment",
    "Request",
    "RequestStep",
    "RingMembership",
    "Setting",
]
