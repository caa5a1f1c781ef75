"""Opening a camera from a configuration path such as `camera:0` or `emulated:live:PHOTO`.

Paths:
- `camera:INDEX`: an OpenCV capture device (`camera:` means device 0);
- `video:FILE`: a video file played as a camera, looping, at its own frame rate;
- `stills:DIR`: the images of a folder, cycled at 10 frames per second;
- `emulated:MODE[:PHOTO]`: a synthetic scene (`live`, `printed`, `dark`, `two` need the
  photo of a face; `nobody` does not).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from hw.backend_paths import open_backend
from hw.camera import Camera


class UnknownCameraError(ValueError):
    """The configuration names a camera backend that does not exist, or a malformed one."""


def _device(argument: str) -> Camera:
    from hw.opencv_camera import OpenCvCamera  # lazy: backends load only when chosen

    try:
        index = int(argument or "0")
    except ValueError:
        raise UnknownCameraError(
            f"camera path 'camera:{argument}': the device index must be a number"
        ) from None
    return OpenCvCamera(index)


def _video(argument: str) -> Camera:
    from hw.opencv_camera import VideoFileCamera

    return VideoFileCamera(Path(_required(argument, "video", "FILE")))


def _stills(argument: str) -> Camera:
    from hw.still_camera import StillImagesCamera

    return StillImagesCamera(Path(_required(argument, "stills", "DIR")))


def _emulated(argument: str) -> Camera:
    from hw.emulated_camera import MODES, EmulatedCamera

    mode, _, photo = _required(argument, "emulated", "MODE[:PHOTO]").partition(":")
    if mode not in MODES:
        raise UnknownCameraError(
            f"unknown emulated camera mode '{mode}' (known: {', '.join(MODES)})"
        )
    try:
        return EmulatedCamera(mode, Path(photo) if photo else None)
    except ValueError as error:  # e.g. a mode that needs a photo was given none
        raise UnknownCameraError(f"camera path 'emulated:{argument}': {error}") from None


def _required(argument: str, backend: str, shape: str) -> str:
    if not argument:
        raise UnknownCameraError(f"camera path '{backend}:' needs an argument: {backend}:{shape}")
    return argument


_BACKENDS: dict[str, Callable[[str], Camera]] = {
    "camera": _device,
    "emulated": _emulated,
    "stills": _stills,
    "video": _video,
}


def open_camera(path: str) -> Camera:
    """The camera a path names (`BACKEND:ARGUMENT`); not opened yet, so nothing is touched."""
    return open_backend(path, _BACKENDS, "camera", UnknownCameraError)
