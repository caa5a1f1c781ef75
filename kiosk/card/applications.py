"""Application identifiers (AIDs) and file identifiers (FIDs) of the My Number card."""

from __future__ import annotations

from enum import Enum
from typing import NewType

FileId = NewType("FileId", int)


class Application(Enum):
    """A card application, selected by its DF name (AID)."""

    JPKI = bytes.fromhex("D392F000260100000001")
    INPUT_SUPPORT = bytes.fromhex("D3921000310001010408")  # 券面事項入力補助AP
    CARD_FACE = bytes.fromhex("D3921000310001010402")  # 券面事項確認AP
    JUKI = bytes.fromhex("D3921000310001010401")  # 住基AP
    COMMON = bytes.fromhex("D3921000310001010100")  # 共通AP

    @property
    def aid(self) -> bytes:
        """The DF name sent in SELECT."""
        return self.value


# JPKI AP
AUTH_CERTIFICATE = FileId(0x000A)
AUTH_CA_CERTIFICATE = FileId(0x000B)
AUTH_PRIVATE_KEY = FileId(0x0017)
AUTH_PIN = FileId(0x0018)
SIGNATURE_CERTIFICATE = FileId(0x0001)
SIGNATURE_CA_CERTIFICATE = FileId(0x0002)
SIGNATURE_PRIVATE_KEY = FileId(0x001A)
SIGNATURE_PASSWORD = FileId(0x001B)

# 券面事項入力補助AP
MY_NUMBER = FileId(0x0001)
BASIC_FOUR = FileId(0x0002)
INPUT_SUPPORT_PIN = FileId(0x0011)
INPUT_SUPPORT_COLLATION_A = FileId(0x0014)
INPUT_SUPPORT_COLLATION_B = FileId(0x0015)

# 券面事項確認AP
CARD_FACE = FileId(0x0002)
CARD_FACE_COLLATION_B = FileId(0x0012)
CARD_FACE_COLLATION_A = FileId(0x0013)
