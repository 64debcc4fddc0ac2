"""Command line: argv -> library calls -> rendered report and an exit status.

``main`` (the ``crosscheck`` console script) lives in :mod:`crosscheck.cli.main`; each
command is a module of option handling and a short loop over library calls; exit statuses
and the one terminal-escaping function are in :mod:`crosscheck.cli.exits`. The library
never imports this package.

The console script and ``python -m crosscheck`` import this package before ``main`` can
catch anything, so a Ctrl-C while it loads is answered here: one line and exit 130, not a
traceback (the pipeline itself is imported later, inside ``main``).
"""

import sys

try:
    from crosscheck.cli.main import build_parser, main
except KeyboardInterrupt:  # Ctrl-C while the command is starting
    from crosscheck.messages import message

    print(message("main.interrupted_loading"), file=sys.stderr)
    raise SystemExit(130) from None  # EXIT_INTERRUPTED, whose module may be half-loaded

__all__ = ["build_parser", "main"]
