"""COMPUTE DIGITAL SIGNATURE and INTERNAL AUTHENTICATE answer as the real card does."""

from __future__ import annotations

import hashlib

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, utils

from tests.hw.vcard.card_os_kit import (
    AUTH_PIN,
    COMMON_AID,
    JPKI_AID,
    JUKI_AID,
    SIGN_PASSWORD,
    SURFACE_AID,
    TEXT_AID,
    Talk,
    ascii_data,
    private_key,
    select,
    select_ef,
)

SHA256_PREFIX = bytes.fromhex("3031300D060960864801650304020105000420")
MESSAGE = b"challenge from the eligibility system"
DIGEST = hashlib.sha256(MESSAGE).digest()
DIGEST_INFO = SHA256_PREFIX + DIGEST


def _case4(header: str, data: bytes) -> str:
    return header + f"{len(data):02X}" + data.hex() + "00"


def _raw(name: str, signature: bytes) -> bytes:
    """The padded block inside a signature (public-key operation)."""
    public = private_key(name).public_key().public_numbers()
    value = pow(int.from_bytes(signature, "big"), public.e, public.n)
    return value.to_bytes(256, "big")


def _pkcs1_block(data: bytes) -> bytes:
    return b"\x00\x01" + b"\xff" * (256 - 3 - len(data)) + b"\x00" + data


@pytest.fixture
def auth() -> Talk:
    talk = Talk()
    talk(select(JPKI_AID), "00200098" + ascii_data(AUTH_PIN))
    return talk


def test_opensc_signs_a_digest_info_with_the_current_key(auth):
    # OpenSC: SELECT 0017, `80 2A 00 80 Lc <DigestInfo> 00` (case 4, Le 00) -> 256 B + 9000.
    auth(select_ef(0x0017))
    signature = auth.data(_case4("802A0080", DIGEST_INFO))
    assert len(signature) == 256
    private_key("auth").public_key().verify(signature, MESSAGE, padding.PKCS1v15(),
                                            hashes.SHA256())


def test_key_by_sfi_gives_the_same_signature(auth):
    # `80 2A 00 97` equals SELECT 0017 + `80 2A 00 80` (PKCS#1 v1.5 is deterministic).
    by_sfi = auth.data(_case4("802A0097", DIGEST_INFO))
    auth(select_ef(0x0017))
    assert auth.data(_case4("802A0080", DIGEST_INFO)) == by_sfi


def test_sign_key_by_sfi_9a_needs_the_signature_password(auth):
    assert auth(_case4("802A009A", DIGEST_INFO)) == "6982"
    auth("0020009B" + ascii_data(SIGN_PASSWORD))
    signature = auth.data(_case4("802A009A", DIGEST_INFO))
    private_key("sign").public_key().verify(signature, MESSAGE, padding.PKCS1v15(),
                                            hashes.SHA256())


def test_p1_01_the_card_hashes_and_pads_the_bare_hash(auth):
    signature = auth.data(_case4("802A0197", MESSAGE))
    assert _raw("auth", signature) == _pkcs1_block(DIGEST)


def test_p1_02_a_given_hash_goes_into_a_digest_info(auth):
    signature = auth.data(_case4("802A0297", DIGEST))
    assert _raw("auth", signature) == _pkcs1_block(DIGEST_INFO)
    assert auth(_case4("802A0297", DIGEST[:31])) == "6700"


def test_p1_03_the_card_hashes_into_a_digest_info(auth):
    signature = auth.data(_case4("802A0397", MESSAGE))
    assert _raw("auth", signature) == _pkcs1_block(DIGEST_INFO)


@pytest.mark.parametrize(("p1", "data"), [("04", DIGEST), ("05", MESSAGE)])
def test_p1_04_05_pss(auth, p1, data):
    signature = auth.data(_case4(f"802A{p1}97", data))
    pss = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=32)
    private_key("auth").public_key().verify(signature, DIGEST, pss,
                                            utils.Prehashed(hashes.SHA256()))


def test_other_p1_is_6a86(auth):
    assert auth(_case4("802A0697", DIGEST_INFO)) == "6A86"
    assert auth(_case4("802A8097", DIGEST_INFO)) == "6A86"


def test_the_padding_needs_room(auth):
    assert auth(_case4("802A0097", bytes(246))) == "6700"
    assert len(auth.data(_case4("802A0097", bytes(245)))) == 256
    assert auth("802A0097") == "6700"  # no data


def test_signing_without_the_pin_is_6982():
    talk = Talk()
    assert talk(select(JPKI_AID), select_ef(0x0017), _case4("802A0080", DIGEST_INFO)) == "6982"


def test_signing_addressing_errors(auth):
    assert auth(_case4("802A0080", DIGEST_INFO)) == "6986"  # no current EF
    assert auth(_case4("802A0098", DIGEST_INFO)) == "6981"  # a PIN, not a key
    assert auth(_case4("802A0083", DIGEST_INFO)) == "6A82"
    assert auth(_case4("802A0040", DIGEST_INFO)) == "6A86"
    assert auth(_case4("802A0000", DIGEST_INFO)) == "6A86"  # JPKI has no application key


@pytest.mark.parametrize(("aid", "name"), [(SURFACE_AID, "surface"), (TEXT_AID, "text")])
def test_card_face_applications_sign_with_their_own_key_without_a_pin(aid, name):
    # `80 2A 00 00 Lc <SHA-256 DigestInfo> 00` proves card presence; verifies under the
    # application's public key (card face DF24, text EF0007 DF51).
    talk = Talk()
    talk(select(aid))
    signature = talk.data(_case4("802A0000", DIGEST_INFO))
    private_key(name).public_key().verify(signature, MESSAGE, padding.PKCS1v15(),
                                          hashes.SHA256())
    assert talk(_case4("802A0100", DIGEST_INFO)) == "6A86"


def test_application_key_by_sfi_is_not_a_jpki_key():
    talk = Talk()
    assert talk(select(SURFACE_AID), _case4("802A009A", DIGEST_INFO)) == "6985"


def test_internal_authenticate_in_the_common_application():
    # 共通: `00 88 00 99 Lc <challenge> 00` -> sha256WithRSA over the challenge, no PIN.
    talk = Talk()
    challenge = bytes(range(8))
    talk(select(COMMON_AID))
    signature = talk.data(_case4("00880099", challenge))
    private_key("common").public_key().verify(signature, challenge, padding.PKCS1v15(),
                                              hashes.SHA256())
    talk(select_ef(0x0019))
    assert len(talk.data(_case4("00880080", bytes(255)))) == 256


def test_internal_authenticate_length_and_parameters():
    talk = Talk()
    talk(select(COMMON_AID))
    assert talk("0088009900") == "6700"  # no challenge
    assert talk("00880099000100" + "00" * 256 + "0000") == "6700"  # 256 bytes
    assert talk(_case4("00880199", b"x")) == "6A86"
    assert talk(_case4("00880000", b"x")) == "6A86"
    assert talk(_case4("0088009C", b"x")) == "6981"  # the PIN


def test_internal_authenticate_with_other_keys():
    # A PIN-gated key: 6982; a key that needs no PIN but serves another command: 6985.
    talk = Talk()
    assert talk(select(JPKI_AID), _case4("00880097", b"x")) == "6982"
    talk("00200098" + ascii_data(AUTH_PIN))
    assert talk(_case4("00880097", b"x")) == "6985"
    assert talk(select(SURFACE_AID), _case4("0088009A", b"x")) == "6985"
    assert talk(select(JUKI_AID), _case4("00880080", b"x")) == "6986"
