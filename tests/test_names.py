"""Name mentions, entities across sources and name-variant discrepancies."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from casefiles import Case, select
from samplestory import SAMPLE, sample_story
from storyrules import name_variants

from crosscheck.errors import LexiconError
from crosscheck.ids import stable_id
from crosscheck.lexicon import load_lexicon
from crosscheck.match.names import people as names_people
from crosscheck.match.names import spellings as name_spellings
from crosscheck.match.names.difference import difference
from crosscheck.match.names.entities import group_entities
from crosscheck.match.names.spellings import same_given_name, same_surname
from crosscheck.model import Discrepancy, DiscrepancyKind, Sentence, Severity, Source
from crosscheck.names import lexicon as names_lexicon
from crosscheck.names.finder import find_names
from crosscheck.names.lexicon import NAMES_LEXICON
from crosscheck.names.records import Difference, Entity, NameKind, NameMention


def _sentence(text: str, offset: int = 0) -> Sentence:
    return Sentence(start=offset, end=offset + len(text), text=text)


# --------------------------------------------------------------------------- find_names


@pytest.mark.cases("names", files="find_names")
def test_find_names_cases(case: Case) -> None:
    text = case["text"]
    offset = 1000  # spans are source offsets: sentence start + local offset
    found = find_names(_sentence(text, offset), "en")
    got = [(m.text, m.kind.value) for m in found]
    assert got == [(e[0], e[1]) for e in case["expect"]]
    for mention, expected in zip(found, case["expect"], strict=True):
        assert text[mention.start - offset : mention.end - offset] == mention.text
        if len(expected) > 2:
            assert mention.title == expected[2]
    for word in case.get("absent", []):
        assert all(word not in m.text for m in found), word


def test_every_find_case_has_a_negative_or_exact_expectation() -> None:
    find_cases = select("names", files=("find_names",))
    assert any(c["expect"] == [] for c in find_cases)
    assert sum(1 for c in find_cases if c.get("absent")) >= 10


def test_possessive_span_excludes_the_ending() -> None:
    text = "Since February 2022, Lukashenko\u2019s government has played a key role."
    (mention,) = find_names(_sentence(text, 50), "en")
    assert (mention.start, mention.end) == (50 + 21, 50 + 31)
    assert mention.text == "Lukashenko"
    assert mention.possessive


def test_acronym_in_brackets_is_kept_as_alias() -> None:
    text = "The Universal Periodic Review (UPR) takes place every four years."
    first, second = find_names(_sentence(text), "en")
    assert (first.text, first.alias) == ("Universal Periodic Review", "UPR")
    assert (second.text, second.kind) == ("UPR", NameKind.ORGANISATION)


# --------------------------------------------------------------------------- same names


@pytest.mark.cases("names", table="pair")
def test_name_pairs(case: Case) -> None:
    compare = same_given_name if case["part"] == "given" else same_surname
    assert compare(case["a"], case["b"], "en") is case["same"]
    assert compare(case["b"], case["a"], "en") is case["same"]


# --------------------------------------------------------------------------- entities


def _entities(texts_by_source: dict[str, list[str]]) -> list[Entity]:
    mentions = {
        source: [m for text in texts for m in find_names(_sentence(text), "en")]
        for source, texts in texts_by_source.items()
    }
    return group_entities(mentions, "en")


def _entity_of(entities: list[Entity], text: str) -> Entity:
    (entity,) = [e for e in entities if text in e.spellings]
    return entity


def test_transliteration_variants_are_one_person() -> None:
    entities = _entities(
        {
            "a": ["Sviatlana Tsikhanouskaya spoke in Geneva."],
            "b": ["Svetlana Tikhanovskaya has taken refuge in Lithuania."],
        }
    )
    person = _entity_of(entities, "Sviatlana Tsikhanouskaya")
    assert person.kind is NameKind.PERSON
    assert set(person.spellings) == {"Sviatlana Tsikhanouskaya", "Svetlana Tikhanovskaya"}
    assert person.sources == ("a", "b")


def test_surname_alone_joins_the_only_person_with_that_surname() -> None:
    entities = _entities(
        {
            "a": ["Dr. Elena Kovalenko is a leading expert.", "Dr. Kovalenko: It is troubling."],
            "b": ["Putin sent propagandists."],
        }
    )
    kovalenko = _entity_of(entities, "Elena Kovalenko")
    assert "Kovalenko" in kovalenko.spellings
    assert _entity_of(entities, "Putin") is not kovalenko


def test_different_given_names_stay_apart() -> None:
    entities = _entities(
        {
            "a": ["President Alexander Lukashenko spoke.", "Lukashenko then left."],
            "b": ["Viktor Lukashenko, his son, was there."],
        }
    )
    father = _entity_of(entities, "Alexander Lukashenko")
    son = _entity_of(entities, "Viktor Lukashenko")
    assert father is not son
    assert "Lukashenko" in father.spellings  # same source as Alexander: not ambiguous there


def test_ambiguous_surname_stays_alone() -> None:
    entities = _entities(
        {"a": ["Jennifer Coolidge and Audrey Coolidge are actresses.", "Coolidge said so."]}
    )
    jennifer = _entity_of(entities, "Jennifer Coolidge")
    audrey = _entity_of(entities, "Audrey Coolidge")
    alone = _entity_of(entities, "Coolidge")
    assert len({id(jennifer), id(audrey), id(alone)}) == 3


def test_similar_first_names_stay_apart() -> None:
    entities = _entities({"a": ["Emma Canham spoke."], "b": ["Emily Canham spoke."]})
    assert _entity_of(entities, "Emma Canham") is not _entity_of(entities, "Emily Canham")


def test_acronym_joins_its_organisation() -> None:
    entities = _entities(
        {
            "a": ["Reports of the Office of the High Commissioner for Human Rights (OHCHR)."],
            "b": ["OHCHR reiterates its position."],
        }
    )
    office = _entity_of(entities, "OHCHR")
    assert office.kind is NameKind.ORGANISATION
    assert "Office of the High Commissioner for Human Rights" in office.spellings
    assert office.sources == ("a", "b")


# --------------------------------------------------------------------------- variants


def test_variants_within_and_across_sources() -> None:
    sources = [
        Source(id="one", text="Aleksandr Lukashenko spoke. Lukashenka left."),
        Source(id="two", text="Alexander Lukashenko spoke.", published=date(2024, 1, 2)),
    ]
    sentences = {
        "one": (_sentence("Aleksandr Lukashenko spoke.", 0), _sentence("Lukashenka left.", 28)),
        "two": (_sentence("Alexander Lukashenko spoke.", 0),),
    }
    found = name_variants(sources, sentences)
    pairs = {(d.value_a, d.value_b) for d in found}
    assert pairs == {
        ("Lukashenko", "Lukashenka"),
        ("Aleksandr Lukashenko", "Alexander Lukashenko"),
    }
    surname = next(d for d in found if d.value_b == "Lukashenka")
    assert surname.a.source == "one" and surname.b.source == "one"  # one source, two ways
    assert "one uses both spellings" in surname.explanation
    given = next(d for d in found if d.value_b == "Alexander Lukashenko")
    assert given.published_b == date(2024, 1, 2)
    assert given.b.text == "Alexander Lukashenko"
    assert given.b.sentence == "Alexander Lukashenko spoke."


def test_short_form_is_not_a_variant() -> None:
    sources = [Source(id="one", text="x"), Source(id="two", text="y")]
    sentences = {
        "one": (_sentence("President Aleksandr Lukashenko spoke."),),
        "two": (_sentence("Lukashenko left."),),
    }
    assert name_variants(sources, sentences) == []


def test_capitals_alone_are_not_a_variant() -> None:
    sources = [Source(id="one", text="x"), Source(id="two", text="y")]
    sentences = {
        "one": (_sentence("It reports to the Human Rights Council each year."),),
        "two": (_sentence("It reports to the Human Rights council in March."),),
    }
    assert name_variants(sources, sentences) == []


# --------------------------------------------------------------------------- the sample story


@pytest.fixture(scope="module")
def story() -> tuple[list[Source], dict[str, tuple[Sentence, ...]]]:
    if not SAMPLE.is_dir():
        pytest.skip("sample story missing")
    return sample_story()


def test_sample_sentences_quote_their_source(story) -> None:
    sources, sentences = story
    for source in sources:
        assert sentences[source.id]
        for sentence in sentences[source.id]:
            assert source.text[sentence.start : sentence.end] == sentence.text
        assert all("You May Also Like" not in s.text for s in sentences[source.id])


def test_sample_variants(story) -> None:
    sources, sentences = story
    found = name_variants(sources, sentences)
    assert all(d.kind is DiscrepancyKind.NAME_VARIANT for d in found)
    assert all(d.severity is Severity.LOW and d.metric == "spelling" for d in found)
    by_values = {(d.value_a, d.value_b): d for d in found}
    # one row per variant pair: the full names' row shows Tsikhanouskaya / Tikhanovskaya,
    # so no surname row repeats it (issue 12)
    assert set(by_values) == {
        ("Lukashenko", "Lukashenka"),
        ("Aleksandr Lukashenko", "Alexander Lukashenko"),
        ("Sviatlana Tsikhanouskaya", "Svetlana Tikhanovskaya"),
    }

    surname = by_values[("Lukashenko", "Lukashenka")]
    assert surname.id == stable_id("name", "Lukashenko", "Lukashenka")
    assert surname.a.source == "un-experts-2025"
    assert surname.b.source == "tsikhanouskaya-office-2024-03-20"
    assert surname.b.text == "Lukashenka"
    assert surname.published_b == date(2024, 3, 20)
    assert surname.explanation == (
        "'Lukashenko' (mentions: 7 in un-experts-2025, 1 in un-news-2025-02-14, "
        "5 in advocacy-justice-belarus, 4 in moscow-times-2020-11) vs 'Lukashenka' "
        "(mentions: 2 in tsikhanouskaya-office-2024-03-20): the same person's name is "
        "transliterated two ways; pick one house spelling."
    )
    assert surname.subject in ("Alexander Lukashenko", "Aleksandr Lukashenko")

    given = by_values[("Aleksandr Lukashenko", "Alexander Lukashenko")]
    assert given.a.source == "un-experts-2025"
    assert given.a.text == "Aleksandr Lukashenko"
    assert given.b.source == "un-news-2025-02-14"
    assert "moscow-times-2020-11" in given.explanation

    tikhanovskaya = by_values[("Sviatlana Tsikhanouskaya", "Svetlana Tikhanovskaya")]
    assert tikhanovskaya.a.source == "tsikhanouskaya-office-2024-03-20"
    assert tikhanovskaya.b.source == "moscow-times-2020-11"
    assert tikhanovskaya.subject == "Sviatlana Tsikhanouskaya"
    assert "Svetlana Tikhanovskaya" in tikhanovskaya.b.sentence


def test_sample_variants_are_stable(story) -> None:
    sources, sentences = story
    first = [d.id for d in name_variants(sources, sentences)]
    again = [d.id for d in name_variants(sources, sentences)]
    assert first == again
    assert len(set(first)) == len(first)


def test_sample_people_are_kept_apart(story) -> None:
    sources, sentences = story
    mentions = {
        s.id: [m for sentence in sentences[s.id] for m in find_names(sentence, "en")]
        for s in sources
    }
    entities = group_entities(mentions, "en")
    people = [
        "Elena Kovalenko", "Todd Pitman", "Pascal Sim", "Jurg Lauber", "Yuri Ambrazevich",
        "Andrew Bremberg", "Leslie Norton", "Kristina Rikhter", "Putin",
        "Alexander Lukashenko", "Sviatlana Tsikhanouskaya",
    ]  # fmt: skip
    found = [_entity_of(entities, name) for name in people]
    assert len({id(e) for e in found}) == len(people)
    lukashenko = _entity_of(entities, "Alexander Lukashenko")
    assert {"Lukashenko", "Lukashenka", "Aleksandr Lukashenko"} <= set(lukashenko.spellings)
    assert len(lukashenko.sources) == 5


@pytest.mark.parametrize(
    "text",
    [
        "West African health workers met North Koreans in Geneva.",
        "Trump left the summit with North Korean Dictator Kim Jong Un in Singapore.",
        "Photos: Getty Images for Mount Sinai Health System.",
    ],
)
def test_a_compass_or_mount_word_makes_no_place_of_a_people_or_a_long_run(text: str) -> None:
    """ "South Bend" is a place by its first word; "West African", "North Koreans" (a people's
    word after it) and runs longer than ``place_first_word_max_words`` are not."""
    found = find_names(_sentence(text), "en")
    places = [m.text for m in found if m.kind is NameKind.PLACE]
    assert places in ([], ["Geneva"], ["Singapore"]), places


def test_a_saints_place_is_no_persons_name() -> None:
    """ "St. John's" (a place) is read as no person's name: the place "St. John", its
    abbreviated first word kept with its full stop."""
    found = find_names(_sentence("They landed in St. John's, Newfoundland, on Tuesday."), "en")
    assert found
    assert not [m for m in found if m.kind is NameKind.PERSON]
    assert [m.text for m in found if m.kind is NameKind.PLACE] == ["St. John"]


def test_a_generational_suffix_after_a_title_word_names_no_body() -> None:
    """ "Martin Luther King Jr.": "Jr." names no organisation ("King" still reads as a title
    there, which is left)."""
    found = find_names(_sentence("The words of Martin Luther King Jr. were read aloud."), "en")
    assert found
    assert not [m for m in found if "Jr" in m.text or m.kind is NameKind.ORGANISATION]


# --------------------------------------------------------------------------- robustness


def _no_names(found: list[NameMention]) -> bool:
    return not found


def _whole_words(word: str) -> Callable[[list[NameMention]], bool]:
    """Every name found is a run of this word, nothing else."""
    return lambda found: all(set(m.text.split()) == {word} for m in found)


def _each(text: str, kind: NameKind, title: str | None, count: int) -> Callable[..., bool]:
    """Exactly ``count`` names, each ``text`` of ``kind`` with ``title``."""
    return lambda found: (
        len(found) == count and all((m.text, m.kind, m.title) == (text, kind, title) for m in found)
    )


ADVERSARIAL = [
    pytest.param("1," * 100_000, _no_names, id="digits-and-commas"),
    pytest.param("over " * 40_000, _no_names, id="repeated-over"),
    pytest.param("(" * 100_000 + ")" * 100_000, _no_names, id="nested-brackets"),
    pytest.param("Aaaa " * 40_000, _whole_words("Aaaa"), id="one-long-capitalised-run"),
    pytest.param(
        "Dr. Aaa " * 25_000, _each("Aaa", NameKind.PERSON, "Dr.", 25_000), id="repeated-titles"
    ),
    pytest.param("A. " * 70_000, _no_names, id="repeated-initials"),
    pytest.param(
        "of the " * 30_000 + "Council",
        lambda found: {m.text for m in found} <= {"Council"},
        id="connectors",
    ),
    pytest.param(
        "Lukashenko\u2019s " * 15_000,
        lambda found: (
            len(found) == 15_000 and all(m.text == "Lukashenko" and m.possessive for m in found)
        ),
        id="possessives",
    ),
]


@pytest.mark.timeout(60)
@pytest.mark.parametrize(("text", "expected"), ADVERSARIAL)
def test_find_names_completes_on_adversarial_input(
    text: str, expected: Callable[[list[NameMention]], bool]
) -> None:
    found = find_names(_sentence(text), "en")
    assert all(text[m.start : m.end] == m.text for m in found)
    assert all(a.end <= b.start for a, b in itertools.pairwise(found)), "overlapping names"
    assert expected(found), [(m.text, m.kind.value, m.title) for m in found[:5]]


@pytest.mark.timeout(60)
def test_variants_complete_on_a_long_sentence() -> None:
    text = "Alexander Lukashenko and Aleksandr Lukashenko met. " * 4_000
    source = Source(id="long", text=text)
    found = name_variants([source], {"long": (_sentence(text),)})
    assert [(d.value_a, d.value_b) for d in found] == [
        ("Alexander Lukashenko", "Aleksandr Lukashenko")
    ]


# --------------------------------------------------------------------------- lexicons


@pytest.fixture
def broken_lexicon(monkeypatch: pytest.MonkeyPatch):
    def install(name: str, data: dict[str, Any]) -> None:
        real = names_lexicon.load_lexicon

        def fake(requested: str, lang: str = "en") -> dict[str, Any]:
            return data if requested == name else real(requested, lang)

        monkeypatch.setattr(names_lexicon, "load_lexicon", fake)
        monkeypatch.setattr(name_spellings, "load_lexicon", fake)
        names_lexicon._name_words.cache_clear()
        name_spellings.transliteration_rules.cache_clear()

    yield install
    names_lexicon._name_words.cache_clear()
    name_spellings.transliteration_rules.cache_clear()


def test_bad_names_lexicon_is_reported(broken_lexicon) -> None:
    broken_lexicon("names", {"titles": "President"})
    with pytest.raises(LexiconError, match=r"names\.toml"):
        find_names(_sentence("President Alexander Lukashenko spoke."), "en")


def test_bad_transliteration_rule_is_reported(broken_lexicon) -> None:
    broken_lexicon(
        "transliteration",
        {"rules": [{"pattern": "(", "replace": ""}], "given_names": [], "thresholds": {}},
    )
    with pytest.raises(LexiconError, match=r"transliteration\.toml"):
        same_surname("Lukashenko", "Lukashenka", "en")


def test_place_and_its_adjective_are_not_spelling_variants() -> None:
    from crosscheck.match.names.word_forms import derived_form

    assert derived_form("Antarctica", "Antarctic", "en")
    assert derived_form("Belarus", "Belarusian", "en")
    assert not derived_form("Lukashenko", "Lukashenka", "en")
    assert not derived_form("Tsikhanouskaya", "Tikhanovskaya", "en")


# --- grouping in time linear in the distinct names (issue 11, item 4) -------------------


def _distinct_people(count: int) -> dict[str, list[NameMention]]:
    """``count`` people with distinct made-up names, each named in full then by surname."""
    import random

    rng = random.Random(7)
    letters = "bcdfghklmnprstvz"
    vowels = "aeiou"

    def word(size: int) -> str:
        return "".join(rng.choice(letters) + rng.choice(vowels) for _ in range(size)).title()

    text = " ".join(
        f"{word(2)} {word(rng.randint(3, 5))} said that {n} people left." for n in range(count)
    )
    sentence = Sentence(start=0, end=len(text), text=text)
    mentions = find_names(sentence, "en")
    return {"a": mentions[: len(mentions) // 2], "b": mentions[len(mentions) // 2 :]}


def test_grouping_computes_each_skeleton_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Skeletons per distinct word, not per pair of spellings (today: ~count**2 calls)."""
    mentions = _distinct_people(600)
    calls = 0
    real = names_people.skeleton

    def counting(word: str, lang: str) -> str:
        nonlocal calls
        calls += 1
        return real(word, lang)

    monkeypatch.setattr(names_people, "skeleton", counting)
    entities = group_entities(mentions, "en")
    words = {t.casefold() for ms in mentions.values() for m in ms for t in m.tokens}
    assert len(entities) >= 500  # distinct people stay apart
    assert calls <= 2 * len(words)


