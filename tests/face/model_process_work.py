"""Module-level functions for the model process's tests (a child can only call those)."""

from __future__ import annotations

import os
import threading

import numpy as np


def checksum(image: np.ndarray) -> int:
    """The sum of an image's bytes, computed in the child."""
    return int(image.astype(np.int64).sum())


def refuse(message: str) -> None:
    """Raise ValueError(message) in the child."""
    raise ValueError(message)


def crash() -> None:
    """End the child at once, as a native crash would."""
    os._exit(3)


def pid() -> int:
    """The child's process id."""
    return os.getpid()


def unpicklable() -> object:
    """A result that cannot cross the pipe."""
    return threading.Lock()
