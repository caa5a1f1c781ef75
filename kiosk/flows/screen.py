"""A flow's state as a screen renders it: one frozen dataclass per screen, under this base.

The base carries what every screen has (why it shows, in which language); each screen adds
the typed values it needs (tries left, categories, the guidance of the last camera frame...),
never a PIN, a My Number, a photo or a frame. The screens are in kiosk/flows/screens/.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from types import MappingProxyType
from typing import Any, ClassVar

from kiosk.flows.names import ScreenName
from kiosk.flows.reasons import NextStep, Reason, next_steps

_BASE_FIELDS = ("reason", "language")


@dataclass(frozen=True, kw_only=True)
class Screen:
    """What the terminal shows now."""

    name: ClassVar[ScreenName]
    reason: Reason | None = None
    language: str = "ja"

    @property
    def details(self) -> Mapping[str, Any]:
        """The screen's own values by field name (scenario checks and reports read these)."""
        return MappingProxyType({f.name: getattr(self, f.name) for f in fields(self)
                                 if f.name not in _BASE_FIELDS})

    @property
    def next_steps(self) -> tuple[NextStep, ...]:
        """Where the person should go when this terminal cannot help."""
        return next_steps(self.reason)

    def describe(self) -> str:
        """A one-line summary for logs and scenario reports (no personal data in it)."""
        return self.name if self.reason is None else f"{self.name} ({self.reason.value})"
