"""The face model (dlib through face_recognition), loaded once and lazily, with its timings.

The composition root creates one `FaceEngine` and hands it to whoever verifies faces. The
model loads on the first call (or `warm_up()`), which takes about a second: make that call
on the face worker thread, never on the GUI thread. dlib objects are not documented as
thread-safe, so one thread at a time uses an engine.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

import cv2
import numpy as np

# A kiosk camera frame wider than this is searched at reduced size: HOG detection time grows
# with the pixel count, and a face near enough to verify stays well above the detector's
# 80-pixel minimum at this width. Landmarks and encodings still use the full frame.
DETECTION_WIDTH = 640


@dataclass(frozen=True)
class StartupTimes:
    """Seconds spent importing the model, on the first detection and on the first encoding."""

    import_s: float
    first_detection_s: float
    first_encoding_s: float

    @property
    def total_s(self) -> float:
        """All three together."""
        return self.import_s + self.first_detection_s + self.first_encoding_s


@dataclass(frozen=True, eq=False)
class FoundFace:
    """One face in an image: its box (left, top, right, bottom) and 68 landmarks (x, y)."""

    box: tuple[int, int, int, int]
    landmarks: np.ndarray = field(repr=False)
    _shape: Any = field(repr=False)  # dlib's landmark object, reused for the encoding

    @property
    def width(self) -> int:
        """Box width in pixels."""
        return self.box[2] - self.box[0]

    @property
    def area(self) -> int:
        """Box area in pixels."""
        return self.width * (self.box[3] - self.box[1])


class FaceEngine:
    """Face detection, 68 landmarks and 128-number encodings; the model loads on first use."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._api: ModuleType | None = None
        self._import_s: float | None = None

    @property
    def loaded(self) -> bool:
        """Whether the model is in memory."""
        return self._api is not None

    def warm_up(self) -> StartupTimes:
        """Load the model and run one detection and one encoding; blocks about a second."""
        api = self._models()
        assert self._import_s is not None
        # A synthetic grey image: warming up must not need (or keep) anybody's photo.
        blank = np.full((480, 640, 3), 128, np.uint8)
        started = time.perf_counter()
        self.find_faces(blank)
        detected = time.perf_counter()
        import dlib

        shape = api.pose_predictor_68_point(blank, dlib.rectangle(220, 140, 420, 340))
        api.face_encoder.compute_face_descriptor(blank, shape, 1)
        encoded = time.perf_counter()
        return StartupTimes(self._import_s, detected - started, encoded - detected)

    def find_faces(self, image: np.ndarray, upsample: int = 0) -> list[FoundFace]:
        """Every face in an RGB (or greyscale) uint8 image, largest first."""
        api = self._models()
        scale = 1.0
        search = image
        if image.shape[1] > DETECTION_WIDTH:
            scale = image.shape[1] / DETECTION_WIDTH
            height = round(image.shape[0] / scale)
            search = cv2.resize(image, (DETECTION_WIDTH, height), interpolation=cv2.INTER_AREA)
        rects = api.face_detector(search, upsample)
        faces = [self._landmarks(api, image, rect, scale) for rect in rects]
        return sorted(faces, key=lambda face: face.area, reverse=True)

    def encode(self, image: np.ndarray, face: FoundFace, jitters: int = 1) -> np.ndarray:
        """The 128-number encoding of `face` in the RGB `image`; about 80 ms per jitter."""
        api = self._models()
        descriptor = api.face_encoder.compute_face_descriptor(image, face._shape, jitters)
        return np.asarray(descriptor, dtype=np.float64)

    def _landmarks(self, api: ModuleType, image: np.ndarray, rect: Any,
                   scale: float) -> FoundFace:
        import dlib

        if scale != 1.0:
            rect = dlib.rectangle(round(rect.left() * scale), round(rect.top() * scale),
                                  round(rect.right() * scale), round(rect.bottom() * scale))
        shape = api.pose_predictor_68_point(image, rect)
        points = np.array([(part.x, part.y) for part in shape.parts()], dtype=np.float64)
        box = (rect.left(), rect.top(), rect.right(), rect.bottom())
        return FoundFace(box, points, shape)

    def _models(self) -> ModuleType:
        with self._lock:
            if self._api is None:
                started = time.perf_counter()
                # face_recognition loads its three dlib models when imported.
                import face_recognition.api as api

                self._import_s = time.perf_counter() - started
                self._api = api
            return self._api
