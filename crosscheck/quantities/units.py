"""A reading and the words around it -> its unit: currency, percent, age, duration, measure."""

from __future__ import annotations

import re
from dataclasses import dataclass

from crosscheck.model import Unit
from crosscheck.quantities.kinds import _WINDOW, _Reading, _Scan
from crosscheck.quantities.lexicons import _currencies, _Measure, _numbers, _units
from crosscheck.quantities.patterns import _patterns, currency_joined
from crosscheck.slotted import fast_init


@fast_init
@dataclass(frozen=True, slots=True, kw_only=True)
class _UnitRead:
    """A figure's unit and where the figure starts and ends with it ("$5m", "8 miles")."""

    start: int
    end: int
    unit: Unit
    value: float
    dimension: str | None = None
    measure: str | None = None
    factor: float = 1.0
    apposed: bool = False  # an age set off after a name: no bound word reaches past the name


def _measure_of(surface: str, lang: str) -> _Measure | None:
    """The unit of measure a surface names ("km" -> kilometre), exact symbols first."""
    lex = _units(lang)
    words = " ".join(surface.split())
    return lex.exact.get(words) or lex.folded.get(words.lower())


def _unit_of(sc: _Scan, r: _Reading) -> _UnitRead:
    """Currency sign or "aged" before, unit words after."""
    text = sc.text
    pat = _patterns(sc.lang)
    cur = _currencies(sc.lang)
    plain = _UnitRead(start=r.start, end=r.end, unit=Unit.COUNT, value=r.value)
    m = pat.currency_tail.search(text, max(0, r.start - 6), r.start)
    if m is not None:
        sign = m.group().strip()
        plain = _UnitRead(
            start=m.start(),
            end=r.end,
            unit=Unit.MONEY,
            value=r.value,
            dimension=cur.symbols.get(sign, sign),
        )
    else:
        age = pat.age_prefix.search(text, max(0, r.start - 12), r.start)
        name = _apposed_name(text, r, sc.lang)
        if age is not None:
            plain = _UnitRead(
                start=age.start(), end=r.end, unit=Unit.AGE, value=r.value, dimension="year"
            )
        elif name is not None:
            return _UnitRead(
                start=name, end=r.end, unit=Unit.AGE, value=r.value, dimension="year", apposed=True
            )
        elif _said_age(text, r, sc.lang, pat.age_said) or _said_age(
            text, r, sc.lang, pat.age_pair, _PAIR_REACH
        ):
            return _UnitRead(
                start=r.start, end=r.end, unit=Unit.AGE, value=r.value, dimension="year"
            )
    u = pat.units.match(text, r.end, r.end + _WINDOW)
    if u is None:
        return plain
    return _unit_after(r, plain, u, sc.lang) or plain


def _apposed_name(text: str, r: _Reading, lang: str) -> int | None:
    """Where the name starts when a figure is an age set off by commas after it: "Mark
    Conditt, 23, was named" -> the start of "Conditt"; None otherwise (``apposed_age_*`` of
    numbers.toml)."""
    lex = _numbers(lang)
    digits = text[r.start : r.end]
    if not digits.isdigit() or int(digits) > lex.apposed_age_max or digits.startswith("0"):
        return None
    comma = _apposed_comma(text, r.start, lex.apposed_age_now)
    if text[r.end : r.end + 1] != "," or comma is None:
        return None
    after = text[r.end + 1 : r.end + 7].strip()
    if after[:4].isdigit():
        return None  # "October, 17, 2014"
    end = comma
    start = end
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] in "'\u2019-"):
        start -= 1
    word = text[start:end]
    if len(word) < 2 or not word[0].isupper() or not any(c.islower() for c in word):
        return None
    if word in lex.months or word in lex.apposed_age_not_names:
        return None
    return start


_NEXT_WORD = re.compile(r"[ ]+([^\W\d_]+)")


