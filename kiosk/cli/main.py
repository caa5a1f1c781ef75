"""Entry point of the `kiosk` command: parses arguments and dispatches to sub-commands."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable

from kiosk.cli import (
    admin_commands,
    card_commands,
    db_commands,
    face_commands,
    oqs_commands,
    photo_commands,
    scenario_commands,
)
from kiosk.cli.errors import CommandError
from kiosk.log_files import LOG_FORMAT, log_to_file


def build_parser(
        extra: Callable[[argparse._SubParsersAction], None] | None = None,
) -> argparse.ArgumentParser:
    """The whole command tree; `extra` adds more commands (the screens' own)."""
    parser = argparse.ArgumentParser(
        prog="kiosk",
        description="Simulator of the terminals where a My Number card is used as a "
        "health-insurance card.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log events to stderr")
    parser.add_argument("--debug", action="store_true",
                        help="`run`: debug records in the log file (logs/kiosk.log in the "
                        "data directory) too")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    card_commands.register(commands)
    db_commands.register(commands)
    admin_commands.register(commands)
    face_commands.register(commands)
    photo_commands.register(commands)
    oqs_commands.register(commands)
    scenario_commands.register(commands)
    if extra is not None:
        extra(commands)
    return parser


def main(argv: list[str] | None = None,
         extra: Callable[[argparse._SubParsersAction], None] | None = None) -> int:
    """Run one command; returns the process exit status."""
    parser = build_parser(extra)
    args = parser.parse_args(argv)
    # Whatever the kiosk writes (database, logs, cards, keys) is its user's alone.
    umask = os.umask(0o077)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format=LOG_FORMAT,
        stream=sys.stderr,
    )
    for handler in logging.getLogger().handlers:
        if isinstance(handler, logging.StreamHandler) and handler.stream is sys.stderr:
            handler.setLevel(logging.INFO if args.verbose else logging.WARNING)
    if args.command == "run":  # a terminal keeps a log of its own, 0600
        log_to_file(level=logging.DEBUG if args.debug else logging.INFO)
    try:
        return args.handler(args)
    except CommandError as error:
        print(f"kiosk: {error}", file=sys.stderr)
        return error.status
    finally:
        os.umask(umask)
