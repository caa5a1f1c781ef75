"""`kiosk run` and `kiosk screenshots`: the commands that open screens."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from kiosk.cli.errors import CommandError
from kiosk.terminals import TerminalKind

# Every kind of terminal (kiosk/terminals.py), and the staff screen.
TERMINALS = (*(kind.value for kind in TerminalKind), "staff")


def register(commands: argparse._SubParsersAction) -> None:
    """Add `run` and `screenshots` to the command tree."""
    run = commands.add_parser(
        "run", help="run a terminal's screens",
        description="Run the kiosk screens of one terminal with the devices and database from "
        "the options (or KIOSK_READER, KIOSK_CAMERA, KIOSK_FACILITY, KIOSK_DATABASE_URL).")
    run.add_argument("--terminal", choices=TERMINALS, default="clinic")
    run.add_argument("--emulator", action="store_true",
                     help="no hardware: the demo site (SQLite seeded with the demo personas), "
                     "virtual cards and an emulated camera, with the QA panel beside the kiosk")
    run.add_argument("--keep", action="store_true",
                     help="emulator: continue the last session's site instead of a fresh copy")
    run.add_argument("--facility", default=os.environ.get("KIOSK_FACILITY"),
                     help="facility code (clinic and staff screens)")
    run.add_argument("--reader", default=None,
                     help="card reader path: pcsc:[NAME] or memory: (default KIOSK_READER or "
                     "pcsc:); with --emulator: memory (default) or pcsc (the virtual cards go "
                     "through a private pcscd's virtual reader)")
    run.add_argument("--camera", default=os.environ.get("KIOSK_CAMERA", "camera:0"),
                     help="camera path (clinic and photo booth): camera:N, video:FILE, "
                     "stills:DIR, emulated:MODE:PHOTO, none (default camera:0)")
    run.add_argument("--database", default=None, help="SQLAlchemy URL of the eligibility system")
    run.add_argument("--terminal-id", default=None, help="this terminal's id (audit, staff side)")
    run.add_argument("--windowed", action="store_true",
                     help="a window instead of kiosk mode (full screen, frameless, on top, "
                     "ending only by the staff exit or SIGTERM); with --emulator, the QA "
                     "panel beside it")
    run.add_argument("--hide-pointer", action="store_true",
                     help="kiosk mode: hide the pointer (default: hidden when a touch screen "
                     "is found)")
    run.add_argument("--voice-engine", default=None,
                     help="QtTextToSpeech engine (speechd, mock); default: Qt's choice")
    run.set_defaults(handler=_run)

    # Not for people: a packaged kiosk starts itself with it to run a real speech engine in
    # a process of its own (ui/speech_worker.py), as `python -m ui.speech_worker` does.
    worker = commands.add_parser("speech-worker")  # no help: not listed
    worker.add_argument("arguments", nargs=argparse.REMAINDER)
    worker.set_defaults(handler=_speech_worker)

    shots = commands.add_parser(
        "screenshots", help="render every screen to PNG files",
        description="Render every screen of every terminal offscreen (and each language for "
        "standby and an error screen) to DIR/TERMINAL-SCREEN[-REASON]-LANGUAGE.png.")
    shots.add_argument("folder", type=Path, metavar="DIR")
    shots.set_defaults(handler=_screenshots)


def has_display() -> bool:
    """Whether Qt can open a window here (a display, or a platform chosen explicitly)."""
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
                or os.environ.get("QT_QPA_PLATFORM")) or sys.platform in ("win32", "darwin")


def _run(args: argparse.Namespace) -> int:
    if not has_display():
        raise CommandError(
            "there is no display here (DISPLAY and WAYLAND_DISPLAY are unset), so the kiosk "
            "window cannot open. Run it on a desktop; or under a virtual display: "
            "'xvfb-run -a ./run' (xvfb is installed by ./run); or render every screen to "
            "files with './run screenshots DIR'; or play scenarios headless with "
            "'./run scenario run shipped'.")
    from ui.launch import run_terminal  # Qt loads only now

    return run_terminal(args)


def _speech_worker(args: argparse.Namespace) -> int:
    from ui.speech_worker import serve  # Qt loads only for the commands that need it

    return serve(args.arguments)


def _screenshots(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui.screenshots import render_all  # Qt loads only now

    written = render_all(args.folder)
    print(f"{len(written)} screenshots written to {args.folder}")
    return 0
