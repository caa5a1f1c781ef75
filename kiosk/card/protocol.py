"""The terminal's operations on a My Number card, built from APDUs over any CardReader."""

from __future__ import annotations

from hw.reader import DEFAULT_TIMEOUT_S, CardReader
from kiosk.card import applications as ap
from kiosk.card.apdu import MAX_SHORT_LE, SW_OK
from kiosk.card.applications import Application, FileId
from kiosk.card.contents import (
    MAX_BASIC_FOUR_SIZE,
    MAX_CARD_FACE_SIZE,
    MY_NUMBER_READ_SIZE,
    WRAPPER_TAG,
    parse_basic_four,
    parse_card_face,
    parse_my_number,
)
from kiosk.card.der import DER_HEADER_SIZE, certificate_length, load_certificate
from kiosk.card.errors import MalformedAnswer, NotVerified, PinLocked, PinNotUsable
from kiosk.card.pins import PinKind
from kiosk.card.records import AuthCertificate, Authentication, BasicFour, CardFace
from kiosk.card.session import CardSession
from kiosk.card.signing import check_signature, rsa_public_key, sha256_digest_info
from kiosk.card.status import SW_PIN_BLOCKED, error_for, is_pin_counter
from kiosk.card.tlv import parse_header


class MyNumberCardProtocol:
    """Typed operations on the card in `reader`; blocking, for one thread at a time.

    Call `connect()` (or `forget()` after connecting elsewhere) whenever a card is
    inserted, so no state of a previous card is trusted.
    """

    def __init__(self, reader: CardReader, timeout: float = DEFAULT_TIMEOUT_S) -> None:
        self._session = CardSession(reader, timeout)

    def connect(self) -> bytes:
        """Power the card on and return its ATR."""
        return self._session.connect()

    def forget(self) -> None:
        """Forget the selection and PIN state (the card was reset or replaced)."""
        self._session.reset()

    def read_auth_certificate(self) -> AuthCertificate:
        """The user-authentication certificate; needs no PIN."""
        session = self._session
        # The EF is padded with FF to its size: only the DER header tells the length.
        header = session.read_ef(Application.JPKI, ap.AUTH_CERTIFICATE, DER_HEADER_SIZE)
        total = certificate_length(header)
        der = header + session.read_ef(Application.JPKI, ap.AUTH_CERTIFICATE,
                                       total - DER_HEADER_SIZE, offset=DER_HEADER_SIZE)
        certificate = load_certificate(der)
        rsa_public_key(certificate)  # refuse a certificate we could not check a signature with
        return AuthCertificate(der, certificate)

    def pin_tries_left(self, pin: PinKind) -> int:
        """Tries left for `pin` without using one; its maximum when already verified."""
        session = self._session
        sw = session.verify(pin, None)
        if sw == SW_OK:  # cards that answer 9000 while the PIN is verified
            return pin.max_tries
        if is_pin_counter(sw):
            return sw & 0x0F
        if sw == SW_PIN_BLOCKED:
            # A locked PIN answers 63C0 here; 6984 means it was never set.
            session.mark_unusable(pin)
            raise PinNotUsable()
        raise error_for(sw)

    def verify_pin(self, pin: PinKind, value: str) -> None:
        """VERIFY `value` as `pin`; the format is checked before anything is sent.

        Raises WrongPin(tries_left), PinLocked(just_locked=True) for the try that locks,
        PinLocked() for a PIN already locked, PinNotUsable when the card never set it.
        """
        self._verify(pin, pin.encode(value))

    def authenticate(self, pin: str, challenge: bytes) -> Authentication:
        """Sign SHA-256(`challenge`) with the authentication key after the auth PIN."""
        if not isinstance(challenge, bytes | bytearray | memoryview):
            raise TypeError("challenge must be bytes")
        challenge = bytes(challenge)
        encoded = PinKind.AUTH.encode(pin)
        certificate = self.read_auth_certificate()
        self._verify(PinKind.AUTH, encoded)
        signature = self._session.sign(Application.JPKI, ap.AUTH_PRIVATE_KEY,
                                       sha256_digest_info(challenge))
        check_signature(certificate.certificate, challenge, signature)
        return Authentication(certificate, challenge, signature)

    def read_basic_four(self, pin: str | None = None, collation_b: str | None = None) -> BasicFour:
        """Name, address, birth date and sex, opened by the PIN or by 照合番号B.

        With neither, relies on a verification still held from an earlier call, and raises
        NotVerified without sending anything when there is none.
        """
        if pin is not None and collation_b is not None:
            raise ValueError("give the PIN or 照合番号B, not both")
        if pin is not None:
            self._verify(PinKind.INPUT_SUPPORT, PinKind.INPUT_SUPPORT.encode(pin))
        elif collation_b is not None:
            kind = PinKind.INPUT_SUPPORT_COLLATION_B
            self._verify(kind, kind.encode(collation_b))
        elif not (
            self._session.is_verified(PinKind.INPUT_SUPPORT)
            or self._session.is_verified(PinKind.INPUT_SUPPORT_COLLATION_B)
        ):
            raise NotVerified()
        return parse_basic_four(
            self._read_wrapped(Application.INPUT_SUPPORT, ap.BASIC_FOUR, MAX_BASIC_FOUR_SIZE))

    def read_my_number(self, pin: str) -> str:
        """The 12-digit My Number, opened by the card-info PIN."""
        self._verify(PinKind.INPUT_SUPPORT, PinKind.INPUT_SUPPORT.encode(pin))
        # The TLV only: the two filler bytes after it are the card's, not the number's.
        return parse_my_number(self._session.read_ef(
            Application.INPUT_SUPPORT, ap.MY_NUMBER, MY_NUMBER_READ_SIZE))

    def read_card_face(self, collation_b: str) -> CardFace:
        """The card face (photo, birth date, sex, expiry), opened by 照合番号B."""
        kind = PinKind.CARD_FACE_COLLATION_B
        self._verify(kind, kind.encode(collation_b))
        return parse_card_face(
            self._read_wrapped(Application.CARD_FACE, ap.CARD_FACE, MAX_CARD_FACE_SIZE))

    def _verify(self, pin: PinKind, encoded: bytes) -> None:
        session = self._session
        sw = session.verify(pin, encoded)
        if sw == SW_OK:
            return
        if sw != SW_PIN_BLOCKED:
            raise error_for(sw)
        if session.is_unusable(pin):
            raise PinNotUsable()
        # 6984 means locked or never set; the counter query (which uses no try) tells which.
        if session.verify(pin, None) == SW_PIN_BLOCKED:
            session.mark_unusable(pin)
            raise PinNotUsable()
        raise PinLocked(just_locked=False)

    def _read_wrapped(self, application: Application, ef: FileId, max_size: int) -> bytes:
        """The value of the `FF 20` TLV that starts `ef`: a first short read (the whole TLV
        when it is small), then the rest in one."""
        session = self._session
        head = session.read_ef(application, ef, MAX_SHORT_LE, up_to=True)
        header = parse_header(head, max_length=max_size)
        if header.tag != WRAPPER_TAG or header.total_size > max_size:
            raise MalformedAnswer("data file does not start with FF 20")
        data = head
        if header.total_size > len(head):
            data += session.read_ef(application, ef, header.total_size - len(head),
                                    offset=len(head))
        return data[header.header_size : header.total_size]
