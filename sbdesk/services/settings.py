"""Per-database settings declared once (key, Swedish label, default), read and written here."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from sbdesk.domain.geography import Municipality
from sbdesk.domain.setting import Setting
from sbdesk.errors import ValidationError
from sbdesk.services import forms as f
from sbdesk.services.context import ServiceContext


@dataclass(frozen=True)
class SettingDef:
    """One known setting with its Swedish label, default and parser."""

    key: str
    label: str
    default: Any
    parse: f.Parser
    group: str = "Allmänt"


def _municipality_code(value: Any, field: str) -> str:
    code = str(value).strip()
    if len(code) != 4 or not code.isdigit():
        raise ValidationError(field, "MUNICIPALITY_CODE", "Välj en kommun i listan.")
    return code


SETTINGS: list[SettingDef] = [
    SettingDef("coordinator.name", "Handläggarens namn", "", f.text(200), "Handläggare"),
    SettingDef("coordinator.title", "Titel", "Samordnare", f.text(200), "Handläggare"),
    SettingDef("coordinator.phone", "Telefon", "", f.phone, "Handläggare"),
    SettingDef("coordinator.email", "E-post", "", f.email, "Handläggare"),
    SettingDef("municipality.code", "Egen kommun", "", _municipality_code, "Kommun"),
    SettingDef("municipality.official_name", "Kommunens officiella namn", "", f.text(200), "Kommun"),
    SettingDef("municipality.department", "Förvaltning/enhet", "Socialtjänsten", f.text(200), "Kommun"),
    SettingDef("municipality.address", "Postadress", "", f.text(300), "Kommun"),
    SettingDef("municipality.phone", "Växel", "", f.phone, "Kommun"),
    SettingDef("municipality.org_number", "Organisationsnummer", "", f.org_number, "Kommun"),
    SettingDef("security.autolock_minutes", "Lås efter inaktivitet (minuter)", 5, f.integer(1, 240), "Säkerhet"),
    SettingDef("crowding.persons_per_room", "Trångboddhetsnorm: personer per rum", 2, f.integer(1, 4), "Matchning"),
]
_BY_KEY = {d.key: d for d in SETTINGS}


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
    specs = [f.FieldSpec(k, setting_def(k).label, setting_def(k).parse) for k in values]
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
