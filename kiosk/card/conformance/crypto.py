"""TLV walking, the card's own RSA key encoding, and PKCS#1 v1.5 checks for the checks."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from kiosk.card.conformance.probe import Mismatch, expect, hexed
from kiosk.card.conformance.reference import RSA_KEY_HEADER, SHA256_DIGEST_INFO_PREFIX

RSA_KEY_SIZE = len(RSA_KEY_HEADER) + 256
# In a CVC's 5F4E body the key follows the 16-byte issuer and 16-byte subject key IDs.
CVC_KEY_OFFSET = 32


@dataclass(frozen=True)
class Item:
    """One TLV found in a file: tag, where its tag starts, header size and value."""

    tag: int
    start: int
    header: int
    value: bytes
    long_form: bool

    @property
    def end(self) -> int:
        """Offset just past the value."""
        return self.start + self.header + len(self.value)


def item_at(data: bytes, start: int) -> Item:
    """The TLV whose tag begins at `start`; Mismatch if it is cut or malformed."""
    pos = start
    expect(pos < len(data), f"no TLV at offset {start}")
    tag = data[pos]
    pos += 1
    if tag & 0x1F == 0x1F:
        expect(pos < len(data), f"TLV tag cut at offset {start}")
        tag = (tag << 8) | data[pos]
        pos += 1
    expect(pos < len(data), f"TLV length missing at offset {start}")
    first = data[pos]
    pos += 1
    length, long_form = first, False
    if first & 0x80:
        count = first & 0x7F
        expect(count in (1, 2) and pos + count <= len(data),
               f"TLV length form {first:02X} at offset {start}")
        length = int.from_bytes(data[pos:pos + count], "big")
        pos += count
        long_form = True
    expect(pos + length <= len(data),
           f"TLV {tag:X} at offset {start} declares {length} bytes past the end")
    return Item(tag, start, pos - start, data[pos:pos + length], long_form)


def length_form_ok(item: Item) -> bool:
    """True if the length is short below 0x80 and `82 hh ll` otherwise (never `81`)."""
    tag_size = 2 if item.tag > 0xFF else 1
    return item.header == tag_size + (1 if len(item.value) < 0x80 else 3)


def children(data: bytes, start: int, end: int) -> list[Item]:
    """The TLVs one after another from `start` to `end`."""
    found = []
    pos = start
    while pos < end:
        item = item_at(data, pos)
        found.append(item)
        pos = item.end
    expect(pos == end, f"TLVs run past their container ({pos} > {end})")
    return found


def card_rsa_key(encoded: bytes) -> rsa.RSAPublicKey:
    """The card's key encoding `90 03 <e> 91 82 01 00 <n>` as a public key."""
    expect(len(encoded) == RSA_KEY_SIZE and encoded.startswith(RSA_KEY_HEADER),
           f"key is not `90 03 01 00 01 91 82 01 00 <256 B>`: starts "
           f"{hexed(encoded[:len(RSA_KEY_HEADER)])}, {len(encoded)} bytes")
    modulus = int.from_bytes(encoded[len(RSA_KEY_HEADER):], "big")
    return rsa.RSAPublicNumbers(65537, modulus).public_key()


def cvc_key(cvc: bytes) -> rsa.RSAPublicKey:
    """The key certified by a `7F 21 { 5F 4E <ids, key>, 5F 37 <sig> }` CVC."""
    outer = item_at(cvc, 0)
    expect(outer.tag == 0x7F21, f"CVC tag {outer.tag:X}, expected 7F21")
    body = item_at(cvc, outer.header)
    expect(body.tag == 0x5F4E, f"CVC body tag {body.tag:X}, expected 5F4E")
    return card_rsa_key(body.value[CVC_KEY_OFFSET:CVC_KEY_OFFSET + RSA_KEY_SIZE])


def sha256_digest_info(data: bytes) -> bytes:
    """The DER DigestInfo of SHA-256(`data`)."""
    return SHA256_DIGEST_INFO_PREFIX + hashlib.sha256(data).digest()


def verifies(key: rsa.RSAPublicKey, signature: bytes, signed: bytes) -> bool:
    """True if `signature` is PKCS#1 v1.5 with SHA-256 over `signed` under `key`."""
    try:
        key.verify(signature, signed, padding.PKCS1v15(), hashes.SHA256())
    except InvalidSignature:
        return False
    return True


def verifies_digest_info(key: rsa.RSAPublicKey, signature: bytes, digest_info: bytes) -> bool:
    """True if `signature` is PKCS#1 v1.5 type 1 padding of exactly `digest_info`."""
    numbers = key.public_numbers()
    size = (numbers.n.bit_length() + 7) // 8
    if len(signature) != size:
        return False
    block = pow(int.from_bytes(signature, "big"), numbers.e, numbers.n).to_bytes(size, "big")
    padding_size = size - len(digest_info) - 3
    return padding_size >= 8 and block == (b"\x00\x01" + b"\xff" * padding_size + b"\x00"
                                           + digest_info)


def certificate_key(der: bytes) -> rsa.RSAPublicKey:
    """The RSA key of a DER certificate; Mismatch if it is not one."""
    try:
        key = x509.load_der_x509_certificate(der).public_key()
    except ValueError as error:
        raise Mismatch(f"certificate does not parse as X.509: {error}") from None
    expect(isinstance(key, rsa.RSAPublicKey), "certificate key is not RSA")
    assert isinstance(key, rsa.RSAPublicKey)
    return key

