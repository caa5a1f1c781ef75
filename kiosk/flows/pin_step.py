"""The PIN step the three card terminals share: sign a fresh challenge with the PIN.

The card proves it holds the key of the certificate it showed at placement; each terminal
decides what each outcome shows (a clinic offers the face or staff, a booth sends the person
to the municipal office).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from kiosk.card import InvalidPinFormat, MyNumberCardProtocol, PinLocked, PinNotUsable, WrongPin
from kiosk.flows.base import SessionEnded
from kiosk.flows.placed_card import PlacedCard
from kiosk.flows.reasons import Reason

CHALLENGE_SIZE = 32


@dataclass(frozen=True)
class PinOutcome:
    """How a PIN went: confirmed (no reason), or why not, with the tries left after it
    (None after PIN_FORMAT, when the count did not change, and for a card with no PIN).

    Reasons: PIN_FORMAT (not 4 digits: no try used), WRONG_PIN, PIN_JUST_LOCKED (this try
    locked it), PIN_LOCKED (locked before), FACE_AUTH_CARD (the card has no PIN).
    """

    reason: Reason | None
    tries_left: int | None

    @property
    def confirmed(self) -> bool:
        """The card holder typed their PIN."""
        return self.reason is None


def verify_pin(protocol: MyNumberCardProtocol, pin: str, card: PlacedCard) -> PinOutcome:
    """Authenticate with `pin` (used for this one command, never kept); SessionEnded when a
    different card from the one placed answered. Other card errors propagate."""
    try:
        authentication = protocol.authenticate(pin, os.urandom(CHALLENGE_SIZE))
    except InvalidPinFormat:
        return PinOutcome(Reason.PIN_FORMAT, None)
    except WrongPin as wrong:
        return PinOutcome(Reason.WRONG_PIN, wrong.tries_left)
    except PinLocked as locked:
        return PinOutcome(Reason.PIN_JUST_LOCKED if locked.just_locked else Reason.PIN_LOCKED, 0)
    except PinNotUsable:
        return PinOutcome(Reason.FACE_AUTH_CARD, None)
    finally:
        del pin
    if authentication.certificate.der != card.certificate.der:
        # Another card was slipped in between placement and the PIN.
        raise SessionEnded(Reason.CARD_REMOVED)
    return PinOutcome(None, card.auth_tries_left)
