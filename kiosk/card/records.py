"""Frozen results of card operations. Personal fields stay out of their repr."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from enum import StrEnum

from cryptography import x509

_FAMILY_GIVEN_SEPARATOR = "\u3000"


class Sex(StrEnum):
    """The sex code on the card (ISO/IEC 5218 style)."""

    MALE = "1"
    FEMALE = "2"
    NOT_APPLICABLE = "9"


@dataclass(frozen=True)
class AuthCertificate:
    """The user-authentication certificate (利用者証明用電子証明書), as DER and parsed."""

    der: bytes = field(repr=False)
    certificate: x509.Certificate = field(repr=False, compare=False)


@dataclass(frozen=True)
class Authentication:
    """A challenge signed by the card's authentication key, already checked against its cert."""

    certificate: AuthCertificate
    challenge: bytes = field(repr=False)
    signature: bytes = field(repr=False)


@dataclass(frozen=True)
class BasicFour:
    """The four basic items (基本4情報) of 券面事項入力補助AP."""

    name: str = field(repr=False)
    address: str = field(repr=False)
    birth_date: datetime.date = field(repr=False)
    sex: Sex = field(repr=False)

    @property
    def family_name(self) -> str:
        """The part of the name before the first U+3000 (the whole name if there is none)."""
        return self.name.partition(_FAMILY_GIVEN_SEPARATOR)[0]

    @property
    def given_name(self) -> str:
        """The part of the name after the first U+3000 (empty if there is none)."""
        return self.name.partition(_FAMILY_GIVEN_SEPARATOR)[2]


@dataclass(frozen=True)
class CardFace:
    """The card face of 券面事項確認AP: photo, printed images and dates."""

    birth_date: datetime.date = field(repr=False)
    sex: Sex = field(repr=False)
    expiry: datetime.date = field(repr=False)
    photo: bytes = field(repr=False)  # greyscale JPEG 2000
    name_image: bytes = field(repr=False)  # PNG
    address_image: bytes = field(repr=False)  # PNG
