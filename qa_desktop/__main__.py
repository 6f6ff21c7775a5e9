"""`python -m qa_desktop` behaves exactly like the `qa-desktop` console script."""

import sys

from qa_desktop.cli import main

sys.exit(main())
