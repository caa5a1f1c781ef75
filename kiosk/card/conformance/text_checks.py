"""Credentialed checks of the 券面事項入力補助 (text) application: needs `--pin`."""

from __future__ import annotations

import hashlib
import os

from kiosk.card.conformance.crypto import (
    Item,
    card_rsa_key,
    children,
    cvc_key,
    item_at,
    length_form_ok,
    sha256_digest_info,
    verifies,
    verifies_digest_info,
)
from kiosk.card.conformance.probe import Probe, expect, expect_ok, expect_sw, hexed
from kiosk.card.conformance.reference import (
    CVC_SIZE,
    TEXT_INTEGRITY_SIZE,
    TEXT_MY_NUMBER_SIZE,
    TEXT_PIN,
    Ap,
    verify,
)
from kiosk.card.conformance.runner import Check, Context
from kiosk.card.conformance.steps import count, enter, present, read_whole

BASIC_FOUR_TAGS = [0xDF22, 0xDF23, 0xDF24, 0xDF25]


def unlock(context: Context) -> Probe:
    """SELECT the text AP and VERIFY the card-info PIN."""
    probe = context.probe
    enter(probe, Ap.TEXT)
    assert context.credentials.pin is not None
    present(context, TEXT_PIN, "pin", context.credentials.pin)
    return probe


def my_number_file(context: Context) -> None:
    """EF0001 is 17 bytes `FF 10 0C <12 digits> FF FF`; SFI offset 3 reads the digits."""
    probe = unlock(context)
    data = expect_ok(probe.send(bytes.fromhex("00 B0 81 00 00"), secret_answer=True),
                     "READ BINARY 00 B0 81 00 00")
    expect(len(data) == TEXT_MY_NUMBER_SIZE,
           f"{len(data)} bytes, expected {TEXT_MY_NUMBER_SIZE} (15-byte TLV + FF FF)")
    # Only the framing bytes are shown: the digits are the My Number.
    expect(data[:3] == b"\xff\x10\x0c" and data[15:] == b"\xff\xff" and data[3:15].isdigit(),
           f"framing {hexed(data[:3])} … {hexed(data[15:])}, expected FF 10 0C <12 ASCII "
           "digits> FF FF")
    digits = expect_ok(probe.send(bytes.fromhex("00 B0 81 03 0C"), secret_answer=True),
                       "READ BINARY 00 B0 81 03 0C")
    expect(digits == data[3:15], "00 B0 81 03 0C did not give the 12 digits (P2 = offset)")


def verify_after_success(context: Context) -> None:
    """An empty VERIFY right after a correct VERIFY still answers 63Cx with the full count."""
    probe = unlock(context)
    left = count(probe, TEXT_PIN)
    expect(left == TEXT_PIN.max_tries,
           f"63C{left:X} after a correct VERIFY, expected 63C{TEXT_PIN.max_tries}")
    expect_sw(probe.send(verify(0x91)), 0x63C0 | left, "a second empty VERIFY")


def integrity_record(context: Context) -> None:
    """EF0003: DF31 = SHA-256 of the 17 EF0001 bytes, DF32 = SHA-256 of DF22…DF25, DF33 a
    SHA-256 PKCS#1 signature over DF31‖DF32 under the key certified in EF0004."""
    probe = unlock(context)
    number = read_whole(probe, Ap.TEXT, 0x01, secret=True)[:TEXT_MY_NUMBER_SIZE]
    basic = read_whole(probe, Ap.TEXT, 0x02)
    record = read_whole(probe, Ap.TEXT, 0x03)
    expect(len(record) >= TEXT_INTEGRITY_SIZE, f"EF0003 is {len(record)} bytes, expected 336")
    expect(record[:5] == bytes.fromhex("FF 30 82 01 4B"),
           f"EF0003 starts {hexed(record[:5])}, expected FF 30 82 01 4B")
    items = children(record, 5, TEXT_INTEGRITY_SIZE)
    expect([item.tag for item in items] == [0xDF31, 0xDF32, 0xDF33],
           f"EF0003 tags {[f'{item.tag:X}' for item in items]}, expected DF31 DF32 DF33")
    expect(items[0].value == hashlib.sha256(number).digest(),
           "DF31 is not SHA-256 of the 17 physical bytes of EF0001")
    fields = offset_fields(basic, BASIC_FOUR_TAGS)
    covered = basic[fields[0].start:fields[-1].end]
    expect(items[1].value == hashlib.sha256(covered).digest(),
           "DF32 is not SHA-256 of the DF22…DF25 TLVs of EF0002")
    key = cvc_key(read_whole(probe, Ap.TEXT, 0x04)[:CVC_SIZE])
    expect(verifies(key, items[2].value, record[5:75]),
           "DF33 does not verify (SHA-256 PKCS#1 v1.5 over the 70 DF31‖DF32 bytes) under "
           "the key of text EF0004")


