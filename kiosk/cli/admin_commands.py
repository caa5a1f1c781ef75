"""`kiosk admin ...`: run the simulated eligibility system (hotline, offices, insurers)."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Any

from hw.vcard.card_file import CardFileError, read_image
from kiosk import paths
from kiosk.cli.errors import CommandError
from kiosk.demo.seed import auth_certificate, seed_demo
from kiosk.eligibility import admin, audit, clock, facilities, receptions, settings
from kiosk.eligibility.admin import Enrolment
from kiosk.eligibility.certificates import find_certificate
from kiosk.eligibility.errors import EligibilityError
from kiosk.eligibility.lookup import lookup_by_certificate_id, lookup_by_insured_number
from kiosk.eligibility.registration import is_registered
from kiosk.photo.applications import (
    ApplicationRecord,
    PhotoApplications,
    UnknownReceipt,
    format_receipt,
)
from kiosk.storage.database import Database, DatabaseError
from kiosk.storage.models import Certificate

ACTORS = {"hold": "hotline", "lift-hold": "municipal-office", "revoke": "j-lis"}


def register(commands: argparse._SubParsersAction) -> None:
    """Add `admin ...` to the command tree."""
    parser = commands.add_parser("admin", help="administer the eligibility system")
    parser.add_argument("--json", action="store_true", help="print JSON")
    sub = parser.add_subparsers(dest="admin_command", metavar="ADMIN_COMMAND", required=True)

    seed = sub.add_parser("seed-demo", help="issue the demo cards and file their records")
    seed.add_argument("--force", action="store_true", help="issue the cards again")
    seed.set_defaults(handler=_run(_seed))

    lookup = sub.add_parser("lookup", help="look up a card's holder or an insured number")
    which = lookup.add_mutually_exclusive_group(required=True)
    which.add_argument("--card", type=Path, help="a card file")
    which.add_argument("--serial", help="a certificate serial (hex)")
    which.add_argument("--insured", nargs="+", metavar="N",
                       help="INSURER SYMBOL NUMBER [BRANCH] from an insurance card")
    lookup.add_argument("--facility", help="facility code, for consent flags")
    lookup.set_defaults(handler=_run(_lookup))

    for action, text in (("hold", "put a card on hold (lost or stolen: the hotline)"),
                         ("lift-hold", "lift a hold (the municipal office)"),
                         ("revoke", "revoke a card's certificate")):
        status = sub.add_parser(action, help=text)
        _card_or_serial(status)
        status.set_defaults(handler=_run(_status_change), action=action)

    leave = sub.add_parser("change-insurer", help="end the coverage (a job change)")
    _card_or_serial(leave)
    leave.add_argument("--last-day", required=True, type=dt.date.fromisoformat)
    leave.add_argument("--reason", default="退職")
    leave.set_defaults(handler=_run(_change_insurer))

    enrol = sub.add_parser("file-enrolment", help="the new insurer files the coverage")
    _card_or_serial(enrol)
    for name in ("insurer", "symbol", "number", "branch"):
        enrol.add_argument(f"--{name}", required=True)
    enrol.add_argument("--valid-from", required=True, type=dt.date.fromisoformat)
    enrol.add_argument("--copay", type=int, default=30, help="co-payment percent")
    enrol.add_argument("--relationship", default="principal",
                       choices=["principal", "dependent"])
    enrol.add_argument("--high-cost-category")
    enrol.set_defaults(handler=_run(_file_enrolment))

    add = sub.add_parser("add-facility", help="add a clinic or pharmacy")
    add.add_argument("code", help="10-digit facility code")
    add.add_argument("name")
    add.add_argument("--categories", default="medical,surgery,checkup")
    add.add_argument("--electronic-prescriptions", action="store_true")
    add.add_argument("--password", required=True, help="staff password (8+ characters)")
    add.set_defaults(handler=_run(_add_facility))

    consent = sub.add_parser("set-consent", help="choose the consent categories asked")
    consent.add_argument("code")
    consent.add_argument("--categories", required=True, help="e.g. medical,surgery,checkup")
    consent.set_defaults(handler=_run(_set_consent))

    password = sub.add_parser("set-password", help="set a facility's staff password")
    password.add_argument("code")
    password.add_argument("--password", required=True)
    password.set_defaults(handler=_run(_set_password))

    show = sub.add_parser("facility", help="show a facility's terminal settings")
    show.add_argument("code")
    show.set_defaults(handler=_run(_facility))

    change = sub.add_parser("set-facility", help="change a facility's terminal settings")
    change.add_argument("code")
    change.add_argument("--face-retries", type=int, metavar="N",
                        help="face attempts after the first failure, before the PIN (0-5)")
    change.add_argument("--visual-confirmation", choices=["on", "off"],
                        help="allow staff to confirm identity by sight")
    change.add_argument("--timeout", type=int, metavar="S",
                        help="idle seconds before the terminal resets (15-600)")
    change.add_argument("--warning", type=int, metavar="S",
                        help="seconds the warning shows before the reset (5-60)")
    change.add_argument("--language", metavar="L",
                        help=f"default language: {', '.join(settings.LANGUAGES)}")
    change.add_argument("--electronic-prescriptions", choices=["on", "off"])
    change.add_argument("--consent-categories", metavar="A,B",
                        help="e.g. medical,surgery,checkup (empty: none asked)")
    change.add_argument("--oqs-folder", metavar="DIR",
                        help="absolute folder shared with clinic software (empty: default)")
    change.add_argument("--oqs-encoding", choices=list(settings.OQS_ENCODINGS),
                        help="encoding of the OQS files written (default utf-8)")
    change.set_defaults(handler=_run(_set_facility))

    shown = sub.add_parser("receptions", help="list a facility's receptions, newest first")
    shown.add_argument("code")
    shown.add_argument("--limit", type=int, default=20)
    shown.set_defaults(handler=_run(_receptions))

    trail = sub.add_parser("audit", help="list the audit trail, newest first")
    trail.add_argument("--limit", type=int, default=50)
    trail.set_defaults(handler=_run(_audit))

    photos = sub.add_parser("photo-applications",
                            help="list the photo booths' card applications (no photos)")
    photos.add_argument("--limit", type=int, default=None)
    photos.set_defaults(handler=_run(_photo_applications))

    sent = sub.add_parser("photo-sent",
                          help="mark a photo booth application as sent and delete its photo")
    sent.add_argument("receipt", metavar="RECEIPT", help="the receipt number it was given")
    sent.set_defaults(handler=_run(_photo_sent))

    # --json is accepted after the command too (`kiosk admin facility CODE --json`);
    # SUPPRESS keeps the value given before the command when it is not repeated.
    for command in sub.choices.values():
        command.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                             help="print JSON")


def _card_or_serial(parser: argparse.ArgumentParser) -> None:
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--card", type=Path, help="a card file")
    which.add_argument("--serial", help="a certificate serial (hex)")


def _run(action: Callable[[argparse.Namespace, Database], Any]) -> Callable[..., int]:
    """Open the database, run `action`, print its result as text or JSON."""

    def handler(args: argparse.Namespace) -> int:
        try:
            database = Database.open()
        except DatabaseError as error:
            raise CommandError(str(error)) from None
        try:
            result = action(args, database)
        except EligibilityError as error:
            raise CommandError(f"{type(error).__name__}: {error}") from None
        except DatabaseError as error:
            raise CommandError(str(error)) from None
        finally:
            database.close()
        _print(result, args.json)
        return 0

    return handler


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {k: _plain(v) for k, v in dataclasses.asdict(value).items()}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    return value


def _print(result: Any, as_json: bool) -> None:
    plain = _plain(result)
    if as_json:
        print(json.dumps(plain, ensure_ascii=False, indent=2))
        return
    if isinstance(plain, list):  # a table: one line a row
        for row in plain:
            print("  ".join(f"{k}={v}" for k, v in row.items() if v not in (None, "")))
        return
    _print_tree(plain, "")


def _print_tree(value: dict[str, Any], indent: str) -> None:
    for key, item in value.items():
        if isinstance(item, dict):
            print(f"{indent}{key}:")
            _print_tree(item, indent + "  ")
        elif item not in (None, ""):
            print(f"{indent}{key}: {item}")


def _certificate_of(session, args: argparse.Namespace) -> Certificate:
    if getattr(args, "card", None) is not None:
        try:
            image = read_image(args.card)
        except CardFileError as error:
            raise CommandError(str(error)) from None
        return find_certificate(session, auth_certificate(image))
    return admin.find_certificate_by_serial(session, args.serial)


def _seed(args: argparse.Namespace, database: Database) -> list[dict[str, Any]]:
    seeded = seed_demo(database, paths.data_dir() / "cards", force=args.force)
    return [{"card": str(p.file), "state": p.card, "pin": p.pin or "-",
             "collation_b": p.collation_b, "case": p.case} for p in seeded]


def _lookup(args: argparse.Namespace, database: Database) -> Any:
    now = clock.now()
    with database.session() as session:
        if args.insured:
            if len(args.insured) not in (3, 4):
                raise CommandError("--insured takes INSURER SYMBOL NUMBER [BRANCH]", status=2)
            insurer, symbol, number, *rest = args.insured
            branch = rest[0] if rest else None
            return lookup_by_insured_number(session, insurer, symbol, number, branch, now)
        certificate = _certificate_of(session, args)
        if not is_registered(session, certificate.id):
            return {"certificate": certificate.serial, "status": certificate.status,
                    "registered": False}
        return lookup_by_certificate_id(session, certificate.id, args.facility, now)


def _status_change(args: argparse.Namespace, database: Database) -> dict[str, Any]:
    with database.session() as session, session.begin():
        certificate = _certificate_of(session, args)
        admin.change_certificate_status(session, certificate.serial, args.action,
                                        ACTORS[args.action], clock.now())
        return {"certificate": certificate.serial, "status": certificate.status}


def _change_insurer(args: argparse.Namespace, database: Database) -> dict[str, Any]:
    with database.session() as session, session.begin():
        certificate = _certificate_of(session, args)
        person = admin.person_for(session, certificate.individual_code)
        ended = admin.end_coverage(session, person.id, args.last_day, args.reason, "insurer",
                                   clock.now())
        return {"person": person.id, "ended_coverages": [c.id for c in ended],
                "last_day": args.last_day}


def _file_enrolment(args: argparse.Namespace, database: Database) -> dict[str, Any]:
    with database.session() as session, session.begin():
        certificate = _certificate_of(session, args)
        person = admin.person_for(session, certificate.individual_code)
        old = admin.latest_coverage(session, person.id)
        coverage = admin.file_enrolment(session, person, Enrolment(
            insurer_number=args.insurer, symbol=args.symbol, number=args.number,
            branch=args.branch, relationship=args.relationship, family_name=old.family_name,
            given_name=old.given_name, family_kana=old.family_kana, given_kana=old.given_kana,
            sex=old.sex, birth_date=old.birth_date, address=old.address,
            valid_from=args.valid_from, copay_ratio=args.copay,
            high_cost_category=args.high_cost_category), "insurer", clock.now())
        return {"person": person.id, "coverage": coverage.id, "valid_from": args.valid_from}


def _categories(text: str) -> list[str]:
    return [c.strip() for c in text.split(",") if c.strip()]


def _add_facility(args: argparse.Namespace, database: Database) -> dict[str, Any]:
    with database.session() as session, session.begin():
        facility = facilities.add_facility(session, args.code, args.name,
                                           _categories(args.categories),
                                           args.electronic_prescriptions, args.password)
        return {"facility": facility.code, "consent_categories": facility.consent_categories}


def _set_consent(args: argparse.Namespace, database: Database) -> dict[str, Any]:
    with database.session() as session, session.begin():
        facility = facilities.set_consent_categories(session, args.code,
                                                     _categories(args.categories))
        return {"facility": facility.code, "consent_categories": facility.consent_categories}


def _set_password(args: argparse.Namespace, database: Database) -> dict[str, Any]:
    with database.session() as session, session.begin():
        facilities.set_staff_password(session, args.code, args.password)
        return {"facility": args.code, "password": "changed"}


def _settings_view(found: settings.FacilitySettings, as_json: bool) -> dict[str, Any]:
    view = dataclasses.asdict(found)
    view["consent_categories"] = (list(found.consent_categories) if as_json
                                  else ",".join(found.consent_categories) or "none")
    return view


def _facility(args: argparse.Namespace, database: Database) -> dict[str, Any]:
    with database.session() as session:
        return _settings_view(settings.get_settings(session, args.code), args.json)


def _on(value: str | None) -> bool | None:
    return None if value is None else value == "on"


def _set_facility(args: argparse.Namespace, database: Database) -> dict[str, Any]:
    given = {
        "face_retries": args.face_retries,
        "visual_confirmation_allowed": _on(args.visual_confirmation),
        "inactivity_timeout_s": args.timeout,
        "inactivity_warning_s": args.warning,
        "default_language": args.language,
        "electronic_prescriptions": _on(args.electronic_prescriptions),
        "consent_categories": None if args.consent_categories is None
        else _categories(args.consent_categories),
        "oqs_folder": args.oqs_folder,
        "oqs_encoding": args.oqs_encoding,
    }
    changes = {name: value for name, value in given.items() if value is not None}
    if not changes:
        raise CommandError("give at least one setting to change (see --help)", status=2)
    with database.session() as session, session.begin():
        updated = settings.update_settings(session, args.code, **changes)
        audit.record(session, clock.now(), "admin", "facility_settings", "updated",
                     facility_code=args.code, detail=settings.describe_changes(changes))
        return _settings_view(updated, args.json)


def _reception_row(record: receptions.ReceptionRecord, as_json: bool) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": record.id, "at": record.at.astimezone(clock.JST), "terminal": record.terminal_id,
        "method": record.identity_method, "validity": record.validity,
        "consents": ",".join(record.consents), "prescription": record.prescription,
        "warnings": ",".join(record.warnings), "outcome": record.outcome,
    }
    if as_json:
        row["consents"], row["warnings"] = list(record.consents), list(record.warnings)
        row["coverage"] = record.coverage
    elif record.coverage is not None:
        c = record.coverage
        row["insurer"] = c.insurer_number
        row["insured"] = f"{c.symbol}・{c.number}({c.branch})"
        row["name"] = f"{c.family_name} {c.given_name}"
    return row


def _receptions(args: argparse.Namespace, database: Database) -> list[dict[str, Any]]:
    with database.session() as session:
        return [_reception_row(record, args.json)
                for record in receptions.list_receptions(session, args.code,
                                                         limit=args.limit)]


def _audit(args: argparse.Namespace, database: Database) -> list[dict[str, Any]]:
    with database.session() as session:
        return [{"id": e.id, "at": e.at.astimezone(clock.JST), "actor": e.actor,
                 "action": e.action, "outcome": e.outcome, "facility": e.facility_code,
                 "certificate": e.certificate_id, "person": e.person_id, "detail": e.detail}
                for e in audit.trail(session, args.limit)]



def _application_row(record: ApplicationRecord) -> dict[str, Any]:
    return {"id": record.id, "receipt": format_receipt(record.receipt_number),
            "application_id": record.application_id, "email": record.email,
            "submitted_at": record.submitted_at.astimezone(clock.JST),
            "sent_at": record.sent_at.astimezone(clock.JST) if record.sent_at else None,
            "photo_bytes": record.photo_bytes}


def _photo_applications(args: argparse.Namespace, database: Database) -> list[dict[str, Any]]:
    return [_application_row(record)
            for record in PhotoApplications(database).recent(args.limit)]


def _photo_sent(args: argparse.Namespace, database: Database) -> dict[str, Any]:
    try:
        record = PhotoApplications(database).mark_sent(args.receipt)
    except UnknownReceipt:
        raise CommandError(f"no photo application has the receipt number {args.receipt}") \
            from None
    return _application_row(record)
