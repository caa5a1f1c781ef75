"""Errors of the eligibility system; each message is safe to show and to log (ids only)."""

from __future__ import annotations


class EligibilityError(Exception):
    """Base class of every refusal or failure of the eligibility system."""


class MalformedCertificate(EligibilityError):
    """The presented bytes are not an X.509 certificate."""


class UnknownCertificate(EligibilityError):
    """J-LIS has no record of this certificate (the card is not recognised)."""


class CertificateRefused(EligibilityError):
    """The certificate cannot be used: `reason` is untrusted, not_yet_valid, expired,
    on_hold or revoked."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


class NotRegistered(EligibilityError):
    """The card is not registered for use as a health-insurance card."""


class NoInsuranceRecord(EligibilityError):
    """No insurer has filed coverage for the card holder, so there is nothing to link."""


class LinkedToAnotherPerson(EligibilityError):
    """The certificate is already linked to someone else: refused, never relinked."""


class UnknownFacility(EligibilityError):
    """No facility has this code."""


class DuplicateFacility(EligibilityError):
    """A facility with this code exists already."""


class InvalidRequest(EligibilityError):
    """The request's values are not acceptable (the message says which)."""


class UnknownPerson(EligibilityError):
    """No person or coverage matches."""
