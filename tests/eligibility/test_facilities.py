"""Facilities: codes, consent categories, staff passwords stored as real password hashes."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from kiosk.eligibility.errors import DuplicateFacility, InvalidRequest, UnknownFacility
from kiosk.eligibility.facilities import (
    add_facility,
    set_staff_password,
    staff_password_matches,
)
from kiosk.eligibility.passwords import hash_password, verify_password
from kiosk.storage.models import Facility


def test_passwords_are_salted_scrypt_hashes():
    first, second = hash_password("staff-password"), hash_password("staff-password")
    assert first != second and first.startswith("scrypt$16384$8$1$")
    assert "staff-password" not in first
    assert verify_password("staff-password", first)
    assert not verify_password("staff-passwore", first)
    assert not verify_password("x", "not a hash")


def test_add_check_and_change_a_facility(database):
    with database.session() as session, session.begin():
        add_facility(session, "1310000003", "駅前薬局", ["medical"], True, "ekimae-2026")
    with database.session() as session, session.begin():
        assert staff_password_matches(session, "1310000003", "ekimae-2026")
        assert not staff_password_matches(session, "1310000003", "1234")
        set_staff_password(session, "1310000003", "new-password")
    with database.session() as session:
        assert staff_password_matches(session, "1310000003", "new-password")
        with pytest.raises(UnknownFacility):
            staff_password_matches(session, "9999999999", "new-password")


def test_a_duplicate_code_writes_nothing(database):
    with database.session() as session, session.begin():
        add_facility(session, "1310000004", "一番", ["medical"], False, "password-1")
    with pytest.raises(DuplicateFacility), database.session() as session, session.begin():
        session.add(Facility(code="1310000005", name="巻き添え", consent_categories="",
                             electronic_prescriptions=False, password_hash="x"))
        add_facility(session, "1310000004", "二番", ["medical"], False, "password-2")
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Facility)) == 1


@pytest.mark.parametrize(("code", "categories", "password", "message"), [
    ("131000000", ["medical"], "password-1", "10 digits"),
    ("1310000006", ["genome"], "password-1", "unknown consent categories"),
    ("1310000006", ["medical"], "short", "at least 8"),
])
def test_bad_facility_details(database, code, categories, password, message):
    with pytest.raises(InvalidRequest, match=message), database.session() as session:
        add_facility(session, code, "名前", categories, False, password)
