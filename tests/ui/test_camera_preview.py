"""The camera preview widget: one steady picture from the first paint, 準備中 until a frame,
guidance and progress drawn over the picture."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QPushButton

from kiosk.flows import screens as sc
from ui.kiosk_window import KioskWindow
from ui.preview_camera import to_qimage
from ui.speech import VoiceGuide

PICTURE_GREY = 40  # the dark box before any frame


def _window(qtbot) -> KioskWindow:
    window = KioskWindow("clinic", VoiceGuide("mock"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _picture_box(image: QImage, matches) -> tuple[int, int, int, int]:
    """The bounding box (left, top, right, bottom) of the pixels `matches` accepts."""
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    pixels = np.frombuffer(image.constBits(), np.uint8).reshape(
        image.height(), image.bytesPerLine())[:, :image.width() * 3].reshape(
        image.height(), image.width(), 3)
    ys, xs = np.nonzero(matches(pixels))
    return int(xs.min()), int(ys.min()), int(xs.max()), int(ys.max())


def test_the_picture_keeps_its_size_from_the_first_paint_to_the_frames(qtbot):
    window = _window(qtbot)
    window.show_screen(sc.FaceCapture(attempt=1, attempts=2, preparing=True))
    camera = window.host.camera
    qtbot.waitUntil(lambda: camera.isVisible() and camera.width() > 320)
    before = _picture_box(camera.grab().toImage(),
                          lambda p: (p == PICTURE_GREY).all(axis=2))
    # A white frame of another size than the widget's: drawn into the same picture.
    camera.show_frame(to_qimage(np.full((480, 640, 3), 255, np.uint8)))
    window.show_screen(sc.FaceCapture(attempt=1, attempts=2))
    after = _picture_box(camera.grab().toImage(), lambda p: (p == 255).all(axis=2))
    assert abs(before[0] - after[0]) <= 1 and abs(before[2] - after[2]) <= 1
    assert abs(before[1] - after[1]) <= 1 and abs(before[3] - after[3]) <= 1
    assert before[2] - before[0] > 320  # the picture fills the room it has, not 320x240


def test_preparing_shows_until_the_first_frame_and_while_the_screen_says_so(qtbot):
    window = _window(qtbot)
    camera = window.host.camera
    window.show_screen(sc.FaceCapture(attempt=1, attempts=2))
    assert camera.overlay_text() == "準備中"  # no frame yet: never a silent dark box
    camera.show_frame(to_qimage(np.zeros((480, 640, 3), np.uint8)))
    assert camera.overlay_text() == ""
    window.show_screen(sc.FaceCapture(attempt=1, attempts=2, preparing=True))
    assert camera.overlay_text() == "準備中"


def test_guidance_and_progress_are_drawn_over_the_picture(qtbot):
    window = _window(qtbot)
    camera = window.host.camera
    window.show_screen(sc.FaceCapture(attempt=1, attempts=2))
    camera.show_frame(to_qimage(np.zeros((480, 640, 3), np.uint8)))
    window.show_screen(sc.FaceCapture(attempt=1, attempts=2, guidance="too_far",
                                      progress=0.4))
    assert camera.overlay_text() == "もう少しカメラに近づいてください。"
    assert camera.progress == 0.4 and camera.problem
    # The sentence above the picture stays the same, so it is read aloud only once.
    assert "近づいて" not in window.host.text.text()
    image = camera.grab().toImage()
    rect = camera.picture_rect()
    x = round(rect.center().x())
    # The ring fills clockwise from the top of the oval: green there, and orange (a
    # problem) at its foot, not reached at 40 %.
    top = image.pixelColor(x, round(rect.y() + rect.height() * 0.16))
    foot = image.pixelColor(x, round(rect.y() + rect.height() * 0.78))
    assert top.green() > 120 and top.red() < 100
    assert foot.red() > 150 and foot.green() > 90 and foot.blue() < 100


def test_the_stop_button_stays_the_same_while_the_capture_screen_changes(qtbot):
    window = _window(qtbot)
    window.show_screen(sc.FaceCapture(attempt=1, attempts=2, preparing=True))
    button = window.findChild(QPushButton, "action_stop_face")
    assert button is not None
    window.show_screen(sc.FaceCapture(attempt=1, attempts=2, progress=0.2))
    window.show_screen(sc.FaceCapture(attempt=1, attempts=2, guidance="blurred", progress=0.4))
    # A finger on 中止 while frames come in is not lost to a rebuilt button.
    assert window.findChild(QPushButton, "action_stop_face") is button
