"""A kiosk gives freed memory back between patients, once per session."""

from __future__ import annotations

import ctypes

import ui.flow_worker
from kiosk.flows.names import ScreenName as S
from ui.process_memory import give_back_free_memory


def test_freed_heap_pages_go_back_to_the_system():
    libc = ctypes.CDLL("libc.so.6")
    libc.malloc.restype = ctypes.c_void_p
    libc.malloc.argtypes = (ctypes.c_size_t,)
    libc.free.argtypes = (ctypes.c_void_p,)
    # 20 MB in blocks below the mmap threshold: they live in the heap and stay there freed.
    # A block kept after them stops free() from trimming the heap's top by itself.
    blocks = [libc.malloc(4096) for _ in range(5000)]
    fence = libc.malloc(4096)
    for block in blocks:
        libc.free(block)
    try:
        assert give_back_free_memory()
    finally:
        libc.free(fence)


def test_the_end_of_a_session_gives_memory_back_once(clinic, monkeypatch):
    calls: list[str] = []
    monkeypatch.setattr(ui.flow_worker, "give_back_free_memory",
                        lambda: calls.append(clinic.screen.name) or True)
    clinic.place("yamada-hanako")
    clinic.wait_for(S.CHOOSE_METHOD)
    assert calls == []  # not while a patient is served
    clinic.take_card()
    clinic.wait_for(S.STANDBY)
    clinic.qtbot.waitUntil(lambda: calls != [], timeout=5000)
    clinic.qtbot.wait(2500)  # standby's ticks are not session ends
    assert len(calls) == 1
