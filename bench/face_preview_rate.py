"""The face capture's preview rate against its recognition rate, on the emulated camera.

Run: .venv/bin/python -m bench.face_preview_rate [--attempts N]
Each attempt opens the emulated live holder (15 frames a second, real time) through the
kiosk's preview wrapper and runs the face verifier on it until a verdict, as the clinic
reader does. Prints, per attempt: the time to the first frame shown, frames shown per
second (the preview), frames taken per second (recognition) and the verdict; then the
same verifier reading the camera directly, as before the wrapper (the preview then ran
at recognition's rate). Figures depend on the machine and its load.
"""

from __future__ import annotations

import argparse
import statistics
import time

from hw.emulated_camera import EmulatedCamera, locate_face
from hw.vcard.images import chip_photo
from kiosk import paths
from kiosk.face import FaceVerifier
from kiosk.face.engine import FaceEngine

PERSON = paths.assets_dir() / "faces" / "london" / "030"


def main() -> None:
    """Measure and print the rates."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--attempts", type=int, default=3)
    parser.add_argument("--shown-per-take", type=int, default=1)
    args = parser.parse_args()
    from PySide6.QtGui import QImage

    from ui.preview_camera import PreviewCamera

    engine = FaceEngine()
    engine.warm_up()
    verifier = FaceVerifier(engine)

    def camera(seed: int) -> EmulatedCamera:
        return EmulatedCamera("live", PERSON / "smiling.jpg", seed=seed,
                              locate=lambda photo: engine.run(locate_face, photo))

    print("attempt  first frame s  preview fps  recognition fps  verdict")
    preview_rates, recognition_rates = [], []
    for seed in range(1, args.attempts + 1):
        verifier.load_reference(chip_photo(PERSON / "neutral.jpg"))
        first: list[float] = []

        def show(_image: QImage, first: list[float] = first) -> None:
            if not first:
                first.append(time.monotonic())

        preview = PreviewCamera(camera(seed), show, shown_per_take=args.shown_per_take)
        opened = time.monotonic()
        preview.open()
        started = time.monotonic()
        verdict = verifier.verify(preview)
        seconds = time.monotonic() - started
        preview.close()
        preview_rates.append(preview.shown / seconds)
        recognition_rates.append(preview.taken / seconds)
        print(f"{seed:7d}  {first[0] - opened:13.2f}  {preview_rates[-1]:11.1f}  "
              f"{recognition_rates[-1]:15.1f}  {verdict.decision.value}")
    print(f"median   {'':13}  {statistics.median(preview_rates):11.1f}  "
          f"{statistics.median(recognition_rates):15.1f}")
    direct = camera(1)
    verifier.load_reference(chip_photo(PERSON / "neutral.jpg"))
    direct.open()
    started = time.monotonic()
    verdict = verifier.verify(direct)
    seconds = time.monotonic() - started
    direct.close()
    print(f"without the wrapper: preview = recognition = {verdict.frames / seconds:.1f} "
          f"frames/s ({verdict.decision.value})")
    engine.close()


if __name__ == "__main__":
    main()
