"""VERIFY and CHANGE REFERENCE DATA on the PIN EFs of the current application."""

from __future__ import annotations

import logging

from hw.vcard import status
from hw.vcard.card_state import CardState
from hw.vcard.command import Command
from hw.vcard.model import PinFile
from hw.vcard.pin_rules import is_valid
from hw.vcard.pin_secret import PinSecret

log = logging.getLogger(__name__)


def _pin_target(state: CardState, p2: int) -> tuple[int, PinFile] | bytes:
    """The PIN EF a P2 of `80` (current EF) or `80|SFI` names; it does not become current."""
    found = state.ef_by_reference(p2)
    if isinstance(found, bytes):
        return found
    fid, ef = found
    if not isinstance(ef, PinFile):
        return status.INCOMPATIBLE_FILE
    return fid, ef


def verify(state: CardState, command: Command) -> bytes:
    """`00 20 00 80|SFI [PIN]`: without data, report the tries left; with data, check it."""
    if command.p1 != 0x00:
        return status.WRONG_P1P2
    target = _pin_target(state, command.p2)
    if isinstance(target, bytes):
        return target
    fid, pin = target
    if pin.secret is None:
        # A PIN never set (face-authentication cards) answers 6984 to both forms: the
        # terminal tells "never set" from "locked" (empty VERIFY 63C0) by this answer.
        return status.REFERENCE_DATA_NOT_USABLE
    if not command.data:
        # Always 63Cx, also right after a successful VERIFY (OpenSC's JPKI driver fails on
        # anything but 63xx): the counter is then back at its maximum.
        return status.tries_left(pin.tries_left)
    if pin.locked:
        return status.REFERENCE_DATA_NOT_USABLE
    return _check_pin(state, fid, pin, command.data)


def _check_pin(state: CardState, fid: int, pin: PinFile, value: bytes) -> bytes:
    # Count the try and make it durable before comparing: a card pulled between the
    # comparison and the answer must never have gained a try.
    pin.tries_left -= 1
    state.session.verified.discard(fid)
    if not state.save():
        return status.MEMORY_FAILURE
    assert pin.secret is not None
    if pin.secret.matches(value.decode("latin-1")):
        pin.tries_left = pin.max_tries
        state.session.verified.add(fid)
        if not state.save():
            state.session.verified.discard(fid)
            return status.MEMORY_FAILURE
        return status.OK
    log.info("card: wrong PIN, %d tries left", pin.tries_left)
    return status.tries_left(pin.tries_left)


def change_reference_data(state: CardState, command: Command) -> bytes:
    """`00 24 01 80|SFI <new>`: replace a verified PIN (JPKI, 券面事項入力補助)."""
    return _change(state, command) if command.p1 == 0x01 else status.WRONG_P1P2


def change_pin(state: CardState, command: Command) -> bytes:
    """`80 32 00 80|SFI <new>`: the proprietary form the 共通 and 住基 applications use."""
    return _change(state, command) if command.p1 == 0x00 else status.WRONG_P1P2


def _change(state: CardState, command: Command) -> bytes:
    target = _pin_target(state, command.p2)
    if isinstance(target, bytes):
        return target
    fid, pin = target
    if pin.secret is None or pin.locked:
        return status.REFERENCE_DATA_NOT_USABLE
    if not pin.changeable:
        return status.CONDITIONS_NOT_SATISFIED
    if fid not in state.session.verified:
        return status.SECURITY_NOT_SATISFIED
    new_value = command.data.decode("latin-1")
    if not is_valid(pin.format, new_value):
        return status.WRONG_DATA
    old_secret = pin.secret
    pin.secret = PinSecret.create(new_value)
    if not state.save():
        pin.secret = old_secret
        return status.MEMORY_FAILURE
    return status.OK
