"""A folder of still images played as a camera: each image in name order, over and over."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from hw.camera import (
    DEFAULT_FRAME_TIMEOUT_S,
    BadFrameError,
    CameraUnavailableError,
    Frame,
    FramePacer,
)

STILL_SUFFIXES = (".bmp", ".jpeg", ".jpg", ".png", ".tif", ".tiff", ".webp")
DEFAULT_STILLS_FPS = 10.0


def load_rgb(path: Path) -> np.ndarray:
    """An image file as RGB pixels, turned upright by its EXIF orientation."""
    with Image.open(path) as image:
        return np.asarray(ImageOps.exif_transpose(image).convert("RGB")).copy()


class StillImagesCamera:
    """The images of one folder, cycled at `fps` frames per second.

    Images are decoded one at a time, when captured, so a large folder costs no memory; an
    image that does not decode raises BadFrameError for its turn and the cycle goes on.
    """

    def __init__(
        self,
        directory: Path,
        *,
        fps: float = DEFAULT_STILLS_FPS,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.directory = Path(directory)
        self.name = f"Stills {self.directory.name}"
        self._pacer = FramePacer(fps, clock, sleep)
        self._files: list[Path] = []
        self._position = 0

    def open(self) -> None:
        """List the folder's images; CameraUnavailableError if it is missing or has none."""
        if not self.directory.is_dir():
            raise CameraUnavailableError(f"no folder of still images at {self.directory}")
        files = sorted(
            path for path in self.directory.iterdir()
            if path.suffix.lower() in STILL_SUFFIXES and path.is_file()
        )
        if not files:
            raise CameraUnavailableError(
                f"no images ({', '.join(STILL_SUFFIXES)}) in {self.directory}"
            )
        self._files = files
        self._position = 0
        self._pacer.restart()

    def capture(self, timeout: float = DEFAULT_FRAME_TIMEOUT_S) -> Frame:
        """The next image once its frame time comes; blocks up to `timeout` seconds."""
        if not self._files:
            raise CameraUnavailableError(f"{self.name} is not open")
        timestamp = self._pacer.wait(timeout)
        path = self._files[self._position]
        self._position = (self._position + 1) % len(self._files)
        try:
            image = load_rgb(path)
        except (UnidentifiedImageError, OSError, ValueError) as error:
            raise BadFrameError(f"still image {path.name} cannot be read: {error}") from None
        return Frame(image, timestamp)

    def close(self) -> None:
        """Forget the folder listing; safe to call twice."""
        self._files = []
