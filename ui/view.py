"""What a screen shows, as plain data: built by the presenters, drawn by the screen host."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Action:
    """A button: its label, and the flow input it sends (method name and arguments)."""

    label: str
    name: str
    args: tuple[Any, ...] = ()
    primary: bool = False


@dataclass(frozen=True)
class View:
    """A screen's title, sentences, buttons and its one special widget, if any.

    `widget` is one of "pin_pad", "camera", "consent_toggles", "password", "languages" or
    None; `data` feeds it. `spoken` is what voice guidance reads: never a PIN.
    """

    title: str
    lines: tuple[str, ...] = ()
    actions: tuple[Action, ...] = ()
    widget: str | None = None
    data: dict[str, Any] = field(default_factory=dict)
    busy: bool = False
    alert: bool = False  # an error or refusal: drawn so that it stands out

    @property
    def spoken(self) -> str:
        """The instruction read aloud: the title and the first sentence."""
        return " ".join(part for part in (self.title, *self.lines[:1]) if part)
