"""Tagged clause -> propositions (who did what to whom); two propositions -> same one or not.

A prototype, measured by ``benchmarks/propositions_probe.py`` and not part of the pipeline.

Contracts:

* ``align(text, words) -> list[tuple[int, int]]``: where each of a tokenizer's words stands
  in ``text`` (a word the tokenizer rewrote gets an empty span at the cursor).
* ``propositions(text, tagged, lemmatize=...) -> list[Proposition]``: one proposition per
  verb chunk of a sentence that a shallow parser tagged and chunked (Penn tags, IOB chunk
  tags "B-NP", "I-VP", "O", and whether the word lies in a prepositional phrase). The
  subject is the nearest noun phrase before the verb chunk since the previous verb chunk
  (or the previous proposition's subject across "and"), the object the first noun phrase
  after it before the next verb chunk, the agent of a passive the noun phrase after "by".
  A noun phrase's head is its name kept whole (a run of proper nouns, lower case) or the
  lemma of its last noun. Negation, modality and the hedges of ``crosscheck.certainty``
  are read per proposition.
* ``same_proposition(a, b, rare) -> str | None``: why two propositions of different sources
  state one thing ("kill: gunman = gunman"), or ``None``. Same predicate (lemma or class),
  same polarity, a reporting verb never, and arguments that agree in role (the doer of an
  active verb is the agent of a passive one), at least one of them, none of two different
  names; a verb of the ``light`` list needs both. ``rare(word)`` says whether a common noun
  is rare enough in the story to stand for a name.

Pure functions; no parser is imported here (the caller tags), so the module runs without
one. Word lists live in ``benchmarks/propositions.toml``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from crosscheck.certainty.reading import find_hedges
from crosscheck.errors import LexiconError
from crosscheck.language import DEFAULT_LANGUAGE
from crosscheck.model import CertaintyLevel
from crosscheck.text.words import lemma as noun_lemma


@dataclass(frozen=True, slots=True, kw_only=True)
class Tagged:
    """One word of a tagged sentence: its span in the sentence, Penn tag and chunk tag."""

    text: str
    start: int
    end: int
    tag: str
    chunk: str  # "B-NP", "I-NP", "B-VP", "O", ...
    in_pp: bool = False  # inside a prepositional phrase ("on Tuesday")


@dataclass(frozen=True, slots=True, kw_only=True)
class Argument:
    """A subject, object or agent: its head ("gunman", "barack obama") and its span."""

    head: str
    start: int
    end: int
    named: bool = False  # a run of proper nouns, kept whole
    pronoun: bool = False  # names nobody on its own


@dataclass(frozen=True, slots=True, kw_only=True)
class Proposition:
    """One clause: ``subject predicate object`` with its polarity and certainty.

    Offsets are local to the sentence. ``start``/``end`` span the clause from its subject
    (or verb) to its object (or verb); ``figures`` are the numbers written in that span.
    """

    predicate: str
    verb: str  # the predicate as written
    verb_start: int
    verb_end: int
    start: int
    end: int
    subject: Argument | None = None
    object: Argument | None = None
    agent: Argument | None = None
    passive: bool = False
    negated: bool = False
    modal: bool = False
    hedged: bool = False
    reporting: bool = False
    figures: tuple[str, ...] = ()

    @property
    def doer(self) -> Argument | None:
        """Who acts: the subject of an active verb, the "by" agent of a passive one."""
        return self.agent if self.passive else self.subject

    @property
    def undergoer(self) -> Argument | None:
        """What is acted on: the object of an active verb, the subject of a passive one."""
        return self.subject if self.passive else self.object


@dataclass(frozen=True, slots=True, kw_only=True)
class PropositionWords:
    """The word lists propositions are read and compared with (see ``words_from``)."""

    auxiliaries: frozenset[str]
    passive_helpers: frozenset[str]
    negations: frozenset[str]
    modals: frozenset[str]
    reporting: frozenset[str]
    light: frozenset[str]
    pronouns: frozenset[str]
    coordinators: frozenset[str]
    agent_preposition: str
    classes: Mapping[str, frozenset[str]]  # word -> the predicate classes it belongs to


def words_from(table: Mapping[str, object]) -> PropositionWords:
    """Validate a table of word lists (the shape of ``benchmarks/propositions.toml``)."""

    def words(key: str) -> frozenset[str]:
        value = table.get(key)
        if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
            raise LexiconError(f"{key!r} must be a list of words")
        return frozenset(w.lower() for w in value)

    groups = table.get("classes")
    preposition = table.get("agent_preposition")
    if not isinstance(groups, dict) or not isinstance(preposition, str):
        raise LexiconError("'classes' must be a table and 'agent_preposition' a word")
    classes: dict[str, set[str]] = {}
    for name, members in groups.items():
        if not isinstance(members, list):
            raise LexiconError(f"class {name!r} must be a list of words")
        for word in members:
            classes.setdefault(str(word).lower(), set()).add(str(name))
    return PropositionWords(
        auxiliaries=words("auxiliaries"),
        passive_helpers=words("passive_helpers"),
        negations=words("negations"),
        modals=words("modals"),
        reporting=words("reporting"),
        light=words("light"),
        pronouns=words("pronouns"),
        coordinators=words("coordinators"),
        agent_preposition=preposition.lower(),
        classes={w: frozenset(c) for w, c in classes.items()},
    )


# --------------------------------------------------------------------------- reading


_SLACK = 8  # characters a word may stand past the previous one before it counts as rewritten


def align(text: str, words: Sequence[str]) -> list[tuple[int, int]]:
    """Where each word stands in ``text``, searched left to right from the previous one."""
    spans: list[tuple[int, int]] = []
    cursor = 0
    for word in words:
        at = text.find(word, cursor) if word else -1
        if at < 0 or at - cursor > len(word) + _SLACK:
            spans.append((cursor, cursor))  # rewritten by the tokenizer (a curly apostrophe)
            continue
        spans.append((at, at + len(word)))
        cursor = at + len(word)
    return spans


@dataclass(frozen=True, slots=True, kw_only=True)
class _Chunk:
    kind: str  # "NP", "VP", "PP", ... or "O" for a word outside any chunk
    words: tuple[Tagged, ...]
    in_pp: bool


def _chunks(tagged: Sequence[Tagged]) -> list[_Chunk]:
    chunks: list[_Chunk] = []
    current: list[Tagged] = []
    kind = "O"
    for word in tagged:
        label = word.chunk.split("-", 1)
        if current and (label[0] != "I" or label[-1] != kind):
            chunks.append(_Chunk(kind=kind, words=tuple(current), in_pp=current[0].in_pp))
            current = []
        kind = label[-1] if label[0] in ("B", "I") else "O"
        current.append(word)
    if current:
        chunks.append(_Chunk(kind=kind, words=tuple(current), in_pp=current[0].in_pp))
    return chunks


def _argument(chunk: _Chunk, words: PropositionWords) -> Argument | None:
    """The head of a noun phrase: its last run of proper nouns, else its last noun."""
    tokens = chunk.words
    run: list[Tagged] = []
    last_run: list[Tagged] = []
    for t in tokens:
        if t.tag.startswith("NNP") and t.text[:1].isupper():
            run.append(t)
        else:
            if run:
                last_run = run
            run = []
    if run:
        last_run = run
    if last_run:
        head = " ".join(t.text.lower().replace("\u2019", "'") for t in last_run)
        return Argument(head=head, start=last_run[0].start, end=last_run[-1].end, named=True)
    nouns = [t for t in tokens if t.tag.startswith(("NN", "PRP", "CD"))]
    if not nouns:
        return None
    last = nouns[-1]
    lower = last.text.lower()
    if last.tag.startswith("PRP") or lower in words.pronouns:
        return Argument(head=lower, start=last.start, end=last.end, pronoun=True)
    if last.tag == "CD":
        return None  # a bare number is a figure, not who or what
    return Argument(head=noun_lemma(lower, DEFAULT_LANGUAGE), start=last.start, end=last.end)


def _verb(chunk: _Chunk, words: PropositionWords) -> tuple[Tagged | None, bool, bool, bool]:
    """The main verb of a verb chunk, and whether it is passive, negated, modal."""
    verbs = [t for t in chunk.words if t.tag.startswith("VB")]
    lower = [t.text.lower().replace("\u2019", "'") for t in chunk.words]
    negated = any(w in words.negations for w in lower)
    modal = any(t.tag == "MD" or w in words.modals for t, w in zip(chunk.words, lower, strict=True))
    if not verbs:
        return None, False, negated, modal
    main = verbs[-1]
    helpers = [t.text.lower() for t in verbs[:-1]]
    passive = main.tag == "VBN" and any(h in words.passive_helpers for h in helpers)
    return main, passive, negated, modal


def propositions(
    text: str,
    tagged: Sequence[Tagged],
    words: PropositionWords,
    *,
    lemmatize: Callable[[str], str] = str.lower,
    skip: Sequence[tuple[int, int]] = (),
) -> list[Proposition]:
    """The propositions of one tagged sentence, in text order (see the module's docstring).

    No argument is read from a noun phrase that overlaps a span of ``skip`` (the sentence's
    dates and figures: "on Tuesday" is when, not who).
    """
    chunks = [c for c in _chunks(tagged) if not (c.kind == "NP" and _overlaps(c, skip))]
    found: list[Proposition] = []
    last_vp = -1
    for i, chunk in enumerate(chunks):
        if chunk.kind != "VP":
            continue
        main, passive, negated, modal = _verb(chunk, words)
        if main is None:
            last_vp = i
            continue
        after = chunks[i + 1] if i + 1 < len(chunks) else None
        if after is not None and after.kind == "O":
            negated = negated or after.words[0].text.lower() in words.negations
        subject = _subject(chunks, last_vp, i, found, words)
        obj, agent, end_chunk = _object(chunks, i, words, passive)
        predicate = lemmatize(main.text).lower()
        start = subject.start if subject is not None else chunk.words[0].start
        start = min(start, chunk.words[0].start)
        end = max([chunk.words[-1].end, *(a.end for a in (obj, agent) if a is not None)])
        figures = tuple(t.text for c in chunks[i : end_chunk + 1] for t in c.words if t.tag == "CD")
        found.append(
            Proposition(
                predicate=predicate,
                verb=main.text,
                verb_start=main.start,
                verb_end=main.end,
                start=start,
                end=end,
                subject=subject,
                object=obj,
                agent=agent,
                passive=passive,
                negated=negated,
                modal=modal,
                hedged=find_hedges(text, main.start, main.end, lang=DEFAULT_LANGUAGE).level
                is CertaintyLevel.HEDGED,
                reporting=predicate in words.reporting or main.text.lower() in words.reporting,
                figures=figures,
            )
        )
        last_vp = i
    return found


def _overlaps(chunk: _Chunk, spans: Sequence[tuple[int, int]]) -> bool:
    first, last = chunk.words[0].start, chunk.words[-1].end
    return any(start < last and first < end for start, end in spans)


def _subject(
    chunks: Sequence[_Chunk],
    last_vp: int,
    at: int,
    found: Sequence[Proposition],
    words: PropositionWords,
) -> Argument | None:
    """The nearest noun phrase before the verb chunk at ``at``, back to the previous verb
    chunk; across a coordinator right before it ("shot and killed") the previous subject."""
    for j in range(at - 1, last_vp, -1):
        if chunks[j].kind == "NP" and not chunks[j].in_pp:
            return _argument(chunks[j], words)
    between = [t.text.lower() for c in chunks[last_vp + 1 : at] for t in c.words]
    if found and last_vp >= 0 and between and all(w in words.coordinators for w in between):
        return found[-1].subject
    return None


def _object(
    chunks: Sequence[_Chunk], at: int, words: PropositionWords, passive: bool
) -> tuple[Argument | None, Argument | None, int]:
    """The object after the verb chunk at ``at`` and, for a passive, the "by" agent; and the
    index of the last chunk read (the clause ends before the next verb chunk or a comma)."""
    obj: Argument | None = None
    agent: Argument | None = None
    last = at
    for j in range(at + 1, len(chunks)):
        chunk = chunks[j]
        if chunk.kind == "VP" or (chunk.kind == "O" and chunk.words[0].text in ",;:"):
            break
        last = j
        if chunk.kind != "NP":
            continue
        if not chunk.in_pp and obj is None and not passive:
            obj = _argument(chunk, words)
        elif passive and agent is None and chunk.in_pp:
            before = chunks[j - 1].words
            if before and before[-1].text.lower() == words.agent_preposition:
                agent = _argument(chunk, words)
    return obj, agent, last


# --------------------------------------------------------------------------- comparing


def same_predicate(a: str, b: str, words: PropositionWords) -> bool:
    """Whether two predicate lemmas name one act: equal, or in one class of the word lists."""
    if a == b:
        return True
    return bool(words.classes.get(a, frozenset()) & words.classes.get(b, frozenset()))


def compatible(a: Argument, b: Argument, rare: Callable[[str], bool]) -> bool | None:
    """Whether two arguments name one thing: True, False (two different names), or None
    (nothing to say: a pronoun, two different common nouns, a name and a frequent noun)."""
    if a.pronoun or b.pronoun:
        return None
    if a.head == b.head:
        return True
    if a.named and b.named:
        return a.head.split()[-1] in b.head.split() or b.head.split()[-1] in a.head.split()
    if a.named != b.named:
        return True if rare(b.head if a.named else a.head) else None
    return None


def same_proposition(
    a: Proposition,
    b: Proposition,
    words: PropositionWords,
    rare: Callable[[str], bool],
    *,
    distinctive_only: bool = True,
) -> str | None:
    """Why ``a`` and ``b`` state one thing, or ``None`` (see the module's docstring).

    An agreeing argument is distinctive when it is a name or a noun ``rare`` in the story;
    one distinctive agreement or two agreements are needed, two for a ``light`` verb. With
    ``distinctive_only`` false any one agreement will do (the loose reading, for measuring).
    """
    if a.reporting or b.reporting or a.negated != b.negated:
        return None
    if not same_predicate(a.predicate, b.predicate, words):
        return None
    agree: list[str] = []
    distinctive = False
    for x, y in ((a.doer, b.doer), (a.undergoer, b.undergoer)):
        if x is None or y is None:
            continue
        verdict = compatible(x, y, rare)
        if verdict is False:
            return None
        if verdict:
            agree.append(f"{x.head} = {y.head}")
            distinctive = distinctive or x.named or y.named or rare(x.head)
    light = a.predicate in words.light or b.predicate in words.light
    if len(agree) < (2 if light else 1):
        return None
    if len(agree) == 1 and distinctive_only and not distinctive:
        return None
    return f"{a.predicate}: " + "; ".join(agree)
