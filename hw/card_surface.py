"""What a face-authentication reader's tray camera reads off the card's printed face.

Real readers read the printed card face to learn 照合番号B (birth date, expiry year and the
security code), which opens the chip photo for face matching. The simulator's cards carry
what is printed on them, so the in-process reader reports it directly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol, runtime_checkable


class SurfaceKind(StrEnum):
    """What kind of card lies on the tray, judged from its printed face."""

    MY_NUMBER_CARD = "my_number_card"
    HEALTH_INSURANCE_CARD = "health_insurance_card"  # a plain card with no chip
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class CardSurface:
    """The printed face as read: its kind and, for a My Number card, 照合番号B."""

    kind: SurfaceKind
    collation_b: str | None = field(default=None, repr=False)


@runtime_checkable
class SurfaceScanner(Protocol):
    """A reader that can read the printed face of the card on its tray."""

    def scan_surface(self) -> CardSurface | None:
        """The printed face of the card on the tray; None when the tray is empty."""
        ...
