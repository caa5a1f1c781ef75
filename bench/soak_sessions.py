"""The soak's sessions: a driver that touches the running kiosk as a patient does, and one
script per kind of session, each checking that it ends on the screen it should."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton

from kiosk.emulator.world import EmulatedWorld
from kiosk.flows.names import ScreenName as S
from kiosk.flows.reasons import Reason
from kiosk.flows.screen import Screen
from ui.terminal_app import TerminalApp

CLINIC = "1310000001"  # みなと内科クリニック: face retries 1, visual confirmation, 60/15 s
STAFF_PASSWORD = "minato-staff-2026"
WAIT_S = 30.0  # for a screen after a touch or a card
FACE_WAIT_S = 120.0  # for a face attempt's verdict (75 frames at most, on a busy machine)


class Stuck(Exception):
    """A screen did not come within its deadline."""


class WrongEnd(Exception):
    """A session went somewhere it should not."""


class Driver:
    """Touches one running kiosk as a patient does, with a deadline on every wait."""

    def __init__(self, app: TerminalApp, world: EmulatedWorld) -> None:
        self.app, self.world = app, world

    @property
    def screen(self) -> Screen | None:
        """What the window shows now."""
        return self.app.window.screen_shown

    @property
    def shown(self) -> Screen:
        """What the window shows now, once it shows something."""
        screen = self.app.window.screen_shown
        if screen is None:
            raise WrongEnd("the window shows no screen")
        return screen

    def until(self, predicate: Callable[[], bool], timeout: float, what: str) -> None:
        """Run the GUI's event loop until `predicate()`; Stuck after `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                shown = self.screen.describe() if self.screen else "nothing"
                raise Stuck(f"{what} did not come within {timeout:.0f} s (showing {shown})")
            QTest.qWait(10)

    def wait_for(self, name: str, reason: Reason | None = None, *,
                 timeout: float = WAIT_S) -> None:
        """Until the screen `name` shows (with `reason`, when given); WrongEnd when the
        session settles on another final screen first."""
        def shown() -> bool:
            screen = self.screen
            return screen is not None and screen.name == name and (
                reason is None or screen.reason is reason)
        self.until(shown, timeout, f"the screen {name}{f' ({reason.value})' if reason else ''}")

    def click(self, object_name: str) -> None:
        """Touch the visible, enabled button with this object name."""
        def buttons() -> list[QPushButton]:
            return [b for b in self.app.window.findChildren(QPushButton, object_name)
                    if b.isVisible() and b.isEnabled()]
        self.until(lambda: bool(buttons()), WAIT_S, f"the button {object_name}")
        QTest.mouseClick(buttons()[0], Qt.MouseButton.LeftButton)

    def type_pin(self, pin: str) -> None:
        """Touch the PIN pad's digits, then OK."""
        for digit in pin:
            self.click(f"pin_key_{digit}")
        self.click("pin_ok")

    def type_staff_password(self, password: str) -> None:
        """Staff type the facility password and confirm."""
        edit = self.app.window.host.password.edit
        self.until(edit.isVisible, WAIT_S, "the password field")
        QTest.keyClicks(edit, password)
        self.click("staff_password_ok")

    def place(self, card: str, camera: str = "holder") -> None:
        """Point the camera at `camera`, then put `card` on the reader."""
        self.world.camera.choose(camera)
        self.world.insert(card)

    def take(self) -> None:
        """Take the card off the reader, and see standby ask for the next one."""
        if self.world.slot.card is not None:
            self.world.remove()
        self.until(lambda: self.screen is not None and self.screen.name == S.STANDBY
                   and not self.screen.details.get("take_card"), WAIT_S, "plain standby")

    def finish_reception(self, language: str = "ja", *, after_face: bool = False) -> None:
        """Consent to all, electronic prescription, the valid result, take the card; after a
        face attempt, consent waits for the attempt's verdict (FACE_WAIT_S)."""
        self.wait_for(S.CONSENT, timeout=FACE_WAIT_S if after_face else WAIT_S)
        self.click("action_consent_all")
        self.wait_for(S.PRESCRIPTION)
        self.click("action_choose_prescription_electronic")
        self.wait_for(S.RESULT, Reason.VALID)
        if self.shown.language != language:
            raise WrongEnd(f"the result came in {self.shown.language}, not {language}")
        self.take()