# --------------------------------------------------------------------------- variant cases


@pytest.mark.cases("rules", files="name_variant", where=lambda c: "rows" in c)
def test_variant_cases(case: Case) -> None:
    """The rows of tests/cases/rules/name_variant.toml, from name_variants alone."""
    rows = {frozenset((d.value_a, d.value_b)) for d in _case_variants(case)}
    assert rows == {frozenset(pair) for pair in case["rows"]}


def _case_variants(case: Case) -> list[Discrepancy]:
    sources = [Source(id=key, text=" ".join(case[key])) for key in ("a", "b") if key in case]
    sentences = {}
    for source in sources:
        found, position = [], 0
        for text in case[source.id]:
            start = source.text.index(text, position)
            found.append(Sentence(start=start, end=start + len(text), text=text))
            position = start + len(text)
        sentences[source.id] = found
    return name_variants(sources, sentences)


@pytest.mark.cases(
    "rules", files="name_variant", where=lambda c: bool({"quotes", "both", "mentions"} & set(c))
)
def test_variant_quote_and_explanation_cases(case: Case) -> None:
    """The quoted sentence of each spelling, who the explanation says uses both (names13), and
    the mention counts, quoted ones apart (names14)."""
    rows = _case_variants(case)
    assert len(rows) == 1
    row = rows[0]
    shown = {row.value_a: row.a.sentence, row.value_b: row.b.sentence}
    for value, sentence in case.get("quotes", []):
        assert shown[value] == sentence
    words = load_lexicon(NAMES_LEXICON)["explain"]
    said = [s for s in ("a", "b") if words["both_one"].format(sources=s) in row.explanation]
    assert said == case.get("both", said)
    assert words["both_many"].format(sources="a, b") not in row.explanation
    for value, counts in case.get("mentions", []):
        assert words["detail"].format(value=value, counts=counts) in row.details
        assert f"'{value}' (mentions: {counts})" in row.explanation


