"""What is missing before the återrapportering can be exported: stable codes and Swedish explanations."""

from __future__ import annotations

from sbdesk.domain.validators import format_kronor
from sbdesk.services.grant_figures import GrantFigures, Missing


def missing_items(fig: GrantFigures) -> tuple[Missing, ...]:
    """Every unanswered question and every figure that needs attention, in the form's order."""
    out: list[Missing] = []
    add = lambda code, message: out.append(Missing(code, message))
    if not fig.registered:
        add("GRANT_YEAR_MISSING", f"Statsbidraget för {fig.year} är inte registrerat: fyll i uppgifterna om året.")
    if fig.granted_sek is None:
        add("GRANTED_MISSING", "Fråga 1: beviljade medel är inte ifyllda.")
    not_entered = [c.label.lower() for c in fig.costs if c.amount_sek is None]
    if not_entered:
        add("COSTS_MISSING", "Fråga 2: kostnader är inte ifyllda för " + ", ".join(not_entered) + ".")
    if fig.overspent_sek > 0:
        add("COSTS_EXCEED_GRANT", "Kostnaderna överstiger beviljade medel med "
            f"{format_kronor(fig.overspent_sek)}. Kontrollera beloppen.")
    if fig.unused_sek and not (fig.unused_time_shortage or fig.unused_staff_shortage or fig.unused_other):
        add("UNUSED_REASON_MISSING", "Fråga 3: ange varför "
            f"{format_kronor(fig.unused_sek)} inte användes (tidsbrist, personalbrist eller annan orsak).")
    if fig.unused_other and not fig.unused_other_text.strip():
        add("UNUSED_OTHER_TEXT_MISSING", "Fråga 3: beskriv den andra orsaken till att medel inte användes.")
    if fig.strengthened_existing is None:
        add("STRENGTHENED_MISSING", "Fråga 4: ange om befintligt arbete har förstärkts.")
    if fig.started_new is None:
        add("STARTED_NEW_MISSING", "Fråga 4: ange om nytt arbete har startats.")
    if not any(m.reported for m in fig.areas):
        add("AREAS_MISSING", "Fråga 5: inget verksamhetsområde är markerat. Registrera aktiviteter "
            "eller bekräfta härledda markeringar.")
    if not any(m.reported for m in fig.partners):
        add("PARTNERS_MISSING", "Fråga 6: ingen samverkanspart är markerad.")
    waiting = sum(1 for m in fig.marks() if m.awaiting_confirmation)
    if waiting:
        add("MARKS_UNCONFIRMED", f"Frågorna 5–6: {waiting} "
            + ("markering" if waiting == 1 else "markeringar")
            + " som registrerade uppgifter visar väntar på din bekräftelse.")
    if fig.assessment is None:
        add("ASSESSMENT_MISSING", "Fråga 7: bedömningen av hur statsbidraget stärkt arbetet är inte besvarad.")
    if fig.without_grant is None:
        add("WITHOUT_GRANT_MISSING", "Fråga 8: ange om aktiviteterna hade genomförts utan statsbidraget.")
    if fig.disseminated is None:
        add("DISSEMINATED_MISSING", "Fråga 9: ange om resultaten har spridits.")
    if not fig.documentation.strip():
        add("DOCUMENTATION_MISSING", "Fråga 9: beskriv hur arbetet har dokumenterats och spridits.")
    return tuple(out)
