"""One card session over one reader: selection and PIN state, and the commands that move it.

The session remembers the selected application and EF so it never sends a SELECT the card
does not need, and which PINs are verified: any SELECT by DF name drops them all on the
card, so the session drops them too. Whenever the card's state becomes uncertain (a
reader error, a garbled answer) it forgets everything and selects afresh next time.
"""

from __future__ import annotations

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
    check,
    is_pin_counter,
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
        """VERIFY the selected PIN EF (no data: ask for the counter); returns the SW."""
        if self._application is not kind.application or self._ef != kind.ef:
            raise RuntimeError("VERIFY sent without its PIN EF selected")
        response = self._transmit_no_data(command(0x00, _INS_VERIFY, 0x00, 0x80, pin or b""))
        if response.sw == SW_OK:
            self._verified.add(kind)
        elif pin is not None or is_pin_counter(response.sw):
            self._verified.discard(kind)
        return response.sw

    def sign(self, digest_info: bytes) -> bytes:
        """COMPUTE DIGITAL SIGNATURE with the selected key EF; the 256-byte signature."""
        response = self.transmit(command(0x80, _INS_SIGN, 0x00, 0x80, digest_info, le=256))
        check(response.sw)
        if len(response.data) != _SIGNATURE_SIZE:
            raise MalformedAnswer("signature has the wrong length")
        return response.data

    def read(self, length: int, offset: int = 0) -> bytes:
        """Exactly `length` bytes of the current EF from `offset`, in as few reads as possible."""
        if length <= 0 or offset < 0 or offset + length > MAX_READ_END:
            raise MalformedAnswer("file length out of range")
        if length <= MAX_SHORT_LE:
            return self._read_chunk(offset, length)
        if self._extended_le:
            response = self._send_read(offset, length)
            if response.sw != SW_WRONG_LENGTH or response.data:
                return self._take(response, length)
            # The card or reader takes no extended Le: read in short chunks from now on.
            self._extended_le = False
        chunks: list[bytes] = []
        while length > 0:
            size = min(length, MAX_SHORT_LE)
            chunks.append(self._read_chunk(offset, size))
            offset += size
            length -= size
        return b"".join(chunks)

    def _read_chunk(self, offset: int, length: int) -> bytes:
        return self._take(self._send_read(offset, length), length)

    def _send_read(self, offset: int, length: int) -> Response:
        return self.transmit(command(0x00, _INS_READ_BINARY, offset >> 8, offset & 0xFF, le=length))

    @staticmethod
    def _take(response: Response, length: int) -> bytes:
        if response.sw in (SW_END_OF_FILE, SW_OFFSET_BEYOND_FILE):
            raise MalformedAnswer("file ends before its declared length")
        check(response.sw)
        if len(response.data) != length:
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
