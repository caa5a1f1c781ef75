"""`kiosk photo check`: does an image meet the card application's photo rules?"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from kiosk.cli.errors import CommandError
from kiosk.face.engine import FaceEngine
from kiosk.face.media import MediaError, read_image
from kiosk.photo import report
from kiosk.photo.checks import check_photo

_USAGE_STATUS = 2  # the image cannot be read, as for other commands' bad inputs


def register(commands: argparse._SubParsersAction) -> None:
    """Add `photo check` to the command tree."""
    photo = commands.add_parser("photo", help="application photos for the card")
    sub = photo.add_subparsers(dest="photo_command", metavar="PHOTO_COMMAND", required=True)
    check = sub.add_parser(
        "check", help="check a photo against the application's rules",
        description="Check IMAGE as a card application photo: one face, facing front, "
        "framing, eyes visible, plain background, no shadow, sharp, exposure. Prints each "
        "check's result, the measured value and the limit. Exit status 0 when every check "
        "passes, 1 when any fails, 2 when the image cannot be read.")
    check.add_argument("image", type=Path, metavar="IMAGE")
    check.add_argument("--json", action="store_true", help="print JSON")
    check.set_defaults(handler=_check)


def _check(args: argparse.Namespace) -> int:
    try:
        image = read_image(args.image)
    except MediaError as error:
        raise CommandError(str(error), status=_USAGE_STATUS) from None
    result = check_photo(image, FaceEngine())
    if args.json:
        print(json.dumps({"image": str(args.image), **report.as_dict(result)},
                         ensure_ascii=False, indent=2))
    else:
        print(f"image: {args.image}")
        print(report.render(result))
    return 0 if result.passed else 1