# --------------------------------------------------------------------------- differences


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Sergey Kislyak", "Sergei Kislyak", Difference.TRANSLITERATION),
        ("Zelenskiy", "Zelensky", Difference.TRANSLITERATION),
        ("Shabab", "Shabaab", Difference.TRANSLITERATION),
        ("Diane Feinstein", "Dianne Feinstein", Difference.LETTER),
        ("Pyonyang", "Pyongyang", Difference.LETTER),
        ("Murkowksi", "Murkowski", Difference.SWAPPED),
        ("Bedaralin", "Bedalarin", Difference.SWAPPED),
        ("Selanik", "Salenik", Difference.SWAPPED),
        ("Selanik", "Salanek", Difference.SPELLING),
        ("Hamyd Mourad", "Mourad Hamyd", Difference.ORDER),
        ("Alexander Lukashenko", "Viktor Lukashenko", Difference.SPELLING),
    ],
)
def test_difference_says_what_differs(a: str, b: str, expected: Difference) -> None:
    assert difference(a, b, "en") is expected


def test_misspelling_explanation_counts_mentions_per_source() -> None:
    texts = [
        "Talks in Pyongyang ended on Monday.",
        "Pyongyang said it would answer.",
        "Envoys left Pyonyang by train.",
    ]
    text = " ".join(texts)
    sentences, position = [], 0
    for part in texts:
        start = text.index(part, position)
        sentences.append(Sentence(start=start, end=start + len(part), text=part))
        position = start + len(part)
    other = "Officials in Pyongyang declined to comment."
    sources = [Source(id="fox", text=text), Source(id="npr", text=other)]
    found = name_variants(sources, {"fox": sentences, "npr": [_sentence(other)]})
    assert [d.explanation for d in found] == [
        "'Pyongyang' (mentions: 2 in fox, 1 in npr) vs 'Pyonyang' (mentions: 1 in fox): "
        "the same name differs by one letter; pick one house spelling. fox uses both spellings."
    ]
    assert found[0].a.source == found[0].b.source == "fox"  # quoted where both are written


