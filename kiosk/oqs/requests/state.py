"""What the terminal keeps between requests, in the OQS folder itself: accepted bulk
inquiries by reception number, and the reference numbers (照会番号) clinics registered.

Kept beside req/ and res/ (outside every watched folder) so that every watcher serving the
folder sees the same state, and each entry is one file written whole and moved in.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import secrets
from pathlib import Path

from kiosk.oqs.face_files import STAGING_DIR, write_new
from kiosk.oqs.requests.fields import InsuredNumbers
from kiosk.oqs.values import time_text

STATE_DIR = ".oqs-state"


def bulk_folder(oqs_dir: Path) -> Path:
    """Where accepted 一括照会 uploads are kept."""
    return oqs_dir / STATE_DIR / "bulk"
_RECEPTION = re.compile(r"[0-9]{20}")


def _staged(root: Path, data: bytes) -> Path:
    staging = root / STAGING_DIR
    staging.mkdir(exist_ok=True)
    temporary = staging / f"state.{secrets.token_hex(8)}.part"
    write_new(temporary, data)
    return temporary


class BulkInquiries:
    """Accepted 一括照会 uploads, each under its reception number."""

    def __init__(self, oqs_dir: Path) -> None:
        self._root = oqs_dir
        self._folder = bulk_folder(oqs_dir)

    def accept(self, upload: bytes, at: dt.datetime) -> str:
        """Keep the upload; its new reception number (20 digits: local time and 6 random)."""
        self._folder.mkdir(parents=True, exist_ok=True)
        temporary = _staged(self._root, upload)
        try:
            while True:
                number = f"{time_text(at)}{secrets.randbelow(10**6):06d}"
                try:
                    # A link fails when the name exists: two watchers never share a number.
                    os.link(temporary, self._folder / f"{number}.xml")
                    return number
                except FileExistsError:
                    continue
        finally:
            temporary.unlink(missing_ok=True)

    def upload(self, reception_number: str) -> bytes | None:
        """The upload accepted under this number, or None."""
        if not _RECEPTION.fullmatch(reception_number):
            return None
        try:
            return (self._folder / f"{reception_number}.xml").read_bytes()
        except FileNotFoundError:
            return None


class ReferenceNumbers:
    """照会番号 registered by a facility for an insured person (by the card's numbers)."""

    def __init__(self, oqs_dir: Path) -> None:
        self._root = oqs_dir
        self._folder = oqs_dir / STATE_DIR / "references"

    def _path(self, facility: str, insured: InsuredNumbers) -> Path:
        # The file's name says nothing of the person: a digest of the card's numbers.
        key = "\x1f".join((facility, insured.insurer_number, insured.symbol, insured.number,
                           insured.branch or ""))
        return self._folder / facility / hashlib.sha256(key.encode("utf-8")).hexdigest()

    def register(self, facility: str, insured: InsuredNumbers, reference_number: str) -> None:
        """Register (or replace) the facility's reference number for this person."""
        path = self._path(facility, insured)
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = _staged(self._root, reference_number.encode("utf-8"))
        try:
            os.replace(temporary, path)
        finally:
            temporary.unlink(missing_ok=True)

    def find(self, facility: str, insured: InsuredNumbers) -> str:
        """The registered reference number, or ""."""
        try:
            return self._path(facility, insured).read_text("utf-8")
        except FileNotFoundError:
            return ""
