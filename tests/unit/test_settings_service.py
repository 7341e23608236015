"""The settings declaration as the settings dialog uses it: groups, kinds, the logo file, required values, actor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sbdesk.domain.audit import AuditEvent
from sbdesk.errors import ValidationError
from sbdesk.services.context import ServiceContext
from sbdesk.services.settings import (
    SETTINGS,
    all_settings,
    check_setting,
    get_setting,
    set_settings,
    setting_def,
    setting_groups,
    setting_spec,
)
from tests.conftest import COORDINATOR

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 32


def test_every_setting_the_issue_lists_is_declared_in_its_group() -> None:
    groups = {d.key: d.group for d in SETTINGS}
    assert setting_groups() == ["Handläggare", "Kommun", "Brevavsändare", "Säkerhet", "Säkerhetskopior", "Gallring",
                                "Kö", "Erbjudanden", "Förfrågningar", "Matchning"]
    assert [k for k, g in groups.items() if g == "Handläggare"] == [
        "coordinator.name", "coordinator.title", "coordinator.phone", "coordinator.email"]
    assert [k for k, g in groups.items() if g == "Kommun"] == ["municipality.code", "municipality.official_name"]
    assert [k for k, g in groups.items() if g == "Brevavsändare"] == [
        "municipality.department", "municipality.address", "municipality.phone", "municipality.org_number",
        "letter.logo_path"]
    assert {d.kind for d in SETTINGS} == {"text", "number", "municipality", "image", "folder", "flag",
                                          "lines"}
    assert [k for k, g in groups.items() if g == "Gallring"] == [
        "retention.years", "retention.exempt_birth_days", "retention.keep_everything"]
    assert setting_def("municipality.code").kind == "municipality"
    assert setting_def("letter.logo_path").kind == "image"
    assert setting_def("security.autolock_minutes").kind == "number"
    assert {d.key for d in SETTINGS if d.required} == {
        "coordinator.name", "municipality.code", "municipality.official_name",
        "offers.decline_reasons_household", "offers.decline_reasons_landlord"}
    assert "byter kommun" in setting_def("municipality.official_name").help
    assert setting_spec("coordinator.name").required and not setting_spec("coordinator.phone").required


def test_check_setting_gives_the_swedish_message() -> None:
    assert check_setting("coordinator.phone", "021-39 00 00") is None
    assert "6–20 siffror" in (check_setting("coordinator.phone", "12") or "")
    assert check_setting("coordinator.name", "  ") == "Handläggarens namn måste fyllas i."
    assert check_setting("municipality.org_number", "212000-1140") is None
    assert "kontrollsiffra" in (check_setting("municipality.org_number", "212000-1234") or "")
    assert check_setting("letter.logo_path", "") is None  # no logo is fine


@pytest.mark.parametrize(("name", "content", "code"), [
    ("saknas.png", None, "FILE_MISSING"),
    ("logo.gif", b"GIF89a", "IMAGE_TYPE"),
    ("logo.png", JPEG, "IMAGE_TYPE"),  # the name says PNG, the bytes do not
    ("logo.jpg", b"inte en bild", "IMAGE_TYPE"),
])
def test_logo_must_be_an_existing_png_or_jpeg(
    ctx: ServiceContext, tmp_path: Path, name: str, content: bytes | None, code: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(ValidationError) as info:
        set_settings(ctx, {"letter.logo_path": str(path)})
    assert (info.value.field, info.value.error_code) == ("letter.logo_path", code)
    assert get_setting(ctx, "letter.logo_path") == ""
    assert check_setting("letter.logo_path", str(path)) == info.value.message


def test_logo_folder_is_not_a_file(ctx: ServiceContext, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as info:
        set_settings(ctx, {"letter.logo_path": str(tmp_path)})
    assert info.value.error_code == "FILE_MISSING"


@pytest.mark.parametrize(("name", "content"), [("logo.png", PNG), ("Logo.JPG", JPEG), ("logo.jpeg", JPEG)])
def test_logo_png_and_jpeg_are_stored_as_full_paths(
    ctx: ServiceContext, tmp_path: Path, name: str, content: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    set_settings(ctx, {"letter.logo_path": f"  {path}  "})
    assert get_setting(ctx, "letter.logo_path") == str(path.resolve())


def test_required_settings_cannot_be_emptied(ctx: ServiceContext) -> None:
    with pytest.raises(ValidationError) as info:
        set_settings(ctx, {"coordinator.name": " ", "municipality.official_name": "", "municipality.code": ""})
    assert {e.field: e.error_code for e in info.value.errors} == {
        "coordinator.name": "REQUIRED", "municipality.official_name": "REQUIRED", "municipality.code": "REQUIRED"}
    assert get_setting(ctx, "coordinator.name") == COORDINATOR
    assert ctx.actor == COORDINATOR


def test_changed_coordinator_name_becomes_the_actor(ctx: ServiceContext) -> None:
    set_settings(ctx, {"coordinator.name": "  Nova Nyström ", "coordinator.title": "Samordnare"})
    assert get_setting(ctx, "coordinator.name") == "Nova Nyström"
    assert ctx.actor == "Nova Nyström"
    with ctx.read() as s:
        actors = list(s.scalars(select(AuditEvent.actor).order_by(AuditEvent.id.desc()).limit(1)))
    assert actors == [COORDINATOR]  # the change itself is recorded under the name that made it
    set_settings(ctx, {"coordinator.title": "Handläggare"})
    with ctx.read() as s:
        last = s.scalar(select(AuditEvent.actor).where(AuditEvent.id == select(func.max(AuditEvent.id))
                                                       .scalar_subquery()))
    assert last == "Nova Nyström"


def test_other_saves_leave_the_actor_alone(ctx: ServiceContext) -> None:
    set_settings(ctx, {"coordinator.phone": "021-39 00 00"})
    assert ctx.actor == COORDINATOR


def test_official_name_is_never_derived_after_the_first_start(ctx: ServiceContext) -> None:
    set_settings(ctx, {"municipality.code": "0380"})
    values = all_settings(ctx)
    assert values["municipality.code"] == "0380"
    assert values["municipality.official_name"] == "Västerås kommun"  # the user edits it, sbdesk does not
    set_settings(ctx, {"municipality.official_name": "Uppsala kommun"})
    assert get_setting(ctx, "municipality.official_name") == "Uppsala kommun"


def test_audit_names_keys_not_values(ctx: ServiceContext, tmp_path: Path) -> None:
    logo = tmp_path / "kommunlogga.png"
    logo.write_bytes(PNG)
    set_settings(ctx, {"letter.logo_path": str(logo), "municipality.address": "Box 1, 721 87 Västerås"})
    with ctx.read() as s:
        details = s.scalar(select(AuditEvent.details).order_by(AuditEvent.id.desc()).limit(1))
    assert json.loads(details) == {"keys": ["letter.logo_path", "municipality.address"]}
    assert "kommunlogga" not in details and "Box 1" not in details


def test_backup_and_retention_settings_validate(tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert check_setting("backup.folder", str(tmp_path)) is None
    assert check_setting("backup.folder", str(tmp_path / "finns-inte"))
    assert check_setting("retention.exempt_birth_days", "5, 15, 25") is None
    assert check_setting("retention.exempt_birth_days", "5, 32")
    assert check_setting("retention.years", "0")
