"""Results of comparisons and of the benchmark as plain data (for JSON) and as text."""

from __future__ import annotations

from typing import Any

import numpy as np

from kiosk.face.decision import DecisionPolicy, Verdict
from kiosk.face.evaluation import Evaluation
from kiosk.face.held_out import Fold, HalfFigures
from kiosk.face.liveness_trial import TrialCounts
from kiosk.face.messages import Decision, Message, QualityIssue
from kiosk.face.verification import StillComparison

_TABLE_THRESHOLDS = (0.30, 0.32, 0.34, 0.36, 0.37, 0.38, 0.39, 0.40, 0.42, 0.45)
_HISTOGRAM_BINS = np.round(np.arange(0.0, 1.25, 0.05), 2)


def _message(message: Message) -> dict[str, str]:
    return {"ja": message.ja, "en": message.en}


def _issue(issue: QualityIssue, count: int | None = None) -> dict[str, Any]:
    found = {"code": issue.value, **_message(issue.message)}
    return found if count is None else {**found, "count": count}


def _round(value: float | None, digits: int = 4) -> float | None:
    return None if value is None else round(float(value), digits)


def still(comparison: StillComparison, policy: DecisionPolicy) -> dict[str, Any]:
    """One image compared with the card photo."""
    issues = comparison.quality.issues
    if comparison.matched is None:
        decision, reason = Decision.UNDECIDED, issues[0].value
    else:
        decision = Decision.MATCH if comparison.matched else Decision.NO_MATCH
        reason = None
    return {
        "probe_kind": "image", "decision": decision.value, "reason": reason,
        "distance": _round(comparison.distance), "threshold": policy.threshold,
        "liveness": "not checked: one image cannot show it",
        "quality": [_issue(issue) for issue in issues],
    }


def verdict(result: Verdict) -> dict[str, Any]:
    """A verification over the frames of a video."""
    return {
        "probe_kind": "video", "decision": result.decision.value,
        "reason": result.reason.value if result.reason else None,
        "distance": _round(result.distance), "threshold": result.threshold,
        "distances": [_round(d, 3) for d in result.distances],
        "frames": result.frames, "good_frames": result.good_frames,
        "liveness": {"shown": result.liveness.shown, "blink": result.liveness.blink,
                     "motion": _round(result.liveness.motion),
                     "min_motion": result.liveness.min_motion},
        "quality": [_issue(issue, count) for issue, count in result.issues],
        "message": _message(result.message),
    }


def render_comparison(result: dict[str, Any]) -> str:
    """The comparison as lines of text."""
    decision = result["decision"].upper()
    reason = f" ({result['reason']})" if result["reason"] else ""
    lines = [f"reference: {result['reference']} ({result['reference_source']})",
             f"probe: {result['probe']} ({result['probe_kind']})",
             f"decision: {decision}{reason}"]
    if result["distance"] is not None:
        over = (f" (median of {result['good_frames']} good frames out of {result['frames']})"
                if result["probe_kind"] == "video" else "")
        lines.append(f"distance: {result['distance']:.3f}{over}, match at or below "
                     f"{result['threshold']:.2f}")
    liveness = result["liveness"]
    if isinstance(liveness, str):
        lines.append(f"liveness: {liveness}")
    else:
        lines.append(f"liveness: {'shown' if liveness['shown'] else 'not shown'} (blink: "
                     f"{'yes' if liveness['blink'] else 'no'}, non-rigid motion "
                     f"{liveness['motion']:.3f}, needs {liveness['min_motion']:.3f})")
        if result["distances"]:
            lines.append("distances: " + " ".join(f"{d:.3f}" for d in result["distances"]))
    if not result["quality"]:
        lines.append("quality: good")
    for issue in result["quality"]:
        times = f" x{issue['count']}" if "count" in issue else ""
        lines.append(f"quality: {issue['code']}{times}: {issue['ja']} / {issue['en']}")
    if "message" in result:
        lines.append(f"message: {result['message']['ja']} / {result['message']['en']}")
    return "\n".join(lines)


def evaluation(result: Evaluation, threshold: float) -> dict[str, Any]:
    """The benchmark's figures."""
    genuine, impostor = result.genuine, result.impostor
    eer, eer_threshold = result.equal_error_rate()
    counts = [np.histogram(values, _HISTOGRAM_BINS)[0].tolist() for values in (genuine, impostor)]
    return {
        "people": result.people, "skipped_folders": list(result.skipped_folders),
        "genuine_pairs": int(genuine.size), "impostor_pairs": int(impostor.size),
        "cards_without_face": list(result.cards_without_face),
        "probes_without_face": list(result.probes_without_face),
        "probe_quality": {issue.value: count for issue, count in result.probe_issues},
        "genuine": _summary(genuine, (50, 95, 97, 100)),
        "impostor": _summary(impostor, (0.1, 1, 50)),
        "threshold": threshold,
        "far": result.far(threshold), "frr": result.frr(threshold),
        "false_accepts": int(np.sum(impostor <= threshold)),
        "false_rejects": int(np.sum(genuine > threshold)),
        "eer": eer, "eer_threshold": eer_threshold,
        "threshold_for_far_0.1%": result.threshold_for_far(0.001),
        "table": [{"threshold": t, "far": result.far(t), "frr": result.frr(t)}
                  for t in _TABLE_THRESHOLDS],
        "histogram": [{"from": float(low), "genuine": g, "impostor": i}
                      for low, g, i in zip(_HISTOGRAM_BINS[:-1], *counts, strict=True)
                      if g or i],
        "encode_ms": round(result.encode_s * 1000, 1),
        "compare_us": round(result.compare_s * 1e6, 3),
    }


