"""DigestInfo building and checking the card's signature against its certificate."""

from __future__ import annotations

import hashlib

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from kiosk.card.errors import MalformedAnswer, SignatureMismatch

SHA256_DIGEST_INFO_PREFIX = bytes.fromhex("3031300d060960864801650304020105000420")


def sha256_digest_info(message: bytes) -> bytes:
    """The DER DigestInfo of SHA-256(`message`), as COMPUTE DIGITAL SIGNATURE takes it."""
    return SHA256_DIGEST_INFO_PREFIX + hashlib.sha256(message).digest()


def rsa_public_key(certificate: x509.Certificate) -> rsa.RSAPublicKey:
    """The certificate's RSA public key; MalformedAnswer for any other or a broken key."""
    try:
        key = certificate.public_key()
    except Exception as exc:  # unsupported or corrupt keys raise several types
        raise MalformedAnswer("certificate public key cannot be read") from exc
    if not isinstance(key, rsa.RSAPublicKey):
        raise MalformedAnswer("certificate key is not RSA")
    return key


def check_signature(certificate: x509.Certificate, message: bytes, signature: bytes) -> None:
    """Raise SignatureMismatch unless `signature` is PKCS#1 v1.5 SHA-256 over `message`."""
    key = rsa_public_key(certificate)
    try:
        key.verify(signature, message, padding.PKCS1v15(), hashes.SHA256())
    except InvalidSignature as exc:
        raise SignatureMismatch() from exc
