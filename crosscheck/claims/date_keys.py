"""Event keys of dates: a date's clause -> (stems, words) naming the event it dates.

Two dates of different sources date one event when their keys share a predicate stem and a
key word (date_match). The stems are of the predicates nearest the date (verb forms, event
nouns, synonym classes: "fired" / "dismissal"); the words are the other content words of the
clause (names, nouns). Read from the ``[date_events]`` table of time.toml and from
date_events.toml. Pure functions of tokens; no English in code.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache

from crosscheck.claims.date_events import date_event_words, stem
from crosscheck.text.possessive import possessives
from crosscheck.text.words import Token, claim_words


def _bare(token: Token, lang: str) -> str:
    """A token folded, without a possessive ending ("Comey's" -> "comey")."""
    return _bare_word(token.lower, lang)


@lru_cache(maxsize=1 << 14)  # a story's words repeat; bounded memory
def _bare_word(low: str, lang: str) -> str:
    return possessives(lang).owner(low, _possessive_endings(lang))


@lru_cache(maxsize=1 << 14)
def _is_predicate(low: str, lang: str) -> bool:
    """``DateEventWords.predicate`` of a folded word, read once per word."""
    return date_event_words(lang).predicate(low)


@lru_cache(maxsize=1 << 14)
def _predicate_stem(low: str, lang: str) -> str:
    """The stem a folded word gives as a predicate, "" for a word that names no event."""
    return stem(low, lang) if date_event_words(lang).predicate(low) else ""


def event_key(
    before: list[Token], after: list[Token], *, full_date: bool = False, lang: str
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The key of the event a date belongs to, from the date's clause: (stems, words).

    Stems: of the ``predicates_per_side`` predicates (verb forms, event nouns) nearest the
    date on each side, among its ``window`` nearest content words ("was [fired] Tuesday",
    "the June 9 Trump Tower [meeting]"). Words: the other content words of the clause,
    folded: the names ("comey", "trump", "tower") and nouns ("show") it is said of.
    A ``full_date`` (a day with its year) that ends a caption dates the photo: no stems.
    """
    words = date_event_words(lang)
    ignored = _ignored(lang)
    photo = full_date and _dates_photo(before, after)
    if photo:
        return (), _key_words(before, after, set(), lang)
    if _dates_statement(before, after, words.statement_verbs, lang):
        announced = _announced(before, after, lang)
        if announced is None:
            return (), _key_words(before, after, set(), lang)
        key, used_by = announced  # "Ryan on Wednesday announced his retirement"
        return (key,), _key_words(before, after, used_by, lang)
    opener = _opener(after, words.clause_openers, lang)
    after = after if opener is None else after[:opener]
    stems: list[str] = []
    used: set[int] = set()
    before_side = (
        []
        if _modifies_noun(before, after, lang)
        else _readings(before, ignored, after_date=False, lang=lang)[::-1]
    )
    for side in (before_side, _readings(after, ignored, after_date=True, lang=lang)):
        found = seen = 0
        for k, (token, predicate, others) in enumerate(side):
            if found and side is before_side and _opens_clause_before(side, k, lang):
                break  # "pleaded guilty after he was [indicted] in May": the main clause's
            if stems and side is not before_side and token.lower in words.origins:
                break  # "[returned] Saturday from his trip": the trip is another event
            if predicate is None:
                continue  # a name (capitalised: no distance), a mark or an ignored word
            seen += 1
            if seen > words.window or found >= words.per_side:
                break
            if predicate:
                stems.append(predicate)
                used.update({token.start, *others})
                found += 1
    return tuple(sorted(set(stems))), _key_words(before, after, used, lang)


_Reading = tuple[Token, str | None, tuple[int, ...]]


def noun_after(before: list[Token], after: list[Token], lang: str) -> tuple[Token, ...]:
    """The noun phrase a date modifies (``_modifies_noun``): its content words right after
    it, up to ``NOUN_AFTER_WORDS`` and before the first stop word or mark ("an April 3 [news
    conference] that", "the July 30 [prison break] in"), or before a capitalised word right
    after a lower-case one (a gallery's title run into its caption: "Final days of the 2016
    [campaign] Clinton greets Lady Gaga"; claims66); () when the date modifies none or a
    word of the phrase is one of ``attributive_not_nouns`` ("the Sunday [talk shows]")."""
    if not _modifies_noun(before, after, lang):
        return ()
    stop = claim_words(lang).stop_words
    phrase: list[Token] = []
    for token in after[:NOUN_AFTER_WORDS]:
        if not token.is_word or token.lower in stop:
            break
        if phrase and phrase[-1].text[:1].islower() and token.text[:1].isupper():
            break
        phrase.append(token)
    shows = date_event_words(lang).attributive_not_nouns
    return () if any(x.lower in shows for x in phrase) else tuple(phrase)


