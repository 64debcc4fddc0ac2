"""Date claims: a sentence's times -> Claim records of the events they date.

Also the two bounds every claim shares: how many tokens around a figure or date are read
(``WINDOW``) and how much of its sentence a claim carries (``sentence_window``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache

from crosscheck.certainty import SentenceReading, attribution_in, hedges_in
from crosscheck.errors import LexiconError
from crosscheck.frame_words import frame_words
from crosscheck.frames import date_event
from crosscheck.lexicon import lexicon_path, load_lexicon, require
from crosscheck.model import (
    GRANULARITY_RANK,
    Claim,
    Granularity,
    Sentence,
    Source,
    TimeRef,
    Unit,
)
from crosscheck.words import Token, TokenIndex, canonical_subject, claim_words, find_metric, lemma

DATE_KIND = "date"

# Punctuation that ends the clause a figure belongs to.
CLAUSE_END = frozenset(
    {",", ";", ":", ".", "!", "?", "\u2013", "\u2014", "(", ")", "|", "“", "”", '"'}
)
# How many tokens on each side of a figure or date are read: far more than any subject,
# metric or event window, and a bound that keeps one huge "sentence" linear.
WINDOW = 40
# The most characters of its sentence a claim carries (see Claim).
SENTENCE_WINDOW = 300


def sentence_window(sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """At most ``SENTENCE_WINDOW`` characters of the sentence around a claim's span.

    The whole sentence when it is short enough; the claim's own span when it is longer;
    otherwise a window centred on the claim, so one claim carries a bounded quote.
    """
    if sentence.end - sentence.start <= SENTENCE_WINDOW:
        return sentence.start, sentence.end
    if end - start >= SENTENCE_WINDOW:
        return start, end
    spare = SENTENCE_WINDOW - (end - start)
    first = max(sentence.start, start - spare // 2)
    last = min(sentence.end, first + SENTENCE_WINDOW)
    first = max(sentence.start, last - SENTENCE_WINDOW)
    return first, last


# --- dates -----------------------------------------------------------------------------

DATED = "dated"


@dataclass(frozen=True, slots=True)
class DateClaimWords:
    """The ``[date_claims]`` table of ``time.toml``: how a date's noun phrase is read."""

    joiners: frozenset[str]
    auxiliaries: frozenset[str]
    determiners: frozenset[str]
    possessive_endings: tuple[str, ...]
    object_verb_endings: tuple[str, ...]
    participle_endings: tuple[str, ...]


@cache
def date_claim_words() -> DateClaimWords:
    """The ``[date_claims]`` table, read once."""
    data = require(load_lexicon("time"), "date_claims", dict, "time")

    def words(key: str) -> list[str]:
        return [str(x).lower() for x in require(data, key, list, "time")]

    return DateClaimWords(
        joiners=frozenset(words("joiners")),
        auxiliaries=frozenset(words("auxiliaries")),
        determiners=frozenset(words("determiners")),
        possessive_endings=tuple(words("possessive_endings")),
        object_verb_endings=tuple(words("object_verb_endings")),
        participle_endings=tuple(words("participle_endings")),
    )


