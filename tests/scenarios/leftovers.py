"""Searching what a run left on disk for the demo personas' secrets."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from hw.vcard.card_file import read_image
from hw.vcard.model import BinaryFile
from kiosk.demo.personas import load
from kiosk.paths import assets_dir

CHUNK = 48  # bytes of a photo to look for: more than any coincidence could match
JP2_CODESTREAM = b"\xff\x4f\xff\x51"


@dataclass(frozen=True)
class Secrets:
    """One persona's secrets, and their name (allowed only in the facility's records)."""

    persona: str
    name: str
    my_number: str
    pins: tuple[str, ...]
    photo_chunks: tuple[bytes, ...]


def _middle(data: bytes) -> bytes:
    start = len(data) // 2
    return data[start:start + CHUNK]


def persona_secrets(home: Path) -> list[Secrets]:
    """Each persona's My Number (from its card in the seeded `home`), PINs and photos."""
    found = []
    for persona in load()["personas"]:
        image = read_image(home / "cards" / persona["file"])
        card_info = image.application_named("card-info").files[0x0001]
        assert isinstance(card_info, BinaryFile)
        my_number = card_info.data[3:15].decode("ascii")
        chips = [f.data for app in image.applications for f in app.files.values()
                 if isinstance(f, BinaryFile) and JP2_CODESTREAM in f.data]
        assert chips, persona["file"]
        photos = [(assets_dir() / persona[key]).read_bytes()
                  for key in ("photo", "camera_photo") if persona.get(key)]
        pins = tuple(str(persona[key]) for key in ("pin", "signature_password")
                     if persona.get(key))
        found.append(Secrets(persona["file"], persona["name"], my_number, pins,
                             tuple(_middle(data) for data in (*chips, *photos))))
    return found


def _token(secret: str) -> re.Pattern[bytes]:
    """`secret` standing alone (not inside a longer number, hex or base64 string), or
    written as the hex of its bytes (a logged APDU)."""
    hexed = secret.encode().hex()
    return re.compile(rb"(?<![0-9A-Za-z])(" + re.escape(secret.encode()) + rb"|"
                      + hexed.encode() + rb"|" + hexed.upper().encode()
                      + rb")(?![0-9A-Za-z])")


def _database_text(path: Path) -> bytes:
    """Every text value of an SQLite database (PINs are short: bytes of keys, photos and
    certificates would match them by chance)."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")]
        values = [value for table in tables
                  for row in connection.execute(f'SELECT * FROM "{table}"')
                  for value in row if isinstance(value, str)]
    finally:
        connection.close()
    return "\n".join(values).encode()


def search_leftovers(root: Path, secrets: list[Secrets]) -> list[str]:
    """Where under `root` any secret is found; the cards themselves (`cards/*.json`, the
    chips a patient carries) are not searched."""
    findings = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        if path.parent.name == "cards" and path.suffix == ".json":
            continue
        data = path.read_bytes()
        is_database = data.startswith(b"SQLite format 3")
        is_log = ".log" in path.name
        texts = _database_text(path) if is_database else data
        for person in secrets:
            if person.my_number.encode() in data:
                findings.append(f"{path}: {person.persona}'s My Number")
            for chunk in person.photo_chunks:
                if chunk in data:
                    findings.append(f"{path}: {person.persona}'s photo")
            for pin in person.pins:
                if _token(pin).search(texts):
                    findings.append(f"{path}: {person.persona}'s PIN {pin!r}")
            if is_log and person.name.encode() in data:
                findings.append(f"{path}: {person.persona}'s name in a log")
    return findings
