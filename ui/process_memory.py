"""A kiosk runs all day: large memory blocks go back to the system once freed.

glibc serves a large block (a camera frame, a face detector's image pyramid) from its heap
once the block size has been freed before ("dynamic mmap threshold"), and a heap keeps what
it grew to. Over a day of faces that left a kiosk about 35 MB above what it needs
(bench/soak.py: 392 MB against 357 MB after ten face sessions). A fixed threshold makes
every block of 128 KB or more a mapping of its own, returned when freed; the extra system
calls cost microseconds against a frame's tens of milliseconds.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys

log = logging.getLogger(__name__)

_M_MMAP_THRESHOLD = -3  # mallopt parameter (malloc.h)
LARGE_BLOCK = 128 * 1024


def return_large_blocks() -> bool:
    """Give blocks of LARGE_BLOCK bytes or more back to the system when freed (glibc only;
    elsewhere nothing changes). Call it once, early. True if it took effect."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):  # not glibc (musl has no mallopt)
        log.info("memory: this C library has no mallopt; large blocks stay as it decides")
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    return bool(mallopt(_M_MMAP_THRESHOLD, LARGE_BLOCK))
