"""The virtual card's operating system: answers command APDUs as a My Number card does."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import load_der_private_key

from hw.vcard import status
from hw.vcard.command import Command, MalformedCommand, parse_command
from hw.vcard.model import (
    Application,
    BinaryFile,
    CardImage,
    ChipState,
    KeyFile,
    PinFile,
)
from hw.vcard.pin_rules import is_valid
from hw.vcard.pin_secret import PinSecret

log = logging.getLogger(__name__)
_F = TypeVar("_F", BinaryFile, KeyFile)

INS_SELECT = 0xA4
INS_READ_BINARY = 0xB0
INS_VERIFY = 0x20
INS_CHANGE_REFERENCE_DATA = 0x24
INS_COMPUTE_DIGITAL_SIGNATURE = 0x2A

# PKCS#1 v1.5 type-1 padding needs 11 bytes of a 256-byte RSA-2048 block.
_MAX_SIGN_INPUT = 256 - 11


class PersistError(Exception):
    """The card could not save its state (the card answers 6581)."""


@dataclass
class _Session:
    """Volatile state: lost at power-off, reset, or any SELECT by DF name."""

    application: Application | None = None
    current_fid: int | None = None
    verified: set[int] = field(default_factory=set)


class VirtualCard:
    """One card; `persist` is called with the image whenever durable state changes."""

    def __init__(
        self, image: CardImage, persist: Callable[[CardImage], None] | None = None
    ) -> None:
        self.image = image
        self._persist = persist or (lambda _image: None)
        self._session = _Session()
        self._powered = False
        self._keys: dict[bytes, rsa.RSAPrivateKey] = {}

    @property
    def answers(self) -> bool:
        """False when the chip is destroyed and stays silent."""
        return self.image.chip is ChipState.WORKING

    def power_on(self) -> bytes | None:
        """Reset the card; returns its ATR, or None when the chip does not answer."""
        self._session = _Session()
        self._powered = self.answers
        return self.image.atr if self._powered else None

    def power_off(self) -> None:
        """Drop every volatile state."""
        self._session = _Session()
        self._powered = False

    def process(self, apdu: bytes) -> bytes | None:
        """Answer one command APDU; None means no answer at all (mute chip or unpowered)."""
        if not self._powered:
            return None
        try:
            command = parse_command(apdu)
        except MalformedCommand:
            return status.WRONG_LENGTH
        return self._dispatch(command)

    def _dispatch(self, command: Command) -> bytes:
        if command.cla == 0x80 and command.ins == INS_COMPUTE_DIGITAL_SIGNATURE:
            return self._compute_signature(command)
        if command.cla != 0x00:
            return status.CLA_NOT_SUPPORTED
        handler = {
            INS_SELECT: self._select,
            INS_READ_BINARY: self._read_binary,
            INS_VERIFY: self._verify,
            INS_CHANGE_REFERENCE_DATA: self._change_reference_data,
        }.get(command.ins)
        return handler(command) if handler else status.INS_NOT_SUPPORTED

    # --- SELECT -------------------------------------------------------------------------

    def _select(self, command: Command) -> bytes:
        if command.p2 not in (0x0C, 0x00):
            return status.WRONG_P1P2
        if command.p1 == 0x04:
            return self._select_application(command.data)
        if command.p1 == 0x02:
            return self._select_file(command.data)
        return status.WRONG_P1P2

    def _select_application(self, aid: bytes) -> bytes:
        if not aid:
            return status.WRONG_LENGTH
        app = self.image.application(aid)
        # Any selection by name drops every verified PIN, even a failed one.
        self._session = _Session()
        if app is None:
            return status.NOT_FOUND
        self._session.application = app
        return status.OK

    def _select_file(self, fid_bytes: bytes) -> bytes:
        if len(fid_bytes) != 2:
            return status.WRONG_LENGTH
        fid = int.from_bytes(fid_bytes, "big")
        app = self._session.application
        if app is None or fid not in app.files:
            return status.NOT_FOUND
        self._session.current_fid = fid
        return status.OK

    def _current(self) -> tuple[int, object] | None:
        app, fid = self._session.application, self._session.current_fid
        if app is None or fid is None:
            return None
        return fid, app.files[fid]

    def _current_of(self, kind: type[_F]) -> _F | bytes:
        """The current EF if it is a `kind`, else the status word to answer."""
        current = self._current()
        if current is None:
            return status.NO_CURRENT_EF
        ef = current[1]
        return ef if isinstance(ef, kind) else status.INCOMPATIBLE_FILE

    def _opened(self, pins: tuple[int, ...]) -> bool:
        return not pins or any(pin in self._session.verified for pin in pins)

    # --- READ BINARY --------------------------------------------------------------------

    def _read_binary(self, command: Command) -> bytes:
        if command.p1 & 0x80:
            return status.WRONG_P1P2
        ef = self._current_of(BinaryFile)
        if isinstance(ef, bytes):
            return ef
        if not self._opened(ef.read_pins):
            return status.SECURITY_NOT_SATISFIED
        offset = (command.p1 << 8) | command.p2
        if offset >= len(ef.data):
            return status.OFFSET_OUT_OF_FILE
        wanted = command.le if command.le is not None else 256
        chunk = ef.data[offset : offset + wanted]
        return chunk + (status.OK if len(chunk) == wanted else status.END_OF_FILE)

    # --- VERIFY and CHANGE REFERENCE DATA -----------------------------------------------

    def _pin_target(self, command: Command) -> tuple[int, PinFile] | bytes:
        """The PIN EF a VERIFY names: the current EF, or `80|SFI` in P2."""
        if not command.p2 & 0x80:
            return status.WRONG_P1P2
        sfi = command.p2 & 0x1F
        if sfi:
            app = self._session.application
            if app is None or sfi not in app.files:
                return status.NOT_FOUND
            fid, ef = sfi, app.files[sfi]
        else:
            current = self._current()
            if current is None:
                return status.NO_CURRENT_EF
            fid, ef = current
        if not isinstance(ef, PinFile):
            return status.INCOMPATIBLE_FILE
        return fid, ef

    def _verify(self, command: Command) -> bytes:
        if command.p1 != 0x00:
            return status.WRONG_P1P2
        target = self._pin_target(command)
        if isinstance(target, bytes):
            return target
        fid, pin = target
        if pin.secret is None:
            return status.REFERENCE_DATA_NOT_USABLE
        if not command.data:
            if fid in self._session.verified:
                return status.OK
            return status.tries_left(pin.tries_left)
        if pin.locked:
            return status.REFERENCE_DATA_NOT_USABLE
        return self._check_pin(fid, pin, command.data)

    def _check_pin(self, fid: int, pin: PinFile, value: bytes) -> bytes:
        # Count the try and make it durable before comparing: a card pulled between the
        # comparison and the answer must never have gained a try.
        pin.tries_left -= 1
        self._session.verified.discard(fid)
        if not self._save():
            return status.MEMORY_FAILURE
        assert pin.secret is not None
        if pin.secret.matches(value.decode("latin-1")):
            pin.tries_left = pin.max_tries
            self._session.verified.add(fid)
            if not self._save():
                self._session.verified.discard(fid)
                return status.MEMORY_FAILURE
            return status.OK
        log.info("card: wrong PIN, %d tries left", pin.tries_left)
        return status.tries_left(pin.tries_left)

    def _change_reference_data(self, command: Command) -> bytes:
        if command.p1 != 0x01:
            return status.WRONG_P1P2
        target = self._pin_target(command)
        if isinstance(target, bytes):
            return target
        fid, pin = target
        if pin.secret is None or pin.locked:
            return status.REFERENCE_DATA_NOT_USABLE
        if not pin.changeable:
            return status.CONDITIONS_NOT_SATISFIED
        if fid not in self._session.verified:
            return status.SECURITY_NOT_SATISFIED
        new_value = command.data.decode("latin-1")
        if not is_valid(pin.format, new_value):
            return status.WRONG_DATA
        old_secret = pin.secret
        pin.secret = PinSecret.create(new_value)
        if not self._save():
            pin.secret = old_secret
            return status.MEMORY_FAILURE
        return status.OK

    # --- COMPUTE DIGITAL SIGNATURE ------------------------------------------------------

    def _compute_signature(self, command: Command) -> bytes:
        if (command.p1, command.p2) != (0x00, 0x80):
            return status.WRONG_P1P2
        ef = self._current_of(KeyFile)
        if isinstance(ef, bytes):
            return ef
        if not self._opened(ef.use_pins):
            return status.SECURITY_NOT_SATISFIED
        if not command.data or len(command.data) > _MAX_SIGN_INPUT:
            return status.WRONG_LENGTH
        return _pkcs1_type1_sign(self._private_key(ef.pkcs8), command.data) + status.OK

    def _private_key(self, pkcs8: bytes) -> rsa.RSAPrivateKey:
        # Parsing and checking an RSA key costs tens of milliseconds: do it once per key.
        key = self._keys.get(pkcs8)
        if key is None:
            loaded = load_der_private_key(pkcs8, password=None)
            assert isinstance(loaded, rsa.RSAPrivateKey)
            key = self._keys[pkcs8] = loaded
        return key


    def _save(self) -> bool:
        try:
            self._persist(self.image)
        except PersistError as error:
            log.error("card: could not save its state: %s", error)
            return False
        return True


def _pkcs1_type1_sign(key: rsa.RSAPrivateKey, data: bytes) -> bytes:
    """RSA-sign `data` as given, with PKCS#1 v1.5 type-1 padding.

    The host sends a complete DigestInfo, and `cryptography` only signs a hash it wraps in
    a DigestInfo itself, so the padding and the private-key operation are done here.
    """
    size = key.key_size // 8
    block = b"\x00\x01" + b"\xff" * (size - 3 - len(data)) + b"\x00" + data
    numbers = key.private_numbers()
    message = int.from_bytes(block, "big")
    # Chinese remainder theorem: two half-size exponentiations, as card chips do.
    m1 = pow(message, numbers.dmp1, numbers.p)
    m2 = pow(message, numbers.dmq1, numbers.q)
    value = m2 + (numbers.iqmp * (m1 - m2) % numbers.p) * numbers.q
    return value.to_bytes(size, "big")

