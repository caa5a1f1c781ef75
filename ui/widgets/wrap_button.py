"""A push button whose label wraps onto more lines instead of widening the screen."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy

from ui.style import TOUCH_TARGET
from ui.widgets.phrase_label import PhraseLabel
from ui.widgets.pictogram import Pictogram

# Inside the border (3 px at most): a Chinese line in larger type fills a 60-pixel key.
_MARGIN_X, _MARGIN_Y = 8, 3
_MIN_WIDTH = 120
_ICON = 44


class WrapButton(QPushButton):
    """A QPushButton drawing its text in a word-wrapping label (long translations fit)."""

    def __init__(self, text: str, object_name: str, min_width: int = _MIN_WIDTH,
                 icon: str | None = None) -> None:
        super().__init__(objectName=object_name)
        self._min_width = min_width
        # A word too long for the button takes smaller type: never cut off.
        self._label = PhraseLabel(text, fits=True, wordWrap=True, objectName="button_label")
        self._label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Touches go to the button, never to the label drawn on it.
        self._label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(_MARGIN_X, _MARGIN_Y, _MARGIN_X, _MARGIN_Y)
        self._icon_width = 0
        if icon is not None:  # a pictogram before the label: what the choice is, at a glance
            picture = Pictogram(_ICON, f"{object_name}_icon")
            picture.show_named(icon)
            picture.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(picture)
            self._icon_width = _ICON + layout.spacing()
        layout.addWidget(self._label)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        # The label draws the text: it takes the checked button's colours when it changes.
        self.toggled.connect(self._restyle_label)

    def _restyle_label(self, _checked: bool) -> None:
        self._label.style().unpolish(self._label)
        self._label.style().polish(self._label)

    def text(self) -> str:  # the label holds the text; tests and the glyph check read it here
        """The button's text."""
        return self._label.text()

    def setText(self, text: str) -> None:
        """Change the text."""
        self._label.setText(text)
        self.updateGeometry()

    def hasHeightForWidth(self) -> bool:
        """Taller when narrower."""
        return True

    def heightForWidth(self, width: int) -> int:
        """The height the wrapped text needs at `width`."""
        text_width = max(width - 2 * _MARGIN_X - self._icon_width, 1)
        return max(self._label.heightForWidth(text_width) + 2 * _MARGIN_Y,
                   self._icon_width and _ICON + 2 * _MARGIN_Y, TOUCH_TARGET)

    def minimumSizeHint(self) -> QSize:
        """Narrow enough for a phone, wide enough for the longest word in the smallest type
        it may take; tall enough for one line and a fingertip."""
        label = self._label.minimumSizeHint()
        return QSize(max(self._min_width, label.width() + 2 * _MARGIN_X) + self._icon_width,
                     max(label.height() + 2 * _MARGIN_Y, self._icon_width and _ICON,
                         TOUCH_TARGET))

    def sizeHint(self) -> QSize:
        """The text on one line if there is room."""
        hint = self._label.sizeHint()
        return QSize(hint.width() + 2 * _MARGIN_X + self._icon_width,
                     max(hint.height() + 2 * _MARGIN_Y, self._icon_width and _ICON,
                         TOUCH_TARGET))