def held_out(folds: list[Fold]) -> list[dict[str, Any]]:
    """Each half at the threshold chosen on the other half and at the shipped one."""
    def half(f: HalfFigures) -> dict[str, Any]:
        return {"threshold": f.threshold, "far": f.far, "frr": f.frr,
                "false_accepts": f.false_accepts, "impostor_pairs": f.impostor_pairs,
                "false_rejects": f.false_rejects, "genuine_pairs": f.genuine_pairs,
                "accepted": f.accepted, "attempts": f.attempts,
                "impostor_accepted": f.impostor_accepted,
                "impostor_attempts": f.impostor_attempts}

    return [{"half": fold.name, "people": fold.people, "chosen": half(fold.chosen),
             "shipped": half(fold.shipped)} for fold in folds]


def _summary(values: np.ndarray, percentiles: tuple[float, ...]) -> dict[str, float]:
    if not values.size:
        return {}
    figures = {"min": float(values.min()), "mean": float(values.mean())}
    figures |= {f"p{p:g}": float(np.percentile(values, p)) for p in percentiles}
    return {name: round(value, 4) for name, value in figures.items()}


def trials(counts: dict[str, TrialCounts]) -> dict[str, Any]:
    """The emulated liveness attempts: how often each mode ended in MATCH, and how."""
    return {mode: {"attempts": c.attempts, "matched": c.matched,
                   "outcomes": {f"{d}/{r}" if r else d: n for (d, r), n in c.outcomes.items()}}
            for mode, c in counts.items()}


def render_evaluation(result: dict[str, Any]) -> str:
    """The benchmark as lines of text."""
    def pct(x: float) -> str:
        return f"{100 * x:.3f}%"

    def figures(summary: dict[str, float]) -> str:
        return "  ".join(f"{name} {value:.3f}" for name, value in summary.items())

    t = result["threshold"]
    lines = [
        f"people: {result['people']} (folders skipped, fewer than 2 photos: "
        f"{len(result['skipped_folders'])})",
        f"pairs: {result['genuine_pairs']} genuine, {result['impostor_pairs']} impostor",
        f"faces not found: {len(result['cards_without_face'])} card photos "
        f"{result['cards_without_face']}, {len(result['probes_without_face'])} probes "
        f"{result['probes_without_face']}",
        f"probe quality findings: {result['probe_quality'] or 'none'}",
        f"genuine distances:  {figures(result['genuine'])}",
        f"impostor distances: {figures(result['impostor'])}",
        f"at threshold {t:.2f}: FAR {pct(result['far'])} ({result['false_accepts']} of "
        f"{result['impostor_pairs']}), FRR {pct(result['frr'])} ({result['false_rejects']} "
        f"of {result['genuine_pairs']})",
        f"EER: {pct(result['eer'])} at {result['eer_threshold']:.3f}",
        f"largest threshold with FAR <= 0.1%: {result['threshold_for_far_0.1%']:.3f}",
        "threshold   FAR       FRR",
        *(f"  {row['threshold']:.2f}   {pct(row['far']):>8}  {pct(row['frr']):>8}"
          for row in result["table"]),
        "distance histogram (bin start: genuine impostor)",
        *(f"  {row['from']:.2f}  {row['genuine']:4d} {row['impostor']:6d}"
          for row in result["histogram"]),
        f"time: {result['encode_ms']:.1f} ms to find and encode one face, "
        f"{result['compare_us']:.3f} µs to compare two encodings",
    ]
    for fold in result.get("held_out", []):
        lines.append(f"half {fold['half']} ({fold['people']} people), threshold chosen on the "
                     "other half for FAR <= 0.1% / the shipped one:")
        for label in ("chosen", "shipped"):
            f = fold[label]
            lines.append(
                f"  {label:7s} {f['threshold']:.4f}: still FAR {pct(f['far'])} "
                f"({f['false_accepts']} of {f['impostor_pairs']}), FRR {pct(f['frr'])} "
                f"({f['false_rejects']} of {f['genuine_pairs']}); attempts accepted "
                f"{f['accepted']} of {f['attempts']}, impostor attempts accepted "
                f"{f['impostor_accepted']} of {f['impostor_attempts']}")
    for mode, figures_ in result.get("liveness", {}).items():
        lines.append(f"liveness, emulated {mode}: MATCH in {figures_['matched']} of "
                     f"{figures_['attempts']} attempts; {figures_['outcomes']}")
    return "\n".join(lines)
