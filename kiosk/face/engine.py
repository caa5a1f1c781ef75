"""The face model (dlib through face_recognition), loaded once, in a process of its own.

The composition root creates one `FaceEngine` and hands it to whoever verifies faces. Every
call into dlib runs in the engine's model process (kiosk/face/model_process.py says why:
dlib held the interpreter lock the preview needed), one at a time, with a deadline; the
calling thread waits for the answer, so never call it from the GUI thread. The process
starts with the engine and loads the model in about two seconds; `preload()` warms it up.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import numpy as np

from kiosk.face import model_ops
from kiosk.face.model_process import ModelProcess

# Deadlines. One detection or encoding takes 20-150 ms on the 2 reference cores (a card
# photo searched at 4x: about a second); starting the process and loading the model about
# two seconds, more on a cold disk.
CALL_TIMEOUT_S = 10.0
LOAD_TIMEOUT_S = 60.0

T = TypeVar("T")

log = logging.getLogger(__name__)


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

    @property
    def width(self) -> int:
        """Box width in pixels."""
        return self.box[2] - self.box[0]

    @property
    def area(self) -> int:
        """Box area in pixels."""
        return self.width * (self.box[3] - self.box[1])

    def data(self) -> model_ops.FaceData:
        """The face as it crosses to the model's process."""
        return self.box, self.landmarks


class FaceEngine:
    """Face detection, 68 landmarks and 128-number encodings, in the engine's model process."""

    def __init__(self, call_timeout_s: float = CALL_TIMEOUT_S,
                 load_timeout_s: float = LOAD_TIMEOUT_S) -> None:
        self.call_timeout_s = call_timeout_s
        self.load_timeout_s = load_timeout_s
        self._process = ModelProcess("face-model")
        self._loaded_in = -1  # the process start count at the last successful call
        self._ready = threading.Event()
        self._preloading: threading.Thread | None = None
        self._process.start()  # it loads while the caller goes on

    @property
    def loaded(self) -> bool:
        """Whether the model is in memory (its process answered since it last started)."""
        return self._loaded_in == self._process.starts

    @property
    def model_pid(self) -> int | None:
        """The model process's id, or None when it is not running."""
        return self._process.pid

    @property
    def restarts(self) -> int:
        """How often the model's process was started again (after a stuck call or a crash)."""
        return max(self._process.starts - 1, 0)

    def run(self, work: Callable[..., T], *args: Any, timeout: float | None = None) -> T:
        """`work(*args)` in the model's process (`work` a module-level function that may use
        dlib); blocks up to `timeout` seconds (the engine's call deadline, plus the load's
        when the model is not loaded), then FaceModelTimeout."""
        if timeout is None:
            timeout = self.call_timeout_s if self.loaded else (
                self.load_timeout_s + self.call_timeout_s)
        self._wait_for_preload(timeout)
        result = self._process.call(work, *args, timeout=timeout)
        if getattr(work, "__module__", None) == model_ops.__name__:  # it loaded the model
            self._loaded_in = self._process.starts
        return result

    @property
    def ready(self) -> bool:
        """Whether the model is loaded and the check given to `preload()` has run."""
        return self._ready.is_set()

    def wait_until_ready(self, timeout: float) -> bool:
        """Wait up to `timeout` seconds for `preload()` to finish, its thread included."""
        thread = self._preloading
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)
            return not thread.is_alive()
        return self.ready

    def preload(self, check: Callable[[], object] | None = None) -> None:
        """Load the model in the background and return at once, then run `check` (a start-up
        self-test, which may call the engine); calls made in the meantime wait for both
        (within their deadline)."""

        def load() -> None:
            try:
                self.warm_up()
                if check is not None:
                    check()
            except Exception:
                log.exception("face model: preloading failed")
            finally:
                self._ready.set()

        self._preloading = threading.Thread(target=load, name="face-model preload",
                                            daemon=True)
        self._preloading.start()

    def warm_up(self) -> StartupTimes:
        """Load the model and run one detection and one encoding; blocks about a second."""
        return StartupTimes(*self.run(model_ops.warm_up, timeout=self.load_timeout_s))

    def find_faces(self, image: np.ndarray, upsample: int = 0) -> list[FoundFace]:
        """Every face in a greyscale or RGB uint8 image, largest first."""
        found = self.run(model_ops.find_faces, _compact(image), upsample)
        return [FoundFace(box, landmarks) for box, landmarks in found]

    def encode(self, image: np.ndarray, face: FoundFace, jitters: int = 1) -> np.ndarray:
        """The 128-number encoding of `face` in `image`; about 80 ms per jitter."""
        return self.run(model_ops.encode, _compact(image), face.data(), jitters)

    def encode_mirrored(self, image: np.ndarray, face: FoundFace) -> np.ndarray:
        """The mean of the encodings of `face` and of its mirror image; about 160 ms."""
        return self.run(model_ops.encode_mirrored, _compact(image), face.data())

    def close(self) -> None:
        """Stop the model's process (after the call under way)."""
        self._process.close()

    def _wait_for_preload(self, timeout: float) -> None:
        thread = self._preloading
        if thread is not None and thread is not threading.current_thread():
            self._ready.wait(timeout)


def _compact(image: np.ndarray) -> np.ndarray:
    """A greyscale image sent as three equal channels goes as one: a third of the bytes."""
    if image.ndim == 3 and image.shape[2] == 3:
        first = image[:, :, 0]
        if np.array_equal(first, image[:, :, 1]) and np.array_equal(first, image[:, :, 2]):
            return np.ascontiguousarray(first)
    return image
