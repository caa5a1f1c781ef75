"""Presenters: from a flow's Screen to the View a person sees, in the current language."""

from __future__ import annotations

from kiosk.flows.screen import Screen
from kiosk.terminals import TerminalKind
from ui.presenters import clinic, common, photo, self_service
from ui.view import View

# Each kind of terminal's own screens (kiosk/terminals.py); the common ones after them.
TERMINAL_PRESENTERS = {
    TerminalKind.CLINIC: clinic.PRESENTERS,
    TerminalKind.BOOTH: self_service.BOOTH_PRESENTERS,
    TerminalKind.PORTAL: self_service.PORTAL_PRESENTERS,
    TerminalKind.PHOTO: photo.PRESENTERS,
}


def present(terminal: str, screen: Screen) -> View:
    """The view of `screen` at a terminal of kind `terminal` (clinic, booth, portal, photo)."""
    specific = TERMINAL_PRESENTERS[TerminalKind(terminal)].get(type(screen))
    if specific is not None:
        return specific(screen)
    return common.PRESENTERS[type(screen)](screen, terminal)
