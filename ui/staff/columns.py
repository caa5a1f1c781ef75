"""The columns of the reception list: what each shows, and how it may shrink.

Ordered as a receptionist reads a row: who came when, whether the insurance is valid and
how the reception ended, then the details. A window too narrow for every column hides the
details first (the detail view still shows them), never the time, name, validity or result.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kiosk.eligibility.receptions import ReceptionRecord
from ui.staff import labels, tones
from ui.texts import tr


@dataclass(frozen=True)
class Column:
    """One column: its header, its cell text and tone, and how narrow it may become."""

    key: str
    header: Callable[[], str]
    text: Callable[[ReceptionRecord], str]
    tone: Callable[[ReceptionRecord], str] = lambda _record: tones.NONE
    whole: bool = False  # shown whole or not at all (codes, numbers: half of one misleads)
    at_least: int = 4  # characters an elided cell keeps, or the column is hidden
    hide_rank: int = 0  # 0: always shown; otherwise the lowest rank is hidden first


COLUMNS: tuple[Column, ...] = (
    Column("at", lambda: tr("時刻"), lambda r: labels.time_text(r.at), whole=True),
    Column("name", lambda: tr("氏名"), lambda r: labels.name_text(r.coverage), at_least=6),
    Column("kana", lambda: tr("カナ"), lambda r: labels.kana_text(r.coverage), at_least=8),
    Column("method", lambda: tr("本人確認"), lambda r: labels.method_text(r.identity_method),
           whole=True),
    Column("validity", lambda: tr("資格"), lambda r: labels.validity_text(r.validity),
           lambda r: tones.validity_tone(r.validity)),
    Column("outcome", lambda: tr("結果"), lambda r: labels.outcome_text(r.outcome),
           lambda r: tones.outcome_tone(r.outcome)),
    Column("copay", lambda: tr("負担"), lambda r: labels.copay_text(r.coverage), whole=True,
           hide_rank=7),
    Column("insurer", lambda: tr("保険者"), lambda r: labels.insurer_text(r.coverage),
           at_least=5, hide_rank=3),
    Column("numbers", lambda: tr("記号・番号・枝番"), lambda r: labels.numbers_text(r.coverage),
           whole=True, hide_rank=2),
    Column("consents", lambda: tr("同意"), lambda r: labels.consents_text(r.consents),
           at_least=5, hide_rank=5),
    Column("prescription", lambda: tr("処方箋"),
           lambda r: labels.prescription_text(r.prescription), whole=True, hide_rank=4),
    Column("warnings", lambda: tr("注意"), lambda r: labels.warnings_text(r.warnings),
           lambda r: tones.warnings_tone(r.warnings), at_least=5, hide_rank=6),
    # The reader matters least here (the grant control lists the readers by itself); its
    # id is elided in the middle, where ids of one site are alike (ReceptionTable).
    Column("terminal", lambda: tr("端末"), lambda r: r.terminal_id, at_least=5, hide_rank=1),
)

STRETCH = "warnings"  # the column that takes the room left over: its texts are the longest


def index_of(key: str) -> int:
    """The position of the column `key`."""
    return next(i for i, column in enumerate(COLUMNS) if column.key == key)


def row_cells(record: ReceptionRecord) -> list[str]:
    """The record's cells in the list, in COLUMNS order."""
    return [column.text(record) for column in COLUMNS]
