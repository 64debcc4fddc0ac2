"""The bare-word literals ``test_no_english_words_in_code`` lets stay, each with why.

Keyed by (file under ``crosscheck/``, word), not by line; the lines are in the comment. Every
entry is a word of the code (a kind, a canonical value, a key, a column), never a word read in
an article: a word read in text belongs in the lexicon of its language.
"""

from __future__ import annotations

# (file, word) -> why it is still written in Python: a word of the code, never one read in
# an article (keyed by text, not line; the line is in the comment).
_KIND = "a claim's kind or a frame's value, written into claims and compared, not read in text"
_ROLE = "a frame role (frame_roles.py): a value of Frame.role, compared, not read in text"
_GROUP = "a scope group (scope_groups.py: start, end, at): a key of ScopeGroups, not read"
_GATE = "a gate's name, yielded and counted by the figure matcher, not read in text"
_VAGUE = "a reason name vague_pairs.py returns, compared by its callers, not read in text"
_KEY = "a key of a report-words table ([explain]), chosen by a condition: not read in text"
_LEXICON = "a lexicon file or table name (an input of load_lexicon / require), not read"
_STAGE = "the name of a matching family or rule group (engine.py, rules/base.py)"
_SLOT = "a name part's role (slip_rules.py, entity_pairs.py), not read in text"
_SIDE = "a pair side's label ('a', 'b'): a field name of the pair, not read in text"
_EXPORT = "a Python name (a parameter's), not read in text"
_BOUND = "a bound's name (numeric.py LOWER, UPPER), not read in text"
_FLOAT = "the exponent mark of Python's float repr ('1e-05'), not read in text"

_TIME_KIND = (
    "an atom's kind or a canonical time unit (timex records, the values of time.toml's [units],"
    " [year_parts], model.Granularity), compared, not read in text"
)
_TIME_CANON = (
    "a canonical value of a time.toml table the code compares ([modifiers] 'since', 'between';"
    " [clock.modifiers] 'at'; [clock.markers] 'am', 'pm'; [range_links] 'to' (a range), 'and'"
    " (a pair); [edges] 'later', 'earlier'): the words read in text are the table's keys"
)
_HEDGE_CANON = (
    "a canonical name of hedges.toml (the predicate key 'be' of [assertions.predicates], a"
    " [[hedge]] scope 'clause' / 'phrase' or strength 'strong' / 'weak'), not read in text"
)
_SUBJECT = "a canonical subject of synonyms.toml (its key 'person'), compared, not read in text"
_QBOUND = "a bound's name (quantities/kinds.py: gt, ge, lt, le, eq, approx, odd), not read"
_NUMBER_KIND = "a number word's kind (cardinals.py: unit, teen, tens), not read in text"
_PATTERN_GROUP = "the name of a group of a compiled pattern (units.py, scan.py), not read"
_DIMENSION = "a canonical dimension of a figure (percentage 'point', a duration's 'year')"
_ENUM = "the value of an enum member (model.py, names/records.py): written in output, not read"
_SEVERITY = "a severity (high, medium, low): a value of config, expectations and output"
_STATUS = "a review status or a draft verdict, written in and read from output files"
_COLUMN = (
    "a column of a CSV / JSON output or a key of an input file (story.toml, expectations,"
    " config, draft), not read in article text"
)
_OPTION = "a CLI command, option choice or output format, not read in text"
_TEMPLATE = "a key of the HTML report's template data (its text is a message), not read"
_FORMAT = "a format spec or a written mark ('s' of '2010s', 'g', 'p', CSV 'true'), not read"
_FIELD = "a field name of a record, read with getattr, not read in text"
_FOLDER = "a folder or file name the tool writes, not read in text"
_URL = "a URL scheme, compared with a parsed URL's, not read in article text"
_ESCAPE = "the 'u' of a written \\uXXXX escape (report/cells.py), not read in text"
_LANG = "a language code"
_TOKEN = "a token kind of the TOML pre-reader (readfile.py), not read in text"
_TOML_TYPE = "the name of a TOML value type, shown in an error, not read in text"

