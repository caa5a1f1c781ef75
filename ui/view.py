"""What a screen shows, as plain data: built by the presenters, drawn by the screen host."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kiosk.flows.inputs import FlowInput


@dataclass(frozen=True)
class Action:
    """A button: its label, and the flow input it sends."""

    label: str
    input: FlowInput
    primary: bool = False
    icon: str | None = None  # a pictogram beside the label (ui/widgets/pictogram.py)

    @property
    def object_name(self) -> str:
        """The button's Qt object name: the input's action, and its first value if any."""
        values = self.input.arguments
        return self.input.action if not values else f"{self.input.action}_{values[0]}"


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
    success: bool = False  # a task done: drawn with the success mark
    # A pictogram above the title on a screen without a special widget; an alert shows
    # the attention mark and a success the done mark unless another is named.
    pictogram: str | None = None

    @property
    def mark(self) -> str | None:
        """The pictogram this view shows above its title, if any."""
        if self.widget is not None:
            return None
        if self.pictogram is not None:
            return self.pictogram
        return "failure" if self.alert else ("success" if self.success else None)

    @property
    def spoken(self) -> str:
        """The instruction read aloud: the title and the first sentence."""
        return " ".join(part for part in (self.title, *self.lines[:1]) if part)
