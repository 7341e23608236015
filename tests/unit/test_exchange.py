"""Exchange files between two encrypted databases: Västerås (1980, the `ctx` fixture) sends a request to
Arboga (1984, a second database in tmp_path), Arboga answers, Västerås sees the answer (fictional data)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from sbdesk.domain import Base
from sbdesk.domain.audit import AuditEvent
from sbdesk.domain.enums import ProtectionLevel
from sbdesk.domain.rings import RequestStatus
from sbdesk.errors import SbdeskError, ValidationError
from sbdesk.services import exchange as ex
from sbdesk.services import exchange_format as fmt
from sbdesk.services import exchange_import as imp
from sbdesk.services import exchange_payload as pl
from sbdesk.services import requests as req
from sbdesk.services.consents import ConsentMissing
from sbdesk.services.context import ServiceContext
from sbdesk.services.rings import add_member, create_ring
from sbdesk.services.settings import set_settings
from sbdesk.store.database import Database
from sbdesk.store.keyslots import keyfile_path
from tests.conftest import PASSPHRASE
from tests.letter_data import TODAY, consent, household, sender

S = RequestStatus


@pytest.fixture(autouse=True)
def cheap_kdf() -> Iterator[None]:
    fmt.use_test_kdf(True)
    yield
    fmt.use_test_kdf(True)  # back to the suite's default (tests/conftest.py), whatever a test set


def _second_database(template_db: Path, path: Path, code: str, name: str) -> Database:
    shutil.copyfile(template_db, path)
    shutil.copyfile(keyfile_path(template_db), keyfile_path(path))
    db = Database.open(path, passphrase=PASSPHRASE)
    set_settings(ServiceContext(db, actor=name), {
        "municipality.code": code, "municipality.official_name": "Arboga kommun", "coordinator.name": name,
        "coordinator.phone": "0589-870 00", "coordinator.email": "samordnare@arboga.exempel.se"})
    return db


@pytest.fixture
def arboga(template_db: Path, tmp_path: Path) -> Iterator[ServiceContext]:
    """A second encrypted database whose own municipality is 1984 Arboga."""
    db = _second_database(template_db, tmp_path / "arboga.db", "1984", "Berit Bengtsson")
    yield ServiceContext(db, actor="Berit Bengtsson")
    db.close()


@pytest.fixture
def koping(template_db: Path, tmp_path: Path) -> Iterator[ServiceContext]:
    """A third database, 1983 Köping."""
    db = _second_database(template_db, tmp_path / "koping.db", "1983", "Kim Karlsson")
    yield ServiceContext(db, actor="Kim Karlsson")
    db.close()


def events(ctx: ServiceContext, action: str) -> list[tuple[str | None, dict[str, Any]]]:
    with ctx.read() as s:
        rows = s.execute(select(AuditEvent.reason, AuditEvent.details).where(AuditEvent.action == action)
                         .order_by(AuditEvent.id)).all()
    return [(reason, json.loads(details or "{}")) for reason, details in rows]


def every_text(ctx: ServiceContext) -> str:
    """Every value of every row of every table (to look for what must not be there)."""
    parts = []
    with ctx.read() as s:
        for table in Base.metadata.sorted_tables:
            for row in s.execute(select(table)):
                parts.append(repr(tuple(row)))
    return "\n".join(parts)


def outgoing(ctx: ServiceContext, level: ProtectionLevel = ProtectionLevel.NONE, *, with_consent: bool = True,
             code: str = "1984", seed: int = 1) -> tuple[int, tuple[str, ...]]:
    """(request id, the household's secrets) of a draft request from Västerås to code."""
    sender(ctx)
    hh = household(ctx, level, seed=seed)
    if with_consent:
        consent(ctx, hh.case_id, "municipality", "Arboga kommun" if code == "1984" else "Köping")
    return req.create_outgoing(ctx, hh.case_id, code, today=TODAY).id, hh.secrets


def export(ctx: ServiceContext, request_id: int, tmp_path: Path, **kw: Any) -> ex.ExportResult:
    return ex.export_request(ctx, request_id, tmp_path / f"forfragan-{request_id}.sbx", today=TODAY, **kw)


def answer(ctx: ServiceContext, request_id: int, tmp_path: Path, name: str) -> ex.ExportResult:
    return ex.export_answer(ctx, request_id, tmp_path / name)


def code_of(exc: pytest.ExceptionInfo[SbdeskError]) -> str:
    return exc.value.code


def test_exchange_table_matches_its_migration(db: Database) -> None:
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert [d for d in diff if "exchange_file" in repr(d)] == []


def test_request_and_answer_travel_between_two_databases(ctx: ServiceContext, arboga: ServiceContext,
                                                         tmp_path: Path) -> None:
    request_id, secrets = outgoing(ctx)
    check = ex.check_request_export(ctx, request_id, today=TODAY)
    assert check.will_send and check.consent is not None and check.identity_allowed
    assert check.file_name == f"{check.reference}-forfragan.sbx" and check.recipient_name == "Arboga"
    assert not any(secret in repr(check.fields) for secret in secrets)
    result = ex.export_request(ctx, request_id, tmp_path / check.file_name, message="Ring mig före lunch.",
                               support={"support_economic": True, "support_safety": True,
                                        "support_text": "Skyddsplan finns."}, today=TODAY)
    assert result.sent and result.path.is_file() and result.reference == check.reference
    sent = req.get_request(ctx, request_id).row
    assert (sent.status, sent.sent_on) == (S.SENT, TODAY)

    data = result.path.read_bytes()
    opened = fmt.open_file(data, result.code)
    plaintext = json.dumps(opened.payload, ensure_ascii=False)
    assert not any(secret in plaintext for secret in secrets)  # no name, personnummer, address, phone
    assert not any(secret.encode() in data for secret in secrets)
    household = opened.payload["request"]["household"]
    assert household == {"adults": 1, "children": 2, "children_birth_years": [2015, 2019], "rooms_needed": 3}
    assert opened.payload["request"]["identity"] is None
    assert opened.payload["request"]["contact"]["phone"] == "021-39 11 11"

    info = imp.describe_file(arboga, data)
    assert (info.kind.value, info.sender_name, info.recipient_code, info.for_us) == ("request", "Västerås", "1984", True)
    preview = imp.preview_import(arboga, imp.open_exchange(data, result.code), today=TODAY)
    assert ("Deras referens", sent.reference) in preview.lines
    imported = imp.import_file(arboga, data, result.code, today=TODAY)
    assert imported.created and imported.counterpart_reference == sent.reference
    incoming = req.get_request(arboga, imported.request_id)
    assert (incoming.row.direction.value, incoming.row.status, incoming.row.counterpart_municipality_code) == (
        "incoming", S.SENT, "1980")
    values = incoming.values
    assert (values["adults"], values["children"], values["children_birth_years"], values["rooms_needed"]) == (
        1, 2, [2015, 2019], 3)
    assert values["support_economic"] and values["support_safety"] and not values["support_children"]
    assert values["support_text"] == "Skyddsplan finns." and "Hiss" in values["needs"]
    assert values["sender_contact_name"] == "Testa Testsson"
    assert "Ring mig före lunch." in values["received_description"]
    assert not any(secret in every_text(arboga) for secret in secrets)

    req.accept(arboga, imported.request_id, TODAY, today=TODAY)
    back = answer(arboga, imported.request_id, tmp_path, "svar.sbx")
    assert back.path.name == "svar.sbx" and back.recipient_code == "1980"
    assert ex.check_answer_export(arboga, imported.request_id).file_name == f"{imported.reference}-svar.sbx"
    done = imp.import_file(ctx, back.path.read_bytes(), back.code, today=TODAY)
    assert (done.request_id, done.applied, done.status) == (request_id, (S.ACCEPTED,), S.ACCEPTED)
    row = req.get_request(ctx, request_id).row
    assert (row.status, row.answered_on, row.counterpart_reference) == (S.ACCEPTED, TODAY, imported.reference)

    exported, received = events(ctx, "exchange.export"), events(arboga, "exchange.import")
    assert len(exported) == 1 and len(received) == 1 and len(events(ctx, "exchange.import")) == 1
    assert exported[0][1]["kind"] == "request" and exported[0][1]["recipient"] == "1984"
    assert exported[0][1]["sent"] is True and exported[0][1]["consent"] == "recorded"
    everything = repr(exported + received + events(arboga, "exchange.export") + events(ctx, "exchange.import"))
    assert not any(secret in everything for secret in secrets)
    assert "Ring mig" not in everything and "Skyddsplan" not in everything and result.code not in everything
    assert events(ctx, "request.send") == []  # the export's one event covers the sending


def test_later_steps_travel_and_an_older_answer_is_refused(ctx: ServiceContext, arboga: ServiceContext,
                                                           tmp_path: Path) -> None:
    request_id, _ = outgoing(ctx)
    sent = export(ctx, request_id, tmp_path)
    incoming = imp.import_file(arboga, sent.path.read_bytes(), sent.code, today=TODAY)
    day = TODAY + timedelta(days=3)
    req.accept(arboga, incoming.request_id, TODAY, today=day)
    first = answer(arboga, incoming.request_id, tmp_path, "svar1.sbx")
    req.apartment_found(arboga, incoming.request_id, day, today=day)
    second = answer(arboga, incoming.request_id, tmp_path, "svar2.sbx")

    done = imp.import_file(ctx, second.path.read_bytes(), second.code, today=day)
    assert done.applied == (S.ACCEPTED, S.APARTMENT_FOUND) and done.status is S.APARTMENT_FOUND
    row = req.get_request(ctx, request_id).row
    assert (row.answered_on, row.apartment_found_on) == (TODAY, day)
    with pytest.raises(fmt.Replayed) as exc:
        imp.import_file(ctx, first.path.read_bytes(), first.code, today=day)
    assert code_of(exc) == "EXCHANGE_REPLAYED"
    assert req.get_request(ctx, request_id).row.status is S.APARTMENT_FOUND

    req.moved(arboga, incoming.request_id, day, today=day)
    third = answer(arboga, incoming.request_id, tmp_path, "svar3.sbx")
    assert imp.import_file(ctx, third.path.read_bytes(), third.code, today=day).applied == (S.MOVED,)
    assert len(events(ctx, "exchange.import")) == 2


def test_answers_in_order_each_add_their_steps_and_a_decline_carries_its_reason(
        ctx: ServiceContext, arboga: ServiceContext, tmp_path: Path) -> None:
    request_id, _ = outgoing(ctx)
    sent = export(ctx, request_id, tmp_path)
    incoming = imp.import_file(arboga, sent.path.read_bytes(), sent.code, today=TODAY)
    req.decline(arboga, incoming.request_id, "Inga lediga lägenheter i år.", TODAY, today=TODAY)
    back = answer(arboga, incoming.request_id, tmp_path, "svar.sbx")
    opened = imp.open_exchange(back.path.read_bytes(), back.code)
    preview = imp.preview_import(ctx, opened, today=TODAY)
    assert preview.steps == (S.DECLINED,) and preview.request_id == request_id
    imp.import_opened(ctx, opened, today=TODAY)
    detail = req.get_request(ctx, request_id)
    assert detail.row.status is S.DECLINED and detail.values["decline_reason"] == "Inga lediga lägenheter i år."


def test_the_same_file_imported_twice_is_refused_and_changes_nothing(ctx: ServiceContext, arboga: ServiceContext,
                                                                   tmp_path: Path) -> None:
    request_id, _ = outgoing(ctx)
    sent = export(ctx, request_id, tmp_path)
    data = sent.path.read_bytes()
    imp.import_file(arboga, data, sent.code, today=TODAY)
    for attempt in (lambda: imp.import_file(arboga, data, sent.code, today=TODAY),
                    lambda: imp.preview_import(arboga, imp.open_exchange(data, sent.code), today=TODAY)):
        with pytest.raises(fmt.ExchangeFileError) as exc:
            attempt()
        assert code_of(exc) == "EXCHANGE_REPLAYED"
    # exported again (a lost file): a new file, but the same request is still not imported twice
    again = export(ctx, request_id, tmp_path)
    assert not again.sent and again.code != sent.code
    with pytest.raises(fmt.Replayed):
        imp.import_file(arboga, again.path.read_bytes(), again.code, today=TODAY)
    assert req.list_requests(arboga).total == 1 and len(events(arboga, "exchange.import")) == 1

    req.accept(arboga, req.list_requests(arboga).rows[0].id, TODAY, today=TODAY)
    back = answer(arboga, req.list_requests(arboga).rows[0].id, tmp_path, "svar.sbx")
    imp.import_file(ctx, back.path.read_bytes(), back.code, today=TODAY)
    with pytest.raises(fmt.Replayed):
        imp.import_file(ctx, back.path.read_bytes(), back.code, today=TODAY)


def test_a_file_made_for_another_municipality_is_refused(ctx: ServiceContext, arboga: ServiceContext,
                                                         koping: ServiceContext, tmp_path: Path) -> None:
    request_id, _ = outgoing(ctx, code="1983")
    sent = export(ctx, request_id, tmp_path)
    data = sent.path.read_bytes()
    assert imp.describe_file(arboga, data).for_us is False
    with pytest.raises(fmt.WrongRecipient) as exc:
        imp.import_file(arboga, data, sent.code, today=TODAY)
    assert code_of(exc) == "EXCHANGE_WRONG_RECIPIENT" and "Köping" in exc.value.message
    assert req.list_requests(arboga).total == 0 and events(arboga, "exchange.import") == []
    assert imp.import_file(koping, data, sent.code, today=TODAY).created
    with pytest.raises(fmt.WrongRecipient):  # nor does our own file open here
        imp.import_file(ctx, data, sent.code, today=TODAY)


def test_an_answer_to_an_unknown_request_or_in_conflict_is_refused(ctx: ServiceContext, arboga: ServiceContext,
                                                                   tmp_path: Path) -> None:
    request_id, _ = outgoing(ctx)
    sent = export(ctx, request_id, tmp_path)
    incoming = imp.import_file(arboga, sent.path.read_bytes(), sent.code, today=TODAY)
    req.accept(arboga, incoming.request_id, TODAY, today=TODAY)
    req.update_request(arboga, incoming.request_id, {"counterpart_reference": "F-2026-0999"})
    unknown = answer(arboga, incoming.request_id, tmp_path, "okand.sbx")
    with pytest.raises(fmt.UnknownRequest) as exc:
        imp.import_file(ctx, unknown.path.read_bytes(), unknown.code, today=TODAY)
    assert code_of(exc) == "EXCHANGE_UNKNOWN_REQUEST"

    req.update_request(arboga, incoming.request_id, {"counterpart_reference": req.get_request(ctx, request_id)
                                                     .row.reference})
    late = answer(arboga, incoming.request_id, tmp_path, "sent.sbx")
    req.withdraw(ctx, request_id, "Hushållet har ordnat eget boende.", TODAY, today=TODAY)
    with pytest.raises(fmt.AnswerConflict) as exc:
        imp.import_file(ctx, late.path.read_bytes(), late.code, today=TODAY)
    assert code_of(exc) == "EXCHANGE_ANSWER_CONFLICT"
    assert req.get_request(ctx, request_id).row.status is S.WITHDRAWN and events(ctx, "exchange.import") == []


def test_an_answer_needs_an_answered_incoming_request(ctx: ServiceContext, arboga: ServiceContext,
                                                     tmp_path: Path) -> None:
    request_id, _ = outgoing(ctx)
    with pytest.raises(ex.NotExportable):
        ex.check_answer_export(ctx, request_id)
    sent = export(ctx, request_id, tmp_path)
    incoming = imp.import_file(arboga, sent.path.read_bytes(), sent.code, today=TODAY)
    with pytest.raises(ex.NothingToAnswer) as exc:
        answer(arboga, incoming.request_id, tmp_path, "svar.sbx")
    assert code_of(exc) == "EXCHANGE_NOTHING_TO_ANSWER" and not (tmp_path / "svar.sbx").exists()
    with pytest.raises(ex.NotExportable):
        ex.check_request_export(arboga, incoming.request_id)


def test_protected_identity_never_leaves_whatever_is_ticked(ctx: ServiceContext, arboga: ServiceContext,
                                                            tmp_path: Path) -> None:
    request_id, secrets = outgoing(ctx, ProtectionLevel.PROTECTED_REGISTRATION)
    check = ex.check_request_export(ctx, request_id, today=TODAY)
    assert not check.identity_allowed and check.protection_level is ProtectionLevel.PROTECTED_REGISTRATION
    with pytest.raises(ex.ProtectedIdentityRefused) as exc:
        export(ctx, request_id, tmp_path, include_identity=True)
    assert code_of(exc) == "EXCHANGE_PROTECTED_IDENTITY"
    assert list(tmp_path.glob("*.sbx")) == [] and events(ctx, "exchange.export") == []
    assert req.get_request(ctx, request_id).row.status is S.DRAFT  # nothing sent either
    result = export(ctx, request_id, tmp_path)
    payload = fmt.open_file(result.path.read_bytes(), result.code).payload
    assert payload["request"]["identity"] is None
    assert payload["request"]["protection_level"] == "protected_registration"
    assert not any(secret in json.dumps(payload, ensure_ascii=False) for secret in secrets)
    imported = imp.import_file(arboga, result.path.read_bytes(), result.code, today=TODAY)
    received = req.get_request(arboga, imported.request_id)
    assert received.row.protection_level.value == "protected_registration"  # a badge on the receiving side
    assert not any(secret in every_text(arboga) for secret in secrets)


def test_identity_is_included_only_when_ticked_for_an_unprotected_case(ctx: ServiceContext, arboga: ServiceContext,
                                                                       tmp_path: Path) -> None:
    request_id, secrets = outgoing(ctx)
    result = export(ctx, request_id, tmp_path, include_identity=True)
    identity = fmt.open_file(result.path.read_bytes(), result.code).payload["request"]["identity"]
    assert identity["first_name"] == "Fiktivia" and identity["personal_number"] in secrets
    assert set(identity) == {"first_name", "last_name", "personal_number"}  # never address, phone or e-mail
    assert events(ctx, "exchange.export")[0][1]["identity"] is True
    imported = imp.import_file(arboga, result.path.read_bytes(), result.code, today=TODAY)
    received = req.get_request(arboga, imported.request_id).values
    assert "Fiktivia" not in received["received_description"] and received["has_identity"]  # not in free text
    assert not events(arboga, "request.identity_reveal")
    person = req.reveal_received_identity(arboga, imported.request_id, "Kontakt med hyresvärd")
    assert person.first_name == "Fiktivia" and person.personal_number in secrets
    [(reason, _details)] = events(arboga, "request.identity_reveal")
    assert reason == "Kontakt med hyresvärd"
    assert "Hemligvägen" not in every_text(arboga)


def test_missing_consent_is_refused_unless_overridden_and_the_override_is_logged(
        ctx: ServiceContext, tmp_path: Path) -> None:
    request_id, _ = outgoing(ctx, with_consent=False)
    assert ex.check_request_export(ctx, request_id, today=TODAY).consent_missing
    for reason in (None, "   "):
        with pytest.raises(ConsentMissing) as exc:
            export(ctx, request_id, tmp_path, consent_override_reason=reason)
        assert code_of(exc) == "CONSENT_MISSING"
    assert list(tmp_path.glob("*.sbx")) == [] and req.get_request(ctx, request_id).row.status is S.DRAFT
    export(ctx, request_id, tmp_path, consent_override_reason="Samtycke lämnat muntligt i dag, skrivs in senare.")
    [(reason, details)] = events(ctx, "exchange.export")
    assert reason == "Samtycke lämnat muntligt i dag, skrivs in senare." and details["consent"] == "override"


def test_a_recorded_consent_with_or_without_kommun_counts(ctx: ServiceContext, tmp_path: Path) -> None:
    request_id, _ = outgoing(ctx, with_consent=False)
    case_id = req.get_request(ctx, request_id).row.case.id  # type: ignore[union-attr]
    consent(ctx, case_id, "municipality", "arboga")
    assert ex.check_request_export(ctx, request_id, today=TODAY).consent is not None
    export(ctx, request_id, tmp_path)
    assert events(ctx, "exchange.export")[0][0] is None


def test_what_may_not_be_exported(ctx: ServiceContext, tmp_path: Path) -> None:
    request_id, _ = outgoing(ctx)
    with pytest.raises(ValidationError) as verr:
        export(ctx, request_id, tmp_path, message="Sökande 19880403-1234 behöver hjälp.")
    assert verr.value.error_code == "PERSONAL_NUMBER_IN_TEXT"
    assert ex.check_export_field("support_text", "pnr 880403-1234") is not None
    assert ex.check_export_field("support_text", "Ring 0589-870 00") is None
    req.withdraw(ctx, request_id, "Inte längre aktuellt.", TODAY, today=TODAY)
    with pytest.raises(ex.NotExportable) as exc:
        export(ctx, request_id, tmp_path)
    assert code_of(exc) == "EXCHANGE_NOT_EXPORTABLE"
    with pytest.raises(ex.ExchangeWriteFailed):
        ex.export_request(ctx, outgoing(ctx, seed=2)[0], tmp_path / "saknas" / "f.sbx", today=TODAY)
    assert events(ctx, "exchange.export") == []


def test_a_tampered_or_wrongly_coded_file_imports_nothing(ctx: ServiceContext, arboga: ServiceContext,
                                                          tmp_path: Path) -> None:
    request_id, _ = outgoing(ctx)
    sent = export(ctx, request_id, tmp_path)
    data = sent.path.read_bytes()
    tampered = data[:-20] + bytes([data[-20] ^ 1]) + data[-19:]
    cases = [(data, fmt.new_code(), "EXCHANGE_TAMPERED_OR_WRONG_CODE"), (tampered, sent.code,
             "EXCHANGE_TAMPERED_OR_WRONG_CODE"), (data[:-5], sent.code, "EXCHANGE_TRUNCATED"),
             (data, sent.code[:-1] + ("A" if sent.code[-1] != "A" else "B"), "EXCHANGE_CODE_TYPO"),
             (b"%PDF-1.4", sent.code, "EXCHANGE_NOT_A_FILE")]
    for blob, code, expected in cases:
        with pytest.raises(fmt.ExchangeFileError) as exc:
            imp.import_file(arboga, blob, code, today=TODAY)
        assert code_of(exc) == expected
    assert req.list_requests(arboga).total == 0 and events(arboga, "exchange.import") == []


def test_a_ring_of_the_same_name_is_linked_when_the_sender_is_a_member(ctx: ServiceContext, arboga: ServiceContext,
                                                                       tmp_path: Path) -> None:
    ring = create_ring(ctx, {"name": "Västmanlands länskompott", "scope": "county"})
    add_member(ctx, ring.id, {"municipality_code": "1984"})
    sender(ctx)
    hh = household(ctx, ProtectionLevel.NONE)
    consent(ctx, hh.case_id, "municipality", "Arboga")
    request_id = req.create_outgoing(ctx, hh.case_id, "1984", ring_id=ring.id, today=TODAY).id
    theirs = create_ring(arboga, {"name": "västmanlands  länskompott", "scope": "county"})
    add_member(arboga, theirs.id, {"municipality_code": "1980"})
    sent = export(ctx, request_id, tmp_path)
    imported = imp.import_file(arboga, sent.path.read_bytes(), sent.code, today=TODAY)
    assert req.get_request(arboga, imported.request_id).row.ring_id == theirs.id


def test_reading_a_file_from_disk(tmp_path: Path) -> None:
    path = tmp_path / "stor.sbx"
    path.write_bytes(bytes(fmt.MAX_FILE_BYTES + fmt.MAX_HEADER_BYTES + 100))
    with pytest.raises(fmt.ExchangeTooLarge):
        imp.read_exchange_file(path)
    with pytest.raises(imp.ExchangeReadFailed) as exc:
        imp.read_exchange_file(tmp_path / "finns-inte.sbx")
    assert code_of(exc) == "EXCHANGE_READ_FAILED"
    path.write_bytes(b"SBDESK")
    assert imp.read_exchange_file(path) == b"SBDESK"


def test_answer_dates_are_kept_within_our_timeline(ctx: ServiceContext, arboga: ServiceContext,
                                                   tmp_path: Path) -> None:
    first, _ = outgoing(ctx)
    second, _ = outgoing(ctx, seed=2)
    sent_on = TODAY + timedelta(days=5)
    for request_id in (first, second):
        made = ex.export_request(ctx, request_id, tmp_path / f"f{request_id}.sbx", today=sent_on)
        incoming = imp.import_file(arboga, made.path.read_bytes(), made.code, today=TODAY)  # their clock is behind
        on = TODAY if request_id == first else TODAY + timedelta(days=20)  # the second after our today
        req.accept(arboga, incoming.request_id, on, today=on)
        back = answer(arboga, incoming.request_id, tmp_path, f"svar{request_id}.sbx")
        imp.import_file(ctx, back.path.read_bytes(), back.code, today=sent_on + timedelta(days=1))
    early = req.get_request(ctx, first)
    assert early.row.answered_on == sent_on  # never before our own 'sent' step
    assert early.steps[-1].note == f"Från svarsfil från Arboga ({early.row.counterpart_reference}); deras datum " \
        f"{TODAY.isoformat()}."
    assert req.get_request(ctx, second).row.answered_on == sent_on + timedelta(days=1)  # never in our future


VALID_REQUEST = {"request": {
    "reference": "F-2026-0001", "ring": None, "sent_on": "2026-03-16",
    "household": {"adults": 1, "children": 1, "children_birth_years": [2015], "rooms_needed": 2},
    "protection_level": "none", "needs": {"access": ["elevator"], "school": None},
    "support": {"needed": ["safety"], "text": None}, "message": None,
    "contact": {"organisation": "Västerås stad", "name": "Testa Testsson", "title": None, "phone": None,
                "email": None},
    "identity": None}}
VALID_ANSWER = {"answer": {"request_reference": "F-2026-0001", "reference": "F-2026-0003", "sequence": 1,
                           "steps": [{"status": "accepted", "on": "2026-03-16", "reason": None}], "contact": None}}
JSON = st.recursive(st.none() | st.booleans() | st.integers(-10**6, 10**6) | st.floats() | st.text(max_size=12),
                    lambda kids: st.lists(kids, max_size=3) | st.dictionaries(st.text(max_size=8), kids, max_size=3),
                    max_leaves=10)


def _replace_at(value: Any, path: list[str | int], new: Any) -> Any:
    if not path:
        return new
    if isinstance(value, dict):
        key = path[0] if path[0] in value else sorted(value)[hash(path[0]) % len(value)] if value else None
        return {**value, key: _replace_at(value.get(key), path[1:], new)} if key is not None else new
    if isinstance(value, list) and value:
        index = int(path[0]) % len(value) if isinstance(path[0], int) else 0
        return [*value[:index], _replace_at(value[index], path[1:], new), *value[index + 1:]]
    return new


@settings(max_examples=300)
@given(which=st.sampled_from(["request", "answer"]), path=st.lists(st.text(max_size=20) | st.integers(0, 5),
                                                                     max_size=4), new=JSON)
def test_the_payload_parser_only_ever_raises_content_invalid(which: str, path: list[str | int], new: Any) -> None:
    valid = VALID_REQUEST if which == "request" else VALID_ANSWER
    reader = pl.read_request if which == "request" else pl.read_answer
    payload = _replace_at(valid, path, new)
    try:
        reader(payload)
    except fmt.ContentInvalid as exc:
        assert exc.code == "EXCHANGE_CONTENT_INVALID"
    assert reader(valid) is not None


def test_the_payload_parser_refuses_what_a_file_may_not_hold() -> None:
    req_body = VALID_REQUEST["request"]
    bad = [
        {"request": {**req_body, "identity": {"first_name": "A", "last_name": "B", "personal_number": None},
                     "protection_level": "assumed_identity"}},  # a protected identity never travels
        {"request": {**req_body, "household": {**req_body["household"], "children_birth_years": [2015, 2017]}}},
        {"request": {**req_body, "household": {**req_body["household"], "adults": True}}},
        {"request": {**req_body, "sent_on": "2026-02-30"}},
        {"request": {**req_body, "extra": 1}},
        {"answer": {**VALID_ANSWER["answer"], "steps": [{"status": "draft", "on": "2026-03-16", "reason": None}]}},
        {"answer": {**VALID_ANSWER["answer"], "steps": []}},
        {"answer": {**VALID_ANSWER["answer"], "sequence": 0}},
    ]
    for payload in bad:
        with pytest.raises(fmt.ContentInvalid):
            (pl.read_request if "request" in payload else pl.read_answer)(payload)
