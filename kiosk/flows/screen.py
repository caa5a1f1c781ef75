"""A flow's state as a screen renders it: a name, a reason, and display values."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from kiosk.flows.reasons import NextStep, Reason, next_steps


@dataclass(frozen=True)
class Screen:
    """What the terminal shows now.

    `details` holds only what the screen needs (tries left, categories, the guidance of
    the last camera frame...), never a PIN, a My Number, a photo or a frame.
    """

    name: str
    reason: Reason | None = None
    details: Mapping[str, Any] = field(default_factory=dict)
    language: str = "ja"

    def __post_init__(self) -> None:
        object.__setattr__(self, "details", MappingProxyType(dict(self.details)))

    @property
    def next_steps(self) -> tuple[NextStep, ...]:
        """Where the person should go when this terminal cannot help."""
        return next_steps(self.reason)

    def describe(self) -> str:
        """A one-line summary for logs and scenario reports (no personal data in it)."""
        text = self.name if self.reason is None else f"{self.name} ({self.reason.value})"
        return text
