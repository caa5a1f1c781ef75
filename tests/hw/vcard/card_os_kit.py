"""Hand-built card images for the card-OS tests (independent of the issuer) and a hex talker."""

from __future__ import annotations

import copy
import functools

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from hw.vcard.card import VirtualCard
from hw.vcard.model import (
    CONTACT_ATR,
    Application,
    BinaryFile,
    CardImage,
    CardKind,
    ChipState,
    InternalFile,
    InternalKind,
    KeyFile,
    KeyUse,
    PinFile,
    RecordFile,
)
from hw.vcard.pin_rules import PinFormat
from hw.vcard.pin_secret import PinSecret

JPKI_AID = "D392F000260100000001"
TEXT_AID = "D3921000310001010408"
SURFACE_AID = "D3921000310001010402"
COMMON_AID = "D3921000310001010100"
JUKI_AID = "D3921000310001010401"
ISD_AID = "A0000001510000"

AUTH_PIN = "1234"
SIGN_PASSWORD = "ABC123"
TEXT_PIN = "5678"
COLLATION_A = "123456789018"
COLLATION_B = "55021720352285"
COMMON_PIN = "4321"
MY_NUMBER_EF = b"\xff\x10\x0c" + b"123456789018" + b"\xff\xff"
COMMON_RECORD = b"\x01\x1c" + b"1234567890123451310020351231"
AUTH_CERT_EF = b"\x30\x82\x05\xfc" + bytes(range(256)) * 6 + b"\xff" * 476  # 2016 B
CARD_FACE_EF = bytes(i % 251 for i in range(5000))
CVC_OBJECT = b"\x5f\x4e" + bytes(300) + b"\x5f\x37" + bytes(256)


def select(aid: str) -> str:
    """SELECT DF by name, P2 0C."""
    return f"00A4040C{len(aid) // 2:02X}{aid}"


def select_ef(fid: int) -> str:
    """SELECT EF by file id."""
    return f"00A4020C02{fid:04X}"


def ascii_data(text: str) -> str:
    """Lc and the ASCII bytes of `text`, in hex."""
    return f"{len(text):02X}" + text.encode("ascii").hex().upper()


@functools.cache
def private_key(name: str) -> rsa.RSAPrivateKey:
    """One RSA-2048 key per name, made once per test run."""
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def pkcs8(name: str) -> bytes:
    """The PKCS#8 DER of the named key."""
    return private_key(name).private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption())


def pin(fmt: PinFormat, value: str | None, tries: int, left: int | None = None) -> PinFile:
    """A PIN EF; `value` None is a PIN never set."""
    secret = PinSecret.create(value) if value is not None else None
    return PinFile(fmt, tries, tries if left is None else left, secret)


def jpki(auth_pin: str | None = AUTH_PIN) -> Application:
    """JPKI with both key pairs; FIDs as on the real card."""
    return Application("jpki", bytes.fromhex(JPKI_AID), {
        0x0001: BinaryFile(b"\x30\x82\x00\x04" + b"SIGN" + b"\xff" * 8, (0x1B,)),
        0x0002: BinaryFile(b"\x30\x82\x00\x02CA"),
        0x0006: BinaryFile(b"JPKIAPICCTOKEN2".ljust(32, b" ") + bytes(128)),
        0x0008: BinaryFile(b"\x8f\x8f\x00"),
        0x0009: InternalFile(InternalKind.PROTECTED),
        0x000A: BinaryFile(AUTH_CERT_EF),
        0x0016: InternalFile(InternalKind.KEY),
        0x0017: KeyFile(pkcs8("auth"), (0x18,), KeyUse.SIGNATURE),
        0x0018: pin(PinFormat.DIGITS_4, auth_pin, 3),
        0x001A: KeyFile(pkcs8("sign"), (0x1B,), KeyUse.SIGNATURE),
        0x001B: pin(PinFormat.SIGNATURE_PASSWORD, SIGN_PASSWORD, 5),
    })


