"""The [statements] table of ``lexicon/hedges.toml`` -> validated, compiled statement rules.

The words and thresholds the hedged statements (``hedged_statements``), their outright
counterparts (``match.statement_search``) and the concept mentions (``concepts``) are read with: the
statement hedges and their quick-test keys, the stop, negation and modal words, the
subject and object reach, the scores, and the [statements.same_words] groups. Loaded once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache

from crosscheck.certainty.open_questions import open_question_phrases
from crosscheck.certainty.rules import (
    HEDGES_LEXICON,
    _hedge_rules,
    _integer,
    _number,
    _Phrases,
    _phrases_pattern,
    _strings,
    assertion_rules,
    attribution_rules,
    normal_text,
)
from crosscheck.errors import LexiconError
from crosscheck.lexicon import lexicon_path, load_lexicon, require
from crosscheck.text.possessive import possessives


@dataclass(frozen=True, slots=True, kw_only=True)
class StatementRules:
    """The [statements] table of the hedges lexicon, validated and compiled."""

    pattern: _Phrases
    keys: tuple[str, ...]  # the longest word of each hedge, in lower case (a quick test)
    uncovered: tuple[str, ...]  # ``keys`` of the hedges that hold no hedge of ``hedges_in``
    attributing: frozenset[str]
    expecting: frozenset[str]
    expecting_modals: frozenset[str]
    skip: frozenset[str]
    adverb_ending: str
    negations: frozenset[str]
    modals: frozenset[str]
    not_asserted: frozenset[str]
    unconfirmed: frozenset[str]
    stop_words: frozenset[str]
    subject_words: int
    subject_breaks: frozenset[str]
    object_words: int
    window_words: int
    stem_letters: int
    ending_letters: int
    min_score: float
    min_sentences: int
    sure_score: float
    strong_score: float
    expecting_min_score: float
    relative_pronouns: frozenset[str] = frozenset()
    restrictive_pronouns: frozenset[str] = frozenset()
    figure_hedges: frozenset[str] = frozenset()
    figure_hedge_act_ending: str = ""  # "possibly [dangled]": a figure hedge of an act
    copular_hedges: frozenset[str] = frozenset()
    copular_heads: frozenset[str] = frozenset()
    own_report_before: frozenset[str] = frozenset()
    documents: frozenset[str] = frozenset()  # "[the report] provided": a document, no account
    document_before: frozenset[str] = frozenset()
    clause_hedges: frozenset[str] = frozenset()
    not_after: frozenset[str] = frozenset()
    judging: frozenset[str] = frozenset()
    object_breaks: frozenset[str] = frozenset()
    apposition_openers: frozenset[str] = frozenset()
    quote_articles: frozenset[str] = frozenset()
    quote_relatives: frozenset[str] = frozenset()
    figure_reach: int = 0
    objects_alone: int = 0
    bare_min_score: float = 0.0
    identity_context: int = 0  # "apparently Brian J. Karem": role words shared
    figure_weight: float = 0.0
    years: tuple[int, int] = (0, 0)
    subject_stops: frozenset[str] = frozenset()
    report_labels: frozenset[str] = frozenset()
    clause_pronouns: frozenset[str] = frozenset()
    passive_auxiliaries: frozenset[str] = frozenset()
    confirming: frozenset[str] = frozenset()
    person_pronouns: frozenset[str] = frozenset()
    report_turns: frozenset[str] = frozenset()
    presupposing_openers: frozenset[str] = frozenset()  # "whether ... [when] he walked off"
    turn_complements: frozenset[str] = frozenset()
    attributive_before: frozenset[str] = frozenset()
    charges: frozenset[str] = frozenset()
    decisions: frozenset[str] = frozenset()
    possessives: frozenset[str] = frozenset()  # lemmas.toml [possessive], determiners
    possessive_endings: tuple[str, ...] = ()  # lemmas.toml [possessive], singular
    kin: Mapping[str, str] = field(default_factory=dict)  # word -> its group (same_words)
    kin_forms: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # group -> forms
    lang: str  # the language whose words these are


def statement_rules(lang: str) -> StatementRules:
    """The [statements] table of the ``hedges.toml`` of language ``lang``, compiled once per
    language (the matching and rules stages hand the story's)."""
    return _statement_rules(lang)


@cache
def _statement_rules(lang: str) -> StatementRules:
    """Load and compile the [statements] table of the ``hedges.toml`` of ``lang`` once."""
    lex = HEDGES_LEXICON
    table = require(load_lexicon(lex, lang), "statements", dict, lex, lang=lang)
    hedges = (*_strings(table, "hedges", lex, lang), *open_question_phrases(lang))
    expecting = frozenset(_strings(table, "expecting", lex, lang))
    figures = frozenset(_strings(table, "figure_hedges", lex, lang))
    copular = frozenset(_strings(table, "copular_hedges", lex, lang))
    every = (*hedges, *expecting, *sorted(figures), *sorted(copular))
    same = _same_words(table, lang)
    clauses = frozenset(
        (*_strings(table, "clause_hedges", lex, lang), *open_question_phrases(lang))
    )
    return StatementRules(
        pattern=_phrases_pattern(every),
        keys=tuple(sorted({_key(h, clauses) for h in every})),
        uncovered=tuple(sorted({_key(h, clauses) for h in every if not _covered(h, lang)})),
        attributing=frozenset(_strings(table, "attributing", lex, lang)),
        expecting=expecting,
        expecting_modals=frozenset(_strings(table, "expecting_modals", lex, lang)),
        skip=frozenset(_strings(table, "skip", lex, lang)),
        adverb_ending=normal_text(require(table, "adverb_ending", str, lex, lang=lang)),
        negations=frozenset(_strings(table, "negations", lex, lang)),
        modals=frozenset(_strings(table, "modals", lex, lang)),
        not_asserted=frozenset(_strings(table, "not_asserted", lex, lang)),
        unconfirmed=frozenset(_strings(table, "unconfirmed", lex, lang)),
        stop_words=frozenset(_strings(table, "stop_words", lex, lang)),
        subject_words=_integer(table, "subject_words", lex, lang),
        subject_breaks=frozenset(
            (*assertion_rules(lang).subject_breaks, *_hedge_rules(lang).bare_conjunctions)
        ),
        object_words=_integer(table, "object_words", lex, lang),
        window_words=_integer(table, "window_words", lex, lang),
        stem_letters=max(1, _integer(table, "stem_letters", lex, lang)),
        ending_letters=_integer(table, "ending_letters", lex, lang),
        min_score=_number(table, "min_score", lex, lang),
        sure_score=_number(table, "sure_score", lex, lang),
        min_sentences=_integer(table, "min_sentences", lex, lang),
        strong_score=_number(table, "strong_score", lex, lang),
        expecting_min_score=_number(table, "expecting_min_score", lex, lang),
        relative_pronouns=frozenset(_strings(table, "relative_pronouns", lex, lang)),
        restrictive_pronouns=frozenset(_strings(table, "restrictive_pronouns", lex, lang)),
        figure_hedges=frozenset(normal_text(h) for h in figures),
        figure_hedge_act_ending=normal_text(
            require(table, "figure_hedge_act_ending", str, lex, lang=lang)
        ),
        copular_hedges=frozenset(normal_text(h) for h in copular),
        copular_heads=frozenset(_strings(table, "copular_heads", lex, lang)),
        own_report_before=frozenset(_strings(table, "own_report_before", lex, lang)),
        documents=frozenset(_strings(table, "documents", lex, lang)),
        document_before=frozenset(_strings(table, "document_before", lex, lang)),
        object_breaks=frozenset(_strings(table, "object_breaks", lex, lang)),
        apposition_openers=frozenset(_strings(table, "apposition_openers", lex, lang)),
        quote_articles=frozenset(_strings(table, "quote_articles", lex, lang)),
        quote_relatives=frozenset(_strings(table, "quote_relatives", lex, lang)),
        figure_reach=_integer(table, "figure_reach", lex, lang),
        objects_alone=_integer(table, "objects_alone", lex, lang),
        bare_min_score=_number(table, "bare_min_score", lex, lang),
        identity_context=_integer(table, "identity_context", lex, lang),
        figure_weight=_number(table, "figure_weight", lex, lang),
        years=(_integer(table, "first_year", lex, lang), _integer(table, "last_year", lex, lang)),
        subject_stops=frozenset(_strings(table, "subject_stops", lex, lang)),
        clause_hedges=clauses,
        not_after=frozenset(_strings(table, "not_after", lex, lang)),
        judging=frozenset(_strings(table, "judging", lex, lang)),
        report_labels=frozenset(_strings(table, "report_labels", lex, lang)),
        clause_pronouns=frozenset(_strings(table, "clause_pronouns", lex, lang)),
        passive_auxiliaries=attribution_rules(lang).passive_auxiliaries,
        confirming=frozenset(_strings(table, "confirming", lex, lang)),
        person_pronouns=frozenset(_strings(table, "person_pronouns", lex, lang)),
        report_turns=frozenset(_strings(table, "report_turns", lex, lang)),
        presupposing_openers=frozenset(_strings(table, "presupposing_openers", lex, lang)),
        turn_complements=frozenset(_strings(table, "turn_complements", lex, lang)),
        attributive_before=frozenset(_strings(table, "attributive_before", lex, lang)),
        charges=frozenset(_strings(table, "charges", lex, lang)),
        decisions=frozenset(_strings(table, "decisions", lex, lang)),
        possessives=frozenset(normal_text(w) for w in possessives(lang).determiners),
        possessive_endings=tuple(normal_text(e) for e in possessives(lang).endings),
        kin={form: group for group, forms in same.items() for form in forms},
        kin_forms=same,
        lang=lang,
    )


def _key(hedge: str, clauses: frozenset[str]) -> str:
    """The word a sentence must hold for ``hedge`` to match: its longest, or for a hedge
    that opens a clause its verb ("police [believe]": "police" is in most crime stories)."""
    words = hedge.lower().split()
    return words[-1] if normal_text(hedge) in clauses else max(words, key=len)


def _covered(hedge: str, lang: str) -> bool:
    """Whether a statement hedge holds a hedge of the [[hedge]] tables (``hedges_in``'s,
    the pattern ``reading.hedge_matches`` runs) as a run of its whole words ("[reportedly]",
    "will [likely]"): a sentence where the statement hedge matches has a match of that
    pattern too (see ``hedged_statements.may_hold_hedge``)."""
    general = _hedge_rules(lang).scopes
    words = hedge.split()
    return any(
        " ".join(words[i:j]) in general
        for i in range(len(words))
        for j in range(i + 1, len(words) + 1)
    )


def _same_words(table: dict[str, object], lang: str) -> dict[str, tuple[str, ...]]:
    """The [statements.same_words] groups: group name -> its lower-case forms."""
    lex = HEDGES_LEXICON
    groups = require(table, "same_words", dict, lex, lang=lang)
    same: dict[str, tuple[str, ...]] = {}
    seen: set[str] = set()
    for group in groups:
        forms = tuple(f.casefold() for f in _strings(groups, group, lex, lang))
        if seen & set(forms):
            raise LexiconError(f"same_words {group!r} repeats a form", path=lexicon_path(lex, lang))
        seen.update(forms)
        same[group] = forms
    return same