def test_explanation_says_who_writes_one_spelling_only_inside_quotes() -> None:
    """A source writing one spelling in its own voice and the other only in a quotation still
    writes both: the row says so, and says which is only quoted (not "uses both spellings.")."""
    own = "Lukashenka met the envoys."
    quoted = '"Lukashenko will not go," a protester said.'
    text = own + " " + quoted
    sources = [Source(id="b", text=text), Source(id="a", text="Talks ended on Monday.")]
    sentences = {
        "b": [_sentence(own), Sentence(start=len(own) + 1, end=len(text), text=quoted)],
        "a": [_sentence("Talks ended on Monday.")],
    }
    found = name_variants(sources, sentences)
    assert len(found) == 1
    words = load_lexicon(NAMES_LEXICON)["explain"]
    assert found[0].explanation.endswith(" " + words["both_quoted_one"].format(sources="b"))
    assert words["both_one"].format(sources="b") not in found[0].explanation


@pytest.mark.parametrize(
    ("a", "b", "slip"),
    [
        ("hagel", "hagen", True),  # one letter changed
        ("bergdahl", "berghdal", True),  # one letter moved
        ("tsarnaev", "tsrnaev", True),  # one letter lost inside
        ("hodgkinson", "hodgkins", True),  # the last two letters cut off
        ("hodgkinson", "hodgkin", False),  # three cut off
        ("kelly", "nelly", False),  # the first letter is never the slip
        ("agalarov", "agaralov", False),  # two letters exchanged over a third
        ("majority", "minority", False),  # two letters changed
    ],
)
def test_one_slip_shapes(a: str, b: str, slip: bool) -> None:
    from crosscheck.match.names.namesakes import one_slip

    assert one_slip(a, b, 2) is slip
    assert one_slip(b, a, 2) is slip


