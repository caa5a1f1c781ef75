"""Pictures a patient reads at a glance: placing the card, the ways to confirm, done, attention."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtSvg import QSvgRenderer

from kiosk import paths
from kiosk.flows import screens as sc
from kiosk.flows.reasons import Reason
from ui.screen_host import LARGE_MARK_SIZE, MARK_SIZE
from ui.screenshots import close_window, open_window, show
from ui.widgets.pictogram import PICTOGRAMS, Pictogram, svg


@pytest.mark.parametrize("name", PICTOGRAMS)
def test_every_pictogram_is_a_valid_svg_with_a_title(qapp, name):
    assert QSvgRenderer(svg(name)).isValid()
    root = ET.parse(paths.assets_dir() / "pictograms" / f"{name}.svg").getroot()
    assert root.find("{http://www.w3.org/2000/svg}title").text.strip()


def test_an_unknown_pictogram_is_refused():
    with pytest.raises(KeyError, match="no pictogram 'smile'"):
        svg("smile")


@pytest.fixture
def clinic_window(qapp):
    window = open_window("clinic")
    yield window
    close_window(window)


def mark(window) -> str | None:
    picture = window.host.mark
    return picture.name if picture.isVisible() else None


def test_each_screen_shows_its_mark(clinic_window):
    show(clinic_window, sc.Standby(facility_name="みなと内科クリニック"))
    assert mark(clinic_window) == "place_card"
    show(clinic_window, sc.Result(reason=Reason.VALID, identity="pin"))
    assert mark(clinic_window) == "success"
    assert clinic_window.host.title.property("success")
    show(clinic_window, sc.Result(reason=Reason.NO_COVERAGE, identity="pin"))
    assert mark(clinic_window) == "failure"
    show(clinic_window, sc.PinEntry(tries_left=3))
    assert mark(clinic_window) is None  # the keypad needs the room


def test_a_screen_with_nothing_to_touch_shows_its_mark_large(clinic_window):
    show(clinic_window, sc.Standby(facility_name="みなと内科クリニック"))
    assert clinic_window.host.mark.width() == LARGE_MARK_SIZE
    show(clinic_window, sc.Result(reason=Reason.NO_COVERAGE, identity="pin"))
    assert mark(clinic_window) == "failure"
    assert clinic_window.host.mark.width() == MARK_SIZE  # its buttons need the room
    show(clinic_window, sc.Standby(facility_name="みなと内科クリニック"))
    assert clinic_window.host.mark.width() == LARGE_MARK_SIZE


def test_the_ways_to_confirm_carry_their_pictures(clinic_window):
    show(clinic_window, sc.ChooseMethod(methods=("face", "pin"), visual_confirmation=True,
                                           face_auth_card=False, pin_locked=False,
                                           tries_left=3, face_attempts_left=2))
    icons = {picture.objectName(): picture.name
             for picture in clinic_window.host.findChildren(Pictogram)
             if picture.objectName().endswith("_icon") and picture.isVisible()}
    assert icons == {"action_choose_face_icon": "face", "action_choose_pin_icon": "pin",
                     "action_ask_staff_icon": "staff"}
