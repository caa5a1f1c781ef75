"""SELECT: applications by (a prefix of) their AID, the card level, EFs by file id."""

from __future__ import annotations

from hw.vcard import status
from hw.vcard.card_state import CardState, Session
from hw.vcard.command import Command
from hw.vcard.model import Application

# The GlobalPlatform issuer security domain: the card level, current after reset.
ISD_AID = bytes.fromhex("A0000001510000")
_MF_FID = b"\x3f\x00"


def select(state: CardState, command: Command) -> bytes:
    """`00 A4 04|02|00 0C|00`: by DF name, by EF file id, or ISO's select-MF."""
    # P2 00 asks for an FCI: the card answers 9000 without one (sources record no FCI bytes).
    if command.p2 not in (0x0C, 0x00):
        return status.WRONG_P1P2
    if command.p1 == 0x04:
        return _select_by_name(state, command.data)
    if command.p1 == 0x02:
        return _select_ef(state, command.data)
    if command.p1 == 0x00 and command.data in (b"", _MF_FID):
        # The card has no MF: 6A86 after reset, a no-op once a DF was selected by name.
        return status.OK if state.session.df_selected else status.WRONG_P1P2
    return status.WRONG_P1P2


def _select_by_name(state: CardState, name: bytes) -> bytes:
    if not name:
        return status.WRONG_LENGTH
    # Any selection by name drops every verified PIN, even a failed one; a failed one leaves
    # the current DF and EF as they were (ISO).
    state.session.verified.clear()
    if ISD_AID.startswith(name):
        state.session = Session(df_selected=True)
        return status.OK
    app = _application_by_prefix(state, name)
    if app is None:
        return status.NOT_FOUND
    state.session = Session(application=app, df_selected=True)
    return status.OK


def _application_by_prefix(state: CardState, name: bytes) -> Application | None:
    """The application whose AID is `name` or starts with it (JICSAP partial selection);
    a whole AID wins, else the first application in card order."""
    exact = state.image.application(name)
    if exact is not None:
        return exact
    return next((app for app in state.image.applications if app.aid.startswith(name)), None)


def _select_ef(state: CardState, fid_bytes: bytes) -> bytes:
    if len(fid_bytes) != 2:
        return status.WRONG_LENGTH
    fid = int.from_bytes(fid_bytes, "big")
    app = state.session.application
    # 3F00 is not an EF of any application: 6A82, as on the real card.
    if app is None or fid not in app.files:
        return status.NOT_FOUND
    state.session.current_fid = fid
    return status.OK
