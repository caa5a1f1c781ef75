"""Checks at the card level and of application selection: no credential needed."""

from __future__ import annotations

from kiosk.card.conformance.probe import expect, expect_sw, hexed
from kiosk.card.conformance.reference import (
    CARD_CVC_OBJECT,
    CARD_OBJECTS,
    CONTACT_ATR,
    INVENTORY,
    Ap,
    select_ap,
    select_ef,
)
from kiosk.card.conformance.runner import Check, Context
from kiosk.card.conformance.steps import enter


def atr(context: Context) -> None:
    """The contact ATR of a My Number card."""
    seen = context.probe.atr
    expect(seen == CONTACT_ATR, f"ATR {hexed(seen)}, expected {hexed(CONTACT_ATR)}")


def card_level(context: Context) -> None:
    """After reset: no ISO MF, no 3F00, no logical channels; an AID prefix selects."""
    probe = context.probe
    expect_sw(probe.send(bytes.fromhex("00A40000")), 0x6A86, "SELECT MF 00 A4 00 00 after reset")
    expect_sw(probe.send(select_ef(0x3F00)), 0x6A82, "SELECT 3F00 by FID")
    expect_sw(probe.send(bytes([0x01]) + select_ap(Ap.JPKI)[1:]), 0x6881,
              "SELECT on logical channel 1 (CLA 01)")
    prefix = Ap.JPKI.value[:7]
    expect_sw(probe.send(bytes((0x00, 0xA4, 0x04, 0x0C, len(prefix))) + prefix), 0x9000,
              "SELECT by the first 7 bytes of the JPKI AID")


def inventory_check(ap: Ap) -> Check:
    """SELECT of the application and of every EF it has; an absent EF answers 6A82."""
    present_fids, absent = INVENTORY[ap]

    def run(context: Context) -> None:
        probe = context.probe
        enter(probe, ap)
        missing = [f"{fid:04X}" for fid in present_fids
                   if probe.send(select_ef(fid)).sw != 0x9000]
        expect(not missing, f"SELECT answers other than 9000 for EF {', '.join(missing)}")
        expect_sw(probe.send(select_ef(absent)), 0x6A82, f"SELECT of absent EF{absent:04X}")

    names = " ".join(f"{fid:04X}" for fid in present_fids)
    return Check(f"select-{ap.label}",
                 f"SELECT {ap.label} AID → 9000; EFs {names} → 9000; EF{absent:04X} → 6A82",
                 run)


def get_challenge(context: Context) -> None:
    """GET CHALLENGE gives exactly Le random bytes (1-256), at card level and in JPKI."""
    probe = context.probe
    for place in ("card level", "JPKI"):
        if place == "JPKI":
            enter(probe, Ap.JPKI)
        for le, size in ((0x01, 1), (0x08, 8), (0x00, 256)):
            answer = expect_sw(probe.send(bytes((0x00, 0x84, 0x00, 0x00, le))), 0x9000,
                               f"GET CHALLENGE Le {le:02X} at {place}")
            expect(len(answer.data) == size,
                   f"GET CHALLENGE Le {le:02X} at {place}: {len(answer.data)} bytes, "
                   f"expected {size}")
        first = probe.send(bytes.fromhex("0084000008")).data
        second = probe.send(bytes.fromhex("0084000008")).data
        expect(first != second, f"two GET CHALLENGEs at {place} gave the same bytes")
    expect_sw(probe.send(bytes.fromhex("00 84 00 00 00 00 08")), 0x6985,
              "GET CHALLENGE with extended Le")


def get_data(context: Context) -> None:
    """GET DATA of the card-level objects after reset; the CVC needs extended Le."""
    probe = context.probe
    for tag in CARD_OBJECTS:
        answer = probe.send(bytes((0x00, 0xCA, tag >> 8, tag & 0xFF, 0x00)))
        expect_sw(answer, 0x9000, f"GET DATA {tag:04X} after reset")
        expect(len(answer.data) > 0, f"GET DATA {tag:04X}: no data")
    cvc_tag = CARD_CVC_OBJECT.to_bytes(2, "big")
    expect_sw(probe.send(b"\x00\xca" + cvc_tag + b"\x00"), 0x6700,
              "GET DATA 00F8 (CVC) with short Le")
    cvc = expect_sw(probe.send(b"\x00\xca" + cvc_tag + b"\x00\x00\x00"), 0x9000,
                    "GET DATA 00F8 (CVC) with extended Le").data
    expect(cvc[:2] == b"\x5f\x4e" and b"\x5f\x37" in cvc,
           f"GET DATA 00F8: not CVC contents `5F 4E … 5F 37 …` (starts {hexed(cvc[:4])})")


CHECKS = [
    Check("atr", f"contact ATR {hexed(CONTACT_ATR)} (T=1, no historical bytes)", atr),
    Check("card-level", "after reset: 00 A4 00 00 → 6A86; SELECT 3F00 → 6A82; CLA 01 → "
          "6881; SELECT by AID prefix D3 92 F0 00 26 01 00 → 9000", card_level),
    *(inventory_check(ap) for ap in Ap),
    Check("get-challenge", "00 84 00 00 Le → exactly Le bytes (01→1, 08→8, 00→256) + 9000 at "
          "card level and in JPKI, fresh each time; extended Le → 6985", get_challenge),
    Check("get-data", "after reset GET DATA 0042 0045 0066 00F0 00F2 00F7 → data + 9000; "
          "00F8 with short Le → 6700, with extended Le → 5F 4E … 5F 37 … + 9000", get_data),
]
