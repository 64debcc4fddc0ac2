"""Must-nots of the date-key gates (crosscheck/match/date_pairs.py, both_sides.py): pairs a
relaxed gate would flag, from the classes measured on the non-draw stories and dropped
(CHANGELOG, tkey32 and tkey33). Each must-not has its control: the same pair without what
the gate reads is flagged, so the test fails if the gate stops reading it."""

from __future__ import annotations

from datetime import date

from filler import FILLER

from tests.pairrows import pair_rows

PUBLISHED = date(2025, 6, 7)


def _time_rows(a: str, b: str) -> list[str]:
    rows = pair_rows(" ".join([*FILLER, a]), " ".join([*FILLER, b]), PUBLISHED)
    return [r for r in rows if r.startswith("time.")]


# A toll of the year and one death of last week: one stem ("died") and the disease's name
# join them, but they are two events.
_TOLL = "More than 900 people have died of the fever in Kaldor this year, the health agency said."
_DEATH = "Omar Vance, a fever patient in Kaldor, died last week at the city hospital."
# Another date of the coarser article, finer than its "this year", said of the fever.
_OTHER_DATE = " A nurse who treated fever patients was flown to Lisbon on May 2."


def test_a_passing_year_is_explained_by_a_finer_date_of_its_own_article() -> None:
    """A relative coarse date ("this year") is a passing mention: a finer date its own
    article gives of a shared key word explains it, even of another act ("flown"). Requiring
    a shared stem or two shared names there (measured: +6 rows, 2 true) flags this toll."""
    assert not _time_rows(_TOLL + _OTHER_DATE, _DEATH)


def test_without_the_finer_date_the_toll_and_the_death_are_paired() -> None:
    """The control of the must-not above: the pair reaches the rules when the coarser
    article gives no finer date (a false row the says-both gate alone keeps out)."""
    assert _time_rows(_TOLL, _DEATH) == ["time.precision this year / last week"]


_HOSTED = (
    "Mayor Dale Ortiz hosted three donors at his lake house last weekend, and all three have"
    " since tested positive."
)
_FUNDRAISER = (
    "A donor tested positive after a fundraiser Mayor Dale Ortiz hosted at his lake house on"
    " Sunday."
)


def test_the_finer_outlet_giving_the_passing_period_too_explains_the_pair() -> None:
    """The finer outlet also writes "last weekend" of the same hosting: the weekend may hold
    more than the Sunday fundraiser, so the coarser outlet's weekend is no vaguer date of
    it. Reading the finer side's own passing period of the same event as no explanation
    (measured: +3 / -1 rows, the one false a weekend of other contacts) flags this."""
    also = _FUNDRAISER + " Ortiz hosted donors at the lake house last weekend."
    assert not _time_rows(_HOSTED, also)


def test_without_the_finer_outlets_weekend_the_pair_is_flagged() -> None:
    assert _time_rows(_HOSTED, _FUNDRAISER) == ["time.precision last weekend / on Sunday"]


# Two dates finer than a year sharing only the stem of an event noun ("rally" / "rallied",
# "letter", "meet" / "meeting") and no name: tkey33 measured pairing them as one event (the
# story's event noun named by both) over the 451 stories: +28 / -12 rows, about 8 of the new
# ones true (a primary "in mid-May" / "May 17"), the rest two rallies, letters or meetings of
# other people, and one true row lost. Each must-not below is flagged by that relaxation.
_PLATT_WEEK = "Governor Platt held a rally in Dayton this week to court rural voters."


def test_two_rallies_of_two_candidates_are_not_one_event() -> None:
    """One noun stem ("rally" / "rallied"), two speakers, no name in common."""
    ruiz = "Senator Ruiz rallied supporters in Akron on Thursday, warning of cuts to schools."
    assert not _time_rows(_PLATT_WEEK, ruiz)


def test_one_candidates_rally_told_at_two_precisions_is_flagged() -> None:
    """The control: the same rally, its candidate and town named on both sides."""
    platt = "Governor Platt held a rally in Dayton on Thursday, warning of cuts to schools."
    assert _time_rows(_PLATT_WEEK, platt) == ["time.precision this week / on Thursday"]


def test_two_letters_of_two_writers_are_not_one_event() -> None:
    """A letter the senator sent and the treasury chief's reply share only "letter"."""
    hale = (
        "Senator Hale warned the tax agency in a letter earlier this month that a missed"
        " deadline would be read as a refusal."
    )
    moran = (
        "Treasury chief Moran said in his Tuesday letter to the panel that the request raised"
        " legal questions."
    )
    assert not _time_rows(hale, moran)


def test_one_letter_told_at_two_precisions_is_flagged() -> None:
    """The control: one letter, its writer and addressee named on both sides."""
    hale = (
        "Senator Hale warned tax chief Moran in a letter earlier this month that a missed"
        " deadline would be read as a refusal."
    )
    june = (
        "In a June 3 letter to tax chief Moran, Senator Hale said the request fell within the"
        " panel's oversight."
    )
    assert _time_rows(hale, june) == ["time.precision earlier this month / June 3"]


def test_two_meetings_of_other_people_in_one_week_are_not_one_event() -> None:
    """A day inside the week, "met" / "meeting" of other people, no name in common."""
    lind = "Mayor Lind met Governor Platt at the statehouse on Thursday morning."
    ruiz = "The meeting between Senator Ruiz and union leaders this week ended without a deal."
    assert not _time_rows(lind, ruiz)
