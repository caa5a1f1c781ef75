"""Opening a card reader from a configuration path such as `memory:` or `pcsc:NAME`."""

from __future__ import annotations

from collections.abc import Callable

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
    backend, separator, argument = path.partition(":")
    if not separator or backend not in _BACKENDS:
        known = ", ".join(f"{name}:" for name in sorted(_BACKENDS))
        raise UnknownReaderError(f"unknown card reader '{path}' (known: {known})")
    return _BACKENDS[backend](argument)
