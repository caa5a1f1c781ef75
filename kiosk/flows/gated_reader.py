"""A flow's own door to the shared card reader, shut for good when the flow is abandoned.

A terminal whose flow stalls (a device call that never returns) starts a new flow on the
same reader. When the stalled call returns at last, the old flow must not touch the card
that the next patient has placed: every call through its shut gate fails as if the card
had left, so the old flow ends its session without a word to the reader.
"""

from __future__ import annotations

import threading

from hw.reader import DEFAULT_TIMEOUT_S, CardReader, CardRemovedError


class GatedReader:
    """Delegates to `reader` until `shut()`; then every call raises CardRemovedError."""

    def __init__(self, reader: CardReader) -> None:
        self._reader = reader
        self._shut = threading.Event()
        self.name = reader.name

    @property
    def is_shut(self) -> bool:
        """Whether the flow behind this gate was abandoned."""
        return self._shut.is_set()

    def shut(self) -> None:
        """Close the gate for good; safe from any thread."""
        self._shut.set()

    def _check(self) -> None:
        if self._shut.is_set():
            raise CardRemovedError("this session was abandoned; the reader serves a new one")

    def wait_for_card(self, timeout: float) -> bool:
        """As the reader's, while the gate is open."""
        self._check()
        return self._reader.wait_for_card(timeout)

    def wait_for_removal(self, timeout: float) -> bool:
        """As the reader's, while the gate is open."""
        self._check()
        return self._reader.wait_for_removal(timeout)

    def connect(self) -> bytes:
        """As the reader's, while the gate is open."""
        self._check()
        return self._reader.connect()

    def transmit(self, apdu: bytes, timeout: float = DEFAULT_TIMEOUT_S) -> bytes:
        """As the reader's, while the gate is open."""
        self._check()
        return self._reader.transmit(apdu, timeout)

    def disconnect(self) -> None:
        """As the reader's; nothing at all once the gate is shut (the card is someone
        else's by then)."""
        if not self._shut.is_set():
            self._reader.disconnect()
