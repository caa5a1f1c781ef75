"""On 個別に同意する the chosen answer reads as clearly as the others (light on dark)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QPushButton

from kiosk.flows import screens as sc
from ui.application import application
from ui.screenshots import close_window, open_window, show


def luminance(hex_colour: str) -> float:
    """WCAG relative luminance of #rrggbb."""
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("high_contrast", [False, True])
def test_the_chosen_answer_has_a_readable_label(high_contrast):
    application()
    window = open_window("clinic")
    window._set_options(large_text=False, high_contrast=high_contrast, voice=False)
    show(window, sc.ConsentIndividual(choices={"medical": True, "surgery": False}))
    for name, chosen in (("consent_medical_true", True), ("consent_surgery_false", True),
                         ("consent_medical_false", False)):
        button = window.findChild(QPushButton, name)
        assert button.isChecked() is chosen
        label = button.findChild(QLabel, "button_label")
        text = label.palette().color(QPalette.ColorRole.WindowText).name()
        # The button's fill, just inside its border on the left.
        background = button.grab().toImage().pixelColor(8, button.height() // 2).name()
        assert contrast(text, background) >= 4.5, (name, text, background)
    window._set_options(large_text=False, high_contrast=False, voice=False)
    close_window(window)
