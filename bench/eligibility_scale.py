"""How the eligibility database behaves with a country-sized population.

Run: .venv/bin/python -m bench.eligibility_scale [--persons N] [--backend sqlite|postgresql|both]
Loads N persons (coverage, certificate, 80% registered) into a fresh SQLite file and/or a
private PostgreSQL server, then times lookups and registrations through the domain
functions; on PostgreSQL, 8 terminals then register the rest concurrently, two per card.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, insert, text
from sqlalchemy.orm import Session

from bench.scale_data import COLUMNS, INSURER_COLUMNS, Generator, insurer_rows
from bench.scale_terminals import TerminalFigures, check_registrations, run_terminals
from kiosk.eligibility.lookup import lookup_by_certificate_id
from kiosk.eligibility.registration import register_certificate
from kiosk.storage.database import Database
from kiosk.storage.models import Base, Facility
from kiosk.storage.private_postgres import PrivatePostgres

BATCH = 25_000
FACILITY = "1312345678"
BACKENDS = ("sqlite", "postgresql")


@dataclass
class Figures:
    """One backend's results."""

    backend: str
    registered: int = 0
    generation_s: float = 0.0
    size_bytes: int = 0
    lookup_ms: tuple[float, float] = (0.0, 0.0)
    registration_ms: tuple[float, float] = (0.0, 0.0)
    failures: int = 0
    terminals: TerminalFigures | None = None
    duplicates: int = 0
    losses: int = 0


def _insert(connection: Connection, table: str, rows: list[tuple]) -> None:
    """Bulk-insert `rows`: COPY on PostgreSQL (over twice as fast here), else Core executemany."""
    if not rows:
        return
    columns = COLUMNS.get(table, INSURER_COLUMNS)
    if connection.dialect.name == "postgresql":
        cursor = connection.connection.dbapi_connection.cursor()
        with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        return
    connection.execute(insert(Base.metadata.tables[table]),
                       [dict(zip(columns, row, strict=True)) for row in rows])


def load(database: Database, persons: int, now: dt.datetime) -> tuple[int, list[int]]:
    """Fill the database; the number registered and the ids of unregistered certificates."""
    generator = Generator(now.date())
    registered, unregistered = 0, []
    with database.engine.begin() as connection:
        _insert(connection, "insurers", insurer_rows(generator.insurers))
        connection.execute(insert(Facility), [{
            "code": FACILITY, "name": "霞が関クリニック", "consent_categories":
            "medical,surgery,checkup", "electronic_prescriptions": True,
            "password_hash": "unused"}])
    for first in range(1, persons + 1, BATCH):
        batch = generator.batch(first, min(BATCH, persons + 1 - first))
        # One transaction per batch keeps SQLite's WAL and PostgreSQL's memory small.
        with database.engine.begin() as connection:
            for table in COLUMNS:
                _insert(connection, table, batch.rows[table])
        registered += len(batch.rows["registrations"])
        unregistered += batch.unregistered
    with database.engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            # Rows came with their ids: move the sequences past them for later inserts.
            for table in ("people", "coverages", "certificates"):
                connection.execute(text(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT max(id) FROM {table}))"))
        connection.execute(text("ANALYZE"))
    return registered, unregistered


def database_size(database: Database, sqlite_file: Path | None) -> int:
    """Bytes on disk: the SQLite file and its WAL, or pg_database_size."""
    if sqlite_file is not None:
        wal = sqlite_file.with_name(sqlite_file.name + "-wal")
        return sqlite_file.stat().st_size + (wal.stat().st_size if wal.exists() else 0)
    with database.engine.connect() as connection:
        return connection.execute(text("SELECT pg_database_size(current_database())")).scalar()


def _percentiles(samples: list[float]) -> tuple[float, float]:
    if len(samples) < 2:
        return (samples[0], samples[0]) if samples else (0.0, 0.0)
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    return cuts[49], cuts[98]


def _time_each(database: Database, certificates: list[int], figures: Figures,
               work: Callable[[Session, int], object]) -> list[float]:
    """Milliseconds per request, one session each, as a terminal's request would have."""
    times = []
    for certificate in certificates:
        started = time.perf_counter()
        try:
            with database.session() as session:
                work(session, certificate)
        except Exception:  # counted: the table shows how many failed
            figures.failures += 1
        times.append((time.perf_counter() - started) * 1000)
    return times


def time_lookups(database: Database, certificates: list[int], now: dt.datetime,
                 figures: Figures) -> list[float]:
    """Milliseconds per lookup."""
    return _time_each(database, certificates, figures, lambda session, certificate:
                      lookup_by_certificate_id(session, certificate, FACILITY, now))


def time_registrations(database: Database, certificates: list[int], now: dt.datetime,
                       figures: Figures) -> list[float]:
    """Milliseconds per registration including its commit."""

    def register(session: Session, certificate: int) -> None:
        register_certificate(session, certificate, "bench-terminal", now)
        session.commit()

    return _time_each(database, certificates, figures, register)


