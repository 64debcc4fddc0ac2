"""A figure's words -> the noun phrase it counts and the verb group said of it.

"over 1,200 [political prisoners]", "the [exodus] of 300,000", "30,000 [detained]", "grip on
power after 26 years": the subject and metric of a figure's claim, from the tokens around it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from functools import cache
from operator import itemgetter

from crosscheck.claims.claim_window import CLAUSE_END
from crosscheck.claims.frame_words import dotted_title, frame_words, is_event_words
from crosscheck.claims.function_words import function_words
from crosscheck.lexicon import load_lexicon, lower_words, require
from crosscheck.model import Quantity, TimeRef, Unit
from crosscheck.quantities import find_quantities, parse_number
from crosscheck.text.cleaning_rules import cleaning_rules
from crosscheck.text.possessive import possessives
from crosscheck.text.tokens import token_of
from crosscheck.text.words import Token, claim_words, find_metric, lemma, phrase_tokens

# The subject of a figure whose noun is unknown: listed, never matched.
UNSPECIFIED = ""
# Words that join clauses or list items: a figure's verb group or a listed name ends there.


def past_subject(after: list[Token], subject_tokens: list[Token]) -> list[Token]:
    """The tokens of ``after`` past the subject's last word (all of them with no subject).

    The subject's words are tokens of ``after`` (``subject_after``), which are in text
    order and never overlap: the tokens starting at or after the last one's end are exactly
    those after it in the list."""
    if not subject_tokens:
        return after
    return after[bisect_left(after, subject_tokens[-1].end, key=_START) :]


_START = itemgetter(0)  # a token's start (``Token`` is a named tuple)


def _area_ending(after: list[Token], token: Token, lang: str) -> bool:
    """Whether ``token`` is an area word ending the noun phrase: where the figure holds, not
    what it counts ("30 percent [nationwide].", "30 [statewide] and three each"); before a
    noun it qualifies it ("three statewide offices")."""
    if token.lower not in frame_words(lang).area_words:
        return False
    following = _next_token(after, token)
    return (
        following is None
        or not following.is_word
        or following.lower in claim_words(lang).stop_words
    )


def subject_after(after: list[Token], q: Quantity, lang: str) -> list[Token]:
    """The noun phrase a figure counts: "over 1,200 [political prisoners]"."""
    words = claim_words(lang)
    fn = function_words(lang)
    i = 0
    # "hundreds of thousands of belarusians", "10 of them", "90 percent of them"
    if i < len(after) and after[i].lower == fn.of_link:
        i += 1
        if i + 1 < len(after) and after[i].lower in _claims_list("of_quantifiers", lang):
            i += 1  # "70% of [all] adults": the noun after the quantifier is counted
            if i + 1 < len(after) and after[i].lower == fn.definite_article:
                i += 1  # "one-fifth of all [the] voters"
        else:
            owned = _owned_start(after, i, q, lang)
            if owned is not None:
                return _owned_noun(after, owned, lang)  # "eight of [the] committees"
    elif i + 1 < len(after) and after[i].lower in frame_words(lang).new_adjectives:
        i += 1  # "19,000 [additional] agents": the frame stage reads the adjective
    elif _increment_adjective(after, i, q, lang):
        i += 1  # "three [other] Americans": the role stage reads the increment
    elif _value_link(after, i, q, lang):
        i += 2  # "$34 billion [worth of] Chinese imports": the sum is the imports' value
    if i == 0 and (
        _verb_after_percent(after, q, lang) or _comparative_after_percent(after, q, lang)
    ):
        return []
    if i == 0 and _graded(after, lang):
        return after[:2]  # "20 [first graders]": the pupils of a grade
    subject: list[Token] = []
    tokens = phrase_tokens(after[i:], lang)
    title_dot: Token | None = None
    for token in tokens:
        low = token.lower
        if token is title_dot:
            continue  # the dot of "Mr." before a name
        if _dotted_title(after, token, lang):
            title_dot = _next_token(after, token)
            continue  # "59 percent of [Mr.] Obama's supporters": the name is read on
        if not token.is_word or len(subject) >= words.max_subject_words:
            break
        if low in words.clause_wh_words:
            break  # "70 percent of [what] you want": a clause follows, no noun
        if low in words.pronouns and not subject:
            following = _next_token(after, token)
            if low in words.demonstratives and _plural_noun(following, lang):
                continue  # "700 of these [votes]": the noun after the determiner is counted
            if low in words.demonstratives and _describes_people(following, lang):
                return []  # "73% of those polled": no earlier claim's noun
            return [*after[i : i + 1]]
        if low in words.stop_words:
            if subject and low in _claims_list("coordinated_joins", lang):
                subject.extend(_joined_head(after, token, subject, lang))
            break
        if _adverb(low, lang) or _area_ending(after, token, lang):
            break
        if low.endswith(fn.participle_ending) and _verb_follows(after, token, lang):
            break
        subject.append(token)
        clause_nouns = _claims_list("ordinal_clause_nouns", lang)
        if len(subject) == 1 and q.unit is Unit.ORDINAL and low in clause_nouns:
            break  # "the third [time] Clinton has given": a clause follows the noun
        if lemma(token.text, lang) != low and low.endswith(fn.plural_ending):
            if _proper_modifier(token, _next_token(after, token), lang):
                continue  # "two [Dallas] nurses": a name ending in -s modifies the noun
            break  # a plural noun is the head of the phrase
    if subject and subject[-1].lower.endswith(fn.participle_ending) and len(subject) == 1:
        return []
    if q.unit is Unit.AGE:
        return _age_head(subject, after, lang)
    return _vague_head(subject, q, i, lang) if q.vague and subject else subject


def _owned_start(after: list[Token], i: int, q: Quantity, lang: str) -> int | None:
    """Where the noun of "N of the NOUN" starts, past its determiner ("eight of [the]
    committees", "two of [his] aides", "two of [its own] nurses"); None when no determiner
    stands at ``i``, or the figure is a percent, whose "of" object ``counted_what`` reads."""
    if i + 1 >= len(after) or q.unit is Unit.PERCENT:
        return None
    low = after[i].lower
    if low != function_words(lang).definite_article and low not in possessives(lang).determiners:
        return None
    i += 1
    while i + 1 < len(after) and after[i].lower in _claims_list("owned_adjectives", lang):
        i += 1  # "two of its [own] nurses"
    return i


def _owned_noun(after: list[Token], i: int, lang: str) -> list[Token]:
    """The plural noun phrase a part counts after its determiner: "eight of the [committees]
    looking into this", "three of the nation's [leading agencies]" (an owner's words only
    qualify it), "six of the nine [investigations]", "three of the state's 72 [counties]"
    (the whole's figure and the words before it only qualify it: the part counts the
    whole's noun); none when no plural noun ends it ("three of the wounded", "half of the
    country", "306 of the 538") or an event word does ("two of the strikes", "two-thirds of
    the primary votes": the event is no noun of the part)."""
    owner = possessives(lang).as_written
    subject: list[Token] = []
    figure: Token | None = None
    for token in phrase_tokens(after[i:], lang):
        if token.is_number or parse_number(token.text, lang) is not None:
            subject, figure = [], token  # "the top [10] warmest years": the whole's own figure
            continue
        if figure is not None and not subject and _scaled(figure, token, lang):
            continue  # "the roughly 1 [million] immigrants": the figure's scale word
        if not subject and figure is None and _word_before_figure(after, token, lang):
            continue  # "five of the [past] six elections": a word of the whole's figure
        if not token.is_word or "." in token.text or token.lower in claim_words(lang).stop_words:
            return []  # "a quarter of the U.S. government": no plural noun counted
        if token.lower in _claims_list("owned_noun_verbs", lang):
            return []  # "two-thirds of the country [thinks]": a verb, no plural noun
        if token.lower.endswith(owner):
            subject = []  # "the [Badger State's] 72 counties": the owner qualifies the noun
            continue
        subject.append(token)
        if len(subject) > claim_words(lang).max_subject_words:
            break
        if _plural_head(token, lang) and not _plural_modifier(after, token, lang):
            return [] if is_event_words(lemma(token.text, lang), lang) else subject
    return []


def _word_before_figure(after: list[Token], token: Token, lang: str) -> bool:
    """Whether ``token``, a word right after a part's determiner, stands before the whole's
    figure ("the [past] six elections", "the [last] three debates")."""
    following = _next_token(after, token)
    if not token.is_word or following is None:
        return False
    return following.is_number or parse_number(following.text, lang) is not None


def _scaled(figure: Token, token: Token, lang: str) -> bool:
    """Whether ``token`` is the scale word of the figure before it ("1 [million]")."""
    return parse_number(f"{figure.text} {token.text}", lang) is not None


def _plural_modifier(after: list[Token], token: Token, lang: str) -> bool:
    """Whether ``token``, a word in -s the lemmas keep as it is, modifies the plural noun
    right after it: "the 36 [news] sources" (the head is "sources")."""
    following = _next_token(after, token)
    if following is None or not following.is_word or lemma(token.text, lang) != token.lower:
        return False
    return _plural_head(following, lang)


def before_time(subject: list[Token], times: Sequence[TimeRef], lang: str) -> list[Token]:
    """A figure's noun phrase ends before a date or time read after its first word: "the
    second superseding indictment [Friday]", "an eight-year-old Guatemalan boy [late Monday
    evening]", "the second hearing [today]"; a date that opens the phrase names the thing
    itself or qualifies it ("five Sunday talk shows"), and so does a capitalised word before
    a capitalised date ("the first Super Tuesday": a day's name); a word inside a length
    ("six [months]") is no start of a date, nor is the plural noun the figure counts ("a few
    short [months] ago")."""
    for k, token in enumerate(subject):
        if not k or not any(t.start == token.start for t in times):
            continue
        if subject[k - 1].text[:1].isupper() and token.text[:1].isupper():
            return subject
        if k == len(subject) - 1 and _plural_head(token, lang):
            return subject
        return subject[:k]
    return subject


def before_word_break(subject: list[Token], raw: str, lang: str) -> list[Token]:
    """A figure's noun phrase ends at a dash written between two words with no space
    (boilerplate.toml's ``[word_breaks]``), which the cleaned text ``subject`` was read from
    writes as a hyphen inside one word: "a tenth of all [voters]—by 16 points", "three
    [states]—Michigan"; ``raw`` is the article as written."""
    dashes = cleaning_rules(lang).word_break_dashes
    for k, token in enumerate(subject):
        cut = next((i for i in range(token.start, token.end) if raw[i] in dashes), None)
        if cut is not None:
            return [*subject[:k], token_of(token.text[: cut - token.start], token.start, cut)]
    return subject


def _dotted_title(after: list[Token], token: Token, lang: str) -> bool:
    """Whether ``token`` is a title written with a dot before a name ("[Mr]. Obama")."""
    dot = _next_token(after, token)
    name = _next_token(after, dot) if dot is not None else None
    return dotted_title(token, dot, name, lang)


def _graded(after: list[Token], lang: str) -> bool:
    """Whether ``after`` opens with an ordinal and a grade noun apart ("20 [first graders]"):
    claims.toml's ``grade_nouns``."""
    if len(after) < 2 or after[0].end == after[1].start:
        return False
    if after[1].lower not in _claims_list("grade_nouns", lang):
        return False
    found = find_quantities(after[0].text, lang)
    return len(found) == 1 and found[0].unit is Unit.ORDINAL


def _age_head(subject: list[Token], after: list[Token], lang: str) -> list[Token]:
    """An age's noun phrase ends before a verb said of its person: "the 70-year-old [Trump]
    apologized overnight", "a 23-month-old [daughter] trying to" (claims.toml's
    ``age_phrase_verbs``, ``age_phrase_gerund_ending``); a modifier in -ing before a noun
    stays ("the 26-year-old [Boston Marathon bombing suspect]")."""
    for k in range(1, len(subject)):
        if _verb_of_age(subject[k], subject[k - 1], _next_token(after, subject[k]), lang):
            return subject[:k]
    return subject


def _verb_of_age(token: Token, previous: Token, following: Token | None, lang: str) -> bool:
    """Whether ``token``, a word of an age's noun phrase after ``previous``, is a verb."""
    if not token.text[:1].islower():
        return False
    low = token.lower
    if low.endswith(function_words(lang).participle_ending):
        return True
    if low in _claims_list("age_phrase_verbs", lang):
        return True
    if not low.endswith(_gerund_ending(lang)) or not previous.text[:1].islower():
        return False
    return (
        following is None
        or not following.is_word
        or following.lower in claim_words(lang).stop_words
        or _adverb(following.lower, lang)
    )


@cache
def _gerund_ending(lang: str) -> str:
    data = load_lexicon("claims", lang)
    return str(require(data, "age_phrase_gerund_ending", str, "claims", lang=lang))


def _vague_head(subject: list[Token], q: Quantity, i: int, lang: str) -> list[Token]:
    """A vague count's noun phrase ends on its last plural noun: "millions of [people] living
    in fear", "hundreds of [people] gathered Thursday". Right after the count (``i`` 0) a
    phrase with no plural noun is none: "millions [alone]", "thousands [traveling]", "Hundreds
    [Try]", "millions [like me]"; after "of" or "more" it stays ("thousands of page")."""
    for k in range(len(subject) - 1, -1, -1):
        if _plural_head(subject[k], lang):
            return subject[: k + 1]
    return [] if i == 0 else subject


def _plural_head(token: Token, lang: str) -> bool:
    """Whether ``token`` is a plural noun, in any case: "agents", "Americans", "people",
    "gunmen" (claims.toml's ``plural_endings``, less ``not_plural_endings``)."""
    low = token.lower
    if _no_noun(low, lang):
        return False
    if _listed_plural(low, low, lang):
        return True
    return low.endswith(tuple(_claims_list("plural_endings", lang))) and not low.endswith(
        tuple(_claims_list("not_plural_endings", lang))
    )


def _verb_after_percent(after: list[Token], q: Quantity, lang: str) -> bool:
    """Whether a verb follows a percent ("72 percent [gave] Romney the win", "26 percent
    [believe] Kavanaugh", "42 percent [support] Trump"): claims.toml's ``percent_verbs``, or
    a word of ``percent_verbs_or_nouns`` before an object ("it") or a word that is no stop word
    ("1% support.", "22 percent support in the poll" count support)."""
    if q.unit is not Unit.PERCENT or not after or not after[0].is_word:
        return False
    low = after[0].lower
    if low in _claims_list("percent_verbs", lang):
        return True
    if low not in _claims_list("percent_verbs_or_nouns", lang) or len(after) < 2:
        return False
    nxt = after[1]
    if not nxt.is_word:
        return False
    objects = _claims_list("percent_verb_objects", lang)
    return nxt.lower in objects or nxt.lower not in claim_words(lang).stop_words


def _comparative_after_percent(after: list[Token], q: Quantity, lang: str) -> bool:
    """Whether a word of claims.toml's ``percent_comparatives`` follows a percent with no
    noun after it: "10 percent [higher] than", "100 percent [sure] it was"."""
    if q.unit is not Unit.PERCENT or not after or not after[0].is_word:
        return False
    if after[0].lower not in _claims_list("percent_comparatives", lang):
        return False
    if len(after) < 2:
        return True
    nxt = after[1]
    if not nxt.is_word or nxt.is_number or parse_number(nxt.text, lang) is not None:
        return True
    return nxt.lower in claim_words(lang).stop_words


def _increment_adjective(after: list[Token], i: int, q: Quantity, lang: str) -> bool:
    """Whether the word at ``i`` makes a count an increment and says nothing of its noun
    (events.toml's ``increment_adjectives``): "three [other] Americans", "two [more]
    presidential debates". Counts only: "7 percentage points [more] likely" compares."""
    return (
        q.unit is Unit.COUNT
        and i + 1 < len(after)
        and after[i].lower in frame_words(lang).increment_adjectives
    )


def _value_link(after: list[Token], i: int, q: Quantity, lang: str) -> bool:
    """Whether the words at ``i`` make a sum the value of the noun after them (events.toml's
    ``value_links`` and "of"): "$34 billion [worth of] Chinese imports"."""
    return (
        q.unit is Unit.MONEY
        and i + 2 < len(after)
        and after[i].lower in frame_words(lang).value_links
        and after[i + 1].lower == function_words(lang).of_link
    )


def _joined_head(after: list[Token], join: Token, subject: list[Token], lang: str) -> list[Token]:
    """The words after "and"/"or" that end an adjectives' phrase with its plural noun, or none.

    "Five current [and past presidents]", "8,000 provisional [and absentee ballots]": the
    words before the join have no plural head, and two or three words after it, none a stop
    word, a figure nor an adverb, end on a lower-case plural noun (the counted thing). Not
    after a plural ("two men and women", "three people and a dog"), nor before a figure
    ("three Democratic and two Republican presidents"), a clause ("one baby and outlined his
    vision") or a verb alone ("a dismal first debate and promises", "the 9th Circuit and
    almost always wins")."""
    words = claim_words(lang)
    if _plural_noun(subject[-1], lang) or subject[-1].lower in words.stop_words:
        return []
    index = bisect_left(after, join.end, key=_START)
    room = min(words.max_subject_words - len(subject), _JOINED_WORDS)
    for k, token in enumerate(after[index : index + room]):
        if not token.is_word or parse_number(token.text, lang) is not None:
            return []
        if token.lower in words.stop_words and token.lower not in _claims_list(
            "joined_adjectives", lang
        ):
            return []
        if _plural_noun(token, lang):  # an adjective at least between: not "grade and continues"
            return after[index : index + k + 1] if k else []
        if token.lower in _s_adverbs(lang) or _adverb(token.lower, lang):
            return []  # "the 9th Circuit and almost always wins"
    return []


def _adverb(low: str, lang: str) -> bool:
    """Whether a word is an adverb in -ly ("quickly"), no -ly adjective ("likely")."""
    fn = function_words(lang)
    return low.endswith(fn.adverb_ending) and len(low) > 4 and low not in _ly_adjectives(lang)


_JOINED_WORDS = 3  # "actual and [attempted military takeovers]"


def _plural_noun(token: Token | None, lang: str) -> bool:
    """Whether ``token`` is a lower-case plural noun, no stop word ("votes", "offices")."""
    if token is None or not token.is_word or not token.text[:1].islower():
        return False
    low = token.lower
    return not _no_noun(low, lang) and _listed_plural(token.text, low, lang)


def _no_noun(low: str, lang: str) -> bool:
    """Whether a lower-cased word is a stop word or an adverb in -s ("Americans sometimes")."""
    return low in claim_words(lang).stop_words or low in _s_adverbs(lang)


def _listed_plural(word: str, low: str, lang: str) -> bool:
    """Whether a word (``low``, lower-cased) is one of ``plurals_without_s`` ("four of those
    [men]") or a plural the lemmas shorten ("votes", "women": their suffixes all end in -s)."""
    return low in _claims_list("plurals_without_s", lang) or lemma(word, lang) != low


def _describes_people(token: Token | None, lang: str) -> bool:
    """Whether ``token`` makes a demonstrative before it stand for people ("those [polled]",
    "those [who]"): a word of claims.toml's ``people_after_demonstratives``."""
    return token is not None and token.lower in _claims_list("people_after_demonstratives", lang)


@cache
def _claims_list(key: str, lang: str) -> frozenset[str]:
    data = load_lexicon("claims", lang)
    return lower_words(data, key, "claims", lang=lang)


def _next_token(after: list[Token], token: Token) -> Token | None:
    """The token of ``after`` right after ``token`` (one of them), if any."""
    index = bisect_left(after, token.end, key=_START)
    return after[index] if index < len(after) else None


def _proper_modifier(token: Token, following: Token | None, lang: str) -> bool:
    """Whether a capitalised word ending in -s ("Texas", "Dallas", "Hamas", "United States")
    modifies the plural noun right after it ("three Texas schools", "two Dallas nurses",
    "900 Hamas operatives") rather than being the phrase's plural head ("three Americans
    appear", "two Republicans defected"): the next word is a lower-case plural noun, no stop
    word (a plural subject's verb has no -s: "Democrats say" is no noun phrase)."""
    if following is None or not token.text[:1].isupper() or not following.is_word:
        return False
    low = following.lower
    if not following.text[:1].islower() or low in claim_words(lang).stop_words:
        return False
    return lemma(following.text, lang) != low and low not in _s_adverbs(lang)


@cache
def _s_adverbs(lang: str) -> frozenset[str]:
    """Adverbs ending in -s, which no name before them modifies ("Americans sometimes")."""
    data = load_lexicon("claims", lang)
    return frozenset(str(w) for w in require(data, "s_adverbs", list, "claims", lang=lang))


@cache
def _ly_adjectives(lang: str) -> frozenset[str]:
    """Words ending in -ly that are no adverb ("likely voters", "elderly residents")."""
    data = load_lexicon("claims", lang)
    return frozenset(str(w) for w in require(data, "ly_adjectives", list, "claims", lang=lang))


def _verb_follows(after: list[Token], token: Token, lang: str) -> bool:
    """True when an -ed word is used as a verb: "30,000 detained unjustly since 2020"."""
    words = claim_words(lang)
    index = after.index(token)
    if index + 1 >= len(after):
        return True
    nxt = after[index + 1]
    return (
        not nxt.is_word
        or nxt.lower in words.stop_words
        or nxt.lower.endswith(function_words(lang).adverb_ending)
    )


def metric_before(before: list[Token], lang: str) -> str | None:
    """A nominalised metric right before the figure: "the [exodus] of", "[detention] of"."""
    window = before[-claim_words(lang).look_back_words :]
    if len(window) < 2 or window[-1].lower != function_words(lang).of_link:
        return None
    lemmas = [lemma(t.text, lang) for t in window[:-1] if t.is_word]
    found = find_metric(lemmas, lang)
    if found is None or found[2] != len(lemmas):
        return None
    return found[0]


def metric_after(after: list[Token], subject: list[Token], lang: str) -> str | None:
    """The verb group after the subject: "[have fled] Belarus", "were [detained]".

    When the subject is the first of a list ("Hundreds of opposition figures, activists and
    journalists have been charged"), the verb after the list counts.
    """
    words = claim_words(lang)
    found = find_metric(
        _verb_lemmas(after[: words.look_ahead_words], stop_at_list=True, lang=lang), lang
    )
    if found is None and subject and after and after[0].text == ",":
        found = find_metric(
            _verb_lemmas(after[: words.look_ahead_words + 4], stop_at_list=False, lang=lang), lang
        )
    return None if found is None else found[0]


def _verb_lemmas(tokens: list[Token], *, stop_at_list: bool, lang: str) -> list[str]:
    lemmas: list[str] = []
    for token in tokens:
        if token.is_number or (token.text in CLAUSE_END and (stop_at_list or token.text != ",")):
            break
        if stop_at_list and token.lower in function_words(lang).list_conjunctions:
            break
        if token.is_word:
            lemmas.append(lemma(token.text, lang))
    return lemmas


def duration_subject(before: list[Token], lang: str) -> tuple[str, str | None]:
    """What a duration measures, from the words before it ("grip on power after 26 years").

    Only a duration said of a known metric ("in power", "held", "sentenced") with a content
    word beside it becomes comparable; "a four-week closure" or "the worst in a decade"
    leave the subject unspecified, so they are listed but never matched.
    """
    words = claim_words(lang)
    context: list[str] = []
    for token in reversed(before):
        if token.text in CLAUSE_END or len(context) >= words.look_back_words + 1:
            break
        if token.is_word:
            context.append(lemma(token.text, lang))
    context.reverse()
    found = find_metric(context, lang)
    if found is None:
        return UNSPECIFIED, None
    metric, first, last = found
    content = [w for w in context[:first] + context[last:] if w not in words.stop_words]
    return (" ".join(content) if content else UNSPECIFIED), metric