# Most words of the noun phrase a date modifies ("the January 3rd [oral arguments]").
NOUN_AFTER_WORDS = 3


def _modifies_noun(before: list[Token], after: list[Token], lang: str) -> bool:
    """Whether the date modifies the noun after it: one of ``attributive_articles`` right
    before it and a content word right after it ("at [a] May 10 tax law conference"). Such
    a date dates that noun: the predicates before it are another event's. Not after one of
    ``clause_joiners`` ("the West Virginia primary [and] the May 17 contest"): the noun is
    one more of the nouns joined before it."""
    if not before or not after or not after[0].text[:1].isalpha():
        return False
    words = date_event_words(lang)
    if before[-1].lower not in words.attributive_articles or (
        len(before) > 1 and before[-2].lower in words.clause_joiners
    ):
        return False
    return after[0].lower not in claim_words(lang).stop_words


def _opens_clause_before(side: Sequence[_Reading], k: int, lang: str) -> bool:
    """Whether ``side[k]`` (the words before a date, read back from it) opens the date's
    own clause: a ``subordinators`` word, or a ``clause_joiners`` word after a comma ("accepted
    the deal[, and] pushed back this week"); "shot and killed Tuesday" joins no clause."""
    words = date_event_words(lang)
    low = side[k][0].lower
    if low in words.subordinators:
        return True
    comma = k + 1 < len(side) and side[k + 1][0].text == ","
    return comma and low in words.clause_joiners


@cache
def _ignored(lang: str) -> frozenset[str]:
    """Words that name no event: the claims' stop words and ``generic``."""
    return claim_words(lang).stop_words | date_event_words(lang).generic


def _readings(
    tokens: list[Token], ignored: frozenset[str], *, after_date: bool, lang: str
) -> list[_Reading]:
    """The words of one side of a date in reading order, each with the stem it gives as a
    predicate ("" for none; None for a word that counts for no distance: a name, a mark,
    an ignored word) and the starts of the other words of its phrase.

    A two-word phrase ("took office", "stepped down") is read as one predicate at its first
    word; a noun of ``nouns`` ("call") is one after a determiner, a modifier or the date.
    A word that opens no phrase is not paired with the next (``phrase_firsts``), and one
    without a present ending is no present verb (``_present_verb``'s own first test). A
    word right before one of ``labelled_people`` labels them ("the bombing victims"): no
    predicate.
    """
    words = date_event_words(lang)
    phrases, firsts, announcing, nouns = (
        words.phrases,
        words.phrase_firsts,
        words.announcing,
        words.nouns,
    )
    verb_min, present_endings = words.verb_min, words.present_endings
    read: list[_Reading] = []
    skip = -1
    count = len(tokens)
    for i, token in enumerate(tokens):
        first = token.text[:1]  # is_word and is_capitalised, read once
        if first.isupper() and not after_date and _names_event(tokens, i, lang):
            read.append((token, stem(_bare(token, lang), lang), ()))
            continue
        if not first.isalpha() or first.isupper() or token.start == skip:
            read.append((token, None if token.start != skip else "", ()))
            continue
        low = _bare_word(token.lower, lang)
        nxt = tokens[i + 1] if i + 1 < count and low in firsts else None
        phrase = phrases.get((low, nxt.lower)) if nxt is not None else None
        if phrase is not None and nxt is not None:
            skip = nxt.start
            read.append((token, phrase, (nxt.start,)))
        elif low in announcing and (obj := _event_object(tokens, i + 1, lang)) is not None:
            skip = obj.start  # "announced his retirement": the announcement of that event
            read.append((token, _announcement(low, obj, lang), (obj.start,)))
        elif low in nouns:
            # right after the date, or after the comma that closes it ("the July 25,
            # 2019, call"): the date modifies it
            at_date = after_date and all(not x.is_word for x in tokens[:i])
            prev = tokens[i - 1] if i else None
            noun = at_date or (prev is not None and prev.lower in words.noun_before)
            read.append((token, low if noun else (None if low in ignored else ""), ()))
        elif low in ignored:
            read.append((token, None, ()))
        elif (
            len(low) >= verb_min
            and low.endswith(present_endings)
            and _present_verb(tokens, i, low, lang)
        ):
            read.append((token, stem(low, lang), ()))  # "Obama releases his birth certificate"
        elif i + 1 < count and tokens[i + 1].lower in words.labelled_people:
            read.append((token, "", ()))  # "the bombing victims": a label, no predicate
        else:
            read.append((token, _predicate_stem(low, lang), ()))
    return read


