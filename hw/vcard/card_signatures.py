"""The commands that use a private key: COMPUTE DIGITAL SIGNATURE, INTERNAL AUTHENTICATE."""

from __future__ import annotations

from collections.abc import Callable

from cryptography.hazmat.primitives.asymmetric import rsa

from hw.vcard import status
from hw.vcard.card_rsa import (
    SHA256_SIZE,
    max_padded_input,
    sha256,
    sign_padded,
    sign_sha256_pkcs1,
    sign_sha256_pss,
)
from hw.vcard.card_state import CardState
from hw.vcard.command import Command
from hw.vcard.model import CardFile, KeyFile, KeyUse

# The challenge of INTERNAL AUTHENTICATE: 1 to 255 bytes, as a short Lc carries.
_MAX_CHALLENGE = 255

_Signer = Callable[[rsa.RSAPrivateKey, bytes], bytes | None]


def _padded(key: rsa.RSAPrivateKey, data: bytes) -> bytes | None:
    return sign_padded(key, data) if len(data) <= max_padded_input(key) else None


def _hash_given(sign: Callable[[rsa.RSAPrivateKey, bytes], bytes]) -> _Signer:
    return lambda key, data: sign(key, data) if len(data) == SHA256_SIZE else None


def _card_hashes(sign: Callable[[rsa.RSAPrivateKey, bytes], bytes]) -> _Signer:
    return lambda key, data: sign(key, sha256(data))


# JPKI's P1: 00 pads the data as given (a DigestInfo), 01 pads the card's bare SHA-256,
# 02/03 wrap a given/computed SHA-256 in its DigestInfo, 04/05 the same with PSS.
_SIGNERS: dict[int, _Signer] = {
    0x00: _padded,
    0x01: _card_hashes(sign_padded),
    0x02: _hash_given(sign_sha256_pkcs1),
    0x03: _card_hashes(sign_sha256_pkcs1),
    0x04: _hash_given(sign_sha256_pss),
    0x05: _card_hashes(sign_sha256_pss),
}


def compute_digital_signature(state: CardState, command: Command) -> bytes:
    """`80 2A P1 80|SFI` with a JPKI key, or `80 2A 00 00` with the application's own key."""
    signer = _SIGNERS.get(command.p1)
    if signer is None or (command.p2 == 0x00 and command.p1 != 0x00):
        return status.WRONG_P1P2
    key_file = (_application_key(state) if command.p2 == 0x00
                else _usable_key(state, command.p2, KeyUse.SIGNATURE))
    if isinstance(key_file, bytes):
        return key_file
    if not command.data:
        return status.WRONG_LENGTH
    signature = signer(state.private_key(key_file.pkcs8), command.data)
    return status.WRONG_LENGTH if signature is None else signature + status.OK


def internal_authenticate(state: CardState, command: Command) -> bytes:
    """`00 88 00 80|SFI <challenge>`: sha256WithRSA over the challenge, without a PIN."""
    if command.p1 != 0x00:
        return status.WRONG_P1P2
    key_file = _usable_key(state, command.p2, KeyUse.INTERNAL_AUTHENTICATION)
    if isinstance(key_file, bytes):
        return key_file
    if not 1 <= len(command.data) <= _MAX_CHALLENGE:
        return status.WRONG_LENGTH
    key = state.private_key(key_file.pkcs8)
    return sign_sha256_pkcs1(key, sha256(command.data)) + status.OK


def _application_key(state: CardState) -> KeyFile | bytes:
    """The 券面 application's own key (P2 00); other applications have none: 6A86."""
    app = state.session.application
    keys = [] if app is None else [
        ef for ef in app.files.values()
        if isinstance(ef, KeyFile) and ef.use is KeyUse.APPLICATION
    ]
    if not keys:
        return status.WRONG_P1P2
    return keys[0] if state.opened(keys[0].use_pins) else status.SECURITY_NOT_SATISFIED


def _usable_key(state: CardState, p2: int, use: KeyUse) -> KeyFile | bytes:
    """The key EF P2 names if it serves `use` and its PIN (if any) is verified."""
    found = state.ef_by_reference(p2)
    if isinstance(found, bytes):
        return found
    return _key_answer(state, found[1], use)


def _key_answer(state: CardState, ef: CardFile, use: KeyUse) -> KeyFile | bytes:
    if not isinstance(ef, KeyFile):
        return status.INCOMPATIBLE_FILE
    if not state.opened(ef.use_pins):
        return status.SECURITY_NOT_SATISFIED
    # A key of another use: 6982 while its PIN is missing (above), else 6985.
    return ef if ef.use is use else status.CONDITIONS_NOT_SATISFIED
