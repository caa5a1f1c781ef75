"""Card files: state survives reloads, bad files give clear errors, writes are atomic."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from hw.memory_reader import MemoryCardReader
from hw.reader import CardRemovedError
from hw.vcard.card import PersistError, VirtualCard
from hw.vcard.card_file import (
    CardFileError,
    OutdatedCardFileError,
    load_card,
    read_image,
    write_image,
)
from hw.vcard.model import BinaryFile, InternalFile, KeyFile, KeyUse, PinFile, RecordFile
from tests.cards import AUTH_PIN

LEGACY_CARD = Path(__file__).parent / "data" / "card-v1.json"  # written by version 1
SELECT_JPKI = bytes.fromhex("00A4040C0AD392F000260100000001")
SELECT_AUTH_PIN = bytes.fromhex("00A4020C020018")
COUNTER = bytes.fromhex("00200080")
WRONG = bytes.fromhex("0020008004") + b"0000"
RIGHT = bytes.fromhex("0020008004") + AUTH_PIN.encode()


@pytest.fixture
def card_file(card_factory, tmp_path):
    path = tmp_path / "card.json"
    write_image(path, card_factory.issued("standard").image)
    return path


def _reader_at_auth_pin(path):
    reader = MemoryCardReader()
    reader.insert(load_card(path))
    reader.connect()
    reader.transmit(SELECT_JPKI)
    reader.transmit(SELECT_AUTH_PIN)
    return reader


def test_round_trip_keeps_every_file(card_factory, tmp_path):
    image = card_factory.issued("standard").image
    write_image(tmp_path / "c.json", image)
    assert read_image(tmp_path / "c.json") == image


def test_round_trip_of_every_file_type(card_factory, tmp_path):
    image = card_factory.issued("face-auth").image
    types = {type(ef) for app in image.applications for ef in app.files.values()}
    assert types == {BinaryFile, KeyFile, PinFile, RecordFile, InternalFile}
    write_image(tmp_path / "c.json", image)
    document = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))
    assert document["version"] == 2
    common = next(app for app in document["applications"] if app["name"] == "common")
    assert common["files"]["0001"]["type"] == "records"
    assert common["files"]["0019"]["use"] == "internal-authentication"
    assert common["files"]["001E"] == {"type": "internal", "kind": "key"}
    assert set(document["card_objects"]) == {"0042", "0045", "0066", "00F0", "00F2", "00F7",
                                             "00F8", "5F51"}
    loaded = read_image(tmp_path / "c.json")
    assert loaded == image
    assert loaded.application_named("common").files[0x0019].use is KeyUse.INTERNAL_AUTHENTICATION


def test_a_version_1_file_is_refused_with_the_command_that_upgrades_it(tmp_path):
    old = tmp_path / "old.json"
    shutil.copy(LEGACY_CARD, old)
    for load in (read_image, load_card):
        with pytest.raises(OutdatedCardFileError,
                           match=rf"{old} is in the layout of an earlier version .*"
                                 rf"kiosk card upgrade {old}"):
            load(old)


def test_lock_survives_reloading_the_card_file(card_file):
    reader = _reader_at_auth_pin(card_file)
    assert [reader.transmit(WRONG).hex() for _ in range(3)] == ["63c2", "63c1", "63c0"]
    reader = _reader_at_auth_pin(card_file)
    assert reader.transmit(COUNTER).hex() == "63c0"
    assert reader.transmit(RIGHT).hex() == "6984"


def test_card_pulled_mid_verify_never_gains_a_try(card_file):
    reader = _reader_at_auth_pin(card_file)
    reader.pull_during_next_command()
    with pytest.raises(CardRemovedError):
        reader.transmit(WRONG)
    assert reader.card is None
    assert _reader_at_auth_pin(card_file).transmit(COUNTER).hex() == "63c2"


def test_correct_pin_pulled_mid_verify_keeps_the_counter_full(card_file):
    reader = _reader_at_auth_pin(card_file)
    reader.transmit(WRONG)
    reader.pull_during_next_command()
    with pytest.raises(CardRemovedError):
        reader.transmit(RIGHT)
    assert _reader_at_auth_pin(card_file).transmit(COUNTER).hex() == "63c3"


def test_the_try_is_saved_before_the_pin_is_compared(card_factory):
    seen = []
    image = card_factory.issued("standard").image

    def persist(changed):
        pin = changed.application_named("jpki").files[0x0018]
        seen.append(pin.tries_left)

    reader = MemoryCardReader()
    reader.insert(VirtualCard(image, persist))
    reader.connect()
    reader.transmit(SELECT_JPKI)
    reader.transmit(SELECT_AUTH_PIN)
    assert reader.transmit(RIGHT).hex() == "9000"
    assert seen == [2, 3]  # decremented and saved first, restored after the match


def test_a_card_that_cannot_save_refuses_to_compare(card_factory):
    def full_disk(_image):
        raise PersistError("no space left on device")

    reader = MemoryCardReader()
    reader.insert(VirtualCard(card_factory.issued("standard").image, full_disk))
    reader.connect()
    reader.transmit(SELECT_JPKI)
    reader.transmit(SELECT_AUTH_PIN)
    assert reader.transmit(RIGHT).hex() == "6581"


def test_full_disk_while_saving_a_card_file(card_file, monkeypatch):
    reader = _reader_at_auth_pin(card_file)
    before = card_file.read_bytes()

    def no_space(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    assert reader.transmit(WRONG).hex() == "6581"
    monkeypatch.undo()
    assert card_file.read_bytes() == before
    assert sorted(p.name for p in card_file.parent.iterdir()) == ["card.json"]


def test_crash_during_write_leaves_the_old_file(card_file, monkeypatch):
    before = card_file.read_bytes()
    image = read_image(card_file)
    image.notes["changed"] = "yes"

    def crash(*_args):
        raise KeyboardInterrupt  # the process dies between writing and renaming

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(KeyboardInterrupt):
        write_image(card_file, image)
    monkeypatch.undo()
    assert card_file.read_bytes() == before
    assert sorted(p.name for p in card_file.parent.iterdir()) == ["card.json"]


def test_missing_card_file(tmp_path):
    with pytest.raises(CardFileError, match=r"card file not found: .*nothing\.json"):
        load_card(tmp_path / "nothing.json")


def test_truncated_card_file(card_file):
    card_file.write_bytes(card_file.read_bytes()[:500])
    with pytest.raises(CardFileError, match=r"card\.json is damaged or truncated"):
        load_card(card_file)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(format="something else"), "not a virtual card file"),
        (lambda d: d.update(version=7), "version 7 is not supported"),
        (lambda d: d.update(kind="plastic"), "card.kind: unknown value 'plastic'"),
        (lambda d: d.pop("card_objects"), "missing 'card_objects'"),
        (lambda d: d["applications"][0]["files"]["0017"].update(use="decrypt"),
         "use: unknown value 'decrypt'"),
        (lambda d: d["applications"][0]["files"]["0016"].update(kind="x"),
         "kind: unknown value 'x'"),
        (lambda d: d.pop("applications"), "missing 'applications'"),
        (lambda d: d["applications"][0]["files"]["000A"].update(data="***"), "invalid base64"),
        (lambda d: d["applications"][0]["files"]["0018"].update(tries_left=9),
         "tries_left must be between 0 and max_tries"),
        (lambda d: d["applications"][0]["files"]["0018"].update(tries_left=True),
         "'tries_left' should be int"),
        (lambda d: d["applications"][0].update(aid="D3"), "an AID is 5 to 16 bytes"),
        (lambda d: d["applications"][0]["files"].update({"XYZ": {}}), "4 hex digits"),
        (lambda d: d.update(applications="none"), "'applications' should be list"),
    ],
)
def test_malformed_card_file_names_the_file_and_the_field(card_file, change, message):
    document = json.loads(card_file.read_text(encoding="utf-8"))
    change(document)
    card_file.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(CardFileError, match=f"card file .*card.json is malformed: .*{message}"):
        load_card(card_file)


def test_card_file_holds_no_pin_in_clear(card_file):
    text = card_file.read_text(encoding="utf-8")
    document = json.loads(text)
    pin = document["applications"][0]["files"]["0018"]
    assert set(pin["secret"]["pbkdf2_sha256"]) == {"salt", "iterations", "hash"}
    assert f'"{AUTH_PIN}"' not in text


def test_card_file_is_private_to_its_owner(card_file):
    assert card_file.stat().st_mode & 0o077 == 0
