"""Where the kiosk keeps its data and finds its assets."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "mynahokensho-kiosk"


def data_dir() -> Path:
    """The user's data directory, or KIOSK_DATA_DIR when set."""
    configured = os.environ.get("KIOSK_DATA_DIR")
    return Path(configured) if configured else Path(platformdirs.user_data_dir(APP_NAME))


def authority_dir() -> Path:
    """Where the test certificate authority's keys live."""
    return data_dir() / "authority"


def assets_dir() -> Path:
    """The project's assets (fonts, faces), shipped beside the packages."""
    return Path(__file__).resolve().parent.parent / "assets"


def font_path() -> Path:
    """The Japanese font used for card-face images and screens."""
    return assets_dir() / "fonts" / "ipaexg.ttf"
