"""`kiosk card serve CARD`: put a virtual card into pcscd's virtual reader (vsmartcard-vpcd)."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path

from hw.vcard.card_file import CardFileError, load_card
from hw.vpcd_card_server import DEFAULT_PORT, RemoteHostRefused, VpcdCardServer, check_host
from kiosk.cli.errors import CommandError

COMMANDS_HELP = "commands: insert, remove, pull (the card leaves during the next command), quit"


def register(sub: argparse._SubParsersAction) -> None:
    """Add `card serve` to the `card` command."""
    serve = sub.add_parser(
        "serve", help="serve a card file to pcscd's virtual reader (vsmartcard-vpcd)",
        description="Connects the card to vpcd so that every PC/SC program sees it in a "
        "reader. Reads commands on standard input: " + COMMANDS_HELP + ". Ctrl-C removes "
        "the card and ends. PIN counters and other changes are saved to the card file.")
    serve.add_argument("card", type=Path, help="card file")
    serve.add_argument("--host", default="127.0.0.1", help="where vpcd listens (loopback)")
    serve.add_argument("--port", type=int, default=DEFAULT_PORT,
                       help=f"vpcd port (default {DEFAULT_PORT}, the first slot)")
    serve.add_argument("--allow-remote", action="store_true",
                       help="allow a host that is not a loopback address")
    serve.set_defaults(handler=_serve)


def _say(text: str) -> None:
    print(text, flush=True)


def _serve(args: argparse.Namespace) -> int:
    try:
        check_host(args.host, args.allow_remote)
    except RemoteHostRefused as error:
        raise CommandError(str(error), status=2) from None
    if not 0 < args.port < 65536:
        raise CommandError("--port must be between 1 and 65535", status=2)
    try:
        card = load_card(args.card)
    except CardFileError as error:
        raise CommandError(str(error)) from None
    events = {
        "inserted": "card inserted",
        "removed": "card removed",
        "reader gone": "reader gone (pcscd stopped?); waiting for it to come back",
        "waiting": f"waiting for vpcd at {args.host}:{args.port} (is pcscd running with "
                   "vsmartcard-vpcd?)",
    }
    server = VpcdCardServer(card, args.host, args.port,
                            on_event=lambda event: _say(events.get(event, event)))
    done = threading.Event()

    def stop(_signal, _frame) -> None:
        done.set()

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    _say(f"serving {args.card} to vpcd at {args.host}:{args.port}; {COMMANDS_HELP}")
    server.insert()
    threading.Thread(target=_read_commands, args=(server, done), daemon=True).start()
    done.wait()
    server.remove()
    _say("card removed; bye")
    return 0


def _read_commands(server: VpcdCardServer, done: threading.Event) -> None:
    for line in sys.stdin:
        command = line.strip().lower()
        if command == "insert":
            server.insert()
        elif command == "remove":
            server.remove()
        elif command == "pull":
            server.pull_during_next_command()
            _say("the card will leave during the next command")
        elif command in ("quit", "exit"):
            done.set()
            return
        elif command:
            _say(f"unknown command '{command}'; {COMMANDS_HELP}")
    # End of input (none given, or closed): keep serving until a signal arrives.
