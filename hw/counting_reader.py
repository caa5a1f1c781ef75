"""A reader wrapper that counts APDUs and bytes, keeping none of their content."""

from __future__ import annotations

from dataclasses import dataclass

from hw.reader import DEFAULT_TIMEOUT_S, CardReader


@dataclass
class Traffic:
    """Commands sent and bytes moved each way."""

    commands: int = 0
    bytes_sent: int = 0
    bytes_received: int = 0


class CountingCardReader:
    """Passes everything to `inner` and counts the traffic (no APDU content is kept)."""

    def __init__(self, inner: CardReader) -> None:
        self.inner = inner
        self.name = inner.name
        self.traffic = Traffic()

    def reset_counts(self) -> Traffic:
        """Return the counts so far and start again from zero."""
        counted, self.traffic = self.traffic, Traffic()
        return counted

    def wait_for_card(self, timeout: float) -> bool:
        """As the inner reader."""
        return self.inner.wait_for_card(timeout)

    def wait_for_removal(self, timeout: float) -> bool:
        """As the inner reader."""
        return self.inner.wait_for_removal(timeout)

    def connect(self) -> bytes:
        """As the inner reader."""
        return self.inner.connect()

    def transmit(self, apdu: bytes, timeout: float = DEFAULT_TIMEOUT_S) -> bytes:
        """Count the command and its response."""
        self.traffic.commands += 1
        self.traffic.bytes_sent += len(apdu)
        response = self.inner.transmit(apdu, timeout)
        self.traffic.bytes_received += len(response)
        return response

    def disconnect(self) -> None:
        """As the inner reader."""
        self.inner.disconnect()
