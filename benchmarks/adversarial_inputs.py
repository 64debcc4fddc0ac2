"""Hostile inputs for ``bench_adversarial``: size in characters -> text of exactly that size.

One builder per input shape of issue 11 (and the earlier stage shapes); each returns a text
of exactly the size asked, so a doubling of the size is a doubling of the input. The
story.toml shapes are written as files by ``toml_file`` / ``story_folder`` in the measured
child, under one scratch folder per run.
"""

from __future__ import annotations

import re
import shutil
import string
import tempfile
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path

from benchmarks.corpus import sample_articles

_NOT_WORD = re.compile(r"[^A-Za-z0-9]+")


# --- inputs ------------------------------------------------------------------------------


def repeated(unit: str, size: int) -> str:
    """``unit`` repeated and cut to exactly ``size`` characters."""
    return (unit * (size // len(unit) + 1))[:size]


def counting_with_commas(size: int) -> str:
    """ "1,2,3,4,..." cut to ``size`` characters."""
    parts: list[str] = []
    length = 0
    number = 1
    while length <= size:
        parts.append(str(number))
        length += len(parts[-1]) + 1
        number += 1
    return ",".join(parts)[:size]


def grouped_digits(size: int) -> str:
    """ "1,000,000,000,..." (one enormous grouped number) of ``size`` characters."""
    return ("1" + repeated(",000", size))[:size]


def nested(opening: str, closing: str, size: int) -> str:
    """``size // 2`` opening brackets then as many closing ones."""
    half = size // 2
    return opening * half + closing * (size - half)


def ending_with(unit: str, tail: str, size: int) -> str:
    """Whole copies of ``unit`` then ``tail`` (the case a backtracking prefix hurts most).

    Leading spaces make up the size, so every size ends the same way ("since 2020").
    """
    count = (size - len(tail)) // len(unit)
    return " " * (size - len(tail) - count * len(unit)) + unit * count + tail


@cache
def sample_words() -> str:
    """The words of the sample articles, with every punctuation mark and newline removed."""
    text = " ".join(a.text for a in sample_articles())
    return _NOT_WORD.sub(" ", text).strip() + " "


def capitalised_words(size: int) -> str:
    """ "Aa Bb Cc ... Zz Aa ..." of ``size`` characters."""
    pairs = " ".join(c + c.lower() for c in string.ascii_uppercase) + " "
    return repeated(pairs, size)


_SYLLABLES = ("ka", "lo", "mi", "ne", "ra", "su", "te", "vo", "zi", "da")


def person_name(index: int) -> str:
    """A made-up "Given Surname" of its own for each ``index`` below 100,000."""
    d = [int(c) for c in f"{index:05d}"]
    given = (_SYLLABLES[d[0]] + _SYLLABLES[d[1]]).capitalize()
    surname = (_SYLLABLES[d[2]] + _SYLLABLES[d[3]] + _SYLLABLES[d[4]]).capitalize() + "nko"
    return f"{given} {surname}"


def named_sayings(size: int) -> str:
    """ "Given Surname said that N people were detained. " with a new name and N each time,
    cut to ``size`` characters (issue 11 item 4: name grouping over many distinct names)."""
    parts: list[str] = []
    length = 0
    index = 0
    while length < size:
        parts.append(f"{person_name(index)} said that {100 + index} people were detained. ")
        length += len(parts[-1])
        index += 1
    return "".join(parts)[:size]


def fitted(lines: Sequence[str], size: int) -> str:
    """``lines`` repeated in turn while they fit, then a comment line to make up ``size``."""
    out: list[str] = []
    length = 0
    index = 0
    while length + len(lines[index % len(lines)].format(i=index)) <= size:
        out.append(lines[index % len(lines)].format(i=index))
        length += len(out[-1])
        index += 1
    rest = size - length
    if rest == 1:
        out.append("\n")
    elif rest > 1:
        out.append("#" + "x" * (rest - 2) + "\n")
    return "".join(out)


def toml_nested_lines(size: int) -> str:
    """Lines of ``k = `` then 600 nested ``[`` and their ``]``, cut to ``size``."""
    return repeated("k = " + "[" * 600 + "]" * 600 + "\n", size)


def toml_dotted_key(size: int) -> str:
    """One key of about ``size // 2`` dotted parts, ``a.a.a...a = 1`` (a leading space
    makes up an odd size)."""
    dots = (size - 5) // 2
    return " " * (size - 5 - 2 * dots) + "a" + ".a" * dots + " = 1"


def toml_tables(size: int) -> str:
    """Many differently named tables, ``[t0]`` ``x = 1`` ``[t1]`` ..., of ``size``."""
    return fitted(["[t{i}]\nx = 1\n"], size)


def toml_sources(size: int) -> str:
    """A valid story.toml: a title, then ``[[sources]]`` entries for s0.txt, s1.txt, ..."""
    entry = '[[sources]]\nfile = "s{i}.txt"\noutlet = "Outlet {i}"\npublished = 2025-01-31\n\n'
    return 'title = "adversarial"\n' + fitted([entry], size - 22)


def toml_long_string(size: int) -> str:
    """A valid story.toml whose title is one string of ``size`` characters in all."""
    return 'title = "' + "a" * max(0, size - 11) + '"\n'


STAGE_INPUTS: dict[str, Callable[[int], str]] = {
    "digits-commas 1,2,3,...": counting_with_commas,
    "grouped 1,000,000,...": grouped_digits,
    "digits only 1234567890...": lambda n: repeated("1234567890", n),
    "over over over ": lambda n: repeated("over ", n),
    "over over ... over 1,200": lambda n: ending_with("over ", "1,200", n),
    "nested (((...)))": lambda n: nested("(", ")", n),
    "nested [[[...]]]": lambda n: nested("[", "]", n),
    "a.a.a.": lambda n: repeated("a.", n),
    "one line, no punctuation": lambda n: repeated(sample_words(), n),
    "newlines only": lambda n: "\n" * n,
    "Aa Bb Cc capitalised": capitalised_words,
    "May May May ": lambda n: repeated("May ", n),
    "May May ... May 2020": lambda n: ending_with("May ", "2020", n),
    "since since ... since 2020": lambda n: ending_with("since ", "2020", n),
}
PIPELINE_INPUTS: dict[str, Callable[[int], str]] = {
    "line of '1,'": lambda n: repeated("1,", n),
    "line of '$1.4 billion '": lambda n: repeated("$1.4 billion ", n),
    "line of '12.5% '": lambda n: repeated("12.5% ", n),
    "line of 'between 1 and 2 and '": lambda n: repeated("between 1 and 2 and ", n),
    "line of 'January January January 2020 '": lambda n: repeated(
        "January January January 2020 ", n
    ),
    "line of 'one hundred and twenty thousand '": lambda n: repeated(
        "one hundred and twenty thousand ", n
    ),
    "'Given Surname said that N people...'": named_sayings,
}
MARKDOWN_INPUTS: dict[str, Callable[[int], str]] = {
    "line of '['": lambda n: "[" * n,
    "line of ']('": lambda n: repeated("](", n),
    "line of '!['": lambda n: repeated("![", n),
}
TOML_INPUTS: dict[str, Callable[[int], str]] = {
    "lines of 600 nested '['": toml_nested_lines,
    "one dotted key a.a.a...": toml_dotted_key,
    "many [tables]": toml_tables,
    "many [[sources]] (valid)": toml_sources,
    "one long string (valid)": toml_long_string,
}
INPUTS: dict[str, Callable[[int], str]] = {
    **STAGE_INPUTS, **PIPELINE_INPUTS, **MARKDOWN_INPUTS, **TOML_INPUTS,
}  # fmt: skip


# --- inputs written as files (in the measured child, before the timed call) ---------------

_SCRATCH: list[Path] = []
"""The folder the children write their files in (made by ``main``, removed at the end)."""


def scratch() -> Path:
    """A new empty folder under the run's scratch folder."""
    if not _SCRATCH:
        _SCRATCH.append(Path(tempfile.mkdtemp(prefix="bench-adversarial-")))
    return Path(tempfile.mkdtemp(dir=_SCRATCH[0]))


def remove_scratch() -> None:
    """Remove the run's scratch folder and everything the children wrote in it."""
    if _SCRATCH:
        shutil.rmtree(_SCRATCH.pop(), ignore_errors=True)


def toml_file(text: str) -> Path:
    """``text`` written as story.toml in a new scratch folder; its path."""
    path = scratch() / "story.toml"
    path.write_text(text, encoding="utf-8")
    return path


def story_folder(text: str) -> Path:
    """A story folder: ``text`` as its story.toml, and one short article s0.txt."""
    folder = toml_file(text).parent
    (folder / "s0.txt").write_text("Over 1,200 people were detained in May 2020.\n")
    return folder
