"""Entry point of the `kiosk` command: parses arguments and dispatches to sub-commands."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable

from kiosk.cli import (
    admin_commands,
    card_commands,
    db_commands,
    face_commands,
    photo_commands,
    scenario_commands,
)
from kiosk.cli.errors import CommandError


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
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    card_commands.register(commands)
    db_commands.register(commands)
    admin_commands.register(commands)
    face_commands.register(commands)
    photo_commands.register(commands)
    scenario_commands.register(commands)
    if extra is not None:
        extra(commands)
    return parser


def main(argv: list[str] | None = None,
         extra: Callable[[argparse._SubParsersAction], None] | None = None) -> int:
    """Run one command; returns the process exit status."""
    parser = build_parser(extra)
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    try:
        return args.handler(args)
    except CommandError as error:
        print(f"kiosk: {error}", file=sys.stderr)
        return error.status
