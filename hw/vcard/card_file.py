"""Reading and writing a virtual card file (JSON, see docs/card-file-format.md), atomically."""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from hw.vcard.card import PersistError, VirtualCard
from hw.vcard.model import (
    Application,
    BinaryFile,
    CardFile,
    CardImage,
    CardKind,
    ChipState,
    InternalFile,
    InternalKind,
    KeyFile,
    KeyUse,
    PinFile,
    RecordFile,
)
from hw.vcard.pin_rules import PinFormat
from hw.vcard.pin_secret import PinSecret

FORMAT_NAME = "myna-virtual-card"
# 2: the files laid out byte for byte as on a real card (docs/card-file-format.md); a
# version-1 file holds the same card in an older layout and is never read as if it were new.
FORMAT_VERSION = 2
LEGACY_VERSION = 1


class CardFileError(Exception):
    """A card file is missing, unreadable, truncated or malformed; the message names it."""


def load_card(path: Path) -> VirtualCard:
    """Load a card whose state changes are saved back to `path`."""
    image = read_image(path)
    return VirtualCard(image, persist=lambda changed: _persist(path, changed))


class OutdatedCardFileError(CardFileError):
    """A card file written in the layout of an earlier version; `kiosk card upgrade` fixes it."""


def read_image(path: Path) -> CardImage:
    """Parse the card file at `path`; OutdatedCardFileError for an earlier version's file."""
    document = _read_document(path)
    if file_version(path, document) == LEGACY_VERSION:
        raise OutdatedCardFileError(
            f"card file {path} is in the layout of an earlier version of the kiosk (card "
            f"file version {LEGACY_VERSION}); rewrite it with: kiosk card upgrade {path}")
    return _parse(path, document, FORMAT_VERSION)


def read_legacy_image(path: Path) -> CardImage:
    """Parse a version-1 card file as it was written (for `kiosk card upgrade` only)."""
    return _parse(path, _read_document(path), LEGACY_VERSION)


def file_version(path: Path, document: Any | None = None) -> int:
    """The format version a card file declares."""
    document = _read_document(path) if document is None else document
    try:
        if _field(document, "format", str, "card") != FORMAT_NAME:
            raise _Malformed("not a virtual card file")
        return int(_field(document, "version", int, "card"))
    except _Malformed as error:
        raise CardFileError(f"card file {path} is malformed: {error}") from None


def _read_document(path: Path) -> Any:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise CardFileError(f"card file not found: {path}") from None
    except OSError as error:
        raise CardFileError(f"cannot read card file {path}: {error.strerror}") from None
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise CardFileError(f"card file {path} is damaged or truncated: {error}") from None


def _parse(path: Path, document: Any, version: int) -> CardImage:
    try:
        return _image_from_json(document, version)
    except _Malformed as error:
        raise CardFileError(f"card file {path} is malformed: {error}") from None


def write_image(path: Path, image: CardImage) -> None:
    """Write the card file so that a crash at any moment leaves the old or the new file."""
    text = json.dumps(_image_to_json(image), ensure_ascii=False, indent=1) + "\n"
    path = path.absolute()
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as temp:
            temp.write(text)
            temp.flush()
            os.fsync(temp.fileno())
        os.chmod(temp_name, 0o600)
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
        raise
    _fsync_directory(path.parent)


def _persist(path: Path, image: CardImage) -> None:
    try:
        write_image(path, image)
    except OSError as error:
        raise PersistError(f"cannot save card file {path}: {error.strerror}") from error


def _fsync_directory(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# --- JSON mapping -----------------------------------------------------------------------


class _Malformed(Exception):
    pass


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _fid(fid: int) -> str:
    return f"{fid:04X}"


def _image_to_json(image: CardImage) -> dict[str, Any]:
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "kind": image.kind.value,
        "chip": image.chip.value,
        "atr": image.atr.hex().upper(),
        "card_objects": {_fid(tag): _b64(value) for tag, value in image.card_objects.items()},
        "notes": image.notes,
        "applications": [
            {
                "name": app.name,
                "aid": app.aid.hex().upper(),
                "files": {_fid(fid): _file_to_json(ef) for fid, ef in app.files.items()},
            }
            for app in image.applications
        ],
    }


def _file_to_json(ef: CardFile) -> dict[str, Any]:
    if isinstance(ef, BinaryFile):
        return {"type": "binary", "read_pins": [_fid(p) for p in ef.read_pins],
                "data": _b64(ef.data)}
    if isinstance(ef, KeyFile):
        return {"type": "rsa-private-key", "use": ef.use.value,
                "use_pins": [_fid(p) for p in ef.use_pins], "pkcs8": _b64(ef.pkcs8)}
    if isinstance(ef, RecordFile):
        return {"type": "records", "read_pins": [_fid(p) for p in ef.read_pins],
                "records": [_b64(record) for record in ef.records]}
    if isinstance(ef, InternalFile):
        return {"type": "internal", "kind": ef.kind.value}
    secret = None
    if ef.secret is not None:
        secret = {"pbkdf2_sha256": {"salt": _b64(ef.secret.salt),
                                    "iterations": ef.secret.iterations,
                                    "hash": _b64(ef.secret.digest)}}
    return {"type": "pin", "format": ef.format.value, "max_tries": ef.max_tries,
            "tries_left": ef.tries_left, "changeable": ef.changeable, "secret": secret}


