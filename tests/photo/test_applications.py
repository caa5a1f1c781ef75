"""Photo booth applications: the ID, the e-mail, the photo's framing, the QR code, and the
stored application (SQLite and PostgreSQL), with the admin commands and migration 0004."""

from __future__ import annotations

import datetime as dt
import io
import itertools
import json

import numpy as np
import pytest
from alembic import command
from alembic.config import Config
from PIL import Image
from sqlalchemy import inspect

from kiosk import paths
from kiosk.cli.main import main
from kiosk.face.media import read_image
from kiosk.photo import application_id as ids
from kiosk.photo.applications import (
    PHOTO_PX,
    EmailProblem,
    InvalidEmail,
    PhotoApplications,
    UnknownReceipt,
    application_photo,
    crop_box,
    format_receipt,
    head_top,
    parse_receipt,
    to_jpeg,
    validate_email,
)
from kiosk.photo.checks import check_photo
from kiosk.photo.qr import QrReader, qr_image
from kiosk.storage.database import MIGRATIONS_DIR, Database, current_revision, make_engine

APPLICATION_ID = "12345678901234567890123"
LONDON = paths.assets_dir() / "faces" / "london"
JPEG = to_jpeg(np.full((90, 70, 3), 200, np.uint8))


# -- the application ID -------------------------------------------------------------------

def test_the_id_is_23_digits_and_the_problem_is_named():
    assert ids.validate(" 1234 5678 9012 3456 7890 123 ") == APPLICATION_ID
    assert ids.validate("１２３４５６７８９０１２３４５６７８９０１２３") == APPLICATION_ID
    assert ids.grouped(APPLICATION_ID) == "1234 5678 9012 3456 7890 123"
    with pytest.raises(ids.InvalidApplicationId) as short:
        ids.validate("1234")
    assert (short.value.problem, short.value.length) == (ids.Problem.LENGTH, 4)
    with pytest.raises(ids.InvalidApplicationId) as letters:
        ids.validate("I234567890123456789012O")
    assert (letters.value.problem, letters.value.positions) == (ids.Problem.CHARACTERS,
                                                                (1, 23))
    with pytest.raises(ids.InvalidApplicationId) as empty:
        ids.validate(" - ")
    assert empty.value.problem is ids.Problem.EMPTY


def test_a_qr_payload_is_the_id_or_holds_exactly_one():
    assert ids.from_qr_payload(APPLICATION_ID) == APPLICATION_ID
    assert ids.from_qr_payload(f"https://example.jp/a?id={APPLICATION_ID}") == APPLICATION_ID
    for payload in ("hello", f"{APPLICATION_ID}1", f"{APPLICATION_ID} {APPLICATION_ID[::-1]}"):
        with pytest.raises(ids.InvalidApplicationId):
            ids.from_qr_payload(payload)


def test_qr_codes_are_read_from_frames():
    reader = QrReader()
    frame = np.full((480, 640, 3), 180, np.uint8)
    assert reader.read(frame) is None
    code = qr_image(APPLICATION_ID, module_px=6)
    frame[100:100 + code.shape[0], 200:200 + code.shape[1]] = code[..., None]
    assert reader.read(frame) == APPLICATION_ID
    assert reader.read(frame[..., 0]) == APPLICATION_ID  # grey frames too


# -- the e-mail ---------------------------------------------------------------------------

@pytest.mark.parametrize(("address", "tidied"), [
    ("taro@example.jp", "taro@example.jp"),
    ("taro.yamada+card@mail.example.co.jp", "taro.yamada+card@mail.example.co.jp"),
    ("t_a-r.o@sub-domain.example.com", "t_a-r.o@sub-domain.example.com"),
    ("Ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ", "Taro@example.jp"),  # typed with a Japanese IME
    ("  Taro@EXAMPLE.jp  ", "Taro@example.jp"),
    ("o'brien@example.ie", "o'brien@example.ie"),
    ("x@xn--wgv71a119e.jp", "x@xn--wgv71a119e.jp"),
])
def test_good_addresses(address, tidied):
    assert validate_email(address) == tidied