def date_claim(
    source: Source,
    reading: SentenceReading,
    sentence: Sentence,
    index: TokenIndex,
    t: TimeRef,
) -> Claim | None:
    """A date claim: what happened then (event word) to what (noun phrase).

    Only a date attached to an event gets a frame (``what`` and ``event``) and is compared.
    A date with no event word near ("in a statement Tuesday", "violations committed in
    2023") is still listed, with the metric "dated", about the noun phrase it is said of;
    so is a date used as a label of a noun ("the 2016 election", where another year names
    another election): neither is ever compared.
    """
    following = index.after(t.end, 1)
    label = t.modifier is None and bool(following) and following[0].is_word
    first = max(0, index.first_at_or_after(t.start) - WINDOW)
    tokens = index.tokens[first : index.first_at_or_after(t.end) + WINDOW]
    event = _event_near(tokens, t)
    if event is not None:
        event_index, metric = event
        subject_tokens = _event_subject(tokens, event_index)
    else:
        metric = DATED
        opened = not index.has_word_before(index.first_at_or_after(t.start))
        subject_tokens = _plain_date_subject(tokens, t, opens_sentence=opened)
    subject_words = [lemma(x.text) for x in subject_tokens]
    before, after = index.before(t.start, WINDOW), index.after(t.end, WINDOW)
    loose = t.modifier is None and t.granularity is not Granularity.DAY  # "Election Night 2013"
    attached = None if label or loose else date_event(before, after)
    if attached is None and event is not None and t.modifier in _boundary_modifiers():
        attached = (event[1], len(before))  # "investigating violations since May 2020"
    what = ""
    if attached is not None:
        what = canonical_subject(subject_words) if event is not None and subject_words else ""
        if not what and attached[1] < len(before):
            phrase = _noun_phrase_backward(tuple(before), attached[1])
            what = canonical_subject([lemma(x.text) for x in phrase]) if phrase else ""
        if what or attached[0] not in frame_words().generic_events:
            what = what or attached[0]
            subject_words = subject_words or what.split()
        else:
            attached = None  # "meetings that occurred on September 1": what happened?
    stems, names = event_key(*_key_clause(tokens, t), full_date=_closes_full_date(t))
    if _labels_noun(source.text, t):
        stems = ()  # "this year's State of the Union": names which one, dates no event
    if not subject_words and not stems:
        return None
    local_start, local_end = t.start - sentence.start, t.end - sentence.start
    window_start, window_end = sentence_window(sentence, t.start, t.end)
    subject = canonical_subject(subject_words) if subject_words else " ".join(names)
    return Claim(
        source=source.id,
        start=t.start,
        end=t.end,
        text=source.text[t.start : t.end],
        sentence=source.text[window_start:window_end],
        sentence_start=window_start,
        sentence_end=window_end,
        subject=subject,
        metric=metric,
        kind=DATE_KIND,
        value=None,
        time=t,
        certainty=hedges_in(reading, local_start, local_end),
        attribution=attribution_in(reading, local_start, local_end),
        notes=(t.note,) if t.note else (),
        what=what,
        event=attached[0] if attached is not None else "",
        event_stems=stems,
        event_words=names,
    )


def keyed_only(claim: Claim, figures: Sequence[Claim]) -> Claim | None:
    """A date claim of a time ``figures`` are said of, kept only for its event key: "who died
    in Minneapolis last month", "killing at least 67 people last September" date the death
    and the attack, and pair with another source's date of that event by key (date_match),
    but get no frame of their own, so the frame matcher never compares them as periods.
    None when a count counts the events themselves ("five hearings held so far this year":
    a period holding many hearings, not the date of one)."""
    stems = set(claim.event_stems)
    for figure in figures:
        counts = figure.value is not None and figure.value.unit is Unit.COUNT
        head = figure.what.split()[-1] if figure.what else ""
        if counts and head and stem(head) in stems:
            return None
    return replace(claim, what="", event="", metric=DATED)


@dataclass(frozen=True, slots=True)
class DateEventWords:
    """The ``[date_events]`` table of ``time.toml``: how a date's event key is read."""

    window: int
    per_side: int
    min_stem: int
    suffixes: tuple[str, ...]
    generic: frozenset[str]
    stems: dict[str, str]
    verb_suffixes: tuple[str, ...]
    verb_min: int
    event_nouns: frozenset[str]
    clause_openers: frozenset[str]
    name_joiners: frozenset[str]
    label_after: tuple[str, ...]
    classes: dict[str, str]
    statement_verbs: frozenset[str]
    weak_words: int
    synonyms: dict[str, str]
    phrases: dict[tuple[str, str], str]
    nouns: frozenset[str]
    noun_before: frozenset[str]

    def predicate(self, word: str) -> bool:
        """Whether a folded word may name an event: a verb form or an event noun."""
        if word in self.event_nouns or word in self.stems or word in self.classes:
            return True
        if word in self.synonyms:
            return True
        return len(word) >= self.verb_min and word.endswith(self.verb_suffixes)


