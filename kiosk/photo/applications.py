"""Card applications from the photo booth: the photo as the application requires, the
contact e-mail, and the stored application with its receipt number.

Only a submitted application is stored (table `photo_applications`, migration 0004); its
photo is deleted once the application has been sent on (`kiosk admin photo-sent`).
Blocking (database work): call it off the GUI thread.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import secrets
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

import cv2
import numpy as np
from PIL import Image
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError

from kiosk.eligibility import clock
from kiosk.face import FaceEngine
from kiosk.photo import application_id as ids
from kiosk.storage.database import Database, DatabaseError
from kiosk.storage.models import PhotoApplication

# -- the photo -----------------------------------------------------------------------------

# The application photo: 縦45mm×横35mm, the head (crown to chin) about 34 mm of it with
# about 4 mm above the crown, as Japanese ID photos are framed. Online applications take
# JPEG files of 480-6000 pixels a side; 16 pixels per millimetre gives 560x720.
PHOTO_MM = (35.0, 45.0)
HEAD_MM = 34.0
TOP_MARGIN_MM = 4.0
PHOTO_PX = (560, 720)
JPEG_QUALITY = 92
# dlib's 68 landmarks: the eyes, the jaw and the chin. Without a better measure, the head
# with its hair (what the 34 mm are measured on) is taken as 2.3 times as tall as from the
# eyes to the chin: the eyes sit a little below halfway (the London photos as the emulated
# camera shows them). Hair piled higher is found against the plain backdrop, up to 2.8.
_EYES = slice(36, 48)
_JAW = slice(0, 17)
_CHIN = 8
_HEAD_PER_EYES_TO_CHIN = 2.3
_MAX_HEAD_PER_EYES_TO_CHIN = 2.8
_BACKDROP_DISTANCE = 40.0  # RGB distance from the backdrop's colour that is hair or a head
_HEAD_SHARE = 0.15  # share of a row above the face, across its width, that is not backdrop


class NoFaceForCrop(ValueError):
    """The photo has no face to frame (the checks should have said so first)."""


def crop_box(landmarks: np.ndarray, crown_y: float | None = None
             ) -> tuple[float, float, float, float]:
    """Where the application photo lies in the frame: (left, top, width, height) in pixels,
    from a face's 68 landmarks and, when known, the top of the head (hair included); it may
    reach beyond the frame."""
    eyes = landmarks[_EYES]
    eye_x, eye_y = float(eyes[:, 0].mean()), float(eyes[:, 1].mean())
    chin_y = float(landmarks[_CHIN, 1])
    eyes_to_chin = max(chin_y - eye_y, 1.0)
    head = eyes_to_chin * _HEAD_PER_EYES_TO_CHIN
    if crown_y is not None:
        head = min(max(head, chin_y - crown_y), eyes_to_chin * _MAX_HEAD_PER_EYES_TO_CHIN)
    scale = head / HEAD_MM  # pixels per millimetre
    width, height = PHOTO_MM[0] * scale, PHOTO_MM[1] * scale
    top = chin_y - head - TOP_MARGIN_MM * scale
    return eye_x - width / 2, top, width, height


def head_top(image: np.ndarray, landmarks: np.ndarray) -> float | None:
    """The top of the head (hair included) found against a plain backdrop: the highest row
    above the eyes where, across the face's width, enough pixels differ from the backdrop's
    colour (taken along the frame's top edge). None when the head reaches the top edge, or
    nothing above the eyes stands out."""
    jaw = landmarks[_JAW]
    left = max(int(jaw[:, 0].min()), 0)
    right = min(int(jaw[:, 0].max()) + 1, image.shape[1])
    eye_y = int(landmarks[_EYES][:, 1].mean())
    if right - left < 2 or eye_y < 2:
        return None
    backdrop = np.median(image[:2].reshape(-1, 3), axis=0)
    band = image[:eye_y, left:right].astype(np.float32)
    differs = np.linalg.norm(band - backdrop, axis=2) > _BACKDROP_DISTANCE
    rows = np.flatnonzero(differs.mean(axis=1) > _HEAD_SHARE)
    if rows.size == 0 or rows[0] == 0:
        return None
    return float(rows[0])


def application_photo(image: np.ndarray, engine: FaceEngine) -> np.ndarray:
    """The frame cropped to the application's framing around its largest face and scaled to
    PHOTO_PX (RGB uint8). Where the framing reaches beyond the frame the edge is repeated,
    so the photo keeps its size (a face that far off was refused by the framing check)."""
    faces = engine.find_faces(image)
    if not faces:
        raise NoFaceForCrop("no face in the photo")
    landmarks = faces[0].landmarks
    left, top, width, height = crop_box(landmarks, head_top(image, landmarks))
    out_w, out_h = PHOTO_PX
    # One affine map from the frame to the photo (scale, then shift), the edge repeated.
    scale_x, scale_y = out_w / width, out_h / height
    matrix = np.array([[scale_x, 0.0, -left * scale_x], [0.0, scale_y, -top * scale_y]])
    interpolation = cv2.INTER_AREA if scale_x < 1 else cv2.INTER_CUBIC
    return cv2.warpAffine(image, matrix, (out_w, out_h), flags=interpolation,
                          borderMode=cv2.BORDER_REPLICATE)


def to_jpeg(photo: np.ndarray, quality: int = JPEG_QUALITY) -> bytes:
    """RGB pixels as a JPEG file (no metadata)."""
    buffer = io.BytesIO()
    Image.fromarray(photo, "RGB").save(buffer, "JPEG", quality=quality, optimize=True)
    return buffer.getvalue()


# -- the contact e-mail --------------------------------------------------------------------

MAX_EMAIL = 254
MAX_LOCAL = 64
_LOCAL = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$")
_LABEL = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$")
_TOP_LEVEL = re.compile(r"^[A-Za-z]{2,63}$|^xn--[A-Za-z0-9-]{1,59}$")


class EmailProblem(StrEnum):
    """What is wrong with a typed e-mail address."""

    EMPTY = "empty"
    TOO_LONG = "too_long"
    AT_SIGN = "at_sign"  # none, or more than one
    LOCAL_PART = "local_part"  # before the @
    DOMAIN = "domain"  # after the @


class InvalidEmail(ValueError):
    """Not a usable e-mail address; `problem` says which part is wrong."""

    def __init__(self, problem: EmailProblem) -> None:
        super().__init__(f"not an e-mail address: {problem.value}")
        self.problem = problem


def validate_email(text: str) -> str:
    """The address, tidied (full-width characters made ASCII, spaces around it dropped, the
    domain in lower case); InvalidEmail says what is wrong.

    A syntax check of the everyday form (RFC 5321 sizes, dot-atom local part, a domain of
    two labels or more with a letter top-level domain); quoted local parts, IP-address
    domains and non-ASCII addresses are refused, since mail offices rarely accept them.
    """
    address = unicodedata.normalize("NFKC", text).strip()
    if not address:
        raise InvalidEmail(EmailProblem.EMPTY)
    if len(address) > MAX_EMAIL:
        raise InvalidEmail(EmailProblem.TOO_LONG)
    if address.count("@") != 1:
        raise InvalidEmail(EmailProblem.AT_SIGN)
    local, domain = address.split("@")
    if not local or len(local) > MAX_LOCAL or not _LOCAL.match(local):
        raise InvalidEmail(EmailProblem.LOCAL_PART)
    labels = domain.split(".")
    if (len(labels) < 2 or not all(_LABEL.match(label) for label in labels)
            or not _TOP_LEVEL.match(labels[-1])):
        raise InvalidEmail(EmailProblem.DOMAIN)
    return f"{local}@{domain.lower()}"


# -- stored applications -------------------------------------------------------------------

RECEIPT_DIGITS = 12
_RECEIPT_TRIES = 5


def new_receipt_number() -> str:
    """12 random digits: not guessable from another person's receipt."""
    return "".join(secrets.choice("0123456789") for _ in range(RECEIPT_DIGITS))


def format_receipt(number: str) -> str:
    """1234-5678-9012, as the booth shows it."""
    return "-".join(number[i:i + 4] for i in range(0, len(number), 4))


def parse_receipt(text: str) -> str:
    """A receipt number as typed (hyphens, spaces, full-width digits allowed): its digits."""
    return re.sub(r"\D", "", unicodedata.normalize("NFKC", text))


class UnknownReceipt(LookupError):
    """No application has this receipt number."""


@dataclass(frozen=True)
class ApplicationRecord:
    """A stored application as listed: everything but the photo, whose size is given."""

    id: int
    application_id: str
    email: str
    submitted_at: dt.datetime
    receipt_number: str
    sent_at: dt.datetime | None
    photo_bytes: int | None  # None once the photo was deleted


def _record(row: PhotoApplication) -> ApplicationRecord:
    return ApplicationRecord(row.id, row.application_id, row.email, row.submitted_at,
                             row.receipt_number, row.sent_at,
                             None if row.photo is None else len(row.photo))


class PhotoApplications:
    """The applications the photo booths submit, each request in its own transaction."""

    def __init__(self, database: Database, now: Callable[[], dt.datetime] = clock.now,
                 receipt_numbers: Callable[[], str] = new_receipt_number) -> None:
        self._database = database
        self._now = now
        self._receipt_numbers = receipt_numbers

    def submit(self, application_id: str, photo: bytes, email: str) -> str:
        """Store one application; its receipt number (unique). Checks what it is given:
        InvalidApplicationId, InvalidEmail, ValueError for a photo that is not a JPEG."""
        application_id = ids.validate(application_id)
        email = validate_email(email)
        if not photo.startswith(b"\xff\xd8\xff"):
            raise ValueError("the application photo must be a JPEG file")
        for _ in range(_RECEIPT_TRIES):
            receipt = self._receipt_numbers()
            try:
                with self._database.session() as session, session.begin():
                    session.add(PhotoApplication(
                        application_id=application_id, photo=photo, email=email,
                        submitted_at=self._now(), receipt_number=receipt))
                return receipt
            except IntegrityError:
                continue  # another application drew the same number: draw again
            except SQLAlchemyError as error:
                raise _storage_error(error) from None
        raise DatabaseError("no free receipt number was found; try again")

    def recent(self, limit: int | None = None) -> list[ApplicationRecord]:
        """Stored applications, newest first, without their photos."""
        query = select(PhotoApplication).order_by(PhotoApplication.id.desc())
        if limit is not None:
            query = query.limit(limit)
        try:
            with self._database.session() as session:
                return [_record(row) for row in session.scalars(query)]
        except SQLAlchemyError as error:
            raise _storage_error(error) from None

    def photo(self, receipt: str) -> bytes | None:
        """The photo of the application with this receipt (None once deleted)."""
        try:
            with self._database.session() as session:
                return self._find(session, receipt).photo
        except SQLAlchemyError as error:
            raise _storage_error(error) from None

    def mark_sent(self, receipt: str) -> ApplicationRecord:
        """The application was sent on: record when, and delete its photo (again: nothing
        changes). UnknownReceipt if there is no such application."""
        try:
            with self._database.session() as session, session.begin():
                row = self._find(session, receipt)
                if row.sent_at is None:
                    row.sent_at = self._now()
                row.photo = None
                session.flush()
                return _record(row)
        except SQLAlchemyError as error:
            raise _storage_error(error) from None

    @staticmethod
    def _find(session, receipt: str) -> PhotoApplication:
        number = parse_receipt(receipt)
        row = session.scalars(select(PhotoApplication).where(
            PhotoApplication.receipt_number == number)).one_or_none()
        if row is None:
            raise UnknownReceipt(f"no application has the receipt number {receipt!r}")
        return row


def _storage_error(error: SQLAlchemyError) -> DatabaseError:
    if isinstance(error, OperationalError):
        return DatabaseError(f"the database is unavailable: {error.orig}")
    return DatabaseError(f"the database failed: {type(error).__name__}")
