"""Card and certificate lifetimes, and the dates printed on the card, from birth and issue."""

from __future__ import annotations

import datetime as dt

_ERAS = (  # (first day, year offset) of each Japanese era, newest first
    (dt.date(2019, 5, 1), 2018),  # 令和
    (dt.date(1989, 1, 8), 1988),  # 平成
    (dt.date(1926, 12, 25), 1925),  # 昭和
    (dt.date(1912, 7, 30), 1911),  # 大正
)


def birthday_in(year: int, birth: dt.date) -> dt.date:
    """The birthday in `year`; 29 February falls on 28 February in other years."""
    if birth.month == 2 and birth.day == 29:
        try:
            return dt.date(year, 2, 29)
        except ValueError:
            return dt.date(year, 2, 28)
    return birth.replace(year=year)


def nth_birthday_after(birth: dt.date, day: dt.date, n: int) -> dt.date:
    """The n-th birthday strictly after `day`."""
    year = day.year if birthday_in(day.year, birth) > day else day.year + 1
    return birthday_in(year + n - 1, birth)


def age_on(birth: dt.date, day: dt.date) -> int:
    """Completed years of age on `day`."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def certificate_expiry(birth: dt.date, issued_on: dt.date) -> dt.date:
    """Electronic certificates end on the 5th birthday after issue."""
    return nth_birthday_after(birth, issued_on, 5)


def card_expiry(birth: dt.date, issued_on: dt.date) -> dt.date:
    """The card ends on the 10th birthday after issue, or the 5th when issued under 18."""
    return nth_birthday_after(birth, issued_on, 5 if age_on(birth, issued_on) < 18 else 10)


def era_yymmdd(day: dt.date) -> str:
    """A date as Japanese-era year, month and day, six digits (as in 照合番号B)."""
    for first_day, offset in _ERAS:
        if day >= first_day:
            return f"{day.year - offset:02d}{day.month:02d}{day.day:02d}"
    raise ValueError("dates before the Taishō era are not supported")
