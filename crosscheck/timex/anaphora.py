"""Periods named by the date before them: "later that year", "earlier that month", "that same day".

Such a period is read from the last date the text gave before it (its antecedent), not from
the publication date: the unit (``[anaphora] units``) that holds the antecedent, or, after an
edge word of ``[edges]``, its part from the antecedent on ("later that year" after "March
2015" is 2015-03-01..2015-12-31, year precision) or up to it ("earlier that month"). When
the antecedent does not lie within one such unit ("in 2015 ... later that month", "from
2010 to 2012 ... later that year"), when words between that the finder does not read as a
step (``steps``) move the time on from it ("On March 4 ... Some eight days later ... later
that day"), or there is none, it is reported but not placed; a step it reads ("Eight days
later") is the antecedent itself.
A span ago read loosely ("several years ago", "more than 20 years ago") and a rolling period
("the past two years") give no date an anaphor can take: they are passed over as
antecedents, and so are unplaced expressions.
Anaphoric periods are relative (``relative=True``): read from other words of the text, they
are never reported as conflicting with another date, as a date read from the publication
date is not.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import replace

from crosscheck.lexicon import explain_words
from crosscheck.model import Granularity, format_period
from crosscheck.timex.records import Atom, Context, plain
from crosscheck.timex.spans import unit_span

__all__ = ["ANAPHORIC", "anaphor", "from_antecedents", "gives_date", "resolve_anaphora"]

Groups = dict[str, str | None]

ANAPHORIC = "anaphoric"
_READ = explain_words("time")["anaphora_read"]
_UNPLACED = explain_words("time")["anaphora_unplaced"]
_LATER, _EARLIER = "later", "earlier"
_ROLLING = "period"  # the kind of a rolling period ("the past two years", "the next day")


def anaphor(g: Groups, m: re.Match[str], ctx: Context) -> Atom | None:
    """An anaphoric period, still unplaced; None for a determiner that needs an edge word
    and has none ("that year" alone)."""
    determiner = " ".join(str(g["an_det"]).lower().split())
    if determiner in ctx.lex.anaphora.edge_only and not g["an_edge"]:
        return None
    unit = ctx.lex.units[str(g["an_unit"]).lower()]
    return plain(m, ANAPHORIC, None, None, Granularity(unit), relative=True)


def resolve_anaphora(atoms: list[Atom | None], ctx: Context) -> list[Atom | None]:
    """The atoms with each anaphoric period placed from the last date before it."""
    return from_antecedents(atoms, ANAPHORIC, _placed, ctx)


Placer = Callable[[Atom, Atom | None, Context], Atom]


def from_antecedents(
    atoms: list[Atom | None], kind: str, place: Placer, ctx: Context
) -> list[Atom | None]:
    """The atoms with each of ``kind`` placed by ``place`` from the last atom before it that
    gives a date (``gives_date``), itself once placed: one walk for every reading told from
    the date before it (anaphoric periods, steps)."""
    out: list[Atom | None] = []
    last: Atom | None = None
    for atom in atoms:
        if atom is not None and atom.kind == kind:
            atom = place(atom, last, ctx)
        out.append(atom)
        if atom is not None and gives_date(atom, ctx):
            last = atom
    return out


def gives_date(atom: Atom, ctx: Context) -> bool:
    """Whether an atom gives a date an anaphor may take: placed, no rolling period, and not
    a span ago read loosely (after a vague, open or hedged scope word of the lexicon)."""
    if atom.begin is None or atom.kind == _ROLLING:
        return False  # "the next day" is read from publication, which an anaphor is not
    lex = ctx.lex
    loose = {lex.ago_vague_modifier, lex.ago_open_modifier, lex.ago_hedge_modifier}
    return not (atom.relative and atom.kind == "relative" and atom.mod in loose)


_WORD = re.compile(r"[^\W\d_]+")


def _shifted(antecedent: Atom, atom: Atom, ctx: Context) -> bool:
    """Whether words between the antecedent and the anaphor move the time on from it ("eight
    days later", "the next day"): a unit of the lexicon with a shift word after or before."""
    lex = ctx.lex
    words = [w.lower() for w in _WORD.findall(ctx.text[antecedent.end : atom.start])]
    for first, second in itertools.pairwise(words):
        if first in lex.units and second in lex.anaphora.shifts_after_unit:
            return True
        if first in lex.anaphora.shifts_before_unit and second in lex.units:
            return True
    return False


def _placed(atom: Atom, antecedent: Atom | None, ctx: Context) -> Atom:
    """An anaphoric atom placed in the unit of its antecedent, or left with a note."""
    words = " ".join(ctx.text[atom.core_start : atom.end].split())
    folded = words.lower().split()
    unit = ctx.lex.units[folded[-1]]
    if antecedent is None or antecedent.begin is None or _shifted(antecedent, atom, ctx):
        return replace(atom, notes=(_UNPLACED.format(words=words),))
    first = antecedent.begin
    last = antecedent.end_date or first
    span = unit_span(unit, first, 0)
    if last > span[1]:
        return replace(atom, notes=(_UNPLACED.format(words=words),))
    edge = ctx.lex.edges.get(folded[0])
    if edge == _LATER:
        span = (first, span[1])
    elif edge == _EARLIER:
        span = (span[0], last)
    told = " ".join(ctx.text[antecedent.start : antecedent.end].split())
    period = format_period(span[0], span[1], Granularity.DAY)
    note = _READ.format(words=words, antecedent=told, period=period)
    return replace(atom, begin=span[0], end_date=span[1], notes=(note,))
