"""The clause around a span: (text, span) -> its tense (looks back, forward, or unknown).

The nearest cue word before the span wins; failing that, the first one after it; a bare
weekday whose clause gives none reads the nearest cue before it in its sentence. Cue words
and word endings are lexicon data (``future_cues``, ``past_cues``, ``future_suffixes``,
``past_suffixes``, ``future_be``, ``future_phrases``, ``passive_auxiliaries``); a phrase of
``cause_phrases`` before a determiner ("delays due to the cuts") is no cue, and a cue read
after the span (``future_cues_after``) counts only at the end of its clause or before a word
of ``future_cue_after_links`` ("likely to", not "likely voters"). An infinitive after a word
of intent looks forward ("agreed [to] meet at the end of April", ``intent_heads``), and so
does a date right after ``future_just_before`` ("come Thursday") and one after a
present-tense intent in its clause, however far ("is scheduled to testify ... on March 31",
``intent.present_intent_at``). A word of ``modal_cues``
before the date looks forward ("could vote Wednesday"); a word of ``day_edge_cues`` right
before it ("later Wednesday") and a word of ``noun_cues`` after a determiner ("the plan", "an
Obamacare replacement plan") give no tense. The period after a word of ``clause_titles``
("Mr.") ends no clause; a date after only words of ``fronted_openers`` ("On Sunday, ...") is
fronted like a bare one; a word of ``infinitive_past_forms`` after "to" ("plans to have") is
no past cue, nor is an "-ed" word of ``not_past_ed`` ("divided", "Ahmed") or one after a word
of ``participle_prefixes`` ("a self-imposed May 6 target"); before a year-less month or day, a
participle after a word of ``present_passive_auxiliaries`` is none either ("if he is elected
in November").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from crosscheck.timex.intent import clause_words, may_hold_intent, present_intent_at
from crosscheck.timex.lexicon import TimeLexicon
from crosscheck.timex.patterns import WORD
from crosscheck.timex.records import FUTURE, PAST, UNKNOWN, Context

__all__ = [
    "CLAUSE_END",
    "clause_text_before",
    "conditional_before",
    "cue",
    "fold",
    "folded_words",
    "forward_or_conditional",
    "next_word",
    "plural_subject",
    "previous_word",
    "scheduled_before",
    "sentence_looks_forward",
    "tense",
    "weekday_looks_forward",
]

# A point, comma or colon between two digits is part of a figure ("1,200 delays", "2.5
# percent", "7:30"), not the end of a clause.
CLAUSE_END = re.compile(r"[;!?\n()\[\]|\u2013\u2014]|(?<!\d)[.,:]|[.,:](?!\d)")
_PREVIOUS_WORD = re.compile(r"([\w.'\u2019]+)\W{0,3}$")
_NEXT_WORD = re.compile(r"\s{0,3}(%|[\w'\u2019]+)")


def tense(
    ctx: Context, start: int, end: int, *, present_passive: bool = False, infinitive: bool = False
) -> int:
    """Whether the clause around a span looks back (PAST), forward (FUTURE), or neither; with
    ``present_passive`` (a year-less month or day) a participle after a word of
    ``present_passive_auxiliaries`` before the span gives no cue ("is elected in November"),
    with ``infinitive`` (the same) a past cue before an infinitive that stands between it and
    the span gives none either ("asked Mueller to testify before the panel by May 23")."""
    return _tense(ctx, start, end, present_passive=present_passive, infinitive=infinitive)[0]


def _tense(
    ctx: Context,
    start: int,
    end: int,
    *,
    relative_stop: bool = False,
    present_passive: bool = False,
    infinitive: bool = False,
) -> tuple[int, list[str]]:
    """The tense of the clause around a span, and the words of the clause before it; with
    ``relative_stop`` the words after it are read only up to a relative pronoun, with
    ``present_passive`` a participle after the present of "be" or a copula before it gives
    no cue, with ``infinitive`` a past cue before an infinitive gives none (``_infinitive_at``)."""
    clause = clause_text_before(ctx.text, start, ctx.lex.clause_titles)
    written = WORD.findall(clause)[-12:]
    before = [fold(w) for w in written]
    if before and before[-1] in ctx.lex.future_just_before:
        return FUTURE, before  # "come Thursday"
    if _time_left(before, ctx, start):
        return FUTURE, before  # "Congress has until Jan. 15 to pass a budget"
    before = _without_day_edge(before, ctx.lex)
    if _present_intent(clause, ctx.lex):
        return FUTURE, before  # "is scheduled to testify ... on March 31"
    act = False  # an infinitive stands between the words read and the date
    for index in range(len(before) - 1, -1, -1):
        intent = len(before) - index <= ctx.lex.intent_reach
        verdict = _cue(before, index, ctx.lex, intent=intent, present_passive=present_passive)
        if verdict == PAST and act:
            return UNKNOWN, before  # "asked Mueller to testify before the panel by May 23"
        if verdict != UNKNOWN:
            return verdict, before
        act = act or (infinitive and _infinitive_at(written, before, index, ctx.lex))
    fronted = all(w in ctx.lex.fronted_openers for w in before)
    fronted = fronted and ctx.text[start : start + 1].isupper()
    return _tense_after(ctx, end, fronted=fronted, relative_stop=relative_stop), before


def _infinitive_at(
    written: Sequence[str], words: Sequence[str], index: int, lex: TimeLexicon
) -> bool:
    """Whether the word at ``index`` is a word of ``infinitive_marks`` before a verb: a word
    written in lower case, all letters, none of ``infinitive_not_verbs`` ("to the", "to be",
    "to work"), ending in none of ``infinitive_not_verb_endings`` ("-ing") nor like a plural
    noun (``plural_suffixes`` but none of ``not_plural_suffixes``: "to agents", not "to
    discuss").
    The date then dates the infinitive's act, which the past verb before it does not place
    ("offered to testify in early May", "set it to expire at the beginning of March"); not
    after a word of ``infinitive_done_heads`` ("refused to fund the government in January":
    the refusal is dated)."""
    if words[index] not in lex.infinitive_marks or index + 1 >= len(words):
        return False
    if index > 0 and words[index - 1] in lex.infinitive_done_heads:
        return False
    verb, folded = written[index + 1], words[index + 1]
    if not (verb.isalpha() and verb.islower()) or folded in lex.infinitive_not_verbs:
        return False
    return not plural_ending(folded, lex) and not folded.endswith(lex.infinitive_not_verb_endings)


def _present_intent(clause: str, lex: TimeLexicon) -> bool:
    """Whether a present-tense intent stands in ``clause``, the clause before a date
    (``intent.present_intent_at``), at most ``present_intent_reach`` words before the date,
    with no past cue between its "to" and the date but the "-ed" of a name or compound ("the
    Senate Armed Services Committee", "GOP-led"), no word of ``present_intent_breaks``, and no
    possessive right before the date."""
    if not may_hold_intent(clause, lex):
        return False
    words = clause_words(clause, lex)
    at = present_intent_at(words, lex)
    if at is None or len(words) - at - 1 > lex.present_intent_reach or words[-1].possessive:
        return False  # too far, or "Floyd's May 25 death": the date names an event
    folded = [w.text for w in words]
    for index in range(at + 1, len(words)):
        if folded[index] in lex.present_intent_breaks:
            return False  # "aims to limit abuses after unrest over ...": an earlier event
        named = words[index].named and folded[index] not in lex.past_cues
        if not named and _cue(folded, index, lex) == PAST:
            return False
    return True


def _time_left(words: list[str], ctx: Context, start: int) -> bool:
    """Whether the last word before a date and the scope word opening it give the time left
    (``time_left_phrases``: "has until Jan. 15" is a deadline to come, no past act)."""
    scope = _NEXT_WORD.match(ctx.text, start)
    return (
        bool(words)
        and scope is not None
        and ((words[-1], scope.group(1).lower()) in ctx.lex.time_left_phrases)
    )


def _without_day_edge(words: list[str], lex: TimeLexicon) -> list[str]:
    """The words before a date without a word of ``day_edge_cues`` right before it (or before
    "on" and it): "later Wednesday" names a part of the day, not the clause's tense; after a
    word of ``day_edge_cue_spans`` ("hours later") the cue is kept."""
    last = len(words) - 1
    if last >= 1 and words[last] in lex.day_only:
        last -= 1
    if last < 0 or words[last] not in lex.day_edge_cues:
        return words
    if last >= 1 and words[last - 1] in lex.day_edge_cue_spans:
        return words  # "Hours later, early Saturday": hours after an act of the day
    return words[:last]


def _tense_after(
    ctx: Context, end: int, *, fronted: bool = False, relative_stop: bool = False
) -> int:
    """The tense the first cue word after a span gives, within its clause; a span that
    opens its sentence (``fronted``: capitalised, no word before it in its clause) reads
    past the comma after it ("In February, Trump had this exchange"), and, while the words
    read give no cue, past up to ``fronted_asides`` more commas of asides ("On Tuesday, Shelby
    County voters, and those across Tennessee, will join"). With ``relative_stop`` a word of
    ``relative_pronouns`` ends the words read: a relative clause tells of another thing
    ("after a Super Tuesday that proved to be ...")."""
    if not fronted:
        return _segment_tense(ctx, ctx.text[end : end + 100], relative_stop=relative_stop)
    after = ctx.text[end : end + 100 * (1 + ctx.lex.fronted_asides)]
    # "On Sunday, Mr. Sanders and Mrs. Clinton will debate"
    after = _past_fronting_comma(without_title_periods(after, ctx.lex.clause_titles), ctx.lex)
    for _ in range(1 + ctx.lex.fronted_asides):
        stop = CLAUSE_END.search(after)
        segment = after[: stop.start() if stop else None]
        verdict = _segment_tense(ctx, segment, fronted=True, relative_stop=relative_stop)
        if verdict != UNKNOWN or stop is None or after[stop.start()] != ",":
            return verdict
        if relative_stop and any(w in ctx.lex.relative_pronouns for w in folded_words(segment)):
            return UNKNOWN
        after = after[stop.end() :]
    return UNKNOWN


def _segment_tense(
    ctx: Context, after: str, *, fronted: bool = False, relative_stop: bool = False
) -> int:
    """The tense the first cue word of ``after`` gives, read up to its first clause end."""
    stop = CLAUSE_END.search(after)
    following = folded_words(after[: stop.start() if stop else None])[:8]
    if relative_stop:
        cut = [i for i, word in enumerate(following) if word in ctx.lex.relative_pronouns]
        following = following[: cut[0]] if cut else following
    for index in range(len(following)):
        if following[index] in ctx.lex.future_cues_after and _ends_or_links(following, index, ctx):
            return FUTURE  # "a shutdown Tuesday increasingly likely"
        if fronted and _infinitive_be(following, index, ctx.lex):
            continue  # "On Tuesday night, he appears to be on track to lose"
        verdict = _cue(following, index, ctx.lex, after=True)
        if verdict != UNKNOWN:
            return verdict
    return UNKNOWN


def _infinitive_be(words: Sequence[str], index: int, lex: TimeLexicon) -> bool:
    """Whether the word at ``index`` is "be" after a word of ``infinitive_marks``: read past
    a fronted date's comma it says nothing of the tense ("appears to be on track")."""
    return index > 0 and words[index] in lex.be_words and words[index - 1] in lex.infinitive_marks


def _past_fronting_comma(after: str, lex: TimeLexicon) -> str:
    """The words after the comma that ends a fronted date, with a word of ``day_part_words``
    between them ("On Thursday morning, both will testify"); ``after`` as it is when no comma
    follows the date."""
    rest = after.lstrip()
    first = WORD.match(rest)
    if first is not None and fold(first[0]) in lex.day_part_words:
        rest = rest[first.end() :].lstrip()
    return rest[1:] if rest.startswith(",") else after


def _ends_or_links(words: Sequence[str], index: int, ctx: Context) -> bool:
    """Whether the word at ``index`` ends its clause or has one of ``future_cue_after_links``
    after it ("likely to pass"): before another word it qualifies a noun ("from July 24
    through July 30 among 1,177 likely voters" says nothing of the tense)."""
    following = words[index + 1] if index + 1 < len(words) else ""
    return not following or following in ctx.lex.future_cue_after_links


def weekday_looks_forward(ctx: Context, start: int, end: int, *, lead: int | None = None) -> bool:
    """Whether a bare weekday is the coming one: its clause looks forward, or gives no tense
    cue and has a present-tense word before it ("the special election is on Tuesday"), or
    gives none at all and the nearest cue before it in its sentence looks forward ("Reid is
    pressing for a vote later this week, most likely on Thursday"; ``sentence_looks_forward``).
    A schedule verb in the present right before it looks forward first (``scheduled_before``).
    A word of ``day_edge_cues`` right before it ("Later Wednesday, he said") is no cue. A
    clause with no tense cue but a phrase of ``attribution_phrases`` before the weekday
    ("according to a statement late Wednesday") dates a statement already out: not forward.
    ``lead`` is the start of a name the weekday ends ("Easter" of "Easter Sunday"): its
    clause is read before it. A relative clause after the weekday gives no cue."""
    return _looks_forward(ctx, start, end, lead)[0]


def _looks_forward(
    ctx: Context, start: int, end: int, lead: int | None
) -> tuple[bool, tuple[int, list[str]] | None]:
    """``weekday_looks_forward``, and the clause's tense read from the weekday's start
    (``_tense`` with ``relative_stop``) when it was read there (None otherwise)."""
    first = start if lead is None else lead
    words = folded_words(clause_text_before(ctx.text, first, ctx.lex.clause_titles))[-4:]
    if scheduled_before(words, ctx.lex, infinitive=not _POSSESSIVE.match(ctx.text, end)):
        return True, None  # "the debates, which begin Wednesday": the nearest word is the cue
    read = _tense(ctx, first, end, relative_stop=True)
    own = read if first == start else None
    verdict, before = read
    if verdict != UNKNOWN:
        return verdict == FUTURE, own
    if _attributed(before, ctx.lex):
        return False, own  # "according to a statement late Wednesday": a statement already out
    if any(word in ctx.lex.present_cues for word in _after_present_that(before, ctx.lex)):
        return True, own  # not "the worry is that Mr. Romney's showing in Wednesday's debate"
    return sentence_looks_forward(ctx, start, end), own


def forward_or_conditional(ctx: Context, start: int, end: int, *, lead: int | None) -> bool:
    """``weekday_looks_forward(ctx, start, end, lead=lead) or conditional_before(ctx, start,
    end)``, the clause's tense read once when both read it from the weekday's start (the
    bare weekdays of the 451 stories read it twice: a tenth of reading them)."""
    forward, read = _looks_forward(ctx, start, end, lead)
    if forward:
        return True
    return _conditional(ctx, start, end, read)


def conditional_before(ctx: Context, start: int, end: int) -> bool:
    """Whether a word of ``conditional_openers`` stands in the clause before a bare weekday
    whose clause gives no tense cue: "if we win on Tuesday" tells of a day ahead. A possessive
    weekday names an event ("if the GOP uses Tuesday's election as an omen"); a clock time is
    not read so ("if the networks can't call it at 7 p.m." is the publication day's)."""
    return _conditional(ctx, start, end, None)


def _conditional(ctx: Context, start: int, end: int, read: tuple[int, list[str]] | None) -> bool:
    """``conditional_before``, given the clause's tense at the span (``read``) when known."""
    if _POSSESSIVE.match(ctx.text, end):
        return False
    verdict, before = _tense(ctx, start, end, relative_stop=True) if read is None else read
    return verdict == UNKNOWN and any(word in ctx.lex.conditional_openers for word in before)


def _after_present_that(words: Sequence[str], lex: TimeLexicon) -> Sequence[str]:
    """The words after the last word of ``present_cues`` right before one of
    ``relative_pronouns`` ("the worry is that ..."): that present word is the verb of the
    clause the weekday's clause completes, not the weekday's own."""
    cut = [
        i
        for i in range(len(words) - 1)
        if words[i] in lex.present_cues and words[i + 1] in lex.relative_pronouns
    ]
    return words[cut[-1] + 2 :] if cut else words


def _attributed(words: Sequence[str], lex: TimeLexicon) -> bool:
    """Whether a phrase of ``attribution_phrases`` stands in ``words`` (a clause before a
    weekday, lower case)."""
    spans = range(len(words))
    return any(tuple(words[i : i + len(p)]) == p for p in lex.attribution_phrases for i in spans)


def scheduled_before(words: Sequence[str], lex: TimeLexicon, *, infinitive: bool = False) -> bool:
    """Whether the words before a weekday (its clause, lower case) end in a schedule verb in
    the present tense, with or without "on" after it: the "-s" form not after a determiner
    ("the session ends Friday", not "its ends"), or the base form after a relative pronoun
    ("which begin Wednesday") or a plural subject ("stock markets open Monday"), or a phrase of
    ``schedule_phrases`` ("goes into effect on Saturday"); a word of
    ``schedule_verbs_relative_only`` counts only after a relative pronoun ("which votes Sunday").
    With ``infinitive`` the base form after a word of ``infinitive_marks`` counts too ("calls
    for talks to begin Thursday"; the caller leaves it out before a possessive weekday, "failed
    to meet Wednesday's deadline", where the weekday names an event)."""
    words = list(words[:-1]) if words and words[-1] in lex.schedule_links else list(words)
    if not words:
        return False
    if any(tuple(words[-len(p) :]) == p for p in lex.schedule_phrases):
        return True  # "goes into effect on Saturday"
    verb, subject = words[-1], words[-2] if len(words) > 1 else ""
    relative = subject in lex.relative_pronouns
    base = next((verb[: -len(e)] for e in lex.present_endings if verb.endswith(e)), "")
    if base in lex.schedule_verbs_relative_only or verb in lex.schedule_verbs_relative_only:
        return relative
    if base in lex.schedule_verbs:
        return subject not in lex.adjective_openers
    if infinitive and verb in lex.schedule_verbs and subject in lex.infinitive_marks:
        return True  # "the deal calls for talks to begin Thursday"
    return verb in lex.schedule_verbs and (relative or plural_subject(subject, lex))


def plural_subject(word: str, lex: TimeLexicon) -> bool:
    """Whether a word looks like a plural noun ("markets", "olympics"): it ends in one of
    ``plural_suffixes`` but none of ``not_plural_suffixes`` ("ss", "us", "is"), has at least
    ``plural_subject_min_length`` letters, and is none of ``plural_subject_stops``."""
    return (
        len(word) >= lex.plural_subject_min_length
        and plural_ending(word, lex)
        and word not in lex.plural_subject_stops
        and word not in lex.adjective_openers
    )


def plural_ending(word: str, lex: TimeLexicon) -> bool:
    """Whether a word ends like a plural: in one of ``plural_suffixes`` but none of
    ``not_plural_suffixes`` ("agents", not "discuss")."""
    return word.endswith(lex.plural_suffixes) and not word.endswith(lex.not_plural_suffixes)


# The end of a sentence: a full stop, question or exclamation mark (and a closing quote or
# bracket) before a space, or a line break.
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s|\n")
# How far back a sentence is read before a weekday.
SENTENCE_REACH = 300
_POSSESSIVE = re.compile(r"['\u2019]s\b")
_CAPITAL_BEFORE = re.compile(r"\w\W+([^\W\d_a-z][\w'\u2019]*)\s+$")
_CAPITAL_AFTER = re.compile(r"[ \t]+[^\W\d_a-z]")


def sentence_looks_forward(ctx: Context, start: int, end: int) -> bool:
    """Whether the nearest tense cue before a weekday in its sentence looks forward, for a
    weekday whose own clause gives none (the cues after it are left: a relative clause or an
    aside there tells of another act, "crews broadcast on Tuesday outside the hall, where the
    debate will take place"). A possessive weekday names an event ("videos of Tuesday's
    shooting will soon become public": the sentence's tense is not the event's), and one
    after a capitalised word inside its sentence or before one is part of a name ("Good
    Friday", "Super Tuesday", "the Tuesday Group"): neither is read so. A word of
    ``present_intent_breaks`` met before any cue ("will conduct checks following the death
    of a boy late Monday") makes the weekday date an earlier event: not forward."""
    if _POSSESSIVE.match(ctx.text, end) or _CAPITAL_AFTER.match(ctx.text, end):
        return False
    first = max(0, start - SENTENCE_REACH)
    for stop in _SENTENCE_END.finditer(ctx.text, first, start):
        first = stop.end()
    if _CAPITAL_BEFORE.search(ctx.text[first:start]):
        return False
    before = _without_day_edge(folded_words(ctx.text[first:start]), ctx.lex)
    for index in range(len(before) - 1, -1, -1):
        if before[index] in ctx.lex.present_intent_breaks:
            return False  # "will conduct checks following the death of a boy Monday"
        verdict = _cue(before, index, ctx.lex)
        if verdict != UNKNOWN:
            return verdict == FUTURE
    return False


def folded_words(text: str) -> list[str]:
    """The words of a text in lower case, with straight apostrophes."""
    return [fold(w) for w in WORD.findall(text)]


def fold(word: str) -> str:
    """A word in lower case, with straight apostrophes."""
    return word.lower().replace("\u2019", "'")


def cue(words: Sequence[str], index: int, lex: TimeLexicon) -> int:
    """The tense one word of lower-case ``words`` gives, judged with the word before it."""
    return _cue(words, index, lex)


def _cue(
    words: Sequence[str],
    index: int,
    lex: TimeLexicon,
    *,
    intent: bool = False,
    after: bool = False,
    present_passive: bool = False,
) -> int:
    """The tense one word gives, judged with the word before it; ``intent`` reads an
    infinitive after a word of intent as looking forward (for one near the date), and
    ``present_passive`` a participle after a word of ``present_passive_auxiliaries`` as no
    cue ("if he is elected in November"). A word of
    ``modal_cues`` looks forward only before the date (not ``after`` it: "reports Tuesday that
    a cease-fire may be near" tells of what was reported), and not before a word of
    ``modal_stops`` ("could not be reached", "may have been"). A cue before the word of a
    phrase of ``not_future_phrases`` ("coming off") gives none, nor a past cue after the first
    word of a phrase of ``not_past_phrases`` ("behind closed doors")."""
    word = words[index]
    previous = words[index - 1] if index > 0 else ""
    if _cause(words, index, lex):
        return UNKNOWN  # "delays due to the cuts": a cause, no schedule
    if (word, words[index + 1] if index + 1 < len(words) else "") in lex.not_future_phrases:
        return UNKNOWN  # "coming off Super Tuesday": a day just past
    if word in lex.noun_cues and _noun_cue_is_noun(words, index, lex):
        return UNKNOWN  # "halted that plan late Tuesday": a noun, no schedule
    if word in lex.future_cues or word.endswith(_endings(lex.future_suffixes)):
        return FUTURE
    if word in lex.modal_cues and not after:
        following = words[index + 1] if index + 1 < len(words) else ""
        return UNKNOWN if following in lex.modal_stops else FUTURE
    if word in lex.be_words and previous in lex.future_be:
        return FUTURE
    if (previous, word) in lex.future_phrases:
        return FUTURE  # "heading into the Nov. 6 elections"
    if intent and word in lex.infinitive_marks and previous in lex.intent_heads:
        following = words[index + 1] if index + 1 < len(words) else ""
        if following and following not in lex.adjective_openers:
            return FUTURE  # "agreed to meet at the end of April"
    if (previous, word) in lex.not_past_phrases:
        return UNKNOWN  # "to testify behind closed doors on Tuesday": an adjective, no past
    passive = previous in lex.passive_auxiliaries or (
        present_passive and previous in lex.present_passive_auxiliaries
    )
    if word in lex.past_cues:
        if word in lex.infinitive_past_forms and previous in lex.infinitive_marks:
            return UNKNOWN  # "plans to have the proposals ready by Tuesday"
        # "will be held on March 5": a participle after "be" says nothing of the tense
        return UNKNOWN if passive else PAST
    if (
        len(word) >= lex.past_suffix_min_length
        and word.endswith(_endings(lex.past_suffixes))
        and word not in lex.not_past_ed
    ):
        silent = passive or previous in lex.adjective_openers or previous in lex.participle_prefixes
        return UNKNOWN if silent else PAST
    return UNKNOWN


def _noun_cue_is_noun(words: Sequence[str], index: int, lex: TimeLexicon) -> bool:
    """Whether a word of ``noun_cues`` is a noun: after a word of ``adjective_openers`` ("halted
    that plan"), or with one two or three words before it and neither "to" nor an opener after
    it ("passed an Obamacare replacement plan in May"; not "the Republicans plan to vote in
    May", "the Republicans plan a vote in May")."""
    previous = words[index - 1] if index > 0 else ""
    if previous in lex.adjective_openers:
        return True
    following = words[index + 1] if index + 1 < len(words) else ""
    if following in lex.infinitive_marks or following in lex.adjective_openers:
        return False
    return any(word in lex.adjective_openers for word in words[max(0, index - 3) : index - 1])


@cache
def _endings(suffixes: frozenset[str]) -> tuple[str, ...]:
    """Word endings as the tuple ``str.endswith`` tests in one call (same answer as ``any``)."""
    return tuple(sorted(suffixes))


def _cause(words: Sequence[str], index: int, lex: TimeLexicon) -> bool:
    """Whether the words at ``index`` are a phrase of ``cause_phrases`` before a determiner."""
    if index + 2 >= len(words):
        return False
    return (words[index], words[index + 1]) in lex.cause_phrases and (
        words[index + 2] in lex.adjective_openers
    )


# The last clause end of a text, found in one match: the greedy ``.*`` runs to the end and
# gives back characters until a clause end follows, so the match ends after the rightmost
# one (each alternative of CLAUSE_END is one character: the matches of its ``finditer`` are
# exactly the positions where it matches, and the last of them is this one).
_LAST_CLAUSE_END = re.compile(rf"(?s:.*)(?:{CLAUSE_END.pattern})")
_WORD_CHAR = re.compile(r"\w")


def clause_text_before(text: str, start: int, titles: frozenset[str] = frozenset()) -> str:
    """The words of the clause before ``start`` (at most 150 characters back); the period
    after a word of ``titles`` ("Mr.") does not end it."""
    window = text[max(0, start - 150) : start]
    last = _LAST_CLAUSE_END.match(window)
    if last is not None and _title_period_at(window, last.end() - 1, titles):
        last = _LAST_CLAUSE_END.match(without_title_periods(window, titles))
    return window[last.end() :] if last is not None else window


def _title_period_at(text: str, at: int, titles: frozenset[str]) -> bool:
    """Whether the character at ``at`` is the period after a whole word of ``titles``, as
    ``without_title_periods`` reads one (only then can the clause end lie further back)."""
    if not titles or text[at] != ".":
        return False
    first = at
    while first > 0 and text[first - 1].isalpha():
        first -= 1
    if first == 0 or not _WORD_CHAR.match(text, first - 1):
        return text[first:at].lower() in titles
    return False


# A word and the period after it, the word read against a list of titles.
_TITLE_PERIOD = re.compile(r"\b([^\W\d_]+)\.")


def without_title_periods(text: str, titles: frozenset[str]) -> str:
    """``text`` with the period after each word of ``titles`` (lower case) made a space, so
    that it ends no clause ("with Mr. Obama on Monday"); the length is kept."""
    if not titles or "." not in text:
        return text
    return _TITLE_PERIOD.sub(lambda m: m[1] + (" " if m[1].lower() in titles else "."), text)


def previous_word(text: str, start: int) -> str:
    """The word just before ``start``, in lower case."""
    found = _PREVIOUS_WORD.search(text[max(0, start - 40) : start])
    return fold(found.group(1)) if found else ""


def next_word(text: str, end: int) -> str:
    """The word (or "%") just after ``end``, in lower case."""
    found = _NEXT_WORD.match(text, end, min(len(text), end + 40))
    return found.group(1).lower() if found else ""
