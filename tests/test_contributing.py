"""The README's contributing recipes are true: every file and name they point to is there, a
unit added as "A unit of measure" says is read and compared, and the files a new language's
folder is read for are the ones "A language" lists.

The unit and the language are tried on a copy of the shipped lexicons, in a fresh process
(the loader reads the copy; no cache of this process is touched)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

from crosscheck.quantities.lexicons import unit_surface
from tests.fakelang import FAKE, add_after, copy_lexicons

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"

# A path the recipes name: folders and files of the project, "<...>" standing for any name.
_PATH = re.compile(r"`((?:[\w*<>-]+/)+(?:[\w.*<>-]+)?(?:::\w+)?)`")
# "`name` in `path`" / "`name` of `path`": a name the recipe says that file holds.
_NAMED_IN = re.compile(r"`(\[?\w+\]?)` (?:in|of) `([\w/*<>.-]+\.(?:py|toml))`")
_BASES = (ROOT, ROOT / "crosscheck", ROOT / "crosscheck" / "lexicon")


def contributing(text: str) -> str:
    """The README's "Contributing" section (up to the next section of its level or above)."""
    start = text.index("### Contributing")
    end = re.search(r"\n#{1,3} ", text[start + 1 :])
    return text[start : start + 1 + end.start()] if end else text[start:]


def recipe(section: str, opening: str) -> str:
    """One recipe of the section: from its bold opening to the next bold opening."""
    start = section.index(opening)
    end = section.find("\n**", start + len(opening))
    return section[start:] if end < 0 else section[start:end]


def _found(path: str) -> list[Path]:
    """The files or folders a recipe path names, read from the project root, the package or
    the lexicon folder (recipes write `rules/numeric.py` for crosscheck/rules/numeric.py)."""
    pattern = re.sub(r"<[^>]*>", "*", path.rstrip("/"))
    return [hit for base in _BASES for hit in sorted(base.glob(pattern))]


def missing_paths(section: str) -> list[str]:
    """The paths of the section that name nothing, and ``file::test`` with no such test."""
    missing: list[str] = []
    for path in sorted(set(_PATH.findall(section))):
        file, _, test = path.partition("::")
        hits = _found(file)
        defined = any(f"def {test}(" in h.read_text(encoding="utf-8") for h in hits if test)
        if not hits or (test and not defined):
            missing.append(path)
    return missing


def missing_names(section: str) -> list[str]:
    """The "`name` in `path`" of the section whose file does not hold that name."""
    missing: list[str] = []
    for name, path in sorted(set(_NAMED_IN.findall(section))):
        texts = [h.read_text(encoding="utf-8") for h in _found(path) if h.is_file()]
        word = re.escape(name) if name.startswith("[") else rf"\b{re.escape(name)}\b"
        if not any(re.search(word, text) for text in texts):
            missing.append(f"{name} in {path}")
    return missing


def test_every_path_and_name_the_recipes_give_is_there() -> None:
    section = contributing(README.read_text(encoding="utf-8"))
    assert len(_PATH.findall(section)) > 30  # not vacuous: the recipes name their files
    assert missing_paths(section) == []
    assert missing_names(section) == []


def test_a_path_or_name_that_is_gone_is_reported() -> None:
    section = (
        "### Contributing\n`crosscheck/rules/nowhere.py`, `tests/test_quantities.py::test_gone`,"
        " `tests/cases/rules/<kind>.toml`, `_unit_word` in `rules/numeric.py`,"
        " `_no_such_name` in `rules/numeric.py`, `[no_table]` of `lexicon/en/units.toml`"
    )
    assert missing_paths(section) == [
        "crosscheck/rules/nowhere.py",
        "tests/test_quantities.py::test_gone",
    ]
    assert missing_names(section) == [
        "[no_table] in lexicon/en/units.toml",
        "_no_such_name in rules/numeric.py",
    ]


# --- a unit of measure ------------------------------------------------------------------

UNITS = "crosscheck/lexicon/en/units.toml"
EVENTS = "crosscheck/lexicon/en/events.toml"
_PRESSURE = """
[[unit]]
measure = "kilopascal"
dimension = "pressure"
factor = 1000
surfaces = ["kilopascal", "kilopascals"]

[[unit]]
measure = "pound per square inch"
dimension = "pressure"
factor = 6894.757
surfaces = ["psi", "pounds per square inch"]
"""
_PIPELINE = "The gas pipeline exploded after its pressure rose to {}, officials said."

# Run in a fresh process: the lexicons read from the copy at argv[1], two sources checked.
_CHECK_PAIR = """
import json, sys
from datetime import date
from importlib import resources
from pathlib import Path
root = Path(sys.argv[1])
resources.files = lambda _: root
from crosscheck import Source, check
day = date(2026, 7, 1)
sources = [Source(id=i, text=t, published=day) for i, t in (("a", sys.argv[2]), ("b", sys.argv[3]))]
rows = [[d.kind.value, d.explanation] for d in check(sources).discrepancies]
print(json.dumps(rows))
"""


def _in_copy(root: Path, path: str) -> Path:
    """The file of the copy that stands for ``path`` of the project (a lexicon file)."""
    return root / Path(path).relative_to("crosscheck/lexicon")


