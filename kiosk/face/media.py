"""Reading probe images and videos from files, for the command line and the benchmark."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, UnidentifiedImageError

from hw.camera import Frame
from hw.still_camera import load_rgb

IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".bmp", ".webp", ".tif", ".tiff",
                            ".jp2", ".j2k"})


class MediaError(Exception):
    """A file is missing or is not a readable image or video; the message names it."""


def is_image_file(path: Path) -> bool:
    """Whether the name looks like a still image."""
    return path.suffix.lower() in IMAGE_SUFFIXES


def read_image(path: Path) -> np.ndarray:
    """An image file as an RGB uint8 array, turned upright as its EXIF says."""
    try:
        return load_rgb(path)
    except FileNotFoundError:
        raise MediaError(f"file not found: {path}") from None
    except IsADirectoryError:
        raise MediaError(f"{path} is a folder, not an image") from None
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as error:
        raise MediaError(f"cannot read image {path}: {error}") from None


def read_video(path: Path, max_frames: int) -> Iterator[Frame]:
    """Up to `max_frames` frames of a video file, timestamped by their position in it."""
    if not path.is_file():
        raise MediaError(f"file not found: {path}")
    capture = cv2.VideoCapture(str(path))
    try:
        if not capture.isOpened():
            raise MediaError(f"cannot read {path} as an image or a video")
        fps = capture.get(cv2.CAP_PROP_FPS) or 25.0
        index = 0
        while index < max_frames:
            ok, bgr = capture.read()
            if not ok:
                break
            yield Frame(cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB), index / fps)
            index += 1
        if index == 0:
            raise MediaError(f"{path} holds no video frames")
    finally:
        capture.release()
