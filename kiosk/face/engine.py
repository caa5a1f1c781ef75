"""The face model (dlib through face_recognition), loaded once, on a thread of its own.

The composition root creates one `FaceEngine` and hands it to whoever verifies faces. Every
call into dlib runs on the engine's own model thread (kiosk/face/model_thread.py says why:
dlib froze a Qt worker thread), one at a time, with a deadline; the calling thread waits for
the answer, so never call it from the GUI thread. The model loads on the first call, or in
the background after `preload()`, which takes about a second and a half.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any, TypeVar

import cv2
import numpy as np

from kiosk.face.model_thread import ModelThread

# A kiosk camera frame wider than this is searched at reduced size: HOG detection time grows
# with the pixel count, and a face near enough to verify stays well above the detector's
# 80-pixel minimum at this width. Landmarks and encodings still use the full frame.
DETECTION_WIDTH = 640
# Deadlines. One detection or encoding takes 20-150 ms on the 2 reference cores (a card
# photo searched at 4x: about a second); loading the model about 1.5 s, more on a cold disk.
CALL_TIMEOUT_S = 10.0
LOAD_TIMEOUT_S = 60.0

T = TypeVar("T")


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
    """Face detection, 68 landmarks and 128-number encodings, on the engine's model thread."""

    def __init__(self, call_timeout_s: float = CALL_TIMEOUT_S,
                 load_timeout_s: float = LOAD_TIMEOUT_S) -> None:
        self.call_timeout_s = call_timeout_s
        self.load_timeout_s = load_timeout_s
        self._thread = ModelThread("face-model")
        self._api: ModuleType | None = None
        self._import_s: float | None = None
        self._ready = threading.Event()
        # dlib's binding binds itself to the thread that imports it first: make it this one,
        # before any other thread of the process can (an emulated camera, a photo check).
        self._thread.call(_import_dlib, load_timeout_s)

    @property
    def loaded(self) -> bool:
        """Whether the model is in memory."""
        return self._api is not None

    def run(self, work: Callable[[], T], timeout: float | None = None) -> T:
        """Run `work()` on the model thread (anything that calls dlib must); blocks up to
        `timeout` seconds (the engine's call deadline by default), then FaceModelTimeout."""
        if timeout is None:
            timeout = self.call_timeout_s if self.loaded else (
                self.load_timeout_s + self.call_timeout_s)
        return self._thread.call(work, timeout)

    @property
    def ready(self) -> bool:
        """Whether the model is loaded and the check given to `preload()` has run."""
        return self._ready.is_set()

    def preload(self, check: Callable[[], object] | None = None) -> None:
        """Start loading the model in the background and return at once, then run `check`
        on the model thread (a start-up self-test); calls made in the meantime wait for
        them (within their deadline)."""

        def load() -> None:
            try:
                self._warm_up()
                if check is not None:
                    check()
            finally:
                self._ready.set()

        self._thread.submit(load)

    def warm_up(self) -> StartupTimes:
        """Load the model and run one detection and one encoding; blocks about a second."""
        return self.run(self._warm_up, self.load_timeout_s)

    def find_faces(self, image: np.ndarray, upsample: int = 0) -> list[FoundFace]:
        """Every face in an RGB (or greyscale) uint8 image, largest first."""
        return self.run(lambda: self._find_faces(image, upsample))

    def encode(self, image: np.ndarray, face: FoundFace, jitters: int = 1) -> np.ndarray:
        """The 128-number encoding of `face` in the RGB `image`; about 80 ms per jitter."""
        return self.run(lambda: self._encode(image, face, jitters))

    def encode_mirrored(self, image: np.ndarray, face: FoundFace) -> np.ndarray:
        """The mean of the encodings of `face` and of its mirror image; about 160 ms."""
        return self.run(lambda: self._encode_mirrored(image, face))

    def close(self) -> None:
        """Stop the model thread (after the calls already queued)."""
        self._thread.close()

    # -- on the model thread ---------------------------------------------------------

    def _warm_up(self) -> StartupTimes:
        api = self._models()
        assert self._import_s is not None
        # A synthetic grey image: warming up must not need (or keep) anybody's photo.
        blank = np.full((480, 640, 3), 128, np.uint8)
        started = time.perf_counter()
        self._find_faces(blank, 0)
        detected = time.perf_counter()
        import dlib

        shape = api.pose_predictor_68_point(blank, dlib.rectangle(220, 140, 420, 340))
        api.face_encoder.compute_face_descriptor(blank, shape, 1)
        encoded = time.perf_counter()
        return StartupTimes(self._import_s, detected - started, encoded - detected)

    def _find_faces(self, image: np.ndarray, upsample: int) -> list[FoundFace]:
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

    def _encode(self, image: np.ndarray, face: FoundFace, jitters: int) -> np.ndarray:
        api = self._models()
        descriptor = api.face_encoder.compute_face_descriptor(image, face._shape, jitters)
        # Read into numpy here, on the model thread: this is where dlib takes the lock.
        return np.asarray(descriptor, dtype=np.float64)

    def _encode_mirrored(self, image: np.ndarray, face: FoundFace) -> np.ndarray:
        import dlib

        api = self._models()
        # The same aligned crop the encoder makes for itself (150 px, padding 0.25), and
        # its mirror: a news photo's lighting and slight turn come from one side, and the
        # two encodings average that side out (docs/face-thresholds.md).
        chip = dlib.get_face_chip(image, face._shape, 150, 0.25)
        mirror = np.ascontiguousarray(chip[:, ::-1])
        pair = api.face_encoder.compute_face_descriptor([chip, mirror])
        return np.mean([np.asarray(d, dtype=np.float64) for d in pair], axis=0)

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
        if self._api is None:
            started = time.perf_counter()
            # face_recognition loads its three dlib models when imported.
            import face_recognition.api as api

            self._import_s = time.perf_counter() - started
            self._api = api
        return self._api


def _import_dlib() -> None:
    import dlib  # noqa: F401  # imported for its side effect: bound to the model thread
