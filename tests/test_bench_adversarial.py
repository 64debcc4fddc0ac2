"""The adversarial benchmark's inputs: every builder gives the shape asked at the exact size.

No timing here (benchmarks run on demand, never in the test suite): only that the shapes of
issue 11 are the ones measured, that a doubling of the size is a doubling of the text, and
that a step that grows too fast is flagged.
"""

from __future__ import annotations

import re
import tomllib

import pytest

from benchmarks.adversarial_inputs import (
    INPUTS,
    MARKDOWN_INPUTS,
    PIPELINE_INPUTS,
    TOML_INPUTS,
    named_sayings,
    person_name,
    toml_dotted_key,
    toml_nested_lines,
    toml_sources,
    toml_tables,
)
from benchmarks.bench_adversarial import Floors, Series, Timing, step_flags, targets

SIZES = (100, 999, 50_000, 100_000)


@pytest.mark.parametrize("name", list(INPUTS))
@pytest.mark.parametrize("size", SIZES)
def test_every_input_has_exactly_the_size_asked(name: str, size: int) -> None:
    assert len(INPUTS[name](size)) == size


@pytest.mark.parametrize(
    ("name", "unit"),
    [
        ("line of '1,'", "1,"),
        ("line of '$1.4 billion '", "$1.4 billion "),
        ("line of '12.5% '", "12.5% "),
        ("line of 'between 1 and 2 and '", "between 1 and 2 and "),
        ("line of 'January January January 2020 '", "January January January 2020 "),
        ("line of 'one hundred and twenty thousand '", "one hundred and twenty thousand "),
        ("line of '['", "["),
    ],
)
def test_lines_of_issue_11_repeat_their_unit_on_one_line(name: str, unit: str) -> None:
    text = INPUTS[name](50_000)
    assert "\n" not in text
    assert text == (unit * (50_000 // len(unit) + 1))[:50_000]


def test_the_issue_shapes_are_all_measured_by_their_function() -> None:
    assert len(PIPELINE_INPUTS) == 7
    by_name = {t.name: t.inputs for t in targets()}
    assert by_name["check+csv"] == tuple(PIPELINE_INPUTS)
    assert by_name["strip_markdown"] == tuple(MARKDOWN_INPUTS)
    assert by_name["load_toml"] == by_name["load_story"] == tuple(TOML_INPUTS)


def test_named_sayings_give_a_new_name_and_figure_in_every_sentence() -> None:
    text = named_sayings(100_000)
    sentences = re.findall(
        r"([A-Z][a-z]+ [A-Z][a-z]+) said that (\d+) people were detained\. ", text
    )
    assert len(sentences) > 1_500
    names = [name for name, _ in sentences]
    assert len(set(names)) == len(names)
    assert len({n for _, n in sentences}) == len(sentences)
    assert names[:2] == [person_name(0), person_name(1)]


def test_person_names_are_distinct_below_100000() -> None:
    assert len({person_name(i) for i in range(0, 100_000, 7)}) == len(range(0, 100_000, 7))


def test_toml_nesting_lines_open_600_brackets() -> None:
    line = toml_nested_lines(50_000).split("\n")[0]
    assert line == "k = " + "[" * 600 + "]" * 600


def test_toml_dotted_key_is_one_key_of_many_parts() -> None:
    text = toml_dotted_key(50_000)
    key, value = text.strip().split(" = ")
    assert value == "1"
    assert set(key.split(".")) == {"a"}
    assert len(key.split(".")) == (50_000 - 5) // 2 + 1


def test_toml_tables_are_all_differently_named() -> None:
    names = re.findall(r"^\[(t\d+)\]$", toml_tables(50_000), re.MULTILINE)
    assert len(names) > 3_000
    assert len(set(names)) == len(names)


def test_valid_story_toml_shapes_parse() -> None:
    parsed = tomllib.loads(toml_sources(50_000))
    files = [entry["file"] for entry in parsed["sources"]]
    assert len(files) > 500
    assert len(set(files)) == len(files)
    assert len(tomllib.loads(INPUTS["one long string (valid)"](50_000))["title"]) == 50_000 - 11


def _run(size: int, seconds: float, peak: int = 0, written: int | None = None) -> Timing:
    return Timing(size, seconds, peak=peak, written=written)


def test_a_doubling_that_costs_more_than_2_2_times_is_flagged() -> None:
    floors = Floors(seconds=0.05, peak=16 * 2**20, written=1_000_000)
    assert step_flags(_run(50, 1.0), _run(100, 2.1), floors) == []
    assert step_flags(_run(50, 1.0), _run(100, 2.3), floors) == ["0.05->0.1 KB: time x2.3"]
    memory = step_flags(_run(50, 1.0, 20 * 2**20), _run(100, 2.0, 50 * 2**20), floors)
    assert memory == ["0.05->0.1 KB: memory x2.5"]
    csv = step_flags(_run(50, 1.0, 0, 1_000_000), _run(100, 2.0, 0, 3_000_000), floors)
    assert csv == ["0.05->0.1 KB: claims.csv x3.0"]
    assert step_flags(_run(50, 0.01), _run(100, 0.04), floors) == []  # below the time floor


def test_a_step_is_flagged_only_if_the_next_doubling_grows_too_fast_as_well() -> None:
    floors = Floors()
    series = Series("f", "x", [_run(50, 1.0), _run(100, 2.3)])
    assert series.flagged(floors) == ["0.05->0.1 KB: time x2.3"]
    series.next_size = _run(200, 4.6)  # x2.0: the first step was noise
    assert series.flagged(floors) == []
    series.next_size = _run(200, 5.5)  # x2.4: superlinear
    assert series.flagged(floors) == ["0.05->0.1 KB: time x2.3"]
    series.next_size = Timing(200, None, "TIMEOUT")
    assert series.flagged(floors) == ["0.05->0.1 KB: time x2.3"]
