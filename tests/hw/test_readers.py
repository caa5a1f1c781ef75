"""Readers are opened from a configuration path through one small registry."""

from __future__ import annotations

import pytest

from hw.memory_reader import MemoryCardReader
from hw.reader import CardReader, CardRemovedError, NoCardError
from hw.readers import UnknownReaderError, open_reader


def test_memory_path_opens_the_in_process_reader():
    reader = open_reader("memory:")
    assert isinstance(reader, MemoryCardReader) and isinstance(reader, CardReader)
    assert open_reader("memory:Desk 2").name == "Desk 2"


@pytest.mark.parametrize("path", ["memory", "nfc:usb", "", "pcscd:"])
def test_unknown_paths_are_refused_with_the_known_ones(path):
    with pytest.raises(UnknownReaderError, match="known: memory:, pcsc:"):
        open_reader(path)


def test_empty_memory_reader_raises_typed_errors():
    reader = MemoryCardReader()
    with pytest.raises(NoCardError):
        reader.connect()
    with pytest.raises(CardRemovedError):
        reader.transmit(b"\x00\xa4\x04\x0c")
    reader.disconnect()  # harmless without a card
