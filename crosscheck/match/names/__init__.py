"""The pieces the name pairing (``match.name_pairs``) puts together, one concern a file.

Moved from ``names/`` (arch41): the extraction package only *finds* names (``names.finder``,
``names.claims``); grouping an outlet's mentions into entities (``entities``, ``people``,
``name_keys``, ``occurrences``), pairing entities across outlets (``entity_pairs``,
``spelling_pairs``, ``word_forms``, ``spelled``, ``reordered``, ``long_forms``) and the slip
finders (``misspelling``, ``given_slips``, ``lone_slips``, ``lone_vowels``, ``call_signs``,
``syllable_slips``, ``namesakes``, ``slip_joins``, their table ``slip_rules``, ``difference``,
``told_kind``) and the notices whose mentions are left out (``notices``) are matching, and only
``match.name_pairs`` calls them; ``spellings`` (a name word's transliteration skeleton, two
spellings compared) is the half of ``names/lexicon.py`` only they read. A sub-package, not
22 more files beside the figure and date matchers of ``match/``: the names read as one
family. Nothing is re-exported here.
"""
