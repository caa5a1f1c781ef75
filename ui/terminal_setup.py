"""Building a terminal's flow from configuration: reader, camera, database, facility."""

from __future__ import annotations

import argparse
import socket
import time
from collections.abc import Callable

from hw.camera import Camera, CameraUnavailableError
from hw.cameras import open_camera
from hw.card_surface import SurfaceScanner
from hw.reader import CardReader
from hw.vcard.authority import TestAuthority
from kiosk import paths
from kiosk.eligibility.service import EligibilityService, Terminal
from kiosk.face import FaceEngine, FaceVerifier
from kiosk.flows.base import Devices, Flow
from kiosk.flows.booth import BoothFlow
from kiosk.flows.clinic import ClinicFlow
from kiosk.flows.photo_booth import PhotoBoothFlow
from kiosk.flows.portal import PortalFlow
from kiosk.photo.applications import PhotoApplications
from kiosk.storage.database import Database


def open_service(url: str | None) -> EligibilityService:
    """The eligibility system at `url` (or the configured default); blocking."""
    database = Database.open(url)
    anchor = TestAuthority.load_or_create(paths.authority_dir()).auth_ca_certificate
    return EligibilityService(database, anchor)


def camera_opener(path: str) -> Callable[[], Camera] | None:
    """Opens the configured camera at each face attempt; None when there is none."""
    if path in ("", "none"):
        return None
    open_camera(path)  # a bad path fails now, at start-up, with a clear message

    def opener() -> Camera:
        try:
            return open_camera(path)
        except ValueError as error:
            raise CameraUnavailableError(str(error)) from None

    return opener


def flow_factory(args: argparse.Namespace, reader: CardReader) -> Callable[[], Flow]:
    """What the worker thread calls to build the terminal's flow (again after a stall).

    The face engine is made here, once: its model loads in the background at once, so the
    first screen does not wait for it, and a flow built again after a stall shares it.
    """
    terminal_id = args.terminal_id or f"{args.terminal}-{socket.gethostname()}"
    opener = camera_opener(args.camera) if args.terminal in ("clinic", "photo") else None
    engine: FaceEngine | None = None
    if args.terminal in ("clinic", "photo"):
        engine = FaceEngine()
        engine.preload()
    services: list[EligibilityService] = []  # opened by the first build, on the worker

    def service() -> EligibilityService:
        if not services:
            services.append(open_service(args.database))
        return services[0]

    def build() -> Flow:
        if args.terminal == "photo":
            assert engine is not None
            return _photo_booth(args, terminal_id, opener, engine)
        surface = reader if isinstance(reader, SurfaceScanner) else None
        if args.terminal == "clinic":
            if not args.facility:
                raise ValueError("a clinic terminal needs --facility (or KIOSK_FACILITY)")
            assert engine is not None
            devices = Devices(reader, surface, opener, FaceVerifier(engine))
            return ClinicFlow(devices, service(), Terminal(terminal_id, args.facility),
                              service().facility_settings(args.facility), time.monotonic)
        devices = Devices(reader, surface)
        if args.terminal == "booth":
            return BoothFlow(devices, service(), Terminal(terminal_id), time.monotonic)
        return PortalFlow(devices, service(), Terminal(terminal_id), time.monotonic)

    return build


def _photo_booth(args: argparse.Namespace, terminal_id: str,
                 opener: Callable[[], Camera] | None, engine: FaceEngine) -> PhotoBoothFlow:
    """A photo booth: its camera, the photo checks' face model, the applications' database.
    It reads no card (the reader `kiosk run` opens is left alone)."""
    database = Database.open(args.database)
    return PhotoBoothFlow(opener, engine, PhotoApplications(database), Terminal(terminal_id),
                          time.monotonic, sleep=time.sleep)
