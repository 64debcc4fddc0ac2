"""Records made field by field (``slotted.slot_setters``, ``slotted.fast_init``) are the
very records their dataclasses make: equal, same hash and repr, every field set."""

from __future__ import annotations

import inspect
import pickle
from dataclasses import FrozenInstanceError, astuple, dataclass, fields
from dataclasses import field as dc_field

import pytest

from crosscheck import check
from crosscheck.certainty.reading import SentenceReading, _read_sentence
from crosscheck.model import Mention, Sentence, Source
from crosscheck.slotted import fast_init, slot_setters

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
    reading = _read_sentence.__wrapped__(_HEDGED, "en")
    values = {f.name: getattr(reading, f.name) for f in fields(SentenceReading)}
    assert values["read"] == {}
    assert reading.hedge_matches and reading.plain_speakers  # the sentence has both
    expected = SentenceReading(**values)
    assert reading == expected
    assert repr(reading) == repr(expected)


def test_each_reading_has_its_own_cache_of_what_it_read() -> None:
    first = _read_sentence.__wrapped__(_HEDGED, "en")
    second = _read_sentence.__wrapped__(_HEDGED, "en")
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


def _twins() -> tuple[type, type]:
    """One record class twice: with the dataclass's ``__init__`` and with ``fast_init``'s."""

    def define() -> type:
        @dataclass(frozen=True, slots=True)
        class Record:
            first: int
            second: str = "b"
            items: list[int] = dc_field(default_factory=list)
            flag: bool = dc_field(default=False, kw_only=True)
            note: str = dc_field(kw_only=True)

        return Record

    return define(), fast_init(define())


def test_fast_init_makes_the_dataclass_record() -> None:
    plain, fast = _twins()
    for args, kwargs in [((1,), {"note": "n"}), ((1, "x", [2]), {"flag": True, "note": ""})]:
        made, expected = fast(*args, **kwargs), plain(*args, **kwargs)
        assert repr(made) == repr(expected)
        assert astuple(made) == astuple(expected)
    assert fast(1, note="").items is not fast(1, note="").items  # a factory per record
    assert inspect.signature(fast).parameters.keys() == inspect.signature(plain).parameters.keys()


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [
        ((), {"note": "n"}),
        ((1,), {}),
        ((1,), {"note": "n", "other": 2}),
        ((1, "x", [], True, "n"), {}),
    ],
)
def test_fast_init_refuses_what_the_dataclass_refuses(
    args: tuple[object, ...], kwargs: dict[str, object]
) -> None:
    plain, fast = _twins()
    with pytest.raises(TypeError):
        plain(*args, **kwargs)
    with pytest.raises(TypeError):
        fast(*args, **kwargs)


def test_fast_init_is_frozen_still() -> None:
    _, fast = _twins()
    with pytest.raises(FrozenInstanceError):
        fast(1, note="").first = 2


def test_fast_init_refuses_classes_it_cannot_serve() -> None:
    @dataclass(frozen=True)
    class NoSlots:
        a: int

    @dataclass(frozen=True, slots=True)
    class PostInit:
        a: int

        def __post_init__(self) -> None:
            pass

    @dataclass(frozen=True, slots=True)
    class NotInInit:
        a: int = dc_field(init=False, default=0)

    @dataclass(frozen=True, slots=True)
    class NamedSelf:
        self: int

    for cls in (NoSlots, PostInit, NotInInit, NamedSelf):
        with pytest.raises(TypeError):
            fast_init(cls)


def test_pipeline_records_pickle_and_compare() -> None:
    sentence = Sentence(start=0, end=4, text="Text")
    assert Sentence.__init__.__qualname__ == "Sentence.__init__"
    assert pickle.loads(pickle.dumps(sentence)) == sentence
    assert repr(sentence) == "Sentence(start=0, end=4, text='Text')"