def _field(obj: Any, key: str, kind: type, where: str) -> Any:
    if not isinstance(obj, dict) or key not in obj:
        raise _Malformed(f"{where}: missing '{key}'")
    value = obj[key]
    # bool is an int in Python; a counter must not be true or false.
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise _Malformed(f"{where}: '{key}' should be {kind.__name__}")
    return value


def _bytes(text: Any, where: str) -> bytes:
    if not isinstance(text, str):
        raise _Malformed(f"{where}: expected base64 text")
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise _Malformed(f"{where}: invalid base64") from None


def _hex(text: str, where: str) -> bytes:
    try:
        return bytes.fromhex(text)
    except ValueError:
        raise _Malformed(f"{where}: invalid hex") from None


def _enum(enum: Any, value: str, where: str) -> Any:
    try:
        return enum(value)
    except ValueError:
        raise _Malformed(f"{where}: unknown value '{value}'") from None


def _parse_fid(text: Any, where: str) -> int:
    if not isinstance(text, str) or len(text) != 4:
        raise _Malformed(f"{where}: file id should be 4 hex digits")
    return int.from_bytes(_hex(text, where), "big")


def _image_from_json(doc: Any, expected: int) -> CardImage:
    if _field(doc, "format", str, "card") != FORMAT_NAME:
        raise _Malformed("not a virtual card file")
    version = _field(doc, "version", int, "card")
    if version != expected:
        raise _Malformed(f"format version {version} is not supported (expected {expected})")
    notes = doc.get("notes", {})
    if not isinstance(notes, dict) or not all(isinstance(v, str) for v in notes.values()):
        raise _Malformed("card: 'notes' should map names to text")
    applications = [
        _application_from_json(app, f"applications[{index}]", version)
        for index, app in enumerate(_field(doc, "applications", list, "card"))
    ]
    objects = _field(doc, "card_objects", dict, "card") if version >= 2 else {}
    return CardImage(
        kind=_enum(CardKind, _field(doc, "kind", str, "card"), "card.kind"),
        chip=_enum(ChipState, _field(doc, "chip", str, "card"), "card.chip"),
        atr=_hex(_field(doc, "atr", str, "card"), "card.atr"),
        applications=applications,
        card_objects={_parse_fid(tag, "card.card_objects"):
                      _bytes(value, f"card.card_objects.{tag}")
                      for tag, value in objects.items()},
        notes=notes,
    )


def _application_from_json(obj: Any, where: str, version: int) -> Application:
    name = _field(obj, "name", str, where)
    aid = _hex(_field(obj, "aid", str, where), f"{where}.aid")
    if not 5 <= len(aid) <= 16:
        raise _Malformed(f"{where}.aid: an AID is 5 to 16 bytes")
    files = {
        _parse_fid(fid, f"{where}.files"): _file_from_json(ef, f"{where}.files.{fid}", version)
        for fid, ef in _field(obj, "files", dict, where).items()
    }
    return Application(name=name, aid=aid, files=files)


def _file_from_json(obj: Any, where: str, version: int) -> CardFile:
    kind = _field(obj, "type", str, where)
    if kind == "binary":
        return BinaryFile(data=_bytes(obj.get("data"), f"{where}.data"),
                          read_pins=_pins(obj, "read_pins", where))
    if kind == "rsa-private-key":
        # Version 1 had JPKI signature keys only.
        use = (_enum(KeyUse, _field(obj, "use", str, where), f"{where}.use")
               if version >= 2 else KeyUse.SIGNATURE)
        return KeyFile(pkcs8=_bytes(obj.get("pkcs8"), f"{where}.pkcs8"),
                       use_pins=_pins(obj, "use_pins", where), use=use)
    if kind == "pin":
        return _pin_from_json(obj, where)
    if version >= 2 and kind == "records":
        records = [_bytes(record, f"{where}.records")
                   for record in _field(obj, "records", list, where)]
        return RecordFile(records=records, read_pins=_pins(obj, "read_pins", where))
    if version >= 2 and kind == "internal":
        return InternalFile(_enum(InternalKind, _field(obj, "kind", str, where),
                                  f"{where}.kind"))
    raise _Malformed(f"{where}: unknown file type '{kind}'")


def _pins(obj: Any, key: str, where: str) -> tuple[int, ...]:
    return tuple(_parse_fid(p, where) for p in _field(obj, key, list, where))


def _pin_from_json(obj: dict[str, Any], where: str) -> PinFile:
    max_tries = _field(obj, "max_tries", int, where)
    tries_left = _field(obj, "tries_left", int, where)
    if not 0 <= tries_left <= max_tries <= 15:
        raise _Malformed(f"{where}: tries_left must be between 0 and max_tries (at most 15)")
    secret = None
    if obj.get("secret") is not None:
        spec = _field(obj["secret"], "pbkdf2_sha256", dict, f"{where}.secret")
        secret = PinSecret(
            salt=_bytes(spec.get("salt"), f"{where}.secret.salt"),
            iterations=_field(spec, "iterations", int, f"{where}.secret"),
            digest=_bytes(spec.get("hash"), f"{where}.secret.hash"),
        )
        if secret.iterations < 1 or len(secret.digest) != 32:
            raise _Malformed(f"{where}.secret: not a PBKDF2-SHA256 hash")
    return PinFile(
        format=_enum(PinFormat, _field(obj, "format", str, where), f"{where}.format"),
        max_tries=max_tries,
        tries_left=tries_left,
        secret=secret,
        changeable=_field(obj, "changeable", bool, where),
    )
