"""Scope words and parts: an atom + its match -> the atom with "since", "about", "early" attached.

The scope word in front of an expression is kept in ``modifier`` (canonical, from the
lexicon's ``[modifiers]`` and ``[clock.modifiers]``); a part ("early", "the end of") goes to
the note. "as May 2020" is read as "since May 2020" only where the clause asks for it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from crosscheck.lexicon import explain_words
from crosscheck.model import Granularity
from crosscheck.timex.lexicon import TimeLexicon
from crosscheck.timex.patterns import WORD
from crosscheck.timex.records import Atom, Context
from crosscheck.timex.tense import clause_text_before, previous_word

__all__ = ["with_scope"]

_CLAUSE_CLOSE = re.compile(r"\s{0,3}(?:[.;:!?)\n\u2013\u2014|]|$)")


def with_scope(atom: Atom, m: re.Match[str], ctx: Context) -> Atom:
    """Attach the part and the scope word written in front of an atom, where they apply."""
    if m.group("part"):
        word = _part_word(m.group("part"), ctx.lex)
        atom = replace(
            atom, start=m.start("part"), has_part=True, part=word, notes=(word, *atom.notes)
        )
    if m.group("mod"):
        atom = _with_modifier(atom, m, ctx)
    return atom


def _part_word(surface: str, lex: TimeLexicon) -> str:
    """The canonical part ("early", "end") of a part phrase, with or without an article."""
    words = surface.lower().split()
    phrase = " ".join(words)
    if phrase not in lex.parts and words[0] in lex.articles:
        phrase = " ".join(words[1:])
    return lex.parts[phrase]


def _with_modifier(atom: Atom, m: re.Match[str], ctx: Context) -> Atom:
    """Attach the scope word in front, reading "as" as "since" where the clause asks for it."""
    lex = ctx.lex
    word = " ".join(m.group("mod").lower().split())
    if atom.kind == "clock" and word in lex.clock.modifiers:
        canonical = lex.clock.modifiers[word]
        return replace(atom, start=m.start("mod"), mod=canonical, mod_word=word)
    start = m.start("mod")
    if word not in lex.modifiers:  # a clock-only phrase ("at", "shortly after") before a date
        general = _general_tail(m.group("mod"), lex)
        if general is None:
            return atom
        start, word = m.end("mod") - len(general), " ".join(general.lower().split())
    canonical = lex.modifiers[word]
    if canonical == lex.as_modifier:
        if not _as_means_since(atom, m, ctx):
            return atom
        surface = ctx.text[start : atom.end]
        note = explain_words("time")["read_as"].format(
            surface=surface, reading=f"{lex.as_read_as} {ctx.text[atom.start : atom.end]}"
        )
        notes = (*atom.notes, note)
        return replace(atom, start=start, mod=lex.as_read_as, mod_word=word, notes=notes)
    if word in lex.relative_only and atom.kind not in ("period", "weekend"):
        return atom
    if atom.kind == "weekend":
        canonical = lex.weekend_modifiers.get(canonical, canonical)
    elif word in lex.day_only and atom.granularity is not Granularity.DAY:
        return atom
    return replace(atom, start=start, mod=canonical, mod_word=word)


def _general_tail(surface: str, lex: TimeLexicon) -> str | None:
    """The last words of a clock-only phrase that are a general scope word ("after")."""
    words = surface.split()
    for index in range(1, len(words)):
        tail = " ".join(words[index:])
        if tail.lower() in lex.modifiers:
            return surface[surface.rindex(words[index]) :]
    return None


def _as_means_since(atom: Atom, m: re.Match[str], ctx: Context) -> bool:
    """True when "as <date>" is a slip for "since <date>" (see the package docstring)."""
    if atom.kind not in ("date", "year") or atom.partial is not None or atom.begin is None:
        return False
    before = previous_word(ctx.text, m.start("mod"))
    if before in ctx.lex.as_blocked_before:
        return False
    if _CLAUSE_CLOSE.match(ctx.text, atom.end):
        return True
    clause = clause_text_before(ctx.text, m.start("mod"))
    return any(w.lower() in ctx.lex.as_since_verbs for w in WORD.findall(clause))
