"""Checking a presented user-authentication certificate: chain, dates, status, grace period."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.eligibility.clock import aware, end_of_month_after, japan_date
from kiosk.eligibility.errors import (
    CertificateRefused,
    MalformedCertificate,
    UnknownCertificate,
)
from kiosk.storage.models import Certificate

# Readers show a renewal alert from 3 months before expiry to 3 months after it.
ALERT_MONTHS = 3
HOTLINE = "0120-95-0178"


class CertificateState(StrEnum):
    """What a certificate allows."""

    VALID = "valid"  # insurance and medical-information sharing
    GRACE = "grace"  # expired within 3 months: insurance only, no sharing


@dataclass(frozen=True)
class CertificateCheck:
    """The outcome of a successful check."""

    certificate_id: int
    state: CertificateState
    expires_on: dt.date
    grace_ends_on: dt.date
    renewal_alert: bool

    @property
    def sharing_allowed(self) -> bool:
        """Medical information may be shared only with a certificate still valid."""
        return self.state is CertificateState.VALID


def parse_certificate(der: bytes) -> x509.Certificate:
    """The certificate in `der`; MalformedCertificate otherwise."""
    try:
        return x509.load_der_x509_certificate(der)
    except (ValueError, TypeError):
        raise MalformedCertificate("the card's certificate is not a valid X.509 certificate") \
            from None


def serial_text(certificate: x509.Certificate) -> str:
    """The serial number as stored: upper-case hex."""
    return f"{certificate.serial_number:X}"


def verify_chain(certificate: x509.Certificate, anchor: x509.Certificate) -> None:
    """Refuse a certificate not issued by the trusted authority."""
    try:
        certificate.verify_directly_issued_by(anchor)
    except (ValueError, TypeError, InvalidSignature):
        raise CertificateRefused("untrusted", "the certificate was not issued by the "
                                 "certificate authority this system trusts") from None


def find_certificate(session: Session, certificate: x509.Certificate) -> Certificate:
    """J-LIS's record of the certificate; UnknownCertificate when there is none."""
    record = session.scalar(select(Certificate).where(
        Certificate.issuer == certificate.issuer.rfc4514_string(),
        Certificate.serial == serial_text(certificate)))
    if record is None:
        raise UnknownCertificate("this card is not recognised by the certificate authority")
    return record


def check_record(record: Certificate, moment: dt.datetime) -> CertificateCheck:
    """Apply status, validity dates and the 3-month grace to a known certificate."""
    if record.status == "on_hold":
        raise CertificateRefused("on_hold", "the card's certificate is on hold (reported "
                                 f"lost or stolen; hotline {HOTLINE}); the municipal office "
                                 "can lift the hold")
    if record.status == "revoked":
        raise CertificateRefused("revoked", "the card's certificate has been revoked; a new "
                                 "one is issued at the municipal office")
    moment = aware(moment)
    not_before, not_after = aware(record.not_before), aware(record.not_after)
    expires_on = japan_date(not_after)
    grace_ends_on = end_of_month_after(expires_on, ALERT_MONTHS)
    alert_from = end_of_month_after(expires_on, -ALERT_MONTHS - 1) + dt.timedelta(days=1)
    today = japan_date(moment)
    if moment < not_before:
        raise CertificateRefused("not_yet_valid", "the card's certificate is not valid yet")
    if moment <= not_after:
        state = CertificateState.VALID
    elif today <= grace_ends_on:
        state = CertificateState.GRACE
    else:
        raise CertificateRefused("expired", "the card's certificate expired on "
                                 f"{expires_on.isoformat()}; renew it at the municipal office")
    return CertificateCheck(record.id, state, expires_on, grace_ends_on,
                            renewal_alert=alert_from <= today <= grace_ends_on)


def check_presented(session: Session, der: bytes, anchor: x509.Certificate,
                    moment: dt.datetime) -> CertificateCheck:
    """Everything about a certificate a terminal presents, in order: form, chain, record."""
    certificate = parse_certificate(der)
    verify_chain(certificate, anchor)
    return check_record(find_certificate(session, certificate), moment)
