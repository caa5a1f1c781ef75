"""`kiosk card ...`: make virtual cards, see what a terminal reads, send raw APDUs."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from hw.memory_reader import MemoryCardReader
from hw.reader import CardMuteError
from hw.vcard.card_file import CardFileError, load_card
from kiosk import paths
from kiosk.cli import card_upgrade, conform_command, demo_cards, serve_command
from kiosk.cli.card_info import gather_card_info, render_card_info
from kiosk.cli.card_making import make_card
from kiosk.cli.errors import CommandError
from kiosk.demo.card_spec import CardSpec


def register(commands: argparse._SubParsersAction) -> None:
    """Add `card new|info|apdu` to the command tree."""
    card = commands.add_parser("card", help="virtual My Number cards")
    sub = card.add_subparsers(dest="card_command", metavar="CARD_COMMAND", required=True)
    _register_new(sub)
    demo_cards.register(sub)
    serve_command.register(sub)
    card_upgrade.register(sub)
    conform_command.register(sub)

    info = sub.add_parser("info", help="print what a terminal can read without any PIN")
    info.add_argument("card", type=Path, help="card file")
    info.add_argument("--json", action="store_true", help="print JSON")
    info.set_defaults(handler=_info)

    apdu = sub.add_parser("apdu", help="send raw command APDUs (hex) to a card file")
    apdu.add_argument("card", type=Path, help="card file (its state changes are saved)")
    apdu.add_argument("apdus", nargs="+", metavar="HEX", help="command APDU in hex")
    apdu.set_defaults(handler=_apdu)


def _register_new(sub: argparse._SubParsersAction) -> None:
    new = sub.add_parser("new", help="issue a virtual card to a persona")
    new.add_argument("out", type=Path, help="card file to write")
    new.add_argument("--name", required=True, help="family and given name, space-separated")
    new.add_argument("--kana", required=True, help="family and given name in katakana")
    new.add_argument("--birth-date", required=True, type=_date, help="YYYY-MM-DD")
    new.add_argument("--sex", required=True, help="male|female|not-applicable (or 1|2|9)")
    new.add_argument("--address", required=True)
    new.add_argument("--photo", required=True, type=Path, help="face photo (JPEG, PNG...)")
    new.add_argument("--pin", help="4-digit PIN for user authentication and card info")
    new.add_argument("--auth-pin", help="4-digit user-authentication PIN (overrides --pin)")
    new.add_argument("--card-info-pin", help="4-digit card-info PIN (overrides --pin)")
    new.add_argument("--signature-password", help="6-16 of A-Z and 0-9; omit for none")
    new.add_argument("--face-auth", action="store_true",
                     help="a face-authentication card: no PINs, no signature certificate")
    new.add_argument("--issued-on", type=_date, help="issue date (default today); a past "
                     "date gives expired certificates, a future one not-yet-valid ones")
    new.add_argument("--my-number", help="12 digits with a valid check digit (default random)")
    new.add_argument("--destroyed-chip", action="store_true",
                     help="a card whose chip was destroyed by tampering (never answers)")
    new.add_argument("--authority", type=Path, help="test authority directory "
                     f"(default {paths.authority_dir()})")
    new.add_argument("--force", action="store_true", help="overwrite an existing card file")
    new.set_defaults(handler=_new)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD)") from None


def _new(args: argparse.Namespace) -> int:
    if args.out.exists() and not args.force:
        raise CommandError(f"{args.out} exists; use --force to overwrite it", status=2)
    spec = CardSpec(
        name=args.name, kana=args.kana, birth_date=args.birth_date, sex=args.sex,
        address=args.address, photo=args.photo,
        auth_pin=args.auth_pin or args.pin, card_info_pin=args.card_info_pin or args.pin,
        signature_password=args.signature_password, face_auth=args.face_auth,
        issued_on=args.issued_on, my_number=args.my_number,
        destroyed_chip=args.destroyed_chip,
    )
    issued = make_card(spec, args.authority, args.out)
    print(f"card written to {args.out} ({issued.image.kind.value})")
    print("printed on the card:")
    print(f"  My Number (照合番号A): {issued.my_number}")
    print(f"  照合番号B: {issued.collation_b}")
    print(f"  card valid until: {issued.expires_on.isoformat()}")
    print(f"  certificates valid until: {issued.certificates_expire_on.isoformat()}")
    return 0


def _reader_holding(path: Path) -> MemoryCardReader:
    """A memory reader holding the card in `path`, whose changes are saved back to it."""
    try:
        card = load_card(path)
    except CardFileError as error:
        raise CommandError(str(error)) from None
    reader = MemoryCardReader()
    reader.insert(card)
    return reader


def _info(args: argparse.Namespace) -> int:
    info = gather_card_info(_reader_holding(args.card))
    if args.json:
        print(json.dumps(info, ensure_ascii=False, indent=2))
    else:
        print(render_card_info(info))
    return 0 if info.get("answers") else 1


def _apdu(args: argparse.Namespace) -> int:
    try:
        commands = [bytes.fromhex(text) for text in args.apdus]
    except ValueError:
        raise CommandError("each APDU must be hex digits, e.g. 00A4040C0AD392F000260100000001",
                           status=2) from None
    if any(len(command) < 4 for command in commands):
        raise CommandError("a command APDU has at least 4 bytes (CLA INS P1 P2)", status=2)
    reader = _reader_holding(args.card)
    try:
        atr = reader.connect()
    except CardMuteError as error:
        raise CommandError(f"{args.card}: {error}") from None
    print(f"ATR {atr.hex().upper()}")
    for command in commands:
        try:
            response = reader.transmit(command)
        except CardMuteError as error:
            raise CommandError(f"{args.card}: {error}") from None
        print(f">> {command.hex().upper()}")
        print(f"<< {response.hex().upper()}")
        if response[-2:] == b"\x65\x81":
            print(f"kiosk: the card could not save its state to {args.card}", file=sys.stderr)
            return 1
    reader.disconnect()
    return 0
