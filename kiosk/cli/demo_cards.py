"""`kiosk card demo`: the demo personas' cards, with their records in the eligibility system."""

from __future__ import annotations

import argparse

from kiosk import paths
from kiosk.cli.errors import CommandError
from kiosk.demo.personas import PersonaFileError
from kiosk.demo.seed import seed_demo
from kiosk.eligibility.errors import EligibilityError
from kiosk.storage.database import Database, DatabaseError


def register(sub: argparse._SubParsersAction) -> None:
    """Add `card demo` to the `card` command."""
    demo = sub.add_parser("demo", help="issue the demo personas' cards and file their "
                          "records (the same as 'kiosk admin seed-demo')")
    demo.add_argument("--force", action="store_true", help="issue the cards again")
    demo.set_defaults(handler=_demo)


def _demo(args: argparse.Namespace) -> int:
    directory = paths.data_dir() / "cards"
    try:
        database = Database.open()
        try:
            seeded = seed_demo(database, directory, force=args.force)
        finally:
            database.close()
    except (DatabaseError, EligibilityError, PersonaFileError) as error:
        raise CommandError(str(error)) from None
    print(f"demo cards in {directory} (records in the eligibility database):")
    for persona in seeded:
        print(f"  {persona.file.name:<24} {persona.card:<6} PIN {persona.pin or '-':<5} "
              f"照合番号B {persona.collation_b}  {persona.case}")
    print("see one with: kiosk card info CARD; look it up with: kiosk admin lookup --card CARD")
    return 0
