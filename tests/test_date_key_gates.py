"""Must-nots of the date-key gates (crosscheck/match/date_pairs.py, both_sides.py): pairs a
relaxed gate would flag, from the classes measured on the non-draw stories and dropped
(CHANGELOG, tkey32 and tkey33). Each must-not has its control: the same pair without what
the gate reads is flagged, so the test fails if the gate stops reading it."""

from __future__ import annotations

from datetime import date

import pytest
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


# A relative coarse date explained by a finer date of its own article of another act, which
# the finer outlet dates on that day too (tkey38, ``both_sides._dated_apart``): the shared
# date is the story's other event, not a finer date of the pair's act, so the coarser outlet
# never gives the day of that act. Gold: stevens-named-date, florida-rally-day.
_KILLED = "Envoy Lena Marsh was killed in an attack on the consulate in Tavor last night."
# The killing "last night" / "died Friday": one act, the day with and without its part
# (part58, README reading Q7), a row of its own beside the appointment's.
_KILLING_NIGHT = "time.precision last night / Friday"
_DIED = (
    "Ambassador Lena Marsh died Friday when gunmen stormed the consulate in Tavor. Marsh was"
    " appointed ambassador in February."
)


def test_another_act_both_outlets_date_explains_no_vaguer_date() -> None:
    """The appointment "earlier this year" beside its article's killing "last night"; the
    other outlet gives the appointment in February and the killing on Friday."""
    coarse = _KILLED + " Marsh was named ambassador earlier this year."
    assert sorted(_time_rows(coarse, _DIED)) == [
        "time.precision earlier this year / in February",
        _KILLING_NIGHT,
    ]


def test_another_act_of_a_week_both_outlets_date_explains_no_vaguer_date() -> None:
    """A town hall "this week" beside an endorsement both outlets date on Monday."""
    coarse = (
        "Governor Platt endorsed Mayor Ruiz on Monday. Platt also hosted a town hall on"
        " school funding in Dayton this week."
    )
    fine = (
        "Governor Platt endorsed Mayor Ruiz on Monday. Platt hosted a town hall on school"
        " funding in Dayton on Wednesday."
    )
    assert _time_rows(coarse, fine) == ["time.precision this week / on Wednesday"]


def test_a_resignation_this_week_beside_a_testimony_both_date() -> None:
    coarse = (
        "Tax chief Dana Platt told the budget committee on Monday that the audits were"
        " lawful. Platt was forced to resign this week."
    )
    fine = (
        "Governor Ruiz forced tax chief Dana Platt to resign on Wednesday. Platt had told the"
        " budget committee on Monday that the audits were lawful."
    )
    assert _time_rows(coarse, fine) == ["time.precision this week / on Wednesday"]


def test_the_coarser_outlet_giving_the_day_of_the_act_itself_is_no_row() -> None:
    """Must-not: the coarser article gives the appointment's own day ("on Feb. 3"): its
    "earlier this year" is a shorthand, whatever other act both outlets date."""
    coarse = _KILLED + " Marsh was named ambassador earlier this year, on Feb. 3."
    assert not [r for r in _time_rows(coarse, _DIED) if "earlier this year" in r]


def test_a_whole_year_is_explained_by_any_finer_date_of_its_article() -> None:
    """Must-not: a whole calendar year ("this year") names which rather than when and holds
    many acts of a story (tolls, cuts, "the last fight of 2018": the false rows measured);
    a finer date of its article still explains it, as before."""
    assert _time_rows(_KILLED + " Marsh was named ambassador this year.", _DIED) == [_KILLING_NIGHT]
    assert _time_rows("Marsh was named ambassador this year.", _DIED) == [
        "time.precision this year / in February"
    ]


_PARK_BILL = " Platt on May 30 signed a bill lifting the state park fee."
_PARK_BILL_FINE = " Platt signed the park fee bill on May 30."


def test_two_meetings_by_a_weak_stem_stay_explained() -> None:
    """Must-not: a second meeting "last week" and the first "on May 27" share only the weak
    stem "meet" and names; the bill both outlets date on May 30 still explains the pair,
    as before (the control, without it, is the same-event gate's false row)."""
    second = (
        "Governor Platt met county lawmakers at the statehouse last week for a second time and"
        " called the budget a disgrace."
    )
    first = (
        "Governor Platt first met county lawmakers at the statehouse on May 27 to discuss"
        " school funding."
    )
    assert not _time_rows(second + _PARK_BILL, first + _PARK_BILL_FINE)
    assert _time_rows(second, first + _PARK_BILL_FINE) == ["time.precision last week / on May 27"]


@pytest.mark.xfail(strict=True, reason="tkey38: two acts of one strong stem, told first/second")
def test_two_visits_told_first_and_second_are_not_one_act() -> None:
    """Must-not the rule gets wrong: a second visit "last week" and the first "on May 27"
    share a strong stem and names (the same-event gate pairs them, as it does without the
    bill); the bill both outlets date no longer hides the pair. No corpus row of the kind."""
    second = (
        "Governor Platt visited the flooded towns of Ferris County last week for a second"
        " time, promising aid."
    )
    first = "Governor Platt first visited the flooded towns of Ferris County on May 27."
    assert not _time_rows(second + _PARK_BILL, first + _PARK_BILL_FINE)
