"""`kiosk card demo`: issue the demo personas' cards, one for each case QA needs."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from hw.vcard.holder import IssuanceError
from kiosk import paths
from kiosk.cli.card_making import make_card
from kiosk.cli.card_spec import CardSpec
from kiosk.cli.errors import CommandError


def personas_file() -> Path:
    """The shipped list of demo personas."""
    return paths.assets_dir() / "personas" / "demo.json"


def register(sub: argparse._SubParsersAction) -> None:
    """Add `card demo` to the `card` command."""
    demo = sub.add_parser("demo", help="issue the demo personas' cards (skips existing ones)")
    demo.add_argument("directory", type=Path, nargs="?",
                      help=f"where to write them (default {paths.data_dir() / 'cards'})")
    demo.add_argument("--force", action="store_true", help="issue them again")
    demo.set_defaults(handler=_demo)


def load_personas(path: Path) -> list[dict]:
    """The personas in a persona file."""
    try:
        personas = json.loads(path.read_text(encoding="utf-8"))["personas"]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise CommandError(f"cannot read persona file {path}: {error}") from None
    if not isinstance(personas, list):
        raise CommandError(f"persona file {path}: 'personas' should be a list")
    return personas


def _demo(args: argparse.Namespace) -> int:
    directory = args.directory or paths.data_dir() / "cards"
    print(f"demo cards in {directory}:")
    for persona in load_personas(personas_file()):
        out = directory / persona["file"]
        if out.exists() and not args.force:
            state = "kept"
        else:
            try:
                spec = CardSpec.from_persona(persona, paths.assets_dir())
            except IssuanceError as error:
                raise CommandError(str(error)) from None
            make_card(spec, None, out)
            state = "issued"
        pin = persona.get("pin") or "-"
        print(f"  {out.name:<24} {state:<6} PIN {pin:<5} {persona['case']}")
    print("see one with: kiosk card info CARD; send APDUs with: kiosk card apdu CARD HEX...")
    return 0
