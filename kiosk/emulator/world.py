"""An emulated site: a demo database, the personas' virtual cards, one reader, one camera.

Everything runs in process on a fake clock, so a scenario gives the same screens on any
machine. The QA panel, the scenario runner and the flow tests all build their terminals
from a world.
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from typing import TypeVar

from cryptography import x509

from hw.emulated_camera import locate_face
from hw.fake_camera import FakeClock
from hw.memory_reader import MemoryCardReader
from hw.other_cards import ChiplessCard, transit_card
from hw.vcard.authority import TestAuthority
from hw.vcard.card import VirtualCard
from hw.vcard.card_file import load_card
from kiosk import paths
from kiosk.card import MyNumberCardProtocol, PinKind, PinNotUsable
from kiosk.demo.personas import load
from kiosk.eligibility import clock
from kiosk.eligibility.certificates import find_certificate
from kiosk.eligibility.errors import UnknownCertificate
from kiosk.eligibility.registration import is_registered
from kiosk.eligibility.service import EligibilityService
from kiosk.emulator.camera_feed import CameraFeed
from kiosk.emulator.demo_home import CARDS_DIR, database_url
from kiosk.emulator.slots import MemorySlot, PcscSlot
from kiosk.face import DecisionPolicy, FaceEngine, FaceVerifier
from kiosk.flows.base import Flow
from kiosk.flows.booth import BoothFlow
from kiosk.flows.card_flow import Devices
from kiosk.flows.clinic import ClinicFlow
from kiosk.flows.photo_booth import PhotoBoothFlow, PhotoCheck
from kiosk.flows.portal import PortalFlow
from kiosk.photo.applications import PhotoApplications
from kiosk.photo.checks import check_photo
from kiosk.storage.database import Database
from kiosk.terminals import Parts, TerminalKind, build_flow

# Cards that are not a persona's: what else people put on a reader.
OTHER_CARDS = ("insurance-card", "transit-card")


class RealClock:
    """The monotonic clock, with the fake clock's interface."""

    def __call__(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        """Really wait."""
        time.sleep(max(seconds, 0.0))

    def advance(self, seconds: float) -> None:
        """Real time cannot be moved: wait instead."""
        self.sleep(seconds)


AFlow = TypeVar("AFlow", bound=Flow)

# The terminal ids of the emulated site's terminals, one of each kind.
DEFAULT_IDS = {TerminalKind.CLINIC: "clinic-reader-1", TerminalKind.BOOTH: "booth-1",
               TerminalKind.PORTAL: "portal-app", TerminalKind.PHOTO: "photo-booth-1"}


class UnknownCard(ValueError):
    """No persona or other card has this name."""


class EmulatedWorld:
    """A seeded demo home opened for use; close() when done."""

    def __init__(self, home: Path, engine: FaceEngine | None = None,
                 now: dt.datetime | None = None, policy: DecisionPolicy | None = None,
                 realtime: bool = False, slot: MemorySlot | PcscSlot | None = None) -> None:
        self.home = home
        # Scenarios and tests keep their face files in their own home; the emulated kiosk
        # a person uses writes where clinic software is told to look (<data directory>/oqs).
        self.oqs_folder: Path | None = None if realtime else home / "oqs"
        # Scenarios and tests run on a fake clock (the same frames on any machine); a person
        # at the emulated kiosk needs real time, for the camera and for the inactivity timer.
        self.clock: FakeClock | RealClock = RealClock() if realtime else FakeClock()
        self.database = Database.open(database_url(home))
        anchor = TestAuthority.load_or_create(home / "authority").auth_ca_certificate
        self.service = EligibilityService(self.database, anchor,
                                          (lambda: now) if now is not None else clock.now)
        # The in-process reader by default; a PcscSlot puts the cards through a real pcscd.
        self.slot = slot or MemorySlot()
        self.reader = self.slot.reader
        self.personas = {Path(p["file"]).stem: p for p in load()["personas"]}
        self._own_engine = engine is None
        self.engine = engine or FaceEngine()
        self.policy = policy
        # The emulated camera finds the face in its photo with dlib: on the engine's thread.
        self.camera = CameraFeed(self._camera_photo, self.clock, self.clock.sleep,
                                 lambda photo: self.engine.run(locate_face, photo))

    def close(self) -> None:
        """Release the database and the reader slot (and the face engine it made)."""
        self.database.close()
        self.slot.close()
        if self._own_engine:
            self.engine.close()

    # -- cards -----------------------------------------------------------------------

    def card_names(self) -> list[str]:
        """Every card that can be placed: the personas' and the other kinds."""
        return [*self.personas, *OTHER_CARDS]

    def insert(self, name: str) -> None:
        """Place a card on the reader by persona name (or 'insurance-card', 'transit-card')."""
        card_file = None
        if name == "insurance-card":
            card: VirtualCard | ChiplessCard = ChiplessCard()
        elif name == "transit-card":
            card = transit_card()
        elif name in self.personas:
            card_file = self.card_file(name)
            card = load_card(card_file)
        else:
            raise UnknownCard(f"no card named {name!r}; known: {', '.join(self.card_names())}")
        self.slot.insert(card, card_file)
        self.camera.holder = name if name in self.personas else None

    def remove(self) -> None:
        """Take the card off the reader."""
        self.slot.remove()
        self.camera.holder = None

    def card_file(self, persona: str) -> Path:
        """The file of a persona's card in this world."""
        return self.home / CARDS_DIR / self.personas[persona]["file"]

    def is_registered(self, persona: str) -> bool:
        """Whether the persona's card is registered for insurance use (any terminal)."""
        certificate = self.certificate_of(persona)
        with self.database.session() as session:
            try:
                record = find_certificate(session, certificate)
            except UnknownCertificate:
                return False
            return is_registered(session, record.id)

    def certificate_of(self, persona: str) -> x509.Certificate:
        """The persona's user-authentication certificate, as the card holds it."""
        return self._reader_for(persona).read_auth_certificate().certificate

    def pin_tries_left(self, persona: str) -> int | None:
        """The persona's user-authentication PIN tries left (None: the card has no PIN)."""
        protocol = self._reader_for(persona)
        try:
            return protocol.pin_tries_left(PinKind.AUTH)
        except PinNotUsable:
            return None

    def _reader_for(self, persona: str) -> MyNumberCardProtocol:
        # A second, private reader: looking does not disturb the card in the terminal.
        reader = MemoryCardReader("QA inspection reader")
        reader.insert(load_card(self.card_file(persona)))
        protocol = MyNumberCardProtocol(reader)
        protocol.connect()
        return protocol

    # -- terminals -------------------------------------------------------------------

    def devices(self, camera: bool = True) -> Devices:
        """The reader, and the camera and a face verifier of its own when the terminal has
        a camera (the verifier holds a card's reference: no two flows share one)."""
        if not camera:
            return Devices(self.reader, self.slot)
        return Devices(self.reader, self.slot, self.camera.open_camera, self.face_verifier())

    def face_verifier(self) -> FaceVerifier:
        """A face verifier of a terminal's own, on this world's engine, policy and clock."""
        return FaceVerifier(self.engine, self.policy, clock=self.clock)

    def parts(self, terminal_id: str, facility: str | None = None, language: str = "ja",
              check: PhotoCheck | None = None) -> Parts:
        """What a terminal of this world is built from: its reader and card slot, its camera
        feed, the face engine, the eligibility system, the fake or real clock."""
        return Parts(terminal_id, self.clock, self.clock.sleep, self.reader,
                     lambda: self.service, surface=self.slot,
                     open_camera=self.camera.open_camera, engine=self.engine,
                     verifier=self.face_verifier,
                     applications=lambda: PhotoApplications(self.database),
                     facility=facility, language=language, photo_check=check or check_photo,
                     oqs_folder=self.oqs_folder)

    def flow(self, kind: TerminalKind | str, facility: str | None = None) -> Flow:
        """A terminal of `kind` (the clinic one at `facility`) with its default id."""
        kind = TerminalKind(kind)
        if kind is TerminalKind.PHOTO:
            return self.photo_booth()
        return build_flow(kind, self.parts(DEFAULT_IDS[kind], facility))

    def clinic(self, facility_code: str, terminal_id: str = "clinic-reader-1") -> ClinicFlow:
        """A clinic reception terminal of the facility."""
        return _built(ClinicFlow, TerminalKind.CLINIC, self.parts(terminal_id, facility_code))

    def booth(self, terminal_id: str = "booth-1", language: str = "ja") -> BoothFlow:
        """A self-service registration booth (no camera: it serves PIN cards only)."""
        return _built(BoothFlow, TerminalKind.BOOTH, self.parts(terminal_id, language=language))

    def portal(self, terminal_id: str = "portal-app") -> PortalFlow:
        """The portal app on a phone: it reads the chip over NFC and sees no printed face."""
        return _built(PortalFlow, TerminalKind.PORTAL, self.parts(terminal_id))

    def photo_booth(self, terminal_id: str = "photo-booth-1",
                    person: str = "yamada-hanako",
                    check: PhotoCheck | None = None) -> PhotoBoothFlow:
        """A photo booth taking card applications. Its camera shows the world's camera
        feed; with no card placed, `person` stands in front of it (placing a persona's card
        from the QA panel puts that persona there instead). `check` replaces the photo
        checks (tests)."""
        if self.camera.holder is None:
            self._camera_photo(person)  # UnknownCard now rather than at the first frame
            self.camera.holder = person
        return _built(PhotoBoothFlow, TerminalKind.PHOTO, self.parts(terminal_id, check=check))

    def _camera_photo(self, persona: str) -> Path:
        try:
            return paths.assets_dir() / self.personas[persona]["camera_photo"]
        except KeyError:
            raise UnknownCard(f"no persona named {persona!r}") from None


def _built(cls: type[AFlow], kind: TerminalKind, parts: Parts) -> AFlow:
    """The table's flow of `kind`, as the class it is (for callers that drive it)."""
    flow = build_flow(kind, parts)
    assert isinstance(flow, cls)
    return flow
