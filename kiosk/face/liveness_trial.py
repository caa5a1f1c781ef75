"""Measuring liveness with the emulated camera: a live holder should pass, their print and
a video of them replayed on a phone not.

Runs on emulated time (a fake clock at the camera's 15 frames per second), so a trial gives
the same frames and the same verdict on any machine, however fast it computes.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from hw.emulated_camera import EmulatedCamera
from hw.fake_camera import FakeClock
from hw.vcard.images import chip_photo
from kiosk.face.decision import DecisionPolicy
from kiosk.face.engine import FaceEngine
from kiosk.face.messages import Decision
from kiosk.face.reference import CardPhotoError
from kiosk.face.verification import FaceVerifier

TRIAL_MODES = ("live", "printed", "replay")


@dataclass
class TrialCounts:
    """How the attempts of one camera mode ended: (decision, reason code) -> attempts."""

    outcomes: Counter[tuple[str, str]] = field(default_factory=Counter)

    @property
    def attempts(self) -> int:
        """Attempts made."""
        return sum(self.outcomes.values())

    @property
    def matched(self) -> int:
        """Attempts that ended in MATCH."""
        return sum(n for (decision, _), n in self.outcomes.items() if decision == Decision.MATCH)


def run_trials(engine: FaceEngine, people: dict[str, list[Path]], seeds: int,
               policy: DecisionPolicy | None = None) -> dict[str, TrialCounts]:
    """For each person: `seeds` attempts per mode (live, printed, replayed on a phone)
    against their card photo.

    `people` maps a name to its photos: the first becomes the card photo, the second is what
    the emulated camera shows (live, printed and held up, or on a phone's screen).
    """
    counts = {mode: TrialCounts() for mode in TRIAL_MODES}
    for number, photos in enumerate(people.values()):
        clock = FakeClock()
        verifier = FaceVerifier(engine, policy, clock=clock)
        try:
            verifier.load_reference(chip_photo(photos[0]))
        except CardPhotoError:
            continue  # counted by the benchmark as a card photo without a face
        for mode in TRIAL_MODES:
            for seed in range(seeds):
                camera = EmulatedCamera(mode, photos[1], seed=number * 1000 + seed,
                                        clock=clock, sleep=clock.sleep)
                camera.open()
                try:
                    verdict = verifier.verify(camera)
                finally:
                    camera.close()
                reason = verdict.reason.value if verdict.reason else ""
                counts[mode].outcomes[(verdict.decision.value, reason)] += 1
        verifier.forget()
    return counts
