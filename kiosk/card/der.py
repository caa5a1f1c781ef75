"""DER certificate length from its first bytes, and bounded X.509 parsing."""

from __future__ import annotations

from cryptography import x509

from kiosk.card.errors import MalformedAnswer

DER_HEADER_SIZE = 4
MAX_CERTIFICATE_SIZE = 8192
_SEQUENCE = 0x30


def certificate_length(header: bytes, max_size: int = MAX_CERTIFICATE_SIZE) -> int:
    """Total DER size from the first 4 bytes: `30 82 HH LL` or `30 81 LL`, capped."""
    if len(header) < DER_HEADER_SIZE or header[0] != _SEQUENCE:
        raise MalformedAnswer("certificate does not start with a DER SEQUENCE")
    if header[1] == 0x82:
        total = ((header[2] << 8) | header[3]) + 4
    elif header[1] == 0x81:
        total = header[2] + 3
    else:
        raise MalformedAnswer("certificate length form not supported")
    # A certificate shorter than its own header read cannot be right.
    if total <= DER_HEADER_SIZE or total > max_size:
        raise MalformedAnswer("certificate length out of range")
    return total


def load_certificate(der: bytes) -> x509.Certificate:
    """Parse a DER X.509 certificate; any failure is MalformedAnswer."""
    if len(der) > MAX_CERTIFICATE_SIZE:
        raise MalformedAnswer("certificate too large")
    try:
        return x509.load_der_x509_certificate(der)
    except Exception as exc:  # the parser may raise several types; all mean a bad answer
        raise MalformedAnswer("certificate is not valid DER X.509") from exc
