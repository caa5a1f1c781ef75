"""One card session over one reader: selection and PIN state, and the commands that move it.

The session remembers the selected application and EF so it never sends a SELECT the card
does not need, and which PINs are verified: any SELECT by DF name drops them all on the
card, so the session drops them too. Whenever the card's state becomes uncertain (a
reader error, a garbled answer) it forgets everything and selects afresh next time.
"""

from __future__ import annotations

from collections.abc import Callable

from hw.reader import (
    DEFAULT_TIMEOUT_S,
    CardMuteError,
    CardReader,
    CardRemovedError,
    NoCardError,
    ReaderError,
)
from kiosk.card.apdu import MAX_SHORT_LE, SW_OK, Response, command, split_response
from kiosk.card.applications import Application, FileId
from kiosk.card.errors import (
    CardError,
    CardRemoved,
    CardUnresponsive,
    MalformedAnswer,
    ReaderFailure,
)
from kiosk.card.pins import PinKind
from kiosk.card.status import (
    SW_END_OF_FILE,
    SW_OFFSET_BEYOND_FILE,
    SW_WRONG_LENGTH,
    SW_WRONG_P1P2,
    check,
)

# READ BINARY offsets are 15 bits; nothing the terminal reads is larger than this.
MAX_READ_END = 0x8000
_INS_SELECT = 0xA4
_INS_READ_BINARY = 0xB0
_INS_VERIFY = 0x20
_INS_SIGN = 0x2A
_SIGNATURE_SIZE = 256


def reader_error(exc: ReaderError) -> CardError:
    """The card error a reader error means."""
    if isinstance(exc, NoCardError | CardRemovedError):
        return CardRemoved("the card is not in the reader")
    if isinstance(exc, CardMuteError):
        return CardUnresponsive("the card does not answer")
    return ReaderFailure("the card reader failed")


