"""The names of every screen of every terminal; screens are looked up by these."""

from __future__ import annotations

from enum import StrEnum


class ScreenName(StrEnum):
    """One value per screen a terminal can show."""

    # Everywhere
    STANDBY = "standby"
    INACTIVITY_WARNING = "inactivity_warning"
    SYSTEM_ERROR = "system_error"
    OUT_OF_SERVICE = "out_of_service"
    READING = "reading"
    CARD_PROBLEM = "card_problem"
    PIN_ENTRY = "pin_entry"
    PIN_LOCKED = "pin_locked"
    CHECKING = "checking"
    CERTIFICATE_REFUSED = "certificate_refused"
    # Clinic reception
    CHOOSE_METHOD = "choose_method"
    FACE_CAPTURE = "face_capture"
    FACE_MATCHED = "face_matched"
    FACE_FAILED = "face_failed"
    STAFF_PASSWORD = "staff_password"
    REGISTRATION_OFFER = "registration_offer"
    REGISTRATION_TERMS = "registration_terms"
    CONSENT = "consent"
    CONSENT_INDIVIDUAL = "consent_individual"
    PRESCRIPTION = "prescription"
    RESULT = "result"
    # Self-service booth and portal app
    LANGUAGE = "language"
    MENU = "menu"
    TERMS = "terms"
    PLACE_CARD = "place_card"
    CONFIRM = "confirm"
    DONE = "done"
    CANNOT_SERVE = "cannot_serve"
    STATUS = "status"
    # Photo booth: a card application with its photo
    APPLICATION_ID = "application_id"
    QR_SCAN = "qr_scan"
    PHOTO_GUIDANCE = "photo_guidance"
    PHOTO_PREVIEW = "photo_preview"
    PHOTO_COUNTDOWN = "photo_countdown"
    PHOTO_CHECKING = "photo_checking"
    PHOTO_FAILED = "photo_failed"
    PHOTO_CONFIRM = "photo_confirm"
    EMAIL_ENTRY = "email_entry"
    APPLICATION_CONFIRM = "application_confirm"
    SUBMITTING = "submitting"
    RECEIPT = "receipt"
