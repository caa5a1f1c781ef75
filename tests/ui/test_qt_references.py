"""Qt's Python binding keeps Python's reference counts right over a kiosk's lifetime.

PySide6 6.12.0 under Python 3.11 gave back one reference to True/False per Signal.emit and
to None per void call: a kiosk aborted ("deallocating True or False") after some thousands
of signals. pyproject.toml keeps that version out; this test keeps it out for good.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

CALLS = 5000


class _Emitter(QObject):
    flag = Signal(bool)
    thing = Signal(object)


def test_signals_and_void_calls_keep_reference_counts(qapp):
    emitter = _Emitter()
    emitter.flag.connect(lambda value: None)
    emitter.thing.connect(lambda value: None)
    before = {name: sys.getrefcount(value)
              for name, value in (("True", True), ("False", False), ("None", None))}
    for _ in range(CALLS):
        emitter.flag.emit(True)
        emitter.flag.emit(False)
        emitter.thing.emit(None)
        emitter.blockSignals(False)
    after = {name: sys.getrefcount(value)
             for name, value in (("True", True), ("False", False), ("None", None))}
    # Other threads may hold a few more or fewer references meanwhile; a leak is thousands.
    assert all(abs(after[name] - before[name]) < CALLS // 10 for name in before), \
        (before, after)
