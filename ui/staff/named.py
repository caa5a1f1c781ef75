"""Object names for the staff screen's widgets (its style sheet and tests find them by name).

PySide6 accepts `objectName=` as a keyword, but its type stubs do not know it.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject

T = TypeVar("T", bound=QObject)


def named(widget: T, name: str) -> T:
    """`widget`, with its object name set."""
    widget.setObjectName(name)
    return widget