@pytest.mark.parametrize(("address", "problem"), [
    ("", EmailProblem.EMPTY), ("   ", EmailProblem.EMPTY),
    ("taro", EmailProblem.AT_SIGN), ("taro@@example.jp", EmailProblem.AT_SIGN),
    ("@example.jp", EmailProblem.LOCAL_PART), ("ta ro@example.jp", EmailProblem.LOCAL_PART),
    ("taro.@example.jp", EmailProblem.LOCAL_PART), ("ta..ro@example.jp",
                                                   EmailProblem.LOCAL_PART),
    ("太郎@example.jp", EmailProblem.LOCAL_PART), ("x" * 65 + "@example.jp",
                                                  EmailProblem.LOCAL_PART),
    ("taro@", EmailProblem.DOMAIN), ("taro@localhost", EmailProblem.DOMAIN),
    ("taro@example..jp", EmailProblem.DOMAIN), ("taro@example.j", EmailProblem.DOMAIN),
    ("taro@example.123", EmailProblem.DOMAIN), ("taro@exa_mple.jp", EmailProblem.DOMAIN),
    ("taro@[127.0.0.1]", EmailProblem.DOMAIN),
    ("t@" + "a" * 250 + ".jp", EmailProblem.TOO_LONG),
])
def test_bad_addresses_name_the_part(address, problem):
    with pytest.raises(InvalidEmail) as refused:
        validate_email(address)
    assert refused.value.problem is problem


# -- the photo ----------------------------------------------------------------------------

def test_the_crop_follows_the_35_by_45_framing():
    marks = np.zeros((68, 2))
    marks[36:48] = (300, 200)  # the eyes
    marks[8] = (300, 300)  # the chin, 100 px below them: a head of 230 px
    left, top, width, height = crop_box(marks)
    assert width / height == pytest.approx(35 / 45)
    assert left + width / 2 == pytest.approx(300)
    assert (300 - 230 - top) / height == pytest.approx(4 / 45)  # crown 4 mm below the top
    assert 230 / height == pytest.approx(34 / 45)


def test_the_top_of_the_head_is_found_against_a_plain_backdrop():
    marks = np.zeros((68, 2))
    marks[0:17] = np.linspace((250, 180), (350, 180), 17)  # the jaw: the face's width
    marks[36:48] = (300, 200)
    marks[8] = (300, 300)
    image = np.full((480, 640, 3), 200, np.uint8)
    image[60:300, 240:360] = (60, 40, 30)  # dark hair piled high, then the face
    assert head_top(image, marks) == 60.0
    height = crop_box(marks, 60.0)[3]
    assert (300 - 60) / height == pytest.approx(34 / 45)  # the hair counts in the 34 mm
    assert crop_box(marks, 150.0) == crop_box(marks)  # never smaller than the estimate
    assert crop_box(marks, -500.0) == crop_box(marks, 300 - 280.0)  # at most 2.8 times
    image[0:60, 240:360] = (60, 40, 30)  # the head reaches the top edge: not measured
    assert head_top(image, marks) is None


@pytest.mark.parametrize("person", ["001", "019", "030", "096", "129"])
def test_a_london_photo_cropped_for_the_application(engine, person):
    image = read_image(LONDON / person / "neutral.jpg")
    photo = application_photo(image, engine)
    assert photo.shape == (PHOTO_PX[1], PHOTO_PX[0], 3) and photo.dtype == np.uint8
    face = engine.find_faces(photo)[0]
    centre = (face.box[0] + face.box[2]) / 2
    assert centre == pytest.approx(PHOTO_PX[0] / 2, abs=0.05 * PHOTO_PX[0])
    report = check_photo(photo, engine)  # the photo sent still meets every rule
    assert report.passed, [(f.name, f.value, f.limit) for f in report.failures]
    jpeg = to_jpeg(photo)
    with Image.open(io.BytesIO(jpeg)) as decoded:
        assert (decoded.format, decoded.size) == ("JPEG", PHOTO_PX)
        assert not decoded.getexif()
    assert 20_000 < len(jpeg) < 7_000_000  # what online applications accept


def test_a_photo_without_a_face_cannot_be_cropped(engine):
    from kiosk.photo.applications import NoFaceForCrop

    with pytest.raises(NoFaceForCrop):
        application_photo(np.full((480, 640, 3), 128, np.uint8), engine)


# -- stored applications (SQLite and PostgreSQL) ------------------------------------------

@pytest.fixture
def applications(database_url):
    database = Database.open(database_url)
    yield PhotoApplications(database)
    database.close()


