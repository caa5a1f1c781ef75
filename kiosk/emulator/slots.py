"""Where the emulated site's cards go: the in-process reader, or a real pcscd's virtual reader.

Either way the world knows which card lies on the reader, so the reader's tray camera can
report its printed face (照合番号B) whatever carries the chip's APDUs.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hw.card_surface import CardSurface
from hw.memory_reader import MemoryCardReader
from hw.other_cards import ChiplessCard, surface_of
from hw.pcsc_reader import PcscCardReader
from hw.private_pcscd import READER_NAME, PrivatePcscd
from hw.reader import CardReader
from hw.vcard.card import VirtualCard
from hw.vcard.card_file import write_image
from kiosk.emulator.served_card import ServedCard


class MemorySlot:
    """The in-process reader (`memory:`)."""

    def __init__(self) -> None:
        self.memory = MemoryCardReader()
        self.reader: CardReader = self.memory

    @property
    def card(self) -> VirtualCard | ChiplessCard | None:
        """The card on the reader."""
        return self.memory.card

    def insert(self, card: VirtualCard | ChiplessCard, card_file: Path | None) -> None:
        """Put `card` on the reader."""
        self.memory.insert(card)

    def remove(self) -> None:
        """Take the card off."""
        self.memory.remove()

    def pull_during_next_command(self) -> None:
        """The card will leave during the next command."""
        self.memory.pull_during_next_command()

    def hang_during_next_command(self) -> None:
        """The next command will hang until the card leaves (a stuck reader driver)."""
        self.memory.hang_during_next_command()

    def set_unavailable(self, unavailable: bool) -> None:
        """Unplug the reader, or plug it back in."""
        self.memory.set_unavailable(unavailable)

    def scan_surface(self) -> CardSurface | None:
        """The printed face of the card on the tray."""
        return self.memory.scan_surface()

    def close(self) -> None:
        """Take the card off (which also ends a command made to hang)."""
        self.memory.remove()


class PcscSlot:
    """A private pcscd with the vpcd reader; each card is served by `kiosk card serve`."""

    def __init__(self, directory: Path, lab: PrivatePcscd | None = None) -> None:
        # libpcsclite reads the socket path once per process, at its first call: a process
        # that already has a private pcscd (the tests) passes it in.
        self._own_lab = lab is None
        self.lab = lab or PrivatePcscd(directory)
        if self._own_lab:
            self.lab.start()
            os.environ.update(self.lab.client_environment)
        self.reader: CardReader = PcscCardReader(f"{READER_NAME} 00 00")
        self.card: VirtualCard | ChiplessCard | None = None
        self._served: ServedCard | None = None
        directory.mkdir(parents=True, exist_ok=True)
        self._scratch = Path(tempfile.mkdtemp(prefix="kiosk-slot-", dir=directory))

    def insert(self, card: VirtualCard | ChiplessCard, card_file: Path | None) -> None:
        """Serve `card` (from its file, so counters persist) into the virtual reader."""
        if self.card is not None:
            raise ValueError("the reader already holds a card; remove it first")
        if isinstance(card, ChiplessCard):
            raise ValueError("a card without a chip cannot be served to a PC/SC reader; "
                             "use the in-process reader for it")
        if card_file is None:  # a card made on the spot (a transit card): give it a file
            card_file = self._scratch / "card.json"
            write_image(card_file, card.image)
        self._served = ServedCard(self.lab, card_file)
        self.card = card
        self.reader.wait_for_card(5)

    def remove(self) -> None:
        """End the card server: the card leaves the reader."""
        if self._served is not None:
            self._served.close()
            self._served = None
        self.card = None
        self.reader.wait_for_removal(5)

    def pull_during_next_command(self) -> None:
        """The card will leave during the next command."""
        if self._served is not None:
            self._served.send("pull")
            self._served.expect("the card will leave")

    def scan_surface(self) -> CardSurface | None:
        """The printed face of the card on the tray (what was inserted)."""
        return None if self.card is None else surface_of(self.card)

    def close(self) -> None:
        """Remove the card and stop pcscd."""
        self.remove()
        if self._own_lab:
            self.lab.stop()
