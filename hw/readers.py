"""Opening a card reader from a configuration path such as `memory:` or `pcsc:NAME`."""

from __future__ import annotations

from collections.abc import Callable

from hw.backend_paths import open_backend
from hw.reader import CardReader


class UnknownReaderError(ValueError):
    """The configuration names a reader backend that does not exist."""


def _memory(argument: str) -> CardReader:
    from hw.memory_reader import MemoryCardReader  # lazy: backends load only when chosen

    return MemoryCardReader(argument or "Virtual reader (memory)")


def _pcsc(argument: str) -> CardReader:
    from hw.pcsc_reader import PcscCardReader

    return PcscCardReader(argument)


_BACKENDS: dict[str, Callable[[str], CardReader]] = {
    "memory": _memory,
    "pcsc": _pcsc,
}


def open_reader(path: str) -> CardReader:
    """The reader a path names: `BACKEND:` or `BACKEND:ARGUMENT`."""
    return open_backend(path, _BACKENDS, "card reader", UnknownReaderError)
