"""READ BINARY and READ RECORD, by current EF or by short EF identifier."""

from __future__ import annotations

from hw.vcard import status
from hw.vcard.card_state import CardState
from hw.vcard.command import Command
from hw.vcard.model import BinaryFile, CardFile, InternalFile, InternalKind, RecordFile

# READ RECORD P2, low 3 bits: 100 = record number P1; 101/110 = several records.
_ONE_RECORD = 0b100
_SEVERAL_RECORDS = (0b101, 0b110)


def read_binary(state: CardState, command: Command) -> bytes:
    """`00 B0`: P1P2 a 15-bit offset, or P1 `80|SFI` with P2 an 8-bit offset."""
    if command.data:
        return status.WRONG_LENGTH
    if command.p1 & 0x80:
        if command.p1 & 0x60:
            return status.WRONG_P1P2
        found = _make_current(state, command.p1 & 0x1F)
        offset = command.p2
    else:
        found = state.current_ef()
        offset = (command.p1 << 8) | command.p2
    if isinstance(found, bytes):
        return found
    ef = found[1]
    if not isinstance(ef, BinaryFile):
        return _refusal(ef)
    if not state.opened(ef.read_pins):
        return status.SECURITY_NOT_SATISFIED
    if offset >= len(ef.data):
        return status.OFFSET_OUT_OF_FILE
    # The real card answers what is left within Le with 9000, never 6282; filler included.
    wanted = command.le if command.le is not None else 256
    return ef.data[offset : offset + wanted] + status.OK


def read_record(state: CardState, command: Command) -> bytes:
    """`00 B2 <record> <SFI<<3|04>`: one record of a record EF; SFI 0 is the current EF."""
    if command.data:
        return status.WRONG_LENGTH
    mode, sfi = command.p2 & 0x07, command.p2 >> 3
    if mode in _SEVERAL_RECORDS:
        return status.FUNCTION_NOT_SUPPORTED
    if mode != _ONE_RECORD or sfi == 0x1F:
        return status.WRONG_P1P2
    found = _make_current(state, sfi) if sfi else state.current_ef()
    if isinstance(found, bytes):
        return found
    ef = found[1]
    if not isinstance(ef, RecordFile):
        return _refusal(ef)
    if not state.opened(ef.read_pins):
        return status.SECURITY_NOT_SATISFIED
    # Records number from 1; P1 00 (the current record) names none: no record is ever current.
    if not 1 <= command.p1 <= len(ef.records):
        return status.RECORD_NOT_FOUND
    wanted = command.le if command.le is not None else 256
    return ef.records[command.p1 - 1][:wanted] + status.OK


def _make_current(state: CardState, sfi: int) -> tuple[int, CardFile] | bytes:
    """Find the EF by SFI and make it current (the selection precedes the access check)."""
    found = state.ef_by_sfi(sfi)
    if not isinstance(found, bytes):
        state.session.current_fid = found[0]
    return found


def _refusal(ef: CardFile) -> bytes:
    """The answer to a read of an EF the command cannot read."""
    if isinstance(ef, InternalFile) and ef.kind is InternalKind.PROTECTED:
        return status.SECURITY_NOT_SATISFIED
    # PIN EFs, key EFs and key IEFs: "command incompatible with the file structure".
    return status.INCOMPATIBLE_FILE
