"""Terminal text: any string -> the same string with nothing a terminal would act on.

The one escaping function for everything printed (reports, messages, ids, file names):
control and format characters (ESC, BEL, OSC/CSI introducers, bidi overrides, line and
paragraph separators, lone surrogates from undecodable file names, private-use characters)
are shown as JSON-style escapes (``\\u001b``), so untrusted text can neither clear the
screen, retitle the window, write the clipboard nor forge lines.
"""

from __future__ import annotations

import unicodedata

_ESCAPED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Zl", "Zp"})
_SHORT_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def printable(text: str, *, fold_space: bool = False) -> str:
    """``text`` made inert for a terminal, on one line.

    Args:
        text: Any string (article text, a file name, a review id...).
        fold_space: Show newlines and tabs as spaces (for quotes of article text) instead of
            ``\\n`` and ``\\t`` (for messages, where the exact name matters).
    """
    out: list[str] = []
    for char in text:
        if unicodedata.category(char) not in _ESCAPED_CATEGORIES:
            out.append(char)
        elif fold_space and char in "\n\t":
            out.append(" ")
        elif char in _SHORT_ESCAPES:
            out.append(_SHORT_ESCAPES[char])
        elif ord(char) <= 0xFFFF:
            out.append(f"\\u{ord(char):04x}")
        else:  # as a UTF-16 surrogate pair, the only form JSON has
            high, low = divmod(ord(char) - 0x10000, 0x400)
            out.append(f"\\u{0xD800 + high:04x}\\u{0xDC00 + low:04x}")
    return "".join(out)
