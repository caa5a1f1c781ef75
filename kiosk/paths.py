"""Where the kiosk keeps its data and finds its assets."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "mynahokensho-kiosk"


def data_dir() -> Path:
    """The user's data directory, or KIOSK_DATA_DIR when set; made 0700 if missing."""
    configured = os.environ.get("KIOSK_DATA_DIR")
    directory = Path(configured) if configured else Path(platformdirs.user_data_dir(APP_NAME))
    if not directory.exists():
        private_dir(directory)
    return directory


def private_dir(directory: Path) -> Path:
    """`directory`, made with its missing parents if needed, readable by its owner only
    (0700; a directory of the kiosk's data made wider by an earlier version is narrowed)."""
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    if directory.stat().st_mode & 0o077:
        directory.chmod(0o700)
    return directory


def private_file(path: Path) -> Path:
    """`path` created empty if missing, readable and writable by its owner only (0600)."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        os.fchmod(descriptor, 0o600)
    finally:
        os.close(descriptor)
    return path


def authority_dir() -> Path:
    """Where the test certificate authority's keys live."""
    return data_dir() / "authority"


def assets_dir() -> Path:
    """The project's assets (fonts, faces), shipped beside the packages."""
    return Path(__file__).resolve().parent.parent / "assets"


def font_path() -> Path:
    """The Japanese font used for card-face images and screens."""
    return assets_dir() / "fonts" / "ipaexg.ttf"
