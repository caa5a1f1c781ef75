"""`kiosk card upgrade`: rewrite card files of an earlier version in the current layout."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from hw.vcard.authority import AuthorityError, TestAuthority
from hw.vcard.card_file import (
    FORMAT_VERSION,
    LEGACY_VERSION,
    CardFileError,
    file_version,
    read_legacy_image,
    write_image,
)
from hw.vcard.upgrade import UpgradeError, upgrade_image
from kiosk import paths
from kiosk.cli.errors import CommandError

KEPT = ("keys, certificates, PINs and their counters, My Number, personal details, photo, "
        "chip state, kind, notes")
MADE_NEW = "application keys, card-verifiable certificates, card number"


def register(sub: argparse._SubParsersAction) -> None:
    """Add `card upgrade` to the `card` command."""
    upgrade = sub.add_parser("upgrade", help="rewrite card files made by an earlier version "
                             "in the current layout (the same card)")
    upgrade.add_argument("cards", nargs="+", type=Path, metavar="FILE", help="card file")
    upgrade.add_argument("--authority", type=Path, help="test authority directory "
                         f"(default {paths.authority_dir()})")
    upgrade.set_defaults(handler=_upgrade)


def _upgrade(args: argparse.Namespace) -> int:
    try:
        authority = TestAuthority.load_or_create(args.authority or paths.authority_dir())
    except AuthorityError as error:
        raise CommandError(str(error)) from None
    except OSError as error:
        raise CommandError(f"cannot prepare the test authority: {error}") from None
    failures = 0
    for path in args.cards:
        try:
            print(f"{path}: {upgrade_file(path, authority)}")
        except (CardFileError, UpgradeError, OSError) as error:
            failures += 1
            print(f"kiosk: {path}: {error}", file=sys.stderr)
    return 1 if failures else 0


def upgrade_file(path: Path, authority: TestAuthority) -> str:
    """Upgrade one card file in place (atomically); returns what was done, for people."""
    version = file_version(path)
    if version == FORMAT_VERSION:
        return f"already in the current layout (version {FORMAT_VERSION}); left as it is"
    if version != LEGACY_VERSION:
        raise CardFileError(f"card file {path} has version {version}, which this kiosk "
                            "does not know")
    image = upgrade_image(read_legacy_image(path), authority)
    write_image(path, image)
    return (f"upgraded from version {LEGACY_VERSION} to {FORMAT_VERSION}; kept {KEPT}; "
            f"made new: {MADE_NEW}")
