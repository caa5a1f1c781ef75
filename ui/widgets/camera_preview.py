"""The camera preview: the picture, the face guide, progress and guidance drawn over it.

Frames are shown, then dropped: only the latest is held, for repainting, until `clear()`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt, Slot
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.texts import tr

_BOX = QColor(40, 40, 40)
_GUIDE_OK = QColor(40, 160, 90)
_GUIDE_PROBLEM = QColor(230, 140, 20)
_TRACK = QColor(255, 255, 255, 110)
_BAND = QColor(0, 0, 0, 165)
_ASPECT = 4 / 3  # every camera the kiosk knows delivers 4:3; others are cropped to it


class CameraPreview(QWidget):
    """Paints the latest frame in a 4:3 picture of the widget's own size (never the frame's),
    so the picture keeps one size from the first paint."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("camera_preview")
        self.setMinimumSize(320, 240)
        # The picture is scaled to the widget, never the widget to the picture (phones are
        # narrow).
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.problem = False
        self.guide = "face"  # "face": an oval; "application": a 35:45 photo frame around it
        self.preparing = False  # the camera or the card photo is not ready yet
        self.progress: float | None = None  # the share of good frames gathered, if shown
        self.guidance = ""  # what the person should do, drawn over the picture
        self._image: QImage | None = None

    @property
    def has_frame(self) -> bool:
        """Whether a frame is on screen (the photo booth keeps the one taken)."""
        return self._image is not None

    def sizeHint(self) -> QSize:
        """A 4:3 picture of a reception screen's proportions."""
        return QSize(480, 360)

    def present(self, data: Mapping[str, Any]) -> None:
        """Take a camera view's data: `guide`, `guidance` (a problem code: the guide turns
        orange), `guidance_text` (drawn over the picture), `preparing`, `progress`."""
        # A new guide keeps the picture: the photo booth's photo taken stays in view.
        self.guide = data.get("guide", "face")
        self.problem = data.get("guidance") is not None
        self.guidance = data.get("guidance_text", "")
        self.preparing = bool(data.get("preparing", False))
        self.progress = data.get("progress")
        self.update()

    @Slot(QImage)
    def show_frame(self, image: QImage) -> None:
        """Draw one frame (already converted on the capturing thread); the last is dropped."""
        self._image = image
        self.update()

    def clear(self) -> None:
        """Drop the frame: only the guide shows, on a dark picture saying it is preparing."""
        self._image = None
        self.preparing = False
        self.progress = None
        self.guidance = ""
        self.update()

    def picture_rect(self) -> QRectF:
        """Where the picture is drawn: the largest 4:3 rectangle centred in the widget."""
        width, height = float(self.width()), float(self.height())
        if width / height > _ASPECT:
            width = height * _ASPECT
        else:
            height = width / _ASPECT
        return QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)

    def overlay_text(self) -> str:
        """What is written over the picture now: 準備中, the guidance, or nothing."""
        if self.preparing or self._image is None:
            return tr("準備中")
        return self.guidance

    def paintEvent(self, event: QPaintEvent) -> None:
        """The picture (or the dark box), the guide, progress, guidance, 準備中."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        rect = self.picture_rect()
        painter.fillRect(rect, _BOX)
        if self._image is not None:
            painter.save()
            painter.setClipRect(rect)
            painter.drawImage(_cover(self._image, rect), self._image)
            painter.restore()
        self._draw_guide(painter, rect)
        text = self.overlay_text()
        if text:
            waiting = self.preparing or self._image is None
            self._draw_band(painter, rect, text, middle=waiting)
        painter.end()

    def _draw_guide(self, painter: QPainter, rect: QRectF) -> None:
        thickness = max(4.0, rect.height() / 60)
        colour = _GUIDE_PROBLEM if self.problem else _GUIDE_OK
        left, top, width, height = rect.x(), rect.y(), rect.width(), rect.height()
        if self.guide == "application":
            # An application photo is 35 x 45 mm with the head filling about 3/4 of its
            # height: the frame to fill, and the head inside it.
            painter.setPen(QPen(colour, thickness))
            frame_h = height * 0.92
            frame_w = frame_h * 35 / 45
            frame_left, frame_top = left + (width - frame_w) / 2, top + (height - frame_h) / 2
            painter.drawRect(QRectF(frame_left, frame_top, frame_w, frame_h))
            painter.drawEllipse(QRectF(frame_left + frame_w * 0.2, frame_top + frame_h * 0.1,
                                       frame_w * 0.6, frame_h * 0.72))
            return
        # Where the face should be: centred, a third of the frame's height, as the quality
        # checks expect.
        oval = QRectF(left + width * 0.34, top + height * 0.16, width * 0.32, height * 0.62)
        if self.progress is None:
            painter.setPen(QPen(colour, thickness))
            painter.drawEllipse(oval)
            return
        # The oval is the progress ring: it fills in green clockwise from the top as good
        # frames are gathered; the rest of it turns orange while the frame has a problem.
        painter.setPen(QPen(_GUIDE_PROBLEM if self.problem else _TRACK, thickness * 1.5))
        painter.drawEllipse(oval)
        share = min(max(self.progress, 0.0), 1.0)
        if share > 0:
            painter.setPen(QPen(_GUIDE_OK, thickness * 1.5, Qt.PenStyle.SolidLine,
                                Qt.PenCapStyle.RoundCap))
            painter.drawArc(oval, 90 * 16, -round(share * 360 * 16))

    def _draw_band(self, painter: QPainter, rect: QRectF, text: str, *, middle: bool) -> None:
        """`text` on a dark band across the picture: in its middle, or along its foot."""
        font = QFont(self.font())
        font.setPixelSize(max(14, round(rect.height() / (11 if middle else 16))))
        font.setBold(True)
        painter.setFont(font)
        margin = rect.height() / 40
        lines = 1 if middle else 2
        band_h = painter.fontMetrics().lineSpacing() * lines + 2 * margin
        top = rect.center().y() - band_h / 2 if middle else rect.bottom() - band_h
        band = QRectF(rect.x(), top, rect.width(), band_h)
        painter.fillRect(band, _BAND)
        painter.setPen(QColor(255, 255, 255))
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        painter.drawText(band.adjusted(margin, margin, -margin, -margin), int(flags), text)


def _cover(image: QImage, rect: QRectF) -> QRectF:
    """The target rectangle that makes `image` cover `rect` entirely, centred, its aspect
    kept (what sticks out is clipped)."""
    scale = max(rect.width() / image.width(), rect.height() / image.height())
    width, height = image.width() * scale, image.height() * scale
    return QRectF(rect.center().x() - width / 2, rect.center().y() - height / 2, width, height)
