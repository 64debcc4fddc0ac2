"""The name finder's lexicon readers, each cached per language, and its look-ups of words
read once (``finder._MEMOS``, per language): the tests that swap the lexicon root empty them
(``test_language_names``)."""

from __future__ import annotations

from crosscheck.names import finder, finder_tokens, lexicon, places, quoted

NAME_CACHES = (
    lexicon._name_words,
    finder_tokens._finder_words,
    finder_tokens._looked_at,
    finder._lone_ordinary,
    places._place_words,
    quoted._marks,
    quoted._carried,
)


def clear_name_caches() -> None:
    """Empty the readers above and the finder's look-ups of words."""
    for cached in NAME_CACHES:
        cached.cache_clear()
    finder._MEMOS.clear()
