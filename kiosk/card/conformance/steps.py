"""Steps the checks share: selecting, reading whole files, asking and using credentials."""

from __future__ import annotations

from kiosk.card.conformance.probe import Mismatch, Probe, expect, expect_ok, tries_left
from kiosk.card.conformance.reference import (
    Ap,
    PinRef,
    read_binary,
    read_sfi,
    select_ap,
    select_ef,
    verify,
)
from kiosk.card.conformance.runner import Context

# Extended Le `00 00 00`: the whole remainder of the EF in one answer.
WHOLE_FILE = 65536


def enter(probe: Probe, ap: Ap) -> None:
    """SELECT the application; Mismatch unless `9000`."""
    expect_ok(probe.send(select_ap(ap)), f"SELECT {ap.label} application")


def open_ef(probe: Probe, ap: Ap, fid: int) -> None:
    """SELECT the application, then the EF."""
    enter(probe, ap)
    expect_ok(probe.send(select_ef(fid)), f"SELECT {ap.label} EF{fid:04X}")


def read_whole(probe: Probe, ap: Ap, fid: int, secret: bool = False) -> bytes:
    """The whole physical EF in one extended-Le READ BINARY (the AP must be current)."""
    answer = probe.send(read_sfi(fid, 0, WHOLE_FILE), secret_answer=secret)
    return expect_ok(answer, f"READ BINARY {ap.label} EF{fid:04X} with extended Le 00 00 00")


def read_selected(probe: Probe, what: str) -> bytes:
    """The whole current EF with extended Le from offset 0."""
    return expect_ok(probe.send(read_binary(0, WHOLE_FILE)), f"READ BINARY {what}")


def count(probe: Probe, pin: PinRef) -> int:
    """Tries left, from an empty VERIFY by SFI (uses no try); the AP must be current."""
    return tries_left(probe.send(verify(0x80 | pin.fid)), f"empty VERIFY of {pin.name}")


def present(context: Context, pin: PinRef, credential: str, value: str) -> None:
    """VERIFY a user-given credential once, after a warning; Mismatch if refused.

    Never retried: a refused credential is remembered and not sent again in this run,
    and none is sent when a wrong one could block the key.
    """
    probe = context.probe
    expect(credential not in context.refused,
           f"{pin.name}: not sent again, the card refused it earlier in this run")
    left = count(probe, pin)
    if left <= 1:
        context.refused.add(credential)
        raise Mismatch(f"{pin.name}: only {left} tries left; not sent (a wrong one would "
                       "block it). Unblock the card first.")
    context.warn(f"sending the {pin.name} ({left} tries left): a wrong one uses a try")
    answer = probe.send(verify(0x80 | pin.fid, value.encode("ascii")), secret_data=True)
    if answer.sw != 0x9000:
        context.refused.add(credential)
        raise Mismatch(f"{pin.name} refused: status {answer.sw:04X}; check the value given")
