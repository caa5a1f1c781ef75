"""READ BINARY semantics and the free JPKI files: no credential needed."""

from __future__ import annotations

from kiosk.card.conformance.crypto import certificate_key
from kiosk.card.conformance.probe import expect, expect_ok, expect_sw, hexed
from kiosk.card.conformance.reference import (
    JPKI_BOTH_CERTIFICATES,
    TOKEN_INFO_SIZE,
    TOKEN_LABEL,
    Ap,
    read_binary,
    read_sfi,
)
from kiosk.card.conformance.runner import Check, Context
from kiosk.card.conformance.steps import WHOLE_FILE, open_ef, read_selected

# JPKI certificates readable without a credential: auth, auth CA, signature CA.
FREE_CERTIFICATES = (0x0A, 0x0B, 0x02)


def token_info(context: Context) -> None:
    """JPKI EF0006 read with Le 00 is the 160-byte token info labelled JPKIAPICCTOKEN2."""
    probe = context.probe
    open_ef(probe, Ap.JPKI, 0x06)
    data = expect_ok(probe.send(read_binary(0, 256)), "READ BINARY JPKI EF0006 Le 00")
    expect(len(data) == TOKEN_INFO_SIZE, f"{len(data)} bytes, expected {TOKEN_INFO_SIZE} "
           "(a short Le beyond the end answers the remaining bytes)")
    expect(data[:32] == TOKEN_LABEL, f"label {data[:32]!r}, expected {TOKEN_LABEL!r}")


def certificate_flags(context: Context) -> None:
    """JPKI EF0008 is exactly `8F 8F 00` (both certificates present)."""
    probe = context.probe
    open_ef(probe, Ap.JPKI, 0x08)
    data = expect_ok(probe.send(read_binary(0, 256)), "READ BINARY JPKI EF0008 Le 00")
    expect(data == JPKI_BOTH_CERTIFICATES,
           f"{hexed(data)}, expected {hexed(JPKI_BOTH_CERTIFICATES)}")


def past_the_end(context: Context) -> None:
    """An offset beyond the end of the EF answers 6B00."""
    probe = context.probe
    open_ef(probe, Ap.JPKI, 0x08)
    expect_sw(probe.send(read_binary(0x10, 1)), 0x6B00, "READ BINARY EF0008 at offset 0x10")
    open_ef(probe, Ap.JPKI, 0x0A)
    expect_sw(probe.send(read_binary(0x7F00, 1)), 0x6B00,
              "READ BINARY EF000A at offset 0x7F00")


def certificates(context: Context) -> None:
    """Each free JPKI certificate: `30 82 HH LL` from a 4-byte read, whole file with
    extended Le `00 00 00`, an X.509 certificate of HHLL+4 bytes."""
    probe = context.probe
    for fid in FREE_CERTIFICATES:
        open_ef(probe, Ap.JPKI, fid)
        head = expect_ok(probe.send(read_binary(0, 4)), f"READ BINARY EF{fid:04X} Le 04")
        expect(len(head) == 4 and head[:2] == b"\x30\x82",
               f"EF{fid:04X} starts {hexed(head)}, expected 30 82 HH LL")
        size = int.from_bytes(head[2:4], "big") + 4
        whole = read_selected(probe, f"JPKI EF{fid:04X} with extended Le 00 00 00")
        expect(len(whole) >= size, f"EF{fid:04X}: {len(whole)} bytes, the DER needs {size}")
        certificate_key(whole[:size])


def sfi_offsets(context: Context) -> None:
    """SFI READ BINARY (P1 80|SFI) takes P2 as an offset: `8A 00 04` then `8A 04 <len>`."""
    probe = context.probe
    open_ef(probe, Ap.JPKI, 0x06)  # another EF current: the SFI read must switch to 000A
    head = expect_ok(probe.send(read_sfi(0x0A, 0, 4)), "READ BINARY 00 B0 8A 00 04")
    expect(head[:2] == b"\x30\x82", f"SFI 0A starts {hexed(head)}, expected 30 82 HH LL")
    body_size = int.from_bytes(head[2:4], "big")
    body = expect_ok(probe.send(read_sfi(0x0A, 4, body_size)),
                     f"READ BINARY 00 B0 8A 04 with Le {body_size}")
    expect(len(body) == body_size, f"{len(body)} bytes, expected {body_size}")
    whole = read_selected(probe, "after the SFI read, the current EF from offset 0")
    expect(whole[:4 + body_size] == head + body,
           "SFI reads differ from the current EF's content: the SFI did not make EF000A "
           "current, or P2 was not taken as an offset")


def read_semantics(context: Context) -> None:
    """A short Le past the end returns the remaining bytes with 9000 (never 6282)."""
    probe = context.probe
    open_ef(probe, Ap.JPKI, 0x0A)
    whole = read_selected(probe, "JPKI EF000A with extended Le 00 00 00")
    offset = max(len(whole) - 5, 0)
    tail = expect_ok(probe.send(read_binary(offset, 200)),
                     f"READ BINARY EF000A at offset {offset} with Le C8")
    expect(tail == whole[offset:], f"{len(tail)} bytes, expected the {len(whole) - offset} "
           "remaining bytes")
    expect_ok(probe.send(read_binary(0, WHOLE_FILE)), "READ BINARY with extended Le again")


CHECKS = [
    Check("read-remaining", "READ BINARY with short Le beyond the end → the remaining bytes + "
          "9000; extended Le 00 00 00 → the whole remainder + 9000", read_semantics),
    Check("read-past-end", "READ BINARY at an offset beyond the EF → 6B00", past_the_end),
    Check("read-sfi-offset", "00 B0 8A 00 04 → 30 82 HH LL; 00 B0 8A 04 00 HH LL → the rest "
          "(P2 = offset); the SFI makes EF000A current", sfi_offsets),
    Check("jpki-certificates", "JPKI EF000A, 000B, 0002: 30 82 HH LL, whole file by extended "
          "Le, X.509 with an RSA key", certificates),
    Check("jpki-token-info", "JPKI EF0006 with Le 00 → 160 bytes + 9000, bytes 0-31 = "
          "'JPKIAPICCTOKEN2' + 17 spaces", token_info),
    Check("jpki-ef0008", "JPKI EF0008 with Le 00 → exactly 8F 8F 00 + 9000", certificate_flags),
]
