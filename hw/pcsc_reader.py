"""The `pcsc:` backend: a card reader reached through PC/SC (pcscd) with pyscard.

Contact readers and contactless (NFC) readers with a PC/SC driver look the same here: the
card protocol sees APDUs either way. The PC/SC context is made on first use and made again
after pcscd went away, so a restarted pcscd or a re-plugged reader needs no kiosk restart.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from types import ModuleType
from typing import TypeVar

from hw.reader import (
    DEFAULT_TIMEOUT_S,
    CardMuteError,
    CardRemovedError,
    NoCardError,
    ReaderError,
    ReaderUnavailableError,
)

INSTALL_HINT = (
    "the PC/SC backend needs pyscard and libpcsclite: on Debian, "
    "'apt-get install pcscd libpcsclite1 libpcsclite-dev swig' then 'pip install pyscard'"
)
_T = TypeVar("_T")
# Waits are cut into slices so that a reader that disappears is noticed promptly.
_WAIT_SLICE_MS = 250
# pcscd notices a removed card at its next poll of the slot (about every 400 ms).
_REMOVAL_SETTLE_S = 0.6


def load_scard() -> ModuleType:
    """pyscard's PC/SC API; ReaderUnavailableError saying what to install when it is missing."""
    try:
        from smartcard import scard
    except (ImportError, OSError) as error:
        raise ReaderUnavailableError(f"{INSTALL_HINT} ({error})") from None
    return scard


