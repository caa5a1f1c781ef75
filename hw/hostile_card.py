"""Hostile cards: a real card's answers rewritten the way a forged or broken chip might
answer, to prove the terminal never hangs on them (tests, QA).

`HostileCard(card, tamper)` stands where a VirtualCard stands (in a MemoryCardReader): every
answer the card gives goes through `tamper(command, answer)` first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

Tamper = Callable[[bytes, bytes], bytes]
_READ_BINARY = 0xB0
_GET_RESPONSE = 0xC0


class Card(Protocol):
    """What a reader needs of a card: power and APDUs."""

    def power_on(self) -> bytes | None:
        """The ATR, or None for a mute chip."""

    def power_off(self) -> None:
        """Power the card off."""

    def process(self, apdu: bytes) -> bytes | None:
        """The response APDU to `apdu`."""


class HostileCard:
    """A card whose every answer is rewritten by `tamper`."""

    def __init__(self, card: Card, tamper: Tamper) -> None:
        self._card = card
        self._tamper = tamper

    def __getattr__(self, name: str) -> object:
        return getattr(self._card, name)  # what a reader's owner asks of the card itself

    def power_on(self) -> bytes | None:
        """The wrapped card's ATR."""
        return self._card.power_on()

    def power_off(self) -> None:
        """Power the wrapped card off."""
        self._card.power_off()

    def process(self, apdu: bytes) -> bytes | None:
        """The wrapped card's answer, rewritten."""
        answer = self._card.process(apdu)
        return None if answer is None else self._tamper(apdu, answer)


def endless_more_data(command: bytes, answer: bytes) -> bytes:
    """Every read (and every GET RESPONSE) says `61FF`: more data waiting, for ever."""
    return b"\x61\xff" if command[1] in (_READ_BINARY, _GET_RESPONSE) else answer


def length_beyond_file(command: bytes, answer: bytes) -> bytes:
    """A DER header at the start of a file claims almost 32 KiB, far beyond its end."""
    if command[1] == _READ_BINARY and answer[:2] == b"\x30\x82" and len(answer) > 6:
        return b"\x30\x82\x7f\xf0" + answer[4:]
    return answer


def oversized_tlv(command: bytes, answer: bytes) -> bytes:
    """The first TLV of every file claims a length of 4 GiB (`84 FFFFFFFF`)."""
    at_start = command[2:4] == b"\0\0" or (command[2] & 0x80 and command[3] == 0)
    if command[1] == _READ_BINARY and at_start and len(answer) > 4 \
            and answer[-2:] == b"\x90\x00":
        return answer[:1] + b"\x84\xff\xff\xff\xff" + answer[2:]
    return answer


def overlong_answer(command: bytes, answer: bytes) -> bytes:
    """Reads answer 70,000 bytes whatever was asked."""
    if command[1] == _READ_BINARY:
        return bytes(70_000) + b"\x90\x00"
    return answer


TAMPERS: dict[str, Tamper] = {
    "endless_61xx": endless_more_data,
    "length_beyond_file": length_beyond_file,
    "oversized_tlv": oversized_tlv,
    "overlong_answer": overlong_answer,
}
