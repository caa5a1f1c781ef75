"""What the card OS works on: the persistent image, the volatile session, EF addressing."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import load_der_private_key

from hw.vcard import status
from hw.vcard.model import Application, CardFile, CardImage

log = logging.getLogger(__name__)

# Short EF identifiers are 1-30; SFI = the FID itself, as every EF of the card has FID 0001-001E.
_SFI_RANGE = range(1, 31)


class PersistError(Exception):
    """The card could not save its state (the card answers 6581)."""


@dataclass
class Session:
    """Volatile state: lost at power-off, reset, or any SELECT by DF name.

    `application` None is the card level (the GP issuer security domain, current after reset).
    """

    application: Application | None = None
    current_fid: int | None = None
    verified: set[int] = field(default_factory=set)
    # True once a SELECT by DF name succeeded: ISO's select-MF is then a no-op.
    df_selected: bool = False


class CardState:
    """The image, the session and the services every command handler needs."""

    def __init__(self, image: CardImage, persist: Callable[[CardImage], None]) -> None:
        self.image = image
        self.session = Session()
        self._persist = persist
        self._keys: dict[bytes, rsa.RSAPrivateKey] = {}

    def reset(self) -> None:
        """Back to the power-on state: card level, nothing verified."""
        self.session = Session()

    def save(self) -> bool:
        """Make the image durable; False (after logging) when that failed."""
        try:
            self._persist(self.image)
        except PersistError as error:
            log.error("card: could not save its state: %s", error)
            return False
        return True

    def private_key(self, pkcs8: bytes) -> rsa.RSAPrivateKey:
        """The key of a key EF, parsed once: checking an RSA key costs tens of milliseconds."""
        key = self._keys.get(pkcs8)
        if key is None:
            loaded = load_der_private_key(pkcs8, password=None)
            assert isinstance(loaded, rsa.RSAPrivateKey)
            key = self._keys[pkcs8] = loaded
        return key

    def opened(self, pins: tuple[int, ...]) -> bool:
        """True when no PIN guards the object or any one of `pins` is verified."""
        return not pins or any(pin in self.session.verified for pin in pins)

    def current_ef(self) -> tuple[int, CardFile] | bytes:
        """The current EF, or 6986 when none is."""
        app, fid = self.session.application, self.session.current_fid
        if app is None or fid is None or fid not in app.files:
            return status.NO_CURRENT_EF
        return fid, app.files[fid]

    def ef_by_sfi(self, sfi: int) -> tuple[int, CardFile] | bytes:
        """The EF of the current application with this short identifier, or 6A82."""
        app = self.session.application
        if app is None or sfi not in _SFI_RANGE or sfi not in app.files:
            return status.NOT_FOUND
        return sfi, app.files[sfi]

    def ef_by_reference(self, p2: int) -> tuple[int, CardFile] | bytes:
        """The EF a P2 of `80` (current EF) or `80|SFI` names (VERIFY, signing, auth)."""
        if p2 & 0xE0 != 0x80:
            return status.WRONG_P1P2
        sfi = p2 & 0x1F
        return self.ef_by_sfi(sfi) if sfi else self.current_ef()
