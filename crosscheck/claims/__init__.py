"""Claims stage: a source's sentences, quantities and times -> Claim records.

``extract`` is the stage (``extract_claims``, ``claims_from``); ``figure_claim`` makes one
figure's claim (its noun and verb group read by ``figure_nouns``); ``frames`` reads the frame
of one figure (what it counts, its event, owner, place, role) with ``frame_roles``,
``frame_what`` and its other ``frame_*`` helpers; ``dates`` makes the claims of dates, with
``clause_bounds`` (a date's clause), ``date_subjects`` (its noun phrase), ``date_keys`` (which
event a date dates; its words and stems in ``date_events``), ``date_nouns`` and
``frame_dates``; ``scope_groups`` is matching.toml's scope words, read once for the date
claims and both matchers. Import each name from the module that defines it: this file re-exports
nothing, so importing one helper never loads the whole stage.
"""
