"""Face decisions in real time on the emulated camera: the holder, someone else, a printed
photo of the holder and a video of the holder replayed on a phone.

Run: .venv/bin/python -m bench.face_decision [--people N] [--attempts N]
Each attempt runs as at the clinic reader: the emulated camera at 15 frames a second on the
real clock, read through the kiosk's preview wrapper (its capture thread converts every
frame for the screen), the face model in its own process, the screen's prompts reaching the
emulated person. The card is each London volunteer's neutral photo as a chip holds it; the
camera shows their smiling photo. Prints, per case: the outcomes, and the seconds from the
first frame with a face to the verdict (median, 95th percentile). Figures depend on the
machine and its load; run it alone.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from hw.emulated_camera import EmulatedCamera, locate_face
from hw.vcard.images import chip_photo
from kiosk import paths
from kiosk.face import FaceVerifier, FrameReport, QualityIssue
from kiosk.face.engine import FaceEngine

LONDON = paths.assets_dir() / "faces" / "london"
CASES = ("holder", "other person", "printed photo", "replayed video")


@dataclass(frozen=True)
class Outcome:
    """One attempt: its outcome and the seconds from the first face in view to it."""

    outcome: str
    seconds: float


def main() -> None:
    """Run every case and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=10, help="London volunteers to use")
    parser.add_argument("--attempts", type=int, default=2, help="attempts per person and case")
    args = parser.parse_args()
    people = sorted(path for path in LONDON.iterdir() if (path / "neutral.jpg").exists())
    people = people[:args.people]
    engine = FaceEngine()
    engine.warm_up()
    verifier = FaceVerifier(engine)
    print(f"{len(people)} people x {args.attempts} attempts per case, real time, 15 frames/s")
    print(f"{'case':16} {'attempts':>8} {'median s':>9} {'p95 s':>7}  outcomes")
    for case in CASES:
        outcomes = [attempt(engine, verifier, case, person, people, seed)
                    for index, person in enumerate(people)
                    for seed in range(index * 100 + 1, index * 100 + 1 + args.attempts)]
        times = sorted(o.seconds for o in outcomes)
        p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        counts = Counter(o.outcome for o in outcomes)
        listed = ", ".join(f"{name} {count}" for name, count in counts.most_common())
        print(f"{case:16} {len(outcomes):8d} {statistics.median(times):9.2f} {p95:7.2f}  "
              f"{listed}")
    engine.close()


def attempt(engine: FaceEngine, verifier: FaceVerifier, case: str, person: Path,
            people: list[Path], seed: int) -> Outcome:
    """One verification of `person`'s card against what the camera shows in `case`."""
    from ui.preview_camera import PreviewCamera

    verifier.load_reference(chip_photo(person / "neutral.jpg"))
    shown = person
    if case == "other person":
        shown = people[(people.index(person) + 1) % len(people)]
    mode = {"holder": "live", "other person": "live", "printed photo": "printed",
            "replayed video": "replay"}[case]
    camera = EmulatedCamera(mode, shown / "smiling.jpg", seed=seed,
                            locate=lambda photo: engine.run(locate_face, photo))
    preview = PreviewCamera(camera, lambda _image: None)
    in_view: list[float] = []

    def seen(report: FrameReport) -> None:
        if not in_view and QualityIssue.NO_FACE not in report.quality.issues:
            in_view.append(time.monotonic())

    preview.open()
    try:
        verdict = verifier.verify(preview, seen)
    finally:
        preview.close()
    ended = time.monotonic()
    outcome = verdict.decision.value + (f" ({verdict.reason.value})" if verdict.reason else "")
    return Outcome(outcome, ended - (in_view[0] if in_view else ended))


if __name__ == "__main__":
    main()
