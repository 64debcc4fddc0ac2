"""``python -m crosscheck``: the same as the ``crosscheck`` command."""

import sys

try:
    from crosscheck.cli import main
except KeyboardInterrupt:  # Ctrl-C while the libraries are still loading
    print("crosscheck: interrupted; earlier reports were left as they were", file=sys.stderr)
    sys.exit(130)

sys.exit(main())
