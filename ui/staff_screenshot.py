"""The staff screen for `kiosk screenshots`: a demo site with a few receptions behind it.

Unlike the kiosk screens, the staff screen shows records from the eligibility system, so a
throw-away demo site is seeded and three clinic sessions are run headless first.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from kiosk.eligibility.service import Terminal
from kiosk.emulator.demo_home import build_demo_home
from kiosk.emulator.world import EmulatedWorld
from ui.screenshots import settle
from ui.staff_window import DEFAULT_SIZE, StaffWindow

CLINIC = "1310000001"
_WAIT_S = 20.0


def demo_sessions(world: EmulatedWorld) -> None:
    """A completed PIN session, a refused card, and a visual confirmation."""
    for persona, pin in (("yamada-hanako", "1234"), ("watanabe-miho", "3690")):
        flow = world.clinic(CLINIC)
        world.insert(persona)
        flow.card_placed()
        flow.choose_pin()
        flow.enter_pin(pin)
        if flow.screen.name == "consent":
            flow.consent_all()
            flow.choose_prescription("electronic")
        world.remove()
        flow.card_removed()
    flow = world.clinic(CLINIC, "clinic-reader-2")
    world.insert("suzuki-ichiro")
    flow.card_placed()
    flow.ask_staff()
    flow.staff_password("minato-staff-2026")
    flow.consent_individually()
    flow.set_consent("medical", True)
    flow.confirm_consent()
    flow.choose_prescription("paper")
    world.remove()
    flow.card_removed()


def demo_arrival(world: EmulatedWorld) -> None:
    """A reception, by PIN, of a person whose insurance has ended."""
    flow = world.clinic(CLINIC)
    world.insert("yoshida-takuya")
    flow.card_placed()
    flow.choose_pin()
    flow.enter_pin("8888")
    if flow.screen.name == "consent":
        flow.consent_all()
    flow.choose_prescription("electronic")
    world.remove()
    flow.card_removed()


def render_staff(folder: Path, app: QApplication, size: QSize = DEFAULT_SIZE,
                 name: str = "staff-receptions-ja.png") -> list[Path]:
    """The staff screen at `size` (a desk screen) with the second newest reception selected
    (the newest stays highlighted as staff see a new arrival), to FOLDER/NAME."""
    with tempfile.TemporaryDirectory(prefix="kiosk-staff-shot-") as scratch:
        world = EmulatedWorld(build_demo_home(Path(scratch) / "home"))
        try:
            demo_sessions(world)
            window = StaffWindow(Terminal("staff-1", CLINIC), lambda: world.service)
            window.show()
            window.resize(size)  # whatever the offscreen screen's size
            window.start()
            deadline = time.monotonic() + _WAIT_S
            while window.table.rowCount() < 3 and time.monotonic() < deadline:
                app.processEvents()
                time.sleep(0.02)
            demo_arrival(world)  # while the screen is open: shown as a new arrival
            while window.table.rowCount() < 4 and time.monotonic() < deadline:
                app.processEvents()
                time.sleep(0.02)
            if window.table.rowCount() < 4:
                raise RuntimeError("the staff screen did not receive the demo receptions")
            window.table.selectRow(1)
            for _ in range(3):  # let the detail view lay out its wrapped lines
                settle(app)
            path = folder / name
            if not window.grab().save(str(path), "PNG"):
                raise OSError(f"cannot write {path}")
            window.stop()
            window.close()
            return [path]
        finally:
            world.close()
