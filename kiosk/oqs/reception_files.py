"""The face file of a clinic reception, written where the facility's clinic software reads.

Called on the face-file thread (kiosk/oqs/file_writer.py) once the reception is stored and
the patient has their result. Nothing here may end the patient's session: every failure
(the share not mounted, a full disk, a value the interface cannot carry, the database)
becomes an oqs_face_file event that the staff screen lists, and a log line without personal data.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from kiosk import paths
from kiosk.eligibility.records import ConsentFlag
from kiosk.eligibility.service import EligibilityService, Terminal
from kiosk.eligibility.settings import FacilitySettings
from kiosk.oqs.encoding import setting_encoding
from kiosk.oqs.errors import InvalidResult, OqsFolderMissing, OqsWriteFailed
from kiosk.oqs.face_files import FaceFileSettings, new_file_identifier, write_face_file
from kiosk.oqs.from_reception import face_result

log = logging.getLogger(__name__)

DEFAULT_FOLDER = "oqs"


@dataclass(frozen=True)
class FaceFileOutcome:
    """The file written (`path`), or why not (`reason`, `message`); both empty: no file is
    due (the reception confirmed no insurance)."""

    path: Path | None = None
    reason: str = ""
    message: str = ""


def default_folder() -> Path:
    """The OQS folder of a facility that names none: `<data directory>/oqs`."""
    return paths.data_dir() / DEFAULT_FOLDER


def oqs_folder(settings: FacilitySettings, fallback: Path | None = None) -> Path:
    """The facility's OQS folder; without one `fallback` (or the default), made if missing.

    A folder the facility names is never made: its absence means an unmounted share.
    """
    if settings.oqs_folder:
        return Path(settings.oqs_folder)
    folder = fallback or default_folder()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _attempt(service: EligibilityService, terminal: Terminal, settings: FacilitySettings,
             reception_id: int, earlier: Mapping[str, ConsentFlag],
             fallback: Path | None) -> FaceFileOutcome:
    record = service.reception(settings.code, reception_id)
    result = face_result(record, settings.code, new_file_identifier(),
                         earlier_consents=earlier)
    if result is None:
        return FaceFileOutcome()
    try:
        folder = oqs_folder(settings, fallback)
    except OSError as error:
        raise OqsWriteFailed(f"cannot make the OQS folder: {error.strerror}") from None
    encoding = setting_encoding(settings.oqs_encoding)
    return FaceFileOutcome(write_face_file(result, FaceFileSettings(folder, encoding)))


def _reason(error: Exception) -> str:
    if isinstance(error, OqsFolderMissing):
        return "folder_missing"
    if isinstance(error, OqsWriteFailed):
        return "write_failed"
    if isinstance(error, InvalidResult):
        return "invalid_result"
    return "unexpected"


def write_reception_file(service: EligibilityService, terminal: Terminal,
                         settings: FacilitySettings, reception_id: int,
                         earlier_consents: Mapping[str, ConsentFlag] | None = None,
                         fallback: Path | None = None) -> FaceFileOutcome:
    """Write the stored reception's face file and record it; never raises.

    Blocks on the database and the disk: the face-file thread's work, never the GUI's.
    """
    try:
        outcome = _attempt(service, terminal, settings, reception_id, earlier_consents or {},
                           fallback)
    except Exception as error:  # the reception is stored: no failure here may reach the patient
        reason = _reason(error)
        # The messages of kiosk.oqs name the folder or the element, never a value.
        message = str(error) if reason != "unexpected" else type(error).__name__
        log.error("oqs: no face file for reception %d: %s", reception_id, reason)
        outcome = FaceFileOutcome(reason=reason, message=message[:150])
    if outcome.path is None and not outcome.reason:
        return outcome
    try:
        service.record_oqs_file(terminal, reception_id,
                                name=outcome.path.name if outcome.path else "",
                                reason=outcome.reason, message=outcome.message)
    except Exception as error:  # the file (or its absence) is in the log all the same
        log.error("oqs: the face file's event was not recorded: %s", type(error).__name__)
    return outcome