@pytest.mark.parametrize(
    ("a", "b", "slips"),
    [
        ("dartell", "drattell", True),  # two neighbours swapped and a letter doubled
        ("scribal", "skripal", True),  # two letters changed
        ("agalarov", "agaralov", True),  # two letters exchanged over a third
        ("majority", "minority", True),  # long enough; the given name and guards decide
        ("kirby", "kerry", False),  # too short: two people ("John Kirby" / "John Kerry")
        ("donahue", "ronahue", False),  # the first letter is never a slip
        ("mcdonnell", "mcconnell", True),
        ("robertson", "robertsen", True),
        ("andersen", "anderson", True),
        ("williams", "willisam", False),  # the last letter changed
        ("hodgkinson", "hodgkins", False),  # three slips (cuts are ``one_slip``'s)
    ],
)
def test_two_slips_shapes(a: str, b: str, slips: bool) -> None:
    from crosscheck.match.names.namesakes import two_slips

    assert two_slips(a, b, "en") is slips
    assert two_slips(b, a, "en") is slips


@pytest.mark.parametrize(
    ("a", "b", "slip"),
    [
        ("jon", "john", True),  # an h added inside
        ("ariel", "aerial", True),  # a vowel added and one changed
        ("ivana", "ivanka", False),  # a consonant added: two people of one family
        ("eric", "erica", False),  # the last letter
        ("steve", "steven", False),  # a short form, not a slip
        ("dave", "david", False),
        ("michael", "mickael", False),  # a consonant
        ("sara", "sarah", False),  # the last letter
        ("al", "ali", False),  # too short
        ("johnathan", "jonathan", True),
        ("mohammed", "muhamed", False),  # three slips
    ],
)
def test_soft_given_slip_shapes(a: str, b: str, slip: bool) -> None:
    from crosscheck.match.names.given_slips import _rules, soft_slip

    assert soft_slip(a, b, _rules("en")) is slip
    assert soft_slip(b, a, _rules("en")) is slip


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Maghreb", "Magreb", True),  # Arabic gh written g
        ("Jabhat", "Jabat", True),  # Arabic bh written b
        ("Ghraib", "Graib", True),
        ("Khattala", "Hattala", True),  # kh / h, as before
        ("Magreb", "Magred", False),
        ("Ghani", "Gani", True),
        ("Ghani", "Hani", False),  # the g is kept
    ],
)
def test_skeleton_reads_arabic_gh_and_bh(a: str, b: str, same: bool) -> None:
    from crosscheck.match.names.spellings import skeleton

    assert (skeleton(a, "en") == skeleton(b, "en")) is same


@pytest.mark.cases("names", table="quote", files="quoted")
def test_inside_quotes_cases(case: Case) -> None:
    """Words read inside / outside quotation marks (tests/cases/names/quoted.toml)."""
    from crosscheck.names.quoted import inside_quotes

    text = case["text"]
    for words, inside in ((case["inside"], True), (case["outside"], False)):
        for word in words:
            assert text.count(word) == 1, word
            assert inside_quotes(text, text.index(word), "en") is inside, word


# --------------------------------------------------------------------------- slip joins (names19)


def test_slipped_places_pair_only_one_inner_slip_of_one_word() -> None:
    from crosscheck.match.names.slip_joins import short_given_slip, slipped_places

    keys = [
        "loudon county",
        "clark county",
        "loudoun county",
        "clarke county",
        "north carolina",
        "south carolina",
        "bath road",
        "bach road",
        "loudoun",
        "loudon",
    ]
    assert slipped_places(keys, "en") == [(0, 2)]
    assert short_given_slip("jon", "john", "en")
    assert not short_given_slip("jon", "joan", "en")
    assert not short_given_slip("jo", "joh", "en")
