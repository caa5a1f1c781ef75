"""The running kiosk recovers by itself: a reader outage reaches the screen, a stalled flow
is replaced, and the next patient is served without a restart (real Qt threads)."""

from __future__ import annotations

import pytest

from kiosk.flows.names import ScreenName as S
from kiosk.flows.reasons import Reason
from tests.ui.conftest import CLINIC, Terminal
from ui.speech import VoiceGuide
from ui.terminal_app import TerminalApp


@pytest.fixture
def impatient_clinic(world, qtbot):
    """The clinic terminal, with a watchdog that calls a flow input stalled after 2 s."""
    app = TerminalApp("clinic", lambda: world.clinic(CLINIC), world.reader, VoiceGuide("mock"),
                      stall_after_s=2.0)
    qtbot.addWidget(app.window)
    app.start(show=True)
    terminal = Terminal(app, world, qtbot)
    terminal.wait_for(S.STANDBY)
    yield terminal
    app.stop()


def test_an_unplugged_reader_shows_out_of_service_until_it_is_back(clinic):
    clinic.place("yamada-hanako")
    clinic.wait_for(S.CHOOSE_METHOD)
    clinic.world.slot.set_unavailable(True)
    clinic.wait_for(S.OUT_OF_SERVICE, timeout=10_000)
    assert clinic.screen.reason is Reason.READER_ERROR
    assert clinic.window.host.title.text() == "ただいま受付できません"
    clinic.world.slot.set_unavailable(False)
    clinic.wait_for(S.STANDBY, timeout=10_000)
    assert clinic.screen.details["take_card"]  # the card still lies on the reader
    clinic.take_card()
    clinic.qtbot.waitUntil(lambda: not clinic.screen.details["take_card"], timeout=5000)
    clinic.place("yamada-hanako")
    clinic.wait_for(S.CHOOSE_METHOD)


def test_a_stalled_reader_command_is_abandoned_and_the_next_patient_served(impatient_clinic):
    clinic = impatient_clinic
    clinic.place("yamada-hanako")
    clinic.wait_for(S.CHOOSE_METHOD)
    clinic.click("action_choose_pin")
    clinic.wait_for(S.PIN_ENTRY)
    clinic.world.slot.hang_during_next_command()  # the reader driver never answers
    clinic.type_pin("1234")
    clinic.wait_for(S.SYSTEM_ERROR, timeout=10_000)
    assert clinic.app.restarts == 1
    assert clinic.window.host.title.text() == "ただいま受付できません"
    clinic.qtbot.waitUntil(lambda: clinic.world.service.receptions(CLINIC) != [])
    record = clinic.world.service.receptions(CLINIC)[0]
    assert (record.outcome, record.warnings) == ("system_error", ("terminal_stalled",))
    clinic.take_card()  # also ends the hung command, whose flow was abandoned
    clinic.wait_for(S.STANDBY)
    clinic.place("sasaki-sho")
    clinic.wait_for(S.CHOOSE_METHOD)
    clinic.click("action_choose_pin")
    clinic.wait_for(S.PIN_ENTRY)
    clinic.type_pin("2468")
    clinic.wait_for(S.REGISTRATION_OFFER)
    assert clinic.world.pin_tries_left("sasaki-sho") == 3
    clinic.qtbot.waitUntil(lambda: not clinic.app._abandoned[0].thread_running, timeout=5000)


def test_the_inactivity_warning_counts_down_on_screen(clinic):
    clinic.place("yamada-hanako")
    clinic.wait_for(S.CHOOSE_METHOD)
    clinic.click("action_choose_pin")
    clinic.wait_for(S.PIN_ENTRY)
    clinic.world.clock.advance(46)  # the facility's timeout is 60 s, the warning 15 s
    clinic.wait_for(S.INACTIVITY_WARNING, timeout=5000)
    first = clinic.screen.details["seconds_left"]
    clinic.world.clock.advance(3)
    clinic.qtbot.waitUntil(lambda: clinic.screen.details.get("seconds_left") == first - 3,
                           timeout=5000)
    assert f"{first - 3} 秒後" in "\n".join(clinic.window.host.text.text().splitlines())
    clinic.world.clock.advance(30)
    clinic.wait_for(S.STANDBY, timeout=5000)
    assert clinic.screen.details.get("take_card")
    assert "カードをお取りください。" in clinic.window.host.text.text()
