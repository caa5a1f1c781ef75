"""Kiosk screens on the emulated world, driven by clicks (pytest-qt, offscreen)."""

from __future__ import annotations

import pytest

from kiosk.flows.names import ScreenName
from ui.application import application
from ui.speech import VoiceGuide
from ui.terminal_app import TerminalApp

CLINIC = "1310000001"


@pytest.fixture(scope="session")
def qapp_cls():
    """pytest-qt's application: ours, with the fonts and translations loaded."""
    application()
    return type(application())


class Terminal:
    """A running terminal and the helpers a test needs to drive it."""

    def __init__(self, app: TerminalApp, world, qtbot) -> None:
        self.app, self.world, self.qtbot = app, world, qtbot
        self.window = app.window

    @property
    def screen(self):
        return self.window.screen_shown

    def wait_for(self, name: str, timeout: int = 20_000) -> None:
        """Wait until the window shows the screen `name`."""
        self.qtbot.waitUntil(lambda: self.screen is not None and self.screen.name == name,
                             timeout=timeout)

    def click(self, object_name: str) -> None:
        """Touch the button with this object name."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QPushButton

        def visible():
            return [b for b in self.window.findChildren(QPushButton, object_name)
                    if b.isVisible() and b.isEnabled()]

        self.qtbot.waitUntil(lambda: bool(visible()), timeout=5000)
        self.qtbot.mouseClick(visible()[0], Qt.MouseButton.LeftButton)

    def type_pin(self, pin: str) -> None:
        """Touch the PIN pad's keys, then OK."""
        for digit in pin:
            self.click(f"pin_key_{digit}")
        self.click("pin_ok")

    def place(self, card: str) -> None:
        self.world.insert(card)

    def take_card(self) -> None:
        self.world.remove()


def start_terminal(kind, world, qtbot, factory) -> Terminal:
    """Start a terminal of `kind` on the world's reader; stopped when the test ends."""
    app = TerminalApp(kind, factory, world.reader, VoiceGuide("mock"))
    qtbot.addWidget(app.window)
    app.start(show=True)
    terminal = Terminal(app, world, qtbot)
    return terminal


@pytest.fixture
def clinic(world, qtbot):
    """The clinic reception of みなと内科クリニック, at standby."""
    terminal = start_terminal("clinic", world, qtbot, lambda: world.clinic(CLINIC))
    terminal.wait_for(ScreenName.STANDBY)
    yield terminal
    terminal.app.stop()


@pytest.fixture
def booth(world, qtbot):
    """A self-service booth, at its language screen."""
    terminal = start_terminal("booth", world, qtbot, world.booth)
    terminal.wait_for(ScreenName.LANGUAGE)
    yield terminal
    terminal.app.stop()


@pytest.fixture
def portal(world, qtbot):
    """The portal app, at its menu."""
    terminal = start_terminal("portal", world, qtbot, world.portal)
    terminal.wait_for(ScreenName.MENU)
    yield terminal
    terminal.app.stop()
