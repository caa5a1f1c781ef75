"""Building a terminal's flow from configuration: reader, camera, database, facility (the
parts; kiosk/terminals.py builds the flow)."""

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
from kiosk.eligibility.password_checks import PasswordCheck
from kiosk.eligibility.service import EligibilityService, Terminal
from kiosk.face import FaceEngine, FaceVerifier, self_test
from kiosk.flows.base import Flow
from kiosk.photo.applications import PhotoApplications
from kiosk.storage.database import Database
from kiosk.terminals import TERMINALS, Parts, TerminalKind
from ui.staff_exit_worker import PasswordChecker


def open_service(url: str | None) -> EligibilityService:
    """The eligibility system at `url` (or the configured default); blocking."""
    database = Database.open(url)
    anchor = TestAuthority.load_or_create(paths.authority_dir()).auth_ca_certificate
    return EligibilityService(database, anchor)


def terminal_id_of(args: argparse.Namespace) -> str:
    """This terminal's id: `--terminal-id`, or the kind and the host's name."""
    return str(args.terminal_id or f"{args.terminal}-{socket.gethostname()}")


def staff_exit_checker(args: argparse.Namespace) -> PasswordChecker | None:
    """Checks the facility password of the staff exit at this terminal (under its lockout);
    None without a facility. Opens its own connection to the eligibility system at the first
    check, on the caller's (worker) thread."""
    if not args.facility:
        return None
    terminal = Terminal(terminal_id_of(args), args.facility)
    services: list[EligibilityService] = []

    def check(password: str) -> PasswordCheck:
        if not services:
            services.append(open_service(args.database))
        return services[0].staff_password_check(terminal, password, "staff_exit")

    return check


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

    The face engine is made here, once: its model loads and checks itself in the background
    at once (kiosk/face/self_test.py), so the first screen does not wait for it, and a flow
    built again after a stall shares it.
    """
    spec = TERMINALS[TerminalKind(args.terminal)]
    terminal_id = terminal_id_of(args)
    opener = camera_opener(args.camera) if spec.camera else None
    engine: FaceEngine | None = None
    if spec.face_model:
        engine = FaceEngine()
        self_test.prepare(engine)
    services: list[EligibilityService] = []  # opened by the first build, on the worker

    def service() -> EligibilityService:
        if not services:
            services.append(open_service(args.database))
        return services[0]

    def verifier() -> FaceVerifier:
        assert engine is not None
        return FaceVerifier(engine)

    parts = Parts(terminal_id, time.monotonic, time.sleep, reader, service,
                  surface=reader if isinstance(reader, SurfaceScanner) else None,
                  open_camera=opener, engine=engine,
                  verifier=verifier if engine is not None else None,
                  applications=lambda: PhotoApplications(Database.open(args.database)),
                  facility=args.facility)
    return lambda: spec.build(parts)
