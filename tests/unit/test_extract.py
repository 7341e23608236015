"""Register extract (GDPR art. 15) as JSON and PDF, audit-logged; correction keeps the old value."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from sbdesk.documents.extract import write_extract_pdf
from sbdesk.domain import AuditEvent
from sbdesk.errors import ValidationError
from sbdesk.services.cases import create_case
from sbdesk.services.context import ServiceContext
from sbdesk.services.extract import (
    correct_person,
    correction_history,
    extract_json,
    find_people,
    person_extract,
)

PNR = "19121212-1212"


@pytest.fixture
def person_id(ctx: ServiceContext) -> int:
    create_case(ctx, {"protection_level": "protected_registration", "risk_level": "high", "status": "waiting",
                      "wishes": "Nära skolan"},
                [{"role": "applicant", "birth_year": 1912,
                  "identity": {"first_name": "Tolvan", "last_name": "Tolvansson", "personal_number": PNR,
                               "phone": "070-111 22 33", "address": "Testgatan 12, Västerås"}}],
                excluded=["0180"])
    refs = find_people(ctx, "tolvans")
    assert len(refs) == 1 and find_people(ctx, "191212") == refs
    return refs[0].person_id


def _events(ctx: ServiceContext, action: str) -> list[AuditEvent]:
    with ctx.db.sessions() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def test_extract_holds_everything_and_is_logged(ctx: ServiceContext, person_id: int) -> None:
    data = person_extract(ctx, person_id, reason="Begäran 2026-11-27")
    assert data["person"]["personnummer"] == PNR and data["person"]["adress"].startswith("Testgatan")
    assert data["ärende"]["spärrade_kommuner"] == ["Stockholm"]
    assert data["ärende"]["skyddade_personuppgifter"] == "Skyddad folkbokföring"
    assert any(e["vad"] == "case.create" for e in data["åtkomst_och_ändringar"])
    assert json.loads(extract_json(data))["person"]["efternamn"] == "Tolvansson"
    events = _events(ctx, "identity.extract")
    assert len(events) == 1 and events[0].reason == "Begäran 2026-11-27"
    assert "Tolvan" not in (events[0].details or "")


def test_extract_pdf_has_the_data_but_no_personal_metadata(ctx: ServiceContext, person_id: int, tmp_path: Path) -> None:
    data = person_extract(ctx, person_id)
    pdf = write_extract_pdf(data, tmp_path / "utdrag.pdf", municipality="Västerås stad", protected=True)
    raw = pdf.read_bytes()
    assert raw.startswith(b"%PDF")
    if shutil.which("pdfinfo") is None:
        pytest.skip("poppler-utils (pdfinfo, pdftotext) not installed")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True)
    if info.returncode == 0:  # check metadata and text
        assert "Tolvan" not in info.stdout and PNR not in info.stdout and "Registerutdrag" in info.stdout
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        assert "Tolvansson" in text and PNR in text and "Sekretess enligt OSL" in text and "Sida 1 av" in text
    else:
        assert b"Tolvan" not in raw.split(b"/Info")[0][-400:]


def test_correction_keeps_the_old_value_in_the_log(ctx: ServiceContext, person_id: int) -> None:
    correct_person(ctx, person_id, "last_name", "Tolvansdotter", reason="Namnbyte enligt Skatteverket")
    assert person_extract(ctx, person_id)["person"]["efternamn"] == "Tolvansdotter"
    event = _events(ctx, "identity.correct")[0]
    details = json.loads(event.details or "{}")
    assert details["field"] == "last_name" and "Tolvansson" not in (event.details or "")  # sealed, not clear
    history = correction_history(ctx, 1)
    assert [(h.field, h.old_value, h.reason) for h in history] == [
        ("last_name", "Tolvansson", "Namnbyte enligt Skatteverket")]
    assert len(_events(ctx, "identity.reveal")) == 1  # reading old values is a logged reveal
    with pytest.raises(ValidationError):
        correct_person(ctx, person_id, "personal_number", "12345", reason="fel")
    with pytest.raises(ValidationError):
        correct_person(ctx, person_id, "last_name", "X", reason="  ")


def test_a_failed_delivery_is_not_logged_as_an_extract(ctx: ServiceContext, person_id: int) -> None:
    def broken(_data: object) -> None:
        raise OSError("disken är full")

    with pytest.raises(OSError):
        person_extract(ctx, person_id, deliver=broken)
    assert _events(ctx, "identity.extract") == []


def test_purge_shreds_old_values_kept_in_the_log(ctx: ServiceContext, person_id: int) -> None:
    from datetime import UTC, date, datetime, timedelta

    from sqlalchemy import text

    from sbdesk.services.cases import update_case
    from sbdesk.services.retention import purge

    correct_person(ctx, person_id, "last_name", "Tolvansdotter", reason="Namnbyte")
    update_case(ctx, 1, {"status": "closed"})
    old = datetime.now(UTC) - timedelta(days=6 * 366)
    with ctx.db.engine.begin() as conn:
        conn.execute(text('UPDATE "case" SET updated_at = :t'), {"t": old})
        conn.execute(text("UPDATE person SET updated_at = :t"), {"t": old})
    purge(ctx, [1], date.today())
    assert [h.old_value for h in correction_history(ctx, 1)] == [None]  # the key is gone
    with ctx.db.engine.connect() as conn:
        dump = " ".join(str(r) for r in conn.exec_driver_sql("SELECT * FROM audit_event"))
    assert "Tolvansson" not in dump


def test_searching_for_a_person_is_logged_without_the_search_text(ctx: ServiceContext, person_id: int) -> None:
    find_people(ctx, "Tolvansson")
    events = _events(ctx, "identity.search")
    assert events and all("Tolvans" not in (e.details or "") for e in events)
    assert json.loads(events[-1].details or "{}") == {"hits": 1}
