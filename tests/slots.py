"""A reader slot for tests, either in-process (`memory:`) or through the real pcscd."""

from __future__ import annotations

from pathlib import Path

from hw.memory_reader import MemoryCardReader
from hw.pcsc_reader import PcscCardReader
from hw.private_pcscd import PrivatePcscd
from hw.reader import CardReader
from hw.vcard.card_file import load_card, write_image
from hw.vcard.model import CardImage
from tests.pcsc_support import READER, ServedCard


class MemorySlot:
    """The in-process reader; the card is loaded from its file so its state is saved."""

    def __init__(self) -> None:
        self.memory = MemoryCardReader()
        self.reader: CardReader = self.memory

    def insert(self, card_file: Path) -> None:
        self.memory.insert(load_card(card_file))

    def pull_during_next_command(self) -> None:
        self.memory.pull_during_next_command()

    def remove(self) -> None:
        self.memory.remove()

    def close(self) -> None:
        self.memory.remove()


class PcscSlot:
    """The private pcscd's vpcd reader, the card served by `kiosk card serve`."""

    def __init__(self, lab: PrivatePcscd) -> None:
        self.lab = lab
        self.pcsc = PcscCardReader(READER)
        self.reader: CardReader = self.pcsc
        self.served: ServedCard | None = None

    def insert(self, card_file: Path) -> None:
        self.served = ServedCard(self.lab, card_file)
        assert self.pcsc.wait_for_card(5), "pcscd did not see the card"

    def pull_during_next_command(self) -> None:
        assert self.served is not None
        self.served.send("pull")
        self.served.expect("the card will leave")

    def remove(self) -> None:
        assert self.served is not None
        self.served.close()
        self.served = None

    def close(self) -> None:
        self.pcsc.disconnect()
        if self.served is not None:
            self.remove()


def card_file(directory: Path, image: CardImage, name: str = "card.json") -> Path:
    """Write `image` as a card file and return its path."""
    path = directory / name
    write_image(path, image)
    return path
