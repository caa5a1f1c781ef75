"""Serving card files to the private pcscd from tests, through `kiosk card serve`."""

from __future__ import annotations

from hw.pcsc_reader import PcscCardReader
from hw.private_pcscd import READER_NAME
from kiosk.emulator.served_card import ServedCard as _ServedCard

READER = f"{READER_NAME} 00 00"


class ServedCard(_ServedCard):
    """A served card that, once closed, waits until pcscd has seen it leave."""

    def close(self) -> None:
        """End card serve and wait until the slot is empty."""
        super().close()
        # The next test must find the slot empty, not a card pcscd has yet to poll away.
        PcscCardReader(READER).wait_for_removal(5)
