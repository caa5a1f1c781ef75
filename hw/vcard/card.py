"""The virtual card's operating system: answers command APDUs as a My Number card does.

The commands live one concept per module (card_select, card_reads, card_pins, card_signatures,
card_data, card_proprietary); this module powers the card and routes each APDU.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from hw.vcard import status
from hw.vcard.card_data import get_challenge, get_data
from hw.vcard.card_pins import change_pin, change_reference_data, verify
from hw.vcard.card_proprietary import iphone_token, set_session_key, terminal_certificate
from hw.vcard.card_reads import read_binary, read_record
from hw.vcard.card_select import select
from hw.vcard.card_signatures import compute_digital_signature, internal_authenticate
from hw.vcard.card_state import CardState, PersistError
from hw.vcard.command import Command, MalformedCommand, parse_command
from hw.vcard.model import CardImage, ChipState

__all__ = ["PersistError", "VirtualCard"]

log = logging.getLogger(__name__)

_Handler = Callable[[CardState, Command], bytes]

# Class 00: the ISO commands.
_INTERINDUSTRY: dict[int, _Handler] = {
    0xA4: select,
    0xB0: read_binary,
    0xB2: read_record,
    0x20: verify,
    0x24: change_reference_data,
    0x84: get_challenge,
    0x88: internal_authenticate,
    0xCA: get_data,
}
# Class 80: the card's proprietary commands.
_PROPRIETARY: dict[int, _Handler] = {
    0x2A: compute_digital_signature,
    0x32: change_pin,
    0xFC: iphone_token,
    0xA2: terminal_certificate,
    0xAE: set_session_key,
}
_TABLES = {0x00: _INTERINDUSTRY, 0x80: _PROPRIETARY}


class VirtualCard:
    """One card; `persist` is called with the image whenever durable state changes."""

    def __init__(
        self, image: CardImage, persist: Callable[[CardImage], None] | None = None
    ) -> None:
        self._state = CardState(image, persist or (lambda _image: None))
        self._powered = False

    @property
    def image(self) -> CardImage:
        """The card's persistent content."""
        return self._state.image

    @property
    def answers(self) -> bool:
        """False when the chip is destroyed and stays silent."""
        return self.image.chip is ChipState.WORKING

    def power_on(self) -> bytes | None:
        """Reset the card; returns its ATR, or None when the chip does not answer."""
        self._state.reset()
        self._powered = self.answers
        return self.image.atr if self._powered else None

    def power_off(self) -> None:
        """Drop every volatile state."""
        self._state.reset()
        self._powered = False

    def process(self, apdu: bytes) -> bytes | None:
        """Answer one command APDU; None means no answer at all (mute chip or unpowered)."""
        if not self._powered:
            return None
        try:
            command = parse_command(apdu)
        except MalformedCommand:
            return status.WRONG_LENGTH
        try:
            return _dispatch(self._state, command)
        except Exception:  # a chip's OS answers every APDU, at worst with 6F00
            log.exception("card: command %02X %02X failed", command.cla, command.ins)
            return status.NO_PRECISE_DIAGNOSIS


def _dispatch(state: CardState, command: Command) -> bytes:
    if _logical_channel(command.cla):
        return status.LOGICAL_CHANNEL_NOT_SUPPORTED
    table = _TABLES.get(command.cla)
    if table is None:
        return status.CLA_NOT_SUPPORTED
    handler = table.get(command.ins)
    return handler(state, command) if handler else status.INS_NOT_SUPPORTED


def _logical_channel(cla: int) -> int:
    """The logical channel a class byte names (only channel 0 exists on this card)."""
    if cla & 0xE0 in (0x00, 0x80):
        return cla & 0x03
    if cla & 0xC0 == 0x40:
        return 4 + (cla & 0x0F)
    return 0
