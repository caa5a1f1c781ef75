"""What a real My Number card holds and answers: the values the checks compare against.

Kept in code (the project never reads the research notes at run time); each value says
where a real card or a real client shows it, in docs/card-conformance.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

CONTACT_ATR = bytes.fromhex("3BE000FF8131FE4514")
TOKEN_LABEL = b"JPKIAPICCTOKEN2".ljust(32, b" ")
TOKEN_INFO_SIZE = 160
JPKI_BOTH_CERTIFICATES = bytes.fromhex("8F8F00")
TEXT_MY_NUMBER_SIZE = 17
TEXT_INTEGRITY_SIZE = 336
CVC_SIZE = 568
JP2_SIGNATURE = bytes.fromhex("0000000C6A5020200D0A870A")
RSA_KEY_HEADER = bytes.fromhex("90 03 01 00 01 91 82 01 00")  # e = 65537, 2048-bit n
SHA256_DIGEST_INFO_PREFIX = bytes.fromhex("3031300D060960864801650304020105000420")
# The card-face signature covers three SHA-256 digests in one OCTET STRING of 96 bytes.
THREE_DIGEST_INFO_PREFIX = bytes.fromhex("3071300D060960864801650304020105000460")


class Ap(Enum):
    """The card's applications by AID."""

    JPKI = bytes.fromhex("D392F000260100000001")
    TEXT = bytes.fromhex("D3921000310001010408")  # 券面事項入力補助
    SURFACE = bytes.fromhex("D3921000310001010402")  # 券面事項確認
    COMMON = bytes.fromhex("D3921000310001010100")  # 共通
    RESIDENT = bytes.fromhex("D3921000310001010401")  # 住基

    @property
    def label(self) -> str:
        """The name used in check names."""
        return self.name.lower()


# EFs that answer 9000 to SELECT, and one that a real card lacks (6A82).
INVENTORY: dict[Ap, tuple[tuple[int, ...], int]] = {
    Ap.JPKI: ((0x01, 0x02, 0x05, 0x06, 0x08, 0x09, 0x0A, 0x0B, 0x10, 0x16, 0x17, 0x18,
               0x19, 0x1A, 0x1B, 0x1C, 0x1E), 0x03),
    Ap.SURFACE: ((0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x11, 0x12, 0x13, 0x1A, 0x1C, 0x1E),
                 0x07),
    Ap.TEXT: ((0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x10, 0x11, 0x12, 0x13, 0x14,
               0x15, 0x1C, 0x1E), 0x09),
    Ap.COMMON: ((0x01, 0x02, 0x19, 0x1C, 0x1E), 0x03),
    Ap.RESIDENT: ((0x02, 0x1C), 0x03),
}


@dataclass(frozen=True)
class PinRef:
    """A PIN or collation-number key: its AP, FID, name and retry limit when known."""

    ap: Ap
    fid: int
    name: str
    max_tries: int | None = None


JPKI_AUTH_PIN = PinRef(Ap.JPKI, 0x18, "JPKI user-authentication PIN", 3)
JPKI_SIGN_PASSWORD = PinRef(Ap.JPKI, 0x1B, "JPKI signature password", 5)
TEXT_PIN = PinRef(Ap.TEXT, 0x11, "card-info PIN (券面事項入力補助)", 3)
TEXT_COLLATION_A = PinRef(Ap.TEXT, 0x14, "券面事項入力補助 照合番号A")
TEXT_COLLATION_B = PinRef(Ap.TEXT, 0x15, "券面事項入力補助 照合番号B")
SURFACE_BIRTH = PinRef(Ap.SURFACE, 0x11, "券面事項確認 生年月日 key")
SURFACE_COLLATION_B = PinRef(Ap.SURFACE, 0x12, "券面事項確認 照合番号B")
SURFACE_COLLATION_A = PinRef(Ap.SURFACE, 0x13, "券面事項確認 照合番号A")
COMMON_PIN = PinRef(Ap.COMMON, 0x1C, "共通 PIN")
RESIDENT_PIN = PinRef(Ap.RESIDENT, 0x1C, "住基 PIN")

EVERY_PIN = (JPKI_AUTH_PIN, JPKI_SIGN_PASSWORD, TEXT_PIN, TEXT_COLLATION_A, TEXT_COLLATION_B,
             SURFACE_BIRTH, SURFACE_COLLATION_B, SURFACE_COLLATION_A, COMMON_PIN, RESIDENT_PIN)

# GET DATA objects at the card level (after reset) that a real card answers.
CARD_OBJECTS = (0x0042, 0x0045, 0x0066, 0x00F0, 0x00F2, 0x00F7)
CARD_CVC_OBJECT = 0x00F8


def select_ap(ap: Ap) -> bytes:
    """SELECT by DF name, no answer data (`00 A4 04 0C`)."""
    return bytes((0x00, 0xA4, 0x04, 0x0C, len(ap.value))) + ap.value


def select_ef(fid: int) -> bytes:
    """SELECT EF by its 2-byte FID (`00 A4 02 0C 02`)."""
    return bytes((0x00, 0xA4, 0x02, 0x0C, 0x02)) + fid.to_bytes(2, "big")


def read_binary(offset: int, le: int) -> bytes:
    """READ BINARY of the current EF at a 15-bit offset; `le` 1-256 short, else extended."""
    return bytes((0x00, 0xB0, offset >> 8, offset & 0xFF)) + _le(le)


def read_sfi(sfi: int, offset: int, le: int) -> bytes:
    """READ BINARY by SFI (P1 `80|SFI`) with P2 as an 8-bit offset."""
    return bytes((0x00, 0xB0, 0x80 | sfi, offset)) + _le(le)


def verify(p2: int, secret: bytes = b"") -> bytes:
    """VERIFY; no data asks how many tries are left."""
    head = bytes((0x00, 0x20, 0x00, p2))
    return head + bytes((len(secret),)) + secret if secret else head


def _le(le: int) -> bytes:
    """Short Le for 1-256 (`00` = 256), extended `00 HH LL` otherwise (65536 = `00 00 00`)."""
    if 1 <= le <= 256:
        return bytes((le % 256,))
    return b"\x00" + (le % 65536).to_bytes(2, "big")
