"""`kiosk card conform READER`: hold a card, virtual or physical, to real-card behaviour."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from hw.backend_paths import open_backend
from hw.memory_reader import MemoryCardReader
from hw.reader import CardReader, ReaderError
from hw.vcard.card_file import CardFileError, load_card
from kiosk.card.conformance.report import all_checks, render, skipped
from kiosk.card.conformance.runner import Credentials, run_checks
from kiosk.cli.errors import CommandError

WAIT_FOR_CARD_S = 10.0


class UnknownConformReader(ValueError):
    """The READER argument names no known backend."""


def register(sub: argparse._SubParsersAction) -> None:
    """Add `card conform` to the `card` command."""
    conform = sub.add_parser(
        "conform", help="check a card's answers byte by byte against a real card's",
        description="Runs the byte-level checks of docs/card-conformance.md. Without "
        "credentials only checks that use no PIN try run; a wrong credential uses one try "
        "(none is sent when one try is left). Credentials are typed without echo, or read one "
        "a line from standard input when it is not a terminal (PIN, 照合番号B, auth PIN, in "
        "that order). Exit status 1 if a check fails.")
    conform.add_argument("reader", help="memory:CARD.json (a card file) or pcsc:NAME (a PC/SC "
                         "reader, name or prefix)")
    conform.add_argument("--pin", action="store_true",
                         help="ask for the 4-digit card-info PIN (券面事項入力補助)")
    conform.add_argument("--collation-b", action="store_true",
                         help="ask for 照合番号B (14 digits: birth date YYMMDD in 和暦, "
                         "expiry year, security code)")
    conform.add_argument("--auth-pin", action="store_true",
                         help="ask for the 4-digit JPKI user-authentication PIN")
    conform.add_argument("--failures-only", action="store_true",
                         help="print the bytes of failed checks only")
    conform.set_defaults(handler=_conform)


def _memory(argument: str) -> CardReader:
    try:
        card = load_card(Path(argument))
    except CardFileError as error:
        raise CommandError(str(error)) from None
    reader = MemoryCardReader(f"memory:{argument}")
    reader.insert(card)
    return reader


def _pcsc(argument: str) -> CardReader:
    from hw.pcsc_reader import PcscCardReader  # lazy: needs pyscard and libpcsclite

    return PcscCardReader(argument)


def open_conform_reader(path: str) -> CardReader:
    """The reader READER names: a card file in a memory reader, or a PC/SC reader."""
    try:
        return open_backend(path, {"memory": _memory, "pcsc": _pcsc}, "reader",
                            UnknownConformReader)
    except UnknownConformReader as error:
        raise CommandError(str(error), status=2) from None


def _ask(flag: bool, prompt: str, digits: int | None) -> str | None:
    """A credential typed without echo (never taken on the command line, where it would
    stay in the shell history and the process list)."""
    if not flag:
        return None
    # Typed at a terminal without echo; piped in one a line (in the order of the options'
    # help) when standard input is not a terminal.
    value = (getpass.getpass(f"{prompt}: ") if sys.stdin.isatty()
             else sys.stdin.readline().strip())
    if digits is not None and not (len(value) == digits and value.isdigit()):
        raise CommandError(f"{prompt} must be {digits} digits", status=2)
    return value


def _warn(text: str) -> None:
    print(f"kiosk: {text}", file=sys.stderr, flush=True)


def _conform(args: argparse.Namespace) -> int:
    reader = open_conform_reader(args.reader)
    credentials = Credentials(
        pin=_ask(args.pin, "card-info PIN", 4),
        collation_b=_ask(args.collation_b, "照合番号B", 14),
        auth_pin=_ask(args.auth_pin, "JPKI user-authentication PIN", 4),
    )
    try:
        if not reader.wait_for_card(WAIT_FOR_CARD_S):
            raise CommandError(f"no card in {reader.name} after {WAIT_FOR_CARD_S:.0f} s")
        results = run_checks(reader, all_checks(), credentials, _warn)
    except ReaderError as error:
        raise CommandError(f"{reader.name}: {error}") from None
    print(render(results, show_bytes=not args.failures_only))
    given = [name for name in ("pin", "collation_b", "auth_pin") if credentials.has(name)]
    left_out = skipped(all_checks(), given)
    if left_out:
        print(f"not run (need --pin, --collation-b or --auth-pin): {', '.join(left_out)}")
    return 0 if all(result.passed for result in results) else 1
