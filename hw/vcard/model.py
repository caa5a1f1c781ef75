"""What a virtual card is made of: applications holding binary, key and PIN files."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from hw.vcard.pin_rules import PinFormat
from hw.vcard.pin_secret import PinSecret

CONTACT_ATR = bytes.fromhex("3BE000FF8131FE4514")


class CardKind(StrEnum):
    """Standard card, or a face-authentication card that has no PINs."""

    STANDARD = "standard"
    FACE_AUTHENTICATION = "face-authentication"


class ChipState(StrEnum):
    """Whether the chip still answers; tampering destroys it for good."""

    WORKING = "working"
    DESTROYED = "destroyed"


@dataclass
class BinaryFile:
    """A transparent EF; readable freely, or after any one of `read_pins` is verified."""

    data: bytes
    read_pins: tuple[int, ...] = ()


class KeyUse(StrEnum):
    """Which command a private key answers to."""

    # JPKI: COMPUTE DIGITAL SIGNATURE `80 2A 00 80|SFI`, after its PIN.
    SIGNATURE = "signature"
    # 券面 applications: `80 2A 00 00` signs with the application's own key, no credential.
    APPLICATION = "application"
    # 共通AP: INTERNAL AUTHENTICATE `00 88 00 80|SFI`, no credential.
    INTERNAL_AUTHENTICATION = "internal-authentication"


@dataclass
class KeyFile:
    """An RSA private key (PKCS#8 DER) usable after any one of `use_pins` is verified
    (none: usable without a credential)."""

    pkcs8: bytes
    use_pins: tuple[int, ...]
    use: KeyUse = KeyUse.SIGNATURE


@dataclass
class RecordFile:
    """A record EF, read with READ RECORD (共通AP's EF 0001); records number from 1."""

    records: list[bytes]
    read_pins: tuple[int, ...] = ()


class InternalKind(StrEnum):
    """What a READ of an internal EF gets."""

    KEY = "key"  # a key IEF: READ BINARY answers 6981 (conflicts with the file structure)
    PROTECTED = "protected"  # content no client may read: 6982


@dataclass
class InternalFile:
    """An EF that a real card has and no client reads (keys of other parties, files whose
    content is unknown): SELECT finds it, a read is refused as on the real card."""

    kind: InternalKind = InternalKind.PROTECTED


@dataclass
class PinFile:
    """A PIN or collation number with its retry counter; `secret` None means never set."""

    format: PinFormat
    max_tries: int
    tries_left: int
    secret: PinSecret | None
    changeable: bool = True

    @property
    def locked(self) -> bool:
        """True once every try is used up."""
        return self.tries_left <= 0


CardFile = BinaryFile | KeyFile | PinFile | RecordFile | InternalFile


@dataclass
class Application:
    """A DF selected by its AID, holding EFs by their 2-byte file id."""

    name: str
    aid: bytes
    files: dict[int, CardFile] = field(default_factory=dict)


@dataclass
class CardImage:
    """The whole persistent content of a card, as its file on disk holds it."""

    kind: CardKind
    chip: ChipState
    atr: bytes
    applications: list[Application]
    # GET DATA objects of the card level (selected after reset, before any application):
    # tag (0042, 0045, 0066, 00F0, 00F2, 00F7, 00F8, 7F21, 5F51) -> content.
    card_objects: dict[int, bytes] = field(default_factory=dict)
    # Issuance notes for QA tools (kana, dates); never reachable through an APDU.
    notes: dict[str, str] = field(default_factory=dict)

    def application(self, aid: bytes) -> Application | None:
        """The application with this AID, if the card has it."""
        return next((app for app in self.applications if app.aid == aid), None)

    def application_named(self, name: str) -> Application:
        """The application with this internal name; KeyError if absent."""
        for app in self.applications:
            if app.name == name:
                return app
        raise KeyError(name)
