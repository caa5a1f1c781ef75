"""The photo booth, headless: the application ID typed or read from a QR code, the photo
taken with the emulated camera on a fake clock and held to the photo checks (a dark room
fails, two people fail, the holder passes), retakes, the e-mail, the stored application;
cancel and timeout keep nothing."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image
from sqlalchemy import func, select

from hw.camera import CameraTimeoutError, CameraUnavailableError
from hw.fake_camera import FakeCamera
from hw.still_camera import StillImagesCamera
from kiosk.eligibility.service import Terminal
from kiosk.flows import inputs as ev
from kiosk.flows import screens as sc
from kiosk.flows.base import FAREWELL_S, UnknownInput
from kiosk.flows.names import ScreenName as S
from kiosk.flows.photo_booth import BURST_S, COUNTDOWN, QR_SCAN_S, PhotoBoothFlow
from kiosk.flows.reasons import Reason
from kiosk.photo.applications import PHOTO_PX, PhotoApplications
from kiosk.photo.checks import check_photo
from kiosk.photo.qr import qr_image
from kiosk.storage.database import DatabaseError
from kiosk.storage.models import PhotoApplication

APPLICATION_ID = "12345678901234567890123"


# -- helpers ------------------------------------------------------------------------------

def watch(flow: PhotoBoothFlow) -> PhotoBoothFlow:
    flow.screens = []
    flow.add_listener(flow.screens.append)
    return flow


@pytest.fixture
def booth(world):
    flow = watch(world.photo_booth())
    flow.camera_feed = world.camera  # what the camera shows (the QA panel's feeds)
    return flow


def rows(world) -> int:
    with world.database.session() as session:
        return session.scalar(select(func.count()).select_from(PhotoApplication))


def frame(image: np.ndarray | None = None) -> np.ndarray:
    """A 640x480 wall, with `image` (grey) pasted in its middle."""
    canvas = np.full((480, 640, 3), (196, 190, 178), np.uint8)
    if image is not None:
        height, width = image.shape[:2]
        top, left = (480 - height) // 2, (640 - width) // 2
        canvas[top:top + height, left:left + width] = image[..., None]
    return canvas


def flow_with_camera(world, camera_factory) -> PhotoBoothFlow:
    return watch(PhotoBoothFlow(camera_factory, world.engine,
                                PhotoApplications(world.database), Terminal("photo-test"),
                                world.clock, sleep=world.clock.sleep))


def to_guidance(flow: PhotoBoothFlow) -> None:
    flow.start()
    flow.enter_application_id(APPLICATION_ID)
    assert flow.screen.name == S.PHOTO_GUIDANCE


def to_confirm(flow: PhotoBoothFlow) -> None:
    to_guidance(flow)
    flow.start_preview()
    assert flow.screen.name == S.PHOTO_PREVIEW
    flow.take_photo()
    assert flow.screen.name == S.PHOTO_CONFIRM, flow.screen


def to_application_confirm(flow: PhotoBoothFlow) -> None:
    to_confirm(flow)
    flow.accept_photo()
    flow.enter_email("hanako@example.jp")
    assert flow.screen.name == S.APPLICATION_CONFIRM


def names(flow: PhotoBoothFlow) -> list[str]:
    return [screen.name for screen in flow.screens]


# -- the application ID -------------------------------------------------------------------

def test_standby_then_a_typed_id_leads_to_the_photo_rules(booth):
    assert (booth.screen.name, booth.screen.reason) == (S.STANDBY, None)
    booth.enter_application_id(APPLICATION_ID)  # not on this screen: ignored
    assert booth.screen.name == S.STANDBY
    booth.start()
    assert booth.screen.name == S.APPLICATION_ID
    # Full-width digits and the spaces of the printed groups are fine.
    booth.enter_application_id("１２３４ ５６７８ 9012-3456-7890 123")
    assert booth.screen.name == S.PHOTO_GUIDANCE
    assert booth.screen.details["application_id"] == "1234 5678 9012 3456 7890 123"
    booth.back()
    assert (booth.screen.name, booth.screen.details["entered"]) == (S.APPLICATION_ID,
                                                                   APPLICATION_ID)


@pytest.mark.parametrize(("typed", "reason", "length", "positions"), [
    ("1234567890", Reason.APPLICATION_ID_LENGTH, 10, ()),
    ("123456789012345678901234", Reason.APPLICATION_ID_LENGTH, 24, ()),
    ("1234567890123456789012A", Reason.APPLICATION_ID_CHARACTERS, 23, (23,)),
    ("12x4567890O234567890123", Reason.APPLICATION_ID_CHARACTERS, 23, (3, 11)),
    ("12x", Reason.APPLICATION_ID_CHARACTERS, 3, (3,)),  # characters are said first
    ("   ", Reason.APPLICATION_ID_LENGTH, 0, ()),
])
def test_a_wrong_id_says_what_is_wrong(booth, typed, reason, length, positions):
    booth.start()
    booth.enter_application_id(typed)
    screen = booth.screen
    assert (screen.name, screen.reason) == (S.APPLICATION_ID, reason)
    assert (screen.details["length"], screen.details["positions"]) == (length, positions)
    assert screen.details["required"] == 23
    assert booth.personal_data_held() == []
    booth.enter_application_id(APPLICATION_ID)  # corrected on the same screen
    assert booth.screen.name == S.PHOTO_GUIDANCE


def test_the_id_is_read_from_a_qr_code_held_to_the_camera(world):
    clock = world.clock
    shots = [frame(), frame(), frame(qr_image(f"{APPLICATION_ID[:4]} {APPLICATION_ID[4:]}"))]
    cameras = []

    def camera():
        cameras.append(FakeCamera(shots, loop=True, clock=clock))
        return cameras[-1]

    flow = flow_with_camera(world, camera)
    flow.start()
    flow.scan_qr()
    assert flow.screen.name == S.PHOTO_GUIDANCE, flow.screen
    assert S.QR_SCAN in names(flow)
    assert flow.screen.details["application_id"] == "1234 5678 9012 3456 7890 123"
    assert cameras[0].captured == 3 and not cameras[0].is_open


def test_a_qr_code_in_a_url_and_from_a_folder_of_stills(world, tmp_path):
    url = f"https://example.jp/apply?id={APPLICATION_ID}&lang=ja"
    Image.fromarray(frame(qr_image(url))).save(tmp_path / "form.png")
    flow = flow_with_camera(world, lambda: StillImagesCamera(
        tmp_path, clock=world.clock, sleep=world.clock.sleep))
    flow.start()
    flow.scan_qr()
    assert (flow.screen.name, flow.screen.details["application_id"]) == (
        S.PHOTO_GUIDANCE, "1234 5678 9012 3456 7890 123")


def test_a_qr_code_of_something_else_is_refused(world):
    flow = flow_with_camera(world, lambda: FakeCamera([frame(qr_image("hello"))], loop=True,
                                                      clock=world.clock))
    flow.start()
    flow.scan_qr()
    assert (flow.screen.name, flow.screen.reason) == (S.APPLICATION_ID,
                                                      Reason.QR_NOT_APPLICATION_ID)
    assert flow.personal_data_held() == []


def test_no_qr_code_in_time_goes_back_to_typing(world):
    camera = FakeCamera([frame()], loop=True, clock=world.clock)
    flow = flow_with_camera(world, lambda: camera)
    flow.start()
    started = world.clock()
    flow.scan_qr()
    assert flow.screen.name == S.QR_SCAN and camera.is_open
    flow.touch()  # ignored while scanning: nothing to resume
    while flow.screen.name == S.QR_SCAN:
        flow.tick()
        assert world.clock() - started < QR_SCAN_S + 2
    assert (flow.screen.name, flow.screen.reason) == (S.APPLICATION_ID, Reason.QR_NOT_FOUND)
    assert world.clock() - started == pytest.approx(QR_SCAN_S, abs=0.2)
    assert not camera.is_open


def test_scanning_can_be_stopped_and_a_missing_camera_is_said(world):
    camera = FakeCamera([frame()], loop=True, clock=world.clock)
    flow = flow_with_camera(world, lambda: camera)
    flow.start()
    flow.scan_qr()
    flow.stop_scan()
    assert (flow.screen.name, flow.screen.reason, camera.is_open) == (S.APPLICATION_ID, None,
                                                                      False)

    def missing():
        raise CameraUnavailableError("unplugged")

    flow = flow_with_camera(world, missing)
    flow.start()
    flow.scan_qr()
    assert (flow.screen.name, flow.screen.reason) == (S.APPLICATION_ID,
                                                      Reason.CAMERA_UNAVAILABLE)
    flow = flow_with_camera(world, None)
    flow.start()
    flow.scan_qr()
    assert flow.screen.reason is Reason.CAMERA_UNAVAILABLE


# -- the photo ----------------------------------------------------------------------------

def test_the_preview_runs_on_ticks_and_the_countdown_on_the_flows_clock(world, booth):
    to_guidance(booth)
    booth.start_preview()
    assert booth.screen.details["attempt"] == 1
    before = world.clock()
    booth.tick()
    assert world.clock() - before == pytest.approx(BURST_S, abs=0.1)  # frames at 15 fps
    countdown = []
    booth.add_listener(lambda screen: countdown.append(
        (screen.details["seconds"], world.clock())) if screen.name == S.PHOTO_COUNTDOWN
        else None)
    booth.take_photo()
    assert [seconds for seconds, _ in countdown] == list(COUNTDOWN)
    started = countdown[0][1]
    assert [round(at - started, 1) for _, at in countdown] == [0.0, 1.0, 2.0]
    assert names(booth)[-2:] == [S.PHOTO_CHECKING, S.PHOTO_CONFIRM]
    # The photo as the application requires it: 35x45 mm framing, JPEG.
    photo = booth.personal_data_held()
    assert photo == ["application_id", "photo", "jpeg"]
    image = Image.open(io.BytesIO(booth._jpeg))
    assert (image.format, image.size) == ("JPEG", PHOTO_PX)
    assert check_photo(np.asarray(image.convert("RGB")), booth.engine).passed


def test_a_failed_check_says_why_and_the_retake_passes(world):
    checked = []

    def check(image, engine, limits=None):
        checked.append(image.shape)
        return check_photo(image, engine, limits)

    booth = watch(world.photo_booth(check=check))
    world.camera.choose("dark")  # the booth's light has failed
    to_guidance(booth)
    booth.start_preview()
    booth.take_photo()
    screen = booth.screen
    assert (screen.name, screen.reason) == (S.PHOTO_FAILED, Reason.PHOTO_REJECTED)
    [failure] = screen.failures
    assert failure.name == "exposure" and failure.value is not None and failure.value < 40
    assert "40" in failure.limit
    assert screen.details["attempt"] == 1
    assert booth.personal_data_held() == ["application_id"]  # the failed photo is dropped
    booth.accept_photo()  # nothing to accept
    assert booth.screen.name == S.PHOTO_FAILED
    world.camera.choose("holder")  # the light is back
    booth.retake()
    assert (booth.screen.name, booth.screen.details["attempt"]) == (S.PHOTO_PREVIEW, 2)
    booth.take_photo()
    assert booth.screen.name == S.PHOTO_CONFIRM
    assert checked == [(480, 640, 3)] * 2  # the camera's frame is what is checked


def test_two_people_fail_on_the_face_count_alone(world):
    world.camera.choose("two")
    booth = watch(world.photo_booth())
    to_guidance(booth)
    booth.start_preview()
    booth.take_photo()
    assert booth.screen.details["failures"] == (
        sc.CheckFailure("one_face", 2.0, "faces found = 1"),)


def test_retake_from_the_confirmation_drops_the_photo(booth):
    to_confirm(booth)
    booth.retake()
    assert booth.screen.name == S.PHOTO_PREVIEW
    assert booth.personal_data_held() == ["application_id", "camera"]


def test_a_camera_failing_during_the_countdown(world):
    clock = world.clock
    camera = FakeCamera([frame()] * 20 + [CameraTimeoutError("stalled")], clock=clock)
    flow = flow_with_camera(world, lambda: camera)
    to_guidance(flow)
    flow.start_preview()
    flow.take_photo()
    assert (flow.screen.name, flow.screen.reason) == (S.PHOTO_GUIDANCE,
                                                      Reason.CAMERA_UNAVAILABLE)
    assert flow.screen.details["application_id"] == "1234 5678 9012 3456 7890 123"
    assert not camera.is_open
    assert flow.personal_data_held() == ["application_id"]


# -- e-mail, submission, receipt ----------------------------------------------------------

@pytest.mark.parametrize(("typed", "problem"), [
    ("", "empty"), ("hanako.example.jp", "at_sign"), ("a@b@example.jp", "at_sign"),
    ("hana ko@example.jp", "local_part"), (".hanako@example.jp", "local_part"),
    ("hanako@example", "domain"), ("hanako@-example.jp", "domain"),
    ("hanako@example.j", "domain"), ("x" * 250 + "@example.jp", "too_long"),
])
def test_a_bad_email_says_which_part_is_wrong(booth, typed, problem):
    to_confirm(booth)
    booth.accept_photo()
    booth.enter_email(typed)
    screen = booth.screen
    assert (screen.name, screen.reason, screen.details["problem"]) == (
        S.EMAIL_ENTRY, Reason.EMAIL_INVALID, problem)
    booth.enter_email("Hanako.Yamada+card@Example.JP")
    assert booth.screen.name == S.APPLICATION_CONFIRM
    assert booth.screen.details["email"] == "Hanako.Yamada+card@example.jp"


def test_submit_stores_exactly_one_application_with_its_photo(world, booth):
    to_application_confirm(booth)
    assert rows(world) == 0  # nothing is stored before the applicant submits
    booth.change_email()
    assert (booth.screen.name, booth.screen.details["email"]) == (S.EMAIL_ENTRY,
                                                                 "hanako@example.jp")
    booth.enter_email("hanako@example.jp")
    booth.submit()
    assert names(booth)[-2:] == [S.SUBMITTING, S.RECEIPT]
    shown = booth.screen.details["receipt_number"]
    assert len(shown) == 14 and shown.count("-") == 2
    assert booth.personal_data_held() == []  # stored: the booth keeps nothing
    booth.submit()  # once only
    assert rows(world) == 1
    with world.database.session() as session:
        stored = session.scalars(select(PhotoApplication)).one()
        assert (stored.application_id, stored.email) == (APPLICATION_ID, "hanako@example.jp")
        assert stored.receipt_number == shown.replace("-", "") and stored.sent_at is None
        assert stored.photo[:3] == b"\xff\xd8\xff"
        assert Image.open(io.BytesIO(stored.photo)).size == PHOTO_PX
    booth.finish()
    assert (booth.screen.name, booth.screen.reason) == (S.STANDBY, None)
    assert all(shown not in repr(dict(s.details)) for s in booth.screens[-1:])


def test_each_application_gets_its_own_receipt(world, booth):
    receipts = set()
    for _ in range(3):
        to_application_confirm(booth)
        booth.submit()
        receipts.add(booth.screen.details["receipt_number"])
        booth.cancel()  # closing the receipt is no cancellation
        assert (booth.screen.name, booth.screen.reason) == (S.STANDBY, None)
    assert len(receipts) == 3 and rows(world) == 3


def test_a_database_failure_keeps_the_application_for_another_try(world, booth, monkeypatch):
    to_application_confirm(booth)
    real = booth.applications.submit

    def down(*args):
        raise DatabaseError("the database is unavailable")

    monkeypatch.setattr(booth.applications, "submit", down)
    booth.submit()
    assert (booth.screen.name, booth.screen.reason) == (S.SYSTEM_ERROR, Reason.SYSTEM_ERROR)
    monkeypatch.setattr(booth.applications, "submit", real)
    booth.submit()
    assert booth.screen.name == S.RECEIPT and rows(world) == 1


# -- cancel, timeout, language ------------------------------------------------------------

STAGES = {
    "id": lambda flow: flow.start(),
    "qr_scan": lambda flow: (flow.start(), flow.scan_qr()),  # the camera sees no code
    "guidance": to_guidance,
    "preview": lambda flow: (to_guidance(flow), flow.start_preview()),
    "failed": lambda flow: (to_guidance(flow), flow.start_preview(),
                            flow.camera_feed.choose("dark"), flow.take_photo()),
    "confirm": to_confirm,
    "email": lambda flow: (to_confirm(flow), flow.accept_photo(),
                           flow.enter_email("not an address")),
    "application_confirm": to_application_confirm,
    "system_error": lambda flow: (to_application_confirm(flow), setattr(
        flow.applications, "submit", lambda *a: (_ for _ in ()).throw(DatabaseError("x"))),
        flow.submit()),
}


@pytest.mark.parametrize("stage", STAGES)
def test_cancel_anywhere_keeps_nothing(world, booth, stage):
    STAGES[stage](booth)
    assert booth.personal_data_held() or stage == "id"  # the applicant's data is held here
    booth.cancel()
    assert (booth.screen.name, booth.screen.reason) == (S.STANDBY, Reason.CANCELLED)
    assert booth.personal_data_held() == []
    assert rows(world) == 0


@pytest.mark.parametrize("stage", ["id", "preview", "failed", "confirm", "email",
                                   "application_confirm"])
def test_timeout_anywhere_keeps_nothing(world, booth, stage):
    STAGES[stage](booth)
    world.clock.advance(80)
    booth.tick()
    warning = booth.screen
    assert warning.name == S.INACTIVITY_WARNING
    assert warning.details["covers"] == booth.screens[-2].name
    booth.touch()  # still there: back to where it was
    assert booth.screen.name == booth.screens[-3].name
    world.clock.advance(80)
    booth.tick()
    assert booth.screen.name == S.INACTIVITY_WARNING
    world.clock.advance(20)
    booth.tick()
    assert (booth.screen.name, booth.screen.reason) == (S.STANDBY, Reason.TIMED_OUT)
    assert booth.personal_data_held() == []
    assert rows(world) == 0


def test_the_receipt_times_out_quietly(world, booth):
    to_application_confirm(booth)
    booth.submit()
    world.clock.advance(200)
    booth.tick()
    assert (booth.screen.name, booth.screen.reason) == (S.STANDBY, None)
    assert rows(world) == 1


def test_language_switch_changes_nothing_else_and_the_booth_takes_no_card(world, booth):
    to_guidance(booth)
    booth.start_preview()
    booth.handle(ev.SetLanguage("en"))
    assert (booth.screen.name, booth.screen.language) == (S.PHOTO_PREVIEW, "en")
    for event in (ev.CardPlaced(), ev.CardRemoved()):
        with pytest.raises(UnknownInput, match="photo terminal has no action"):
            booth.handle(event)
    assert booth.screen.name == S.PHOTO_PREVIEW
    booth.take_photo()
    assert (booth.screen.name, booth.screen.language) == (S.PHOTO_CONFIRM, "en")
    booth.cancel()
    assert (booth.screen.name, booth.screen.language) == (S.STANDBY, "en")  # cancelled
    world.clock.advance(FAREWELL_S)
    booth.tick()
    assert booth.screen.language == "ja"  # the next applicant starts in the default


def test_screens_carry_no_photo_or_frame(world, booth):
    to_application_confirm(booth)
    booth.submit()
    for screen in booth.screens:
        for value in screen.details.values():
            assert not isinstance(value, bytes | np.ndarray), screen.name

