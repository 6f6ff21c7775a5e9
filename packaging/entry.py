"""Frozen entry point. `multiprocessing.freeze_support()` must run before
anything else so the spawn workers of batch audits and of the GUI import
re-enter the bundle as workers, not as a second copy of the app."""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from qa_desktop.cli import main

    sys.exit(main())
