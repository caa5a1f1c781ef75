"""Column widths that fill a given width exactly, so the list never scrolls sideways.

Pure arithmetic on pixel counts (the table measures its texts and applies the result), so
the rule can be tested for any screen without a display.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Need:
    """What one column asks for, in pixels."""

    minimum: int  # narrower than this the column is useless: hide it instead
    preferred: int  # every text whole
    hide_rank: int = 0  # 0: never hidden; otherwise the lowest rank goes first


def fit(needs: Sequence[Need], width: int, stretch: int) -> list[int]:
    """Widths summing to `width` (0: hidden): preferred widths with the room left over given
    to column `stretch`; when short of room, the widest columns are cut down to a common
    width first (short texts stay whole), none below its minimum, after hiding the lowest
    ranks while even the minimums do not fit."""
    shown = [True] * len(needs)
    ranked = sorted((need.hide_rank, i) for i, need in enumerate(needs) if need.hide_rank)
    for _rank, i in ranked:
        if sum(n.minimum for n, s in zip(needs, shown, strict=True) if s) <= width:
            break
        shown[i] = False
    visible = [(i, n) for i, n in enumerate(needs) if shown[i]]

    def widths_at(cap: int) -> list[int]:
        widths = [0] * len(needs)
        for i, need in visible:
            widths[i] = min(need.preferred, max(need.minimum, cap))
        return widths

    # The largest cap that fits: a binary search over the widths a column can have.
    low, high = 0, max((n.preferred for _i, n in visible), default=0)
    while low < high:
        middle = (low + high + 1) // 2
        if sum(widths_at(middle)) <= width:
            low = middle
        else:
            high = middle - 1
    widths = widths_at(low)
    room = width - sum(widths)
    if room > 0 and visible:
        # What is left (all of it, or the pixels below one cap step) goes to the stretch
        # column, else to the last one shown.
        target = stretch if shown[stretch] else visible[-1][0]
        widths[target] += room
    return widths
