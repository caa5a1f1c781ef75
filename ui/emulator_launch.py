"""`kiosk run --emulator`: the kiosk on the emulated site, with the QA panel beside it."""

from __future__ import annotations

import argparse
import logging
import os

from PySide6.QtWidgets import QApplication

from kiosk.emulator.session import emulator_dir, session_home, template_home
from kiosk.emulator.slots import PcscSlot
from kiosk.emulator.world import EmulatedWorld
from kiosk.face import self_test
from ui.speech import VoiceGuide
from ui.terminal_app import TerminalApp

DEMO_CLINIC = "1310000001"


def start_emulator(args: argparse.Namespace) -> tuple[EmulatedWorld, TerminalApp]:
    """The emulated world (a fresh copy of the seeded demo) and its running terminal."""
    slot = None
    if (args.reader or "memory").startswith("pcsc"):
        slot = PcscSlot(emulator_dir() / "pcscd")
    world = EmulatedWorld(session_home(keep=args.keep), realtime=True, slot=slot)
    # The model loads and checks itself while standby shows, not when a patient waits.
    self_test.prepare(world.engine)
    facility = args.facility or DEMO_CLINIC
    terminal = TerminalApp(args.terminal, lambda: world.flow(args.terminal, facility),
                           world.reader, VoiceGuide(args.voice_engine))
    return world, terminal


def run_emulator(args: argparse.Namespace, app: QApplication) -> int:
    """Run the emulated kiosk and its QA panel until the windows close."""
    from ui.qa.placement import arrange
    from ui.qa_panel import QaPanel

    world, terminal = start_emulator(args)
    # Scenarios copy the seeded template that session_home() has just made sure of.
    panel = QaPanel(world, terminal, facility=args.facility or DEMO_CLINIC,
                    scenario_template=template_home())
    terminal.start(show=False)
    # Kiosk and panel side by side within the screen (a 1920×1080 desktop holds both).
    arrange(terminal.window, panel)
    terminal.window.show()
    panel.show()
    try:
        status = app.exec()
    finally:
        panel.close()
        stopped = terminal.stop()
        world.close()
    if not stopped:
        # A device call never returned (see ui/launch.py): do not wait for it.
        logging.getLogger(__name__).error("a device call never returned; exiting now")
        logging.shutdown()
        os._exit(status)
    return status
