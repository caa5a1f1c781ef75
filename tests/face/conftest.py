"""Face tests share one engine and encode each photo once per session."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import numpy as np
import pytest

from hw.vcard.images import chip_photo
from kiosk import paths
from kiosk.face.engine import FaceEngine
from kiosk.face.media import read_image
from kiosk.face.quality import QualityLimits
from kiosk.face.reference import Reference, make_reference
from kiosk.face.verification import examine

LONDON = paths.assets_dir() / "faces" / "london"
PEOPLE = ("001", "019", "030")


def card_photo_path(person: str) -> Path:
    """The photo that goes on `person`'s card."""
    return LONDON / person / "neutral.jpg"


def probe_path(person: str) -> Path:
    """The photo that stands for `person` in front of the camera."""
    return LONDON / person / "smiling.jpg"


class FacePhotos:
    """Chip photos, references and probe images, each made once per session."""

    def __init__(self, engine: FaceEngine) -> None:
        self.engine = engine
        self.chip = cache(lambda person: chip_photo(card_photo_path(person)))
        self.reference = cache(self._reference)
        self.probe = cache(lambda person: read_image(probe_path(person)))
        self.probe_encoding = cache(self._probe_encoding)

    def _reference(self, person: str) -> Reference:
        return make_reference(self.engine, self.chip(person))

    def _probe_encoding(self, person: str) -> np.ndarray:
        found = examine(self.engine, self.probe(person), QualityLimits())
        return self.engine.encode_mirrored(found.grey, found.faces[0])


@pytest.fixture(scope="session")
def engine() -> FaceEngine:
    """One face engine for the session: the model loads once."""
    return FaceEngine()


@pytest.fixture(scope="session")
def photos(engine) -> FacePhotos:
    """Photos of a few London people, decoded and encoded once."""
    return FacePhotos(engine)