@cache
def date_event_words() -> DateEventWords:
    """The ``[date_events]`` table, read once."""
    data = require(load_lexicon("time"), "date_events", dict, "time")
    more = load_lexicon(_MORE)
    nouns = require(more, "nouns", dict, _MORE)
    suffixes = [str(x).lower() for x in require(data, "suffixes", list, "time")]
    return DateEventWords(
        window=int(require(data, "window", int, "time")),
        per_side=int(require(data, "predicates_per_side", int, "time")),
        min_stem=int(require(data, "min_stem", int, "time")),
        suffixes=tuple(sorted(suffixes, key=len, reverse=True)),
        generic=frozenset(str(x).lower() for x in require(data, "generic", list, "time")),
        stems={
            str(k).lower(): str(v)
            for table in (require(data, "stems", dict, "time"), require(more, "stems", dict, _MORE))
            for k, v in table.items()
        },
        verb_suffixes=tuple(str(x).lower() for x in require(data, "verb_suffixes", list, "time")),
        verb_min=int(require(data, "verb_min", int, "time")),
        event_nouns=frozenset(
            str(x).lower()
            for nouns_of in (
                require(data, "event_nouns", list, "time"),
                require(more, "event_nouns", list, _MORE),
            )
            for x in nouns_of
        ),
        clause_openers=frozenset(
            str(x).lower() for x in require(data, "clause_openers", list, "time")
        ),
        name_joiners=frozenset(
            str(x).lower() for x in require(data, "name_joiners", list, "time")
        ),
        label_after=tuple(str(x) for x in require(data, "label_after", list, "time")),
        classes=_event_classes(
            frozenset(str(x) for x in require(data, "not_event_classes", list, "time"))
        ),
        statement_verbs=frozenset(
            str(x).lower() for x in require(data, "statement_verbs", list, "time")
        ),
        weak_words=int(require(data, "weak_words", int, "time")),
        synonyms={
            **_classes(require(data, "synonyms", dict, "time"), "time"),
            **_classes(require(more, "synonyms", dict, _MORE), _MORE),
        },
        phrases={
            (first, second): name
            for phrase, name in _classes(require(more, "phrases", dict, _MORE), _MORE).items()
            for first, second in [phrase.split()]
        },
        nouns=frozenset(str(x).lower() for x in require(nouns, "words", list, _MORE)),
        noun_before=frozenset(
            str(x).lower()
            for key in ("determiners", "noun_modifiers")
            for x in require(nouns, key, list, _MORE)
        ),
    )


# The lexicon of event keys that adds to time.toml's [date_events] (synonyms, phrases, nouns).
_MORE = "date_events"


def _classes(table: dict[str, object], name: str) -> dict[str, str]:
    """A table of classes (class -> words or phrases) as word -> class, folded."""
    found: dict[str, str] = {}
    for cls, group in table.items():
        if not isinstance(group, list):
            raise LexiconError(f"class {cls!r} must be a list", path=lexicon_path(name))
        found.update({str(w).lower(): str(cls) for w in group})
    return found


@cache
def weak_stems() -> frozenset[str]:
    """The stems of the ``weak_predicates`` of ``[date_events]`` and of date_events.toml:
    predicates that many events of one story share."""
    data = require(load_lexicon("time"), "date_events", dict, "time")
    more = require(load_lexicon(_MORE), "weak_predicates", list, _MORE)
    words = [*require(data, "weak_predicates", list, "time"), *more]
    return frozenset(stem(str(x)) for x in words)


def _event_classes(left_out: frozenset[str]) -> dict[str, str]:
    """One-word phrases of the event classes of ``events.toml`` -> their class."""
    fw = frame_words()
    skip = left_out | fw.ignored_events | fw.generic_events
    return {p[0]: name for p, name in fw.events.items() if len(p) == 1 and name not in skip}


def _labels_noun(text: str, t: TimeRef) -> bool:
    """A relative year or longer period with a possessive after it ("last year's attack")."""
    if not t.relative or GRANULARITY_RANK[t.granularity] < GRANULARITY_RANK[Granularity.YEAR]:
        return False
    return text.startswith(date_event_words().label_after, t.end)


def stem(word: str) -> str:
    """A word's stem for comparing predicates: its synonym class ("hearing" -> "testified"),
    its event class ("died" -> "killed"), its
    entry in the stems table ("met" -> "meet"), or the word less a suffix ("testif")."""
    words = date_event_words()
    low = word.lower()
    if low in words.synonyms:
        return words.synonyms[low]
    if low in words.classes:
        return words.classes[low]
    if low in words.stems:
        return words.stems[low]
    return _cut(low)


def _cut(low: str) -> str:
    """A folded word less its longest suffix of ``[date_events]``."""
    words = date_event_words()
    for suffix in words.suffixes:
        if low.endswith(suffix) and len(low) - len(suffix) >= words.min_stem:
            return low[: -len(suffix)]
    return low


def _bare(token: Token) -> str:
    """A token folded, without a possessive ending ("Comey's" -> "comey")."""
    low = token.lower
    return low[:-2] if low.endswith(date_claim_words().possessive_endings) else low