def _names_event(tokens: Sequence[Token], i: int, lang: str) -> bool:
    """Whether a capitalised word right before a date, past only ``[named_events]`` tails,
    is a listed event word that ends a name of several words and so names the event the
    date dates: "the Women's [March] last Saturday", "[Inauguration] Day in January". A
    word capitalised as a sentence's first is none ("Established in April 2024 through
    ..."): a name or a tail must stand beside it; so is a possessive ("the Republican
    Party's 2012 nominee": the date modifies the noun after it)."""
    words = date_event_words(lang)
    if tokens[i].lower.endswith(_possessive_endings(lang)):
        return False  # "the Republican Party's 2012 nominee": the date is the nominee's
    low = tokens[i].lower
    if not (low in words.event_nouns or low in words.synonyms or low in words.classes):
        return False
    tails = tokens[i + 1 :]
    if not all(x.is_word and x.is_capitalised and x.lower in words.named_tails for x in tails):
        return False
    prev = tokens[i - 1] if i else None
    named = prev is not None and prev.is_word and prev.is_capitalised
    return bool(tails) or (named and prev is not None and prev.lower not in _ignored(lang))


def _present_verb(tokens: Sequence[Token], i: int, low: str, lang: str) -> bool:
    """A present-tense verb of a headline or timeline entry: a word of ``present_endings``
    right after a name and right before one of ``present_objects`` ("Obama [releases] his
    birth certificate"), or right before the date after its subject (``_opens_with_subject``:
    "the Fed [meets] March 18"); a plural noun after a name is rarely followed by one of
    those ("Trump supporters gathered")."""
    words = date_event_words(lang)
    if len(low) < words.verb_min or not low.endswith(words.present_endings):
        return False
    prev = tokens[i - 1] if i else None
    if prev is None or not prev.is_word or not prev.is_capitalised:
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is not None:
        return nxt.lower in words.present_objects
    return _opens_with_subject(tokens, i, lang)


def _opens_with_subject(tokens: Sequence[Token], i: int, lang: str) -> bool:
    """Whether the names right before ``tokens[i]`` (the last word before a date) are the
    subject of a clause, so that the word is its verb ("Congress [returns] next week", "when
    the Fed [meets] March 18", "He [leaves] Friday"): one of ``present_subjects``, or names
    (none with a possessive ending) after which, past one determiner, the sentence, a mark
    or a ``clause_openers`` word comes. A plural noun after a stop word, a number, a
    preposition or a verb is no verb ("The [protests] Sunday", "before two Congressional
    [committees] next week", "against 13 Russian [nationals] in February")."""
    words = date_event_words(lang)
    prev = tokens[i - 1]
    if prev.lower in words.present_subjects:
        return True
    if prev.lower in claim_words(lang).stop_words:
        return False
    j = i - 1
    while j >= 0 and tokens[j].is_word and tokens[j].is_capitalised:
        if tokens[j].lower.endswith(_possessive_endings(lang)):
            return False
        j -= 1
    if j >= 0 and tokens[j].lower in words.noun_before:
        j -= 1
    if j < 0:
        return True
    before = tokens[j]
    mark = not before.is_word and not before.is_number
    opener = before.lower in words.clause_openers and before.lower not in words.name_joiners
    return mark or opener  # not "School and Walnut [streets]": "and" joins two names


def _event_object(tokens: Sequence[Token], j: int, lang: str) -> Token | None:
    """The event noun a verb takes as its object from ``tokens[j]`` on, through determiners
    and possessives ("[his] retirement", "[the company's] bankruptcy"); None for another."""
    words = date_event_words(lang)
    while j < len(tokens) and (
        tokens[j].lower in words.noun_before or tokens[j].lower.endswith(_possessive_endings(lang))
    ):
        j += 1
    if j >= len(tokens) or not tokens[j].is_word or tokens[j].is_capitalised:
        return None
    low = _bare(tokens[j], lang)
    return tokens[j] if low in words.event_nouns or low in words.synonyms else None


def _announcement(verb: str, obj: Token, lang: str) -> str:
    """The stem of an announcement of an event: its own event, not the event announced
    ("announced his retirement" is dated by the announcement, "retired" by the leaving)."""
    return (
        stem(verb, lang) + date_event_words(lang).announcement_mark + stem(_bare(obj, lang), lang)
    )


