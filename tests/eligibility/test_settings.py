"""Facility settings: defaults, changes all-or-none, every value checked, changes audited."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import select

from kiosk.eligibility.errors import InvalidRequest, UnknownFacility
from kiosk.eligibility.facilities import add_facility
from kiosk.eligibility.settings import (
    LANGUAGES,
    FacilitySettings,
    get_settings,
    update_settings,
)
from kiosk.storage.models import AuditEvent
from tests.eligibility.world import FACILITY, build_world

CODE = "1310000003"


@pytest.fixture
def facility(database):
    with database.session() as session, session.begin():
        add_facility(session, CODE, "駅前薬局", ["medical"], False, "ekimae-2026")
    return database


def test_a_new_facility_has_the_defaults(facility):
    with facility.session() as session:
        assert get_settings(session, CODE) == FacilitySettings(
            code=CODE, name="駅前薬局", consent_categories=("medical",),
            electronic_prescriptions=False, face_retries=1, visual_confirmation_allowed=True,
            inactivity_timeout_s=60, inactivity_warning_s=15, default_language="ja")


def test_settings_are_frozen(facility):
    with facility.session() as session:
        settings = get_settings(session, CODE)
    with pytest.raises(dataclasses.FrozenInstanceError):
        settings.face_retries = 3  # type: ignore[misc]


def test_changing_every_setting(facility):
    with facility.session() as session, session.begin():
        changed = update_settings(
            session, CODE, name="駅前薬局 本店", consent_categories=["checkup", "medical"],
            electronic_prescriptions=True, face_retries=0, visual_confirmation_allowed=False,
            inactivity_timeout_s=600, inactivity_warning_s=60, default_language="pt")
    with facility.session() as session:
        stored = get_settings(session, CODE)
    assert stored == changed
    # Categories are kept in their canonical order.
    assert stored.consent_categories == ("medical", "checkup")
    assert (stored.face_retries, stored.visual_confirmation_allowed, stored.default_language,
            stored.inactivity_timeout_s, stored.inactivity_warning_s) == (0, False, "pt",
                                                                           600, 60)


def test_the_limits_themselves_are_accepted(facility):
    with facility.session() as session, session.begin():
        update_settings(session, CODE, face_retries=5, inactivity_timeout_s=15,
                        inactivity_warning_s=5, consent_categories=[])
        for language in LANGUAGES:
            assert update_settings(session, CODE, default_language=language).default_language \
                == language
    with facility.session() as session:
        assert get_settings(session, CODE).consent_categories == ()


@pytest.mark.parametrize(("changes", "message"), [
    ({"face_retries": -1}, r"face_retries must be from 0 to 5, not -1"),
    ({"face_retries": 6}, r"face_retries must be from 0 to 5"),
    ({"face_retries": "2"}, r"face_retries must be a whole number"),
    ({"face_retries": True}, r"face_retries must be a whole number"),
    ({"face_retries": 1.5}, r"face_retries must be a whole number"),
    ({"inactivity_timeout_s": 14}, r"inactivity_timeout_s must be from 15 to 600 seconds"),
    ({"inactivity_timeout_s": 601}, r"from 15 to 600 seconds, not 601"),
    ({"inactivity_warning_s": 4}, r"inactivity_warning_s must be from 5 to 60 seconds"),
    ({"inactivity_warning_s": 61}, r"inactivity_warning_s must be from 5 to 60"),
    # The warning must leave some time before it: shorter than the timeout.
    ({"inactivity_timeout_s": 20, "inactivity_warning_s": 20},
     r"warning \(20 s\) must be shorter than the timeout \(20 s\)"),
    ({"inactivity_timeout_s": 15}, r"warning \(15 s\) must be shorter than the timeout"),
    ({"default_language": "fr"}, r"default_language must be one of ja, en, zh, ko, es, pt"),
    ({"default_language": "JA"}, r"not 'JA'"),
    ({"consent_categories": ["genome"]}, r"unknown consent categories \['genome'\]"),
    ({"consent_categories": "medical"}, r"must be a list of category names"),
    ({"visual_confirmation_allowed": "yes"}, r"must be true or false"),
    ({"electronic_prescriptions": 1}, r"electronic_prescriptions must be true or false"),
    ({"name": "  "}, r"the facility name is empty"),
    ({"name": "x" * 101}, r"more than 100 characters"),
    ({"code": "1310000009"}, r"unknown facility settings \['code'\]"),
    ({"pin_retries": 3}, r"unknown facility settings \['pin_retries'\]"),
])
def test_bad_values_are_refused_and_nothing_changes(facility, changes, message):
    with facility.session() as session:
        before = get_settings(session, CODE)
    # A good change next to the bad one is not applied either.
    with pytest.raises(InvalidRequest, match=message), facility.session() as session, \
            session.begin():
        update_settings(session, CODE, **({"face_retries": 4, "default_language": "en"}
                                          | changes))
    with facility.session() as session:
        assert get_settings(session, CODE) == before


def test_an_unknown_facility(database):
    with database.session() as session:
        with pytest.raises(UnknownFacility):
            get_settings(session, "9999999999")
        with pytest.raises(UnknownFacility):
            update_settings(session, "9999999999", face_retries=2)


def test_the_service_reads_and_changes_settings_with_an_audit(database, card_factory):
    world = build_world(database, card_factory)
    assert world.service.facility_settings(FACILITY).consent_categories == (
        "medical", "surgery", "checkup")
    changed = world.service.update_facility_settings(FACILITY, face_retries=3,
                                                     consent_categories=["medical"])
    assert (changed.face_retries, changed.consent_categories) == (3, ("medical",))
    assert world.service.facility_settings(FACILITY) == changed
    with pytest.raises(InvalidRequest, match="from 5 to 60"):
        world.service.update_facility_settings(FACILITY, inactivity_warning_s=1)
    with pytest.raises(UnknownFacility):
        world.service.facility_settings("9999999999")
    assert world.service.facility_settings(FACILITY).inactivity_warning_s == 15
    with database.session() as session:
        events = [(e.action, e.outcome, e.facility_code, e.detail) for e in session.scalars(
            select(AuditEvent).where(AuditEvent.action == "facility_settings")
            .order_by(AuditEvent.id))]
    assert events == [
        ("facility_settings", "updated", FACILITY,
         "consent_categories=medical face_retries=3"),
        ("facility_settings", "refused: InvalidRequest", FACILITY, ""),
        ("facility_settings", "refused: UnknownFacility", "9999999999", ""),
    ]


def test_the_oqs_folder_and_encoding(facility, tmp_path):
    with facility.session() as session, session.begin():
        assert (get_settings(session, CODE).oqs_folder,
                get_settings(session, CODE).oqs_encoding) == (None, "utf-8")
        changed = update_settings(session, CODE, oqs_folder=str(tmp_path / "OQS"),
                                  oqs_encoding="shift_jis")
    with facility.session() as session, session.begin():
        assert get_settings(session, CODE) == changed
        assert (changed.oqs_folder, changed.oqs_encoding) == (str(tmp_path / "OQS"),
                                                              "shift_jis")
        # Empty text clears the folder: the terminal's default folder again.
        assert update_settings(session, CODE, oqs_folder="").oqs_folder is None


@pytest.mark.parametrize(("changes", "message"), [
    ({"oqs_encoding": "utf-16"}, r"oqs_encoding must be one of utf-8, shift_jis"),
    ({"oqs_encoding": "UTF-8"}, r"not 'UTF-8'"),
    ({"oqs_folder": "relative/OQS"}, r"oqs_folder must be an absolute folder path"),
    ({"oqs_folder": "/srv/O\x00QS"}, r"oqs_folder must be an absolute folder path"),
    ({"oqs_folder": 7}, r"oqs_folder must be a folder path"),
    ({"oqs_folder": "/" + "x" * 500}, r"more than 500 characters"),
])
def test_bad_oqs_settings_are_refused(facility, changes, message):
    with pytest.raises(InvalidRequest, match=message), facility.session() as session, \
            session.begin():
        update_settings(session, CODE, **changes)
    with facility.session() as session:
        assert get_settings(session, CODE).oqs_folder is None
