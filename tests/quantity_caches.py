"""The quantities finder's lexicon readers, each cached per language: the tests that swap
the lexicon root empty them (``test_language_quantities``, ``test_language_timex``)."""

from __future__ import annotations

from crosscheck.quantities import decade_ages, lexicons, patterns, scan

QUANTITY_CACHES = (
    lexicons._numbers,
    lexicons._modifiers,
    lexicons._magnitudes,
    lexicons._magnitude_table,
    lexicons._currencies,
    lexicons._units,
    lexicons._spelling,
    patterns._patterns,
    scan._suffix_index,
    decade_ages._decade_ages,
)
