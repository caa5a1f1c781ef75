"""Draws one View: title, sentences, the special widget, the buttons."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QProgressBar,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.flows import inputs as ev
from ui.view import View
from ui.widgets.camera_preview import CameraPreview
from ui.widgets.consent_toggles import ConsentToggles
from ui.widgets.language_grid import LanguageGrid
from ui.widgets.password_field import PasswordField
from ui.widgets.phrase_label import PhraseLabel
from ui.widgets.pictogram import Pictogram
from ui.widgets.pin_pad import PinPad
from ui.widgets.wrap_button import WrapButton

BULLETS = ("・", "•")


# The mark above a title; a screen with nothing to touch and at most two sentences
# (standby, done, a wait) shows it large, as the real readers show how to place the card.
MARK_SIZE = 112
LARGE_MARK_SIZE = 200


class ScreenHost(QWidget):
    """The body of the kiosk window; emits `action(name, args)` for the flow."""

    action = Signal(object)  # a kiosk.flows.inputs.FlowInput

    def __init__(self, compact: bool = False) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)  # the window has its own margins
        # A phone has no room for a mark above the title: its screens stay as they are.
        self.mark = Pictogram(MARK_SIZE, "screen_mark")
        self._marks = not compact
        self.title = PhraseLabel(objectName="title", fits=True, wordWrap=True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The sentences take smaller type where they would not fit their area whole (the
        # terms with larger text on): scrolling is the last resort, easily missed.
        self.text = PhraseLabel(objectName="text", fits=True, wordWrap=True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Long texts (terms, consent in some languages) scroll instead of growing the window.
        self.text_area = QScrollArea(widgetResizable=True)
        self.text_area.setFrameShape(QFrame.Shape.NoFrame)
        self.text_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.text_area.setWidget(self.text)
        self.text_area.installEventFilter(self)
        self.progress = QProgressBar(objectName="progress")
        self.progress.setRange(0, 0)  # indeterminate: a device or the system is working
        self.progress.setTextVisible(False)
        self.special = QStackedWidget()
        self.pin_pad = PinPad()
        self.camera = CameraPreview()
        self.consent = ConsentToggles()
        self.password = PasswordField()
        self.languages = LanguageGrid()
        self._special = {None: QWidget(), "pin_pad": self.pin_pad, "camera": self.camera,
                         "consent_toggles": self.consent, "password": self.password,
                         "languages": self.languages}
        self._policies: dict[QWidget, QSizePolicy] = {}
        for widget in self._special.values():
            self._add_page(widget)
        self._show_page(self._special[None])
        # A phone stacks its buttons; a kiosk lines them up.
        self.buttons = QVBoxLayout() if compact else QHBoxLayout()
        self._layout = layout
        layout.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.title)
        layout.addWidget(self.text_area, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.special, 3)
        layout.addLayout(self.buttons)
        self.pin_pad.entered.connect(lambda pin: self.action.emit(ev.EnterPin(pin)))
        self.password.entered.connect(lambda pw: self.action.emit(ev.StaffPassword(pw)))
        self.consent.changed.connect(lambda c, v: self.action.emit(ev.SetConsent(c, v)))
        self.languages.chosen.connect(lambda code: self.action.emit(ev.ChooseLanguage(code)))
        self.view: View | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The sentences fit the area they are shown in, whenever its size changes."""
        if watched is self.text_area and event.type() == QEvent.Type.Resize:
            self._fit_text()
        return super().eventFilter(watched, event)

    def _fit_text(self) -> None:
        self.text.fit_within(self.text_area.size())
        # Even in its smallest type the text needs more: the mark above the title gives
        # way first, then the widget below (a camera preview, down to its least size).
        needed = self.text.least_height(self.text_area.width())
        if needed > self.text_area.height():
            if self.mark.isVisible():
                self.mark.hide()
            else:
                self.text_area.setMinimumHeight(needed)

    def render(self, view: View) -> None:
        """Show `view`; the previous screen's widgets forget what they held."""
        previous = self.view
        self.view = view
        self.title.setText(view.title)
        size = LARGE_MARK_SIZE if not view.actions and len(view.lines) <= 2 else MARK_SIZE
        self.mark.setFixedSize(size, size)
        self.mark.show_named(view.mark if self._marks else None)
        self.title.setProperty("alert", view.alert)
        self.title.setProperty("success", view.success)
        self.title.style().unpolish(self.title)
        self.title.style().polish(self.title)
        self.text_area.setMinimumHeight(0)  # a previous text's need is not this one's
        self.text.setText("\n".join(view.lines))
        # A list reads down its left edge; centred bullets zigzag.
        listing = any(line.startswith(BULLETS) for line in view.lines)
        horizontal = Qt.AlignmentFlag.AlignLeft if listing else Qt.AlignmentFlag.AlignHCenter
        self.text.setAlignment(horizontal | Qt.AlignmentFlag.AlignVCenter)
        self.text.setIndent(24 if listing else -1)
        self.progress.setVisible(view.busy)
        if previous is None or previous.widget != view.widget:
            self.pin_pad.clear()
            self.password.clear()
            self.camera.clear()
        self.pin_pad.retranslate()
        self.password.retranslate()
        if view.widget == "languages":
            self.languages.ask_in(view.data.get("language", ""))
        if view.widget == "consent_toggles":
            self.consent.show_choices(view.data.get("choices", {}))
        if view.widget == "camera":
            self.camera.present(view.data)
        self._show_page(self._special[view.widget])
        # Without a special widget the sentences and the buttons share the screen.
        self.special.setVisible(view.widget is not None)
        # The camera's picture is what the person looks at: it takes most of the room.
        self._layout.setStretchFactor(
            self.text_area, 1 if view.widget == "camera" else 2 if view.widget else 3)
        # The keypad keeps its own height: the room left goes to the sentences above it
        # (the tries left must not be cut off).
        self._layout.setStretchFactor(self.special, 0 if view.widget == "pin_pad" else 3)
        # The same buttons stay: the face capture screen changes with the camera's frames,
        # and a button rebuilt under a finger would lose its touch (中止).
        if previous is None or previous.actions != view.actions:
            self._buttons(view)
        # Laid out now, so that the new text fits the area it gets (which may keep its
        # size: no resize event would fit it then).
        self._layout.activate()
        self._fit_text()

    def add_special(self, name: str, widget: QWidget) -> None:
        """Another special widget a view may name (a terminal's own entry fields)."""
        self._special[name] = widget
        self._add_page(widget)
        self._show_page(self._special[None])

    def _add_page(self, widget: QWidget) -> None:
        self._policies[widget] = widget.sizePolicy()
        self.special.addWidget(widget)

    def _show_page(self, page: QWidget) -> None:
        """Make `page` the special widget; the others give up their size, so that one
        terminal's widget (the staff keyboard) never widens another's screen (the phone)."""
        for other in self._special.values():
            if other is page:
                other.setSizePolicy(self._policies[other])
            else:
                other.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.special.setCurrentWidget(page)

    def _buttons(self, view: View) -> None:
        while self.buttons.count():
            widget = self.buttons.takeAt(0).widget()
            if widget is not None:  # gone at once, so no stale button can be touched
                widget.setParent(None)
                widget.deleteLater()
        for action in view.actions:
            button = WrapButton(action.label, f"action_{action.object_name}", icon=action.icon)
            button.setMinimumHeight(72)
            button.setProperty("primary", action.primary)
            button.clicked.connect(lambda _=False, a=action: self.action.emit(a.input))
            self.buttons.addWidget(button)
