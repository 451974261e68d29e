"""An act told "a day after" or "two days before" another is dated from that one's date
("talks on Thursday, a day after the authorities were forced to accept a ceasefire")."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from belli.dates.lexicon import load_lexicon
from belli.events.event_date import EventDate
from belli.events.syntax import clause_verb

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["count_from", "counted", "offset_days", "sequence_of"]

_SEQUENCE = {"after": -1, "before": 1}  # which way the act lies from the date it counts from
# in hours, so that "48 hours after" counts two days and "an hour after" the same day
_UNIT_HOURS = {"day": 24, "days": 24, "week": 168, "weeks": 168, "hour": 1, "hours": 1}


def counted(head: Token) -> bool:
    """Whether an act noun is the object of "after" or "before": the date of its clause is
    the one it is counted from ("talks on Friday, two days after the attack")."""
    return head.dep_ == "pobj" and head.head.lower_ in _SEQUENCE


def sequence_of(head: Token) -> tuple[Token, Token] | None:
    """The "after" or "before" that subordinates the act, and the verb it hangs on."""
    if head.dep_ == "pobj" and head.head.lower_ in _SEQUENCE:  # "a day after the attack"
        return head.head, clause_verb(head.head.head)
    clause = clause_verb(head)
    while clause.dep_ == "xcomp" and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head  # "were forced to accept": the clause of "forced"
    if clause.dep_ != "advcl":
        return None
    word = next((c for c in clause.children
                 if c.dep_ in ("mark", "prep") and c.lower_ in _SEQUENCE), None)
    return (word, clause.head) if word is not None else None


def offset_days(word: Token) -> int | None:
    """How many days the words before "after"/"before" count ("a day", "two weeks");
    None when they count none ("shortly after", "days after")."""
    if word.i < 2:
        return None
    count, unit = word.doc[word.i - 2], word.doc[word.i - 1]
    per = _UNIT_HOURS.get(unit.lower_)
    number = int(count.text) if count.text.isdigit() else load_lexicon().numbers.get(count.lower_)
    if per is None or number is None or (number > 1) != unit.lower_.endswith("s"):
        return None
    return number * per // 24


def count_from(anchor: EventDate, word: Token, days: int) -> EventDate | None:
    """The day `days` days after or before the anchor's, as `word` says; none counts from
    publication, nor from anything but one day."""
    if anchor.how == "publication":
        return None
    if anchor.granularity != "day" or "/" in anchor.value:  # a span of days counts from no day
        return None
    day = date.fromisoformat(anchor.value[:10]) + timedelta(days=days * _SEQUENCE[word.lower_])
    text = word.doc[word.i - 2:word.i].text
    return EventDate(day.isoformat(), "day", text, anchor.how)
