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


@dataclass
class KeyFile:
    """An RSA private key (PKCS#8 DER) usable after any one of `use_pins` is verified."""

    pkcs8: bytes
    use_pins: tuple[int, ...]


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


CardFile = BinaryFile | KeyFile | PinFile


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