# -- the sessions --------------------------------------------------------------------------


def face_holder(d: Driver) -> None:
    """The registered holder confirms with the face."""
    d.place("yamada-hanako")
    d.wait_for(S.CHOOSE_METHOD)
    d.click("action_choose_face")
    d.finish_reception(after_face=True)


def face_auth_card(d: Driver) -> None:
    """A face-authentication card (no PIN): the face is the only way but staff."""
    d.place("sato-kenta")
    d.wait_for(S.CHOOSE_METHOD, Reason.FACE_AUTH_CARD)
    d.click("action_choose_face")
    d.finish_reception(after_face=True)


def face_printed_then_pin(d: Driver) -> None:
    """A printed photo held up is refused; the holder then types the PIN."""
    d.place("yamada-hanako", camera="printed")
    d.wait_for(S.CHOOSE_METHOD)
    d.click("action_choose_face")
    d.wait_for(S.FACE_FAILED, timeout=FACE_WAIT_S)
    if d.shown.reason is not Reason.FACE_UNDECIDED:
        raise WrongEnd(f"a printed photo gave {d.shown.describe()}")
    d.click("action_choose_pin")
    d.wait_for(S.PIN_ENTRY)
    d.type_pin("1234")
    d.finish_reception()


def face_someone_else(d: Driver) -> None:
    """Someone else before the camera: no match; the patient gives up."""
    d.place("matsumoto-kazuko", camera="other:sasaki-sho")
    d.wait_for(S.CHOOSE_METHOD)
    d.click("action_choose_face")
    d.wait_for(S.FACE_FAILED, Reason.FACE_NO_MATCH, timeout=FACE_WAIT_S)
    d.click("action_cancel")
    d.wait_for(S.STANDBY, Reason.CANCELLED)
    d.take()


def face_dark_room(d: Driver) -> None:
    """Too dark to see a face: the verdict says so; the card is taken."""
    d.place("yamada-hanako", camera="dark")
    d.wait_for(S.CHOOSE_METHOD)
    d.click("action_choose_face")
    d.wait_for(S.FACE_FAILED, Reason.FACE_UNDECIDED, timeout=FACE_WAIT_S)
    d.world.remove()
    d.wait_for(S.STANDBY, Reason.CARD_REMOVED)
    d.take()


def card_pulled_mid_capture(d: Driver) -> None:
    """The card leaves while the camera looks: the attempt stops at once."""
    d.place("yamada-hina")
    d.wait_for(S.CHOOSE_METHOD)
    d.click("action_choose_face")
    d.wait_for(S.FACE_CAPTURE)
    d.world.remove()
    d.wait_for(S.STANDBY, Reason.CARD_REMOVED, timeout=FACE_WAIT_S)
    d.take()


def pin_right(d: Driver) -> None:
    """The right PIN at once."""
    d.place("matsumoto-kazuko")
    d.wait_for(S.CHOOSE_METHOD)
    d.click("action_choose_pin")
    d.wait_for(S.PIN_ENTRY)
    d.type_pin("0310")
    d.finish_reception()


def pin_wrong_then_right(d: Driver) -> None:
    """A wrong PIN, then the right one (the counter is back to 3 after)."""
    d.place("yamada-hina")
    d.wait_for(S.CHOOSE_METHOD)
    d.click("action_choose_pin")
    d.wait_for(S.PIN_ENTRY)
    d.type_pin("9999")
    d.wait_for(S.PIN_ENTRY, Reason.WRONG_PIN)
    d.type_pin("1102")
    d.finish_reception()


def pin_locked(d: Driver) -> None:
    """A locked PIN: the terminal says so and offers only the face and staff."""
    d.place("suzuki-ichiro")
    d.wait_for(S.CHOOSE_METHOD, Reason.PIN_LOCKED)
    if "pin" in d.shown.details.get("methods", ()):
        raise WrongEnd("a locked PIN was offered")
    d.take()
    # Taken mid-session: standby says the session ended with the card removed.


def staff_visual_confirmation(d: Driver) -> None:
    """Staff confirm by sight with the facility password."""
    d.place("yamada-hanako", camera="nobody")
    d.wait_for(S.CHOOSE_METHOD)
    d.click("action_ask_staff")
    d.wait_for(S.STAFF_PASSWORD)
    d.type_staff_password(STAFF_PASSWORD)
    d.finish_reception()