def test_submit_list_and_send(applications):
    receipt = applications.submit(" 1234 5678 9012 3456 7890 123", JPEG, "Taro@Example.JP")
    assert len(receipt) == 12 and receipt.isdigit()
    [record] = applications.recent()
    assert (record.application_id, record.email, record.receipt_number) == (
        APPLICATION_ID, "Taro@example.jp", receipt)
    assert record.photo_bytes == len(JPEG) and record.sent_at is None
    assert record.submitted_at.tzinfo is not None
    assert applications.photo(format_receipt(receipt)) == JPEG

    sent = applications.mark_sent(format_receipt(receipt))
    assert sent.sent_at is not None and sent.photo_bytes is None
    assert applications.photo(receipt) is None
    again = applications.mark_sent(receipt)  # harmless
    assert again.sent_at == sent.sent_at
    with pytest.raises(UnknownReceipt):
        applications.mark_sent("0000-0000-0000")


def test_newest_first_and_receipts_unique(database_url):
    numbers = itertools.chain(["111122223333", "111122223333", "111122223333"],
                              ["444455556666"])
    database = Database.open(database_url)
    try:
        store = PhotoApplications(database, receipt_numbers=lambda: next(numbers))
        first = store.submit(APPLICATION_ID, JPEG, "a@example.jp")
        second = store.submit(APPLICATION_ID, JPEG, "b@example.jp")  # drew the same twice
        assert (first, second) == ("111122223333", "444455556666")
        assert [r.email for r in store.recent()] == ["b@example.jp", "a@example.jp"]
        assert len(store.recent(limit=1)) == 1
    finally:
        database.close()


def test_nothing_wrong_is_stored(applications):
    with pytest.raises(ids.InvalidApplicationId):
        applications.submit("123", JPEG, "a@example.jp")
    with pytest.raises(InvalidEmail):
        applications.submit(APPLICATION_ID, JPEG, "a@example")
    with pytest.raises(ValueError, match="JPEG"):
        applications.submit(APPLICATION_ID, b"\x89PNG\r\n", "a@example.jp")
    assert applications.recent() == []


def test_the_admin_commands(database_url, monkeypatch, capsys):
    monkeypatch.setenv("KIOSK_DATABASE_URL", database_url)
    database = Database.open(database_url)
    try:
        receipt = PhotoApplications(database).submit(APPLICATION_ID, JPEG, "a@example.jp")
    finally:
        database.close()
    assert main(["admin", "photo-applications", "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["receipt"] == format_receipt(receipt) and row["photo_bytes"] == len(JPEG)
    assert row["application_id"] == APPLICATION_ID and row["sent_at"] is None
    assert "photo" not in row and dt.datetime.fromisoformat(row["submitted_at"]).utcoffset()

    assert main(["admin", "photo-applications"]) == 0
    text = capsys.readouterr().out
    assert format_receipt(receipt) in text and "a@example.jp" in text

    assert main(["admin", "photo-sent", format_receipt(receipt), "--json"]) == 0
    sent = json.loads(capsys.readouterr().out)
    assert sent["sent_at"] and sent["photo_bytes"] is None
    assert main(["admin", "photo-sent", "9999-9999-9999"]) == 1
    assert "no photo application has the receipt number" in capsys.readouterr().err


def test_parse_receipt():
    assert parse_receipt(" 1234-5678-９０１２ ") == "123456789012"


def test_migration_0004_down_and_up(empty_url):
    engine = make_engine(empty_url)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    try:
        for revision, down in (("head", False), ("0003", True), ("0004", False)):
            with engine.begin() as connection:
                config.attributes["connection"] = connection
                (command.downgrade if down else command.upgrade)(config, revision)
            tables = inspect(engine).get_table_names()
            assert ("photo_applications" in tables) is not down
        assert current_revision(engine) == "0004"
        columns = {c["name"]: c for c in inspect(engine).get_columns("photo_applications")}
        assert set(columns) == {"id", "application_id", "photo", "email", "submitted_at",
                                "receipt_number", "sent_at"}
        assert columns["photo"]["nullable"] and columns["sent_at"]["nullable"]
        uniques = inspect(engine).get_unique_constraints("photo_applications")
        assert [u["column_names"] for u in uniques] == [["receipt_number"]]
    finally:
        engine.dispose()