class CardSession:
    """The state of one card seen through one reader; used by one thread at a time."""

    def __init__(self, reader: CardReader, timeout: float = DEFAULT_TIMEOUT_S) -> None:
        self._reader = reader
        self._timeout = timeout
        self.reset()

    def reset(self) -> None:
        """Forget everything known about the card (after power-on or any doubt)."""
        self._application: Application | None = None
        self._ef: FileId | None = None
        self._verified: set[PinKind] = set()
        self._unusable: set[PinKind] = set()
        self._extended_le = True
        # Real cards take short EF identifiers in READ BINARY, VERIFY and the signing
        # command, which saves a SELECT each; a card that refuses them (6A86) is sent
        # SELECTs from then on.
        self._short_ids = True

    def connect(self) -> bytes:
        """Power the card on and return its ATR; the card starts with nothing selected."""
        self.reset()
        try:
            return self._reader.connect()
        except ReaderError as exc:
            raise reader_error(exc) from exc

    def is_verified(self, kind: PinKind) -> bool:
        """True when `kind` was verified and nothing since has dropped it."""
        return kind in self._verified

    def is_unusable(self, kind: PinKind) -> bool:
        """True when the card said `kind` was never set (face-authentication card)."""
        return kind in self._unusable

    def mark_unusable(self, kind: PinKind) -> None:
        """Remember that the card has no usable `kind` PIN."""
        self._unusable.add(kind)

    def transmit(self, apdu: bytes) -> Response:
        """Send one APDU; reader errors become card errors and reset the session."""
        try:
            raw = self._reader.transmit(apdu, self._timeout)
        except ReaderError as exc:
            self.reset()
            raise reader_error(exc) from exc
        try:
            return split_response(raw)
        except MalformedAnswer:
            self.reset()
            raise

    def select_application(self, application: Application) -> None:
        """SELECT an application by DF name unless it is already selected."""
        if self._application is application:
            return
        # The card drops every verified PIN on any SELECT by name, even a failed one.
        self._application = None
        self._ef = None
        self._verified.clear()
        self._send_no_data(command(0x00, _INS_SELECT, 0x04, 0x0C, application.aid))
        self._application = application

    def select(self, application: Application, ef: FileId) -> None:
        """Make `ef` of `application` the current file, sending only the SELECTs needed."""
        self.select_application(application)
        if self._ef == ef:
            return
        self._ef = None
        self._send_no_data(command(0x00, _INS_SELECT, 0x02, 0x0C, ef.to_bytes(2, "big")))
        self._ef = ef

    def verify(self, kind: PinKind, pin: bytes | None) -> int:
        """VERIFY `kind` (no data: ask for the tries left, which uses none); returns the SW.

        An empty VERIFY answers 63Cx even right after a correct PIN, so it never changes
        what the session holds as verified.
        """
        response = self._by_short_id(
            kind.application, kind.ef,
            lambda p2: self._transmit_no_data(command(0x00, _INS_VERIFY, 0x00, p2, pin or b"")))
        if response.sw == SW_OK:
            self._verified.add(kind)
        elif pin is not None:
            self._verified.discard(kind)
        return response.sw

    def sign(self, application: Application, key: FileId, digest_info: bytes) -> bytes:
        """COMPUTE DIGITAL SIGNATURE with `key` of `application`; the 256-byte signature."""
        response = self._by_short_id(
            application, key,
            lambda p2: self.transmit(command(0x80, _INS_SIGN, 0x00, p2, digest_info, le=256)))
        check(response.sw)
        if len(response.data) != _SIGNATURE_SIZE:
            raise MalformedAnswer("signature has the wrong length")
        return response.data

    def read_ef(self, application: Application, ef: FileId, length: int, offset: int = 0,
                *, up_to: bool = False) -> bytes:
        """`length` bytes of `ef` from `offset` in as few APDUs as the card allows (a short
        EF identifier instead of a SELECT); with `up_to`, fewer when the file ends first."""
        self._check_range(length, offset)
        self.select_application(application)
        return self._read(length, offset, up_to, application, ef)

    def read(self, length: int, offset: int = 0) -> bytes:
        """Exactly `length` bytes of the current EF from `offset`, in as few reads as possible."""
        self._check_range(length, offset)
        return self._read(length, offset, False, None, None)

    @staticmethod
    def _check_range(length: int, offset: int) -> None:
        if length <= 0 or offset < 0 or offset + length > MAX_READ_END:
            raise MalformedAnswer("file length out of range")

    def _read(self, length: int, offset: int, up_to: bool, application: Application | None,
              ef: FileId | None) -> bytes:
        if length <= MAX_SHORT_LE:
            return self._read_chunk(offset, length, up_to, application, ef)
        if self._extended_le:
            response = self._send_read(offset, length, application, ef)
            if response.sw != SW_WRONG_LENGTH or response.data:
                return self._take(response, length, up_to)
            # The card or reader takes no extended Le: read in short chunks from now on.
            self._extended_le = False
        chunks: list[bytes] = []
        while length > 0:
            size = min(length, MAX_SHORT_LE)
            chunk = self._read_chunk(offset, size, up_to, application, ef)
            chunks.append(chunk)
            if len(chunk) < size:  # the file ended (only `up_to` lets a short chunk through)
                break
            offset += size
            length -= size
        return b"".join(chunks)

    def _read_chunk(self, offset: int, length: int, up_to: bool,
                    application: Application | None, ef: FileId | None) -> bytes:
        return self._take(self._send_read(offset, length, application, ef), length, up_to)

    def _send_read(self, offset: int, length: int, application: Application | None,
                   ef: FileId | None) -> Response:
        if application is None or ef is None or self._ef == ef:
            return self.transmit(
                command(0x00, _INS_READ_BINARY, offset >> 8, offset & 0xFF, le=length))
        if offset > 0xFF or not self._short_ids:  # a short EF identifier takes 8-bit offsets
            self.select(application, ef)
            return self._send_read(offset, length, application, ef)
        response = self.transmit(
            command(0x00, _INS_READ_BINARY, 0x80 | ef, offset, le=length))
        if response.sw == SW_WRONG_P1P2 and not response.data:
            self._short_ids = False  # a card without short EF identifiers: SELECT from now on
            return self._send_read(offset, length, application, ef)
        # A read by short EF identifier makes that EF the current one.
        self._ef = ef if response.sw == SW_OK else None
        return response

    def _by_short_id(self, application: Application, ef: FileId,
                     send: Callable[[int], Response]) -> Response:
        """Send a command naming `ef` by its short identifier in P2 (`80|SFI`), or after
        SELECTing it (P2 `80`: the current EF) on a card that does not take them."""
        self.select_application(application)
        if self._short_ids:
            response = send(0x80 | ef)
            # Whether the named EF became current is not said anywhere: assume nothing.
            self._ef = None
            if response.sw != SW_WRONG_P1P2:
                return response
            self._short_ids = False
        self.select(application, ef)
        return send(0x80)

    @staticmethod
    def _take(response: Response, length: int, up_to: bool) -> bytes:
        if response.sw in (SW_END_OF_FILE, SW_OFFSET_BEYOND_FILE):
            raise MalformedAnswer("file ends before its declared length")
        check(response.sw)
        size = len(response.data)
        if size > length or size == 0 or (size < length and not up_to):
            raise MalformedAnswer("READ BINARY returned the wrong number of bytes")
        return response.data

    def _send_no_data(self, apdu: bytes) -> None:
        check(self._transmit_no_data(apdu).sw)

    def _transmit_no_data(self, apdu: bytes) -> Response:
        response = self.transmit(apdu)
        if response.data:
            self.reset()
            raise MalformedAnswer("unexpected data in the answer")
        return response
