"""Proprietary commands the virtual card knows only by the refusal a real card gives."""

from __future__ import annotations

from hw.vcard import status
from hw.vcard.card_state import CardState
from hw.vcard.command import Command

# The applications that answer SET SESSION KEY with 66F1 (共通, 券面事項確認); the others
# (JPKI, 住基, and 券面事項入力補助 without secure messaging) answer 6982.
_NO_SESSION_KEY_AIDS = (
    bytes.fromhex("D3921000310001010100"),
    bytes.fromhex("D3921000310001010402"),
)


def iphone_token(state: CardState, command: Command) -> bytes:
    """`80 FC`: only the iPhone's card token knows it; plastic cards answer 6700."""
    return status.WRONG_LENGTH


def terminal_certificate(state: CardState, command: Command) -> bytes:
    """`80 A2` (a terminal's CVC): no parameters the card accepts are known: 6A86."""
    return status.WRONG_P1P2


def set_session_key(state: CardState, command: Command) -> bytes:
    """`80 AE`: secure messaging is not offered; the refusal depends on the application."""
    app = state.session.application
    if app is not None and app.aid in _NO_SESSION_KEY_AIDS:
        return status.SESSION_KEY_UNSUPPORTED
    return status.SECURITY_NOT_SATISFIED
