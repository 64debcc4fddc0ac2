"""Exit statuses and messages: every line the CLI prints on stderr, made inert first.

Exit status: 0 success; 1 ``--fail-on`` met or an expectation missed; 2 bad usage or
unwritable output; 3 unreadable input (a story, an article skipped while the rest ran, or
an item ``add`` could not add); 4 nothing was compared (a story with fewer than two usable
articles); 130 interrupted (Ctrl-C); 141 standard output closed early (``| head``), as
for any Unix tool stopped by SIGPIPE. When several apply, 2 outranks 3, 3 outranks 4 and
4 outranks 1: a run that skipped a file exits 3 even when it also met ``--fail-on``.

Every message is one line on stderr that begins with ``crosscheck: `` and names the file;
control characters in it (from file names, say) are shown as escapes, never sent raw.
"""

from __future__ import annotations

import sys

from crosscheck.messages import message
from crosscheck.report.escapes import printable

EXIT_OK = 0
EXIT_FAIL_ON = 1
EXIT_USAGE = 2
EXIT_INPUT = 3
EXIT_NOTHING_COMPARED = 4
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141


_RANK = {EXIT_OK: 0, EXIT_FAIL_ON: 1, EXIT_NOTHING_COMPARED: 2, EXIT_INPUT: 3, EXIT_USAGE: 4}


def worse(status: int, other: int) -> int:
    """The exit status that says more of the two (see the ranking above)."""
    return max(status, other, key=lambda s: _RANK.get(s, 5))


def one_line(text: str) -> str:
    """Any text made inert for one terminal line (the one escaping function, re-exported)."""
    return printable(text)


# What a line on stderr is (``tell``'s ``kind``) -> the message that names it.
_KINDS = {
    "error": "cli.kind.error",
    "warning": "cli.kind.warning",
    "skipped": "cli.kind.skipped",
    "note": "cli.kind.note",
    "config": "cli.kind.config",
    "fail-on": "cli.kind.fail_on",
}


def tell(kind: str, text: str) -> None:
    """Print ``crosscheck: <kind>: <text>`` as one line on stderr (``kind``: a key of
    ``_KINDS``, shown in the user's language)."""
    print(message("cli.told", kind=message(_KINDS[kind]), text=one_line(text)), file=sys.stderr)
