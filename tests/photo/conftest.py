"""Photo-check tests share one face engine and look at each London photo once a session."""

from __future__ import annotations

from functools import cache

import numpy as np
import pytest

from kiosk import paths
from kiosk.face.engine import FaceEngine
from kiosk.face.media import read_image
from kiosk.photo.check_limits import PhotoLimits
from kiosk.photo.check_measure import PhotoMeasures, measure
from kiosk.photo.checks import PhotoReport, find_faces, judge

LONDON = paths.assets_dir() / "faces" / "london"
# The manipulated cases use a few people who differ where the checks could trip: curls
# piled high (001), dark skin (096), shoulder-length dark hair (129), and 030, the README's
# example.
SAMPLE = ("001", "030", "096", "129")


def london_people() -> list[str]:
    """Every person's folder name in the London set."""
    return sorted(path.name for path in LONDON.iterdir() if path.is_dir())


class LondonPhotos:
    """Neutral London photos, their landmarks, measures and reports, each made once."""

    def __init__(self, engine: FaceEngine) -> None:
        self.engine = engine
        self.photo = cache(self._photo)
        self.landmarks = cache(self._landmarks)
        self.measures = cache(self._measures)
        self.report = cache(self._report)

    def _photo(self, person: str) -> np.ndarray:
        photo = read_image(LONDON / person / "neutral.jpg")
        photo.flags.writeable = False  # shared between tests: spoil copies, never edits
        return photo

    def _landmarks(self, person: str) -> np.ndarray:
        return find_faces(self.engine, self.photo(person))[0].landmarks

    def _measures(self, person: str) -> PhotoMeasures:
        return measure(self.photo(person), find_faces(self.engine, self.photo(person)))

    def _report(self, person: str) -> PhotoReport:
        # What check_photo does, from the measures already taken.
        return judge(self.measures(person), PhotoLimits())


@pytest.fixture(scope="session")
def engine() -> FaceEngine:
    """One face engine for the session: the model loads once."""
    return FaceEngine()


@pytest.fixture(scope="session")
def london(engine) -> LondonPhotos:
    """The London neutral photos, looked at once per session."""
    return LondonPhotos(engine)
