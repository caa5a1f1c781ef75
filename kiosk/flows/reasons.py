"""Why a terminal shows what it shows: reason codes, and where to send the person next.

Screens translate these codes; logs and scenario reports print them as they are. None of
them carries personal data.
"""

from __future__ import annotations

from enum import StrEnum

HOTLINE = "0120-95-0178"  # マイナンバー総合フリーダイヤル (lost cards: 24 hours, 365 days)
FOREIGN_LANGUAGE_LINES = ("0120-0178-26", "0120-0178-27")  # EN, ZH, KO, ES, PT


class Reason(StrEnum):
    """Why the flow is where it is (errors, refusals, outcomes, notices)."""

    # Card placement
    CARD_REMOVED = "card_removed"
    INSURANCE_CARD = "insurance_card"
    NOT_MY_NUMBER_CARD = "not_my_number_card"
    CHIP_DESTROYED = "chip_destroyed"
    UNREADABLE_CARD = "unreadable_card"
    READER_ERROR = "reader_error"
    # Identity
    WRONG_PIN = "wrong_pin"
    PIN_FORMAT = "pin_format"
    PIN_LOCKED = "pin_locked"
    PIN_JUST_LOCKED = "pin_just_locked"
    FACE_AUTH_CARD = "face_auth_card"
    FACE_NO_MATCH = "face_no_match"
    FACE_UNDECIDED = "face_undecided"
    CAMERA_UNAVAILABLE = "camera_unavailable"
    CARD_PHOTO_UNUSABLE = "card_photo_unusable"
    WRONG_STAFF_PASSWORD = "wrong_staff_password"
    STAFF_PASSWORD_LOCKED = "staff_password_locked"
    VISUAL_CONFIRMATION_NOT_ALLOWED = "visual_confirmation_not_allowed"
    # Certificate and registration
    CERTIFICATE_ON_HOLD = "on_hold"
    CERTIFICATE_REVOKED = "revoked"
    CERTIFICATE_EXPIRED = "expired"
    CERTIFICATE_NOT_YET_VALID = "not_yet_valid"
    CERTIFICATE_UNKNOWN = "unknown_certificate"
    CERTIFICATE_UNTRUSTED = "untrusted"
    NOT_REGISTERED = "not_registered"
    ALREADY_REGISTERED = "already_registered"
    REGISTERED = "registered"
    NO_INSURANCE_RECORD = "no_insurance_record"
    LINKED_TO_ANOTHER_PERSON = "linked_to_another_person"
    # Lookup outcomes (validity codes 1-5)
    VALID = "valid"
    INVALID = "invalid"
    NEW_COVERAGE_NOT_FILED = "new_coverage_not_filed"
    NO_COVERAGE = "no_coverage"
    SEVERAL_MATCHES = "several_matches"
    # Warnings and notices
    GRACE_PERIOD = "grace_period"
    RENEWAL_DUE = "renewal_due"
    TIMED_OUT = "timed_out"
    CANCELLED = "cancelled"
    SYSTEM_ERROR = "system_error"
    # Photo booth: the application form's ID, its QR code, the photo, the e-mail
    APPLICATION_ID_LENGTH = "application_id_length"
    APPLICATION_ID_CHARACTERS = "application_id_characters"
    QR_NOT_FOUND = "qr_not_found"
    QR_NOT_APPLICATION_ID = "qr_not_application_id"
    PHOTO_REJECTED = "photo_rejected"
    EMAIL_INVALID = "email_invalid"


class NextStep(StrEnum):
    """Where a person goes when this terminal cannot help."""

    STAFF = "staff"  # hand the card (or the insurance card) to reception staff
    MUNICIPAL_OFFICE = "municipal_office"  # PIN reset, renewal, chip replacement
    HOTLINE = "hotline"  # suspension and lifting of a lost card
    CLINIC_FACE_READER = "clinic_face_reader"  # face-authentication cards, locked PINs
    INSURER = "insurer"  # new coverage not yet filed
    TRY_AGAIN = "try_again"


NEXT_STEPS: dict[Reason, tuple[NextStep, ...]] = {
    Reason.INSURANCE_CARD: (NextStep.STAFF,),
    Reason.NOT_MY_NUMBER_CARD: (NextStep.TRY_AGAIN,),
    Reason.CHIP_DESTROYED: (NextStep.MUNICIPAL_OFFICE, NextStep.STAFF),
    Reason.UNREADABLE_CARD: (NextStep.TRY_AGAIN, NextStep.STAFF),
    Reason.READER_ERROR: (NextStep.STAFF,),
    Reason.PIN_LOCKED: (NextStep.MUNICIPAL_OFFICE,),
    Reason.PIN_JUST_LOCKED: (NextStep.MUNICIPAL_OFFICE,),
    Reason.FACE_AUTH_CARD: (NextStep.CLINIC_FACE_READER, NextStep.MUNICIPAL_OFFICE),
    Reason.CERTIFICATE_ON_HOLD: (NextStep.HOTLINE,),
    Reason.CERTIFICATE_REVOKED: (NextStep.MUNICIPAL_OFFICE,),
    Reason.CERTIFICATE_EXPIRED: (NextStep.MUNICIPAL_OFFICE, NextStep.STAFF),
    Reason.CERTIFICATE_NOT_YET_VALID: (NextStep.MUNICIPAL_OFFICE,),
    Reason.CERTIFICATE_UNKNOWN: (NextStep.MUNICIPAL_OFFICE,),
    Reason.CERTIFICATE_UNTRUSTED: (NextStep.MUNICIPAL_OFFICE,),
    Reason.NO_INSURANCE_RECORD: (NextStep.INSURER,),
    Reason.LINKED_TO_ANOTHER_PERSON: (NextStep.HOTLINE,),
    Reason.INVALID: (NextStep.STAFF,),
    Reason.NEW_COVERAGE_NOT_FILED: (NextStep.INSURER, NextStep.STAFF),
    Reason.NO_COVERAGE: (NextStep.STAFF,),
    Reason.SEVERAL_MATCHES: (NextStep.STAFF,),
    Reason.GRACE_PERIOD: (NextStep.MUNICIPAL_OFFICE,),
    Reason.RENEWAL_DUE: (NextStep.MUNICIPAL_OFFICE,),
    Reason.SYSTEM_ERROR: (NextStep.STAFF,),
    Reason.CAMERA_UNAVAILABLE: (NextStep.STAFF,),
    Reason.NOT_REGISTERED: (NextStep.STAFF,),
}


def next_steps(reason: Reason | None) -> tuple[NextStep, ...]:
    """Where to go after `reason` (empty when the terminal itself can carry on)."""
    return NEXT_STEPS.get(reason, ()) if reason is not None else ()
