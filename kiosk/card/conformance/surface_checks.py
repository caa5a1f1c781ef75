"""Credentialed checks of the 券面事項確認 (surface) application: needs `--collation-b`."""

from __future__ import annotations

import hashlib
import os

from kiosk.card.conformance.crypto import (
    card_rsa_key,
    cvc_key,
    sha256_digest_info,
    verifies_digest_info,
)
from kiosk.card.conformance.probe import Probe, expect, expect_ok, hexed
from kiosk.card.conformance.reference import (
    CVC_SIZE,
    JP2_SIGNATURE,
    SURFACE_COLLATION_B,
    THREE_DIGEST_INFO_PREFIX,
    Ap,
)
from kiosk.card.conformance.runner import Check, Context
from kiosk.card.conformance.steps import count, enter, present, read_whole
from kiosk.card.conformance.text_checks import offset_fields

FACE_TAGS = [0xDF22, 0xDF23, 0xDF24, 0xDF25, 0xDF26, 0xDF27, 0xDF28, 0xDF29, 0xDF2A]


def unlock(context: Context) -> Probe:
    """SELECT the surface AP and VERIFY 照合番号B."""
    probe = context.probe
    enter(probe, Ap.SURFACE)
    assert context.credentials.collation_b is not None
    present(context, SURFACE_COLLATION_B, "collation_b", context.credentials.collation_b)
    return probe


def card_face(context: Context) -> None:
    """EF0002: tags DF21…DF2A, DF21 offsets, DF24 key encoding, JP2 photo, DF28 over the
    three digests under the surface EF0004 key."""
    probe = unlock(context)
    data = read_whole(probe, Ap.SURFACE, 0x02)
    expect(data[:2] == b"\xff\x20" and data[2] == 0x82,
           f"EF0002 starts {hexed(data[:3])}, expected FF 20 82")
    fields = {item.tag: item for item in offset_fields(data, FACE_TAGS)}
    card_rsa_key(fields[0xDF24].value)
    photo = fields[0xDF27].value
    expect(photo.startswith(JP2_SIGNATURE),
           f"DF27 starts {hexed(photo[:12])}, expected the JP2 container {hexed(JP2_SIGNATURE)}")

    def tlvs(*tags: int) -> bytes:
        return data[fields[tags[0]].start:fields[tags[-1]].end]

    digests = b"".join(hashlib.sha256(part).digest() for part in (
        tlvs(0xDF22, 0xDF23, 0xDF24), tlvs(0xDF25, 0xDF26), tlvs(0xDF27)))
    key = cvc_key(read_whole(probe, Ap.SURFACE, 0x04)[:CVC_SIZE])
    expect(verifies_digest_info(key, fields[0xDF28].value, THREE_DIGEST_INFO_PREFIX + digests),
           "DF28 does not verify under the surface EF0004 key over the DigestInfo of the "
           "three SHA-256 digests (DF22‖DF23‖DF24, DF25‖DF26, DF27)")


def ap_key(context: Context) -> None:
    """`80 2A 00 00` in the surface AP signs under the card key DF24."""
    probe = unlock(context)
    data = read_whole(probe, Ap.SURFACE, 0x02)
    fields = {item.tag: item for item in offset_fields(data, FACE_TAGS)}
    digest_info = sha256_digest_info(os.urandom(32))
    command = bytes((0x80, 0x2A, 0x00, 0x00, len(digest_info))) + digest_info + b"\x00"
    signed = expect_ok(probe.send(command), "80 2A 00 00 in surface")
    expect(verifies_digest_info(card_rsa_key(fields[0xDF24].value), signed, digest_info),
           "the 80 2A 00 00 signature does not verify under EF0002 DF24")


def verify_after_success(context: Context) -> None:
    """An empty VERIFY right after a correct VERIFY answers 63Cx (not 9000)."""
    probe = unlock(context)
    count(probe, SURFACE_COLLATION_B)


CHECKS = [
    Check("surface-ef0002", "after VERIFY 00 20 00 92 0E **: 00 B0 82 00 00 00 00 → FF 20 82 "
          "hh ll {DF21 offsets, DF22…DF2A in order}, DF24 = 90 03 01 00 01 91 82 01 00 <n>, "
          "DF27 JP2 container, DF28 = PKCS#1 over 30 71 … 04 60 <3 SHA-256> under EF0004 key",
          card_face, ("collation_b",)),
    Check("surface-ap-key-verifies", "80 2A 00 00 33 <DigestInfo> 00 → signature under DF24",
          ap_key, ("collation_b",)),
    Check("surface-verify-after-success", "after a correct VERIFY of 照合番号B, empty "
          "00 20 00 92 → 63Cx", verify_after_success, ("collation_b",)),
]
