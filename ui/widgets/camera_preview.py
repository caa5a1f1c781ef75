"""The camera preview with an oval face guide; frames are shown, then dropped."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Slot
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy

_GUIDE_OK = QColor(40, 160, 90)
_GUIDE_PROBLEM = QColor(230, 140, 20)


class CameraPreview(QLabel):
    """Paints the latest frame with the face guide; `clear()` drops it."""

    def __init__(self) -> None:
        super().__init__(alignment=Qt.AlignmentFlag.AlignCenter)
        self.setObjectName("camera_preview")
        self.setMinimumSize(320, 240)
        # The frame is scaled to the label, never the label to the frame (phones are narrow).
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.problem = False
        self.guide = "face"  # "face": an oval; "application": a 35:45 photo frame around it
        self.clear()

    @Slot(QImage)
    def show_frame(self, image: QImage) -> None:
        """Draw one frame (already converted on the worker thread) under the guide."""
        pixmap = QPixmap.fromImage(image).scaled(
            self.width(), self.height(), Qt.AspectRatioMode.KeepAspectRatio)
        self.setPixmap(self._with_guide(pixmap))

    def clear(self) -> None:
        """Show only the guide: no frame is kept."""
        blank = QPixmap(320, 240)
        blank.fill(QColor(40, 40, 40))
        self.setPixmap(self._with_guide(blank))

    def _with_guide(self, pixmap: QPixmap) -> QPixmap:
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(_GUIDE_PROBLEM if self.problem else _GUIDE_OK, 5))
        width, height = pixmap.width(), pixmap.height()
        if self.guide == "application":
            # An application photo is 35 x 45 mm with the head filling about 3/4 of its
            # height: the frame to fill, and the head inside it.
            frame_h = height * 0.92
            frame_w = frame_h * 35 / 45
            left, top = (width - frame_w) / 2, (height - frame_h) / 2
            painter.drawRect(QRectF(left, top, frame_w, frame_h))
            painter.drawEllipse(QRectF(left + frame_w * 0.2, top + frame_h * 0.1,
                                       frame_w * 0.6, frame_h * 0.72))
        else:
            # Where the face should be: centred, a third of the frame's height, as the
            # quality checks expect.
            painter.drawEllipse(QRectF(width * 0.34, height * 0.16, width * 0.32,
                                       height * 0.62))
        painter.end()
        return pixmap
