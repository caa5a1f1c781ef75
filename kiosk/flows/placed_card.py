"""Reading a card the moment it is placed: what it is, its certificate, and its PIN state."""

from __future__ import annotations

from dataclasses import dataclass, field

from hw.card_surface import CardSurface, SurfaceKind, SurfaceScanner
from kiosk.card import (
    AuthCertificate,
    CardError,
    CardRemoved,
    CardUnresponsive,
    FileNotFound,
    MyNumberCardProtocol,
    PinKind,
    PinNotUsable,
    ReaderFailure,
)
from kiosk.flows.reasons import Reason


class CardRefused(Exception):
    """The card cannot be used here; `reason` says why."""

    def __init__(self, reason: Reason) -> None:
        super().__init__(reason.value)
        self.reason = reason


@dataclass(frozen=True)
class PlacedCard:
    """A My Number card as read at placement, before any PIN or face check."""

    certificate: AuthCertificate
    auth_tries_left: int | None  # None: the card has no user-authentication PIN
    collation_b: str | None = field(default=None, repr=False)  # from the printed face

    @property
    def face_auth_card(self) -> bool:
        """A face-authentication card (顔認証マイナンバーカード) has no PIN at all."""
        return self.auth_tries_left is None

    @property
    def pin_locked(self) -> bool:
        """Three wrong PINs locked the card; only the municipal office can reset it."""
        return self.auth_tries_left == 0


def problem_for(error: CardError, surface: CardSurface | None = None) -> Reason:
    """What a card error means to the person at the terminal."""
    if isinstance(error, CardRemoved):
        return Reason.CARD_REMOVED
    if isinstance(error, ReaderFailure):
        return Reason.READER_ERROR
    if isinstance(error, FileNotFound):
        return Reason.NOT_MY_NUMBER_CARD
    if isinstance(error, CardUnresponsive):
        if surface is not None and surface.kind is SurfaceKind.MY_NUMBER_CARD:
            return Reason.CHIP_DESTROYED
        return Reason.UNREADABLE_CARD
    return Reason.UNREADABLE_CARD


def read_placed_card(protocol: MyNumberCardProtocol,
                     scanner: SurfaceScanner | None) -> PlacedCard:
    """Connect, read the certificate and the PIN counter (no try used); CardRefused if not."""
    surface = scanner.scan_surface() if scanner is not None else None
    if surface is not None and surface.kind is SurfaceKind.HEALTH_INSURANCE_CARD:
        raise CardRefused(Reason.INSURANCE_CARD)
    try:
        protocol.connect()
        certificate = protocol.read_auth_certificate()
        try:
            tries: int | None = protocol.pin_tries_left(PinKind.AUTH)
        except PinNotUsable:
            tries = None
    except CardError as error:
        raise CardRefused(problem_for(error, surface)) from None
    collation_b = surface.collation_b if surface is not None else None
    return PlacedCard(certificate, tries, collation_b)
