"""A speaker named after the quotation it reports: '"...," warned the minister'. The
parser reads the noun after such a verb, which has no subject of its own, as its object;
it is the speaker, the source of the words, and never their target (the target comes
from what the quotation says, or stays empty). A verb with its own subject before it
keeps the noun after it as its object.

Each case is a sentence of our own and the events of the types named it must code,
written "TYPE SOURCES>TARGETS" with country codes.
"""

from __future__ import annotations

import pytest
from event_fixtures import sides

pytestmark = pytest.mark.model

FIRES = [
    # an inverted speaker of a warning: the minister warns, no one is named as warned
    ('"Any attack on our soil will be met with force," warned the Iranian defence minister.',
     {"THREATEN"}, ["THREATEN IRN>"]),
    # an inverted speaker of a demand: the target is who the quotation asks to act
    ('"Pakistan must hand over the gunmen," urged the Indian foreign ministry.',
     {"REQUEST"}, ["REQUEST IND>PAK"]),
    # a vow told the same way
    ('"We will strike back at any aggressor," vowed the Israeli army chief.',
     {"THREATEN"}, ["THREATEN ISR>"]),
]

MUST_NOT = [
    # the subject stands before the verb: the noun after it is whom the warning is told to
    ('"Leave our waters now," the Chinese navy warned the Philippine vessel.',
     {"THREATEN"}, ["THREATEN CHN>PHL"]),
    # no quotation before the verb: its object is its target
    ("The Turkish army warned the Kurdish militias in Syria.",
     {"THREATEN"}, ["THREATEN TUR>SYR"]),
]


@pytest.mark.parametrize(("text", "types", "expected"), FIRES + MUST_NOT)
def test_a_speaker_after_the_quotation_is_the_source(nlp_pipeline, text: str, types: set[str],
                                                     expected: list[str]) -> None:
    assert sides(nlp_pipeline, text, types) == expected
