"""Datelines: "COLUMBUS, Ohio (AP) —", "RUSTON --", "CAIRO -" name where a story is filed.

The small model rarely tags an all-capitals town at the head of a story, yet the
dateline is the most reliable place a news story names. A dateline is an all-capitals
name (up to four words) after the start, a sentence end or a date, optionally followed by
", State" and an agency or a station's call sign in brackets ("(AP)", "(WTOC)"), then a
dash. Near the start of the text, where the dash was lost on the way (pasted wire copy:
"PEORIA, Ill. Heavy rain..."), a wire agency or a state of the town's country says as
much (a country after the name is a headline's list: "UKRAINE, Russia trade blame", and
a station's call sign without a dash may be any acronym's gloss: "NATO (OTAN)");
further on (a page or a digest that runs several stories together: "...said. TORONTO —")
only the dash does, since an all-capitals word after a sentence is otherwise emphasis or
an acronym. A press release's dateline ends with the full date before its dash
("AUSTIN, March 3, 2018 --", "LONDON, 3 March 2018 --"), and may name two towns joined by
"&" where it opens the text or a paragraph (further on, "JOHNSON & JOHNSON, March 3,
2018 --" is a company's name before a date). It counts only when
the gazetteer knows the name as a town, a division or a country, or, with a dash, when a
state follows it ("CAMP MURRAY, Wash. -": a town the gazetteer lacks, which the stage
places in its state).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from belli.geo.gazetteer import Gazetteer
from belli.geo.untagged import Span, span_mentions
from belli.nlp.paragraphs import DATELINE_DASH, DATELINE_STATE, DATELINE_TOWN
from belli.records import Mention, Sentence

__all__ = ["Dateline", "dateline_mentions", "find_datelines"]

_WITHIN = 600  # characters from the start where a dateline needs no dash (after title, byline)
# anywhere in the head, so after the start, a sentence end or a date; the paragraph
# splitter's pieces (belli.nlp.paragraphs), with only the agencies that file datelines; it
# scans a whole story, so a lookahead for its first character passes over most positions
_DATELINE = re.compile(
    r"(?=[\sA-Z])(?:^|(?<=[.!?\n\"”])\s+|(?<=\d{4})\s+)"
    rf"(?P<name>{DATELINE_TOWN})(?:\s+&\s+(?P<also>{DATELINE_TOWN}))?"
    rf"(?:,\s*(?P<state>{DATELINE_STATE}))?"
    r"\s*(?P<agency>\((?:(?P<wire>AP|Reuters|AFP|UPI|dpa|Xinhua|Bloomberg)|[A-Z]{2,6})\))?\s*"
    rf"(?P<dash>{DATELINE_DASH})?")


_SENTENCE_AFTER = re.compile(r"\s+[A-Z][a-z]")  # "The Latest", not "TRADE TALKS"
# a press release's dateline: the town (or two, "TIJUANA & SAN DIEGO"), the full date, a
# wire's name between slashes, then the dash ("AUSTIN, March 3, 2018 /PRNewswire/ --")
_MONTHS = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[A-Za-z]*\.?"
# the date month first ("March 3, 2018") or day first ("3 March 2018")
_DATED = re.compile(rf",+\s*(?:{_MONTHS}\s+\d{{1,2}},?|\d{{1,2}}\s+{_MONTHS})\s+\d{{4}}\s*"
                    rf"(?:/[^/\n]{{1,30}}/)?\s*{DATELINE_DASH}")
_PARAGRAPH_OPENS = re.compile(r"(?:^|\n)[ \t]*$")  # the text's start, or a line's
_OPENS_REACH = 40  # characters of spaces a line may open with, at most


@dataclass(frozen=True, slots=True)
class Dateline:
    start: int
    end: int
    text: str


def find_datelines(text: str, gazetteer: Gazetteer) -> list[Dateline]:
    """The dateline names (and their states) of `text`: in its head, or with a dash further on."""
    out = []
    for match in _DATELINE.finditer(text):
        name = match.group("name")
        # the date right after the town: what the state's pattern took ("MARCH") is no state
        bare_date = _DATED.match(text, match.end("also" if match.group("also") else "name"))
        dated = bare_date or (match.group("state") and _DATED.match(text, match.end("state")))
        state = None if bare_date else _state(match, gazetteer)
        if len(name.replace(".", "")) < 3 or not (
                _known(gazetteer, name) or _unlisted_town(gazetteer, match, state)):
            continue
        if match.group("also") and not _opens_paragraph(text, match.start("name")):
            continue
        if not (match.group("dash") or dated or _opens_text(text, match) or (
                match.start() < _WITHIN and (match.group("wire") or _fits(gazetteer, name, state)))):
            continue
        out.append(Dateline(match.start("name"), match.end("name"), name))
        out.extend(_joint(match, gazetteer))
        if state:
            out.append(state)
    return out


def _joint(match: re.Match[str], gazetteer: Gazetteer) -> list[Dateline]:
    """The second town of a dateline that names two ("TIJUANA & SAN DIEGO"), if known."""
    also = match.group("also")
    if not also or not _known(gazetteer, also):
        return []
    return [Dateline(match.start("also"), match.end("also"), also)]


def _unlisted_town(gazetteer: Gazetteer, match: re.Match[str], state: Dateline | None) -> bool:
    """A town the gazetteer lacks (a base, a village: "CAMP MURRAY, Wash. -") with a
    state after it and a dash: the form leaves no doubt, and the state holds the town."""
    return bool(match.group("dash") and state is not None and any(
        e.kind == "admin1" and not e.weak for e in gazetteer.lookup(state.text)))


def _opens_paragraph(text: str, start: int) -> bool:
    return _PARAGRAPH_OPENS.search(text, max(0, start - _OPENS_REACH), start) is not None


def _opens_text(text: str, match: re.Match[str]) -> bool:
    """A town in capitals that opens the text, then a sentence in ordinary case: a dateline
    whose dash and agency were lost ("DES MOINES The Latest on..."), not a heading in
    capitals, whose next word would be in capitals too."""
    return (match.start("name") == 0 and not match.group("state")
            and _SENTENCE_AFTER.match(text, match.end("name")) is not None)


def _state(match: re.Match[str], gazetteer: Gazetteer) -> Dateline | None:
    """The dateline's state if the gazetteer knows it: its whole name ("New Mexico") or,
    when the text runs on without a dash ("Neb. Heavy rain"), its first word."""
    state = match.group("state")
    if not state:
        return None
    start = match.start("state")
    for name in dict.fromkeys((state, state.split()[0])):
        if _known(gazetteer, name):
            return Dateline(start, start + len(name), name)
    return None


def _fits(gazetteer: Gazetteer, name: str, state: Dateline | None) -> bool:
    """Whether `state` is a division of a country where a town `name` lies ("PEORIA, Ill."):
    without a dash or an agency, a country after the name is a headline's list
    ("UKRAINE, Russia trade blame"), not a dateline."""
    if state is None:
        return False
    entries = gazetteer.lookup(state.text)
    if any(e.kind == "country" for e in entries):
        return False
    countries = {e.country for e in gazetteer.lookup(name)}
    return any(e.kind == "admin1" and e.country in countries for e in entries)


def dateline_mentions(doc_id: str, datelines: Sequence[Dateline], mentions: Sequence[Mention],
                      sentences: Sequence[Sentence]) -> list[Mention]:
    """New GPE mentions for the dateline names no mention covers yet."""
    spans = [Span(d.start, d.end, d.text, "dateline") for d in datelines]
    return span_mentions(doc_id, spans, mentions, sentences)


def _known(gazetteer: Gazetteer, name: str) -> bool:
    return any(e.is_division and not e.weak for e in gazetteer.lookup(name))