def card_pulled_mid_command(d: Driver) -> None:
    """The card leaves while the PIN is being checked on it."""
    d.place("yamada-hanako")
    d.wait_for(S.CHOOSE_METHOD)
    d.click("action_choose_pin")
    d.wait_for(S.PIN_ENTRY)
    d.world.slot.pull_during_next_command()
    d.type_pin("1234")
    d.wait_for(S.STANDBY, Reason.CARD_REMOVED)
    d.take()


def inactivity_timeout(d: Driver) -> None:
    """Nobody touches the screen: the warning counts down, then standby asks for the card."""
    d.place("yamada-hina")
    d.wait_for(S.CHOOSE_METHOD)
    d.world.clock.advance(46)  # the facility's timeout is 60 s, its warning 15 s
    d.wait_for(S.INACTIVITY_WARNING)
    d.world.clock.advance(20)
    d.wait_for(S.STANDBY, Reason.TIMED_OUT)
    if not d.shown.details.get("take_card"):
        raise WrongEnd("standby did not ask for the card left on the reader")
    d.take()


def language_switch(d: Driver) -> None:
    """The patient reads English from the first screen; the next one starts in Japanese."""
    d.place("matsumoto-kazuko")
    d.wait_for(S.CHOOSE_METHOD)
    d.click("top_language_en")
    d.until(lambda: d.shown.language == "en", WAIT_S, "English")
    d.click("action_choose_pin")
    d.wait_for(S.PIN_ENTRY)
    d.type_pin("0310")
    d.finish_reception(language="en")
    if d.shown.language != "ja":
        raise WrongEnd("standby stayed in English for the next patient")


def registration_declined(d: Driver) -> None:
    """A card not yet registered: the offer is declined; staff are told."""
    d.place("sasaki-sho")
    d.wait_for(S.CHOOSE_METHOD)
    d.click("action_choose_pin")
    d.wait_for(S.PIN_ENTRY)
    d.type_pin("2468")
    d.wait_for(S.REGISTRATION_OFFER)
    d.click("action_decline_registration")
    d.wait_for(S.RESULT, Reason.NOT_REGISTERED)
    d.take()


def card_on_hold(d: Driver) -> None:
    """A card reported lost: refused after the PIN, with where to go."""
    d.place("watanabe-miho")
    d.wait_for(S.CHOOSE_METHOD)
    d.click("action_choose_pin")
    d.wait_for(S.PIN_ENTRY)
    d.type_pin("3690")
    d.wait_for(S.CERTIFICATE_REFUSED, Reason.CERTIFICATE_ON_HOLD)
    d.take()


def chip_destroyed(d: Driver) -> None:
    """A card whose chip does not answer."""
    d.place("ito-sakura")
    d.wait_for(S.CARD_PROBLEM, Reason.CHIP_DESTROYED)
    d.take()


def insurance_card(d: Driver) -> None:
    """An old insurance card on the reader."""
    d.place("insurance-card")
    d.wait_for(S.CARD_PROBLEM, Reason.INSURANCE_CARD)
    d.take()


SESSIONS: dict[str, Callable[[Driver], None]] = {
    function.__name__: function for function in (
        face_holder, pin_right, card_pulled_mid_command, face_printed_then_pin,
        staff_visual_confirmation, inactivity_timeout, pin_wrong_then_right,
        face_someone_else, language_switch, registration_declined, pin_locked,
        face_dark_room, chip_destroyed, insurance_card, card_on_hold,
        card_pulled_mid_capture, face_auth_card)
}
FACE_SESSIONS = {"face_holder", "face_auth_card", "face_printed_then_pin",
                 "face_someone_else", "face_dark_room", "card_pulled_mid_capture"}
# For the test suite: every kind once (six face sessions among them, each after other
# kinds of session), then the quick kinds again: 32 sessions, about two minutes.
_QUICK = [name for name in SESSIONS if name not in FACE_SESSIONS]
TEST_MIX = [*SESSIONS, *(_QUICK * 2)[:15]]


def session_kinds(mix: str, count: int) -> list[str]:
    """The kinds of `count` sessions: `full` cycles through every kind, `test` is TEST_MIX
    (cycled if more are asked)."""
    order = list(SESSIONS) if mix == "full" else TEST_MIX
    return [order[i % len(order)] for i in range(count)]
