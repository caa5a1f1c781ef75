"""A kiosk runs all day: large memory blocks go back to the system once freed.

glibc serves a large block (a camera frame, a face detector's image pyramid) from its heap
once the block size has been freed before ("dynamic mmap threshold"), and a heap keeps what
it grew to. Over a day of faces that left a kiosk about 35 MB above what it needs
(bench/soak.py: 392 MB against 357 MB after ten face sessions). A fixed threshold makes
every block of 128 KB or more a mapping of its own, returned when freed; the extra system
calls cost microseconds against a frame's tens of milliseconds.

Smaller blocks stay in the heap of the thread that freed them: a face session leaves about
9 MB free but held in the heap of the thread that read the frames. Giving free pages back
when a session ends (about 2 ms) keeps a kiosk's size flat from one patient to the next.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import logging
import sys

log = logging.getLogger(__name__)

_M_MMAP_THRESHOLD = -3  # mallopt parameter (malloc.h)
LARGE_BLOCK = 128 * 1024


@functools.cache
def _glibc() -> ctypes.CDLL | None:
    # Cached: finding the library runs ldconfig, not something to do after every patient.
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.mallopt  # noqa: B018  # glibc has it; musl does not
        libc.malloc_trim  # noqa: B018
    except (OSError, AttributeError):
        log.info("memory: this C library has no mallopt; memory stays as it decides")
        return None
    return libc


def return_large_blocks() -> bool:
    """Give blocks of LARGE_BLOCK bytes or more back to the system when freed (glibc only;
    elsewhere nothing changes). Call it once, early. True if it took effect."""
    libc = _glibc()
    if libc is None:
        return False
    libc.mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    return bool(libc.mallopt(_M_MMAP_THRESHOLD, LARGE_BLOCK))


def give_back_free_memory() -> bool:
    """Return the free pages of every thread's heap to the system (glibc only); call it when
    a session ends. True if some memory went back."""
    libc = _glibc()
    if libc is None:
        return False
    libc.malloc_trim.argtypes = (ctypes.c_size_t,)
    return bool(libc.malloc_trim(0))
