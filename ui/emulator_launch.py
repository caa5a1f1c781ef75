"""`kiosk run --emulator`: the kiosk on the emulated site, with the QA panel beside it."""

from __future__ import annotations

import argparse

from PySide6.QtWidgets import QApplication

from kiosk.eligibility.service import Terminal
from kiosk.emulator.session import emulator_dir, session_home, template_home
from kiosk.emulator.slots import PcscSlot
from kiosk.emulator.world import DEFAULT_IDS, EmulatedWorld
from kiosk.face import self_test
from kiosk.terminals import TerminalKind
from ui.kiosk_exit import KioskExit
from ui.kiosk_mode import enter_kiosk_mode
from ui.speech import VoiceGuide
from ui.staff_exit_worker import PasswordChecker
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
    """Run the emulated kiosk until it ends: with `--windowed`, the QA panel beside it;
    without, in kiosk mode as a production terminal (no QA panel, staff exit, SIGTERM)."""
    from ui.launch import serve

    world, terminal = start_emulator(args)
    panel = None
    terminal.start(show=False)
    guard = None
    if args.windowed:
        from ui.qa.placement import arrange
        from ui.qa_panel import QaPanel

        # Scenarios copy the seeded template that session_home() has just made sure of.
        panel = QaPanel(world, terminal, facility=args.facility or DEMO_CLINIC,
                        scenario_template=template_home())
        # Kiosk and panel side by side within the screen (a 1920×1080 desktop holds both).
        arrange(terminal.window, panel)
        terminal.window.show()
        panel.show()
    else:
        guard = enter_kiosk_mode(terminal.window, True if args.hide_pointer else None)
    ending = KioskExit(terminal, guard,
                       None if args.windowed else _staff_exit(world, args))
    try:
        return serve(app, terminal, ending)
    finally:
        if panel is not None:
            panel.close()
        world.close()


def _staff_exit(world: EmulatedWorld, args: argparse.Namespace) -> PasswordChecker:
    """The staff exit's check at the emulated terminal (the demo clinic's password)."""
    terminal = Terminal(DEFAULT_IDS[TerminalKind(args.terminal)], args.facility or DEMO_CLINIC)
    return lambda password: world.service.staff_password_check(terminal, password,
                                                               "staff_exit")
