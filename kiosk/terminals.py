"""The kinds of terminal, in one table: what each needs and how its flow is built.

The kiosk (`kiosk run`), the emulator (kiosk/emulator/world.py) and the scenario runner
build every flow here, from the parts they have (real devices, or emulated ones). The
window takes its size from here and its presenters from ui/presenters (one per kind).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from hw.camera import Camera
from hw.card_surface import SurfaceScanner
from hw.reader import CardReader
from kiosk.eligibility.service import EligibilityService, Terminal
from kiosk.face import FaceEngine, FaceVerifier
from kiosk.flows import screens as sc
from kiosk.flows.base import Flow
from kiosk.flows.booth import BoothFlow
from kiosk.flows.card_flow import Devices
from kiosk.flows.clinic import ClinicFlow
from kiosk.flows.photo_booth import PhotoBoothFlow, PhotoCheck
from kiosk.flows.portal import PortalFlow
from kiosk.flows.screen import Screen
from kiosk.photo.applications import PhotoApplications
from kiosk.photo.checks import check_photo


class TerminalKind(StrEnum):
    """The terminals this simulator runs (the staff screen is no flow: ui/staff_window)."""

    CLINIC = "clinic"  # a clinic's or pharmacy's face-authentication card reader
    BOOTH = "booth"  # the ATM-style self-service booth
    PORTAL = "portal"  # the マイナポータル app on a phone
    PHOTO = "photo"  # the photo booth that takes card applications


class MissingPart(ValueError):
    """A terminal cannot be built without this part (a facility, a camera...)."""


@dataclass(frozen=True)
class Parts:
    """What a flow is built from; each maker is called on the flow's worker thread.

    `verifier` makes a face verifier of the flow's own (it holds one card's reference: no
    two flows share one).
    """

    terminal_id: str
    now: Callable[[], float]
    sleep: Callable[[float], None]
    reader: CardReader
    service: Callable[[], EligibilityService]
    surface: SurfaceScanner | None = None
    open_camera: Callable[[], Camera] | None = None
    engine: FaceEngine | None = None
    verifier: Callable[[], FaceVerifier] | None = None
    applications: Callable[[], PhotoApplications] | None = None
    facility: str | None = None
    language: str = "ja"
    photo_check: PhotoCheck = check_photo
    # Where a clinic writes OQS face files when its facility names no folder (None: the
    # data directory's oqs/).
    oqs_folder: Path | None = None


@dataclass(frozen=True)
class TerminalSpec:
    """One kind of terminal: its devices, its screen and how its flow is built."""

    kind: TerminalKind
    flow: type[Flow]
    reads_cards: bool  # a card reader whose events reach the flow
    camera: bool  # a camera (faces at the clinic, the photo at the photo booth)
    face_model: bool  # the face engine loads at start-up
    needs_facility: bool  # a facility code names its settings
    window: tuple[int, int]  # the screen's size in pixels, as the real device's
    build: Callable[[Parts], Flow]
    standby: type[Screen]  # the screen a session starts from and ends on
    # Serves one person after another (a public terminal, not the person's own phone):
    # what one person chose for reading (larger text, contrast, voice) ends with them.
    shared: bool = True


def _clinic(parts: Parts) -> Flow:
    if not parts.facility:
        raise MissingPart("a clinic terminal needs --facility (or KIOSK_FACILITY)")
    verifier = parts.verifier() if parts.verifier is not None else None
    devices = Devices(parts.reader, parts.surface, parts.open_camera, verifier)
    service = parts.service()
    return ClinicFlow(devices, service, Terminal(parts.terminal_id, parts.facility),
                      service.facility_settings(parts.facility), parts.now,
                      oqs_folder=parts.oqs_folder)


def _booth(parts: Parts) -> Flow:
    # No camera: it serves PIN cards only.
    return BoothFlow(Devices(parts.reader, parts.surface), parts.service(),
                     Terminal(parts.terminal_id), parts.now, language=parts.language)


def _portal(parts: Parts) -> Flow:
    # The phone reads the chip over NFC: it sees no printed face.
    return PortalFlow(Devices(parts.reader), parts.service(), Terminal(parts.terminal_id),
                      parts.now)


def _photo(parts: Parts) -> Flow:
    if parts.engine is None or parts.applications is None:
        raise MissingPart("a photo booth needs the face model and the applications' store")
    return PhotoBoothFlow(parts.open_camera, parts.engine, parts.applications(),
                          Terminal(parts.terminal_id), parts.now, sleep=parts.sleep,
                          check=parts.photo_check)


TERMINALS: dict[TerminalKind, TerminalSpec] = {spec.kind: spec for spec in (
    TerminalSpec(TerminalKind.CLINIC, ClinicFlow, reads_cards=True, camera=True,
                 face_model=True, needs_facility=True, window=(1024, 768), build=_clinic,
                 standby=sc.Standby),
    TerminalSpec(TerminalKind.BOOTH, BoothFlow, reads_cards=True, camera=False,
                 face_model=False, needs_facility=False, window=(1024, 768), build=_booth,
                 standby=sc.Language),
    TerminalSpec(TerminalKind.PORTAL, PortalFlow, reads_cards=True, camera=False,
                 face_model=False, needs_facility=False, window=(390, 844), build=_portal,
                 standby=sc.Menu, shared=False),
    TerminalSpec(TerminalKind.PHOTO, PhotoBoothFlow, reads_cards=False, camera=True,
                 face_model=True, needs_facility=False, window=(1024, 768), build=_photo,
                 standby=sc.Standby),
)}


def build_flow(kind: TerminalKind | str, parts: Parts) -> Flow:
    """The flow of a terminal of `kind`, built from `parts`; MissingPart if one is needed."""
    return TERMINALS[TerminalKind(kind)].build(parts)
