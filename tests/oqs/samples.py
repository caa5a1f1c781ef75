"""Fixed receptions, clock and identifiers for the face-result tests."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable

from kiosk.eligibility.clock import JST
from kiosk.eligibility.receptions import ReceptionRecord
from kiosk.eligibility.records import ConsentFlag, CoverageView

INSTITUTION = "1310000001"
# 2026-09-29 16:01:12 in Japan, given in UTC: the stamps must come out in Japan time.
AT = dt.datetime(2026, 9, 29, 7, 1, 12, tzinfo=dt.UTC)
AT_JST = AT.astimezone(JST)
FILE_ID = "ArnHCeDfNjMCFzg="


def counting_bytes() -> Callable[[int], bytes]:
    """A random_bytes stand-in giving 00 01 02 ... so that names are fixed."""
    counter = itertools.count()
    return lambda n: bytes(next(counter) % 256 for _ in range(n))


def coverage(**changes: object) -> CoverageView:
    """山田 花子's coverage, with changes."""
    base = dict(
        insurer_number="06139921", insurer_name="架空商事健康保険組合", symbol="1201",
        number="3456", branch="01", relationship="principal", family_name="山田",
        given_name="花子", family_kana="ヤマダ", given_kana="ハナコ", sex="2",
        birth_date=dt.date(1985, 4, 12), address="東京都千代田区霞が関一丁目2番2号",
        valid_from=dt.date(2010, 4, 1), valid_until=None, loss_reason=None, copay_ratio=30,
        elderly_copay_ratio=None, high_cost_category="ウ")
    base.update(changes)
    return CoverageView(**base)  # type: ignore[arg-type]


def record(**changes: object) -> ReceptionRecord:
    """A completed face reception with consents and an electronic prescription."""
    base = dict(id=1, at=AT, terminal_id="reception-1", identity_method="face", validity=1,
                consents=("medical", "checkup"), prescription="electronic", warnings=(),
                outcome="completed", coverage=coverage())
    base.update(changes)
    return ReceptionRecord(**base)  # type: ignore[arg-type]


VALID_CONSENTS = {"medical": ConsentFlag.NONE, "surgery": ConsentFlag.NONE,
                  "checkup": ConsentFlag.NONE}

# 資格無効: 吉田 拓也 after a job change, the old coverage ended 20 days before.
INVALID = record(
    validity=2, consents=(), prescription=None,
    coverage=coverage(number="9901", family_name="吉田", given_name="拓也",
                      family_kana="ヨシダ", given_kana="タクヤ", sex="1",
                      birth_date=dt.date(1988, 8, 8), valid_from=dt.date(2012, 4, 1),
                      valid_until=dt.date(2026, 9, 9), loss_reason="退職"))

# 髙橋 﨑子 (髙 and 﨑 are outside JIS X 0208), 70-74 on a 国保, a reference number registered.
ELDERLY_SJIS = record(
    consents=("surgery",), prescription="paper",
    coverage=coverage(insurer_number="138057", insurer_name="千代田区国民健康保険",
                      symbol="千代田", number="200777", branch="00", family_name="髙橋",
                      given_name="﨑子", family_kana="タカハシ", given_kana="サキコ",
                      birth_date=dt.date(1954, 3, 10), valid_from=dt.date(2019, 4, 1),
                      copay_ratio=20, elderly_copay_ratio=20, high_cost_category="一般",
                      address="東京都世田谷区世田谷四丁目21番27号～2"))
