"""``python -m crosscheck``: the same as the ``crosscheck`` command."""

import sys

try:
    from crosscheck.cli import main
except KeyboardInterrupt:  # Ctrl-C while the libraries are still loading
    from crosscheck.messages import message

    print(message("main.interrupted_loading"), file=sys.stderr)
    sys.exit(130)

sys.exit(main())