def event_key(
    before: list[Token], after: list[Token], *, full_date: bool = False
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The key of the event a date belongs to, from the date's clause: (stems, words).

    Stems: of the ``predicates_per_side`` predicates (verb forms, event nouns) nearest the
    date on each side, among its ``window`` nearest content words ("was [fired] Tuesday",
    "the June 9 Trump Tower [meeting]"). Words: the other content words of the clause,
    folded: the names ("comey", "trump", "tower") and nouns ("show") it is said of.
    A ``full_date`` (a day with its year) that ends a caption dates the photo: no stems.
    """
    words = date_event_words()
    ignored = claim_words().stop_words | words.generic
    photo = full_date and _dates_photo(before, after)
    if photo or _dates_statement(before, after, words.statement_verbs):
        return (), _key_words(before, after, set(), ignored)
    opener = _opener(after, words.clause_openers)
    after = after if opener is None else after[:opener]
    stems: list[str] = []
    used: set[int] = set()
    before_side = list(_readings(before, ignored, after_date=False))[::-1]
    for side in (before_side, _readings(after, ignored, after_date=True)):
        found = seen = 0
        for token, predicate, others in side:
            if predicate is None:
                continue  # a name (capitalised: no distance), a mark or an ignored word
            seen += 1
            if seen > words.window or found >= words.per_side:
                break
            if predicate:
                stems.append(predicate)
                used.update({token.start, *others})
                found += 1
    return tuple(sorted(set(stems))), _key_words(before, after, used, ignored)


_Reading = tuple[Token, str | None, tuple[int, ...]]


def _readings(
    tokens: list[Token], ignored: frozenset[str], *, after_date: bool
) -> Iterator[_Reading]:
    """The words of one side of a date in reading order, each with the stem it gives as a
    predicate ("" for none; None for a word that counts for no distance: a name, a mark,
    an ignored word) and the starts of the other words of its phrase.

    A two-word phrase ("took office", "stepped down") is read as one predicate at its first
    word; a noun of ``nouns`` ("call") is one after a determiner, a modifier or the date.
    """
    words = date_event_words()
    skip = -1
    for i, token in enumerate(tokens):
        if not token.is_word or token.is_capitalised or token.start == skip:
            yield token, None if token.start != skip else "", ()
            continue
        low = _bare(token)
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        phrase = words.phrases.get((low, nxt.lower)) if nxt is not None else None
        if phrase is not None and nxt is not None:
            skip = nxt.start
            yield token, phrase, (nxt.start,)
        elif low in words.nouns:
            prev = tokens[i - 1] if i else None
            noun = prev.lower in words.noun_before if prev is not None else after_date
            yield token, low if noun else (None if low in ignored else ""), ()
        elif low in ignored:
            yield token, None, ()
        else:
            yield token, stem(low) if words.predicate(low) else "", ()


def _key_words(
    before: list[Token], after: list[Token], used: set[int], ignored: frozenset[str]
) -> tuple[str, ...]:
    """The content words of a date's clause that are no predicate used as its stem."""
    words = date_event_words()
    others = {_bare(x) for x in (*before, *after) if x.is_word and x.start not in used} - ignored
    others -= {x for x in others if words.predicate(x)}
    return tuple(sorted(others))


def _dates_photo(before: list[Token], after: list[Token]) -> bool:
    """A full date that ends its sentence after a place and a comma: a photo caption's ("Stone
    arrives for his trial at U.S. District Court in Washington, U.S., November 13, 2019.").
    It dates the photo, not the events its sentence names."""
    placed = len(before) > 1 and before[-1].text == "," and before[-2].is_capitalised
    return placed and not any(x.is_word or x.is_number for x in after)


def _dates_statement(before: list[Token], after: list[Token], verbs: frozenset[str]) -> bool:
    """Whether a speech verb stands right next to the date: it dates the statement. A word
    of ``nouns`` read as a noun is none ("in a call on July 25", "the July 25 call")."""
    nouns = date_event_words()
    if before and before[-1].lower in verbs:
        noun = len(before) > 1 and before[-2].lower in nouns.noun_before
        if not (before[-1].lower in nouns.nouns and noun):
            return True
    return bool(after) and after[0].lower in verbs and after[0].lower not in nouns.nouns


@cache
def _boundary_modifiers() -> frozenset[str]:
    """Scope words that open or close a period ("since", "until"), from matching.toml."""
    groups = require(load_lexicon("matching"), "scope_groups", dict, "matching")
    return frozenset(str(m) for g in ("start", "end") for m in groups.get(g, []))


def _clause_tokens(tokens: tuple[Token, ...], t: TimeRef) -> tuple[list[Token], list[Token]]:
    """Tokens before and after a time reference within its clause.

    A time that opens its clause ("In 2023, the regime suspended ...") reaches past the
    comma that follows it; otherwise a comma after the time ends the clause.
    """
    before: list[Token] = []
    for token in reversed([x for x in tokens if x.end <= t.start]):
        if token.text in CLAUSE_END - {","}:
            break
        before.append(token)
    before.reverse()
    opens_clause = not [x for x in before if x.is_word or x.is_number]
    after: list[Token] = []
    for token in (x for x in tokens if x.start >= t.end):
        if token.text in CLAUSE_END - {","}:
            break
        if token.text == "," and not (opens_clause and not after):
            break
        after.append(token)
    return before, after


# A period inside a sentence is an abbreviation's (the splitter ended no sentence there:
# "Trump Jr. had met", "Gov. Gray Davis"): it ends no clause of a date's event key.
_ABBREVIATION_POINT = "."
# What follows a date that opens a timeline entry ("April 27, 2011: Obama releases ...").
_ENTRY_MARK = ":"


def _key_clause(tokens: tuple[Token, ...], t: TimeRef) -> tuple[list[Token], list[Token]]:
    """The clause of a date's event key: ``_clause_tokens`` read through what ends no clause
    of the event: the period of an abbreviation ("Trump Jr. had met"), the comma that
    closes a full date ("the June 9, 2016, Trump Tower meeting"), and the colon after a
    date that opens a timeline entry ("April 27, 2011: Obama releases ...")."""
    ends = CLAUSE_END - {",", _ABBREVIATION_POINT}
    before: list[Token] = []
    for token in reversed([x for x in tokens if x.end <= t.start]):
        if token.text in ends:
            break
        before.append(token)
    before.reverse()
    opens_clause = not [x for x in before if x.is_word or x.is_number]
    after: list[Token] = []
    rest = [x for x in tokens if x.start >= t.end]
    for i, token in enumerate(rest):
        first = not after
        if token.text == _ENTRY_MARK and first and opens_clause:
            continue
        if token.text in ends:
            break
        keeps = first and (opens_clause or _closes_full_date(t))
        nxt = rest[i + 1] if i + 1 < len(rest) else None
        if token.text == "," and not keeps and not _in_name_list(after, nxt):
            break
        after.append(token)
    return before, after


def _names_only(tokens: Sequence[Token]) -> bool:
    """Whether the words of a date's clause so far are all names ("Donald Trump Jr.")."""
    words = [x for x in tokens if x.is_word]
    return bool(words) and all(x.is_capitalised for x in words)


def _in_name_list(after: list[Token], nxt: Token | None) -> bool:
    """A comma between two names of a list that opens the clause after a date ("On June 9,
    2016, Donald Trump Jr., Jared Kushner and Paul Manafort met ..."): it ends no clause."""
    return nxt is not None and nxt.is_word and nxt.is_capitalised and _names_only(after)


def _opener(after: list[Token], openers: frozenset[str]) -> int | None:
    """The index of the first clause opener after a date; an "and" or "or" that joins the
    names of a list opening the clause is none ("Kushner and Paul Manafort met")."""
    for i, x in enumerate(after):
        if x.lower not in openers:
            continue
        nxt = after[i + 1] if i + 1 < len(after) else None
        joins = nxt is not None and nxt.is_capitalised and _names_only(after[:i])
        if not (joins and x.lower in date_event_words().name_joiners):
            return i
    return None


def _closes_full_date(t: TimeRef) -> bool:
    """A day with its year written ("June 9, 2016"): the comma after it closes the date."""
    return t.granularity is Granularity.DAY and t.text[-4:].isdigit() and t.minute_start is None


def _event_near(tokens: tuple[Token, ...], t: TimeRef) -> tuple[int, str] | None:
    """The nearest event word to a time: (index in tokens, canonical metric)."""
    words = claim_words()
    before, after = _clause_tokens(tokens, t)
    candidates: list[tuple[int, int, Token]] = []
    for distance, token in enumerate(reversed(before[-words.event_window :])):
        if token.is_word and token.lower in words.event_words:
            candidates.append((distance, 0, token))
    for distance, token in enumerate(after[: words.event_window]):
        if token.is_word and token.lower in words.event_words:
            candidates.append((distance, 1, token))
    for _, _, token in sorted(candidates, key=lambda c: (c[0], c[1])):
        found = find_metric([lemma(token.text)])
        if found is not None:
            return tokens.index(token), found[0]
    return None


def _event_subject(tokens: tuple[Token, ...], event_index: int) -> list[Token]:
    """The noun phrase an event word is said of.

    A nominal event ("the presidential election") is its own subject; an -ing verb takes
    its object ("investigating [alleged violations]"); any other verb the noun phrase
    before it ("[the group] was established"), or, opening the sentence, the subject after
    the first comma ("Established in April 2024 ..., [the Group of Independent Experts]").
    """
    words = claim_words()
    event = tokens[event_index]
    if event.lower in words.nominal_events:
        return _noun_phrase_backward(tokens, event_index + 1)
    if event.lower.endswith(date_claim_words().object_verb_endings):
        return _noun_phrase_forward(tokens, event_index + 1)
    phrase = _noun_phrase_backward(tokens, event_index)
    if phrase:
        return phrase
    comma = next((i for i in range(event_index + 1, len(tokens)) if tokens[i].text == ","), None)
    return [] if comma is None else _noun_phrase_forward(tokens, comma + 1)


def _plain_date_subject(
    tokens: tuple[Token, ...], t: TimeRef, *, opens_sentence: bool
) -> list[Token]:
    """The noun phrase a date with no event word is said of: before its preposition, or,
    for a date that opens the sentence, the subject after the comma."""
    before_index = next((i for i, x in enumerate(tokens) if x.start >= t.start), len(tokens))
    index = before_index
    while index > 0 and tokens[index - 1].lower.endswith(date_claim_words().participle_endings):
        index -= 1  # "violations committed in 2023": skip the participle
    phrase = _noun_phrase_backward(tokens, index)
    if phrase:
        return phrase
    after = next((i for i, x in enumerate(tokens) if x.start >= t.end), len(tokens))
    if opens_sentence and after < len(tokens) and tokens[after].text == ",":
        return _noun_phrase_forward(tokens, after + 1)
    return []


def _is_possessive(token: Token) -> bool:
    return token.lower.endswith(date_claim_words().possessive_endings)


def _noun_phrase_backward(tokens: tuple[Token, ...], end_index: int) -> list[Token]:
    """Content words ending right before ``end_index``, through auxiliaries ("was", "has been").

    Capitalised names run on through "of", "on", "the", "for", "in" ("Group of Independent
    Experts on the Human Rights Situation in Belarus"); a possessive ends the phrase.
    """
    words = claim_words()
    joiners = date_claim_words().joiners
    i = end_index - 1
    while i >= 0 and tokens[i].lower in date_claim_words().auxiliaries:
        i -= 1
    phrase: list[Token] = []
    while i >= 0 and len(phrase) < words.max_subject_words * 3:
        token = tokens[i]
        low = token.lower
        head = next((p for p in phrase if p.lower not in joiners), None)
        joins_name = low in joiners and head is not None and head.is_capitalised
        if not token.is_word or _is_possessive(token):
            break
        if low in words.stop_words and not joins_name:
            break
        phrase.insert(0, token)
        i -= 1
    while phrase and phrase[0].lower in joiners:
        phrase.pop(0)
    return [p for p in phrase if p.lower not in joiners]


def _noun_phrase_forward(tokens: tuple[Token, ...], start_index: int) -> list[Token]:
    """Content words from ``start_index``, after determiners and possessives, through
    capitalised names ("the Group of Independent Experts")."""
    words = claim_words()
    joiners, determiners = date_claim_words().joiners, date_claim_words().determiners
    i = start_index
    while i < len(tokens) and (tokens[i].lower in determiners or _is_possessive(tokens[i])):
        i += 1
    phrase: list[Token] = []
    while i < len(tokens) and len(phrase) < words.max_subject_words * 3:
        token = tokens[i]
        low = token.lower
        if token.is_word and low not in words.stop_words and not _is_possessive(token):
            phrase.append(token)
        elif not (low in joiners and phrase and phrase[-1].is_capitalised):
            break
        i += 1
    if phrase and not phrase[0].is_capitalised:
        phrase = phrase[: words.max_subject_words]
    return phrase
