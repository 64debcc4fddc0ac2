"""Sentence text -> certainty and attribution; sentences -> assertions and hedged statements.

Contracts:

* ``reading.find_hedges(sentence_text, start, end) -> Certainty``: the hedges ("may", "reportedly",
  "reasonable grounds to believe") that govern the clause holding ``[start, end)``.
* ``reading.find_attribution(sentence_text, start, end) -> str | None``: whom the sentence credits
  with that part ("according to the UN" -> "UN", "the experts said" -> "the experts").
* ``assertions.find_assertions(source, sentences) -> list[Assertion]``: non-numeric statements worth
  comparing across sources ("<subject> may amount to crimes against humanity").
* ``hedged_statements.find_hedged_statements(source, sentences) -> list[HedgedStatement]``:
  statements of fact a source hedges ("explosives were reportedly thrown").
* ``statements.find_statements(source, sentences) -> Statements``: all of the above for one source.
* ``open_questions.open_question_phrases(lang) -> tuple[str, ...]``: the open questions ("it
  wasn't immediately clear whether") that hedge the clause after them, figures and statements.
* ``comparable.comparable_assertion``: which assertions may be compared across sources;
  ``candidates``, ``needles``, ``outright``, ``story_text``: what the matching stage reads
  when it looks for a hedged statement in another source's sentences.
  ``crosscheck.match.statement_pairs`` pairs the story's claims (through
  ``match.statement_search`` and ``match.concept_pairs``), and ``crosscheck.rules.certainty``
  judges the pairs.

Offsets given to and returned by ``find_hedges``/``find_attribution`` are local to the
sentence text. Sentences are never split here. Word lists live in ``lexicon/hedges.toml``
and ``lexicon/attribution.toml``. Every regular expression is an alternation of literal
phrases, with single white-space classes between words, so it runs in linear time.

Attribution is normalised lightly and readably: a leading "the" is dropped before a name
or an acronym ("according to the UN" -> "UN", "the UN Special Rapporteur for Belarus" ->
"UN Special Rapporteur for Belarus") and kept, in lower case, before a common noun ("The
experts said" -> "the experts", "the Group noted" -> "the Group"). A pronoun ("they said")
names nobody and gives ``None``: coreference is not resolved.

This ``__init__`` re-exports nothing: import a name from the module that defines it
(``read_sentence`` and ``SentenceReading`` from ``reading``, the speakers it keeps from
``speakers``, the lexicons from ``rules``, the [statements] table from ``statement_rules``,
``HedgedStatement`` from ``records``, the sentence scan both statements and concepts run
from ``hits``).
"""