def text(text_pin: str | None = TEXT_PIN) -> Application:
    """券面事項入力補助 with its PIN, the blocked IEF 0012, 照合番号A/B and its own key."""
    return Application("text", bytes.fromhex(TEXT_AID), {
        0x0001: BinaryFile(MY_NUMBER_EF, (0x11, 0x14)),
        0x0002: BinaryFile(b"\xff\x20\x03\xdf\x25\x01\x31", (0x11, 0x15)),
        0x0005: BinaryFile(b"\xff\x40\x82\x00\x9f" + bytes(159) + b"\xff" * 92),
        0x0011: pin(PinFormat.DIGITS_4, text_pin, 3),
        0x0012: pin(PinFormat.DIGITS_4, "0000", 3, left=0),
        0x0013: KeyFile(pkcs8("text"), (), KeyUse.APPLICATION),
        0x0014: pin(PinFormat.DIGITS_12, COLLATION_A, 10),
        0x0015: pin(PinFormat.DIGITS_14, COLLATION_B, 10),
    })


def surface() -> Application:
    """券面事項確認 with a multi-KB card face and its own key."""
    face_b = pin(PinFormat.DIGITS_14, COLLATION_B, 10)
    face_b.changeable = False
    return Application("surface", bytes.fromhex(SURFACE_AID), {
        0x0002: BinaryFile(CARD_FACE_EF, (0x12, 0x13)),
        0x0012: face_b,
        0x0013: pin(PinFormat.DIGITS_12, COLLATION_A, 10),
        0x001A: KeyFile(pkcs8("surface"), (), KeyUse.APPLICATION),
    })


def common() -> Application:
    """共通 with its record EFs, internal-authentication key and PIN."""
    return Application("common", bytes.fromhex(COMMON_AID), {
        0x0001: RecordFile([COMMON_RECORD]),
        0x0002: RecordFile([bytes(range(16))]),
        0x0019: KeyFile(pkcs8("common"), (), KeyUse.INTERNAL_AUTHENTICATION),
        0x001C: pin(PinFormat.DIGITS_4, COMMON_PIN, 3),
    })


def juki() -> Application:
    """住基: nothing a client reads."""
    return Application("juki", bytes.fromhex(JUKI_AID), {
        0x0002: InternalFile(InternalKind.PROTECTED),
        0x001C: pin(PinFormat.DIGITS_4, COMMON_PIN, 3),
    })


@functools.cache
def _standard() -> CardImage:
    return CardImage(
        CardKind.STANDARD, ChipState.WORKING, CONTACT_ATR,
        [jpki(), text(), surface(), common(), juki()],
        card_objects={0x0045: b"CARD0000000001", 0x7F21: CVC_OBJECT,
                      0x5F51: CONTACT_ATR[1:]},
    )


@functools.cache
def _face_authentication() -> CardImage:
    return CardImage(CardKind.FACE_AUTHENTICATION, ChipState.WORKING, CONTACT_ATR,
                     [jpki(auth_pin=None), text(text_pin=None), surface()])


def standard_image() -> CardImage:
    """A fresh copy of the standard hand-built card."""
    return copy.deepcopy(_standard())


def face_authentication_image() -> CardImage:
    """A fresh copy of a card whose 4-digit PINs were never set."""
    return copy.deepcopy(_face_authentication())


class Talk:
    """A powered virtual card that takes hex APDUs and gives hex answers."""

    def __init__(self, image: CardImage | None = None) -> None:
        self.card = VirtualCard(image or standard_image())
        self.card.power_on()

    def __call__(self, *apdus: str) -> str:
        """Send each APDU; the last answer, upper-case hex."""
        answer = ""
        for apdu in apdus:
            response = self.card.process(bytes.fromhex(apdu))
            assert response is not None
            answer = response.hex().upper()
        return answer

    def data(self, apdu: str) -> bytes:
        """The data of a 9000 answer."""
        response = self.card.process(bytes.fromhex(apdu))
        assert response is not None and response[-2:] == b"\x90\x00", response
        return response[:-2]

    def reset(self) -> None:
        """Power the card off and on."""
        self.card.power_off()
        self.card.power_on()