def _announced(before: list[Token], after: list[Token], lang: str) -> tuple[str, set[int]] | None:
    """An announcing verb right next to a date with an event as its object ("on Wednesday
    announced his retirement", "announced Wednesday the closure"): its key and the starts
    of its words."""
    words = date_event_words(lang)
    verb, obj = None, None
    if before and before[-1].lower in words.announcing:
        verb, obj = before[-1], _event_object(after, 0, lang)
    elif after and after[0].lower in words.announcing:
        verb, obj = after[0], _event_object(after, 1, lang)
    if verb is None or obj is None:
        return None
    return _announcement(verb.lower, obj, lang), {verb.start, obj.start}


def _key_words(
    before: list[Token], after: list[Token], used: set[int], lang: str
) -> tuple[str, ...]:
    """The content words of a date's clause that are no predicate used as its stem."""
    found = {
        word
        for x in (*before, *after)
        if x.text[:1].isalpha() and x.start not in used and (word := _key_word(x.lower, lang))
    }
    return tuple(sorted(found))


@lru_cache(maxsize=1 << 14)  # a story's words repeat; bounded memory
def _key_word(low: str, lang: str) -> str:
    """A folded word as a key word (``_bare_word``), "" for one that is ignored
    (``_ignored``) or may name an event (``_is_predicate``)."""
    bare = _bare_word(low, lang)
    return "" if bare in _ignored(lang) or _is_predicate(bare, lang) else bare


def _dates_photo(before: list[Token], after: list[Token]) -> bool:
    """A full date that ends its sentence after a place and a comma: a photo caption's ("Stone
    arrives for his trial at U.S. District Court in Washington, U.S., November 13, 2019.").
    It dates the photo, not the events its sentence names."""
    placed = len(before) > 1 and before[-1].text == "," and before[-2].is_capitalised
    return placed and not any(x.is_word or x.is_number for x in after)


def dates_statement(before: list[Token], after: list[Token], lang: str) -> bool:
    """Whether a date's clause (``before`` and ``after`` it) has a speech verb right next to
    the date ("Gibbs said over the weekend that ..."): the date dates the statement."""
    return _dates_statement(before, after, date_event_words(lang).statement_verbs, lang)


def _dates_statement(
    before: list[Token], after: list[Token], verbs: frozenset[str], lang: str
) -> bool:
    """Whether a speech verb stands right next to the date: it dates the statement. A word
    of ``nouns`` read as a noun is none ("in a call on July 25", "the July 25 call")."""
    nouns = date_event_words(lang)
    if before and before[-1].lower in verbs:
        noun = len(before) > 1 and before[-2].lower in nouns.noun_before
        if not (before[-1].lower in nouns.nouns and noun):
            return True
    return bool(after) and after[0].lower in verbs and after[0].lower not in nouns.nouns


def _names_only(tokens: Sequence[Token]) -> bool:
    """Whether the words of a date's clause so far are all names ("Donald Trump Jr.")."""
    words = [x for x in tokens if x.is_word]
    return bool(words) and all(x.is_capitalised for x in words)


def in_name_list(after: list[Token], nxt: Token | None) -> bool:
    """A comma between two names of a list that opens the clause after a date ("On June 9,
    2016, Donald Trump Jr., Jared Kushner and Paul Manafort met ..."): it ends no clause."""
    return nxt is not None and nxt.is_word and nxt.is_capitalised and _names_only(after)


def _opener(after: list[Token], openers: frozenset[str], lang: str) -> int | None:
    """The index of the first clause opener after a date; an "and" or "or" that joins the
    names of a list opening the clause, or a name and a noun phrase after a determiner, is
    none ("Kushner and Paul Manafort met", "Trump and his businesses filed")."""
    words = date_event_words(lang)
    for i, x in enumerate(after):
        if x.lower not in openers:
            continue
        nxt = after[i + 1] if i + 1 < len(after) else None
        # "Kushner and Paul Manafort met", "Trump and his businesses filed": one subject
        opens_name = nxt is not None and (nxt.is_capitalised or nxt.lower in words.noun_before)
        joins = opens_name and _names_only(after[:i])
        if not (joins and x.lower in words.name_joiners):
            return i
    return None


def _possessive_endings(lang: str) -> tuple[str, ...]:
    """The possessive endings, a singular's and a plural's ("'s", "s'")."""
    return possessives(lang).with_plural
