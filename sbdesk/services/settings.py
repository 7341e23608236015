"""Per-database settings declared once (key, Swedish label, default, group, input kind), read and written here."""

from __future__ import annotations

import os

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from sbdesk.domain.geography import Municipality
from sbdesk.domain.setting import Setting
from sbdesk.errors import ValidationError
from sbdesk.services import forms as f
from sbdesk.services.context import ServiceContext


@dataclass(frozen=True)
class SettingDef:
    """One known setting: Swedish label, default, parser, group (one tab each) and input kind."""

    key: str
    label: str
    default: Any
    parse: f.Parser
    group: str = "Allmänt"
    kind: str = "text"  # text | number | municipality | image | folder | flag | lines: the dialog's input
    required: bool = False
    help: str = ""  # a Swedish hint shown under the input


def _municipality_code(value: Any, field: str) -> str:
    code = str(value).strip()
    if len(code) != 4 or not code.isdigit():
        raise ValidationError(field, "MUNICIPALITY_CODE", "Välj en kommun i listan.")
    return code


IMAGE_SUFFIXES = {".png": b"\x89PNG\r\n\x1a\n", ".jpg": b"\xff\xd8\xff", ".jpeg": b"\xff\xd8\xff"}


def _image_file(value: Any, field: str) -> str:
    """Path of an existing PNG or JPEG file (checked by its name and its first bytes)."""
    text = str(value).strip()
    if len(text) > 1000:
        raise ValidationError(field, "TOO_LONG", "Sökvägen är för lång.")
    path = Path(text).expanduser()
    if not path.is_file():
        raise ValidationError(field, "FILE_MISSING", "Filen finns inte. Välj en bildfil som finns på datorn.")
    magic = IMAGE_SUFFIXES.get(path.suffix.lower())
    if magic is None:
        raise ValidationError(field, "IMAGE_TYPE", "Logotypen ska vara en PNG- eller JPEG-bild (.png, .jpg).")
    try:
        with path.open("rb") as fh:
            head = fh.read(len(magic))
    except OSError as exc:
        raise ValidationError(field, "FILE_UNREADABLE", "Filen går inte att läsa.") from exc
    if head != magic:
        raise ValidationError(field, "IMAGE_TYPE", "Filen är inte en PNG- eller JPEG-bild.")
    return str(path.resolve())


def _folder(value: Any, field: str) -> str:
    """An existing folder sbdesk can write to."""
    path = Path(str(value).strip()).expanduser()
    if not path.is_dir():
        raise ValidationError(field, "FOLDER_MISSING", "Mappen finns inte. Välj en befintlig mapp.")
    if not os.access(path, os.W_OK):
        raise ValidationError(field, "FOLDER_READONLY", "sbdesk får inte skriva i mappen. Välj en annan eller fråga IT.")
    return str(path.resolve())


def _birth_days(value: Any, field: str) -> list[int]:
    """Days of the month, e.g. '5, 15, 25' (the research sample the document plan keeps)."""
    days: list[int] = []
    for part in str(value).replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        if not part.isdigit() or not 1 <= int(part) <= 31:
            raise ValidationError(field, "DAY_FORMAT", "Ange dagar i månaden (1–31) med kommatecken emellan, t.ex. 5, 15, 25.")
        days.append(int(part))
    return sorted(set(days))


def _lines(value: Any, field: str) -> list[str]:
    """One entry per line (or a list): trimmed, blank lines dropped, duplicates refused, at most 30."""
    items = value if isinstance(value, list) else str(value).splitlines()
    lines = [" ".join(str(item).split()) for item in items]
    lines = [line for line in lines if line]
    if not lines:
        raise ValidationError(field, "REQUIRED", "Skriv minst ett skäl, ett per rad.")
    if len(lines) > 30:
        raise ValidationError(field, "TOO_MANY", "Högst 30 skäl.")
    if any(len(line) > 200 for line in lines):
        raise ValidationError(field, "TOO_LONG", "Ett skäl får vara högst 200 tecken.")
    seen: set[str] = set()
    for line in lines:
        if line.casefold() in seen:
            raise ValidationError(field, "DUPLICATE", f"”{line}” står två gånger.")
        seen.add(line.casefold())
    return lines


