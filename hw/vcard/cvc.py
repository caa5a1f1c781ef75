"""Card-verifiable certificates (tag 7F21) and the 16-byte key identifiers they use.

The 券面 applications keep, in EF 0004, a certificate of the key that signs their data;
the card level offers a root-to-intermediate certificate through GET DATA 00F8.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from hw.vcard import tlv

TAG_CERTIFICATE = 0x7F21
TAG_BODY = 0x5F4E
TAG_SIGNATURE = 0x5F37
CERTIFICATE_SIZE = 568  # 7F 21 82 02 33 + 563
PUBLIC_KEY_SIZE = 265  # 90 03 <e> 91 82 01 00 <n>

# The digits that name each key of the test hierarchy (a real card's begin with 5, J-LIS's
# production hierarchy; test cards' with 6).
ROOT_NUMBER = "6000020"  # card level: root of the chain GET DATA 00F8 starts
MF_INTERMEDIATE_NUMBER = "6000021"
CARD_FACE_CA_NUMBER = "6000023"  # issues the 券面事項確認AP's EF 0004
CARD_FACE_SIGNER_NUMBER = "6000024"
CARD_INFO_CA_NUMBER = "6000033"  # issues the 券面事項入力補助AP's EF 0004
CARD_INFO_SIGNER_NUMBER = "6000034"


def key_id(number: str, group: str = "001") -> bytes:
    """A 16-byte key identifier: 7 ASCII digits, 08 05, 3 ASCII digits, 00 00 00 00."""
    if len(number) != 7 or len(group) != 3 or not (number + group).isdigit():
        raise ValueError("a key identifier is 7 digits and a 3-digit group")
    return number.encode("ascii") + b"\x08\x05" + group.encode("ascii") + bytes(4)


def public_key_object(key: rsa.RSAPublicKey) -> bytes:
    """An RSA-2048 public key as the card stores it: `90 03 <e>` then `91 82 01 00 <n>`."""
    numbers = key.public_numbers()
    if key.key_size != 2048 or numbers.e != 65537:
        raise ValueError("the card stores RSA-2048 keys with exponent 65537")
    return (tlv.encode(0x90, numbers.e.to_bytes(3, "big"))
            + tlv.encode(0x91, numbers.n.to_bytes(256, "big")))


def certificate(issuer_key: rsa.RSAPrivateKey, issuer_id: bytes, subject_id: bytes,
                subject_key: rsa.RSAPublicKey) -> bytes:
    """A whole 568-byte certificate; the signature covers the 297 body bytes (5F4E value)."""
    body = issuer_id + subject_id + public_key_object(subject_key)
    # PKCS#1 v1.5 with SHA-256 is this project's choice: the sources say which bytes are
    # signed, not the scheme.
    signature = issuer_key.sign(body, padding.PKCS1v15(), hashes.SHA256())
    return tlv.encode(TAG_CERTIFICATE,
                      tlv.encode(TAG_BODY, body) + tlv.encode(TAG_SIGNATURE, signature))


def template_contents(whole: bytes) -> bytes:
    """The certificate without its `7F 21 82 02 33` header, as GET DATA returns it."""
    if whole[:3] != b"\x7f\x21\x82":
        raise ValueError("not a card-verifiable certificate")
    return whole[5:]


@dataclass(frozen=True)
class CvcSigner:
    """A key that signs an application's data, with the certificate its CA issued for it."""

    key: rsa.RSAPrivateKey
    key_id: bytes
    ca_key: rsa.RSAPrivateKey
    ca_key_id: bytes

    @cached_property
    def certificate(self) -> bytes:
        """The application's EF 0004: 568 bytes."""
        return certificate(self.ca_key, self.ca_key_id, self.key_id, self.key.public_key())

    def sign(self, data: bytes) -> bytes:
        """RSA PKCS#1 v1.5 SHA-256 signature over `data` (256 bytes)."""
        return self.key.sign(data, padding.PKCS1v15(), hashes.SHA256())

    def sign_digest_info(self, digest_info: bytes) -> bytes:
        """PKCS#1 v1.5 type-1 signature of a ready-made DigestInfo (any hash length)."""
        return raw_pkcs1_sign(self.key, digest_info)


def raw_pkcs1_sign(key: rsa.RSAPrivateKey, digest_info: bytes) -> bytes:
    """Pad `digest_info` as PKCS#1 v1.5 block type 1 and apply the private key."""
    # The card face's signature covers a DigestInfo holding three digests (96 bytes), which
    # no standard hash fits, so the padding is done here rather than by the library.
    size = key.key_size // 8
    if len(digest_info) > size - 11:
        raise ValueError("the DigestInfo is too long for the key")
    block = b"\x00\x01" + b"\xff" * (size - 3 - len(digest_info)) + b"\x00" + digest_info
    numbers = key.private_numbers()
    value = pow(int.from_bytes(block, "big"), numbers.d, numbers.public_numbers.n)
    return value.to_bytes(size, "big")
