"""Sides read through how clauses hang together: a tensed verb the parser joined to an
infinitive, a hand lent ("with the help of"), words addressed to whoever one talks with,
"some of whom", owning up to an act, being under one, a thing placed or fired by
someone, and a name the parser hung a verb on. Each case is a sentence and the events of
the types named it must code, written "TYPE SOURCES>TARGETS" with country codes. The
sentences are our own."""

from __future__ import annotations

import pytest
from event_fixtures import sides

from belli.events.syntax import stranded_root

pytestmark = pytest.mark.model


SIDES = [
    # a tensed verb shares the subject of the tensed verb it is coordinated with, not of
    # the infinitive or "would" verb the parser joined it to
    ("Erdogan said the plan aims to cut costs and urged Greece to accept talks.",
     ["REQUEST TUR>GRC"]),
    ("Blinken said the talks would continue and urged Iran to release the sailors.",
     ["REQUEST USA>IRN"]),
    # whoever lends a hand acts alongside, and is not whom the act is aimed at
    ("Chile freed the fishermen in a deal brokered with the help of Ecuador.",
     ["CONSULT ECU>"]),
    ("Syrian troops recaptured the town with the help of Russian jets.", ["ASSAULT RUS,SYR>?"]),
    # words said to whoever one meets or talks with are aimed at them ...
    ("Macron met Erdogan on Tuesday and urged restraint.", ["REQUEST FRA>TUR"]),
    (("Kenya's president spoke by telephone with his Ugandan counterpart and stressed the"
      " need to reopen the border."), ["REQUEST KEN>UGA"]),
    # ... unless they name another, and a visited place is not a partner
    ("Macron met Erdogan on Tuesday and urged Greece to show restraint.", ["REQUEST FRA>GRC"]),
    ("Blinken visited Ankara and urged restraint.", ["REQUEST USA>"]),
    # a part of a relative's noun acts for it
    ("Palestinian protesters, some of whom threw stones at Israeli police, were arrested.",
     ["ASSAULT PSE>ISR"]),
    ("Syrian rebels, several of whom fired rockets at Turkish troops, were detained.",
     ["ASSAULT SYR>TUR"]),
    ("Some of the Russian soldiers attacked a Ukrainian checkpoint.", ["ASSAULT RUS>UKR"]),
    # whoever owns up to an act did it; not whoever denies it
    ("Al-Shabab claimed responsibility for the attack on a Kenyan army base.",
     ["ASSAULT SOM>KEN"]),
    ("Boko Haram took responsibility for the kidnapping of Nigerian schoolgirls.",
     ["ASSAULT NGA>NGA"]),
    ("Hamas denied responsibility for the attack on an Israeli bus.", ["ASSAULT >ISR"]),
    # whoever is under an act undergoes it ...
    ("Two Salvadoran rebels have been under arrest since May.", ["COERCE >SLV"]),
    ("Three Kurdish journalists remain under arrest in Turkey.", ["COERCE >TUR"]),
    # ... and one who comes under fire from another is fired on by them
    ("Ukrainian troops came under fire from Russian forces near Bakhmut.", ["ASSAULT RUS>UKR"]),
    # a thing that acts stands for whoever its participle's "by" names, through a chain
    ("Mines laid by Russian troops killed four Ukrainian farmers.", ["ASSAULT RUS>UKR"]),
    ("The blast, caused by a bomb planted by Kurdish militants, killed three Turkish soldiers.",
     ["ASSAULT TUR>TUR"]),
    # not whoever made or gave the thing
    ("Drones supplied by Iran struck a Ukrainian power plant.", ["ASSAULT >UKR"]),
    # a warning whose clause has the warner's own side (a named official's state) as
    # subject tells its own act, aimed at whom that act is aimed at; another side as that
    # subject is the one warned
    (("Turkish foreign ministry spokesman Kerem Aydin warned that Ankara would not tolerate"
      " attacks on Cypriot ships."), ["THREATEN TUR>CYP"]),
    (("Greek defence minister Nikos Petrou warned that Athens would not allow Turkish drills"
      " near its islands."), ["THREATEN GRC>TUR"]),
    ("A Turkish spokesman warned that Greece would pay a heavy price.", ["THREATEN TUR>GRC"]),
]


@pytest.mark.parametrize(("text", "expected"), SIDES)
def test_sides_through_clauses(nlp_pipeline, text, expected):
    types = {code.split()[0] for code in expected}
    assert sides(nlp_pipeline, text, types) == sorted(expected)


def _misparsed(first_label: str):
    """"Kowalczyk called Brandt's remarks reckless." as the model now and then parses it:
    the name the root, the verb a participle hung on it."""
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab,
               words=["Kowalczyk", "called", "Brandt", "'s", "remarks", "reckless", "."],
               heads=[0, 0, 4, 2, 1, 1, 0],
               deps=["ROOT", "acl", "poss", "case", "dobj", "oprd", "punct"],
               pos=["PROPN", "VERB", "PROPN", "PART", "NOUN", "ADJ", "PUNCT"],
               tags=["NNP", "VBD", "NNP", "POS", "NNS", "JJ", "."],
               ents=[f"B-{first_label}", "O", "B-PERSON", "O", "O", "O", "O"])


def test_name_the_parser_hung_a_verb_on_is_its_subject():
    doc = _misparsed("PERSON")
    assert stranded_root(doc[1]) == doc[0]


def test_place_name_heading_the_sentence_is_no_doer():
    """A dateline's town heads its sentence the same way, and does nothing."""
    doc = _misparsed("GPE")
    assert stranded_root(doc[1]) is None
