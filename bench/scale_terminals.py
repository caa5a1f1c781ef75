"""Concurrent terminals registering cards, each certificate tried by two terminals at once.

Terminal t takes the certificates whose position k in the work list has k mod n equal to
t or t-1, in list order: every certificate goes to exactly two terminals, and both reach it
at about the same moment, so their registrations really race.
"""

from __future__ import annotations

import datetime as dt
import queue
import threading
import time
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import Engine, text

from kiosk.eligibility.registration import register_certificate
from kiosk.storage.database import Database, make_engine


@dataclass
class TerminalFigures:
    """What the terminals did together."""

    terminals: int
    seconds: float = 0.0
    created: int = 0
    already: int = 0
    errors: Counter = field(default_factory=Counter)
    attempted: set[int] = field(default_factory=set)


def _share(work: list[int], terminal: int, terminals: int) -> list[int]:
    """The certificates terminal `terminal` attempts (each one is also its neighbour's)."""
    mine = {terminal, (terminal - 1) % terminals}
    return [certificate for k, certificate in enumerate(work) if k % terminals in mine]


def _terminal(url: str, name: str, certificates: list[int], seconds: float,
              now: dt.datetime, start: threading.Barrier, results: queue.Queue) -> None:
    """One terminal's loop; puts (created, already, errors, attempted) on `results`."""
    # Each terminal has its own engine, hence its own connection, as real terminals do.
    database = Database(make_engine(url))
    created = already = 0
    errors: Counter = Counter()
    attempted = []
    start.wait()
    deadline = time.monotonic() + seconds
    try:
        for certificate in certificates:
            if time.monotonic() >= deadline:
                break
            try:
                with database.session() as session:
                    outcome = register_certificate(session, certificate, name, now)
                    session.commit()
            except Exception as error:
                # A refusal (EligibilityError) or a database failure is a figure, not a crash.
                errors[type(error).__name__] += 1
            else:
                created += outcome.created
                already += not outcome.created
            attempted.append(certificate)
    finally:
        database.close()
        results.put((created, already, dict(errors), attempted))


def run_terminals(url: str, work: list[int], now: dt.datetime, terminals: int = 8,
                  seconds: float = 20.0) -> TerminalFigures:
    """Register `work` from `terminals` threads for at most `seconds`; the figures."""
    # Threads, not processes: measured on 2 cores, 8 spawned processes did no better (the
    # server needs the cores too) and cost seconds to start.
    start = threading.Barrier(terminals + 1)
    results: queue.Queue = queue.Queue()
    threads = [threading.Thread(target=_terminal, name=f"terminal-{terminal}", args=(
        url, f"terminal-{terminal}", _share(work, terminal, terminals), seconds, now, start,
        results)) for terminal in range(terminals)]
    for thread in threads:
        thread.start()
    start.wait(timeout=60)
    began = time.monotonic()
    for thread in threads:
        thread.join()
    figures = TerminalFigures(terminals, seconds=time.monotonic() - began)
    while not results.empty():
        created, already, errors, attempted = results.get_nowait()
        figures.created += created
        figures.already += already
        figures.errors.update(errors)
        figures.attempted.update(attempted)
    return figures


def check_registrations(engine: Engine, attempted: set[int]) -> tuple[int, int]:
    """Duplicates (certificates with >1 registration) and losses (attempted, unregistered)."""
    with engine.connect() as connection:
        duplicates = connection.execute(text(
            "SELECT count(*) FROM (SELECT certificate_id FROM registrations "
            "GROUP BY certificate_id HAVING count(*) > 1) AS twice")).scalar_one()
        registered = set(connection.execute(text(
            "SELECT certificate_id FROM registrations WHERE certificate_id = ANY(:ids)"),
            {"ids": sorted(attempted)}).scalars())
    return duplicates, len(attempted - registered)
