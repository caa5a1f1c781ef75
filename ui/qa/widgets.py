"""Small helpers for the panel's controls."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox


def narrow(combo: QComboBox, characters: int = 8) -> None:
    """Let a combo box be narrower than its longest item (the popup still shows it whole)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
