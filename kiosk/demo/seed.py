"""Seeding the demo: each persona's virtual card and its records in the eligibility system."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from sqlalchemy import select
from sqlalchemy.orm import Session

from hw.vcard.authority import TestAuthority
from hw.vcard.card_file import (
    OutdatedCardFileError,
    read_image,
    read_legacy_image,
    write_image,
)
from hw.vcard.model import BinaryFile, CardImage
from hw.vcard.upgrade import upgrade_image
from kiosk import paths
from kiosk.demo.card_spec import CardSpec, issue_from_spec
from kiosk.demo.personas import load, resolve
from kiosk.eligibility import admin
from kiosk.eligibility.admin import Enrolment
from kiosk.eligibility.clock import JST, aware
from kiosk.eligibility.facilities import add_facility
from kiosk.eligibility.identity import individual_code, load_or_create_key
from kiosk.eligibility.registration import is_registered, register_certificate
from kiosk.eligibility.settings import update_settings
from kiosk.storage.database import Database
from kiosk.storage.models import Coverage, Facility, Insurer

ACTOR = "demo-seed"
_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SeededPersona:
    """What seeding did for one persona."""

    file: Path
    case: str
    card: str  # issued | kept | upgraded
    pin: str | None
    collation_b: str


def auth_certificate(image: CardImage) -> x509.Certificate:
    """The user-authentication certificate in a card image (as J-LIS knows it)."""
    ef = image.application_named("jpki").files[0x000A]
    assert isinstance(ef, BinaryFile)
    length = int.from_bytes(ef.data[2:4], "big") + 4  # 30 82 HH LL
    return x509.load_der_x509_certificate(ef.data[:length])


def _my_number(image: CardImage) -> str:
    ef = image.application_named("card-info").files[0x0001]
    assert isinstance(ef, BinaryFile)
    return ef.data[3:15].decode("ascii")  # FF 10 0C + 12 digits


def _card(persona: dict[str, Any], authority: TestAuthority, out: Path,
          force: bool) -> tuple[CardImage, str]:
    if out.exists() and not force:
        try:
            return read_image(out), "kept"
        except OutdatedCardFileError:
            # A card seeded by an earlier version: the same card (keys, certificates, PIN
            # counters) in the current layout, so the records filed for it still match.
            image = upgrade_image(read_legacy_image(out), authority)
            write_image(out, image)
            _log.warning("demo card %s was in an earlier card file layout: upgraded", out.name)
            return image, "upgraded"
    issued = issue_from_spec(CardSpec.from_persona(persona, paths.assets_dir()), authority,
                             paths.font_path())
    out.parent.mkdir(parents=True, exist_ok=True)
    write_image(out, issued.image)
    return issued.image, "issued"


def _enrol(session: Session, person, persona: dict[str, Any], now: dt.datetime) -> None:
    family, given = persona["name"].split(" ", 1)
    family_kana, given_kana = persona["kana"].split(" ", 1)
    for item in persona["coverages"]:
        exists = session.scalar(select(Coverage.id).where(
            Coverage.insurer_number == item["insurer"], Coverage.symbol == item["symbol"],
            Coverage.number == item["number"], Coverage.branch == item["branch"]))
        if exists is not None:
            continue
        admin.file_enrolment(session, person, Enrolment(
            insurer_number=item["insurer"], symbol=item["symbol"], number=item["number"],
            branch=item["branch"], relationship=item["relationship"], family_name=family,
            given_name=given, family_kana=family_kana, given_kana=given_kana,
            sex=persona["sex"], birth_date=dt.date.fromisoformat(persona["birth_date"]),
            address=persona["address"], valid_from=item["valid_from"],
            valid_until=item.get("valid_until"), loss_reason=item.get("loss_reason"),
            copay_ratio=item["copay_ratio"], elderly_copay_ratio=item.get("elderly_copay_ratio"),
            high_cost_category=item.get("high_cost_category")), ACTOR, now)


def _seed_reference_data(session: Session, document: dict[str, Any]) -> None:
    for insurer in document["insurers"]:
        if session.get(Insurer, insurer["number"]) is None:
            session.add(Insurer(number=insurer["number"], name=insurer["name"]))
    for facility in document["facilities"]:
        if session.get(Facility, facility["code"]) is None:
            add_facility(session, facility["code"], facility["name"],
                         facility["consent_categories"], facility["electronic_prescriptions"],
                         facility["staff_password"])
            # Only a new facility takes the file's settings: changes made since stay.
            update_settings(session, facility["code"], **facility.get("settings", {}))
    session.flush()


def seed_demo(database: Database, cards_dir: Path, *, force: bool = False,
              now: dt.datetime | None = None) -> list[SeededPersona]:
    """Issue (or keep) every persona's card and file their records, in one transaction."""
    now = now or dt.datetime.now(JST)
    today = now.astimezone(JST).date()
    document = load()
    authority = TestAuthority.load_or_create(paths.authority_dir())
    key = load_or_create_key(paths.data_dir())
    seeded = []
    with database.session() as session, session.begin():
        _seed_reference_data(session, document)
        for raw in document["personas"]:
            persona = resolve(raw, today)
            out = cards_dir / persona["file"]
            image, state = _card(persona, authority, out, force)
            code = individual_code(_my_number(image), key)
            person = admin.person_for(session, code)
            _enrol(session, person, persona, now)
            certificate = admin.record_certificate(session, auth_certificate(image), code)
            if persona.get("registered") and not is_registered(session, certificate.id):
                # Registered while the certificate was valid (expired demo cards too).
                registered_at = aware(certificate.not_before) + dt.timedelta(days=1)
                register_certificate(session, certificate.id, ACTOR, min(now, registered_at))
            wanted = persona.get("certificate_status", "active")
            # Only a card nobody has acted on takes the persona's status: a hold placed
            # since (QA, the hotline) stays.
            if certificate.status != wanted and certificate.status_changed_at is None:
                certificate.status = wanted
                certificate.status_changed_at = now
            seeded.append(SeededPersona(out, persona["case"], state, persona.get("pin"),
                                        image.notes.get("collation_b", "")))
    return seeded

