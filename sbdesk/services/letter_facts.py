"""Swedish wording of the facts letters print: the household, its needs, the apartment, the förtur.

Pure functions over loaded models. A person's name is used only when the caller passes
`names=True` (the letters service decides, by the protected-identity rule); otherwise members are
described by role and age, and nothing of a Person is touched.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sbdesk.domain.cases import Case, HouseholdMember
from sbdesk.domain.enums import ContractType, MemberRole
from sbdesk.domain.housing import Apartment
from sbdesk.domain.matching_rules import min_rooms
from sbdesk.domain.priority import PriorityGrant
from sbdesk.domain.validators import format_kronor

_WORDS = {1: "en", 2: "två", 3: "tre", 4: "fyra", 5: "fem", 6: "sex", 7: "sju", 8: "åtta", 9: "nio", 10: "tio"}
_NEUTER = {1: "ett"}
_ROLE_ORDER = {MemberRole.APPLICANT: 0, MemberRole.ADULT: 1, MemberRole.CHILD: 2}
GOTLAND = "0980"


def count_words(n: int, singular: str, plural: str, *, neuter: bool = False) -> str:
    """'en vuxen', 'två vuxna', 'ett barn', '12 barn'."""
    word = (_NEUTER if neuter else {}).get(n) or _WORDS.get(n) or str(n)
    return f"{word} {singular if n == 1 else plural}"


def swedish_list(items: Sequence[str]) -> str:
    """'a', 'a och b', 'a, b och c'."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " och " + items[-1]


def capitalised(text: str) -> str:
    """First letter upper case, the rest as written."""
    return text[:1].upper() + text[1:]


def municipality_title(code: str, name: str) -> str:
    """'Uppsala kommun' (Gotland is 'Region Gotland')."""
    return "Region Gotland" if code == GOTLAND else f"{name} kommun"


def ordered_members(case: Case) -> list[HouseholdMember]:
    """The applicant first, then adults, then children from the oldest."""
    return sorted(case.members, key=lambda m: (_ROLE_ORDER.get(m.role, 9), m.birth_year, m.id))


def person_name(member: HouseholdMember) -> str:
    """The member's full name (only ever called when names may be printed)."""
    p = member.person
    return "" if p is None else " ".join(x for x in (p.first_name, p.last_name) if x)


def household_values(case: Case, today: date, *, names: bool) -> dict[str, str]:
    """hushall.* values: counts, words and one line per member."""
    members = ordered_members(case)
    adults = sum(m.role is not MemberRole.CHILD for m in members)
    children = len(members) - adults
    parts = [count_words(adults, "vuxen", "vuxna") if adults else "",
             count_words(children, "barn", "barn", neuter=True) if children else ""]
    lines = []
    for m in members:
        age = today.year - m.birth_year
        about = f"{m.role.label}, {age} år (född {m.birth_year})" if age > 0 else f"{m.role.label}, född {m.birth_year}"
        name = person_name(m) if names else ""
        lines.append(f"{name} – {about}" if name else about)
    return {"hushall.antal": str(len(members)), "hushall.vuxna": str(adults), "hushall.barn": str(children),
            "hushall.beskrivning": swedish_list(parts), "hushall.sammansattning": "\n".join(lines)}


def need_values(case: Case, persons_per_room: int) -> dict[str, str]:
    """behov.rum, behov.tillganglighet and behov.hyra."""
    size = len(case.members)
    rooms = min_rooms(size, persons_per_room) if size else 0
    access = [text for flag, text in ((case.needs_elevator, "hiss"), (case.needs_ground_floor, "bottenvåning"),
                                      (case.needs_wheelchair, "rullstolsanpassad bostad")) if flag]
    return {
        "behov.rum": f"minst {rooms} rum och kök ({rooms} rok)" if rooms else "",
        "behov.tillganglighet": capitalised(swedish_list(access)),
        "behov.hyra": f"{format_kronor(case.max_rent_sek)} per månad" if case.max_rent_sek else "",
    }


def grant_values(grant: PriorityGrant) -> dict[str, str]:
    """fortur.* values of a förtur grant."""
    left = max(grant.offers_allowed - grant.offers_used, 1)
    return {
        "fortur.grund": grant.ground.label.lower(),
        "fortur.utfardad_av": grant.issued_by,
        "fortur.beslutad": grant.decided_on.isoformat() if grant.decided_on else "",
        "fortur.giltig_till": grant.valid_until.isoformat() if grant.valid_until else "tills vidare",
        "fortur.erbjudanden": count_words(left, "erbjudande", "erbjudanden", neuter=True),
    }


def apartment_values(apartment: Apartment, contract: ContractType | None) -> dict[str, str]:
    """lagenhet.* values and the contract form."""
    a = apartment
    town = " ".join(x for x in (a.postal_code, a.postal_town) if x)
    if a.floor is None:
        floor = "hiss" if a.elevator else ""
    else:
        floor = ("bottenvåning" if a.floor == 0 else f"våning {a.floor}") + (", hiss" if a.elevator else ", ingen hiss")
    size = f"{a.rooms} rok" + (f", {a.area_m2} m²" if a.area_m2 else "")
    return {
        "lagenhet.adress": ", ".join(x for x in (a.address, town) if x),
        "lagenhet.omrade": a.district or "",
        "lagenhet.storlek": size,
        "lagenhet.vaning": capitalised(floor),
        "lagenhet.hyra": f"{format_kronor(a.rent_sek)} per månad",
        "lagenhet.hyresvard": a.landlord.name if a.landlord is not None else "",
        "lagenhet.inflyttning": a.available_from.isoformat() if a.available_from else "enligt överenskommelse",
        "kontrakt.form": (contract or a.contract_type).label,
    }


def address_lines(address: str | None) -> list[str]:
    """A free-text address as envelope lines: 'Storgatan 1, 722 14 Västerås' → two lines."""
    if not address:
        return []
    if "\n" in address:
        return [line.strip() for line in address.splitlines() if line.strip()]
    return [part.strip() for part in address.split(",") if part.strip()]