def basic_four_offsets(context: Context) -> None:
    """EF0002's DF21 lists the absolute file offset of each DF22…DF25 tag, in order."""
    probe = unlock(context)
    offset_fields(read_whole(probe, Ap.TEXT, 0x02), BASIC_FOUR_TAGS)


def offset_fields(data: bytes, tags: list[int]) -> list[Item]:
    """The fields of an `FF 20 { DF21 <offsets>, … }` file, checked against DF21."""
    outer = item_at(data, 0)
    expect(outer.tag == 0xFF20, f"outer tag {outer.tag:X}, expected FF20")
    items = children(data, outer.header, outer.end)
    expect([item.tag for item in items] == [0xDF21, *tags],
           f"tags {' '.join(f'{item.tag:X}' for item in items)}, expected DF21 "
           + " ".join(f"{tag:X}" for tag in tags))
    table, fields = items[0], items[1:]
    offsets = [int.from_bytes(table.value[i:i + 2], "big")
               for i in range(0, len(table.value), 2)]
    starts = [item.start for item in fields]
    expect(offsets == starts, f"DF21 offsets {offsets}, the tags are at {starts} (absolute "
           "offsets from byte 0 of the EF)")
    for item in items:
        # Lengths below 0x80 are short; longer ones are always `82 hh ll`.
        expect(length_form_ok(item),
               f"{item.tag:X}: length {len(item.value)} in the wrong form")
    return fields


def ap_key(context: Context) -> None:
    """EF0007 DF51 is the AP key (certified by DF52 under EF0004) and `80 2A 00 00`
    signs under it."""
    probe = unlock(context)
    signing = read_whole(probe, Ap.TEXT, 0x07)
    outer = item_at(signing, 0)
    expect(outer.tag == 0xFF50, f"EF0007 outer tag {outer.tag:X}, expected FF50")
    key_item, signature = children(signing, outer.header, outer.end)[:2]
    expect((key_item.tag, signature.tag) == (0xDF51, 0xDF52), "EF0007 needs DF51 then DF52")
    ca_key = cvc_key(read_whole(probe, Ap.TEXT, 0x04)[:CVC_SIZE])
    expect(verifies(ca_key, signature.value, signing[key_item.start:key_item.end]),
           "DF52 does not verify over the DF51 TLV under the EF0004 key")
    digest_info = sha256_digest_info(os.urandom(32))
    command = bytes((0x80, 0x2A, 0x00, 0x00, len(digest_info))) + digest_info + b"\x00"
    signed = expect_ok(probe.send(command), "80 2A 00 00 in text")
    expect(verifies_digest_info(card_rsa_key(key_item.value), signed, digest_info),
           "the 80 2A 00 00 signature does not verify under EF0007 DF51")


CHECKS = [
    Check("text-ef0001", "after VERIFY 00 20 00 91 04 **: 00 B0 81 00 00 → 17 bytes FF 10 0C "
          "<12 digits> FF FF + 9000; 00 B0 81 03 0C → the 12 digits", my_number_file,
          ("pin",)),
    Check("text-verify-after-success", "after a correct VERIFY, empty 00 20 00 91 → 63C3 "
          "(counter back to its limit), twice", verify_after_success, ("pin",)),
    Check("text-ef0003", "EF0003: FF 30 82 01 4B {DF31 = SHA-256(17 B of EF0001), DF32 = "
          "SHA-256(DF22…DF25 TLVs), DF33 = SHA-256 PKCS#1 over the 70 bytes, EF0004 key}",
          integrity_record, ("pin",)),
    Check("text-df21", "EF0002: FF 20 {DF21 = absolute offsets of DF22 DF23 DF24 DF25 tags}; "
          "lengths short below 80, else 82 hh ll", basic_four_offsets, ("pin",)),
    Check("text-ap-key-verifies", "EF0007 FF 50 {DF51 key, DF52 = signature of DF51 under "
          "EF0004 key}; 80 2A 00 00 signs under DF51", ap_key, ("pin",)),
]
