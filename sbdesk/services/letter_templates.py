"""Letter templates: the Swedish defaults shipped in resources/letters/, the municipality's edited
copies stored as Setting rows 'letter.template.<kind>' (they win), and the merge fields of each kind.

Every change is one transaction with one audit event ('letter_template.update' / '.reset', details:
the kind only). A template is validated before it is stored: an unknown merge field is a
ValidationError with code UNKNOWN_MERGE_FIELD that names the field (see sbdesk.documents.merge).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from sbdesk.documents.merge import ParsedTemplate, TemplateError, parse_template, template_problem
from sbdesk.domain.enums import ConsentRecipient, LabelledEnum
from sbdesk.domain.setting import Setting
from sbdesk.errors import ValidationError
from sbdesk.resources import resource_path
from sbdesk.services.context import ServiceContext

KEY_PREFIX = "letter.template."


class LetterKind(LabelledEnum):
    """The kinds of letter sbdesk writes (label = the letter's name, also its PDF title)."""

    REQUEST = ("request", "Förfrågan om mottagande")
    PRIORITY = ("priority", "Intyg om förtur")
    OFFER = ("offer", "Erbjudande om lägenhet")

    @property
    def slug(self) -> str:
        """The kind as written in file names: 'forfragan', 'intyg-fortur', 'erbjudande'."""
        return _SLUGS[self]

    @property
    def recipient_kind(self) -> ConsentRecipient | None:
        """Who receives the letter, for the consent check (None: the household itself)."""
        return _RECIPIENTS[self]


_SLUGS = {LetterKind.REQUEST: "forfragan", LetterKind.PRIORITY: "intyg-fortur", LetterKind.OFFER: "erbjudande"}
_RECIPIENTS = {LetterKind.REQUEST: ConsentRecipient.MUNICIPALITY, LetterKind.PRIORITY: ConsentRecipient.LANDLORD,
               LetterKind.OFFER: None}


@dataclass(frozen=True)
class MergeField:
    """A merge field: its name as written in a template ({name}) and a Swedish description."""

    name: str
    description: str

    @property
    def placeholder(self) -> str:
        """'{name}', as inserted into a template."""
        return "{" + self.name + "}"


_COMMON = [
    MergeField("datum", "Brevets datum (ÅÅÅÅ-MM-DD)"),
    MergeField("referens", "Diarienummer som brevet gäller"),
    MergeField("kommun.namn", "Kommunens officiella namn (Inställningar)"),
    MergeField("kommun.forvaltning", "Förvaltning eller enhet"),
    MergeField("kommun.telefon", "Kommunens växelnummer"),
    MergeField("handlaggare.namn", "Handläggarens namn"),
    MergeField("handlaggare.titel", "Handläggarens titel"),
    MergeField("handlaggare.telefon", "Handläggarens telefon"),
    MergeField("handlaggare.epost", "Handläggarens e-post"),
    MergeField("handlaggare.kontakt", "Namn, telefon och e-post i en mening, t.ex. 'Eva Ek, telefon 021-10 00 00'"),
    MergeField("mottagare.namn", "Mottagarens namn (första raden i adressfältet)"),
    MergeField("hushall.antal", "Antal personer i hushållet"),
    MergeField("hushall.vuxna", "Antal vuxna i hushållet"),
    MergeField("hushall.barn", "Antal barn i hushållet"),
    MergeField("hushall.beskrivning", "Hushållet i ord, t.ex. 'en vuxen och två barn'"),
]
_HOUSEHOLD_LIST = MergeField("hushall.sammansattning", "En rad per person: roll och ålder (namn bara när ärendet "
                             "inte har skyddade personuppgifter)")
_NEEDS = [
    MergeField("behov.rum", "Bostadsstorlek enligt trångboddhetsnormen, t.ex. 'minst 3 rum och kök (3 rok)'"),
    MergeField("behov.tillganglighet", "Hiss, bottenvåning, rullstolsanpassning (tomt när inget behövs)"),
    MergeField("behov.hyra", "Högsta hyra per månad"),
]
_FIELDS: dict[LetterKind, list[MergeField]] = {
    LetterKind.REQUEST: [*_COMMON, _HOUSEHOLD_LIST, *_NEEDS,
                         MergeField("mottagare.kommun", "Kommunen som får förfrågan"),
                         MergeField("behov.skola", "Skola och förskola (från ärendet)"),
                         MergeField("behov.onskemal", "Hushållets önskemål (från ärendet)"),
                         MergeField("behov.senast", "Datum då bostad behövs senast"),
                         MergeField("stod.ekonomiskt", "Ekonomiskt stöd som behövs"),
                         MergeField("stod.psykosocialt", "Psykosocialt stöd som behövs"),
                         MergeField("stod.sakerhet", "Säkerhet: risknivå och skydd som behövs"),
                         MergeField("stod.barn", "Stöd till barnen (skola, förskola, annat)"),
                         MergeField("forfragan.rattslig_grund", "Tillägg om rättslig grund för just den här "
                                    "förfrågan (tomt: raden skrivs inte ut)"),
                         MergeField("forfragan.ataganden", "Ytterligare åtaganden i just den här förfrågan"),
                         MergeField("forfragan.svar_senast", "Datum då svar ska ha kommit")],
    LetterKind.PRIORITY: [*_COMMON, _HOUSEHOLD_LIST, *_NEEDS,
                          MergeField("hyresvard.namn", "Hyresvärdens namn"),
                          MergeField("sokande", "Vem intyget gäller: namn, eller 'hushållet i ärende …' när "
                                     "ärendet har skyddade personuppgifter"),
                          MergeField("fortur.grund", "Förturens grund, t.ex. 'sociala skäl'"),
                          MergeField("fortur.utfardad_av", "Vem som utfärdade intyget om förtur (roll)"),
                          MergeField("fortur.beslutad", "Datum för beslut om förtur"),
                          MergeField("fortur.giltig_till", "Förturen gäller till och med"),
                          MergeField("fortur.erbjudanden", "Antal erbjudanden förturen gäller, t.ex. 'ett erbjudande'"),
                          MergeField("kontrakt.form", "Kontraktsform, t.ex. 'Förstahandskontrakt'"),
                          MergeField("hyresgaranti", "Mening om kommunal hyresgaranti (tomt när ingen lämnas)")],
    LetterKind.OFFER: [*_COMMON,
                       MergeField("lagenhet.adress", "Lägenhetens adress med postnummer och ort"),
                       MergeField("lagenhet.omrade", "Område eller stadsdel"),
                       MergeField("lagenhet.storlek", "Rum och yta, t.ex. '2 rok, 54 m²'"),
                       MergeField("lagenhet.vaning", "Våning och hiss"),
                       MergeField("lagenhet.hyra", "Hyra per månad"),
                       MergeField("lagenhet.hyresvard", "Hyresvärdens namn"),
                       MergeField("lagenhet.inflyttning", "Inflyttningsdatum"),
                       MergeField("kontrakt.form", "Kontraktsform"),
                       MergeField("erbjudande.svara_senast", "Sista dag att svara"),
                       MergeField("erbjudande.visning", "Visning: tid och plats, eller hur en visning bokas")],
}


@dataclass(frozen=True)
class TemplateInfo:
    """A kind's template as the editor shows it: the text and whether it is the shipped default."""

    kind: LetterKind
    text: str
    is_default: bool


def letter_kind(kind: LetterKind | str) -> LetterKind:
    """A LetterKind from itself or its value (ValidationError for anything else)."""
    try:
        return LetterKind(kind.value if isinstance(kind, LetterKind) else kind)
    except ValueError:
        raise ValidationError("kind", "UNKNOWN_LETTER_KIND", "Okänd brevtyp.") from None


def merge_fields(kind: LetterKind | str) -> list[MergeField]:
    """The merge fields a kind's template may use, with Swedish descriptions."""
    return list(_FIELDS[letter_kind(kind)])


def field_names(kind: LetterKind | str) -> frozenset[str]:
    """The names of a kind's merge fields."""
    return frozenset(f.name for f in _FIELDS[letter_kind(kind)])


@cache
def default_template(kind: LetterKind | str) -> str:
    """The Swedish default shipped in resources/letters/<kind>.txt."""
    return resource_path("letters", f"{letter_kind(kind).value}.txt").read_text(encoding="utf-8")


def _key(kind: LetterKind) -> str:
    return KEY_PREFIX + kind.value


def check_template(kind: LetterKind | str, text: str) -> str | None:
    """The Swedish message(s) for a template as typed, or None when it can be saved."""
    return template_problem(text, field_names(kind))


def validate_template(kind: LetterKind | str, text: str) -> ParsedTemplate:
    """Parse a template for its kind; TemplateError (a ValidationError) names every problem."""
    return parse_template(text, field_names(kind))


def get_template(ctx: ServiceContext, kind: LetterKind | str) -> TemplateInfo:
    """The municipality's edited template, or the default when none is stored."""
    kind = letter_kind(kind)
    with ctx.read() as s:
        row = s.get(Setting, _key(kind))
        stored = row.value if row is not None and isinstance(row.value, str) else None
    return TemplateInfo(kind, default_template(kind), True) if stored is None else TemplateInfo(kind, stored, False)


def parsed_template(ctx: ServiceContext, kind: LetterKind | str) -> ParsedTemplate:
    """The template in force, parsed; a stored copy that no longer validates falls back to the default."""
    info = get_template(ctx, kind)
    try:
        return validate_template(info.kind, info.text)
    except TemplateError:
        return validate_template(info.kind, default_template(info.kind))


def set_template(ctx: ServiceContext, kind: LetterKind | str, text: str) -> TemplateInfo:
    """Validate and store the municipality's template for a kind (audit 'letter_template.update')."""
    kind = letter_kind(kind)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    validate_template(kind, text)
    with ctx.write() as s:
        row = s.get(Setting, _key(kind))
        if row is None:
            s.add(Setting(key=_key(kind), value=text))
        else:
            row.value = text
        ctx.audit(s, "letter_template.update", "setting", _key(kind), details={"kind": kind.value})
    return TemplateInfo(kind, text, False)


def reset_template(ctx: ServiceContext, kind: LetterKind | str) -> TemplateInfo:
    """Drop the municipality's copy so the default applies again (audit 'letter_template.reset')."""
    kind = letter_kind(kind)
    with ctx.write() as s:
        row = s.get(Setting, _key(kind))
        if row is not None:
            s.delete(row)
        ctx.audit(s, "letter_template.reset", "setting", _key(kind), details={"kind": kind.value})
    return TemplateInfo(kind, default_template(kind), True)
