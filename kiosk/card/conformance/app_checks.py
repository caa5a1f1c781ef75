"""Free checks inside the applications: PIN counts, 共通AP, 券面 keys, free file layouts."""

from __future__ import annotations

import os

from kiosk.card.conformance.crypto import children, cvc_key, item_at, sha256_digest_info
from kiosk.card.conformance.probe import expect, expect_ok, expect_sw, hexed, tries_left
from kiosk.card.conformance.reference import (
    CVC_SIZE,
    EVERY_PIN,
    Ap,
    read_binary,
    select_ef,
    verify,
)
from kiosk.card.conformance.runner import Check, Context
from kiosk.card.conformance.steps import enter, read_whole


def pin_counts(context: Context) -> None:
    """Empty VERIFY of every PIN answers 63Cx, by SFI and after SELECT, and uses no try."""
    probe = context.probe
    seen = []
    for pin in EVERY_PIN:
        enter(probe, pin.ap)
        by_sfi = tries_left(probe.send(verify(0x80 | pin.fid)), f"00 20 00 {0x80 | pin.fid:02X}"
                            f" ({pin.name})")
        expect_ok(probe.send(select_ef(pin.fid)), f"SELECT EF{pin.fid:04X} ({pin.name})")
        current = tries_left(probe.send(verify(0x80)), f"00 20 00 80 after SELECT ({pin.name})")
        again = tries_left(probe.send(verify(0x80)), f"a second 00 20 00 80 ({pin.name})")
        expect(by_sfi == current == again,
               f"{pin.name}: counts {by_sfi}, {current}, {again} differ (an empty VERIFY "
               "must not use a try)")
        expect(pin.max_tries is None or by_sfi <= pin.max_tries,
               f"{pin.name}: {by_sfi} tries left, more than its limit {pin.max_tries}")
        seen.append(f"{pin.name} {by_sfi}")
    context.warn("tries left: " + "; ".join(seen))


def common_record(context: Context) -> None:
    """共通AP EF0001 record 1: `01 1C` + 28 ASCII digits, by FID and by SFI in P2."""
    probe = context.probe
    enter(probe, Ap.COMMON)
    for p2, how in ((0x0C, "SFI 1 in P2 (00 B2 01 0C)"), (0x04, "current EF (00 B2 01 04)")):
        if p2 == 0x04:
            expect_ok(probe.send(select_ef(0x01)), "SELECT 共通 EF0001")
        record = expect_ok(probe.send(bytes((0x00, 0xB2, 0x01, p2, 0x00))),
                           f"READ RECORD 1 by {how}")
        expect(len(record) == 30 and record[:2] == b"\x01\x1c"
               and record[2:].isdigit(),
               f"record by {how} is {hexed(record[:4])}… ({len(record)} bytes), expected "
               "01 1C + 28 ASCII digits")


def internal_authenticate(context: Context) -> None:
    """共通AP INTERNAL AUTHENTICATE `00 88 00 99` signs a challenge: 256 bytes, no PIN."""
    probe = context.probe
    enter(probe, Ap.COMMON)
    signatures = []
    for _ in range(2):
        challenge = os.urandom(16)
        command = bytes((0x00, 0x88, 0x00, 0x99, len(challenge))) + challenge + b"\x00"
        signature = expect_ok(probe.send(command), "INTERNAL AUTHENTICATE 00 88 00 99")
        expect(len(signature) == 256, f"{len(signature)} bytes, expected 256")
        signatures.append(signature)
    expect(signatures[0] != signatures[1], "two challenges gave the same signature")


def ap_key_signs(ap: Ap) -> Check:
    """`80 2A 00 00` with a SHA-256 DigestInfo signs with the AP's own key, no credential."""

    def run(context: Context) -> None:
        probe = context.probe
        enter(probe, ap)
        digest_info = sha256_digest_info(os.urandom(32))
        command = bytes((0x80, 0x2A, 0x00, 0x00, len(digest_info))) + digest_info + b"\x00"
        signature = expect_ok(probe.send(command), f"80 2A 00 00 in {ap.label}")
        expect(len(signature) == 256, f"{len(signature)} bytes, expected 256")

    return Check(f"{ap.label}-ap-key", f"{ap.label}: 80 2A 00 00 33 <SHA-256 DigestInfo> 00 "
                 "→ 256-byte signature + 9000 without a credential (verified under the AP "
                 "key by the credentialed checks)", run)


