"""Reading the demo persona file, with dates relative to the day of seeding resolved."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from kiosk import paths


class PersonaFileError(Exception):
    """The persona file cannot be read or is inconsistent."""


def personas_file() -> Path:
    """The shipped demo personas."""
    return paths.assets_dir() / "personas" / "demo.json"


def load(path: Path | None = None) -> dict[str, Any]:
    """The whole persona file."""
    path = path or personas_file()
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise PersonaFileError(f"cannot read persona file {path}: {error}") from None
    for key in ("insurers", "facilities", "personas"):
        if not isinstance(document.get(key), list):
            raise PersonaFileError(f"persona file {path}: '{key}' should be a list")
    return document


def _date(value: Any, today: dt.date) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dict) and "days_ago" in value:
        return today - dt.timedelta(days=int(value["days_ago"]))
    return dt.date.fromisoformat(value)


def _birthday(year: int, like: dt.date) -> dt.date:
    if (like.month, like.day) == (2, 29):
        return dt.date(year, 2, 28)
    return like.replace(year=year)


def resolve(persona: dict[str, Any], today: dt.date) -> dict[str, Any]:
    """A copy of `persona` with every relative date made absolute."""
    resolved = dict(persona)
    expired_days = persona.get("certificate_expired_days_ago")
    if expired_days is not None:
        # Certificates end on the 5th birthday after issue: issue the day after a birthday
        # five years before the wanted expiry, and that expiry is the 5th birthday.
        expiry = today - dt.timedelta(days=int(expired_days))
        birth = _birthday(today.year - int(persona["birth_years_ago"]), expiry)
        resolved["birth_date"] = birth.isoformat()
        issued = _birthday(expiry.year - 5, expiry) + dt.timedelta(days=1)
        resolved["issued_on"] = issued.isoformat()
    elif "birth_years_ago" in persona:
        resolved["birth_date"] = dt.date(today.year - int(persona["birth_years_ago"]), 4, 1) \
            .isoformat()
    resolved["coverages"] = [
        coverage | {"valid_from": _date(coverage["valid_from"], today),
                    "valid_until": _date(coverage.get("valid_until"), today)}
        for coverage in persona.get("coverages", [])
    ]
    return resolved
