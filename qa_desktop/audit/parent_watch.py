"""Worker processes end when their driver does, however it ends.

A pool worker holds a Whisper model (hundreds of MB). When the audit driver
is killed (SIGKILL, SIGTERM, the OOM killer, a closed terminal) nothing in
`concurrent.futures` tells its workers, and they used to live on for ever.
Two guards, set up first thing in each worker:

- Linux: `prctl(PR_SET_PDEATHSIG, SIGKILL)`: the kernel kills the worker the
  moment its parent dies, even in the middle of native code;
- everywhere (macOS, Windows, and Linux as a second line): a daemon thread
  that watches the parent (on POSIX its pid changing to the reaper's; on
  Windows a wait on the parent's process handle) and ends the process.

The driver's pid is passed in rather than read in the worker, so a driver
that died before the worker started is noticed at once.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
import threading
import time

log = logging.getLogger(__name__)

PR_SET_PDEATHSIG = 1
POLL_SECONDS = 0.5
EXIT_CODE = 70  # how a worker ends when its driver is gone (seen only by a reaper)


def _linux_death_signal() -> bool:
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0) == 0
    except (OSError, AttributeError):  # no prctl (musl without it, seccomp): the thread still watches
        return False


def _windows_watch(parent_pid: int) -> bool:
    """Block a daemon thread on the parent's process handle; False when it cannot be opened."""
    import ctypes

    synchronize, infinite = 0x00100000, 0xFFFFFFFF
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(synchronize, False, parent_pid)
    if not handle:
        return False

    def wait() -> None:
        kernel32.WaitForSingleObject(handle, infinite)
        os._exit(EXIT_CODE)

    threading.Thread(target=wait, name="parent-watch", daemon=True).start()
    return True


def _posix_watch(parent_pid: int) -> None:
    def poll() -> None:
        while os.getppid() == parent_pid:
            time.sleep(POLL_SECONDS)
        os._exit(EXIT_CODE)  # reparented: the driver is gone

    threading.Thread(target=poll, name="parent-watch", daemon=True).start()


def die_with_parent(parent_pid: int | None, kernel_signal: bool = True) -> None:
    """Make this process end when `parent_pid` (the driver that started it) ends.

    `kernel_signal=False` for a child started from a thread that may end before the parent process
    does (the desktop app's pool threads): Linux sends PR_SET_PDEATHSIG when the creating *thread*
    exits, so there only the watcher thread is used.
    """
    if not parent_pid:
        return
    if sys.platform == "win32":
        if not _windows_watch(parent_pid):
            os._exit(EXIT_CODE)  # the parent is already gone
        return
    if kernel_signal and sys.platform.startswith("linux"):
        _linux_death_signal()
    if os.getppid() != parent_pid:  # the driver died before the guard was set
        os._exit(EXIT_CODE)
    _posix_watch(parent_pid)
