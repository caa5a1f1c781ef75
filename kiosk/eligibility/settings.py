"""What a facility's terminals do: consent asked, face retries, visual confirmation,
inactivity timeout, language, and where and how OQS files are written."""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import PurePath
from typing import Any

from sqlalchemy.orm import Session

from kiosk.eligibility.errors import InvalidRequest
from kiosk.eligibility.facilities import check_categories, get_facility
from kiosk.storage.models import Facility

LANGUAGES = ("ja", "en", "zh", "ko", "es", "pt")
FACE_RETRIES = (0, 5)
TIMEOUT_S = (15, 600)
WARNING_S = (5, 60)
NAME_MAX = 100
# The encodings an OQS file may be written in (kiosk.oqs.encoding.FileEncoding).
OQS_ENCODINGS = ("utf-8", "shift_jis")
OQS_FOLDER_MAX = 500


@dataclass(frozen=True)
class FacilitySettings:
    """A facility's settings, as its terminals read them."""

    code: str
    name: str
    consent_categories: tuple[str, ...]
    electronic_prescriptions: bool
    # Face attempts allowed after the first failure, before falling back to the PIN.
    face_retries: int
    # Whether staff may confirm identity by sight (with the staff password).
    visual_confirmation_allowed: bool
    # Idle seconds before the terminal resets; the warning shows for the last
    # inactivity_warning_s of them.
    inactivity_timeout_s: int
    inactivity_warning_s: int
    default_language: str
    # The folder shared with clinic software; None: the terminal's default folder.
    oqs_folder: str | None = None
    # The encoding of the OQS files: one of OQS_ENCODINGS.
    oqs_encoding: str = "utf-8"


# Every field but the code can be changed.
CHANGEABLE = tuple(f.name for f in fields(FacilitySettings) if f.name != "code")


def _of(facility: Facility) -> FacilitySettings:
    return FacilitySettings(
        code=facility.code,
        name=facility.name,
        consent_categories=tuple(c for c in facility.consent_categories.split(",") if c),
        electronic_prescriptions=facility.electronic_prescriptions,
        face_retries=facility.face_retries,
        visual_confirmation_allowed=facility.visual_confirmation_allowed,
        inactivity_timeout_s=facility.inactivity_timeout_s,
        inactivity_warning_s=facility.inactivity_warning_s,
        default_language=facility.default_language,
        oqs_folder=facility.oqs_folder,
        oqs_encoding=facility.oqs_encoding,
    )


def get_settings(session: Session, code: str) -> FacilitySettings:
    """The facility's settings; UnknownFacility for an unknown code."""
    return _of(get_facility(session, code))


def _whole_number(name: str, value: Any, low: int, high: int, unit: str = "") -> int:
    # bool is an int in Python; True is not a number of seconds.
    if not isinstance(value, int) or isinstance(value, bool):
        raise InvalidRequest(f"{name} must be a whole number, not {value!r}")
    if not low <= value <= high:
        raise InvalidRequest(f"{name} must be from {low} to {high}{unit}, not {value}")
    return value


def _flag(name: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise InvalidRequest(f"{name} must be true or false, not {value!r}")
    return value


def _folder(value: Any) -> str | None:
    """An absolute folder path as stored, or None (empty text also clears it)."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InvalidRequest(f"oqs_folder must be a folder path, not {value!r}")
    if len(value) > OQS_FOLDER_MAX:
        raise InvalidRequest(f"oqs_folder has more than {OQS_FOLDER_MAX} characters")
    if "\x00" in value or not PurePath(value).is_absolute():
        raise InvalidRequest("oqs_folder must be an absolute folder path")
    return value


def _checked(name: str, value: Any) -> Any:
    """`value` as stored for the setting `name`; InvalidRequest if it is not acceptable."""
    if name == "name":
        if not isinstance(value, str) or not value.strip():
            raise InvalidRequest("the facility name is empty")
        if len(value) > NAME_MAX:
            raise InvalidRequest(f"the facility name has more than {NAME_MAX} characters")
        return value
    if name == "consent_categories":
        # A bare string would be taken letter by letter.
        if isinstance(value, str) or not isinstance(value, list | tuple | set | frozenset) \
                or not all(isinstance(c, str) for c in value):
            raise InvalidRequest("consent_categories must be a list of category names")
        return check_categories(list(value))
    if name in ("electronic_prescriptions", "visual_confirmation_allowed"):
        return _flag(name, value)
    if name == "face_retries":
        return _whole_number(name, value, *FACE_RETRIES)
    if name == "inactivity_timeout_s":
        return _whole_number(name, value, *TIMEOUT_S, " seconds")
    if name == "inactivity_warning_s":
        return _whole_number(name, value, *WARNING_S, " seconds")
    if name == "default_language":
        if value not in LANGUAGES:
            raise InvalidRequest(f"default_language must be one of {', '.join(LANGUAGES)}, "
                                 f"not {value!r}")
        return value
    if name == "oqs_folder":
        return _folder(value)
    if name == "oqs_encoding":
        if value not in OQS_ENCODINGS:
            raise InvalidRequest(f"oqs_encoding must be one of {', '.join(OQS_ENCODINGS)}, "
                                 f"not {value!r}")
        return value
    raise InvalidRequest(f"unknown facility setting {name!r}; settings: {', '.join(CHANGEABLE)}")


def update_settings(session: Session, code: str, /, **changes: Any) -> FacilitySettings:
    """Change some of the facility's settings, all or none; the caller commits.

    InvalidRequest names the first value not acceptable; UnknownFacility for an unknown code.
    """
    unknown = sorted(set(changes) - set(CHANGEABLE))
    if unknown:
        raise InvalidRequest(f"unknown facility settings {unknown}; settings: "
                             f"{', '.join(CHANGEABLE)}")
    facility = get_facility(session, code)
    stored = {name: _checked(name, value) for name, value in changes.items()}
    timeout = stored.get("inactivity_timeout_s", facility.inactivity_timeout_s)
    warning = stored.get("inactivity_warning_s", facility.inactivity_warning_s)
    if warning >= timeout:
        raise InvalidRequest(f"the inactivity warning ({warning} s) must be shorter than the "
                             f"timeout ({timeout} s)")
    for name, value in stored.items():
        setattr(facility, name, value)
    return _of(facility)


def describe_changes(changes: dict[str, Any]) -> str:
    """The changes for the audit trail: setting names and values (no personal data)."""
    def text(value: Any) -> str:
        if isinstance(value, list | tuple | set | frozenset):
            return "+".join(sorted(value)) or "none"
        return str(value)

    return " ".join(f"{name}={text(value)}" for name, value in sorted(changes.items()))
