"""The återrapportering laid out as Socialstyrelsen's form asks it: numbered questions with their answers,
and the outcome figures — the same rows for the page, the XLSX, the CSV and the PDF.

Answers are ints (kronor, percent, counts), Swedish text ("Ja", "Nej", a scale step) or None while
unanswered. Each row has a stable key, so the previous year's answer is put beside it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sbdesk.domain.validators import format_kronor
from sbdesk.services.grant_figures import GrantFigures, Mark

TITLE = "Återrapportering – statsbidrag för stadigvarande boende för våldsutsatta (förordning 2022:1416)"
Answer = int | str | None


@dataclass(frozen=True)
class ReportRow:
    """One line of the report: a heading, a question with its answer, or a figure."""

    key: str
    number: str
    text: str
    answer: Answer = None
    unit: str = ""  # "kr", "%", "dagar" or ""
    note: str = ""  # what the answer rests on
    previous: Answer = None
    heading: bool = False


def yes_no(value: bool | None) -> str | None:
    """'Ja' / 'Nej', None while unanswered."""
    return None if value is None else ("Ja" if value else "Nej")


def _heading(key: str, number: str, text: str) -> ReportRow:
    return ReportRow(key, number, text, heading=True)


def _mark_note(mark: Mark) -> str:
    parts = []
    if mark.manual:
        parts.append(f"{mark.manual} {'aktivitet' if mark.manual == 1 else 'aktiviteter'}")
    if mark.derived:
        state = " (bekräftad)" if mark.confirmed else (" (väntar på bekräftelse)" if mark.awaiting_confirmation else "")
        parts.append(mark.derived + state)
    return "; ".join(parts)


def _mark_rows(prefix: str, number: str, marks: tuple[Mark, ...]) -> list[ReportRow]:
    return [ReportRow(f"{prefix}:{m.code}", f"{number}{chr(ord('a') + i)}", m.label, "Ja" if m.reported else "Nej",
                      note=_mark_note(m)) for i, m in enumerate(marks)]


def _questions(fig: GrantFigures) -> list[ReportRow]:
    rows = [
        _heading("q1", "1", "Statsbidrag och användning"),
        ReportRow("granted", "1a", "Beviljade medel", fig.granted_sek, "kr"),
        ReportRow("unused", "1b", "Oanvända medel", fig.unused_sek, "kr",
                  "Beviljade medel minus kostnaderna i fråga 2"),
        ReportRow("share", "1c", "Andel oförbrukade medel", fig.unused_share_percent, "%",
                  "Avrundat till hela procent"),
        _heading("q2", "2", "Kostnader per post"),
    ]
    rows += [ReportRow(f"cost:{c.code}", f"2{chr(ord('a') + i)}", c.label, c.amount_sek, "kr")
             for i, c in enumerate(fig.costs)]
    rows += [
        ReportRow("cost:unused", f"2{chr(ord('a') + len(fig.costs))}", "Oanvända medel", fig.unused_sek, "kr"),
        ReportRow("cost:total", "", "Summa kostnader", fig.cost_total_sek, "kr",
                  f"Överstiger beviljade medel med {format_kronor(fig.overspent_sek)}" if fig.overspent_sek else ""),
        _heading("q3", "3", "Om medel inte har använts: vad var orsaken? (flera svar möjliga)"),
        ReportRow("reason:time", "3a", "Tidsbrist", "Ja" if fig.unused_time_shortage else "Nej"),
        ReportRow("reason:staff", "3b", "Personalbrist", "Ja" if fig.unused_staff_shortage else "Nej"),
        ReportRow("reason:other", "3c", "Annan orsak", "Ja" if fig.unused_other else "Nej"),
        ReportRow("reason:other_text", "3d", "Annan orsak, beskrivning", fig.unused_other_text or None),
        _heading("q4", "4", "Har statsbidraget använts för att…"),
        ReportRow("strengthened", "4a", "…förstärka befintligt arbete?", yes_no(fig.strengthened_existing)),
        ReportRow("started_new", "4b", "…starta nytt arbete?", yes_no(fig.started_new)),
        _heading("q5", "5", "Inom vilka områden har aktiviteter genomförts med statsbidraget? (flera svar möjliga)"),
        *_mark_rows("area", "5", fig.areas),
        _heading("q6", "6", "Med vilka aktörer har ni samverkat? (flera svar möjliga)"),
        *_mark_rows("partner", "6", fig.partners),
        _heading("q7", "7", "Bedömning"),
        ReportRow("assessment", "7", "I vilken utsträckning bedömer ni att statsbidraget har stärkt arbetet med "
                  "stadigvarande boende för våldsutsatta?", fig.assessment_label or None),
        _heading("q8", "8", "Utan statsbidraget"),
        ReportRow("without_grant", "8", "Hade aktiviteterna genomförts även utan statsbidraget?",
                  fig.without_grant_label or None),
        _heading("q9", "9", "Dokumentation och spridning"),
        ReportRow("disseminated", "9a", "Har resultaten av arbetet dokumenterats och spridits?",
                  yes_no(fig.disseminated)),
        ReportRow("documentation", "9b", "Beskriv hur arbetet har dokumenterats och spridits",
                  fig.documentation or None),
    ]
    return rows


def _results(fig: GrantFigures) -> list[ReportRow]:
    o = fig.outcome
    rows = [
        _heading("r_housed", "", "Hushåll till stadigvarande boende (kontrakt skrivna under året)"),
        ReportRow("housed", "", "Hushåll som flyttat till stadigvarande boende", o.households_moved),
        ReportRow("children", "", "Barn i dessa hushåll", o.children_moved),
        *[ReportRow(f"contract:{c.code}", "", f"varav {c.label.lower()}", c.households,
                    note=f"{c.children} barn") for c in o.by_contract],
        ReportRow("emergency", "", "Flyttat till jourlägenhet (räknas inte som stadigvarande boende)",
                  o.emergency_households),
        _heading("r_days", "", "Tid från skyddat boende till inflyttning"),
        ReportRow("median_days", "", "Median", o.median_days, "dagar", "Medianen avrundad till hela dagar"),
        ReportRow("longest_days", "", "Längst", o.longest_days, "dagar"),
        ReportRow("days_known", "", "Hushåll med känt startdatum i skyddat boende", o.days_known),
        _heading("r_requests", "", "Förfrågningar mellan kommuner"),
        ReportRow("requests_out", "", "Utgående förfrågningar (skickade under året)", o.requests_out),
        ReportRow("requests_in", "", "Inkommande förfrågningar (mottagna under året)", o.requests_in),
        *[ReportRow(f"request_out:{r.code}", "", f"Utgående – {r.label.lower()}", r.outgoing)
          for r in o.request_outcomes],
        *[ReportRow(f"request_in:{r.code}", "", f"Inkommande – {r.label.lower()}", r.incoming)
          for r in o.request_outcomes],
        ReportRow("moved_out", "", "Egna hushåll som flyttat via förfrågan under året", o.moved_out),
        ReportRow("moved_in", "", "Hushåll som tagits emot via förfrågan under året", o.moved_in),
        _heading("r_offers", "", "Erbjudanden"),
        ReportRow("offers_made", "", "Erbjudanden lämnade", o.offers_made),
        ReportRow("offers_accepted", "", "Accepterade", o.offers_accepted),
        ReportRow("offers_declined", "", "Avböjda", o.offers_declined),
        *[ReportRow(f"reason:{r.label}", "", f"Skäl: {r.label}", r.value) for r in o.decline_reasons],
        ReportRow("offers_expired", "", "Utan svar inom svarstiden", o.offers_expired),
        _heading("r_activities", "", "Registrerade aktiviteter"),
        ReportRow("activities", "", "Aktiviteter", len(fig.activities)),
        ReportRow("activity_hours", "", "Timmar", fig.activity_hours),
        ReportRow("activity_cost", "", "Kostnad för aktiviteterna", fig.activity_cost_sek, "kr"),
    ]
    return rows


def _with_previous(rows: list[ReportRow], previous: list[ReportRow] | None) -> list[ReportRow]:
    if previous is None:
        return rows
    earlier = {r.key: r.answer for r in previous if not r.heading}
    return [r if r.heading else replace(r, previous=earlier.get(r.key)) for r in rows]


def question_rows(fig: GrantFigures) -> list[ReportRow]:
    """Questions 1–9 with their answers (and last year's answer where that year is registered)."""
    return _with_previous(_questions(fig), _questions(fig.previous) if fig.previous else None)


def result_rows(fig: GrantFigures) -> list[ReportRow]:
    """The outcome figures of the year (and last year's)."""
    return _with_previous(_results(fig), _results(fig.previous) if fig.previous else None)


def format_answer(value: Answer, unit: str = "") -> str:
    """An answer as text: '822 900 kr', '8 %', '120 dagar', 'Ja'; '' while unanswered."""
    if value is None:
        return ""
    if isinstance(value, int):
        return f"{value:,}".replace(",", "\u00a0") + (f" {unit}" if unit else "")
    return value
