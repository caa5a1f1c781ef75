"""Parsing command APDUs as a card receives them (ISO 7816-4 cases 1-4, short and extended)."""

from __future__ import annotations

from dataclasses import dataclass


class MalformedCommand(Exception):
    """The bytes are not a well-formed command APDU (the card answers 6700)."""


@dataclass(frozen=True)
class Command:
    """A parsed command APDU; `le` is None when absent, 256 or 65536 for a zero Le;
    `extended` is True when the lengths came in the 3-byte (extended) form."""

    cla: int
    ins: int
    p1: int
    p2: int
    data: bytes
    le: int | None
    extended: bool = False


def parse_command(apdu: bytes) -> Command:
    """Split a command APDU into header, data and expected length."""
    if len(apdu) < 4:
        raise MalformedCommand("shorter than a header")
    cla, ins, p1, p2 = apdu[:4]
    body = apdu[4:]
    if not body:
        return Command(cla, ins, p1, p2, b"", None)
    if len(body) == 1:
        return Command(cla, ins, p1, p2, b"", body[0] or 256)
    if body[0] != 0:
        return _short_with_data(cla, ins, p1, p2, body)
    return _extended(cla, ins, p1, p2, body)


def _short_with_data(cla: int, ins: int, p1: int, p2: int, body: bytes) -> Command:
    lc = body[0]
    if len(body) == 1 + lc:
        return Command(cla, ins, p1, p2, body[1:], None)
    if len(body) == 2 + lc:
        return Command(cla, ins, p1, p2, body[1 : 1 + lc], body[-1] or 256)
    raise MalformedCommand("Lc does not match the data")


def _extended(cla: int, ins: int, p1: int, p2: int, body: bytes) -> Command:
    if len(body) == 3:
        le = int.from_bytes(body[1:3], "big") or 65536
        return Command(cla, ins, p1, p2, b"", le, extended=True)
    if len(body) < 3:
        raise MalformedCommand("truncated extended length")
    lc = int.from_bytes(body[1:3], "big")
    if lc == 0:
        raise MalformedCommand("extended Lc of zero")
    if len(body) == 3 + lc:
        return Command(cla, ins, p1, p2, body[3:], None, extended=True)
    if len(body) == 5 + lc:
        # An extended Lc is followed by a 2-byte Le: `00 00` is 65536.
        le = int.from_bytes(body[-2:], "big") or 65536
        return Command(cla, ins, p1, p2, body[3 : 3 + lc], le, extended=True)
    raise MalformedCommand("extended Lc does not match the data")
