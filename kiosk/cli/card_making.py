"""Issuing a card from a spec and writing its file, with errors a person can act on."""

from __future__ import annotations

from pathlib import Path

from hw.vcard.authority import AuthorityError, TestAuthority
from hw.vcard.card_file import write_image
from hw.vcard.holder import IssuanceError
from hw.vcard.images import ImageError
from hw.vcard.issuer import IssuedCard
from kiosk import paths
from kiosk.cli.errors import CommandError
from kiosk.demo.card_spec import CardSpec, issue_from_spec


def make_card(spec: CardSpec, authority_dir: Path | None, out: Path) -> IssuedCard:
    """Issue a card and write its file; CommandError with a clear message otherwise."""
    try:
        authority = TestAuthority.load_or_create(authority_dir or paths.authority_dir())
        issued = issue_from_spec(spec, authority, paths.font_path())
    except (IssuanceError, ImageError) as error:
        raise CommandError(str(error), status=2) from None
    except AuthorityError as error:
        raise CommandError(str(error)) from None
    except OSError as error:
        raise CommandError(f"cannot prepare the test authority: {error}") from None
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        write_image(out, issued.image)
    except OSError as error:
        raise CommandError(f"cannot write {out}: {error.strerror}") from None
    return issued
