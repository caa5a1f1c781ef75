"""Every text the style sheet colours reads at WCAG AA (4.5:1) on the background it is
drawn on, in each reading mode: for every selector with a colour, in every combination of
the properties and states the sheet tells apart (primary, checked, pressed, disabled...).

The sentences, the camera's guidance among them (QLabel#text), take the sheet's colours
for every widget (QWidget)."""

from __future__ import annotations

import pytest

from tests.ui.style_rules import Node, colours, describe, parse, qt_classes, text_chains
from tests.ui.wcag import AA_TEXT, contrast
from ui.style import stylesheet

WINDOW = Node(qt_classes("QMainWindow"))
MODES = {"normal": (False, False), "large_text": (True, False),
         "high_contrast": (False, True), "large_high_contrast": (True, True)}


def test_the_colour_rules_are_understood():
    rules = parse(stylesheet(high_contrast=False, large_text=False))
    chains = list(text_chains(rules, WINDOW))
    # The button label on a checked, pressed primary button is among those checked.
    assert any(describe(chain).endswith("QLabel#button_label") and
               {"checked", "pressed"} <= chain[-2].states for chain in chains)
    assert colours(rules, (WINDOW, Node(qt_classes("QLabel"), "text"))) == \
        ("#1b1b1b", "#f7f7f2")


@pytest.mark.parametrize("mode", MODES)
def test_every_text_reads_on_its_background(mode):
    large_text, high_contrast = MODES[mode]
    rules = parse(stylesheet(high_contrast=high_contrast, large_text=large_text))
    faint = set()
    for chain in text_chains(rules, WINDOW):
        text, background = colours(rules, chain)
        ratio = contrast(text, background)
        if ratio < AA_TEXT:
            faint.add(f"{describe(chain)}: {text} on {background} = {ratio:.2f}")
    assert not faint, "\n".join(sorted(faint))