def cvc_layout(ap: Ap) -> Check:
    """EF0004 is a 568-byte CVC whose key is in the card's key encoding."""

    def run(context: Context) -> None:
        probe = context.probe
        enter(probe, ap)
        data = read_whole(probe, ap, 0x04)
        expect(len(data) >= CVC_SIZE, f"{len(data)} bytes, expected {CVC_SIZE}")
        expect(data[:10] == bytes.fromhex("7F 21 82 02 33 5F 4E 82 01 29"),
               f"starts {hexed(data[:10])}, expected 7F 21 82 02 33 5F 4E 82 01 29")
        cvc_key(data[:CVC_SIZE])
        signature = item_at(data, 5 + 5 + 0x129)  # past both headers and the body
        expect(signature.tag == 0x5F37 and len(signature.value) == 256,
               f"signature TLV {signature.tag:X} of {len(signature.value)} bytes, "
               "expected 5F37 of 256")

    return Check(f"{ap.label}-ef0004", f"{ap.label} EF0004 (00 B0 84 00 00 00 00): 568-byte "
                 "CVC 7F 21 82 02 33 { 5F 4E 82 01 29 <ids 32, key 90 03 01 00 01 91 82 01 "
                 "00 n>, 5F 37 82 01 00 <256> }", run)


def text_ef0005(context: Context) -> None:
    """Text EF0005: `FF 40 82 00 9F` {DF41 4 B, byte 1 = 03; DF42 16-B key ID; DF43 128 B},
    and a short read of Le 00 gives 256 bytes (filler included)."""
    probe = context.probe
    enter(probe, Ap.TEXT)
    data = expect_ok(probe.send(bytes.fromhex("00 B0 85 00 00")), "READ BINARY 00 B0 85 00 00")
    expect(len(data) == 256, f"{len(data)} bytes, expected 256 (physical EF with filler)")
    expect(data[:5] == bytes.fromhex("FF 40 82 00 9F"),
           f"starts {hexed(data[:5])}, expected FF 40 82 00 9F")
    items = children(data, 5, 5 + 0x9F)
    expect([item.tag for item in items] == [0xDF41, 0xDF42, 0xDF43],
           f"tags {[f'{item.tag:X}' for item in items]}, expected DF41 DF42 DF43")
    basic, key_id, signature = items
    expect(len(basic.value) == 4 and basic.value[1] == 0x03,
           f"DF41 {hexed(basic.value)}, expected 4 bytes with byte 1 = 03")
    expect(len(key_id.value) == 16 and key_id.value[:7].isdigit(),
           f"DF42 {hexed(key_id.value)}, expected a 16-byte key ID (7 ASCII digits first)")
    expect(len(signature.value) == 128 and signature.long_form,
           "DF43 must be `DF 43 82 00 80` + 128 bytes")


def protected_reads(context: Context) -> None:
    """Without a credential text EF0001 gives no data; a key IEF read answers 6981."""
    probe = context.probe
    enter(probe, Ap.TEXT)
    answer = probe.send(bytes.fromhex("00 B0 81 00 00"), secret_answer=True)
    expect(answer.sw != 0x9000 and not answer.data,
           f"text EF0001 read without a PIN answered {answer.sw:04X} with "
           f"{len(answer.data)} bytes, expected 6982 and no data")
    enter(probe, Ap.JPKI)
    expect_ok(probe.send(select_ef(0x17)), "SELECT JPKI EF0017 (auth key)")
    expect_sw(probe.send(read_binary(0, 4)), 0x6981, "READ BINARY of the key IEF 0017")


CHECKS = [
    Check("pin-counts", "every PIN: empty VERIFY 00 20 00 80|SFI and 00 20 00 80 after SELECT "
          "→ 63Cx, the same x twice (no try used), x ≤ limit (JPKI auth 3, sign 5, card-info "
          "PIN 3)", pin_counts),
    Check("protected-reads", "text EF0001 without a credential → no data (6982); READ BINARY "
          "of JPKI key IEF 0017 → 6981", protected_reads),
    Check("common-record", "共通 READ RECORD 00 B2 01 0C 00 and, after SELECT EF0001, "
          "00 B2 01 04 00 → 01 1C + 28 ASCII digits + 9000", common_record),
    Check("common-internal-auth", "共通 00 88 00 99 10 <challenge> 00 → 256 bytes + 9000, "
          "no PIN; a new challenge gives a new signature", internal_authenticate),
    ap_key_signs(Ap.TEXT),
    ap_key_signs(Ap.SURFACE),
    cvc_layout(Ap.TEXT),
    cvc_layout(Ap.SURFACE),
    Check("text-ef0005", "text 00 B0 85 00 00 → 256 bytes + 9000: FF 40 82 00 9F {DF41 4 B "
          "(byte 1 = 03), DF42 16-B key ID, DF 43 82 00 80 <128>} + filler", text_ef0005),
]
