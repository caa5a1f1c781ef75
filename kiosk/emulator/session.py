"""Where emulator mode keeps its demo site: a seeded template, and the session's own copy."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from hw.vcard.card_file import FORMAT_VERSION
from kiosk import paths
from kiosk.demo.personas import personas_file
from kiosk.emulator.demo_home import build_demo_home, copy_demo_home

# The persona file's modification time and the card file version the template was seeded
# with: a template from an earlier version holds cards of an older layout.
_SEEDED_FROM = "seeded-from"
_log = logging.getLogger(__name__)


def emulator_dir() -> Path:
    """The emulator's folder in the kiosk's data directory."""
    return paths.data_dir() / "emulator"


def template_home() -> Path:
    """The seeded demo, built on first use (a few seconds) and when the personas change."""
    template = emulator_dir() / "template"
    stamp = f"{personas_file().stat().st_mtime_ns} card-file-{FORMAT_VERSION}"
    marker = template / _SEEDED_FROM
    if template.exists() and marker.exists():
        seeded = marker.read_text()
        if seeded == stamp:
            return template
        if f"card-file-{FORMAT_VERSION}" not in seeded:
            _log.warning("the emulator's demo cards are from an earlier card file layout: "
                         "seeding the demo again")
    shutil.rmtree(template, ignore_errors=True)
    build_demo_home(template)
    marker.write_text(stamp)
    return template


def session_home(keep: bool = False) -> Path:
    """The session's demo site: a fresh copy of the template, or the last one if `keep`."""
    session = emulator_dir() / "session"
    if keep and session.exists():
        return session
    template = template_home()
    shutil.rmtree(session, ignore_errors=True)
    return copy_demo_home(template, session)
