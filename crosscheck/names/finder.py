"""One sentence -> its name mentions (people, organisations, places), with spans."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, partial
from typing import Final, NamedTuple

from crosscheck.model import Sentence
from crosscheck.names.finder_tokens import (
    _SPAN,
    _finder_words,
    _headings,
    _is_acronym,
    _lowercase_hyphenated,
    _Tok,
    _tokens,
)
from crosscheck.names.lexicon import _NameWords, is_initial, name_key, name_word_rules
from crosscheck.names.places import person_after_body, place_by_head, split_repeated
from crosscheck.names.records import NameKind, NameMention, new_mention
from crosscheck.text.tokens import without_invisible

_new_context: Final = tuple.__new__  # a _Context without the named tuple's Python-level __new__
_HYPHENATED_GIVEN: Final = re.compile(r"[A-Z][a-z]{1,3}-[a-z]{2,4}\Z")
"""A given name of two syllables, the second in lower case ("Jae-in", "Ki-moon")."""
_PAREN_ACRONYM: Final = re.compile(r"\s{0,3}\(\s{0,3}([A-Z][A-Z.&]{1,11})\s{0,3}\)")


# --------------------------------------------------------------------------- runs


def _runs(toks: Sequence[_Tok], words: _NameWords) -> list[list[_Tok]]:
    """Group the words into runs of capitalised words that may form one name."""
    runs: list[list[_Tok]] = []
    current: list[_Tok] = []
    titles, cues = words.titles, words.cues
    size = len(toks)
    for index, tok in enumerate(toks):
        if not current and not tok.cap and not tok.code and tok.key not in titles:
            continue  # a lower-case word outside any run: nothing to close or open
        continues = bool(current) and tok.joined
        if tok.code:
            if current:  # (each "if current: ..." below closes the run)
                runs.append(current)
                current = []
        elif tok.cap:
            if current and not continues:
                runs.append(current)
                current = []
            current.append(tok)
        else:  # a lower-case word: the next word says whether it joins or opens a run
            nxt = toks[index + 1] if index + 1 < size else None
            if tok.key in titles and nxt is not None and nxt.cap and nxt.joined and not nxt.code:
                if current and not continues:
                    runs.append(current)
                    current = []
                current.append(tok)  # "ambassador Jurg Lauber"
            elif continues and _joins(tok, nxt, toks, index, current, words):
                current.append(tok)
            elif continues and tok.key in cues and current[-1].cap:
                current.append(tok)  # "the Human Rights council"
                runs.append(current)
                current = []
            elif current:
                runs.append(current)
                current = []
        if tok.possessive and current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def _joins(
    tok: _Tok,
    nxt: _Tok | None,
    toks: Sequence[_Tok],
    index: int,
    current: Sequence[_Tok],
    words: _NameWords,
) -> bool:
    """A lower-case connector or particle that joins two parts of one name."""
    if nxt is None or not nxt.joined or nxt.code:
        return False
    if tok.key in words.particles and current[-1].key not in words.stop:
        after = toks[index + 2] if index + 2 < len(toks) else None
        if nxt.cap or (nxt.key in words.particles and after is not None and after.cap):
            return True
    if tok.key not in words.connectors or not any(t.key in words.cues for t in current):
        return False
    # "Security and Cooperation", not "the Union and the Federation"
    if tok.key in _finder_words(words.lang).conjunctions:
        return nxt.cap and current[-1].key not in words.cues
    if nxt.cap:
        return True
    after = toks[index + 2] if index + 2 < len(toks) else None
    return (
        nxt.key in words.connectors
        and after is not None
        and after.cap
        and after.joined
        and not after.code
    )


# --------------------------------------------------------------------------- classify


class _Context(NamedTuple):
    """What the finder's rules read of the sentence besides a run's tokens (a named tuple,
    not a dataclass: one is made per sentence, and a frozen dataclass's keyword
    ``__init__`` costs more than the finder's work on a short sentence)."""

    sentence: Sentence
    words: _NameWords
    headings: frozenset[int]  # segments in title case


def _titular(tok: _Tok, words: _NameWords) -> bool:
    return tok.key in words.titles or tok.key in words.roles


def _name_word(tok: _Tok, words: _NameWords) -> bool:
    """A word that can be part of a person's name (asked of a word once per language, then
    looked up: a token's key and capital follow from its text, and ``words`` is the
    language's one lexicon)."""
    memo = _memos(words.lang).name_word
    found = memo.get(tok.text)
    if found is None:
        if len(memo) >= _CACHED_WORDS:
            memo.clear()
        found = memo[tok.text] = _reads_as_name_word(tok, words)
    return found


class _Memos(NamedTuple):
    """What the finder has read of a word, looked up again: one set per language (the same
    word may read otherwise in another language's lists)."""

    name_word: dict[str, bool]  # ``_name_word``, by the word's text
    syllable: dict[str, bool]  # ``_syllable``, two-letter words only: bounded
    single: dict[tuple[str, str, bool, bool, bool, bool, bool], NameKind | None]  # ``_single``


_MEMOS: dict[str, _Memos] = {}
_CACHED_WORDS: Final = 50_000


def _memos(lang: str) -> _Memos:
    """The finder's look-ups of language ``lang``."""
    memos = _MEMOS.get(lang)
    if memos is None:
        memos = _MEMOS.setdefault(lang, _Memos({}, {}, {}))
    return memos


def _reads_as_name_word(tok: _Tok, words: _NameWords) -> bool:
    if not tok.cap:
        return tok.key in words.particles
    if is_initial(tok.text) or (tok.key in words.abbreviations and tok.text[1:2].islower()):
        return True  # "J.", "St.": a word of a name, not an acronym ("MT", "ST" may be one)
    return not (
        tok.key in words.stop
        or tok.key in words.cues
        or tok.key in words.places
        or _titular(tok, words)
        or _is_acronym(tok)
        or _lowercase_hyphenated(tok)
    )


def _run_name_word(run: Sequence[_Tok], index: int, words: _NameWords) -> bool:
    """``_name_word`` of a run's word, or a syllable of a person's name beside one.

    A two-letter word in title case reads as an acronym by itself ("Un", "Xi"); beside
    another word of a person's name in the same run it is a syllable of that name
    ("Kim Jong Un", "Xi Jinping", "Wang Yi"), unless it is a known abbreviation ("Jr").
    """
    tok = run[index]
    found = _memos(words.lang).name_word.get(tok.text)  # ``_name_word``'s lookup: asked often
    if found or (found is None and _name_word(tok, words)):
        return True
    if index and tok.joined and "-" in tok.text and _HYPHENATED_GIVEN.match(tok.text):
        previous = run[index - 1]  # "Moon Jae-in": the surname before the given name
        return (
            tok.key.partition("-")[2] not in _finder_words(words.lang).hyphen_suffixes
            and previous.cap
            and not is_initial(previous.text)
            and _name_word(previous, words)
        )
    if not _syllable(tok, words):
        return False
    return any(
        0 <= other < len(run)
        and run[other].cap
        and not is_initial(run[other].text)
        and not _syllable(run[other], words)
        and _name_word(run[other], words)
        for other in (index - 1, index + 1)
    )


def _syllable(tok: _Tok, words: _NameWords) -> bool:
    """A two-letter word in title case that is no word of the lists ("Un", "Xi", "Yi")."""
    text = tok.text
    if len(text) != 2:
        return False  # most words: no lists to ask
    memo = _memos(words.lang).syllable
    found = memo.get(text)
    if found is None:
        found = memo[text] = _reads_as_syllable(tok, words)
    return found


def _reads_as_syllable(tok: _Tok, words: _NameWords) -> bool:
    text = tok.text
    return (
        len(text) == 2
        and text[0].isupper()
        and text[1].islower()
        and tok.key not in _finder_words(words.lang).short_abbreviations
        and not (
            tok.key in words.stop
            or tok.key in words.cues
            or tok.key in words.places
            or _titular(tok, words)
        )
    )


def _mention(
    toks: Sequence[_Tok],
    kind: NameKind,
    ctx: _Context,
    *,
    title: str | None = None,
    alias: str | None = None,
) -> NameMention:
    first, last = toks[0], toks[-1]
    sentence = ctx.sentence
    return new_mention(
        sentence.start + first.start,
        sentence.start + last.end,
        without_invisible(sentence.text[first.start : last.end]),
        kind,
        tuple([t.text for t in toks]),
        sentence,
        title,
        alias,
        last.possessive,
    )


@cache
def _lone_ordinary(lang: str) -> frozenset[str]:
    """Words (of language ``lang``) that, capitalised and alone in a run, name nothing ("The",
    "He", "Tuesday"): never a name by themselves, and no place, cue, title or role that a
    rule reads."""
    words = name_word_rules(lang)
    return words.stop - words.places - words.cues - words.titles - words.roles


def _classify(run: Sequence[_Tok], ctx: _Context) -> list[NameMention]:
    """The names in one run of capitalised words."""
    words = ctx.words
    lone = len(run) == 1 and run[0].cap and run[0].key in _lone_ordinary(words.lang)
    if lone and not is_initial(run[0].text):
        return []  # what the rules below find for it, read at once
    while run and not run[-1].cap and run[-1].key not in words.cues:
        run = run[:-1]
    if _generational_last(run, words):
        run = run[:-1]  # "Officer Richard H. Donahue Jr": the title and the person
    if not run:
        return []
    titled = _titled_person(run, ctx)
    if titled is not None:
        return titled
    key = name_key(" ".join(t.text for t in run))
    if key in words.places:
        return [_mention(run, NameKind.PLACE, ctx)]
    opened = _listed_place_after_opening(run, words)
    if opened:
        return [_mention(run[opened:], NameKind.PLACE, ctx)]  # "In Hong Kong", "But North Korea"
    if len(run) >= 2 and _of_a_place(key, words):
        return []  # "North Korean": a nationality, as one word ("Syrian") is
    if any(t.key in words.cues for t in run):
        return _organisation(run, ctx)
    if _titular(run[-1], words):
        end = len(run)
        while end and _titular(run[end - 1], words):
            end -= 1
        return _classify(run[:end], ctx)  # "Aleksandr Lukashenko President"
    return _plain(run, ctx)


def _listed_place_after_opening(run: Sequence[_Tok], words: _NameWords) -> int:
    """Where a listed place of two or more words starts after the capitalised function words
    opening its run ("In Hong Kong", "But North Korea's"), or 0."""
    opened = 0
    while opened < len(run) - 2 and run[opened].key in words.function_words:
        opened += 1
    if not opened:
        return 0
    return opened if name_key(" ".join(t.text for t in run[opened:])) in words.places else 0


def _generational_last(run: Sequence[_Tok], words: _NameWords) -> bool:
    """Whether a run ends in a generational suffix ("Jr") after a word of a person's name."""
    return (
        len(run) >= 2
        and run[-1].key in _finder_words(words.lang).generational
        and run[-2].cap
        and not is_initial(run[-2].text)
        and _name_word(run[-2], words)
    )


def _of_a_place(key: str, words: _NameWords) -> bool:
    """Whether a name of two or more words is a listed place's adjective or people: the place
    and one of ``adjective_suffixes`` ("north korean", "south african")."""
    return key in words.place_people


def _titled_person(run: Sequence[_Tok], ctx: _Context) -> list[NameMention] | None:
    """ "U.S. Ambassador Andrew Bremberg" -> the place "U.S." and the person, or None."""
    words = ctx.words
    first_name = len(run)
    while first_name > 0 and _run_name_word(run, first_name - 1, words):
        first_name -= 1
    names = run[first_name:]
    while names and not names[0].cap:
        names = names[1:]
        first_name += 1
    if not names or first_name == 0 or not _titular(run[first_name - 1], words):
        return None
    if len(names) > words.max_person_words or all(is_initial(t.text) for t in names):
        return None
    block = first_name
    while block > 0 and _titular(run[block - 1], words):
        block -= 1
    title_start = first_name
    while title_start > block and run[title_start - 1].key in words.titles:
        title_start -= 1
    title = None
    if title_start < first_name:
        title = ctx.sentence.text[run[title_start].start : run[first_name - 1].end]
    found = _classify(run[:block], ctx) if block else []
    found.append(_mention(names, NameKind.PERSON, ctx, title=title))
    return found


def _organisation(run: Sequence[_Tok], ctx: _Context) -> list[NameMention]:
    words = ctx.words
    begin = 0
    while begin < len(run) - 1 and _leading_word(run, begin, words):
        begin += 1
    body = run[begin:]
    if all(t.key in words.generic or t.key in words.function_words for t in body):
        return []  # "the Group", "International NGOs": a reference, not a name
    in_heading = body[0].segment in ctx.headings
    split = (
        0 if in_heading else person_after_body(body, partial(_name_word, words=words), words.lang)
    )
    if split:
        person = _mention(body[split:], NameKind.PERSON, ctx)
        return [*_organisation(body[:split], ctx), person]
    alias = None
    found = _PAREN_ACRONYM.match(ctx.sentence.text, body[-1].end)
    if found is not None and not body[-1].possessive:
        alias = found.group(1)
    return [_mention(body, NameKind.ORGANISATION, ctx, alias=alias)]


def _leading_word(run: Sequence[_Tok], index: int, words: _NameWords) -> bool:
    """A word before an organisation's name that is not part of it ("Like", "During")."""
    tok = run[index]
    if not tok.cap or _lowercase_hyphenated(tok):
        return True
    if tok.key in _finder_words(words.lang).articles:
        return tok.initial_position  # "The Moscow Times" inside a sentence keeps its "The"
    if tok.key in words.function_words:
        return True
    return tok.initial_position and tok.key in words.common


def _plain(run: Sequence[_Tok], ctx: _Context) -> list[NameMention]:
    """A run with no title and no organisation word: split it at ordinary words."""
    words = ctx.words
    found: list[NameMention] = []
    part: list[_Tok] = []
    last = len(run) - 1
    for index, tok in enumerate([*run, None]):
        if tok is not None and (
            _run_name_word(run, index, words)
            or (index == last and tok.key in words.stop and _closing_word(run, index, part, ctx))
        ):
            part.append(tok)
            continue
        if part:
            found.extend(_names_in_part(part, ctx))
            part = []
        if tok is None or not tok.cap:
            continue
        if tok.key in words.places:
            found.append(_mention([tok], NameKind.PLACE, ctx))
        elif (
            _is_acronym(tok)
            and tok.key not in words.stop
            and not _titular(tok, words)
            and tok.key not in _finder_words(words.lang).generational  # "King Jr.", ", Jr."
        ):
            found.append(_mention([tok], NameKind.ORGANISATION, ctx))
    return found


def _closing_word(run: Sequence[_Tok], index: int, part: Sequence[_Tok], ctx: _Context) -> bool:
    """An ordinary word that ends a person's full name ("Abdiqadir Mohamed Nor").

    Written with a capital inside the sentence, not in a title-case heading, right after
    two or more name words (no initials) and last in its run: in running text such a word
    is a surname that is also an English word ("Nor", "Said"), not the word itself. Not
    after a place's abbreviated word ("St. Louis Sunday", "on Main St. The owner ..."): a
    place's name, then a day or a new sentence.
    """
    tok = run[index]
    words = ctx.words
    return (
        len(part) >= 2
        and part[-1] is run[index - 1]
        and tok.cap
        and not tok.initial_position
        and tok.text[1:].islower()
        and tok.key in words.stop
        and tok.key not in words.demonyms
        and tok.segment not in ctx.headings
        and not any(is_initial(t.text) or not t.cap for t in part)
        and words.abbreviations.isdisjoint([t.key for t in part])  # "St. Louis Sunday"
    )


def _names_in_part(part: Sequence[_Tok], ctx: _Context) -> list[NameMention]:
    """Name words with no title: persons, or single words of unknown kind."""
    words = ctx.words
    if part[0].segment in ctx.headings and not part[-1].possessive:
        return []
    if len(part) == 1 and (part[0].key in words.abbreviations or _ordinary_opening(part[0], ctx)):
        return []  # "St." alone, "Detainees": no name
    found: list[NameMention] = []
    for piece in split_repeated(part):
        if all(t.cap for t in piece) and place_by_head(
            [t.key for t in piece],
            ctx.sentence.text,
            piece[0].start,
            possessive=piece[-1].possessive,
            lang=words.lang,
        ):
            found.append(_mention(piece, NameKind.PLACE, ctx))
            continue
        if len(piece) > words.max_person_words or all(is_initial(t.text) for t in piece):
            continue
        named = [t for t in piece if t.cap and not is_initial(t.text)]
        kind = NameKind.PERSON if len(named) >= 2 or len(named) < len(piece) else NameKind.UNKNOWN
        found.append(_mention(piece, kind, ctx))
    return found


def _ordinary_opening(tok: _Tok, ctx: _Context) -> bool:
    """A lone capitalised first word that is an ordinary word ("Detainees", "Torture and ...")."""
    if not tok.initial_position or tok.possessive:
        return False
    words = ctx.words
    key = tok.key
    if key.endswith(words.endings) and any(  # one test of all endings first, in C
        key.endswith(e) and len(key) > len(e) + 2 for e in words.endings
    ):
        return True
    if key.endswith(words.plural_endings) and not key.endswith(words.plural_exceptions):
        return True
    rest = ctx.sentence.text[tok.end : tok.end + 40]
    parts = rest.split(maxsplit=2)
    if not parts or parts[0] not in words.ordinary_before:
        return False  # "Release for ...", "Torture and sexual violence"; not "Putin and Xi"
    conjunction = parts[0] in _finder_words(words.lang).conjunctions
    return not conjunction or (len(parts) >= 2 and parts[1][:1].islower())


def _single(tok: _Tok, ctx: _Context) -> list[NameMention]:
    """``_classify([tok], ctx)``, looked up by what it reads of a run of one word.

    Such a run names something by the word alone: its text, key, capital, possessive,
    whether its part of the sentence is a heading and, for a word opening the sentence or
    a part of it, whether the words after it say it is an ordinary word
    (``_ordinary_opening``). Not so for a body's word (an acronym in brackets may follow
    it): that is read in its sentence.
    """
    words = ctx.words
    if tok.key in words.cues:
        return _classify([tok], ctx)
    if tok.cap and tok.key in _lone_ordinary(words.lang) and not is_initial(tok.text):
        return []  # "The", "He": as _classify finds at once
    opening = tok.initial_position and _ordinary_opening(tok, ctx)
    in_heading = tok.segment in ctx.headings
    key = (tok.text, tok.key, tok.cap, tok.possessive, in_heading, tok.initial_position, opening)
    memo = _memos(words.lang).single
    if key in memo:
        kind = memo[key]
        return [] if kind is None else [_mention([tok], kind, ctx)]
    found = _classify([tok], ctx)
    if not found:
        kind = None
    elif len(found) == 1 and found[0].title is None and found[0].alias is None:
        kind = found[0].kind  # a mention of the word itself: only its kind to keep
    else:  # never so for one word; were it so, it would not be kept
        return found
    if len(memo) >= _CACHED_WORDS:
        memo.clear()
    memo[key] = kind
    return found


def find_names(sentence: Sentence, lang: str) -> list[NameMention]:
    """Find the people, organisations and places named in one sentence.

    Args:
        sentence: A sentence of a source; its ``text`` is the source text between
            ``start`` and ``end``.
        lang: The language whose ``names.toml`` reads it (``lexicon.reading_language`` of
            the source).

    Returns:
        The names in text order, with spans in the source text. Titles and possessive
        endings are not part of a name; ordinary words capitalised because they open the
        sentence, months, weekdays, nationalities and roles are not names.
    """
    words = name_word_rules(lang)
    toks = _tokens(sentence.text, words)
    ctx = _new_context(_Context, (sentence, words, _headings(toks, words, sentence.text)))
    found: list[NameMention] = []
    for run in _runs(toks, words):
        if len(run) == 1:
            found.extend(_single(run[0], ctx))
            continue
        for begin in range(0, len(run), words.max_run_words):  # bounded work per run
            found.extend(_classify(run[begin : begin + words.max_run_words], ctx))
    if len(found) < 2:
        return found
    return sorted(found, key=_SPAN)


def names_in(sentences: Sequence[Sentence], lang: str) -> list[NameMention]:
    """Every name mention of one source's sentences (read in language ``lang``), in text
    order."""
    return [m for s in sentences for m in find_names(s, lang)]
