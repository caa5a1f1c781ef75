"""Realistic card answers built by hand for the card protocol tests (not a virtual card)."""

from __future__ import annotations

import datetime
import functools

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509.oid import NameOID

from hw.scripted_reader import ScriptedCardReader
from kiosk.card import MyNumberCardProtocol

OK = "90 00"
SELECT_JPKI = "00 A4 04 0C 0A D3 92 F0 00 26 01 00 00 00 01"
SELECT_INPUT_SUPPORT = "00 A4 04 0C 0A D3 92 10 00 31 00 01 01 04 08"
SELECT_CARD_FACE = "00 A4 04 0C 0A D3 92 10 00 31 00 01 01 04 02"
VERIFY_COUNTER = "00 20 00 80"

AUTH_PIN = "1234"
COLLATION_B = "55021720352285"
MY_NUMBER = "123456789018"
NAME = "山田\u3000花子"
ADDRESS = "東京都千代田区永田町一丁目７番１号"
PHOTO = b"\xff\x4f\xff\x51" + bytes(range(256)) * 12
NAME_IMAGE = b"\x89PNG\r\n\x1a\n" + b"N" * 300
ADDRESS_IMAGE = b"\x89PNG\r\n\x1a\n" + b"A" * 500


def select_ef(fid: int) -> str:
    """The SELECT EF command for `fid`, in hex."""
    return f"00 A4 02 0C 02 {fid:04X}"


def verify(pin: str) -> str:
    """The VERIFY command carrying `pin`, in hex."""
    return f"00 20 00 80 {len(pin):02X} {pin.encode('ascii').hex()}"


def verify_sfi(sfi: int, pin: str | None = None) -> str:
    """VERIFY naming the PIN EF by its short identifier (P2 `80|SFI`); no PIN: the counter."""
    data = f" {len(pin):02X} {pin.encode('ascii').hex()}" if pin is not None else ""
    return f"00 20 00 {0x80 | sfi:02X}{data}"


def read_sfi(sfi: int, offset: int, le: int) -> str:
    """READ BINARY naming the EF by its short identifier (P1 `80|SFI`, P2 the offset)."""
    if le <= 256:
        return f"00 B0 {0x80 | sfi:02X} {offset:02X} {le % 256:02X}"
    return f"00 B0 {0x80 | sfi:02X} {offset:02X} 00 {le:04X}"


def read(offset: int, le: int) -> str:
    """The READ BINARY command; Le over 256 is sent extended."""
    if le <= 256:
        return f"00 B0 {offset:04X} {le % 256:02X}"
    return f"00 B0 {offset:04X} 00 {le:04X}"


def ok(data: bytes) -> bytes:
    """`data` followed by 9000."""
    return data + b"\x90\x00"


@functools.cache
def auth_key() -> rsa.RSAPrivateKey:
    """One RSA-2048 key per test run: generating one takes a noticeable time."""
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@functools.cache
def auth_certificate_der() -> bytes:
    """A self-signed certificate for `auth_key()`, as DER."""
    key = auth_key()
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "test user")])
    start = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(start)
        .not_valid_after(start + datetime.timedelta(days=1826))
        .sign(key, hashes.SHA256())
    )
    return certificate.public_bytes(Encoding.DER)


def certificate_file(der: bytes, size: int = 2048) -> bytes:
    """A certificate EF: the DER padded with FF to the file size."""
    return der + b"\xff" * (size - len(der))


def card_signature(message: bytes) -> bytes:
    """What the card's auth key returns for SHA-256(`message`)."""
    return auth_key().sign(message, padding.PKCS1v15(), hashes.SHA256())


def ber_length(length: int) -> bytes:
    """A length field as the card writes it: one byte below 0x80, else `82 HH LL`."""
    if length < 0x80:
        return bytes((length,))
    return bytes((0x82,)) + length.to_bytes(2, "big")


def tlv(tag: int, value: bytes) -> bytes:
    """One TLV with a 1- or 2-byte tag."""
    tag_bytes = tag.to_bytes(2 if tag > 0xFF else 1, "big")
    return tag_bytes + ber_length(len(value)) + value


def wrapped(items: list[tuple[int, bytes]]) -> bytes:
    """`FF 20` wrapping DF21 and the items, as the card stores them: DF21 holds each item's
    offset from the file's first byte."""
    encoded = [tlv(tag, value) for tag, value in items]
    offsets_size = len(tlv(0xDF21, b"\x00" * 2 * len(items)))
    body_size = offsets_size + sum(map(len, encoded))
    position = 2 + len(ber_length(body_size)) + offsets_size
    offsets = b""
    for item in encoded:
        offsets += position.to_bytes(2, "big")
        position += len(item)
    return tlv(0xFF20, tlv(0xDF21, offsets) + b"".join(encoded))


def basic_four_file() -> bytes:
    """The wrapped basic four items of the test person."""
    return wrapped(
        [
            (0xDF22, NAME.encode()),
            (0xDF23, ADDRESS.encode()),
            (0xDF24, b"19800315"),
            (0xDF25, b"2"),
        ]
    )


def card_face_file() -> bytes:
    """The wrapped card face of the test person."""
    return wrapped(
        [
            (0xDF22, b"19800315"),
            (0xDF23, b"2"),
            (0xDF24, b"\x30\x82\x01\x22" + b"K" * 290),
            (0xDF25, NAME_IMAGE),
            (0xDF26, ADDRESS_IMAGE),
            (0xDF27, PHOTO),
            (0xDF28, b"S" * 256),
            (0xDF29, b"20340315"),
            (0xDF2A, b"\x89PNG\r\n\x1a\n" + b"C" * 100),
        ]
    )


def my_number_file() -> bytes:
    """The My Number EF as on a real card: FF 10 0C, the digits, FF FF (17 bytes)."""
    return b"\xff\x10\x0c" + MY_NUMBER.encode() + b"\xff\xff"


def cert_steps() -> list[tuple[str, bytes | str]]:
    """The three steps that read the authentication certificate: its header by short EF
    identifier, then the rest of the now current EF in one read."""
    der = auth_certificate_der()
    return [
        (SELECT_JPKI, OK),
        (read_sfi(0x0A, 0, 4), ok(der[:4])),
        (read(4, len(der) - 4), ok(der[4:])),
    ]


def run(steps: list) -> tuple[MyNumberCardProtocol, ScriptedCardReader]:
    """A protocol over a scripted reader playing `steps`."""
    reader = ScriptedCardReader(steps)
    return MyNumberCardProtocol(reader), reader
