"""Initial schema: geography (seeded), settings, housing, cases, identities, consents, audit log.

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from sbdesk.store.seed import seed_geography

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("audit_event",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("occurred_at", sa.String(length=32), nullable=False),
    sa.Column("os_user", sa.String(length=100), nullable=False),
    sa.Column("actor", sa.String(length=200), nullable=False),
    sa.Column("action", sa.String(length=60), nullable=False),
    sa.Column("entity", sa.String(length=60), nullable=True),
    sa.Column("entity_id", sa.String(length=60), nullable=True),
    sa.Column("reason", sa.Text(), nullable=True),
    sa.Column("details", sa.Text(), nullable=True),
    sa.Column("prev_mac", sa.String(length=64), nullable=False),
    sa.Column("mac", sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_event")),
    sa.UniqueConstraint("mac", name=op.f("uq_audit_event_mac"))
    )
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_event_action"), ["action"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_event_entity"), ["entity"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_event_entity_id"), ["entity_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_event_occurred_at"), ["occurred_at"], unique=False)

    op.create_table("county",
    sa.Column("code", sa.String(length=2), nullable=False),
    sa.Column("name", sa.String(length=60), nullable=False),
    sa.PrimaryKeyConstraint("code", name=op.f("pk_county"))
    )
    op.create_table("landlord",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("name", sa.String(length=200), nullable=False),
    sa.Column("kind", sa.Enum("municipal", "private", name="landlordkind", native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column("org_number", sa.String(length=11), nullable=True),
    sa.Column("contact_name", sa.String(length=200), nullable=True),
    sa.Column("phone", sa.String(length=40), nullable=True),
    sa.Column("email", sa.String(length=200), nullable=True),
    sa.Column("notes", sa.Text(), nullable=True),
    sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
    sa.Column("archived_at", sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_landlord"))
    )
    with op.batch_alter_table("landlord", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_landlord_name"), ["name"], unique=False)

    op.create_table("person",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("first_name", sa.String(length=100), nullable=False),
    sa.Column("last_name", sa.String(length=100), nullable=False),
    sa.Column("personal_number", sa.String(length=13), nullable=True),
    sa.Column("phone", sa.String(length=40), nullable=True),
    sa.Column("email", sa.String(length=200), nullable=True),
    sa.Column("address", sa.Text(), nullable=True),
    sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
    sa.Column("archived_at", sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_person"))
    )
    op.create_table("setting",
    sa.Column("key", sa.String(length=80), nullable=False),
    sa.Column("value", sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint("key", name=op.f("pk_setting"))
    )
    op.create_table("municipality",
    sa.Column("code", sa.String(length=4), nullable=False),
    sa.Column("name", sa.String(length=60), nullable=False),
    sa.Column("county_code", sa.String(length=2), nullable=False),
    sa.ForeignKeyConstraint(["county_code"], ["county.code"], name=op.f("fk_municipality_county_code_county")),
    sa.PrimaryKeyConstraint("code", name=op.f("pk_municipality"))
    )
    with op.batch_alter_table("municipality", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_municipality_county_code"), ["county_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_municipality_name"), ["name"], unique=False)

    op.create_table("case",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("reference", sa.String(length=30), nullable=False),
    sa.Column("pseudonym", sa.String(length=60), nullable=False),
    sa.Column("protection_level", sa.Enum("none", "confidentiality_mark", "protected_registration", "assumed_identity", name="protectionlevel", native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column("risk_level", sa.Enum("low", "moderate", "high", "acute", name="risklevel", native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column("status", sa.Enum("new", "waiting", "offer_pending", "housed", "closed", name="casestatus", native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column("home_municipality_code", sa.String(length=4), nullable=True),
    sa.Column("sheltered_since", sa.Date(), nullable=True),
    sa.Column("queue_since", sa.Date(), nullable=True),
    sa.Column("needed_by", sa.Date(), nullable=True),
    sa.Column("max_rent_sek", sa.Integer(), nullable=True),
    sa.Column("needs_elevator", sa.Boolean(), nullable=False),
    sa.Column("needs_ground_floor", sa.Boolean(), nullable=False),
    sa.Column("needs_wheelchair", sa.Boolean(), nullable=False),
    sa.Column("excluded_areas", sa.Text(), nullable=True),
    sa.Column("wishes", sa.Text(), nullable=True),
    sa.Column("school_needs", sa.Text(), nullable=True),
    sa.Column("notes", sa.Text(), nullable=True),
    sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
    sa.Column("archived_at", sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint("max_rent_sek IS NULL OR max_rent_sek >= 0", name=op.f("ck_case_max_rent")),
    sa.ForeignKeyConstraint(["home_municipality_code"], ["municipality.code"], name=op.f("fk_case_home_municipality_code_municipality")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_case")),
    sa.UniqueConstraint("reference", name=op.f("uq_case_reference"))
    )
    with op.batch_alter_table("case", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_protection_level"), ["protection_level"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_pseudonym"), ["pseudonym"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_risk_level"), ["risk_level"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_status"), ["status"], unique=False)

    op.create_table("landlord_agreement",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("landlord_id", sa.Integer(), nullable=False),
    sa.Column("kind", sa.Enum("priority_quota", "set_aside", "social_contracts", "first_hand", name="agreementkind", native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column("title", sa.String(length=200), nullable=False),
    sa.Column("valid_from", sa.Date(), nullable=True),
    sa.Column("valid_to", sa.Date(), nullable=True),
    sa.Column("quota", sa.Integer(), nullable=True),
    sa.Column("municipality_code", sa.String(length=4), nullable=True),
    sa.Column("rent_guarantee", sa.Boolean(), nullable=False),
    sa.Column("consent_routine", sa.Text(), nullable=True),
    sa.Column("notes", sa.Text(), nullable=True),
    sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
    sa.Column("archived_at", sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint("quota IS NULL OR quota >= 0", name=op.f("ck_landlord_agreement_quota")),
    sa.CheckConstraint("valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from", name=op.f("ck_landlord_agreement_period")),
    sa.ForeignKeyConstraint(["landlord_id"], ["landlord.id"], name=op.f("fk_landlord_agreement_landlord_id_landlord")),
    sa.ForeignKeyConstraint(["municipality_code"], ["municipality.code"], name=op.f("fk_landlord_agreement_municipality_code_municipality")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_landlord_agreement"))
    )
    with op.batch_alter_table("landlord_agreement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_landlord_agreement_landlord_id"), ["landlord_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_landlord_agreement_municipality_code"), ["municipality_code"], unique=False)

    op.create_table("apartment",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("landlord_id", sa.Integer(), nullable=False),
    sa.Column("agreement_id", sa.Integer(), nullable=True),
    sa.Column("address", sa.String(length=200), nullable=False),
    sa.Column("postal_code", sa.String(length=6), nullable=True),
    sa.Column("postal_town", sa.String(length=60), nullable=True),
    sa.Column("municipality_code", sa.String(length=4), nullable=False),
    sa.Column("district", sa.String(length=100), nullable=True),
    sa.Column("rooms", sa.Integer(), nullable=False),
    sa.Column("area_m2", sa.Integer(), nullable=True),
    sa.Column("rent_sek", sa.Integer(), nullable=False),
    sa.Column("floor", sa.Integer(), nullable=True),
    sa.Column("elevator", sa.Boolean(), nullable=False),
    sa.Column("wheelchair_accessible", sa.Boolean(), nullable=False),
    sa.Column("available_from", sa.Date(), nullable=True),
    sa.Column("contract_type", sa.Enum("first_hand", "social", "trial", "emergency", "housing_first", name="contracttype", native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column("status", sa.Enum("planned", "available", "reserved", "offered", "let", "withdrawn", name="apartmentstatus", native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column("notes", sa.Text(), nullable=True),
    sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
    sa.Column("archived_at", sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint("area_m2 IS NULL OR area_m2 > 0", name=op.f("ck_apartment_area")),
    sa.CheckConstraint("rent_sek >= 0", name=op.f("ck_apartment_rent")),
    sa.CheckConstraint("rooms >= 1 AND rooms <= 20", name=op.f("ck_apartment_rooms")),
    sa.ForeignKeyConstraint(["agreement_id"], ["landlord_agreement.id"], name=op.f("fk_apartment_agreement_id_landlord_agreement")),
    sa.ForeignKeyConstraint(["landlord_id"], ["landlord.id"], name=op.f("fk_apartment_landlord_id_landlord")),
    sa.ForeignKeyConstraint(["municipality_code"], ["municipality.code"], name=op.f("fk_apartment_municipality_code_municipality")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_apartment"))
    )
    with op.batch_alter_table("apartment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_apartment_address"), ["address"], unique=False)
        batch_op.create_index(batch_op.f("ix_apartment_agreement_id"), ["agreement_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_apartment_available_from"), ["available_from"], unique=False)
        batch_op.create_index(batch_op.f("ix_apartment_contract_type"), ["contract_type"], unique=False)
        batch_op.create_index(batch_op.f("ix_apartment_landlord_id"), ["landlord_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_apartment_municipality_code"), ["municipality_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_apartment_rent_sek"), ["rent_sek"], unique=False)
        batch_op.create_index(batch_op.f("ix_apartment_rooms"), ["rooms"], unique=False)
        batch_op.create_index(batch_op.f("ix_apartment_status"), ["status"], unique=False)

    op.create_table("case_excluded_municipality",
    sa.Column("case_id", sa.Integer(), nullable=False),
    sa.Column("municipality_code", sa.String(length=4), nullable=False),
    sa.ForeignKeyConstraint(["case_id"], ["case.id"], name=op.f("fk_case_excluded_municipality_case_id_case"), ondelete="CASCADE"),
    sa.ForeignKeyConstraint(["municipality_code"], ["municipality.code"], name=op.f("fk_case_excluded_municipality_municipality_code_municipality")),
    sa.PrimaryKeyConstraint("case_id", "municipality_code", name=op.f("pk_case_excluded_municipality"))
    )
    op.create_table("case_wished_municipality",
    sa.Column("case_id", sa.Integer(), nullable=False),
    sa.Column("municipality_code", sa.String(length=4), nullable=False),
    sa.ForeignKeyConstraint(["case_id"], ["case.id"], name=op.f("fk_case_wished_municipality_case_id_case"), ondelete="CASCADE"),
    sa.ForeignKeyConstraint(["municipality_code"], ["municipality.code"], name=op.f("fk_case_wished_municipality_municipality_code_municipality")),
    sa.PrimaryKeyConstraint("case_id", "municipality_code", name=op.f("pk_case_wished_municipality"))
    )
    op.create_table("consent",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("case_id", sa.Integer(), nullable=False),
    sa.Column("recipient_kind", sa.Enum("landlord", "municipality", "other", name="consentrecipient", native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column("recipient_name", sa.String(length=200), nullable=False),
    sa.Column("scope", sa.Text(), nullable=False),
    sa.Column("given_on", sa.Date(), nullable=False),
    sa.Column("expires_on", sa.Date(), nullable=True),
    sa.Column("withdrawn_on", sa.Date(), nullable=True),
    sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
    sa.Column("archived_at", sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(["case_id"], ["case.id"], name=op.f("fk_consent_case_id_case"), ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_consent"))
    )
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consent_case_id"), ["case_id"], unique=False)

    op.create_table("household_member",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("case_id", sa.Integer(), nullable=False),
    sa.Column("role", sa.Enum("applicant", "adult", "child", name="memberrole", native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column("birth_year", sa.Integer(), nullable=False),
    sa.Column("person_id", sa.Integer(), nullable=True),
    sa.CheckConstraint("birth_year >= 1900 AND birth_year <= 2200", name=op.f("ck_household_member_birth_year")),
    sa.ForeignKeyConstraint(["case_id"], ["case.id"], name=op.f("fk_household_member_case_id_case"), ondelete="CASCADE"),
    sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_household_member_person_id_person")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_household_member")),
    sa.UniqueConstraint("person_id", name=op.f("uq_household_member_person_id"))
    )
    with op.batch_alter_table("household_member", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_household_member_case_id"), ["case_id"], unique=False)
    _create_audit_guards()
    seed_geography(op.get_bind())


def _create_audit_guards() -> None:
    """The audit log is append-only: the database itself refuses UPDATE and DELETE."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION audit_event_append_only() RETURNS trigger AS $$ BEGIN "
            "RAISE EXCEPTION 'audit_event is append-only'; END; $$ LANGUAGE plpgsql"
        )
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER audit_event_no_{verb.lower()} BEFORE {verb} ON audit_event "
                "FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()"
            )
        return
    for verb in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER audit_event_no_{verb.lower()} BEFORE {verb} ON audit_event "
            "BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END"
        )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS audit_event_no_update")
    op.execute("DROP TRIGGER IF EXISTS audit_event_no_delete")
    with op.batch_alter_table("household_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_household_member_case_id"))

    op.drop_table("household_member")
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consent_case_id"))

    op.drop_table("consent")
    op.drop_table("case_wished_municipality")
    op.drop_table("case_excluded_municipality")
    with op.batch_alter_table("apartment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_apartment_status"))
        batch_op.drop_index(batch_op.f("ix_apartment_rooms"))
        batch_op.drop_index(batch_op.f("ix_apartment_rent_sek"))
        batch_op.drop_index(batch_op.f("ix_apartment_municipality_code"))
        batch_op.drop_index(batch_op.f("ix_apartment_landlord_id"))
        batch_op.drop_index(batch_op.f("ix_apartment_contract_type"))
        batch_op.drop_index(batch_op.f("ix_apartment_available_from"))
        batch_op.drop_index(batch_op.f("ix_apartment_agreement_id"))
        batch_op.drop_index(batch_op.f("ix_apartment_address"))

    op.drop_table("apartment")
    with op.batch_alter_table("landlord_agreement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_landlord_agreement_municipality_code"))
        batch_op.drop_index(batch_op.f("ix_landlord_agreement_landlord_id"))

    op.drop_table("landlord_agreement")
    with op.batch_alter_table("case", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_status"))
        batch_op.drop_index(batch_op.f("ix_case_risk_level"))
        batch_op.drop_index(batch_op.f("ix_case_pseudonym"))
        batch_op.drop_index(batch_op.f("ix_case_protection_level"))

    op.drop_table("case")
    with op.batch_alter_table("municipality", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_municipality_name"))
        batch_op.drop_index(batch_op.f("ix_municipality_county_code"))

    op.drop_table("municipality")
    op.drop_table("setting")
    op.drop_table("person")
    with op.batch_alter_table("landlord", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_landlord_name"))

    op.drop_table("landlord")
    op.drop_table("county")
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_event_occurred_at"))
        batch_op.drop_index(batch_op.f("ix_audit_event_entity_id"))
        batch_op.drop_index(batch_op.f("ix_audit_event_entity"))
        batch_op.drop_index(batch_op.f("ix_audit_event_action"))

    op.drop_table("audit_event")
