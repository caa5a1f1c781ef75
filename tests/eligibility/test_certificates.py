"""Presented certificates: chain, record, status, dates and the 3-month grace."""

from __future__ import annotations

import datetime as dt

import pytest

from hw.vcard.authority import TestAuthority, new_rsa_key
from kiosk.eligibility import admin
from kiosk.eligibility.certificates import CertificateState
from kiosk.eligibility.clock import JST
from kiosk.eligibility.errors import (
    CertificateRefused,
    MalformedCertificate,
    UnknownCertificate,
)
from kiosk.storage.models import Certificate
from tests.eligibility.world import CLINIC, NOW, auth_der, build_world, der_of


@pytest.fixture
def world(database, card_factory):
    return build_world(database, card_factory)


def test_a_valid_certificate(world):
    check = world.service.check(world.der, CLINIC)
    assert check.state is CertificateState.VALID and check.sharing_allowed
    assert check.expires_on == dt.date(2031, 4, 12)
    assert not check.renewal_alert


def test_garbage_and_unknown_and_untrusted_certificates(world, card_factory):
    with pytest.raises(MalformedCertificate):
        world.service.check(b"\x30\x82\x01\x00garbage", CLINIC)
    with pytest.raises(UnknownCertificate):
        world.service.check(_unrecorded(card_factory), CLINIC)
    other = TestAuthority.create()
    forged = other.issue_auth_certificate(new_rsa_key().public_key(), dt.date(2026, 1, 1),
                                          dt.date(2030, 1, 1))
    with pytest.raises(CertificateRefused) as refused:
        world.service.check(der_of(forged), CLINIC)
    assert refused.value.reason == "untrusted"


def _unrecorded(card_factory) -> bytes:
    return auth_der(card_factory.issued("child").image)


@pytest.mark.parametrize(("action", "reason"), [("hold", "on_hold"), ("revoke", "revoked")])
def test_hold_and_revocation_refuse_the_card(world, action, reason):
    with world.database.session() as session, session.begin():
        admin.change_certificate_status(session, _serial(world), action, "hotline", NOW)
    with pytest.raises(CertificateRefused) as refused:
        world.service.check(world.der, CLINIC)
    assert refused.value.reason == reason
    if action == "hold":
        assert "0120-95-0178" in str(refused.value)
        with world.database.session() as session, session.begin():
            admin.change_certificate_status(session, _serial(world), "lift-hold", "office", NOW)
        assert world.service.check(world.der, CLINIC).sharing_allowed


def _serial(world) -> str:
    with world.database.session() as session:
        return session.get(Certificate, world.certificate_id).serial


@pytest.mark.parametrize(
    ("moment", "state", "alert"),
    [
        (dt.datetime(2031, 1, 5, tzinfo=JST), CertificateState.VALID, True),
        (dt.datetime(2031, 4, 12, 23, 59, tzinfo=JST), CertificateState.VALID, True),
        (dt.datetime(2031, 4, 13, 0, 1, tzinfo=JST), CertificateState.GRACE, True),
        (dt.datetime(2031, 7, 31, 23, 0, tzinfo=JST), CertificateState.GRACE, True),
    ],
)
def test_expiry_and_grace(world, moment, state, alert):
    world.clock.moment = moment
    check = world.service.check(world.der, CLINIC)
    assert (check.state, check.renewal_alert) == (state, alert)
    assert check.sharing_allowed is (state is CertificateState.VALID)


@pytest.mark.parametrize(
    ("moment", "reason"),
    [(dt.datetime(2031, 8, 1, 0, 1, tzinfo=JST), "expired"),
     (dt.datetime(2026, 11, 23, 12, tzinfo=JST), "not_yet_valid")],
)
def test_beyond_grace_or_before_validity_is_refused(world, moment, reason):
    world.clock.moment = moment
    with pytest.raises(CertificateRefused) as refused:
        world.service.check(world.der, CLINIC)
    assert refused.value.reason == reason
