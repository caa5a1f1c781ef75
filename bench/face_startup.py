"""How long the face engine takes to start, and then to verify one frame.

Run: .venv/bin/python -m bench.face_startup [--runs N]
Each run is a fresh Python process, so the import is cold (as at kiosk start-up, except
for the operating system's file cache). Prints the model import, the first detection and
the first encoding (`FaceEngine.warm_up`), then the steady-state cost of a card reference
(decode the chip photo, find the face, encode) and of one 640x480 camera frame.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time

_FIELDS = ("import_s", "first_detection_s", "first_encoding_s", "total_s", "reference_s",
           "frame_s")


def _one_run() -> dict[str, float]:
    from hw.emulated_camera import EmulatedCamera
    from hw.fake_camera import FakeClock
    from hw.vcard.images import chip_photo
    from kiosk import paths
    from kiosk.face.engine import FaceEngine
    from kiosk.face.quality import QualityLimits
    from kiosk.face.reference import make_reference
    from kiosk.face.verification import examine

    engine = FaceEngine()
    times = engine.warm_up()
    photo = paths.assets_dir() / "faces" / "london" / "030"
    chip = chip_photo(photo / "neutral.jpg")
    started = time.perf_counter()
    make_reference(engine, chip)
    reference_s = time.perf_counter() - started
    clock = FakeClock()
    camera = EmulatedCamera("live", photo / "smiling.jpg", clock=clock, sleep=clock.sleep)
    camera.open()
    frames = [camera.capture().image for _ in range(10)]
    camera.close()
    started = time.perf_counter()
    for image in frames:
        found = examine(engine, image, QualityLimits())
        engine.encode_mirrored(found.grey, found.faces[0])  # as a frame is compared
    frame_s = (time.perf_counter() - started) / len(frames)
    return {"import_s": times.import_s, "first_detection_s": times.first_detection_s,
            "first_encoding_s": times.first_encoding_s, "total_s": times.total_s,
            "reference_s": reference_s, "frame_s": frame_s}


def main() -> None:
    """Run the measurement in fresh processes and print each run and the medians."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_one_run()))
        return
    runs = []
    print("run  " + "  ".join(f"{name:>17}" for name in _FIELDS))
    for number in range(1, args.runs + 1):
        output = subprocess.run([sys.executable, "-m", "bench.face_startup", "--child"],
                                check=True, capture_output=True, text=True).stdout
        runs.append(json.loads(output.splitlines()[-1]))
        print(f"{number:3d}  " + "  ".join(f"{runs[-1][name]:17.3f}" for name in _FIELDS))
    print("med  " + "  ".join(f"{statistics.median(r[name] for r in runs):17.3f}"
                              for name in _FIELDS))


if __name__ == "__main__":
    main()
