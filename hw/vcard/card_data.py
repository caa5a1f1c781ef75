"""Data that is in no EF: GET CHALLENGE (random bytes) and GET DATA (card-level objects)."""

from __future__ import annotations

import os

from hw.vcard import status
from hw.vcard.card_state import CardState
from hw.vcard.command import Command


def get_challenge(state: CardState, command: Command) -> bytes:
    """`00 84 00 00 Le`: exactly Le random bytes (Le 00 = 256), at any level."""
    if (command.p1, command.p2) != (0x00, 0x00):
        return status.WRONG_P1P2
    if command.data or command.le is None:
        return status.WRONG_LENGTH
    # The real card refuses an extended Le here with 6985, not 6700.
    if command.extended:
        return status.CONDITIONS_NOT_SATISFIED
    return os.urandom(command.le) + status.OK


def get_data(state: CardState, command: Command) -> bytes:
    """`00 CA <tag>`: an object of the card level (after reset or SELECT of the ISD).

    Inside an application the card has no such object: 6A88, as for an absent tag.
    """
    if command.data:
        return status.WRONG_LENGTH
    if state.session.application is not None:
        return status.DATA_NOT_FOUND
    value = state.image.card_objects.get((command.p1 << 8) | command.p2)
    if value is None:
        return status.DATA_NOT_FOUND
    # Objects are answered whole or not at all: big certificates need an extended Le.
    wanted = command.le if command.le is not None else 256
    if wanted < len(value):
        return status.WRONG_LENGTH
    return value + status.OK
