"""Each persona's state as the QA panel shows it: what the seeding made and what changed since."""

from __future__ import annotations

import itertools

from cryptography.hazmat.primitives.serialization import Encoding

from kiosk.eligibility.records import Validity
from kiosk.eligibility.service import Terminal
from kiosk.emulator import operations
from kiosk.emulator.persona_state import CertificateStatus, persona_state, persona_states


def test_the_seeded_personas_are_read_as_their_cases(world):
    states = persona_states(world, world.personas, deadline_s=60)
    assert set(states) == set(world.personas)
    assert states["yamada-hanako"].registered and states["yamada-hanako"].pin_tries_left == 3
    assert not states["sasaki-sho"].registered
    assert states["suzuki-ichiro"].pin_locked
    assert states["sato-kenta"].pin_tries_left is None  # a face-authentication card
    assert states["watanabe-miho"].certificate is CertificateStatus.ON_HOLD
    assert states["nakamura-daisuke"].certificate is CertificateStatus.REVOKED
    assert states["kobayashi-megumi"].certificate is CertificateStatus.GRACE
    assert states["kato-makoto"].certificate is CertificateStatus.EXPIRED
    assert states["yoshida-takuya"].coverage is Validity.INVALID
    assert states["yamada-hina"].dependent
    assert states["matsumoto-kazuko"].age is not None and states["matsumoto-kazuko"].age >= 70
    assert states["tanaka-haruto"].age is not None and states["tanaka-haruto"].age < 15
    assert not states["ito-sakura"].chip_readable  # a destroyed chip
    assert states["ito-sakura"].certificate is None


def test_a_registration_through_the_service_is_read_at_once(world):
    der = world.certificate_of("sasaki-sho").public_bytes(Encoding.DER)
    world.service.register(der, Terminal("booth-1"))
    assert persona_state(world, "sasaki-sho").registered


def test_qa_operations_are_read_at_once(world):
    operations.change_status(world, "yamada-hanako", "hold")
    assert persona_state(world, "yamada-hanako").certificate is CertificateStatus.ON_HOLD
    operations.reset_pin(world, "suzuki-ichiro")
    assert persona_state(world, "suzuki-ichiro").pin_tries_left == 3
    operations.file_new_coverage(world, "yoshida-takuya", "01130012")
    assert persona_state(world, "yoshida-takuya").coverage is Validity.VALID


def test_a_read_past_its_deadline_gives_the_personas_read_so_far(world):
    ticks = itertools.count()
    states = persona_states(world, world.personas, deadline_s=2.5,
                            now=lambda: float(next(ticks)))
    # Read at ticks 1, 2 (within 0 + 2.5); at tick 3 the deadline has passed.
    assert list(states) == list(world.personas)[:2]
