"""Frame words: ``lexicon/events.toml`` parsed once, and token helpers -> phrases, events.

The helpers read a few tokens around one figure or date: clause windows, the longest
lexicon phrase at each position, the event class of a phrase, simple noun phrases.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from crosscheck.claims.function_words import function_words
from crosscheck.lexicon import load_lexicon, lower_table, lower_words, require
from crosscheck.text.words import Token, canonical_subject, claim_words, is_contraction, lemma

PLAN = "plan"

HARD_END = frozenset({";", ".", "!", "?", "\u2013", "\u2014", "|", "(", ")", "“", "”", '"'})
CLAUSE_END = HARD_END | {",", ":"}
# Incidents are read across dashes and semicolons ("the marathon bombings — three dead").
SENTENCE_END = frozenset({".", "!", "?"})
LOOK = 6


@dataclass(frozen=True, slots=True)
class FrameWords:
    """``events.toml``, parsed once."""

    events: dict[tuple[str, ...], str]
    longest_event: int
    label_links: frozenset[str]
    fillers: frozenset[str]
    object_prepositions: frozenset[str]
    payment_labels: dict[str, str]
    paid_heads: dict[str, str]
    paid_to: frozenset[str]
    paid_aux: frozenset[str]
    paid_acts: frozenset[str]
    paid_act_endings: tuple[str, ...]
    place_prepositions: frozenset[str]
    actor_hops: frozenset[str]
    area_words: frozenset[str]
    place_determiners: frozenset[str]
    not_places: frozenset[str]
    part_after_of: frozenset[str]
    increment_before: frozenset[str]
    increment_after: frozenset[str]
    severity_words: frozenset[str]
    graded_events: frozenset[str]
    plan_words: dict[tuple[str, ...], str]
    level_move_verbs: frozenset[str]
    estimate_words: frozenset[str]
    part_before: frozenset[str]
    whole_participles: frozenset[str]
    part_share_words: frozenset[str]
    part_quantifiers: frozenset[str]
    part_all_hedges: frozenset[str]
    change_before: frozenset[str]
    change_from: frozenset[str]
    change_after: dict[tuple[str, ...], str]
    noun_determiners: frozenset[str]
    group_labels: frozenset[str]
    not_labels: frozenset[str]
    label_verbs: frozenset[str]
    label_verb_links: frozenset[str]
    counted_events: frozenset[str]
    count_heads: frozenset[str]
    counted_heads: frozenset[str]
    counted_of: frozenset[str]
    count_label_prepositions: frozenset[str]
    count_label_reach: int
    count_label_verbs: frozenset[str]
    rate_words: frozenset[str]
    number_words: frozenset[str]
    bare_before: frozenset[str]
    list_bare_before: frozenset[str]
    date_only_events: frozenset[str]
    generic_events: frozenset[str]
    ignored_events: frozenset[str]
    money_events: frozenset[str]
    breakdown_events: frozenset[str]
    fielded_events: frozenset[str]
    sample_nouns: frozenset[str]
    poll_words: dict[tuple[str, ...], str]
    sample_links: frozenset[str]
    sample_event: str
    sample_min: int
    date_event_before: int
    date_event_after: int
    stamp_words: dict[tuple[str, ...], str]
    incident_words: frozenset[str]
    incidents: dict[tuple[str, ...], str]
    incident_window: int
    other_incident_words: frozenset[str]
    owner_verbs: dict[str, str]
    events_before_of: dict[str, str]
    bare_events_before_of: dict[str, str]
    owner_moves: frozenset[str]
    owner_levels: frozenset[str]
    owner_between: frozenset[str]
    owner_aux: frozenset[str]
    owner_relatives: frozenset[str]
    owner_conjunctions: frozenset[str]
    name_titles: frozenset[str]
    forecast_words: frozenset[str]
    forecast_verbs: dict[str, str]
    owner_generic: frozenset[str]
    level_directions: dict[str, str]
    owner_list_links: frozenset[str]
    owner_gains: frozenset[str]
    owner_perfect: frozenset[str]
    owner_level_links: frozenset[str]
    intraday_words: dict[tuple[str, ...], str]
    live_aux: frozenset[str]
    timed_nouns: frozenset[str]
    timed_forms: dict[str, str]
    duration_suffixes: frozenset[str]
    new_adjectives: frozenset[str]
    increment_adjectives: frozenset[str]
    value_links: frozenset[str]
    owner_singular: frozenset[str]
    move_figure_words: frozenset[str]
    move_rephrasings: frozenset[str]
    move_by: frozenset[str]
    sized_nouns: frozenset[str]
    sized_parts: frozenset[str]
    listed_sized_parts: frozenset[str]
    possession_links: dict[str, str]
    owner_object_verbs: dict[str, str]
    owner_object_reach: int
    owner_entries: frozenset[str]
    owner_entry_objects: frozenset[str]
    level_reached: str
    aggregate_words: dict[tuple[str, ...], str]
    units: dict[str, tuple[str, float]]
    measure_words: dict[str, str]
    period_prepositions: frozenset[str]
    year_min: int
    year_max: int


def _words(data: dict[str, object], key: str) -> frozenset[str]:
    return lower_words(data, key, "events")


def _lower_keys(data: dict[str, object], key: str) -> dict[str, str]:
    """A table of words (keys folded to lower case) to names."""
    return lower_table(data, key, "events")


def _phrases(data: dict[str, object], key: str) -> dict[tuple[str, ...], str]:
    """A list of phrases keyed by their lower-case words: "closed down" -> ("closed", "down")."""
    return {tuple(str(w).lower().split()): str(w) for w in require(data, key, list, "events")}


@cache
def frame_words(lang: str) -> FrameWords:
    """The frame lexicon (``events.toml``)."""
    data = load_lexicon("events", lang)
    time_data = load_lexicon("time", lang)
    events: dict[tuple[str, ...], str] = {}
    for name, surfaces in sorted(require(data, "events", dict, "events", lang=lang).items()):
        for surface in surfaces:
            events.setdefault(tuple(str(surface).lower().split()), str(name))
    units = {
        str(k).lower(): (str(v[0]), float(v[1]))
        for k, v in require(data, "units", dict, "events", lang=lang).items()
    }
    plans = {
        tuple(str(w).lower().split()): PLAN
        for w in require(data, "plan_words", list, "events", lang=lang)
    }
    return FrameWords(
        events=events,
        longest_event=max(len(k) for k in events),
        label_links=_words(data, "label_links"),
        fillers=_words(data, "fillers"),
        object_prepositions=_words(data, "object_prepositions"),
        payment_labels=_lower_keys(data, "payment_labels"),
        paid_heads=_lower_keys(data, "paid_heads"),
        paid_to=_words(data, "paid_to"),
        paid_aux=_words(data, "paid_aux"),
        paid_acts=_words(data, "paid_acts"),
        paid_act_endings=tuple(sorted(_words(data, "paid_act_endings"))),
        place_prepositions=_words(data, "place_prepositions"),
        actor_hops=_words(data, "actor_hop_prepositions"),
        area_words=_words(data, "area_words"),
        place_determiners=_words(data, "place_determiners"),
        not_places=_words(data, "not_places"),
        part_after_of=_words(data, "part_after_of"),
        increment_before=_words(data, "increment_before"),
        increment_after=_words(data, "increment_after"),
        severity_words=_words(data, "severity_words"),
        graded_events=_words(data, "graded_events"),
        plan_words=plans,
        level_move_verbs=_words(data, "level_move_verbs"),
        estimate_words=_words(data, "estimate_words"),
        part_before=_words(data, "part_before"),
        whole_participles=_words(data, "whole_participles"),
        part_share_words=_words(data, "part_share_words"),
        part_quantifiers=_words(data, "part_quantifiers"),
        part_all_hedges=_words(data, "part_all_hedges"),
        change_before=_words(data, "change_before"),
        change_from=_words(data, "change_from"),
        change_after=_phrases(data, "change_after"),
        noun_determiners=_words(data, "noun_determiners"),
        group_labels=_words(data, "group_labels"),
        not_labels=_words(data, "not_labels"),
        label_verbs=_words(data, "label_verbs"),
        label_verb_links=_words(data, "label_verb_links"),
        counted_events=_words(data, "counted_events"),
        count_heads=_words(data, "count_heads"),
        counted_heads=_words(data, "counted_heads"),
        counted_of=_words(data, "counted_of"),
        count_label_prepositions=_words(data, "count_label_prepositions"),
        count_label_reach=int(require(data, "count_label_reach", int, "events", lang=lang)),
        count_label_verbs=_words(data, "count_label_verbs"),
        rate_words=_words(data, "rate_words"),
        number_words=frozenset(
            str(w).lower()
            for table in ("cardinals", "tens")
            for w in require(load_lexicon("numbers", lang), table, dict, "numbers", lang=lang)
        ),
        bare_before=_words(data, "bare_before"),
        list_bare_before=_words(data, "list_bare_before"),
        date_only_events=_words(data, "date_only_events"),
        generic_events=_words(data, "generic_events"),
        ignored_events=_words(data, "ignored_events"),
        money_events=_words(data, "money_events"),
        breakdown_events=_words(data, "breakdown_events"),
        fielded_events=_words(data, "fielded_events"),
        sample_nouns=_words(data, "sample_nouns"),
        poll_words=_phrases(data, "poll_words"),
        sample_links=_words(data, "sample_links"),
        sample_event=str(require(data, "sample_event", str, "events", lang=lang)),
        sample_min=int(require(data, "sample_min", int, "events", lang=lang)),
        date_event_before=int(require(data, "date_event_before", int, "events", lang=lang)),
        date_event_after=int(require(data, "date_event_after", int, "events", lang=lang)),
        stamp_words=_phrases(data, "stamp_words"),
        incident_words=_words(data, "incident_words"),
        incidents={
            tuple(str(w).lower().split()): str(name)
            for name, words in sorted(require(data, "incidents", dict, "events", lang=lang).items())
            for w in words
        },
        incident_window=int(require(data, "incident_window", int, "events", lang=lang)),
        other_incident_words=_words(data, "other_incident_words"),
        owner_verbs={
            str(w).lower(): str(name)
            for name, words in sorted(
                require(data, "owner_verbs", dict, "events", lang=lang).items()
            )
            for w in words
        },
        events_before_of={
            str(w).lower(): str(name)
            for name, words in sorted(
                require(data, "events_before_of", dict, "events", lang=lang).items()
            )
            for w in words
        },
        bare_events_before_of={
            str(w).lower(): str(name)
            for name, words in sorted(
                require(data, "bare_events_before_of", dict, "events", lang=lang).items()
            )
            for w in words
        },
        owner_moves=_words(data, "owner_moves"),
        owner_levels=_words(data, "owner_levels"),
        owner_between=_words(data, "owner_between"),
        owner_aux=_words(data, "owner_aux"),
        owner_relatives=_words(data, "owner_relatives"),
        owner_conjunctions=_words(data, "owner_conjunctions"),
        name_titles=_words(data, "name_titles"),
        forecast_words=_words(data, "forecast_words"),
        forecast_verbs=_lower_keys(data, "forecast_verbs"),
        owner_generic=_words(data, "owner_generic"),
        level_directions=_lower_keys(data, "level_directions"),
        owner_list_links=_words(data, "owner_list_links"),
        owner_gains=_words(data, "owner_gains"),
        owner_perfect=_words(data, "owner_perfect"),
        owner_level_links=_words(data, "owner_level_links"),
        intraday_words=_phrases(data, "intraday_words"),
        live_aux=_words(data, "live_aux"),
        timed_nouns=_words(data, "timed_nouns"),
        duration_suffixes=_words(data, "duration_suffixes"),
        timed_forms=_lower_keys(data, "timed_forms"),
        new_adjectives=_words(data, "new_adjectives"),
        increment_adjectives=_words(data, "increment_adjectives"),
        value_links=_words(data, "value_links"),
        owner_singular=_words(data, "owner_singular"),
        move_figure_words=_words(data, "move_figure_words"),
        move_rephrasings=_words(data, "move_rephrasings"),
        move_by=_words(data, "move_by"),
        sized_nouns=_words(data, "sized_nouns"),
        sized_parts=_words(data, "sized_parts"),
        listed_sized_parts=_words(data, "listed_sized_parts"),
        possession_links=_lower_keys(data, "possession_links"),
        owner_object_verbs={
            str(w).lower(): str(name)
            for name, words in sorted(
                require(data, "owner_object_verbs", dict, "events", lang=lang).items()
            )
            for w in words
        },
        owner_object_reach=require(data, "owner_object_reach", int, "events", lang=lang),
        owner_entries=_words(data, "owner_entries"),
        owner_entry_objects=_words(data, "owner_entry_objects"),
        level_reached=str(require(data, "level_reached", str, "events", lang=lang)),
        aggregate_words=_phrases(data, "aggregate_words"),
        units=units,
        measure_words={
            str(k): str(v)
            for k, v in require(data, "measure_words", dict, "events", lang=lang).items()
        },
        period_prepositions=_words(data, "period_prepositions"),
        year_min=int(require(time_data, "year_min", int, "time", lang=lang)),
        year_max=int(require(time_data, "year_max", int, "time", lang=lang)),
    )


# --- helpers ---------------------------------------------------------------------------


def clause_before(
    before: Sequence[Token], *, stop: frozenset[str] = CLAUSE_END, last: int = 0
) -> list[Token]:
    """The tokens of ``before`` after its last stop mark or number (``is_number`` inlined:
    this runs a few times per claim); with ``last`` > 0 only the last ``last`` of them,
    read without scanning further back (``clause_before(before, last=k)`` is
    ``clause_before(before)[-k:]``: the clause's last ``k`` tokens are those of the last
    ``k`` of ``before`` after any stop among them)."""
    i = len(before)
    floor = i - last if 0 < last < i else 0
    while i > floor:
        text = before[i - 1].text
        if text in stop or text[:1].isdigit():
            break
        i -= 1
    return list(before[i:])


def clause_after(after: Sequence[Token], limit: int = LOOK, *, lang: str) -> list[Token]:
    out: list[Token] = []
    conjunctions = function_words(lang).clause_conjunctions
    for token in after:
        text = token.text
        if text in CLAUSE_END or text[:1].isdigit() or token.lower in conjunctions:
            break
        out.append(token)
        if len(out) >= limit:
            break
    return out


_MOST_WORDS: dict[int, tuple[dict[tuple[str, ...], str], int, dict[str, int]]] = {}


def _most_words_from(table: dict[tuple[str, ...], str]) -> dict[str, int]:
    """Per first word of ``table``'s phrases, the most words of a phrase it opens (made once
    per table; the entry holds the table, so its id is not reused while it is kept)."""
    entry = _MOST_WORDS.get(id(table))
    if entry is None or entry[0] is not table or entry[1] != len(table):
        if len(_MOST_WORDS) > 64:  # tables built on the fly (tests): keep the cache small
            _MOST_WORDS.clear()
        most: dict[str, int] = {}
        for key in table:
            if key:
                most[key[0]] = max(most.get(key[0], 0), len(key))
        entry = _MOST_WORDS[id(table)] = (table, len(table), most)
    return entry[2]


def phrase_openers(table: dict[tuple[str, ...], str]) -> dict[str, int]:
    """The first words of ``table``'s phrases (with the most words of a phrase each opens):
    a window holding none of them holds no phrase of the table."""
    return _most_words_from(table)


def phrase_at(
    words: Sequence[str], table: dict[tuple[str, ...], str], longest: int
) -> list[tuple[int, int, str]]:
    """Every phrase of ``table`` in ``words``: (first, last + 1, value), longest at each start."""
    found: list[tuple[int, int, str]] = []
    keyed = tuple(words)  # a slice of a tuple is the table's key as it is
    entry = _MOST_WORDS.get(id(table))  # the cache look-up of _most_words_from, inlined
    if entry is not None and entry[0] is table and entry[1] == len(table):
        most_from = entry[2]
    else:
        most_from = _most_words_from(table)
    for i, word in enumerate(keyed):
        most = most_from.get(word)
        if most is None:
            continue  # no phrase of the table starts with this word
        for n in range(min(longest, most, len(keyed) - i), 0, -1):
            value = table.get(keyed[i : i + n])
            if value is not None:
                found.append((i, i + n, value))
                break
    return found


@cache
def _event_openers(lang: str) -> frozenset[str]:
    """The first words of the event phrases (``phrase_openers`` of ``events``)."""
    return frozenset(phrase_openers(frame_words(lang).events))


def event_in(tokens: Sequence[Token], *, nearest_last: bool, lang: str) -> str:
    """The event class of the phrase in ``tokens`` nearest their end (or start)."""
    fw = frame_words(lang)
    words = [t.lower for t in tokens]
    lemmas = [lemma(t.text, lang) for t in tokens]
    openers = _event_openers(lang)
    if openers.isdisjoint(words) and openers.isdisjoint(lemmas):
        return ""  # no event phrase starts at any word (``phrase_at`` would find none)
    hits = phrase_at(words, fw.events, fw.longest_event) + phrase_at(
        lemmas, fw.events, fw.longest_event
    )
    if not hits:
        return ""
    if nearest_last:
        return max(hits, key=lambda h: (h[1], h[1] - h[0]))[2]
    return min(hits, key=lambda h: (h[0], -(h[1] - h[0])))[2]


def noun_phrase_back(tokens: Sequence[Token], lang: str) -> list[Token]:
    """Content words ending the tokens, read backwards to a stop word, a contraction (a
    pronoun run into its verb: "we'll spend $46 trillion", "you'll have 11 million") or
    punctuation."""
    stop = claim_words(lang).stop_words
    phrase: list[Token] = []
    for token in reversed(tokens):
        if (
            not token.is_word
            or token.lower in stop
            or len(phrase) >= 4
            or is_contraction(token.lower, lang)
        ):
            break
        phrase.insert(0, token)
    return phrase


def dotted_title(token: Token, dot: Token | None, name: Token | None, lang: str) -> bool:
    """Whether ``token`` is a title of names.toml's ``titles`` written with a dot (``dot``,
    right after it) before a capitalised ``name``: "[Mr]. Obama", "[Sen]. Cruz". A noun
    phrase reads on past it to the name ("24.9 percent for [Mr.] Kasich")."""
    if token.lower not in _titles(lang) or dot is None or name is None:
        return False
    return dot.text == "." and dot.start == token.end and name.is_capitalised


@cache
def _titles(lang: str) -> frozenset[str]:
    return lower_words(load_lexicon("names", lang), "titles", "names", lang=lang)


def noun_phrase_forward(tokens: Sequence[Token], lang: str) -> list[Token]:
    stop = claim_words(lang).stop_words
    phrase: list[Token] = []
    i = 0
    fn = function_words(lang)
    while i < len(tokens) and tokens[i].lower in fn.articles:
        i += 1
    if i + 2 < len(tokens) and dotted_title(tokens[i], tokens[i + 1], tokens[i + 2], lang):
        i += 2  # "$25 billion for [Mr.] Trump's wall"
    for token in tokens[i:]:
        if not token.is_word or token.lower in stop or len(phrase) >= 4:
            break
        phrase.append(token)
        if lemma(token.text, lang) != token.lower and token.lower.endswith(fn.plural_ending):
            break
    return phrase


def canonical(tokens: Sequence[Token], lang: str) -> str:
    return canonical_subject([lemma(t.text, lang) for t in tokens], lang) if tokens else ""


def is_event_words(what: str, lang: str) -> bool:
    """True when every word of ``what`` is an event word ("death toll", "fatalities")."""
    fw = frame_words(lang)
    words = what.split()
    return bool(words) and all((w,) in fw.events for w in words)