_PAIR_REACH = 24  # characters before the second age of a pair: "ages of 12 and "


def _said_age(text: str, r: _Reading, lang: str, said: re.Pattern[str], reach: int = 12) -> bool:
    """Whether a whole figure is an age said by the words before it, ``said`` matching them
    within ``reach`` characters: "Breyer turned [74] last month", "She was [87]." (one of
    numbers.toml's ``age_said_before``), "aged 50 and [54]", "between the ages of 12 and
    [16]," (an age prefix, a figure and one of ``age_pair_joints``); at most
    ``apposed_age_max``, and a punctuation mark, the end or a word of ``age_said_next`` right
    after it (not "turned 2,000 people away", "It was 60 percent", "aged 5 and 300 adults")."""
    lex = _numbers(lang)
    digits = text[r.start : r.end]
    if not digits.isdigit() or digits.startswith("0") or int(digits) > lex.apposed_age_max:
        return False
    if said.search(text, max(0, r.start - reach), r.start) is None:
        return False
    following = text[r.end : r.end + 1]
    if not following or following in ".,;:!?)\n":
        return True
    word = _NEXT_WORD.match(text, r.end)
    return word is not None and word.group(1).lower() in lex.age_said_next


_NOW_WORD = re.compile(r", ([^\W\d_]+) $")


def _apposed_comma(text: str, start: int, now_words: frozenset[str]) -> int | None:
    """Where the comma before an apposed age at ``start`` stands: right before it ("Conditt,
    23,") or before a word of ``now_words`` ("Knight, now 30,"); None when there is none."""
    if text[start - 2 : start] == ", ":
        return start - 2
    head = text[max(0, start - 24) : start]
    m = _NOW_WORD.search(head)
    if m is None or m.group(1).lower() not in now_words:
        return None
    return start - len(head) + m.start()


def _unit_after(r: _Reading, plain: _UnitRead, u: re.Match[str], lang: str) -> _UnitRead | None:
    """The unit the words after a figure give it, given what stands before; None if none."""
    group = u.lastgroup
    unit, start, end, value = plain.unit, plain.start, u.end(), r.value
    if unit is Unit.AGE and group != "dur":
        return None
    if unit is Unit.MONEY and group not in ("cur", "code"):
        return None
    if group in ("pct", "pp") and unit is Unit.COUNT:
        dimension = "point" if group == "pp" else None
        return _UnitRead(start=start, end=end, unit=Unit.PERCENT, value=value, dimension=dimension)
    if group == "age" and unit is Unit.COUNT:
        age_unit = u.group("age_u").lower()
        return _UnitRead(start=start, end=end, unit=Unit.AGE, value=value, dimension=age_unit)
    if group == "dur":
        name = " ".join(u.group("dur_u").lower().split())
        dim, factor = _numbers(lang).durations.get(name, ("year", 1.0))
        kind = Unit.AGE if unit is Unit.AGE else Unit.DURATION
        return _UnitRead(start=start, end=end, unit=kind, value=value * factor, dimension=dim)
    if group == "cur" and not currency_joined(u, value, lang):
        return None
    if group in ("cur", "code"):
        words = u.group("cur_w") if group == "cur" else None
        code = _currencies(lang).words.get(" ".join(words.lower().split()), "") if words else ""
        code = code or (u.group("code_c") if group == "code" else "")
        if unit is Unit.COUNT or plain.dimension == code:
            return _UnitRead(start=start, end=end, unit=Unit.MONEY, value=value, dimension=code)
        return None
    if group == "meas" and unit is Unit.COUNT:
        found = _measure_of(u.group("meas_u"), lang)
        if found is None or (found.not_after_scale and r.scale > 1.0):
            return None
        return _UnitRead(
            start=start,
            end=end,
            unit=Unit.MEASURE,
            value=value,
            dimension=found.dimension,
            measure=found.measure,
            factor=found.factor,
        )
    return None
