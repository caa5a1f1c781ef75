"""The demo personas: their cards, read as a terminal reads them, and their records agree."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from sqlalchemy import func, select

from hw.memory_reader import MemoryCardReader
from hw.vcard.authority import TestAuthority
from hw.vcard.card_file import load_card
from kiosk import paths
from kiosk.card import CardUnresponsive, MyNumberCardProtocol, PinKind, PinNotUsable
from kiosk.demo.personas import load
from kiosk.demo.seed import seed_demo
from kiosk.eligibility.clock import JST
from kiosk.eligibility.errors import CertificateRefused, NotRegistered
from kiosk.eligibility.lookup import lookup_by_insured_number
from kiosk.eligibility.records import Validity
from kiosk.eligibility.service import EligibilityService, Terminal
from kiosk.storage.database import Database
from kiosk.storage.models import Coverage, Registration

NOW = dt.datetime.now(JST)
CLINIC = Terminal("clinic-reader-1", "1310000001")


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory):
    """Cards issued once for the module (RSA keys are slow), with their authority and key."""
    home = tmp_path_factory.mktemp("demo-home")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("KIOSK_DATA_DIR", str(home))
        database = Database.open(f"sqlite:///{home / 'seed.db'}")
        seed_demo(database, home / "cards", now=NOW)
        database.close()
    return home


@pytest.fixture
def demo(database, tmp_path, demo_home, monkeypatch):
    monkeypatch.setenv("KIOSK_DATA_DIR", str(demo_home))
    shutil.copytree(demo_home / "cards", tmp_path / "cards")  # each test its own PIN state
    seeded = seed_demo(database, tmp_path / "cards", now=NOW)
    anchor = TestAuthority.load_or_create(paths.authority_dir()).auth_ca_certificate
    service = EligibilityService(database, anchor, lambda: NOW)
    return {p.file.name: p for p in seeded}, service


def _terminal(card_file) -> MyNumberCardProtocol:
    reader = MemoryCardReader()
    reader.insert(load_card(card_file))
    protocol = MyNumberCardProtocol(reader)
    protocol.connect()
    return protocol


def _lookup(demo, name):
    seeded, service = demo
    der = _terminal(seeded[name].file).read_auth_certificate().der
    return service.lookup(der, CLINIC), der


def test_there_are_at_least_12_personas_each_with_two_photos():
    personas = load()["personas"]
    assert len(personas) >= 12
    for persona in personas:
        for key in ("photo", "camera_photo"):
            assert (paths.assets_dir() / persona[key]).is_file()
        assert persona["photo"] != persona["camera_photo"]
    assert (paths.assets_dir() / "faces" / "ATTRIBUTION.md").is_file()


def test_registered_and_not_yet_registered(demo):
    result, _ = _lookup(demo, "yamada-hanako.json")
    assert result.validity is Validity.VALID and result.sharing_allowed
    seeded, service = demo
    der = _terminal(seeded["sasaki-sho.json"].file).read_auth_certificate().der
    with pytest.raises(NotRegistered):
        service.lookup(der, CLINIC)
    assert service.register(der, Terminal("booth-1")).created
    assert service.lookup(der, CLINIC).validity is Validity.VALID


def test_locked_pin_and_face_authentication_card(demo):
    seeded, _ = demo
    assert _terminal(seeded["suzuki-ichiro.json"].file).pin_tries_left(PinKind.AUTH) == 0
    with pytest.raises(PinNotUsable):
        _terminal(seeded["sato-kenta.json"].file).pin_tries_left(PinKind.AUTH)
    for name in ("suzuki-ichiro.json", "sato-kenta.json"):
        assert _lookup(demo, name)[0].validity is Validity.VALID


@pytest.mark.parametrize(("name", "reason"), [("watanabe-miho.json", "on_hold"),
                                              ("nakamura-daisuke.json", "revoked"),
                                              ("kato-makoto.json", "expired")])
def test_cards_the_system_refuses(demo, name, reason):
    with pytest.raises(CertificateRefused) as refused:
        _lookup(demo, name)
    assert refused.value.reason == reason


def test_expired_within_grace_confirms_insurance_only(demo):
    result, _ = _lookup(demo, "kobayashi-megumi.json")
    assert result.validity is Validity.VALID
    assert not result.sharing_allowed and result.renewal_alert


def test_job_change_not_yet_filed(demo):
    result, _ = _lookup(demo, "yoshida-takuya.json")
    assert result.validity is Validity.INVALID and result.coverage.loss_reason == "退職"


def test_dependent_elderly_and_child(demo, database):
    hina, _ = _lookup(demo, "yamada-hina.json")
    assert hina.coverage.relationship == "dependent"
    with database.session() as session:
        family = lookup_by_insured_number(session, "06139921", "1201", "3456", None, NOW)
    assert family.validity is Validity.SEVERAL_MATCHES
    kazuko, _ = _lookup(demo, "matsumoto-kazuko.json")
    assert (kazuko.coverage.elderly_copay_ratio, kazuko.coverage.high_cost_category) == (
        20, "一般")
    assert kazuko.coverage.birth_date <= dt.date(NOW.year - 70, 12, 31)
    haruto, _ = _lookup(demo, "tanaka-haruto.json")
    assert haruto.coverage.birth_date.year >= NOW.year - 15


def test_destroyed_chip_cannot_be_read(demo):
    seeded, _ = demo
    with pytest.raises(CardUnresponsive):
        _terminal(seeded["ito-sakura.json"].file)


def test_seeding_twice_changes_nothing(demo, database, tmp_path):
    again = seed_demo(database, tmp_path / "cards", now=NOW)
    assert {p.card for p in again} == {"kept"}
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Coverage)) == 13
        assert session.scalar(select(func.count()).select_from(Registration)) == 12