def run_backend(backend: str, url: str, sqlite_file: Path | None, persons: int,
                samples: int, seconds: float) -> Figures:
    """Load, measure and (on PostgreSQL) race the terminals on one fresh database."""
    figures = Figures(backend)
    now = dt.datetime.now(dt.UTC)
    pick = random.Random(7)
    database = Database.open(url)
    try:
        started = time.perf_counter()
        figures.registered, unregistered = load(database, persons, now)
        figures.generation_s = time.perf_counter() - started
        figures.size_bytes = database_size(database, sqlite_file)
        unregistered_set = set(unregistered)
        registered = [i for i in range(1, persons + 1) if i not in unregistered_set]
        del unregistered_set
        lookups = time_lookups(database, pick.sample(registered, min(samples, len(registered))),
                               now, figures)
        figures.lookup_ms = _percentiles(lookups)
        pick.shuffle(unregistered)
        # Leave at least half of the unregistered cards for the concurrent terminals.
        sampled = unregistered[:min(samples, len(unregistered) // 2)]
        figures.registration_ms = _percentiles(
            time_registrations(database, sampled, now, figures))
        if backend == "postgresql":
            rest = unregistered[len(sampled):]
            figures.terminals = run_terminals(url, rest, now, seconds=seconds)
            figures.duplicates, figures.losses = check_registrations(
                database.engine, figures.terminals.attempted)
    finally:
        database.close()
    return figures


def _table(persons: int, results: list[Figures]) -> str:
    def row(label: str, values: list[str]) -> str:
        return f"  {label:<32}" + "".join(f"{value:>20}" for value in values)

    def each(render) -> list[str]:
        return [render(figures) for figures in results]

    def concurrent(render) -> list[str]:
        return [render(f.terminals, f) if f.terminals else "-" for f in results]

    lines = [f"eligibility scale benchmark: {persons:,} persons",
             row("", each(lambda f: f.backend)),
             row("registered by the bulk load", each(lambda f: f"{f.registered:,}")),
             row("generation + load", each(lambda f: f"{f.generation_s:,.1f} s")),
             row("database size", each(lambda f: f"{f.size_bytes / 2**20:,.1f} MiB")),
             row("lookup by certificate p50 / p99",
                 each(lambda f: "{:.2f} / {:.2f} ms".format(*f.lookup_ms))),
             row("registration p50 / p99", each(
                 lambda f: "{:.2f} / {:.2f} ms".format(*f.registration_ms))),
             row("lookup/registration failures", each(lambda f: f"{f.failures}")),
             row("8 terminals, 2 per card: time", concurrent(lambda t, _: f"{t.seconds:.1f} s")),
             row("  certificates attempted", concurrent(lambda t, _: f"{len(t.attempted):,}")),
             row("  registrations per second",
                 concurrent(lambda t, _: f"{t.created / max(t.seconds, 1e-9):,.0f}")),
             row("  created / found registered",
                 concurrent(lambda t, _: f"{t.created:,} / {t.already:,}")),
             row("  errors", concurrent(lambda t, _: f"{sum(t.errors.values())}")),
             row("  duplicates", concurrent(lambda _, f: f"{f.duplicates}")),
             row("  losses", concurrent(lambda _, f: f"{f.losses}"))]
    errors = [f"  {f.backend} terminal errors: {dict(f.terminals.errors)}"
              for f in results if f.terminals and f.terminals.errors]
    return "\n".join(lines + errors)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its table; status 1 on duplicates, losses or failures."""
    parser = argparse.ArgumentParser(prog="python -m bench.eligibility_scale",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=1_000_000)
    parser.add_argument("--backend", choices=[*BACKENDS, "both"], default="both")
    parser.add_argument("--samples", type=int, default=2000, help="lookups/registrations timed")
    parser.add_argument("--seconds", type=float, default=20.0, help="concurrent phase limit")
    parser.add_argument("--directory", type=Path, help="where the databases go (default: a "
                        "temporary directory, removed at the end)")
    args = parser.parse_args(argv)
    backends = BACKENDS if args.backend == "both" else (args.backend,)
    results = []
    with tempfile.TemporaryDirectory(prefix="eligibility-scale-", dir=args.directory) as work:
        for backend in backends:
            print(f"{backend}: loading {args.persons:,} persons...", file=sys.stderr, flush=True)
            if backend == "sqlite":
                path = Path(work) / "eligibility.db"
                results.append(run_backend(backend, f"sqlite:///{path}", path, args.persons,
                                           args.samples, args.seconds))
                continue
            with PrivatePostgres(Path(work) / "postgres") as server:
                results.append(run_backend(backend, server.url(), None, args.persons,
                                           args.samples, args.seconds))
    print(_table(args.persons, results))
    broken = any(f.duplicates or f.losses or f.failures for f in results)
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
