"""Running the checks one by one on a reader and collecting what each sent and got."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from hw.reader import CardReader, ReaderError
from kiosk.card.conformance.probe import Exchange, Mismatch, Probe


@dataclass(frozen=True)
class Credentials:
    """What the user gave; a check needing a missing one is not run."""

    pin: str | None = None  # 4-digit card-info PIN (券面事項入力補助 IEF 0011)
    collation_b: str | None = None  # 14 digits: 和暦 birth date, expiry year, security code
    auth_pin: str | None = None  # JPKI user-authentication PIN (IEF 0018)

    def has(self, name: str) -> bool:
        """True if the credential `name` (a field name) was given."""
        return getattr(self, name) is not None

    def __repr__(self) -> str:
        # Never show a credential, only which ones are there.
        given = [name for name in ("pin", "collation_b", "auth_pin") if self.has(name)]
        return f"Credentials(given={given})"


@dataclass
class Context:
    """What checks share: the probe, the credentials, and a warning sink (stderr)."""

    probe: Probe
    credentials: Credentials
    warn: Callable[[str], None]
    # Credentials the card refused once: never sent again in this run.
    refused: set[str] = field(default_factory=set)


CheckFunction = Callable[[Context], None]


@dataclass(frozen=True)
class Check:
    """One check: a name, what it holds the card to, the credentials it needs."""

    name: str
    expectation: str
    run: CheckFunction
    needs: tuple[str, ...] = ()


@dataclass(frozen=True)
class CheckResult:
    """The outcome of one check."""

    check: Check
    passed: bool
    exchanges: tuple[Exchange, ...]
    detail: str = ""


def run_checks(reader: CardReader, checks: Iterable[Check], credentials: Credentials,
               warn: Callable[[str], None]) -> list[CheckResult]:
    """Run every check whose credentials were given, each from a fresh reset."""
    probe = Probe(reader)
    context = Context(probe, credentials, warn)
    results = []
    for check in checks:
        if not all(credentials.has(name) for name in check.needs):
            continue
        results.append(_run_one(context, check))
    reader.disconnect()
    return results


def _run_one(context: Context, check: Check) -> CheckResult:
    probe = context.probe
    probe.take_log()
    detail = ""
    try:
        # Each check starts at the card level, as after insertion, whatever the last left.
        probe.power_on()
        check.run(context)
        passed = True
    except Mismatch as mismatch:
        passed, detail = False, str(mismatch)
    except ReaderError as error:
        passed, detail = False, f"reader error: {error}"
    return CheckResult(check, passed, tuple(probe.take_log()), detail)
