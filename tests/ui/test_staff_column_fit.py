"""Column widths that fill the list's width: every column whole when there is room, the
long ones cut first when there is not, the least needed hidden when even that fails."""

from __future__ import annotations

from ui.staff.column_fit import Need, fit

TIME, NAME, LONG, TERMINAL = (Need(100, 100), Need(80, 120), Need(90, 300, hide_rank=2),
                              Need(120, 120, hide_rank=1))
NEEDS = [TIME, NAME, LONG, TERMINAL]


def test_room_to_spare_goes_to_the_stretch_column():
    assert fit(NEEDS, 1000, stretch=2) == [100, 120, 300 + 360, 120]


def test_the_widest_column_is_cut_first_and_short_texts_stay_whole():
    assert fit(NEEDS, 600, stretch=2) == [100, 120, 260, 120]


def test_every_column_is_cut_to_a_common_width_but_never_below_its_minimum():
    widths = fit(NEEDS, 420, stretch=2)
    assert sum(widths) == 420
    assert widths == [100, 100, 100, 120]


def test_the_least_needed_column_is_hidden_when_the_minimums_do_not_fit():
    widths = fit(NEEDS, 300, stretch=2)
    assert widths[3] == 0 and sum(widths) == 300
    assert widths[:3] == [100, 100, 100]
    assert fit(NEEDS, 200, stretch=2) == [100, 100, 0, 0]


def test_a_hidden_stretch_column_leaves_its_room_to_the_last_one_shown():
    assert fit(NEEDS, 250, stretch=2) == [100, 150, 0, 0]
