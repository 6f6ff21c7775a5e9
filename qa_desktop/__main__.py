"""`python -m qa_desktop` behaves exactly like the `qa-desktop` console script."""

import sys

from qa_desktop.cli import main

if __name__ == "__main__":  # the import worker's child process re-imports this module
    sys.exit(main())
