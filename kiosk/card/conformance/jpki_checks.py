"""Credentialed checks of the JPKI application as OpenSC drives it: needs `--auth-pin`."""

from __future__ import annotations

import os

from kiosk.card.conformance.crypto import (
    certificate_key,
    sha256_digest_info,
    verifies_digest_info,
)
from kiosk.card.conformance.probe import expect, expect_ok, expect_sw, hexed
from kiosk.card.conformance.reference import JPKI_AUTH_PIN, Ap, read_binary, select_ef, verify
from kiosk.card.conformance.runner import Check, Context
from kiosk.card.conformance.steps import enter, present, read_selected


def login_state(context: Context) -> None:
    """OpenSC's flow: SELECT 0018, VERIFY, then empty `00 20 00 80` must answer 63C3."""
    probe = context.probe
    enter(probe, Ap.JPKI)
    assert context.credentials.auth_pin is not None
    present(context, JPKI_AUTH_PIN, "auth_pin", context.credentials.auth_pin)
    expect_ok(probe.send(select_ef(0x18)), "SELECT JPKI EF0018")
    expect_sw(probe.send(verify(0x80)), 0x63C3,
              "empty VERIFY 00 20 00 80 right after a correct VERIFY (OpenSC reads the tries "
              "left from it and fails on anything but 63Cx)")


def signs(context: Context) -> None:
    """`80 2A 00 80` after SELECT 0017 and `80 2A 00 97` by SFI sign a DigestInfo with
    PKCS#1 v1.5; both verify under the auth certificate."""
    probe = context.probe
    enter(probe, Ap.JPKI)
    expect_ok(probe.send(select_ef(0x0A)), "SELECT JPKI EF000A")
    head = expect_ok(probe.send(read_binary(0, 4)), "READ BINARY EF000A Le 04")
    size = int.from_bytes(head[2:4], "big") + 4
    key = certificate_key(read_selected(probe, "JPKI EF000A")[:size])
    assert context.credentials.auth_pin is not None
    present(context, JPKI_AUTH_PIN, "auth_pin", context.credentials.auth_pin)
    for p2, select in ((0x80, True), (0x97, False)):
        if select:
            expect_ok(probe.send(select_ef(0x17)), "SELECT JPKI EF0017")
        digest_info = sha256_digest_info(os.urandom(32))
        command = bytes((0x80, 0x2A, 0x00, p2, len(digest_info))) + digest_info + b"\x00"
        signature = expect_ok(probe.send(command), f"80 2A 00 {p2:02X}")
        expect(len(signature) == 256, f"80 2A 00 {p2:02X}: {len(signature)} bytes")
        expect(verifies_digest_info(key, signature, digest_info),
               f"80 2A 00 {p2:02X}: signature {hexed(signature[:8])}… does not verify under "
               "the auth certificate's key")


CHECKS = [
    Check("jpki-verify-after-success", "SELECT 0018; 00 20 00 80 04 ** → 9000; empty "
          "00 20 00 80 → 63C3", login_state, ("auth_pin",)),
    Check("jpki-sign", "after the auth PIN, 80 2A 00 80 (after SELECT 0017) and 80 2A 00 97 "
          "with a SHA-256 DigestInfo → 256 bytes + 9000, verifying under EF000A's key", signs,
          ("auth_pin",)),
]
