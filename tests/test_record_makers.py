"""Records made field by field (``model.slot_setters``) are the very records their
dataclasses make: equal, same hash and repr, every field set."""

from __future__ import annotations

from dataclasses import fields

from crosscheck import check
from crosscheck.certainty.reading import SentenceReading, read_sentence
from crosscheck.model import Mention, Source, slot_setters

_HEDGED = 'The minister said "as many as 40 people may have died", police reported.'


def test_slot_setters_set_each_field_in_order() -> None:
    setters = slot_setters(Mention)
    assert len(setters) == len(fields(Mention))
    made = object.__new__(Mention)
    for setter, value in zip(setters, ("a", 1, 5, "text", ""), strict=True):
        setter(made, value)
    expected = Mention(source="a", start=1, end=5, text="text", sentence="")
    assert made == expected
    assert hash(made) == hash(expected)
    assert repr(made) == repr(expected)


def test_read_sentence_makes_the_dataclass_record() -> None:
    reading = read_sentence.__wrapped__(_HEDGED)
    values = {f.name: getattr(reading, f.name) for f in fields(SentenceReading)}
    assert values["read"] == {}
    assert reading.hedge_matches and reading.plain_speakers  # the sentence has both
    expected = SentenceReading(**values)
    assert reading == expected
    assert repr(reading) == repr(expected)


def test_each_reading_has_its_own_cache_of_what_it_read() -> None:
    first = read_sentence.__wrapped__(_HEDGED)
    second = read_sentence.__wrapped__(_HEDGED)
    assert first.read is not second.read
    assert first.boundary_starts == second.boundary_starts  # read on demand, kept per reading
    assert "boundary_starts" in first.read
    assert second.read.keys() == first.read.keys()


def test_report_names_are_the_dataclass_mentions() -> None:
    text = "Alexander Lukashenko met Svetlana Tikhanovskaya in Minsk on Monday."
    report = check([Source(id="a", text=text), Source(id="b", text=text)])
    assert report.names
    for name in report.names:
        expected = Mention(
            source=name.source,
            start=name.start,
            end=name.end,
            text=text[name.start : name.end],
            sentence="",
        )
        assert name == expected
        assert repr(name) == repr(expected)