def _fresh(code: str, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def _pressure_rows(root: Path) -> list[tuple[str, ...]]:
    a, b = _PIPELINE.format("100 psi"), _PIPELINE.format("300 kilopascals")
    return [tuple(row) for row in json.loads(_fresh(_CHECK_PAIR, str(root), a, b))]


def test_the_unit_recipe_names_the_files_this_test_edits() -> None:
    unit = recipe(contributing(README.read_text(encoding="utf-8")), "**A unit of measure**")
    assert f"`{UNITS}`" in unit and "`[dimensions]`" in unit
    assert f"`{EVENTS}`" not in unit  # one data row: no second table of units to edit


def test_a_new_unit_and_dimension_are_read_compared_and_named_from_one_row(
    tmp_path: Path,
) -> None:
    """One [dimensions] line and two [[unit]] rows of units.toml make "100 psi" and "300
    kilopascals" of one pipeline a numeric conflict, compared in base units, and the
    explanation names both units as written: events.toml is not edited."""
    root = copy_lexicons(tmp_path)
    assert _pressure_rows(root) == []  # neither unit is known yet: nothing compared
    units = _in_copy(root, UNITS)
    add_after(units, "\n[dimensions]", 'pressure = "pascal"')
    units.write_text(units.read_text(encoding="utf-8") + _PRESSURE, encoding="utf-8")
    events = _in_copy(root, EVENTS).read_text(encoding="utf-8")
    assert "kilopascal" not in events and "psi" not in events
    [(kind, explanation)] = _pressure_rows(root)
    assert kind == "numeric.conflict"
    assert "(300 kilopascals is about 43.5 psi)" in explanation
    assert "pound per square inch" not in explanation


def test_a_unit_word_of_both_tables_has_one_factor() -> None:
    """events.toml's [units] (the claims stage's unit_of) holds only words units.toml leaves
    out or words with units.toml's own dimension and factor."""
    table = tomllib.loads((ROOT / EVENTS).read_text(encoding="utf-8"))["units"]
    differing = {
        word: found
        for word, (dimension, factor) in table.items()
        if (found := unit_surface(word)) is not None and found[1:] != (dimension, factor)
    }
    assert differing == {}


# --- a language -------------------------------------------------------------------------

# Run in a fresh process: a story folder (argv[2]) read and checked with the lexicons of the
# copy at argv[1]; prints the files of the fake language's folder the run read.
_READ_FILES = """
import json, sys
from importlib import resources
from pathlib import Path
root = Path(sys.argv[1])
resources.files = lambda _: root
import crosscheck.lexicon as lexicon
read = set()
plain = lexicon._read
def spy(resource, shown):
    if shown.startswith(f"lexicon/{sys.argv[3]}/"):
        read.add(shown.rsplit("/", 1)[1])
    return plain(resource, shown)
lexicon._read = spy
from crosscheck import check, load_story
story = load_story(Path(sys.argv[2]))
assert len(story.sources) == 2, story
check(story.sources)
print(json.dumps(sorted(read)))
"""
_STORY = """title = "A fire"
language = "{lang}"

[[sources]]
file = "a.txt"
published = 2026-07-01

[[sources]]
file = "b.txt"
published = 2026-07-01
"""
_ARTICLE = (
    "Menu Home News\n\nThe wildfire near Redvale burned {area} of forest since 3 January 2026,"
    " officials said on Wednesday. The fire reportedly killed {dead} people in the town, "
    "Dr. Smith said. Police said more than 300 people were evacuated, costing $5 million."
)


def listed_language_files(section: str) -> set[str]:
    """The files "A language" says a new language's folder is read for today."""
    text = recipe(section, "**A language**")
    start = text.index("only these files of the new folder are read:")
    end = text.index("The other stages", start)
    return set(re.findall(r"`([\w.]+\.toml)`", text[start:end]))


def test_a_new_language_folder_is_read_for_the_files_the_recipe_lists(tmp_path: Path) -> None:
    root = copy_lexicons(tmp_path)
    shutil.copytree(root / "en", root / FAKE)
    story = tmp_path / "story"
    story.mkdir()
    (story / "story.toml").write_text(_STORY.format(lang=FAKE), encoding="utf-8")
    for name, area, dead in (("a", "12,000 hectares", 12), ("b", "60,000 acres", 30)):
        text = _ARTICLE.format(area=area, dead=dead)
        (story / f"{name}.txt").write_text(text, encoding="utf-8")
    read = set(json.loads(_fresh(_READ_FILES, str(root), str(story), FAKE)))
    listed = listed_language_files(contributing(README.read_text(encoding="utf-8")))
    assert "units.toml" in read  # not vacuous: the run read the fake language's folder
    assert read == listed, (
        f"read but not listed: {sorted(read - listed)}; listed but not read: "
        f"{sorted(listed - read)} (README, Contributing, 'A language')"
    )


def test_the_listed_language_files_are_read_from_the_recipe() -> None:
    paragraph = (
        "**A language** x\n\nonly these files of the new folder are read: `a.toml` (`x/`)"
        " and `b.toml`. The other stages `c.toml`.\n**Next** `d.toml`"
    )
    assert listed_language_files(paragraph) == {"a.toml", "b.toml"}
