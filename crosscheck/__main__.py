"""``python -m crosscheck``: the same as the ``crosscheck`` command."""

import sys

from crosscheck.cli import main  # answers a Ctrl-C while it loads (crosscheck/cli/__init__.py)

sys.exit(main())
