"""Each clinic reception that confirms insurance writes one face file into the facility's
OQS folder, readable by the clinic programs' rules, in the facility's encoding; a file that
cannot be written leaves the reception stored, the patient's result on screen, and an event
for the staff screen."""

from __future__ import annotations

import errno
import logging
import os
import threading
from pathlib import Path

from kiosk.flows.names import ScreenName as S
from kiosk.oqs import face_files, reception_files
from kiosk.oqs.file_writer import wait_for_face_files
from kiosk.storage.database import DatabaseError
from tests.oqs.consumer import FACE_NAME, read_face, validate

CLINIC = "1310000001"
DEADLINE_S = 10.0  # a wait's deadline, never a measure of speed


def _reception(world, flow, persona="yamada-hanako", pin="1234", wait=True):
    world.insert(persona)
    flow.card_placed()
    flow.choose_pin()
    flow.enter_pin(pin)
    flow.consent_all()
    if flow.screen.name == S.PRESCRIPTION:
        flow.choose_prescription("electronic")
    assert flow.screen.name == S.RESULT
    if wait:
        assert wait_for_face_files(DEADLINE_S)  # written on the face-file thread


def _files(folder: Path) -> list[Path]:
    return sorted((folder / "face").glob("*")) if (folder / "face").exists() else []


def test_a_reception_writes_one_file_the_consumers_accept(world):
    flow = world.clinic(CLINIC)
    _reception(world, flow)
    [path] = _files(world.home / "oqs")
    assert FACE_NAME.fullmatch(path.name) and path.name.startswith(
        f"OQSsiquc01res_face_{CLINIC}")
    data = path.read_bytes()
    validate(data)
    face = read_face(data, "utf-8")
    assert face.valid and face.values["Name"] == "山田　花子"
    assert face.values["PrescriptionIssueSelect"] == "1"
    assert face.values["PharmacistsInfoConsFlg"] == "1"
    [event] = world.service.oqs_files(CLINIC)
    assert event.written and event.name == path.name
    assert event.terminal_id == flow.terminal.terminal_id
    assert event.reception_id == world.service.receptions(CLINIC)[0].id
    assert list((world.home / "oqs" / ".staging").iterdir()) == []


def test_shift_jis_when_the_facility_chooses_it(world):
    world.service.update_facility_settings(CLINIC, oqs_encoding="shift_jis")
    _reception(world, world.clinic(CLINIC))
    [path] = _files(world.home / "oqs")
    data = path.read_bytes()
    assert data.startswith(b'<?xml version="1.0" encoding="Shift_JIS"')
    face = read_face(data, "cp932")
    assert face.valid and face.values["CharacterCodeIdentifier"] == "1"
    assert face.values["Name"] == "山田　花子"


def test_the_facility_folder_is_used_and_each_reception_adds_one_file(world, tmp_path):
    folder = tmp_path / "share"
    folder.mkdir()
    world.service.update_facility_settings(CLINIC, oqs_folder=str(folder))
    flow = world.clinic(CLINIC)
    _reception(world, flow)
    world.remove()
    flow.card_removed()
    _reception(world, flow)
    assert len(_files(folder)) == 2 and _files(world.home / "oqs") == []
    assert [e.written for e in world.service.oqs_files(CLINIC)] == [True, True]


def test_without_a_folder_of_its_own_the_data_directory_is_used(world):
    world.oqs_folder = None  # as the kiosk a person uses
    _reception(world, world.clinic(CLINIC))
    [path] = _files(Path(os.environ["KIOSK_DATA_DIR"]) / "oqs")
    assert read_face(path.read_bytes(), "utf-8").valid


def test_a_missing_share_leaves_the_reception_and_tells_staff(world, tmp_path, caplog):
    missing = tmp_path / "not-mounted"
    world.service.update_facility_settings(CLINIC, oqs_folder=str(missing))
    flow = world.clinic(CLINIC)
    _reception(world, flow)
    assert flow.screen.name == S.RESULT and not missing.exists()
    [record] = world.service.receptions(CLINIC)
    assert (record.outcome, record.validity) == ("completed", 1)
    [event] = world.service.oqs_files(CLINIC)
    assert not event.written and event.reason == "folder_missing"
    assert str(missing) in event.message and event.reception_id == record.id
    assert "folder_missing" in caplog.text and "山田" not in caplog.text


def test_a_full_disk_leaves_the_reception_and_tells_staff(world, monkeypatch):
    def full(path, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(face_files, "write_new", full)
    flow = world.clinic(CLINIC)
    _reception(world, flow)
    assert flow.screen.name == S.RESULT
    assert world.service.receptions(CLINIC)[0].outcome == "completed"
    [event] = world.service.oqs_files(CLINIC)
    assert (event.written, event.reason) == (False, "write_failed")
    assert "disk is full" in event.message
    assert _files(world.home / "oqs") == []


def test_a_database_failing_after_the_reception_does_not_reach_the_patient(world,
                                                                         monkeypatch, caplog):
    def unavailable(*args, **kwargs):
        raise DatabaseError("the eligibility database cannot be reached")

    monkeypatch.setattr(world.service, "record_oqs_file", unavailable)
    caplog.set_level(logging.ERROR)
    flow = world.clinic(CLINIC)
    _reception(world, flow)
    assert flow.screen.name == S.RESULT
    assert len(_files(world.home / "oqs")) == 1
    assert "event was not recorded" in caplog.text


def test_no_file_when_no_insurance_was_confirmed(world):
    flow = world.clinic(CLINIC)
    world.insert("sasaki-sho")  # not registered: declines on the spot
    flow.card_placed()
    flow.choose_pin()
    flow.enter_pin("2468")
    flow.decline_registration()
    assert flow.screen.name == S.RESULT
    assert _files(world.home / "oqs") == [] and world.service.oqs_files(CLINIC) == []


def test_a_hung_share_holds_the_file_back_never_the_patient(world, monkeypatch):
    release = threading.Event()
    real_write = reception_files.write_face_file

    def hung(result, settings):
        assert release.wait(DEADLINE_S), "the test never released the share"
        return real_write(result, settings)

    monkeypatch.setattr(reception_files, "write_face_file", hung)
    flow = world.clinic(CLINIC)
    _reception(world, flow, wait=False)  # the patient has their result while the share hangs
    world.remove()
    flow.card_removed()
    assert flow.screen.name == S.STANDBY
    assert not wait_for_face_files(0.2)
    release.set()
    assert wait_for_face_files(DEADLINE_S)
    assert len(_files(world.home / "oqs")) == 1
