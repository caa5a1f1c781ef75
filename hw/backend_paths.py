"""Choosing a device backend from a configuration path `BACKEND:ARGUMENT`."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

_D = TypeVar("_D")


def open_backend(path: str, backends: dict[str, Callable[[str], _D]], what: str,
                 error: type[ValueError]) -> _D:
    """Call the backend `path` names with its argument; `error` names the known ones."""
    backend, separator, argument = path.partition(":")
    if not separator or backend not in backends:
        known = ", ".join(f"{name}:" for name in sorted(backends))
        raise error(f"unknown {what} '{path}' (known: {known})")
    return backends[backend](argument)
