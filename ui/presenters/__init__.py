"""Presenters: from a flow's Screen to the View a person sees, in the current language."""

from __future__ import annotations

from kiosk.flows.screen import Screen
from ui.presenters import clinic, common, photo, self_service
from ui.view import View

_TERMINAL_SPECIFIC = {
    "clinic": clinic.PRESENTERS,
    "booth": self_service.BOOTH_PRESENTERS,
    "portal": self_service.PORTAL_PRESENTERS,
    "photo": photo.PRESENTERS,
}


def present(terminal: str, screen: Screen) -> View:
    """The view of `screen` at a terminal of kind `terminal` (clinic, booth, portal, photo)."""
    specific = _TERMINAL_SPECIFIC[terminal].get(screen.name)
    if specific is not None:
        return specific(screen)
    return common.PRESENTERS[screen.name](screen, terminal)
