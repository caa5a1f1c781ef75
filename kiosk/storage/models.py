"""The eligibility system's tables (SQLAlchemy 2 declarative models)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    UniqueConstraint,
    text,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator


class UtcDateTime(TypeDecorator):
    """An aware datetime stored as UTC; SQLite keeps no offset, so it is normalised here."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored: give a timezone")
        return value.astimezone(dt.UTC)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


class Base(DeclarativeBase):
    """Base of every model."""


class Insurer(Base):
    """An insurer (保険者), by its 8-digit number (6 for 国民健康保険)."""

    __tablename__ = "insurers"

    number: Mapped[str] = mapped_column(String(8), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))


class Person(Base):
    """A human being, known only by an agency-specific code derived from the My Number."""

    __tablename__ = "people"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # 機関別符号: what the insurers and J-LIS share instead of the My Number itself.
    individual_code: Mapped[str] = mapped_column(String(64), unique=True)


class Coverage(Base):
    """One insured record (資格情報) filed by an insurer for a person."""

    __tablename__ = "coverages"
    __table_args__ = (UniqueConstraint("insurer_number", "symbol", "number", "branch"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    insurer_number: Mapped[str] = mapped_column(ForeignKey("insurers.number"))
    symbol: Mapped[str] = mapped_column(String(20), default="")
    number: Mapped[str] = mapped_column(String(20))
    branch: Mapped[str] = mapped_column(String(2))
    relationship: Mapped[str] = mapped_column(String(10))  # principal | dependent
    family_name: Mapped[str] = mapped_column(String(100))
    given_name: Mapped[str] = mapped_column(String(100))
    family_kana: Mapped[str] = mapped_column(String(100))
    given_kana: Mapped[str] = mapped_column(String(100))
    sex: Mapped[str] = mapped_column(String(1))
    birth_date: Mapped[dt.date] = mapped_column(Date)
    address: Mapped[str] = mapped_column(String(200))
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_until: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    loss_reason: Mapped[str | None] = mapped_column(String(100), nullable=True)
    copay_ratio: Mapped[int] = mapped_column(Integer)  # percent: 10, 20 or 30
    elderly_copay_ratio: Mapped[int | None] = mapped_column(Integer, nullable=True)
    high_cost_category: Mapped[str | None] = mapped_column(String(20), nullable=True)
    filed_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())


class Certificate(Base):
    """A user-authentication certificate J-LIS issued, with its status and its holder."""

    __tablename__ = "certificates"
    __table_args__ = (UniqueConstraint("issuer", "serial"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    issuer: Mapped[str] = mapped_column(String(300))
    serial: Mapped[str] = mapped_column(String(48))  # upper-case hex
    not_before: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    not_after: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    status: Mapped[str] = mapped_column(String(10), default="active")  # active|on_hold|revoked
    status_changed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime(),
                                                                   nullable=True)
    individual_code: Mapped[str] = mapped_column(String(64), index=True)


class Registration(Base):
    """健康保険証利用登録: a certificate linked to exactly one person."""

    __tablename__ = "registrations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    certificate_id: Mapped[int] = mapped_column(ForeignKey("certificates.id"), unique=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    registered_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    terminal: Mapped[str] = mapped_column(String(50))


class Facility(Base):
    """A clinic or pharmacy (医療機関・薬局) and what its terminals ask."""

    __tablename__ = "facilities"

    code: Mapped[str] = mapped_column(String(10), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    consent_categories: Mapped[str] = mapped_column(String(100))  # comma-separated
    electronic_prescriptions: Mapped[bool] = mapped_column(Boolean, default=False)
    password_hash: Mapped[str] = mapped_column(String(200))
    # Face attempts allowed after the first failure, before falling back to the PIN.
    face_retries: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    # Whether staff may confirm identity by sight (目視確認) after entering their password.
    visual_confirmation_allowed: Mapped[bool] = mapped_column(Boolean, default=True,
                                                              server_default=true())
    # Idle seconds before a terminal warns and resets; the warning shows this long first.
    inactivity_timeout_s: Mapped[int] = mapped_column(Integer, default=60,
                                                      server_default=text("60"))
    inactivity_warning_s: Mapped[int] = mapped_column(Integer, default=15,
                                                      server_default=text("15"))
    default_language: Mapped[str] = mapped_column(String(5), default="ja",
                                                  server_default="ja")
    # The folder shared with clinic software (face/, req/, res/); None: the default one.
    oqs_folder: Mapped[str | None] = mapped_column(String(500), nullable=True)
    # The encoding of the OQS files written for this facility: "utf-8" or "shift_jis".
    oqs_encoding: Mapped[str] = mapped_column(String(10), default="utf-8",
                                              server_default="utf-8")


class Consent(Base):
    """What a person agreed to share with a facility, valid for 24 hours."""

    __tablename__ = "consents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    facility_code: Mapped[str] = mapped_column(ForeignKey("facilities.code"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    categories: Mapped[str] = mapped_column(String(100))  # comma-separated, may be empty
    given_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    expires_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())


class AuditEvent(Base):
    """Who did what, where and when: ids only, never a PIN, My Number, photo or name."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), index=True)
    actor: Mapped[str] = mapped_column(String(50))
    action: Mapped[str] = mapped_column(String(50))
    outcome: Mapped[str] = mapped_column(String(30))
    facility_code: Mapped[str | None] = mapped_column(String(10), nullable=True)
    certificate_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    person_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    detail: Mapped[str] = mapped_column(String(200), default="")


class Reception(Base):
    """One reception at a facility's terminal: how the person was identified and what the
    lookup answered. Ids and codes only: no name, My Number, PIN or photo (the staff view
    joins the coverage for the insurance details)."""

    __tablename__ = "reception_records"
    __table_args__ = (Index("ix_reception_records_facility_code_id", "facility_code", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), index=True)
    facility_code: Mapped[str] = mapped_column(ForeignKey("facilities.code"))
    terminal_id: Mapped[str] = mapped_column(String(50))
    identity_method: Mapped[str] = mapped_column(String(10))  # face | pin | visual | none
    certificate_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), nullable=True)
    # The coverage the lookup returned.
    coverage_id: Mapped[int | None] = mapped_column(ForeignKey("coverages.id"), nullable=True)
    validity: Mapped[int | None] = mapped_column(Integer, nullable=True)  # 1-5
    consents: Mapped[str] = mapped_column(String(100), default="")  # comma-separated
    prescription: Mapped[str | None] = mapped_column(String(10), nullable=True)
    warnings: Mapped[str] = mapped_column(String(200), default="")  # comma-separated codes
    outcome: Mapped[str] = mapped_column(String(30))  # completed, ...


class VisualConfirmationGrant(Base):
    """Staff allowed visual confirmation (目視確認) at one reader, from the staff screen.

    The reader takes it (used_at) the next time its patient waits for staff; unused, it
    lapses at expires_at. Ids only: who granted it is in the audit trail.
    """

    __tablename__ = "visual_confirmation_grants"
    __table_args__ = (Index("ix_visual_confirmation_grants_reader",
                            "facility_code", "terminal_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    facility_code: Mapped[str] = mapped_column(ForeignKey("facilities.code"))
    terminal_id: Mapped[str] = mapped_column(String(50))  # the reader it is for
    granted_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    expires_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    used_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime(), nullable=True)


class PhotoApplication(Base):
    """A card application sent from a photo booth: the form's ID, its photo, a contact.

    Only a submitted application is stored. The photo (JPEG, cropped to the 35x45 mm
    framing) is deleted once the application has been sent on (sent_at set); the rest stays
    as the record of what was sent. The receipt number is what the applicant was shown.
    """

    __tablename__ = "photo_applications"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[str] = mapped_column(String(23), index=True)  # 申請書ID
    photo: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    email: Mapped[str] = mapped_column(String(254))
    submitted_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    receipt_number: Mapped[str] = mapped_column(String(20), unique=True)
    sent_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime(), nullable=True)


class PasswordLockout(Base):
    """Wrong facility passwords (or API tokens) counted per place they are typed at.

    `scope` names the place: a terminal's id, or a client of the OQS Web API. Five wrong
    within the window lock it until locked_until; each lock in a row lasts longer
    (lock_count). A right password, or staff unlocking it, clears the row. Ids only.
    """

    __tablename__ = "password_lockouts"

    scope: Mapped[str] = mapped_column(String(80), primary_key=True)
    facility_code: Mapped[str | None] = mapped_column(String(10), nullable=True, index=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    window_started_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime(),
                                                                  nullable=True)
    lock_count: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(UtcDateTime(), nullable=True)
