"""Upgrading a version-1 card file: the same card in the new layout; older authorities."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding

from hw.vcard.authority import AUTHORITY_FILE, CVC_KEYS, TestAuthority
from hw.vcard.card_file import read_image, read_legacy_image
from hw.vcard.images import JP2_SIGNATURE
from hw.vcard.model import BinaryFile, PinFile
from kiosk.cli.card_upgrade import upgrade_file

DATA = Path(__file__).parent / "data"
LEGACY_CARD = DATA / "card-v1.json"  # written by version 1 of `kiosk card new`
LEGACY_AUTHORITY = DATA / "authority-v1.json"  # an authority file of version 1


@pytest.fixture
def legacy(tmp_path):
    path = tmp_path / "card.json"
    document = json.loads(LEGACY_CARD.read_text(encoding="utf-8"))
    jpki = next(app for app in document["applications"] if app["name"] == "jpki")
    jpki["files"]["0018"]["tries_left"] = 1  # a counter the upgrade must keep
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def _data(image, app, fid) -> bytes:
    ef = image.application_named(app).files[fid]
    assert isinstance(ef, BinaryFile)
    return ef.data


def test_upgrade_keeps_what_identifies_the_card(legacy, tmp_path):
    old = read_legacy_image(legacy)
    report = upgrade_file(legacy, TestAuthority.load_or_create(tmp_path / "authority"))
    assert report.startswith("upgraded from version 1 to 2")
    new = read_image(legacy)
    assert (new.kind, new.chip, new.notes) == (old.kind, old.chip, old.notes)
    old_jpki, new_jpki = (image.application_named("jpki").files for image in (old, new))
    for fid in (0x0001, 0x0002, 0x000A, 0x000B, 0x0017, 0x0018, 0x001A, 0x001B):
        assert new_jpki[fid] == old_jpki[fid]
    assert new_jpki[0x0018].tries_left == 1
    for app, fids in (("card-info", (0x0011, 0x0014, 0x0015)), ("card-face", (0x0012, 0x0013))):
        for fid in fids:
            assert new.application_named(app).files[fid] == old.application_named(app).files[fid]
    assert _data(new, "card-info", 0x0001) == _data(old, "card-info", 0x0001)[:15] + b"\xff\xff"
    assert _data(new, "card-info", 0x0001)[3:15] == b"123456789018"
    assert _data(new, "jpki", 0x0008) == bytes.fromhex("8F8F00")


def test_upgraded_card_face_keeps_the_photo_codestream_and_verifies(legacy, tmp_path):
    old = read_legacy_image(legacy)
    authority = TestAuthority.load_or_create(tmp_path / "authority")
    upgrade_file(legacy, authority)
    new = read_image(legacy)
    old_face, new_face = _data(old, "card-face", 0x0002), _data(new, "card-face", 0x0002)
    codestream = old_face[old_face.index(b"\xff\x4f\xff\x51"):]
    codestream = codestream[:codestream.index(b"\xff\xd9") + 2]  # SOC ... EOC
    photo_at = new_face.index(JP2_SIGNATURE)
    assert new_face[photo_at:].index(codestream) > 0  # the same bytes, inside jp2c
    assert new_face[new_face.index(b"\xdf\x29\x08") + 3:][:8] == b"20360412"
    integrity = _data(new, "card-info", 0x0003)
    assert integrity[8:40] == hashlib.sha256(_data(new, "card-info", 0x0001)).digest()
    authority.card_info_signer.key.public_key().verify(
        integrity[80:], integrity[5:75], padding.PKCS1v15(), hashes.SHA256())


def test_upgrading_twice_leaves_the_file_alone(legacy, tmp_path):
    authority = TestAuthority.load_or_create(tmp_path / "authority")
    upgrade_file(legacy, authority)
    before = legacy.read_bytes()
    assert "already in the current layout" in upgrade_file(legacy, authority)
    assert legacy.read_bytes() == before


def test_an_authority_file_of_version_1_is_completed_not_replaced(tmp_path):
    shutil.copy(LEGACY_AUTHORITY, tmp_path / AUTHORITY_FILE)
    before = json.loads(LEGACY_AUTHORITY.read_text())
    first = TestAuthority.load_or_create(tmp_path)
    after = json.loads((tmp_path / AUTHORITY_FILE).read_text())
    assert set(after["keys"]) == set(before["keys"]) | set(CVC_KEYS)
    assert all(after["keys"][k] == before["keys"][k] for k in before["keys"])
    assert after["certificates"] == before["certificates"]
    assert (tmp_path / AUTHORITY_FILE).stat().st_mode & 0o077 == 0
    second = TestAuthority.load_or_create(tmp_path)
    assert second.added_keys == ()
    assert second.card_face_signer.certificate == first.card_face_signer.certificate


def test_a_pin_counter_survives_as_a_pin_file(legacy, tmp_path):
    upgrade_file(legacy, TestAuthority.load_or_create(tmp_path / "authority"))
    pin = read_image(legacy).application_named("jpki").files[0x0018]
    assert isinstance(pin, PinFile) and pin.secret is not None and pin.secret.matches("1234")
