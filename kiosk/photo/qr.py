"""Reading the application form's QR code from camera frames (OpenCV's QR code detector)."""

from __future__ import annotations

import logging

import cv2
import numpy as np

log = logging.getLogger(__name__)


class QrReader:
    """Decodes the QR code in an RGB frame; one detector, reused frame after frame.

    Not thread-safe: one reader per thread (the photo booth's flow has its own).
    """

    def __init__(self) -> None:
        self._detector = cv2.QRCodeDetector()

    def read(self, image: np.ndarray) -> str | None:
        """The text of the QR code in `image` (RGB or grey, uint8), or None when there is no
        readable code in it."""
        grey = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY) if image.ndim == 3 else image
        try:
            text, points, _ = self._detector.detectAndDecode(grey)
        except cv2.error as error:  # a frame OpenCV cannot work on is a frame without a code
            log.debug("qr: detector failed on a frame: %s", error)
            return None
        if points is None or not text:
            return None
        return text


def qr_image(text: str, module_px: int = 8, quiet_modules: int = 4) -> np.ndarray:
    """A QR code of `text` as a grey uint8 image (black on white, with its quiet zone);
    what a printed form shows, for tests and demonstrations."""
    code = cv2.QRCodeEncoder.create().encode(text)
    big = cv2.resize(code, None, fx=module_px, fy=module_px, interpolation=cv2.INTER_NEAREST)
    margin = quiet_modules * module_px
    return cv2.copyMakeBorder(big, margin, margin, margin, margin, cv2.BORDER_CONSTANT,
                              value=255)
