"""``python -m crosscheck``: the same as the ``crosscheck`` command."""

import sys

from crosscheck.cli import main

sys.exit(main())
