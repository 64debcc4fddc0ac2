"""What the statement search (``match.statement_search``) reads with, one concern a file.

Moved from ``certainty/`` (arch41): the extraction package only *finds* hedged statements
and assertions; the story's sentences as one read text (``story_text``), the sentences of
another source that may state a hedged statement (``candidates``), the words a search looks
for (``needles``) and whether a candidate states it outright (``outright``) serve only the
pairing in ``match.statement_search``, ``match.concept_pairs`` and
``match.statement_pairs``. A sub-package so that "candidates" and "outright" read as the
statement family's, not the figure matcher's. Nothing is re-exported here.
"""
