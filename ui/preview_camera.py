"""A camera wrapper that also sends each frame to the screen's preview, then forgets it."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtGui import QImage

from hw.camera import DEFAULT_FRAME_TIMEOUT_S, Camera, Frame


class PreviewCamera:
    """Delegates to `camera`; each frame is converted for display and handed to `show`."""

    def __init__(self, camera: Camera, show: Callable[[QImage], None]) -> None:
        self._camera = camera
        self._show = show
        self.name = camera.name

    def open(self) -> None:
        """Open the real camera."""
        self._camera.open()

    def capture(self, timeout: float = DEFAULT_FRAME_TIMEOUT_S) -> Frame:
        """The next frame, also shown on screen (a copy, dropped at the next frame)."""
        frame = self._camera.capture(timeout)
        self._show(to_qimage(frame.image))
        return frame

    def close(self) -> None:
        """Close the real camera."""
        self._camera.close()


def to_qimage(image: np.ndarray) -> QImage:
    """An RGB frame as a QImage that owns its pixels."""
    rgb = np.ascontiguousarray(image)
    height, width = rgb.shape[:2]
    return QImage(rgb.data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()
