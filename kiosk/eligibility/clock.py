"""Dates as the eligibility system counts them: Japan time."""

from __future__ import annotations

import datetime as dt

JST = dt.timezone(dt.timedelta(hours=9), "JST")


def now() -> dt.datetime:
    """The current time, aware, in JST."""
    return dt.datetime.now(JST)


def japan_date(moment: dt.datetime) -> dt.date:
    """The calendar day in Japan at `moment` (naive datetimes are taken as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(JST).date()


def end_of_month_after(day: dt.date, months: int) -> dt.date:
    """The last day of the month `months` after the month of `day`."""
    year, month = divmod(day.month - 1 + months + 1, 12)
    first_of_next = dt.date(day.year + year, month + 1, 1)
    return first_of_next - dt.timedelta(days=1)


def aware(moment: dt.datetime) -> dt.datetime:
    """`moment` with a timezone (SQLite returns naive UTC datetimes)."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)
