"""The RSA operations of the card's keys: raw PKCS#1 v1.5 type 1, DigestInfo, PSS."""

from __future__ import annotations

import hashlib

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa, utils

# DER prefix of a DigestInfo for SHA-256; the 32-byte hash follows.
SHA256_DIGEST_INFO = bytes.fromhex("3031300D060960864801650304020105000420")
SHA256_SIZE = 32
# PKCS#1 v1.5 type-1 padding needs 11 bytes of the RSA block.
PADDING_OVERHEAD = 11


def max_padded_input(key: rsa.RSAPrivateKey) -> int:
    """The longest data type-1 padding can hold (245 bytes for RSA-2048)."""
    return key.key_size // 8 - PADDING_OVERHEAD


def sign_padded(key: rsa.RSAPrivateKey, data: bytes) -> bytes:
    """RSA-sign `data` as given, with PKCS#1 v1.5 type-1 padding.

    The host may send a complete DigestInfo (or a bare hash), and `cryptography` only signs a
    hash it wraps in a DigestInfo itself, so the padding and the key operation are done here.
    """
    size = key.key_size // 8
    block = b"\x00\x01" + b"\xff" * (size - 3 - len(data)) + b"\x00" + data
    numbers = key.private_numbers()
    message = int.from_bytes(block, "big")
    # Chinese remainder theorem: two half-size exponentiations, as card chips do.
    m1 = pow(message, numbers.dmp1, numbers.p)
    m2 = pow(message, numbers.dmq1, numbers.q)
    value = m2 + (numbers.iqmp * (m1 - m2) % numbers.p) * numbers.q
    return value.to_bytes(size, "big")


def sign_sha256_pkcs1(key: rsa.RSAPrivateKey, digest: bytes) -> bytes:
    """sha256WithRSAEncryption of a 32-byte hash (wrapped in its DigestInfo)."""
    return key.sign(digest, padding.PKCS1v15(), utils.Prehashed(hashes.SHA256()))


def sign_sha256_pss(key: rsa.RSAPrivateKey, digest: bytes) -> bytes:
    """RSASSA-PSS of a 32-byte hash: SHA-256, MGF1-SHA-256, a 32-byte salt."""
    pss = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=SHA256_SIZE)
    return key.sign(digest, pss, utils.Prehashed(hashes.SHA256()))


def sha256(data: bytes) -> bytes:
    """The SHA-256 hash the card computes itself."""
    return hashlib.sha256(data).digest()
