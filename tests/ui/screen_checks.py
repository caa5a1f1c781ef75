"""What a person must be able to do with a shown kiosk window: see all of it, read every
text whole, and touch every button. Each check returns what it found wrong, as strings."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QScrollBar,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

from ui.kiosk_window import SIZES, KioskWindow

# WCAG's target size is 44 CSS px; a kiosk is touched at arm's length, by any finger.
TOUCH_HEIGHT = 60
TOUCH_WIDTH = 60
# Qt's line edit keeps this much room either side of its text (qlineedit_p.h).
_LINE_EDIT_MARGIN = 2
# A button's border is drawn over its edge: text may use the padding, never the border.
_BUTTON_BORDER = 3


def visible(window: KioskWindow, kind: type[QWidget]) -> list[QWidget]:
    """The widgets of `kind` in `window` that a person can see."""
    return [widget for widget in window.findChildren(kind) if widget.isVisible()]


def size_problems(window: KioskWindow) -> list[str]:
    """The window needs more room than its terminal's screen, or is not at its size."""
    width, height = SIZES[window.terminal]
    hint = window.minimumSizeHint()
    problems = []
    if hint.width() > width or hint.height() > height:
        problems.append(f"needs {hint.width()}x{hint.height()}")
    if (window.width(), window.height()) != (width, height):
        problems.append(f"window is {window.width()}x{window.height()}")
    return problems


def scroll_bar_problems(window: KioskWindow) -> list[str]:
    """A scroll bar shows: some text is out of sight until scrolled."""
    return [f"scroll bar in {_path(bar.parentWidget())}"
            for bar in visible(window, QScrollBar)]


def clipping_problems(window: KioskWindow) -> list[str]:
    """Texts wider or taller than their widget, and widgets cut off by what holds them."""
    problems = []
    for label in visible(window, QLabel):
        assert isinstance(label, QLabel)
        problems += _label_problems(label)
    for button in visible(window, QAbstractButton):
        assert isinstance(button, QAbstractButton)
        problems += _button_problems(button)
    for combo in visible(window, QComboBox):
        assert isinstance(combo, QComboBox)
        problems += _combo_problems(combo)
    for edit in visible(window, QLineEdit):
        assert isinstance(edit, QLineEdit)
        problems += _placeholder_problems(edit)
    for kind in (QLabel, QAbstractButton, QComboBox, QLineEdit):
        for widget in visible(window, kind):
            if _has_text(widget):
                problems += _outside_problems(widget, window)
    return problems


def touch_problems(window: KioskWindow) -> list[str]:
    """Buttons and lists a person touches that are smaller than a fingertip."""
    targets = visible(window, QAbstractButton) + visible(window, QComboBox)
    return [f"{_path(target)} is {target.width()}x{target.height()}"
            for target in targets if target.isEnabled()
            and (target.height() < TOUCH_HEIGHT or target.width() < TOUCH_WIDTH)]


def _label_problems(label: QLabel) -> list[str]:
    text = QLabel.text(label)  # as drawn: a PhraseLabel's text() hides its joiners
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return []
    room = _label_room(label)
    needed = _text_box(label, text, room.width(), label.wordWrap())
    if needed.width() > room.width() or needed.height() > room.height():
        return [f"{_path(label)} {text[:24]!r} needs {needed.width()}x{needed.height()},"
                f" has {room.width()}x{room.height()}"]
    return []


def _label_room(label: QLabel) -> QRect:
    """Where a label may draw its text: inside its frame, margin and indent (as QLabel)."""
    room = label.contentsRect().adjusted(label.margin(), label.margin(),
                                         -label.margin(), -label.margin())
    if label.indent() > 0:
        alignment = label.alignment()
        if alignment & (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignRight):
            room.setWidth(room.width() - label.indent())
        if alignment & (Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignBottom):
            room.setHeight(room.height() - label.indent())
    return room


def _text_box(widget: QWidget, text: str, width: int, wrap: bool) -> QRect:
    """The box `text` takes in `widget`'s font, broken into lines of `width` if `wrap`
    (as QLabel measures: words too long for a line stick out of it)."""
    flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
    if wrap:
        flags |= Qt.TextFlag.TextWordWrap  # type: ignore[assignment]
    return QFontMetrics(widget.font()).boundingRect(
        QRect(0, 0, max(width, 1) if wrap else 100_000, 100_000), flags, text)


def _button_problems(button: QAbstractButton) -> list[str]:
    text = QAbstractButton.text(button)  # a WrapButton's own text is empty: its label draws
    if not text:
        return []
    room = button.rect().adjusted(_BUTTON_BORDER, _BUTTON_BORDER,
                                  -_BUTTON_BORDER, -_BUTTON_BORDER)
    needed = _text_box(button, text, room.width(), wrap=False)
    if needed.width() > room.width() or needed.height() > room.height():
        return [f"{_path(button)} {text!r} needs {needed.width()}x{needed.height()},"
                f" has {room.width()}x{room.height()}"]
    return []


def _combo_problems(combo: QComboBox) -> list[str]:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    needed = _text_box(combo, combo.currentText(), field.width(), wrap=False)
    if needed.width() > field.width() or needed.height() > field.height():
        return [f"{_path(combo)} {combo.currentText()!r} needs {needed.width()}x"
                f"{needed.height()}, has {field.width()}x{field.height()}"]
    return []


def _placeholder_problems(edit: QLineEdit) -> list[str]:
    """The hint shown in an empty field must show whole."""
    if edit.text() or not edit.placeholderText():
        return []
    margins = edit.textMargins()
    room = edit.contentsRect().width() - margins.left() - margins.right() \
        - 2 * _LINE_EDIT_MARGIN - 2 * _BUTTON_BORDER
    needed = QFontMetrics(edit.font()).horizontalAdvance(edit.placeholderText())
    if needed > room:
        return [f"{_path(edit)} {edit.placeholderText()!r} needs {needed}, has {room}"]
    return []


def _has_text(widget: QWidget) -> bool:
    if isinstance(widget, QLabel):
        return bool(QLabel.text(widget))
    if isinstance(widget, QAbstractButton):
        return True  # a WrapButton draws its text in a label: the button must show whole
    return True


def _outside_problems(widget: QWidget, window: QWidget) -> list[str]:
    """`widget` sticks out of one of the widgets holding it (its text would be cut off)."""
    rect = widget.rect()
    holder: QWidget | None = widget
    while holder is not None and holder is not window:
        parent = holder.parentWidget()
        if parent is None:
            break
        rect = rect.translated(holder.pos())
        if not parent.rect().contains(rect):
            return [f"{_path(widget)} at {_rect(rect)} is outside {_path(parent)}"
                    f" ({_rect(parent.rect())})"]
        holder = parent
    return []


def _rect(rect: QRect) -> str:
    top_left: QPoint = rect.topLeft()
    return f"{rect.width()}x{rect.height()}+{top_left.x()}+{top_left.y()}"


def _path(widget: QWidget | None) -> str:
    """A widget's name for a failure message: its object name, or its class."""
    if widget is None:
        return "?"
    return widget.objectName() or type(widget).__name__