class PcscCardReader:
    """One PC/SC reader slot, chosen by name (or a prefix of it), or the first one."""

    def __init__(self, wanted: str = "") -> None:
        self._scard = load_scard()
        self._wanted = wanted
        self._context: int | None = None
        self._card: int | None = None
        self._protocol = 0
        self._reader: str | None = None
        self.name = wanted or "first PC/SC reader"

    # --- context and reader ---------------------------------------------------------------

    def _fail(self, hresult: int, doing: str) -> ReaderError:
        """The typed error for a PC/SC result; forgets what a lost service invalidated."""
        s = self._scard
        message = f"{doing}: {s.SCardGetErrorMessage(hresult).strip()}"
        if hresult in (s.SCARD_W_REMOVED_CARD, s.SCARD_W_RESET_CARD):
            self._card = None
            return CardRemovedError(message)
        if hresult == s.SCARD_E_NO_SMARTCARD:
            self._card = None
            return NoCardError(message)
        if hresult in (s.SCARD_W_UNRESPONSIVE_CARD, s.SCARD_W_UNPOWERED_CARD,
                       s.SCARD_E_PROTO_MISMATCH):
            self._card = None
            return CardMuteError(message)
        # pcscd gone or restarted, reader unplugged, or anything unexpected: start afresh.
        self._drop_context()
        return ReaderUnavailableError(message)

    def _drop_context(self) -> None:
        s = self._scard
        if self._context is not None:
            s.SCardReleaseContext(self._context)
        self._context, self._card, self._reader = None, None, None

    def _ensure_context(self) -> int:
        if self._context is None:
            hresult, context = self._scard.SCardEstablishContext(self._scard.SCARD_SCOPE_USER)
            if hresult != self._scard.SCARD_S_SUCCESS:
                raise ReaderUnavailableError(
                    "cannot reach the PC/SC service (is pcscd running?): "
                    + self._scard.SCardGetErrorMessage(hresult).strip())
            self._context = context
        return self._context

    def list_readers(self) -> list[str]:
        """Names of the readers pcscd knows now."""
        return self._retry_on_stale_context(self._list_readers)

    def _retry_on_stale_context(self, operation: Callable[[], _T]) -> _T:
        """Run `operation`; once more with a new context if pcscd restarted since the last."""
        had_context = self._context is not None
        try:
            return operation()
        except ReaderUnavailableError:
            if not had_context:
                raise
            return operation()  # the failure dropped the old context: this makes a new one

    def _list_readers(self) -> list[str]:
        s = self._scard
        context = self._ensure_context()
        hresult, readers = s.SCardListReaders(context, [])
        if hresult == s.SCARD_E_NO_READERS_AVAILABLE:
            return []
        if hresult != s.SCARD_S_SUCCESS:
            raise self._fail(hresult, "listing readers")
        return list(readers)

    def _reader_name(self) -> str:
        if self._reader is not None:
            return self._reader
        readers = self._list_readers()
        chosen = [name for name in readers if name == self._wanted]
        chosen = chosen or [name for name in readers if name.startswith(self._wanted)]
        if not chosen:
            known = ", ".join(readers) or "none"
            wanted = f"'{self._wanted}'" if self._wanted else "any"
            raise ReaderUnavailableError(f"no PC/SC reader matches {wanted} (readers: {known})")
        self._reader = chosen[0]
        self.name = self._reader
        return self._reader

    # --- CardReader -----------------------------------------------------------------------

    def _wait_for(self, present: bool, timeout: float) -> bool:
        """Block until the slot's card presence is `present`, or `timeout` seconds pass."""
        s = self._scard
        deadline = time.monotonic() + timeout
        known = s.SCARD_STATE_UNAWARE  # the first call answers at once with the state
        while True:
            context = self._ensure_context()
            reader = self._reader_name()
            left = max(0.0, deadline - time.monotonic())
            slice_ms = int(min(left * 1000, _WAIT_SLICE_MS))
            hresult, states = s.SCardGetStatusChange(context, slice_ms, [(reader, known)])
            if hresult == s.SCARD_S_SUCCESS:
                event = states[0][1]
                if bool(event & s.SCARD_STATE_PRESENT) is present:
                    return True
                known = event & ~s.SCARD_STATE_CHANGED
            elif hresult != s.SCARD_E_TIMEOUT:
                raise self._fail(hresult, f"watching {reader}")
            if time.monotonic() >= deadline:
                return False

    def wait_for_card(self, timeout: float) -> bool:
        """Block until a card is in the reader or `timeout` seconds pass."""
        return self._retry_on_stale_context(lambda: self._wait_for(True, timeout))

    def wait_for_removal(self, timeout: float) -> bool:
        """Block until the reader is empty or `timeout` seconds pass."""
        return self._retry_on_stale_context(lambda: self._wait_for(False, timeout))

    def connect(self) -> bytes:
        """Connect to the card (shared access) and return its ATR."""
        self.disconnect()
        return self._retry_on_stale_context(self._connect)

    def _connect(self) -> bytes:
        s = self._scard
        context = self._ensure_context()
        reader = self._reader_name()
        hresult, card, protocol = s.SCardConnect(
            context, reader, s.SCARD_SHARE_SHARED, s.SCARD_PROTOCOL_T0 | s.SCARD_PROTOCOL_T1)
        if hresult != s.SCARD_S_SUCCESS:
            raise self._fail(hresult, f"connecting to the card in {reader}")
        self._card, self._protocol = card, protocol
        hresult, _reader, _state, _protocol, atr = s.SCardStatus(card)
        if hresult != s.SCARD_S_SUCCESS:
            raise self._fail(hresult, "reading the ATR")
        return bytes(atr)

    def transmit(self, apdu: bytes, timeout: float = DEFAULT_TIMEOUT_S) -> bytes:
        """Send one APDU; pcscd and the reader driver enforce the time limit."""
        s = self._scard
        if self._card is None:
            raise NoCardError("not connected to a card")
        hresult, response = s.SCardTransmit(self._card, self._protocol, list(apdu))
        if hresult == s.SCARD_S_SUCCESS and len(response) >= 2:
            return bytes(response)
        # Readers report a card pulled mid-command as a failed or empty transmission; the
        # slot shows it empty by the next poll.
        if self._card_leaves():
            self._card = None
            raise CardRemovedError("the card was removed during a command")
        if hresult != s.SCARD_S_SUCCESS:
            raise self._fail(hresult, "sending a command to the card")
        raise CardMuteError("the card gave no status word")

    def _card_leaves(self) -> bool:
        """True when the slot is empty now or within one reader poll."""
        try:
            return self._wait_for(False, _REMOVAL_SETTLE_S)
        except ReaderError:
            return False

    def disconnect(self) -> None:
        """Release the card, powering it down so no verified PIN survives."""
        if self._card is not None:
            self._scard.SCardDisconnect(self._card, self._scard.SCARD_UNPOWER_CARD)
            self._card = None

    def close(self) -> None:
        """Release the card and the PC/SC context."""
        self.disconnect()
        self._drop_context()
