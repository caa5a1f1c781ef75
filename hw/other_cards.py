"""Cards that are not My Number cards, for the cases a reception sees every day.

A plain health-insurance card has no chip at all; a transit or bank IC card has a chip
that answers but holds none of the My Number card's applications.
"""

from __future__ import annotations

from hw.card_surface import CardSurface, SurfaceKind
from hw.vcard.card import VirtualCard
from hw.vcard.model import Application, BinaryFile, CardImage, CardKind, ChipState

_TRANSIT_ATR = bytes.fromhex("3B8880010000000000718100F9")
_TRANSIT_AID = bytes.fromhex("A0000006471001")


class ChiplessCard:
    """A card without a chip (an ordinary insurance card): the reader gets no answer."""

    def __init__(self, surface: CardSurface | None = None) -> None:
        self.surface = surface or CardSurface(SurfaceKind.HEALTH_INSURANCE_CARD)

    def power_on(self) -> bytes | None:
        """Nothing answers."""
        return None

    def power_off(self) -> None:
        """Nothing to power off."""

    def process(self, apdu: bytes) -> bytes | None:
        """Never answers."""
        return None


def transit_card() -> VirtualCard:
    """An IC card whose chip answers but is not a My Number card (no JPKI and friends)."""
    image = CardImage(
        kind=CardKind.STANDARD, chip=ChipState.WORKING, atr=_TRANSIT_ATR,
        applications=[Application("transit", _TRANSIT_AID,
                                  {0x0001: BinaryFile(bytes(16))})],
        notes={"surface": SurfaceKind.UNKNOWN.value})
    return VirtualCard(image)


def surface_of(card: object) -> CardSurface:
    """What the tray camera reads off `card`'s printed face."""
    if isinstance(card, ChiplessCard):
        return card.surface
    if isinstance(card, VirtualCard):
        notes = card.image.notes
        kind = SurfaceKind(notes.get("surface", SurfaceKind.MY_NUMBER_CARD.value))
        return CardSurface(kind, notes.get("collation_b"))
    return CardSurface(SurfaceKind.UNKNOWN)
