"""Face-reader result files: named, encoded and placed in `<OQS folder>/face` in one step.

Clinic software watches face/ in different ways (docs/oqs-interface.md): Smartkarte acts on
a file's creation and reads it once, MynaReception scans every second and ignores a file not
stamped with today's local date. So by default a file is written whole in a staging folder
beside face/ (same file system, outside every watched folder), fsync'd, and moved in: it
appears complete under its final name. A facility whose reader only reacts to a file being
written in place (myclinic's relay) may choose the in-place placement instead.
"""

from __future__ import annotations

import base64
import datetime as dt
import errno
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from kiosk.oqs.encoding import FileEncoding, Unencodable
from kiosk.oqs.errors import OqsFolderMissing, OqsWriteFailed
from kiosk.oqs.result import QualificationResult
from kiosk.oqs.values import institution_text, time_text
from kiosk.oqs.xml_writer import render

log = logging.getLogger(__name__)

FACE_PREFIX = "OQSsiquc01res_face_"
FACE_DIR = "face"
STAGING_DIR = ".staging"


class Placement(Enum):
    """How a file appears in face/."""

    MOVE_IN = "move_in"  # written in the staging folder, then moved in whole (the default)
    IN_PLACE = "in_place"  # created under its final name and written (myclinic's relay)


@dataclass(frozen=True)
class FaceFileSettings:
    """The facility's choices for its face files."""

    oqs_dir: Path
    encoding: FileEncoding = FileEncoding.UTF8
    unencodable: Unencodable = Unencodable.REFERENCE
    placement: Placement = Placement.MOVE_IN


def new_file_identifier(random_bytes: Callable[[int], bytes] = os.urandom) -> str:
    """An ArbitraryFileIdentifier like the terminal's: 16 characters of URL-safe base64."""
    return base64.urlsafe_b64encode(random_bytes(11)).decode("ascii")


def face_file_name(institution_code: str, processed_at: dt.datetime,
                   random_bytes: Callable[[int], bytes] = os.urandom) -> str:
    """OQSsiquc01res_face_<10-digit code><20 hex>_<local YYYYMMDDHHMMSS>.xml."""
    return (f"{FACE_PREFIX}{institution_text(institution_code)}{random_bytes(10).hex()}"
            f"_{time_text(processed_at)}.xml")


def _failure(error: OSError, what: str) -> OqsWriteFailed:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        reason = "the disk is full"
    elif error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        reason = "the folder may not be written"
    else:
        reason = error.strerror or type(error).__name__
    return OqsWriteFailed(f"{what}: {reason}; no face file was left behind")


def write_new(path: Path, data: bytes) -> None:
    """Create `path` (never replacing a file), write all of `data`, fsync; remove it on failure."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        path.unlink(missing_ok=True)
        raise
    os.close(fd)


def sync_dir(folder: Path) -> None:
    """fsync a folder: a rename into it is durable only once the folder is on disk."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _folders(settings: FaceFileSettings) -> tuple[Path, Path]:
    root = settings.oqs_dir
    if not root.is_dir():
        raise OqsFolderMissing(f"the OQS folder {root} does not exist (is the share mounted?); "
                               "set the facility's OQS folder to an existing folder")
    face = root / FACE_DIR
    staging = root / STAGING_DIR
    try:
        face.mkdir(exist_ok=True)
        staging.mkdir(exist_ok=True)
    except OSError as error:
        raise _failure(error, f"cannot make the face folder in {root}") from None
    return face, staging


def write_face_file(result: QualificationResult, settings: FaceFileSettings,
                    random_bytes: Callable[[int], bytes] = os.urandom) -> Path:
    """Write a face result file; its path. Blocks on the disk (call it off the UI thread).

    InvalidResult for a value the interface cannot carry, OqsFolderMissing, OqsWriteFailed
    (a full disk...): in every case no file, whole or partial, is left in face/ or staging.
    """
    data = render(result, settings.encoding, settings.unencodable)
    face, staging = _folders(settings)
    name = face_file_name(result.header.institution_code, result.header.processed_at,
                          random_bytes)
    final = face / name
    try:
        if settings.placement is Placement.IN_PLACE:
            write_new(final, data)
        else:
            temporary = staging / f"{name}.{random_bytes(4).hex()}.part"
            write_new(temporary, data)
            try:
                if final.exists():
                    raise FileExistsError(errno.EEXIST, "a face file has this name already")
                os.rename(temporary, final)
            finally:
                temporary.unlink(missing_ok=True)
    except OSError as error:
        raise _failure(error, f"cannot write a face file into {face}") from None
    try:
        sync_dir(face)
    except OSError as error:
        # The file is whole and in place; only its survival of a power cut is in doubt.
        log.warning("oqs: face folder not synced: %s", type(error).__name__)
    log.info("oqs: face file written: %s", name)
    return final
