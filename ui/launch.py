"""`kiosk run`: open the configured devices and show a terminal's screens."""

from __future__ import annotations

import argparse
import logging
import os

from PySide6.QtWidgets import QApplication

from hw.memory_reader import MemoryCardReader
from hw.readers import open_reader
from kiosk.cli.errors import CommandError
from kiosk.oqs.file_writer import wait_for_face_files
from kiosk.terminals import TERMINALS, TerminalKind
from ui.application import application
from ui.kiosk_exit import KioskExit
from ui.kiosk_mode import enter_kiosk_mode
from ui.speech import VoiceGuide
from ui.terminal_app import TerminalApp
from ui.terminal_setup import flow_factory, staff_exit_checker

log = logging.getLogger(__name__)
# At exit, how long the last face file may take (a service manager allows 5 s in all).
FACE_FILES_AT_EXIT_S = 1.0


def run_terminal(args: argparse.Namespace) -> int:
    """Run until the window closes; the exit status."""
    app = application()
    if args.emulator:
        from ui.emulator_launch import run_emulator

        return run_emulator(args, app)
    if args.terminal == "staff":
        from ui.staff_window import run_staff

        return run_staff(args, app)
    takes_cards = TERMINALS[TerminalKind(args.terminal)].reads_cards
    try:
        reader = (open_reader(args.reader or os.environ.get("KIOSK_READER", "pcsc:"))
                  if takes_cards else MemoryCardReader("no reader"))
    except ValueError as error:
        raise CommandError(str(error)) from None
    terminal = TerminalApp(args.terminal, flow_factory(args, reader), reader,
                           VoiceGuide(args.voice_engine), watch_cards=takes_cards)
    terminal.start(show=False)
    guard = None
    if args.windowed:
        terminal.window.show()
    else:
        guard = enter_kiosk_mode(terminal.window, True if args.hide_pointer else None)
    ending = KioskExit(terminal, guard, None if args.windowed else staff_exit_checker(args))
    return serve(app, terminal, ending)


def serve(app: QApplication, terminal: TerminalApp, ending: KioskExit) -> int:
    """Run the event loop until the terminal ends; its exit status."""
    try:
        status = app.exec()
    finally:
        ending.close()
        # A flow that missed the shutdown deadline is stuck in a device call: the process
        # must still end within the service manager's 5 s.
        stopped = terminal.stop(timeout_ms=500 if ending.ending and not ending.flow_finished
                                else 5000)
        # The last patient's face file, unless the share hangs (the log says how many).
        wait_for_face_files(FACE_FILES_AT_EXIT_S)
    if not stopped:
        # A thread is stuck in a device call that never returned: end the process now
        # rather than wait for it (Qt would abort on destroying its running thread).
        log.error("a device call never returned; exiting without waiting for it")
        logging.shutdown()
        os._exit(status)
    return status
