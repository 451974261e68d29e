"""Stances: what someone said (a pledge, a denial, an accusation), which news tells
again, undated, for as long as it stands. `belli.analysis.linking` asks here whether two
undated reports may tell one stance, and which stances to compare across the months a
standing one is repeated (blocked by a rare word of their subject, so that comparing
them stays far from every pair)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING

from belli.analysis.likeness import VERBAL_QUADS
from belli.analysis.wording import same_stem

if TYPE_CHECKING:
    from belli.analysis.linking import Report
    from belli.analysis.wording import Rarity

__all__ = ["one_stance", "other_subjects", "stance_blocks", "standing_stance"]


def stance_blocks(reps: Sequence[Report], rarity: Rarity) -> dict[tuple[object, ...], list[int]]:
    """Undated stances by quad class, speaker country, addressee country and rare word of
    their subject."""
    blocks: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for g, rep in enumerate(reps):
        if rep.dated or rep.quad not in VERBAL_QUADS or rep.first is None or rep.last is None:
            continue
        for word in rep.topic:
            if rarity.share(word) >= _RARE_SUBJECT:
                for source in rep.sources:
                    for target in rep.targets or ("",):
                        blocks[(rep.quad, source, target, word)].append(g)
    return blocks


# A word of a stance's subject blocks stances together when at most about the square root
# of the tellings give it (the weight `Rarity.share` gives it is then at least a half).
_RARE_SUBJECT = 0.5


def standing_stance(a: Report, b: Report, days: int, min_words: int,
                    rarity: Rarity) -> bool:
    """Whether two undated reports may tell one standing stance: the same speaker saying
    it to the same addressee at most `days` apart, in at least `min_words` words of its
    own subject (beyond the actors and the verb), one of them rare (`stance_blocks`
    compares only such), and neither naming something the other does not."""
    if a.dated or b.dated or not one_stance(a, b) or not _same_addressee(a, b):
        return False
    if a.last is None or b.last is None:
        return False
    shared = a.topic & b.topic
    return (abs((a.last - b.last).days) <= days and len(shared) >= min_words
            and any(rarity.share(word) >= _RARE_SUBJECT for word in shared)
            and not other_subjects(a, b))


def _same_addressee(a: Report, b: Report) -> bool:
    """Whether two stances are addressed to one side (or neither names any)."""
    return bool(a.targets & b.targets) or not (a.targets or b.targets)


def one_stance(a: Report, b: Report) -> bool:
    """Whether two reports (of one quad) may tell one stance: what someone said (a
    pledge, a denial, an accusation), which news tells again, undated, for as long as it
    stands; a stance is its speaker's, so the acting side must be the same (whether the
    two are about one subject, `other_subjects`, is checked last, as it costs most)."""
    return a.quad in VERBAL_QUADS and not a.sources.isdisjoint(b.sources)


def other_subjects(a: Report, b: Report) -> bool:
    """Whether two tellings of a stance are about different things: each names something
    the other does not (an accusation naming one village and one naming another)."""
    return _names_beyond(a, b) and _names_beyond(b, a)


def _names_beyond(a: Report, b: Report) -> bool:
    """Whether a's sentence names something (a place, a weapon, a person) b's does not
    mention; a name agrees with a word it begins or that begins it ("Armenia",
    "Armenian"), as one outlet names the country and another its people."""
    return any(name not in b.words and not any(same_stem(name, word) for word in b.words)
               for name in a.names)