HOUSEHOLD_DECLINE_REASONS = [
    "Läget passar inte (avstånd, skola, arbete)",
    "Säkerhetsskäl – för nära förövaren",
    "Lägenheten är för liten eller för stor",
    "Hyran är för hög",
    "Tillgängligheten räcker inte",
    "Hushållet har inte svarat",
    "Annat skäl från hushållet",
]
LANDLORD_DECLINE_REASONS = [
    "Kreditupplysningen godkändes inte",
    "Referenserna godkändes inte",
    "Inkomstkravet uppfylls inte",
    "Annat skäl från hyresvärden",
]
_WEIGHT = "Poäng i matchningen"
_CHANGE_NAME = "Skrivs i brev och i fönstrets titel. Ändras inte när du byter kommun – skriv det namn kommunen använder."
SETTINGS: list[SettingDef] = [
    SettingDef("coordinator.name", "Handläggarens namn", "", f.text(200), "Handläggare", required=True,
               help="Står i loggen över vem som gjort vad och som avsändare på brev."),
    SettingDef("coordinator.title", "Titel", "Samordnare", f.text(200), "Handläggare"),
    SettingDef("coordinator.phone", "Telefon", "", f.phone, "Handläggare"),
    SettingDef("coordinator.email", "E-post", "", f.email, "Handläggare"),
    SettingDef("municipality.code", "Egen kommun", "", _municipality_code, "Kommun", "municipality", True),
    SettingDef("municipality.official_name", "Kommunens officiella namn", "", f.text(200), "Kommun",
               required=True, help=_CHANGE_NAME),
    SettingDef("municipality.department", "Förvaltning/enhet", "Socialtjänsten", f.text(200), "Brevavsändare"),
    SettingDef("municipality.address", "Postadress", "", f.text(300), "Brevavsändare"),
    SettingDef("municipality.phone", "Växel", "", f.phone, "Brevavsändare"),
    SettingDef("municipality.org_number", "Organisationsnummer", "", f.org_number, "Brevavsändare"),
    SettingDef("letter.logo_path", "Logotyp", "", _image_file, "Brevavsändare", "image",
               help="En PNG- eller JPEG-bild som skrivs överst på brev."),
    SettingDef("security.autolock_minutes", "Lås efter inaktivitet (minuter)", 5, f.integer(1, 240), "Säkerhet",
               "number"),
    SettingDef("backup.folder", "Mapp för säkerhetskopior", "", _folder, "Säkerhetskopior", "folder",
               help="Helst en annan disk eller en nätverksmapp som IT säkerhetskopierar. Tomt: en mapp bredvid "
                    "databasen (samma disk – sbdesk varnar)."),
    SettingDef("backup.keep_daily", "Antal dagliga kopior att spara", 7, f.integer(1, 60), "Säkerhetskopior", "number"),
    SettingDef("backup.keep_weekly", "Antal veckokopior att spara", 4, f.integer(0, 52), "Säkerhetskopior", "number"),
    SettingDef("retention.years", "Gallra avslutade ärenden efter (år)", 5, f.integer(1, 100), "Gallring", "number",
               help="Socialtjänstlagen: fem år efter sista anteckningen, senast vid utgången av året därpå. "
                    "Följ kommunens dokumenthanteringsplan."),
    SettingDef("retention.exempt_birth_days", "Undantag: födda dessa dagar", [], _birth_days, "Gallring",
               help="Forskningsurval enligt dokumenthanteringsplanen, t.ex. 5, 15, 25. Tomt om inget urval."),
    SettingDef("retention.keep_everything", "Kommunen bevarar allt (ingen gallring)", False, f.flag, "Gallring",
               "flag"),
    SettingDef("queue.points_per_waiting_day", "Poäng per dag i väntan", 1, f.integer(0, 100), "Kö", "number",
               help="Räknas från dagen i skyddat boende (eller i kön)."),
    SettingDef("queue.points_risk_low", "Poäng: låg risk", 0, f.integer(0, 10000), "Kö", "number"),
    SettingDef("queue.points_risk_moderate", "Poäng: måttlig risk", 30, f.integer(0, 10000), "Kö", "number"),
    SettingDef("queue.points_risk_high", "Poäng: hög risk", 90, f.integer(0, 10000), "Kö", "number"),
    SettingDef("queue.points_risk_acute", "Poäng: akut risk", 180, f.integer(0, 10000), "Kö", "number"),
    SettingDef("queue.points_per_child", "Poäng per barn i hushållet", 20, f.integer(0, 10000), "Kö", "number"),
    SettingDef("queue.points_fortur", "Poäng för beviljad förtur", 200, f.integer(0, 10000), "Kö", "number"),
    SettingDef("queue.points_deadline", "Poäng när tidsgränsen närmar sig", 100, f.integer(0, 10000), "Kö", "number"),
    SettingDef("queue.deadline_days", "Tidsgräns: antal dagar före", 30, f.integer(0, 365), "Kö", "number"),
    SettingDef("offers.max_active_per_household", "Högsta antal aktiva erbjudanden per hushåll", 1,
               f.integer(1, 5), "Erbjudanden", "number"),
    SettingDef("offers.household_decline_uses_fortur", "Hushållets nej räknas mot förturen", True, f.flag,
               "Erbjudanden", "flag",
               help="Kommunens policy: ett avböjt erbjudande förbrukar förturen när antalet erbjudanden är nått."),
    SettingDef("offers.decline_reasons_household", "Skäl när hushållet tackar nej", HOUSEHOLD_DECLINE_REASONS,
               _lines, "Erbjudanden", "lines", True,
               help="Ett skäl per rad. Formuleringen sparas på erbjudandet när det avgörs."),
    SettingDef("offers.decline_reasons_landlord", "Skäl när hyresvärden säger nej", LANDLORD_DECLINE_REASONS,
               _lines, "Erbjudanden", "lines", True),
    SettingDef("requests.answer_due_days", "Svar på förfrågan senast (dagar efter skickad)", 30, f.integer(1, 365),
               "Förfrågningar", "number",
               help="Utan skriftligt svar inom en månad kan den som frågar vända sig till IVO."),
    SettingDef("requests.stalled_days", "Påminn när en förfrågan stått still (dagar)", 21, f.integer(1, 365),
               "Förfrågningar", "number", help="Inget nytt steg på så här många dagar visas på Översikt."),
    SettingDef("crowding.persons_per_room", "Trångboddhetsnorm: personer per rum", 2, f.integer(1, 4), "Matchning",
               "number"),
    SettingDef("matching.days_slack", "Marginal för inflyttningsdatum (dagar)", 30, f.integer(0, 365), "Matchning",
               "number", help="Hur långt efter hushållets behovsdatum en lägenhet får bli ledig."),
    SettingDef("matching.weight_wished_municipality", "Poäng: önskad kommun", 30, f.integer(0, 1000), "Matchning",
               "number", help=_WEIGHT),
    SettingDef("matching.weight_wished_area", "Poäng: önskat område", 10, f.integer(0, 1000), "Matchning", "number"),
    SettingDef("matching.weight_school_municipality", "Poäng: barnens skola i kommunen", 20, f.integer(0, 1000),
               "Matchning", "number"),
    SettingDef("matching.weight_other_county", "Poäng: långt från spärrområden (annat län)", 20, f.integer(0, 1000),
               "Matchning", "number"),
    SettingDef("matching.weight_same_county", "Poäng: samma län som ett spärrområde", 0, f.integer(0, 1000),
               "Matchning", "number"),
    SettingDef("matching.weight_waiting", "Poäng: väntetid (full efter taket)", 40, f.integer(0, 1000), "Matchning",
               "number"),
    SettingDef("matching.waiting_cap_days", "Väntetidens tak (dagar)", 730, f.integer(1, 3650), "Matchning",
               "number"),
    SettingDef("matching.weight_rent_headroom", "Poäng: hyra under hushållets maxhyra", 10, f.integer(0, 1000),
               "Matchning", "number"),
]
_BY_KEY = {d.key: d for d in SETTINGS}


