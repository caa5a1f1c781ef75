"""What the eligibility system's refusals and lookup outcomes mean on a terminal's screen."""

from __future__ import annotations

from kiosk.eligibility.errors import (
    CertificateRefused,
    EligibilityError,
    LinkedToAnotherPerson,
    MalformedCertificate,
    NoInsuranceRecord,
    NotRegistered,
    UnknownCertificate,
)
from kiosk.eligibility.records import Validity
from kiosk.flows.reasons import Reason

_CERTIFICATE_REASONS = {
    "on_hold": Reason.CERTIFICATE_ON_HOLD,
    "revoked": Reason.CERTIFICATE_REVOKED,
    "expired": Reason.CERTIFICATE_EXPIRED,
    "not_yet_valid": Reason.CERTIFICATE_NOT_YET_VALID,
    "untrusted": Reason.CERTIFICATE_UNTRUSTED,
}

VALIDITY_REASONS = {
    Validity.VALID: Reason.VALID,
    Validity.INVALID: Reason.INVALID,
    Validity.INVALID_NEWER_EXISTS: Reason.NEW_COVERAGE_NOT_FILED,
    Validity.NO_COVERAGE: Reason.NO_COVERAGE,
    Validity.SEVERAL_MATCHES: Reason.SEVERAL_MATCHES,
}


def refusal_reason(error: EligibilityError) -> Reason | None:
    """The reason to show for a refusal; None for a failure that is not the card's fault."""
    if isinstance(error, CertificateRefused):
        return _CERTIFICATE_REASONS.get(error.reason, Reason.CERTIFICATE_UNTRUSTED)
    if isinstance(error, UnknownCertificate):
        return Reason.CERTIFICATE_UNKNOWN
    if isinstance(error, MalformedCertificate):
        return Reason.UNREADABLE_CARD
    if isinstance(error, NoInsuranceRecord):
        return Reason.NO_INSURANCE_RECORD
    if isinstance(error, LinkedToAnotherPerson):
        return Reason.LINKED_TO_ANOTHER_PERSON
    if isinstance(error, NotRegistered):
        return Reason.NOT_REGISTERED
    return None
