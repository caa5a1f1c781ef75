"""The decision over several good frames: the rule, its settings, and the frozen verdict."""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from kiosk.face.liveness import LivenessEvidence
from kiosk.face.messages import DECISION_MESSAGES, Decision, Message, QualityIssue, UndecidedReason

# The distance between unit-length encodings: the card's mirror-averaged, the frame's once
# (kiosk/face/reference.py, verification.py). Chosen on half A of 150 people's news photos
# (docs/face-thresholds.md): 0.1 % of its impostor pairs lie below 0.3747. Checked on half B:
# per still image FAR 0.058 %, FRR 6.3 %; 364 of 375 holders accepted over four photos. The
# London studio set puts impostors closer (0.07-0.32 % per half accepted, no holder rejected).
MATCH_THRESHOLD = 0.375


@dataclass(frozen=True)
class DecisionPolicy:
    """How many frames, how long, and how close a face must be to the card photo."""

    threshold: float = MATCH_THRESHOLD
    min_good_frames: int = 5
    # 5 s at 15 frames a second. The screen asks for a blink as soon as the card's face is
    # in view, and most people blink within a second; the rest of the budget is for those
    # who read slowly or do not see the prompt (a spontaneous blink comes every 2-5 s). A
    # MATCH ends the attempt as soon as it is shown.
    max_frames: int = 75
    time_budget_s: float = 5.0
    # Another person's face ends the attempt early too: after this many good frames whose
    # median is this far above the threshold, more frames would not bring it below (about
    # 1.3 s at the 8 frames a second the model takes).
    no_match_frames: int = 10
    no_match_margin: float = 0.1

    def __post_init__(self) -> None:
        if not (self.threshold > 0 and 1 <= self.min_good_frames <= self.max_frames
                and self.time_budget_s > 0):
            raise ValueError("a decision policy needs a positive threshold and time budget, "
                             "and 1 <= min_good_frames <= max_frames")


@dataclass(frozen=True)
class Verdict:
    """How a verification ended, with the figures behind it (no image or encoding)."""

    decision: Decision
    reason: UndecidedReason | None
    distance: float | None  # median distance over the good frames
    distances: tuple[float, ...]
    frames: int
    good_frames: int
    issues: tuple[tuple[QualityIssue, int], ...]  # how often each issue was seen, most first
    liveness: LivenessEvidence
    threshold: float

    @property
    def message(self) -> Message:
        """What to tell the person."""
        if self.reason is None:
            return DECISION_MESSAGES[self.decision]
        if self.reason is UndecidedReason.NO_GOOD_FRAMES and self.issues:
            return self.issues[0][0].message  # the most frequent problem says what to fix
        return self.reason.message


def median_distance(distances: list[float]) -> float | None:
    """The median of the per-frame distances: one odd frame moves it little."""
    return statistics.median(distances) if distances else None


def can_stop_early(distances: list[float], live: bool, policy: DecisionPolicy) -> bool:
    """Whether the good frames so far already give a MATCH, or a clear NO_MATCH."""
    median = median_distance(distances)
    if median is None:
        return False
    if (len(distances) >= policy.no_match_frames
            and median > policy.threshold + policy.no_match_margin):
        return True
    return len(distances) >= policy.min_good_frames and live and median <= policy.threshold


def decide(distances: list[float], frames: int, liveness: LivenessEvidence,
           issue_counts: dict[QualityIssue, int], policy: DecisionPolicy) -> Verdict:
    """The verdict once frames, time or patience have run out (or a MATCH came early)."""
    median = median_distance(distances)
    reason: UndecidedReason | None = None
    if frames == 0:
        decision, reason = Decision.UNDECIDED, UndecidedReason.NO_FRAMES
    elif not distances:
        decision, reason = Decision.UNDECIDED, UndecidedReason.NO_GOOD_FRAMES
    elif len(distances) < policy.min_good_frames:
        decision, reason = Decision.UNDECIDED, UndecidedReason.TIMEOUT
    elif median is not None and median > policy.threshold:
        # A different face is a NO_MATCH whether or not it is alive.
        decision = Decision.NO_MATCH
    elif not liveness.shown:
        decision, reason = Decision.UNDECIDED, UndecidedReason.LIVENESS_NOT_SHOWN
    else:
        decision = Decision.MATCH
    # Most frequent first; ties in the order the checks run, most basic first.
    order = list(QualityIssue)
    counted = sorted(issue_counts.items(), key=lambda item: (-item[1], order.index(item[0])))
    return Verdict(decision, reason, median, tuple(distances), frames, len(distances),
                   tuple(counted), liveness, policy.threshold)