def setting_groups() -> list[str]:
    """The groups in declaration order (the settings dialog shows one tab per group)."""
    return list(dict.fromkeys(d.group for d in SETTINGS))


def setting_spec(key: str) -> f.FieldSpec:
    """The field spec that validates one setting (for as-you-type checks and for saving)."""
    d = setting_def(key)
    return f.FieldSpec(d.key, d.label, d.parse, required=d.required)


def check_setting(key: str, value: Any) -> str | None:
    """Swedish message for one setting's value, or None when it can be saved."""
    return f.check_field([setting_spec(key)], key, value)


def setting_def(key: str) -> SettingDef:
    """The declaration of one setting (KeyError for unknown keys)."""
    return _BY_KEY[key]


def get_setting(ctx: ServiceContext, key: str) -> Any:
    """The stored value, or the declared default."""
    definition = setting_def(key)
    with ctx.read() as s:
        row = s.get(Setting, key)
        return definition.default if row is None else row.value


def all_settings(ctx: ServiceContext) -> dict[str, Any]:
    """Every declared setting with its current value."""
    with ctx.read() as s:
        stored = {row.key: row.value for row in s.scalars(select(Setting))}
    return {d.key: stored.get(d.key, d.default) for d in SETTINGS}


def set_settings(ctx: ServiceContext, values: dict[str, Any]) -> None:
    """Validate and save several settings in one transaction, audit-logged."""
    specs = [setting_spec(k) for k in values]
    cleaned = f.clean(specs, values)
    with ctx.write() as s:
        code = cleaned.get("municipality.code")
        if code and s.get(Municipality, code) is None:
            raise ValidationError("municipality.code", "UNKNOWN_MUNICIPALITY", "Kommunen finns inte i listan.")
        for key, value in cleaned.items():
            row = s.get(Setting, key)
            if row is None:
                s.add(Setting(key=key, value=value))
            else:
                row.value = value
        ctx.audit(s, "settings.update", "setting", None, details={"keys": sorted(cleaned)})
    if cleaned.get("coordinator.name"):
        ctx.actor = cleaned["coordinator.name"]  # later audit events name the coordinator as now written


def actor_name(ctx: ServiceContext) -> str:
    """The coordinator's name as recorded in the audit log."""
    return str(get_setting(ctx, "coordinator.name") or "")


def setup_profile(ctx: ServiceContext, *, coordinator_name: str, municipality_code: str) -> None:
    """First start: record the coordinator and the municipality (official name defaults to '<name> kommun')."""
    values: dict[str, Any] = {"coordinator.name": coordinator_name, "municipality.code": municipality_code}
    errors: list[ValidationError] = []
    try:
        name_spec = f.FieldSpec("coordinator.name", "Ditt namn", f.text(200), required=True)
        f.clean([name_spec], {"coordinator.name": coordinator_name})
    except ValidationError as exc:
        errors.extend(exc.errors)
    with ctx.read() as s:
        municipality = s.get(Municipality, str(municipality_code).strip())
        municipality_name = municipality.name if municipality else None
    if municipality_name is None:
        errors.append(ValidationError("municipality.code", "UNKNOWN_MUNICIPALITY", "Välj en kommun i listan."))
    if errors:
        raise ValidationError.collect(errors)
    ctx.actor = coordinator_name.strip()
    values["municipality.official_name"] = f"{municipality_name} kommun"
    set_settings(ctx, values)
