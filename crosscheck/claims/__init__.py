"""Claims stage: a source's sentences, quantities and times -> Claim records.

``extract`` is the stage (``extract_claims``, ``claims_from``); ``frames`` reads the frame of
one figure (what it counts, its event, owner, place, role) with its ``frame_*`` helpers;
``dates`` makes the claims of dates, with ``date_keys`` (which event a date dates) and
``frame_dates``. Import each name from the module that defines it: this file re-exports
nothing, so importing one helper never loads the whole stage.
"""
