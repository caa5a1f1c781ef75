"""Cameras are opened from a configuration path through one small registry."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from hw.camera import Camera
from hw.cameras import UnknownCameraError, open_camera
from hw.emulated_camera import EmulatedCamera
from hw.opencv_camera import OpenCvCamera, VideoFileCamera
from hw.still_camera import StillImagesCamera

ROOT = Path(__file__).resolve().parents[3]
PHOTO = ROOT / "assets/faces/london/030/neutral.jpg"


def test_each_backend_is_picked_by_its_path(tmp_path):
    device = open_camera("camera:2")
    assert isinstance(device, OpenCvCamera) and device.index == 2
    assert open_camera("camera:").index == 0
    video = open_camera(f"video:{tmp_path / 'clip.avi'}")
    assert isinstance(video, VideoFileCamera) and video.path == tmp_path / "clip.avi"
    stills = open_camera(f"stills:{tmp_path}")
    assert isinstance(stills, StillImagesCamera) and stills.directory == tmp_path
    live = open_camera(f"emulated:live:{PHOTO}")
    assert isinstance(live, EmulatedCamera) and (live.mode, live.photo) == ("live", PHOTO)
    assert open_camera("emulated:nobody").photo is None
    for camera in (device, video, stills, live):
        assert isinstance(camera, Camera)


@pytest.mark.parametrize("path", ["webcam:0", "", "camera", "Camera:0", "usb:1"])
def test_unknown_paths_are_refused_with_the_known_ones(path):
    with pytest.raises(UnknownCameraError, match="known: camera:, emulated:, stills:, video:"):
        open_camera(path)


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("camera:front", "device index must be a number"),
        ("video:", "video:FILE"),
        ("stills:", "stills:DIR"),
        ("emulated:", "emulated:MODE"),
        ("emulated:blurry", "known: live, printed, nobody, dark, two"),
        ("emulated:live", "needs the photo of a face"),
    ],
)
def test_malformed_arguments_are_refused_clearly(path, message):
    with pytest.raises(UnknownCameraError, match=message) as raised:
        open_camera(path)
    assert isinstance(raised.value, ValueError)


def test_backends_are_imported_only_when_chosen():
    script = (
        "import sys\n"
        "from hw.cameras import open_camera\n"
        "assert 'cv2' not in sys.modules and 'hw.opencv_camera' not in sys.modules\n"
        "open_camera('emulated:nobody').open()\n"
        "assert 'face_recognition' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", script], cwd=ROOT, check=True, timeout=60)


def _tree(folder: Path) -> set[tuple[str, int, int]]:
    return {(str(p), p.stat().st_size, p.stat().st_mtime_ns) for p in folder.rglob("*")}


def test_capturing_writes_nothing_to_disk(tmp_path, monkeypatch):
    import builtins

    import cv2
    import numpy as np
    from PIL import Image

    sources = tmp_path / "sources"
    (sources / "stills").mkdir(parents=True)
    Image.fromarray(np.full((48, 64, 3), 90, np.uint8)).save(sources / "stills" / "a.png")
    writer = cv2.VideoWriter(str(sources / "clip.avi"), cv2.VideoWriter_fourcc(*"MJPG"), 50,
                             (64, 48))
    for value in (10, 200):
        writer.write(np.full((48, 64, 3), value, np.uint8))
    writer.release()
    workdir = tmp_path / "cwd"
    workdir.mkdir()
    monkeypatch.chdir(workdir)
    before = _tree(tmp_path)

    real_open = builtins.open

    def read_only_open(file, mode="r", *args, **kwargs):
        assert not set(mode) & set("wax+"), f"a camera opened {file} to write"
        return real_open(file, mode, *args, **kwargs)

    def refuse(*args, **kwargs):
        raise AssertionError("a camera tried to write an image")

    monkeypatch.setattr(builtins, "open", read_only_open)
    monkeypatch.setattr(cv2, "imwrite", refuse)
    monkeypatch.setattr(cv2, "VideoWriter", refuse)
    monkeypatch.setattr(Image.Image, "save", refuse)
    paths = [f"video:{sources / 'clip.avi'}", f"stills:{sources / 'stills'}",
             f"emulated:live:{PHOTO}", f"emulated:printed:{PHOTO}", "emulated:nobody"]
    for path in paths:
        camera = open_camera(path)
        camera.open()
        try:
            for _ in range(3):
                camera.capture(1.0)
        finally:
            camera.close()
    assert _tree(tmp_path) == before
    assert not any(workdir.iterdir())
