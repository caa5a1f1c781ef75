"""A small eligibility world for tests: an insurer, a facility, people and their cards."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from hw.vcard.model import BinaryFile
from kiosk.eligibility import admin
from kiosk.eligibility.admin import Enrolment
from kiosk.eligibility.clock import JST
from kiosk.eligibility.facilities import add_facility
from kiosk.eligibility.identity import individual_code
from kiosk.eligibility.service import EligibilityService, Terminal
from kiosk.storage.database import Database
from kiosk.storage.models import Insurer, Person

KEY = b"k" * 32
NOW = dt.datetime(2026, 11, 24, 10, 0, tzinfo=JST)
FACILITY = "1310000001"
CLINIC = Terminal("clinic-reader-1", FACILITY)
PASSWORD = "staff-password-1"


class Clock:
    """A clock tests move by hand."""

    def __init__(self, moment: dt.datetime = NOW) -> None:
        self.moment = moment

    def __call__(self) -> dt.datetime:
        return self.moment


def auth_der(image) -> bytes:
    """The DER of a card image's user-authentication certificate."""
    data = image.application_named("jpki").files[0x000A]
    assert isinstance(data, BinaryFile)
    return data.data[: int.from_bytes(data.data[2:4], "big") + 4]


def enrolment(**changes) -> Enrolment:
    """A principal's coverage with 山田 花子's details; keywords replace fields."""
    fields = dict(
        insurer_number="06139921", symbol="1201", number="3456", branch="01",
        relationship="principal", family_name="山田", given_name="花子",
        family_kana="ヤマダ", given_kana="ハナコ", sex="2", birth_date=dt.date(1985, 4, 12),
        address="東京都千代田区霞が関一丁目2番2号", valid_from=dt.date(2010, 4, 1),
        copay_ratio=30, high_cost_category="ウ")
    return Enrolment(**(fields | changes))


@dataclass
class World:
    """The database, the service, the clock, and the standard test card."""

    database: Database
    service: EligibilityService
    clock: Clock
    der: bytes
    certificate_id: int
    person_id: int

    def add_card(self, image, my_number: str) -> tuple[bytes, int]:
        """Record another card's certificate for the holder of `my_number`."""
        der = auth_der(image)
        with self.database.session() as session, session.begin():
            record = admin.record_certificate(session, x509.load_der_x509_certificate(der),
                                              individual_code(my_number, KEY))
            return der, record.id


def build_world(database: Database, card_factory, *, enrol: bool = True) -> World:
    """Insurers, a facility, 山田 花子 enrolled, and her card's certificate recorded."""
    issued = card_factory.issued("standard")
    der = auth_der(issued.image)
    with database.session() as session, session.begin():
        session.add_all([Insurer(number="06139921", name="架空商事健康保険組合"),
                         Insurer(number="06271234", name="架空電機健康保険組合")])
        add_facility(session, FACILITY, "みなと内科クリニック", ["medical", "surgery", "checkup"],
                     True, PASSWORD)
        session.flush()
        code = individual_code(issued.my_number, KEY)
        person = admin.person_for(session, code) if enrol else Person(individual_code="x" * 64)
        if enrol:
            admin.file_enrolment(session, person, enrolment(), "insurer", NOW)
        else:
            session.add(person)
            session.flush()
        record = admin.record_certificate(session, x509.load_der_x509_certificate(der), code)
        certificate_id, person_id = record.id, person.id
    clock = Clock()
    anchor = card_factory.authority.auth_ca_certificate
    return World(database, EligibilityService(database, anchor, clock), clock, der,
                 certificate_id, person_id)


def der_of(certificate: x509.Certificate) -> bytes:
    """DER bytes of a certificate."""
    return certificate.public_bytes(Encoding.DER)
