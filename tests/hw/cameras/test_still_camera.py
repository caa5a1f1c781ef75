"""A folder of still images played as a camera."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from hw.camera import BadFrameError, CameraTimeoutError, CameraUnavailableError
from hw.fake_camera import FakeClock
from hw.still_camera import StillImagesCamera


def _save(path, value, size=(40, 30), **options):
    Image.fromarray(np.full((size[1], size[0], 3), value, np.uint8)).save(path, **options)


def _camera(directory, **options):
    clock = FakeClock(50.0)
    return StillImagesCamera(directory, clock=clock, sleep=clock.sleep, **options), clock


def test_images_are_cycled_in_name_order_at_the_frame_rate(tmp_path):
    _save(tmp_path / "b.png", 20)
    _save(tmp_path / "a.jpg", 10, quality=100)
    _save(tmp_path / "c.bmp", 30)
    (tmp_path / "notes.txt").write_text("not an image")
    camera, _ = _camera(tmp_path)
    camera.open()
    frames = [camera.capture() for _ in range(4)]
    assert [round(frame.image.mean()) for frame in frames] == [10, 20, 30, 10]
    assert [frame.timestamp for frame in frames] == pytest.approx([50.0, 50.1, 50.2, 50.3])
    with pytest.raises(CameraTimeoutError):
        camera.capture(timeout=0.05)
    camera.close()
    camera.close()
    with pytest.raises(CameraUnavailableError, match="not open"):
        camera.capture()


def test_images_are_turned_upright_by_their_exif_orientation(tmp_path):
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90° clockwise to view"
    _save(tmp_path / "phone.jpg", 128, size=(40, 20), exif=exif)
    camera, _ = _camera(tmp_path)
    camera.open()
    assert camera.capture().image.shape == (40, 20, 3)


def test_a_missing_or_empty_folder_is_unavailable(tmp_path):
    with pytest.raises(CameraUnavailableError, match="no folder of still images"):
        _camera(tmp_path / "absent")[0].open()
    (tmp_path / "readme.txt").write_text("no images here")
    with pytest.raises(CameraUnavailableError, match=r"no images \(.bmp"):
        _camera(tmp_path)[0].open()


def test_an_unreadable_image_is_a_bad_frame_and_the_cycle_goes_on(tmp_path):
    (tmp_path / "a.jpg").write_bytes(b"\xff\xd8 broken")
    _save(tmp_path / "b.png", 99)
    camera, _ = _camera(tmp_path)
    camera.open()
    with pytest.raises(BadFrameError, match=r"a\.jpg cannot be read"):
        camera.capture()
    assert camera.capture().image.mean() == 99
