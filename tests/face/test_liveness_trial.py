"""The emulated liveness trials behind `kiosk face evaluate --liveness`."""

from __future__ import annotations

from kiosk.face.decision import DecisionPolicy
from kiosk.face.liveness_trial import run_trials
from tests.face.conftest import card_photo_path, probe_path


def test_each_person_gets_live_printed_and_replayed_attempts(engine):
    people = {"030": [card_photo_path("030"), probe_path("030")]}
    counts = run_trials(engine, people, seeds=1, policy=DecisionPolicy(max_frames=6))
    assert {mode: c.attempts for mode, c in counts.items()} == {"live": 1, "printed": 1,
                                                                  "replay": 1}
    for mode in ("printed", "replay"):
        assert counts[mode].matched == 0
        assert counts[mode].outcomes == {("undecided", "liveness_not_shown"): 1}
