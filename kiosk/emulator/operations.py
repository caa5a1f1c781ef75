"""What QA does to a persona outside the terminal: the hotline, the municipal office, insurers.

Each operation acts on the emulated world's card files and database exactly as the real
counterpart would act on the real card and records, so a session started afterwards sees
the change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from cryptography import x509
from sqlalchemy import select

from hw.vcard.card_file import read_image, write_image
from hw.vcard.model import ChipState, PinFile
from kiosk.card import CardError
from kiosk.eligibility import admin
from kiosk.eligibility.certificates import serial_text
from kiosk.eligibility.clock import JST
from kiosk.eligibility.errors import InvalidRequest
from kiosk.emulator.world import EmulatedWorld
from kiosk.storage.models import Certificate, Person

ACTOR = "qa-panel"
_AUTH_PIN_FILE = 0x0018
_CANNOT_ACT = "the QA operation cannot act on this card"


class CardNotServed(InvalidRequest):
    """The operation cannot act on this card: it is no persona's, or its chip is unreadable."""


def _serial(world: EmulatedWorld, persona: str) -> str:
    return serial_text(_certificate(world, persona))


def _certificate(world: EmulatedWorld, persona: str) -> x509.Certificate:
    # Every office finds the person through the card's certificate, so an unreadable chip
    # (a destroyed one answers nothing) stops the operation before anything changes.
    _require_persona(world, persona)
    try:
        return world.certificate_of(persona)
    except CardError as error:
        raise CardNotServed(f"{_CANNOT_ACT}: its chip cannot be read ({error})") from None


def _require_persona(world: EmulatedWorld, persona: str) -> None:
    # A plain insurance card or a transit card has no certificate and no card file.
    if persona not in world.personas:
        raise CardNotServed(f"{_CANNOT_ACT}: {persona!r} is not a persona's My Number card")


def change_status(world: EmulatedWorld, persona: str, action: str) -> str:
    """hold (the lost-card hotline), lift-hold (municipal office) or revoke; the new status."""
    now = dt.datetime.now(JST)
    with world.database.session() as session, session.begin():
        certificate = admin.change_certificate_status(session, _serial(world, persona), action,
                                                      ACTOR, now)
        return certificate.status


def end_coverage(world: EmulatedWorld, persona: str, days_ago: int = 1) -> None:
    """The persona left their insurer (a job change): coverage ended `days_ago` days ago."""
    now = dt.datetime.now(JST)
    with world.database.session() as session, session.begin():
        person_id = _person_id(session, world, persona)
        admin.end_coverage(session, person_id, now.date() - dt.timedelta(days=days_ago),
                           "資格喪失（退職）", ACTOR, now)


def file_new_coverage(world: EmulatedWorld, persona: str, insurer: str,
                      starts_in_days: int = 0) -> None:
    """A new insurer files the persona's enrolment, from today or a later day."""
    now = dt.datetime.now(JST)
    with world.database.session() as session, session.begin():
        person = session.get(Person, _person_id(session, world, persona))
        assert person is not None
        latest = admin.latest_coverage(session, person.id)
        admin.file_enrolment(session, person, admin.Enrolment(
            insurer_number=insurer, symbol="QA", number=f"{person.id:06d}", branch="00",
            relationship=latest.relationship, family_name=latest.family_name,
            given_name=latest.given_name, family_kana=latest.family_kana,
            given_kana=latest.given_kana, sex=latest.sex, birth_date=latest.birth_date,
            address=latest.address, valid_from=now.date() + dt.timedelta(days=starts_in_days),
            copay_ratio=latest.copay_ratio, high_cost_category=latest.high_cost_category),
            ACTOR, now)


def reset_pin(world: EmulatedWorld, persona: str) -> None:
    """The municipal office resets the user-authentication PIN's counter (the PIN stays)."""
    _require_persona(world, persona)
    path = world.card_file(persona)
    if world.slot.card is not None:
        raise InvalidRequest("take the card off the reader first: the office needs the card")
    image = read_image(path)
    if image.chip is not ChipState.WORKING:
        # The office's terminal talks to the chip too: a destroyed one means a new card.
        raise CardNotServed(f"{_CANNOT_ACT}: its chip cannot be read")
    pin = image.application_named("jpki").files.get(_AUTH_PIN_FILE)
    if not isinstance(pin, PinFile) or pin.secret is None:
        raise InvalidRequest("this card has no user-authentication PIN to reset")
    image.application_named("jpki").files[_AUTH_PIN_FILE] = replace(
        pin, tries_left=pin.max_tries)
    write_image(path, image)


def _person_id(session, world: EmulatedWorld, persona: str) -> int:
    serial = _serial(world, persona)
    code = session.scalar(select(Certificate.individual_code).where(
        Certificate.serial == serial))
    person_id = session.scalar(select(Person.id).where(Person.individual_code == code))
    if person_id is None:
        raise InvalidRequest(f"the eligibility system has no person for {persona}")
    return person_id


# By the name a scenario's `qa` step gives; each takes the world and the persona first.
OPERATIONS: dict[str, Callable[..., object]] = {
    "hold": lambda world, persona: change_status(world, persona, "hold"),
    "lift_hold": lambda world, persona: change_status(world, persona, "lift-hold"),
    "revoke": lambda world, persona: change_status(world, persona, "revoke"),
    "end_coverage": end_coverage,
    "file_new_coverage": file_new_coverage,
    "reset_pin": reset_pin,
}
