"""文字を大きく never draws a sentence, a title or a button label smaller than normal text,
at any of the smaller sizes a text may take to fit."""

from __future__ import annotations

import re

import pytest

from ui.style import FIT_STEPS, stylesheet

SELECTORS = ("QLabel#title", "QLabel#text", "QPushButton QLabel#button_label")


def sizes(sheet: str, selector: str) -> list[float]:
    """The selector's type size at each fit level of the sheet, in points."""
    found = []
    for level in range(len(FIT_STEPS)):
        state = f'[fit="{level}"]' if level else ""
        match = re.search(re.escape(selector + state) + r" \{ font-size: ([\d.]+)pt; \}", sheet)
        assert match, f"{selector}{state} has no size"
        found.append(float(match.group(1)))
    return found


@pytest.mark.parametrize("scale", [1.0, 0.62])  # reception screens, the phone
@pytest.mark.parametrize("selector", SELECTORS)
def test_larger_text_is_at_least_the_normal_size_at_every_fit_level(selector, scale):
    normal = sizes(stylesheet(False, False, scale), selector)
    large = sizes(stylesheet(False, True, scale), selector)
    assert all(big >= normal[0] - 0.05 for big in large), (selector, normal, large)
    assert large[0] > normal[0]
