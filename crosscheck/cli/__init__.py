"""Command line: argv -> library calls -> rendered report and an exit status.

``main`` (the ``crosscheck`` console script) lives in :mod:`crosscheck.cli.main`; each
command is a module of option handling and a short loop over library calls; exit statuses
and the one terminal-escaping function are in :mod:`crosscheck.cli.exits`. The library
never imports this package.
"""

from crosscheck.cli.main import build_parser, main

__all__ = ["build_parser", "main"]
