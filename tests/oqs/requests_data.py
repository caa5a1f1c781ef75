"""A small eligibility database and request files for the OQS request tests."""

from __future__ import annotations

import datetime as dt
import queue
import shutil
import subprocess
import threading
from pathlib import Path

from kiosk.eligibility import admin
from kiosk.eligibility.admin import Enrolment
from kiosk.eligibility.clock import JST
from kiosk.eligibility.facilities import add_facility
from kiosk.storage.database import Database
from kiosk.storage.models import Insurer

INSTITUTION = "1310000001"
OTHER_INSTITUTION = "1310000009"  # not in the database
NOW = dt.datetime(2026, 9, 29, 16, 1, 12, tzinfo=JST)
# An identifier with an entity reference: its text must come back exactly as written.
FILE_ID = "clinic_11906&amp;A"


def _enrol(session, code: str, **changes: object) -> None:
    base: dict[str, object] = dict(
        insurer_number="06139921", symbol="1201", number="3456", branch="01",
        relationship="principal", family_name="山田", given_name="花子",
        family_kana="ヤマダ", given_kana="ハナコ", sex="2", birth_date=dt.date(1985, 4, 12),
        address="東京都千代田区霞が関一丁目2番2号", valid_from=dt.date(2010, 4, 1),
        copay_ratio=30, high_cost_category="ウ")
    base.update(changes)
    person = admin.person_for(session, code)
    admin.file_enrolment(session, person, Enrolment(**base), "test", NOW)  # type: ignore[arg-type]


def seed(database: Database) -> None:
    """One facility and four insured people (valid, ended, a 国保 elder, a daughter)."""
    with database.session() as session, session.begin():
        session.add(Insurer(number="06139921", name="架空商事健康保険組合"))
        session.add(Insurer(number="138057", name="千代田区国民健康保険"))
        session.flush()
        add_facility(session, INSTITUTION, "みなと内科クリニック", ["medical"], True,
                     "minato-staff-2026")
        _enrol(session, "person-hanako")
        _enrol(session, "person-hina", branch="02", relationship="dependent",
               given_name="ひな", given_kana="ヒナ", birth_date=dt.date(2015, 6, 1))
        _enrol(session, "person-takuya", number="9901", branch="00", family_name="吉田",
               given_name="拓也", family_kana="ヨシダ", given_kana="タクヤ", sex="1",
               birth_date=dt.date(1988, 8, 8), valid_from=dt.date(2012, 4, 1),
               valid_until=dt.date(2026, 9, 9), loss_reason="退職")
        _enrol(session, "person-sakiko", insurer_number="138057", symbol="千代田",
               number="200777", branch="00", family_name="髙橋", given_name="﨑子",
               family_kana="タカハシ", given_kana="サキコ", birth_date=dt.date(1954, 3, 10),
               valid_from=dt.date(2019, 4, 1), copay_ratio=20, elderly_copay_ratio=20,
               high_cost_category="一般")


def seeded_copy(template: Path, folder: Path) -> str:
    """A copy of a seeded SQLite template; its URL."""
    path = folder / "eligibility.db"
    shutil.copyfile(template, path)
    return f"sqlite:///{path}"


def _document(header: str, body: str, encoding: str) -> bytes:
    text = (f'<?xml version="1.0" encoding="{encoding}"?>\r\n<XmlMsg>\r\n<MessageHeader>'
            f"{header}</MessageHeader>\r\n<MessageBody>{body}</MessageBody>\r\n</XmlMsg>\r\n")
    return text.encode("utf-8" if encoding.lower() == "utf-8" else "cp932")


def search(insurer: str = "06139921", symbol: str = "1201", number: str = "3456",
           branch: str | None = "01", birth: str = "19850412", limit: str = "1",
           identifier: str | None = "PT0001_1") -> str:
    """A QualificationConfirmSearchInfo element."""
    parts = [f"<InsurerNumber>{insurer}</InsurerNumber>",
             f"<InsuredCardSymbol>{symbol}</InsuredCardSymbol>",
             f"<InsuredIdentificationNumber>{number}</InsuredIdentificationNumber>"]
    if branch is not None:
        parts.append(f"<InsuredBranchNumber>{branch}</InsuredBranchNumber>")
    parts += [f"<Birthdate>{birth}</Birthdate>",
              f"<LimitApplicationCertificateRelatedConsFlg>{limit}"
              "</LimitApplicationCertificateRelatedConsFlg>"]
    if identifier is not None:
        parts.append(f"<ArbitraryIdentifier>{identifier}</ArbitraryIdentifier>")
    return f"<QualificationConfirmSearchInfo>{''.join(parts)}</QualificationConfirmSearchInfo>"


def inquiry(info: str | None = None, *, institution: str = INSTITUTION,
            file_id: str = FILE_ID, encoding: str = "UTF-8") -> bytes:
    """An OQSsiquc01req (個別照会) document."""
    header = (f"<QualificationConfirmationDate>20260929</QualificationConfirmationDate>"
              f"<MedicalInstitutionCode>{institution}</MedicalInstitutionCode>"
              f"<ArbitraryFileIdentifier>{file_id}</ArbitraryFileIdentifier>")
    return _document(header, info if info is not None else search(), encoding)


def bulk_upload(*infos: str, file_id: str = "20260929160000000-1a2b3c4d") -> bytes:
    """An OQSmuquc01req (一括照会 upload) document."""
    header = (f"<MedicalInstitutionCode>{INSTITUTION}</MedicalInstitutionCode>"
              f"<ArbitraryFileIdentifier>{file_id}</ArbitraryFileIdentifier>")
    return _document(header, "".join(infos), "UTF-8")


def bulk_download(reception_number: str, institution: str = INSTITUTION) -> bytes:
    """An OQSmuquc02req (一括照会 download) document."""
    return _document(f"<MedicalInstitutionCode>{institution}</MedicalInstitutionCode>",
                     f"<ReceptionNumber>{reception_number}</ReceptionNumber>", "UTF-8")


def registration(reference: str = "P000123", *, branch: str = "01",
                 encoding: str = "Shift_JIS") -> bytes:
    """An OQSsiimm01req (照会番号登録) document, Shift_JIS as MynaReception writes it."""
    header = (f"<MedicalInstitutionCode>{INSTITUTION}</MedicalInstitutionCode>"
              "<ArbitraryFileIdentifier>20260929160112123-9f8e7d6c</ArbitraryFileIdentifier>")
    body = ("<ReferenceNumberRegistrationInfo>"
            f"<ReferenceNumber>{reference}</ReferenceNumber>"
            "<InsurerNumber>06139921</InsurerNumber><InsuredCardSymbol>1201</InsuredCardSymbol>"
            "<InsuredIdentificationNumber>3456</InsuredIdentificationNumber>"
            f"<InsuredBranchNumber>{branch}</InsuredBranchNumber>"
            "</ReferenceNumberRegistrationInfo>")
    return _document(header, body, encoding)


def next_line(process: subprocess.Popen[str], deadline_s: float = 30) -> str:
    """The next line a process prints, waiting at most `deadline_s`."""
    assert process.stdout is not None
    stream = process.stdout
    lines: queue.Queue[str] = queue.Queue()
    # A reading thread: select() cannot see lines already in the text wrapper's buffer.
    threading.Thread(target=lambda: lines.put(stream.readline()), daemon=True).start()
    try:
        return lines.get(timeout=deadline_s)
    except queue.Empty:
        raise AssertionError("the process printed nothing in time") from None