ALLOWED: dict[tuple[str, str], str] = {
    ("certainty/assertions.py", "be"): _HEDGE_CANON,  # lines 268, 274
    ("certainty/comparable.py", "be"): _HEDGE_CANON,  # line 70
    ("certainty/open_questions.py", "hedges"): _LEXICON,  # line 21
    ("certainty/reading.py", "phrase"): _HEDGE_CANON,  # line 300
    ("certainty/rules.py", "attribution"): _LEXICON,  # line 22
    ("certainty/rules.py", "certainty"): _KIND,  # line 20
    ("certainty/rules.py", "clause"): _HEDGE_CANON,  # line 301
    ("certainty/rules.py", "hedges"): _LEXICON,  # line 19
    ("certainty/rules.py", "phrase"): _HEDGE_CANON,  # line 301
    ("certainty/rules.py", "strong"): _HEDGE_CANON,  # line 301
    ("certainty/rules.py", "weak"): _HEDGE_CANON,  # line 301
    ("claims/dates.py", "date"): _KIND,  # line 38
    ("claims/dates.py", "dated"): _KIND,  # line 41
    ("claims/dates.py", "stated"): _KIND,  # line 44
    ("claims/figure_claim.py", "age"): _KIND,  # line 91
    ("claims/figure_claim.py", "count"): _KIND,  # line 150
    ("claims/figure_claim.py", "person"): _KIND,  # line 87
    ("claims/frame_finishes.py", "finish"): _KIND,  # line 25
    ("claims/frame_located.py", "events"): _LEXICON,  # line 29
    ("claims/frame_located.py", "length"): _KIND,  # line 28
    ("claims/frame_located.py", "located"): _KIND,  # line 27
    ("claims/frame_occasions.py", "rank"): _KIND,  # line 29
    ("claims/frame_roles.py", "base"): _ROLE,  # line 31
    ("claims/frame_roles.py", "change"): _ROLE,  # line 33
    ("claims/frame_roles.py", "estimate"): _ROLE,  # line 36
    ("claims/frame_roles.py", "other"): _ROLE,  # line 35
    ("claims/frame_roles.py", "part"): _ROLE,  # line 30
    ("claims/frame_roles.py", "rate"): _ROLE,  # line 34
    ("claims/frame_roles.py", "total"): _ROLE,  # line 29
    ("claims/frame_what.py", "person"): _KIND,  # line 30
    ("claims/frame_words.py", "plan"): _KIND,  # line 17
    ("claims/frame_words.py", "tens"): _LEXICON,  # line 204
    ("claims/frames.py", "new"): _KIND,  # line 70
    ("claims/vote_tallies.py", "tally"): _KIND,  # line 27
    ("claims/scope_groups.py", "at"): _GROUP,  # line 28
    ("claims/scope_groups.py", "end"): _GROUP,  # line 28
    ("claims/scope_groups.py", "start"): _GROUP,  # line 28
    ("cli/claims.py", "csv"): _OPTION,  # line 34
    ("cli/claims.py", "json"): _OPTION,  # lines 31, 32
    ("cli/draft.py", "json"): _OPTION,  # line 53
    ("cli/draft.py", "table"): _OPTION,  # line 58
    ("cli/main.py", "add"): _OPTION,  # line 229
    ("cli/main.py", "claims"): _OPTION,  # line 217
    ("cli/main.py", "csv"): _OPTION,  # lines 76, 132
    ("cli/main.py", "dask"): _OPTION,  # line 61
    ("cli/main.py", "html"): _OPTION,  # line 132
    ("cli/main.py", "json"): _OPTION,  # lines 76, 132
    ("cli/main.py", "local"): _OPTION,  # line 61
    ("cli/main.py", "run"): _OPTION,  # line 213
    ("cli/main.py", "table"): _OPTION,  # lines 76, 132
    ("cli/output.py", "confirmed"): _STATUS,  # line 51
    ("cli/output.py", "csv"): _OPTION,  # line 150
    ("cli/output.py", "explained"): _STATUS,  # line 35
    ("cli/output.py", "html"): _OPTION,  # line 134
    ("cli/output.py", "json"): _OPTION,  # lines 143, 180
    ("cli/output.py", "story"): _COLUMN,  # line 170
    ("cli/run.py", "json"): _OPTION,  # line 110
    ("cli/run.py", "table"): _OPTION,  # line 125
    ("config.py", "high"): _SEVERITY,  # line 160
    ("config.py", "low"): _SEVERITY,  # line 160
    ("config.py", "medium"): _SEVERITY,  # line 160
    ("config.py", "off"): _COLUMN,  # line 40
    ("config.py", "severity"): _COLUMN,  # line 40
    ("config.py", "spellings"): _COLUMN,  # line 40
    ("config.py", "stories"): _COLUMN,  # lines 40, 108
    ("config.py", "tolerance"): _COLUMN,  # line 40
    ("draft.py", "confirmed"): _STATUS,  # line 24
    ("draft.py", "disagrees"): _STATUS,  # line 22
    ("draft.py", "end"): _COLUMN,  # line 144
    ("draft.py", "id"): _COLUMN,  # line 145
    ("draft.py", "kind"): _COLUMN,  # line 145
    ("draft.py", "metric"): _COLUMN,  # line 144
    ("draft.py", "severity"): _COLUMN,  # line 145
    ("draft.py", "source"): _COLUMN,  # line 145
    ("draft.py", "start"): _COLUMN,  # line 144
    ("draft.py", "subject"): _COLUMN,  # line 144
    ("draft.py", "unsupported"): _STATUS,  # line 23
    ("draft.py", "verdict"): _COLUMN,  # line 144
    ("execution.py", "dask"): _OPTION,  # line 124
    ("execution.py", "local"): _OPTION,  # lines 118, 120
    ("expectations.py", "claims"): _COLUMN,  # lines 28, 29
    ("expectations.py", "conflict"): _COLUMN,  # lines 26, 80
    ("expectations.py", "consistent"): _COLUMN,  # lines 26, 81
    ("expectations.py", "high"): _SEVERITY,  # line 161
    ("expectations.py", "id"): _COLUMN,  # lines 27, 28, 29
    ("expectations.py", "ignored"): _COLUMN,  # line 26
    ("expectations.py", "kind"): _COLUMN,  # lines 28, 29
    ("expectations.py", "low"): _SEVERITY,  # line 161
    ("expectations.py", "medium"): _SEVERITY,  # line 161
    ("expectations.py", "severity"): _COLUMN,  # line 28
    ("expectations.py", "sources"): _COLUMN,  # lines 28, 29
    ("expectations.py", "story"): _COLUMN,  # line 26
    ("expectations.py", "title"): _COLUMN,  # line 26
    ("expectations.py", "why"): _COLUMN,  # lines 27, 28, 29
    ("expectations.py", "words"): _COLUMN,  # line 27
    ("expectations.py", "xfail"): _COLUMN,  # lines 27, 28, 29, 184
    ("ingest/__init__.py", "texts"): _FOLDER,  # line 41
    ("ingest/fetch.py", "extracted"): _FOLDER,  # line 37
    ("ingest/fetch.py", "http"): _URL,  # line 98
    ("ingest/fetch.py", "page"): _FOLDER,  # line 309
    ("ingest/fetch.py", "source"): _FOLDER,  # line 238
    ("language.py", "en"): _LANG,  # line 8
    ("match/engine.py", "certainty"): _STAGE,  # line 28
    ("match/engine.py", "figures"): _STAGE,  # line 26
    ("match/engine.py", "names"): _STAGE,  # line 27
    ("match/figure_blocks.py", "at"): _GROUP,  # lines 80, 83, 88
    ("match/figure_blocks.py", "cumulative"): _GROUP,  # line 31
    ("match/figure_blocks.py", "start"): _GROUP,  # line 86
    ("match/figure_gates.py", "hedged"): _GATE,  # line 35
    ("match/figure_gates.py", "incident"): _GATE,  # line 34
    ("match/figure_gates.py", "settings"): _GATE,  # line 71
    ("match/figure_gates.py", "times"): _GATE,  # line 57
    ("match/names/entity_pairs.py", "middle"): _SLOT,  # line 25
    ("match/names/slip_rules.py", "body"): _SLOT,  # line 20
    ("match/names/slip_rules.py", "given"): _SLOT,  # line 18
    ("match/vague_pairs.py", "dated"): _VAGUE,  # line 239
    ("match/vague_pairs.py", "range"): _VAGUE,  # lines 242, 244
    ("match/vague_pairs.py", "settings"): _VAGUE,  # line 233
    ("model.py", "age"): _ENUM,  # line 47
    ("model.py", "asserted"): _ENUM,  # line 218
    ("model.py", "century"): _ENUM,  # line 35
    ("model.py", "certainty"): _ENUM,  # line 73
    ("model.py", "count"): _ENUM,  # line 44
    ("model.py", "measure"): _ENUM,  # line 50 (a word of events.toml's [vote_tallies] too)
    ("model.py", "date"): _ENUM,  # line 412
    ("model.py", "day"): _ENUM,  # line 27
    ("model.py", "decade"): _ENUM,  # line 34
    ("model.py", "figure"): _ENUM,  # line 411
    ("model.py", "g"): _FORMAT,  # line 540
    ("model.py", "half"): _ENUM,  # line 32
    ("model.py", "hedged"): _ENUM,  # line 219
    ("model.py", "high"): _SEVERITY,  # line 56
    ("model.py", "hour"): _ENUM,  # line 26
    ("model.py", "low"): _SEVERITY,  # line 58
    ("model.py", "medium"): _SEVERITY,  # line 57
    ("model.py", "minute"): _ENUM,  # line 25
    ("model.py", "month"): _ENUM,  # line 29
    ("model.py", "name"): _ENUM,  # line 413
    ("model.py", "outlet"): _FIELD,  # line 271
    ("model.py", "path"): _FIELD,  # line 282
    ("model.py", "percent"): _ENUM,  # line 46
    ("model.py", "quarter"): _ENUM,  # line 31
    ("model.py", "range"): _ENUM,  # line 110
    ("model.py", "s"): _FORMAT,  # lines 207, 209
    ("model.py", "season"): _ENUM,  # line 30
    ("model.py", "statement"): _ENUM,  # line 414
    ("model.py", "total"): _ROLE,  # line 375
    ("model.py", "url"): _FIELD,  # line 271
    ("model.py", "week"): _ENUM,  # line 28
    ("model.py", "year"): _ENUM,  # line 33
    ("names/lexicon.py", "names"): _LEXICON,  # line 15
    ("names/records.py", "cut"): _ENUM,  # line 139
    ("names/records.py", "letter"): _ENUM,  # line 129
    ("names/records.py", "order"): _ENUM,  # line 131
    ("names/records.py", "organisation"): _ENUM,  # line 17
    ("names/records.py", "person"): _ENUM,  # line 16
    ("names/records.py", "place"): _ENUM,  # line 18
    ("names/records.py", "spelling"): _ENUM,  # line 132
    ("names/records.py", "swapped"): _ENUM,  # line 130
    ("names/records.py", "unknown"): _ENUM,  # line 19
    ("quantities/bounds.py", "approx"): _QBOUND,  # lines 61, 155, 201
    ("quantities/bounds.py", "eq"): _QBOUND,  # line 155
    ("quantities/bounds.py", "ge"): _QBOUND,  # lines 49, 154, 155
    ("quantities/bounds.py", "gt"): _QBOUND,  # line 47
    ("quantities/bounds.py", "le"): _QBOUND,  # lines 53, 154, 155
    ("quantities/bounds.py", "lt"): _QBOUND,  # line 51
    ("quantities/bounds.py", "odd"): _QBOUND,  # line 64
    ("quantities/cardinals.py", "tens"): _NUMBER_KIND,  # lines 95, 98
    ("quantities/cardinals.py", "unit"): _NUMBER_KIND,  # lines 89, 95
    ("quantities/intervals.py", "approx"): _QBOUND,  # lines 66, 103, 110, 246, 248
    ("quantities/intervals.py", "ge"): _QBOUND,  # lines 163, 246, 250
    ("quantities/intervals.py", "gt"): _QBOUND,  # line 246
    ("quantities/intervals.py", "le"): _QBOUND,  # line 164
    ("quantities/intervals.py", "vague"): _PATTERN_GROUP,  # line 232
    ("quantities/kinds.py", "approx"): _QBOUND,  # line 72
    ("quantities/kinds.py", "eq"): _QBOUND,  # lines 72, 74
    ("quantities/kinds.py", "ge"): _QBOUND,  # lines 69, 72, 74
    ("quantities/kinds.py", "gt"): _QBOUND,  # lines 69, 72, 74
    ("quantities/kinds.py", "le"): _QBOUND,  # lines 70, 72, 74
    ("quantities/kinds.py", "lt"): _QBOUND,  # lines 70, 72, 74
    ("quantities/kinds.py", "odd"): _QBOUND,  # line 72
    ("quantities/lexicons.py", "dozens"): _LEXICON,  # line 216
    ("quantities/lexicons.py", "tens"): _LEXICON,  # line 207
    ("quantities/lexicons.py", "units"): _LEXICON,  # lines 250, 320, 506
    ("quantities/scan.py", "vague"): _PATTERN_GROUP,  # line 383
    ("quantities/scan.py", "word"): _PATTERN_GROUP,  # line 299
    ("quantities/spelling.py", "tens"): _LEXICON,  # line 37
    ("quantities/units.py", "age"): _PATTERN_GROUP,  # line 106
    ("quantities/units.py", "code"): _PATTERN_GROUP,  # lines 101, 116, 119
    ("quantities/units.py", "pct"): _PATTERN_GROUP,  # line 103
    ("quantities/units.py", "point"): _DIMENSION,  # line 104
    ("quantities/units.py", "pp"): _PATTERN_GROUP,  # lines 103, 104
    ("quantities/units.py", "year"): _DIMENSION,  # line 111
    ("readfile.py", "close"): _TOKEN,  # line 224
    ("readfile.py", "open"): _TOKEN,  # line 222
    ("report/cells.py", "u"): _ESCAPE,  # line 77
    ("report/files.py", "texts"): _FOLDER,  # line 35
    ("report/html.py", "agree"): _TEMPLATE,  # line 182
    ("report/html.py", "confirmed"): _STATUS,  # line 206
    ("report/html.py", "counts"): _TEMPLATE,  # line 159
    ("report/html.py", "explained"): _STATUS,  # line 206
    ("report/html.py", "filters"): _TEMPLATE,  # line 168
    ("report/html.py", "frame"): _TEMPLATE,  # line 175
    ("report/html.py", "http"): _URL,  # line 294
    ("report/html.py", "id"): _TEMPLATE,  # line 176
    ("report/html.py", "kind"): _TEMPLATE,  # line 169
    ("report/html.py", "note"): _TEMPLATE,  # line 181
    ("report/html.py", "of"): _TEMPLATE,  # line 172
    ("report/html.py", "p"): _FORMAT,  # line 270
    ("report/html.py", "passage"): _TEMPLATE,  # line 180
    ("report/html.py", "published"): _TEMPLATE,  # line 177
    ("report/html.py", "severity"): _TEMPLATE,  # line 170
    ("report/html.py", "shown"): _TEMPLATE,  # line 173
    ("report/html.py", "skipped"): _TEMPLATE,  # line 167
    ("report/html.py", "sources"): _TEMPLATE,  # line 184
    ("report/html.py", "summary"): _TEMPLATE,  # line 160
    ("report/html.py", "unreviewed"): _STATUS,  # line 38
    ("report/tables.py", "actor"): _COLUMN,  # line 39
    ("report/tables.py", "approximate"): _COLUMN,  # line 36
    ("report/tables.py", "attribution"): _COLUMN,  # line 37
    ("report/tables.py", "certainty"): _COLUMN,  # line 37
    ("report/tables.py", "characters"): _COLUMN,  # line 45
    ("report/tables.py", "claims"): _COLUMN,  # line 45
    ("report/tables.py", "column"): _COLUMN,  # line 40
    ("report/tables.py", "details"): _COLUMN,  # line 31
    ("report/tables.py", "end"): _COLUMN,  # line 35
    ("report/tables.py", "event"): _COLUMN,  # line 39
    ("report/tables.py", "false"): _FORMAT,  # line 160
    ("report/tables.py", "granularity"): _COLUMN,  # line 36
    ("report/tables.py", "high"): _SEVERITY,  # lines 36, 262
    ("report/tables.py", "id"): _COLUMN,  # line 26
    ("report/tables.py", "incident"): _COLUMN,  # line 39
    ("report/tables.py", "kind"): _COLUMN,  # lines 26, 36
    ("report/tables.py", "line"): _COLUMN,  # line 40
    ("report/tables.py", "low"): _SEVERITY,  # lines 36, 262
    ("report/tables.py", "medium"): _SEVERITY,  # line 262
    ("report/tables.py", "metric"): _COLUMN,  # lines 26, 35
    ("report/tables.py", "note"): _COLUMN,  # line 29
    ("report/tables.py", "notes"): _COLUMN,  # line 40
    ("report/tables.py", "outlet"): _COLUMN,  # lines 41, 45
    ("report/tables.py", "path"): _COLUMN,  # line 45
    ("report/tables.py", "period"): _COLUMN,  # line 39
    ("report/tables.py", "place"): _COLUMN,  # line 39
    ("report/tables.py", "published"): _COLUMN,  # lines 41, 45
    ("report/tables.py", "role"): _COLUMN,  # line 39
    ("report/tables.py", "sentence"): _COLUMN,  # line 35
    ("report/tables.py", "severity"): _COLUMN,  # line 26
    ("report/tables.py", "source"): _COLUMN,  # lines 35, 45
    ("report/tables.py", "start"): _COLUMN,  # line 35
    ("report/tables.py", "status"): _COLUMN,  # line 29
    ("report/tables.py", "subject"): _COLUMN,  # lines 26, 35
    ("report/tables.py", "text"): _COLUMN,  # line 35
    ("report/tables.py", "true"): _FORMAT,  # line 160
    ("report/tables.py", "unit"): _COLUMN,  # line 36
    ("report/tables.py", "url"): _COLUMN,  # line 45
    ("report/tables.py", "value"): _COLUMN,  # lines 40, 215
    ("report/tables.py", "what"): _COLUMN,  # line 39
    ("report/terminal.py", "claim"): _COLUMN,  # line 290
    ("report/terminal.py", "low"): _SEVERITY,  # line 228
    ("report/terminal.py", "metric"): _COLUMN,  # line 290
    ("report/terminal.py", "source"): _COLUMN,  # line 290
    ("report/terminal.py", "subject"): _COLUMN,  # line 290
    ("report/terminal.py", "value"): _COLUMN,  # line 290
    ("report/terminal.py", "where"): _COLUMN,  # line 290
    ("review.py", "confirmed"): _STATUS,  # line 22
    ("review.py", "explained"): _STATUS,  # line 22
    ("review.py", "id"): _COLUMN,  # line 66
    ("review.py", "note"): _COLUMN,  # line 106
    ("review.py", "status"): _COLUMN,  # line 106
    ("rules/base.py", "figures"): _STAGE,  # line 49
    ("rules/explain.py", "a"): _SIDE,  # line 381
    ("rules/explain.py", "about"): _KEY,  # line 97
    ("rules/explain.py", "b"): _SIDE,  # line 381
    ("rules/explain.py", "count"): _KEY,  # line 108
    ("rules/explain.py", "end"): _GROUP,  # line 77
    ("rules/explain.py", "exactly"): _KEY,  # line 97
    ("rules/explain.py", "give"): _KEY,  # line 108
    ("rules/explain.py", "say"): _KEY,  # line 373
    ("rules/explain.py", "says"): _KEY,  # line 373
    ("rules/explain.py", "start"): _GROUP,  # line 75
    ("rules/explain.py", "total"): _ROLE,  # line 130
    ("rules/guards.py", "a"): _SIDE,  # lines 66, 147, 165
    ("rules/guards.py", "b"): _SIDE,  # lines 66, 147
    ("rules/name_variant.py", "count"): _KEY,  # line 53
    ("rules/name_variant.py", "detail"): _KEY,  # line 60
    ("rules/name_variant.py", "metric"): _KEY,  # line 61
    ("rules/name_variant.py", "row"): _KEY,  # line 52
    ("rules/numeric.py", "e"): _FLOAT,  # lines 132, 133
    ("rules/numeric.py", "lower"): _BOUND,  # line 176
    ("slotted.py", "self"): _EXPORT,  # line 62
    ("storyfile.py", "array"): _TOML_TYPE,  # line 301
    ("storyfile.py", "date"): _TOML_TYPE,  # line 304
    ("storyfile.py", "fetched"): _COLUMN,  # line 55
    ("storyfile.py", "file"): _COLUMN,  # lines 55, 193
    ("storyfile.py", "language"): _COLUMN,  # lines 55, 56
    ("storyfile.py", "outlet"): _COLUMN,  # line 55
    ("storyfile.py", "published"): _COLUMN,  # line 55
    ("storyfile.py", "sources"): _COLUMN,  # line 56
    ("storyfile.py", "string"): _TOML_TYPE,  # line 300
    ("storyfile.py", "table"): _TOML_TYPE,  # line 302
    ("storyfile.py", "time"): _TOML_TYPE,  # line 305
    ("storyfile.py", "title"): _COLUMN,  # lines 55, 56
    ("storyfile.py", "url"): _COLUMN,  # line 55
    ("text/words.py", "person"): _SUBJECT,  # line 149
    ("timex/absolute.py", "date"): _TIME_KIND,  # line 221
    ("timex/absolute.py", "half"): _TIME_KIND,  # line 184
    ("timex/ago.py", "decade"): _TIME_KIND,  # line 54
    ("timex/ago.py", "dozens"): _LEXICON,  # line 222
    ("timex/ago.py", "tens"): _LEXICON,  # line 222
    ("timex/ago.py", "week"): _TIME_KIND,  # line 165
    ("timex/ago.py", "year"): _TIME_KIND,  # line 121
    ("timex/anaphora.py", "earlier"): _TIME_CANON,  # line 36
    ("timex/anaphora.py", "later"): _TIME_CANON,  # line 36
    ("timex/anaphora.py", "period"): _TIME_KIND,  # line 37
    ("timex/anaphora.py", "relative"): _TIME_KIND,  # line 70
    ("timex/carried_years.py", "date"): _TIME_KIND,  # line 42
    ("timex/clock.py", "am"): _TIME_CANON,  # line 53
    ("timex/clock.py", "at"): _TIME_CANON,  # line 155
    ("timex/clock.py", "date"): _TIME_KIND,  # line 30
    ("timex/clock.py", "pm"): _TIME_CANON,  # lines 53, 91
    ("timex/clock.py", "relative"): _TIME_KIND,  # line 30
    ("timex/clock.py", "weekday"): _TIME_KIND,  # lines 30, 147
    ("timex/lexicon.py", "am"): _TIME_CANON,  # line 41
    ("timex/lexicon.py", "and"): _TIME_CANON,  # line 42
    ("timex/lexicon.py", "day"): _TIME_KIND,  # line 39
    ("timex/lexicon.py", "decade"): _TIME_KIND,  # line 39
    ("timex/lexicon.py", "half"): _TIME_KIND,  # line 40
    ("timex/lexicon.py", "month"): _TIME_KIND,  # line 39
    ("timex/lexicon.py", "pm"): _TIME_CANON,  # line 41
    ("timex/lexicon.py", "quarter"): _TIME_KIND,  # line 40
    ("timex/lexicon.py", "to"): _TIME_CANON,  # line 42
    ("timex/lexicon.py", "week"): _TIME_KIND,  # line 39
    ("timex/lexicon.py", "year"): _TIME_KIND,  # line 39
    ("timex/lexicon_fields.py", "time"): _LEXICON,  # line 17
    ("timex/patterns.py", "day"): _TIME_KIND,  # line 131
    ("timex/periods.py", "and"): _TIME_CANON,  # lines 180, 196, 198
    ("timex/periods.py", "between"): _TIME_CANON,  # lines 196, 198
    ("timex/periods.py", "date"): _TIME_KIND,  # lines 27, 235, 326
    ("timex/periods.py", "month"): _TIME_KIND,  # lines 27, 35, 44, 219
    ("timex/periods.py", "relative"): _TIME_KIND,  # lines 27, 213
    ("timex/periods.py", "since"): _TIME_CANON,  # line 68
    ("timex/periods.py", "to"): _TIME_CANON,  # line 162
    ("timex/periods.py", "weekday"): _TIME_KIND,  # lines 27, 283
    ("timex/periods.py", "year"): _TIME_KIND,  # lines 27, 37, 194
    ("timex/records.py", "relative"): _TIME_KIND,  # line 135
    ("timex/relative.py", "day"): _TIME_KIND,  # line 241
    ("timex/relative.py", "earlier"): _TIME_CANON,  # line 140
    ("timex/relative.py", "later"): _TIME_CANON,  # line 139
    ("timex/relative.py", "period"): _TIME_KIND,  # line 236
    ("timex/relative.py", "week"): _TIME_KIND,  # lines 80, 241, 242
    ("timex/relative.py", "year"): _TIME_KIND,  # line 66
    ("timex/scope.py", "date"): _TIME_KIND,  # line 90
    ("timex/scope.py", "period"): _TIME_KIND,  # line 69
    ("timex/scope.py", "weekend"): _TIME_KIND,  # lines 69, 71
    ("timex/scope.py", "year"): _TIME_KIND,  # line 90
    ("timex/spans.py", "day"): _TIME_KIND,  # line 53
    ("timex/spans.py", "decade"): _TIME_KIND,  # line 61
    ("timex/spans.py", "month"): _TIME_KIND,  # line 59
    ("timex/spans.py", "week"): _TIME_KIND,  # line 56
    ("timex/steps.py", "stepped"): _TIME_KIND,  # line 38
}
