"""The sample story (``sources/belarus``) as the name and certainty tests read it: its
sources, and each source's sentences split by hand (not by the package's sentence splitter),
so that a test of a finder does not rest on the splitter it may be run against.

The story's entries and the lines that are no article text (``leftovers``) come from
``tests/cases/names/belarus.toml``.
"""

from __future__ import annotations

import re
from pathlib import Path

from casefiles import read_file

from crosscheck.model import Sentence, Source

SAMPLE = Path(__file__).resolve().parents[1] / "sources" / "belarus"

# A sentence ends after . ! or ? (and closing quotes) before a capital or an opening quote,
# also when the space is missing ("dissent.The"), but not after "Dr." or "U.S.".
_BOUNDARY = re.compile(
    r"(?<!\bDr\.)(?<!U\.S\.)(?<=[.!?])[\"\u201d\u2019]?(?:\s+|(?<=[a-z][.!?])(?=[A-Z\u201c\"]))(?=[\"\u201cA-Z])"
)


def split_sentences(text: str, leftovers: tuple[str, ...]) -> tuple[Sentence, ...]:
    """The sample's sentences: paragraphs (lines) that are not leftovers, split at full stops."""
    found: list[Sentence] = []
    position = 0
    for line in text.splitlines(keepends=True):
        start = position + len(line) - len(line.lstrip())
        position += len(line)
        body = line.strip()
        if not body or body.startswith(leftovers):
            continue
        begin = 0
        pieces = [*(m.span() for m in _BOUNDARY.finditer(body)), (len(body), len(body))]
        for stop, after in pieces:
            piece = body[begin:stop].strip()
            if piece:
                first = start + body.index(piece, begin)
                found.append(Sentence(start=first, end=first + len(piece), text=piece))
            begin = after
    return tuple(found)


def sample_story(
    order: list[str] | None = None,
) -> tuple[list[Source], dict[str, tuple[Sentence, ...]]]:
    """The sample story as sources (in report order, or in ``order`` of their ids) and
    each source's hand-split sentences."""
    story = read_file("names", "belarus")
    leftovers = tuple(story["leftovers"])
    entries = {e["id"]: e for e in story["source"]}
    sources = [
        Source(
            id=i,
            text=(SAMPLE / f"{i}.txt").read_text(encoding="utf-8"),
            published=entries[i].get("published"),
        )
        for i in order or list(entries)
    ]
    return sources, {s.id: split_sentences(s.text, leftovers) for s in sources}
